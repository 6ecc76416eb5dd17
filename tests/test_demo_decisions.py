"""What a resident sees of decisions on the demo hub at 10am on 24 November 2026."""
from __future__ import annotations

from hub_testing import text_of


def test_decision_in_its_call_in_period_says_until_when(read_page):
    page = read_page("decisions/NDC-2026-031/")
    banner = text_of(page.css_first(".hub-banner"))
    assert "This decision can be called in until 5pm on 27 November 2026." in banner
    assert "If it is not called in, it can be implemented from 30 November 2026." in banner


def test_decision_page_is_laid_out_like_the_notice_parts_a_b_c(read_page):
    headings = [text_of(h) for h in read_page("decisions/NDC-2026-031/").css("main h2")]
    assert headings.index("Part A: report seeking decision") < headings.index("Part B: implications and risks")
    assert any(h.startswith("Part C") for h in headings)


def test_consultation_outcome_links_to_its_decision_with_status(read_page):
    page = read_page("consultations/library-opening-hours/")
    related = page.css_first(".hub-outcome .hub-related-decisions")
    assert related is not None
    link = related.css_first("a")
    assert link.attributes["href"].rstrip("/").endswith("decisions/NDC-2026-024")
    assert "Decision:" in text_of(related)


def test_decision_links_back_to_what_residents_told_us(read_page):
    page = read_page("decisions/NDC-2026-024/")
    heading = page.css_first("#what-residents-told-us")
    assert text_of(heading) == "Consultation: what residents told us"
    hrefs = [a.attributes["href"] for a in page.css("main a[href]")]
    assert any(h.split("#")[0].rstrip("/").endswith("consultations/library-opening-hours") for h in hrefs)


def test_decisions_list_is_newest_first_with_key_decisions_marked(read_page):
    page = read_page("decisions/")
    cards = page.css(".hub-card")
    assert cards
    assert any("Key decision" in text_of(card) for card in cards)
    assert any("Key decision" not in text_of(card) for card in cards)


def test_forward_plan_lists_future_key_decisions(read_page):
    text = text_of(read_page("decisions/forward-plan/").css_first("main"))
    assert "NDC-2026-033" in text or "home care" in text.lower()


def test_decisions_can_be_browsed_by_ward_maker_and_month_without_javascript(read_page):
    assert read_page("decisions/wards/castle/").css_first("h1") is not None
    assert read_page("decisions/decision-makers/cabinet/").css_first("h1") is not None
    assert read_page("decisions/months/2026-11/").css(".hub-card")


def test_the_officers_template_is_not_published(demo_site):
    assert not (demo_site / "decisions" / "_template").exists()
    assert not list(demo_site.rglob("_template*"))
