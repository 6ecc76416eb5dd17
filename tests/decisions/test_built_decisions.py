"""What a resident sees of decisions on the demo hub at 10am on 24 November 2026."""

from __future__ import annotations

from datetime import date, datetime

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
    related = page.css_first(".hub-outcome .hub-related")
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


def decided_on(card) -> date:
    """The date a card says the decision was made: "Decided on 19 November 2026. ..."."""
    when = text_of(card.css_first(".hub-card__meta")).split("Decided on ", 1)[1].split(".")[0]
    return datetime.strptime(when, "%d %B %Y").date()


def test_decisions_list_is_newest_first_with_key_decisions_marked(read_page):
    cards = read_page("decisions/").css(".hub-card")
    dates = [decided_on(card) for card in cards]
    assert len(dates) == 8
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == date(2026, 11, 19) and dates[-1] == date(2026, 3, 11)
    keys = [
        text_of(card.css_first("h2")) for card in cards if "Key decision" in text_of(card.css_first(".hub-card__meta"))
    ]
    assert len(keys) == 5
    assert "Adopting the Northbrook town centre masterplan" in keys


def test_forward_plan_lists_future_key_decisions_soonest_first(read_page):
    cards = read_page("decisions/forward-plan/").css(".hub-card")
    assert [text_of(card.css_first(".hub-card__wards")).rsplit("Reference: ", 1)[1] for card in cards] == [
        "NDC-2026-033.",
        "NDC-2026-035.",
    ]
    assert [text_of(card.css_first(".hub-card__meta")) for card in cards] == [
        "Forward plan: not yet decided Key decision Expected on 16 December 2026. Decision maker: Cabinet.",
        "Forward plan: not yet decided Key decision Expected on 20 January 2027. Decision maker: Cabinet.",
    ]


def test_decisions_can_be_browsed_by_ward_maker_and_month_without_javascript(read_page):
    assert read_page("decisions/wards/castle/").css_first("h1") is not None
    assert read_page("decisions/decision-makers/cabinet/").css_first("h1") is not None
    assert read_page("decisions/months/2026-11/").css(".hub-card")


def test_the_officers_template_is_not_published(demo_site):
    assert not (demo_site / "decisions" / "_template").exists()
    assert not list(demo_site.rglob("_template*"))
