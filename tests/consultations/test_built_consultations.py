"""What a resident sees on the demo hub, built with the real mkdocs at 10am on 24 November 2026."""

from __future__ import annotations

import pytest

from hub_testing import text_of


def banner(read_page, slug: str) -> str:
    return text_of(read_page(f"consultations/{slug}/").css_first(".hub-banner"))


def headings(read_page, url: str) -> list[str]:
    return [text_of(h) for h in read_page(url).css("main h2")]


def test_open_consultation_says_when_it_closes_and_how_many_days_are_left(read_page):
    text = banner(read_page, "garden-waste-charge")
    assert "Open" in text
    assert "This consultation closes at 5pm on 27 November 2026." in text
    assert "3 days left." in text


def test_a_date_only_close_is_shown_as_1159pm_that_day(read_page):
    text = banner(read_page, "kingsmead-residents-parking-zone")
    assert "This consultation closes at 11:59pm on 4 December 2026." in text
    assert "10 days left." in text


def test_a_midnight_close_is_shown_as_1159pm_the_day_before(read_page):
    assert "This consultation closes at 11:59pm on 14 December 2026." in banner(read_page, "dog-control-pspo")


def test_long_open_consultation_has_no_countdown(read_page):
    text = banner(read_page, "housing-allocations-policy")
    assert "This consultation closes at 5pm on 5 February 2027." in text
    assert "days left" not in text


def test_forthcoming_consultation_says_when_it_opens_and_hides_ways_to_respond(read_page):
    assert "This consultation opens at 9am on 1 December 2026." in banner(read_page, "licensing-policy-2027")
    assert "Ways to respond" not in headings(read_page, "consultations/licensing-policy-2027/")


def test_closed_consultation_says_we_are_analysing_feedback_and_when_the_outcome_is_due(read_page):
    text = banner(read_page, "northgate-play-area")
    assert "This consultation closed at 5pm on 6 November 2026." in text
    assert "We are analysing your feedback." in text
    assert "We aim to publish the outcome by 29 January 2027." in text


def test_closed_consultation_hides_ways_to_respond(read_page):
    page = read_page("consultations/northgate-play-area/")
    assert page.css_first("#ways-to-respond") is None


def test_an_outcome_more_than_12_weeks_late_is_called_overdue(read_page):
    text = banner(read_page, "youth-services-review")
    assert "This consultation closed at 11:59pm on 31 July 2026." in text
    assert "The outcome is overdue. We expected to publish it by 23 October 2026." in text


def test_open_consultation_offers_every_way_to_respond_including_offline(read_page):
    page = read_page("consultations/garden-waste-charge/")
    respond = page.css_first(".hub-respond")
    assert respond is not None
    text = text_of(respond)
    assert "By post:" in text and "By phone:" in text
    email = respond.css_first('a[href^="mailto:"]')
    title = text_of(page.css_first("h1"))
    if email is not None:
        from urllib.parse import unquote

        assert unquote(email.attributes["href"]).endswith("subject=" + title)


def test_outcome_page_shows_we_asked_you_said_we_did_with_the_number_of_responses(read_page):
    page = read_page("consultations/library-opening-hours/")
    outcome = text_of(page.css_first(".hub-outcome"))
    assert "We asked, you said, we did" in outcome
    assert "1,127 responses" in outcome
    assert [text_of(h) for h in page.css(".hub-outcome h3")][:3] == ["We asked", "You said", "We did"]
    assert "The original consultation" in headings(read_page, "consultations/library-opening-hours/")
    assert page.css_first("#ways-to-respond") is None


def test_withdrawn_consultation_gives_the_dated_reason_and_keeps_the_original(read_page):
    text = banner(read_page, "brookside-day-centre")
    assert "This consultation was withdrawn on 12 October 2026." in text
    assert "Why it was withdrawn" in text
    found = headings(read_page, "consultations/brookside-day-centre/")
    assert "The original consultation" in found
    assert "What we are proposing" in found


@pytest.mark.parametrize("slug", ["garden-waste-charge", "library-opening-hours", "licensing-policy-2027"])
def test_every_consultation_page_has_the_four_gunning_sections(read_page, slug):
    found = headings(read_page, f"consultations/{slug}/")
    for section in ("What we are proposing", "What can still change", "Why we are consulting", "What happens next"):
        assert section in found


def test_key_facts_show_length_wards_and_engagement_in_plain_words(read_page):
    page = read_page("consultations/garden-waste-charge/")
    facts = {text_of(row.css_first("dt")): text_of(row.css_first("dd")) for row in page.css(".hub-summary-list__row")}
    assert facts["Closes"] == "5pm on 27 November 2026"
    assert facts["Length"] == "6 weeks"
    assert facts["How you can take part"].startswith(("Inform:", "Consult:", "Involve:", "Collaborate:", "Empower:"))


def test_documents_show_type_size_and_page_count_from_the_file(read_page, demo_site):
    page = read_page("consultations/library-opening-hours/")
    facts = [text_of(n) for n in page.css(".hub-document__facts")]
    assert any(f.startswith("PDF, ") and "page" in f for f in facts)
    for link in page.css(".hub-document__link"):
        href = link.attributes["href"]
        if not href.startswith("http"):
            assert (demo_site / "consultations" / "library-opening-hours" / href).is_file()


def test_draft_consultations_are_not_published(demo_site):
    assert not (demo_site / "consultations" / "westcliffe-promenade-works").exists()
    assert "westcliffe" not in (demo_site / "index.html").read_text()


def cards_after(page, heading_id: str) -> list[str]:
    found = page.css_first(f"#{heading_id}").next
    while found is not None and found.tag != "ul":
        found = found.next
    return [text_of(a) for a in found.css(".hub-card__title a")] if found is not None else []


def test_home_page_lists_open_consultations_soonest_closing_first_each_once(read_page):
    page = read_page("")
    soon, rest = cards_after(page, "closing-soon"), cards_after(page, "open-now")
    assert soon == ["Changes to the garden waste collection charge", "A residents' parking zone for Kingsmead"]
    assert text_of(page.css_first("#open-now")) == "Also open now"
    assert len(rest) == 3 and not set(soon) & set(rest)
    assert "closes in 3 days" in text_of(page.css_first("#closing-soon").next.next)


def test_home_page_counts_each_status(read_page):
    counts = {
        text_of(li.css_first(".hub-counts__label")): text_of(li.css_first(".hub-counts__number"))
        for li in read_page("").css(".hub-counts li")
    }
    assert counts["Open consultations"] == "5"
    assert counts["Forthcoming consultations"] == "3"
    assert counts["Closed consultations"] == "2"
    assert counts["We asked, you said, we did"] == "4"
    assert counts["Withdrawn consultations"] == "1"


def test_status_list_pages_list_the_right_consultations(read_page):
    open_titles = [text_of(a) for a in read_page("consultations/open/").css(".hub-card__title a")]
    assert len(open_titles) == 5
    forthcoming = [a.attributes["href"] for a in read_page("consultations/forthcoming/").css(".hub-card__title a")]
    assert [h.strip("./").split("/")[-1] for h in forthcoming] == [
        "licensing-policy-2027",
        "climate-action-plan",
        "riverside-cycle-route",
    ]


def test_ward_page_includes_consultations_for_all_wards(read_page):
    page = read_page("wards/castle/")
    assert text_of(page.css_first("h1")) == "Consultations in Castle ward"
    titles = [text_of(a) for a in page.css(".hub-card__title a")]
    assert text_of(read_page("consultations/library-opening-hours/").css_first("h1")) in titles


def test_pages_are_british_english_and_load_no_javascript_or_fonts(read_page):
    page = read_page("consultations/garden-waste-charge/")
    assert page.css_first("html").attributes["lang"] == "en-GB"
    # An open consultation loads one small script of the hub's own, from the same site: the stale-page
    # notice (progressive enhancement; tests/browser/test_stale_page.py). A closed one, which cannot go
    # out of date, loads none.
    assert [s.attributes["src"] for s in page.css("script[src]")] == ["../../assets/stale-page.js"]
    assert read_page("consultations/northgate-play-area/").css("script[src]") == []
    # The one script on a page of records: the hub's own postcode finder, from the same site, and only on the
    # pages with its form (the home page and the list of wards), which work without it.
    assert [s.attributes["src"] for s in read_page("").css("script[src]")] == ["assets/postcode-finder.js"]
    # And the search page, which alone loads the hub's search script (a module, from the same site), which in
    # turn loads Pagefind's from pagefind/; without JavaScript it explains itself and links to the lists.
    assert [(s.attributes["src"], s.attributes.get("type")) for s in read_page("search/").css("script[src]")] == [
        ("../assets/search.js", "module")
    ]
    assert not [
        link
        for link in page.css("link[href]")
        if "//" in link.attributes["href"] and link.attributes.get("rel") != "canonical"
    ]


def test_consultation_pages_are_not_in_the_navigation(read_page):
    nav_links = [a.attributes["href"] for a in read_page("").css("nav a")]
    assert not [href for href in nav_links if "garden-waste-charge" in href]
    assert len(nav_links) < 15


def test_each_upcoming_event_has_a_calendar_file_with_the_right_time(read_page, demo_site):
    page = read_page("consultations/budget-council-tax-2027-28/")
    links = [a.attributes["href"] for a in page.css(".hub-event a[download]")]
    assert links and all(href.endswith(".ics") for href in links)
    calendar = (demo_site / "consultations" / "budget-council-tax-2027-28" / links[0]).read_text()
    assert "BEGIN:VEVENT" in calendar
    assert "DTSTART;TZID=Europe/London:20261126T183000" in calendar  # 6:30pm on 26 November 2026, GMT
    assert "6:30pm to 8pm on 26 November 2026" in text_of(page.css_first(".hub-event"))


def test_archive_lists_past_consultations_by_year(read_page):
    index = read_page("consultations/archive/")
    years = [text_of(a) for a in index.css(".hub-index a")]
    assert years == ["2026", "2025"]
    titles_2025 = [text_of(a) for a in read_page("consultations/archive/2025/").css(".hub-card__title a")]
    assert titles_2025 == [text_of(read_page("consultations/st-annes-community-garden/").css_first("h1"))]


def test_not_accessible_documents_offer_an_accessible_format_by_email(read_page):
    page = read_page("consultations/kingsmead-residents-parking-zone/")
    requests = page.css(".hub-document__request a")
    assert requests
    for link in requests:
        assert link.attributes["href"].startswith("mailto:accessibility@northbrook.example?subject=")
    titles = [
        text_of(d.css_first(".hub-document__link"))
        for d in page.css(".hub-document")
        if d.css_first(".hub-document__request") is not None
    ]
    from urllib.parse import unquote

    for title, link in zip(titles, requests, strict=False):
        assert title in unquote(link.attributes["href"])


def test_accessibility_statement_uses_the_councils_details_and_the_tested_checks(read_page):
    text = text_of(read_page("accessibility/").css_first("main"))
    assert "accessibility@northbrook.example" in text
    assert "within 15 working days" in text
    assert "320 pixels wide" in text
    assert "{" not in text and "hub:tested-checks" not in text


def test_an_open_consultation_offers_the_first_step_to_respond_right_under_its_status(read_page):
    page = read_page("consultations/garden-waste-charge/")
    ordered = [node for node in page.css("main .hub-banner, main .hub-respond-now, main #key-facts, main .hub-respond")]
    assert [node.attributes.get("class", node.attributes.get("id")).split()[0] for node in ordered] == [
        "hub-banner", "hub-respond-now", "key-facts", "hub-respond"]
    button = page.css_first(".hub-respond-now a.hub-button")
    assert text_of(button) == "Respond online to Changes to the garden waste collection charge"
    assert text_of(page.css_first(".hub-respond-now__text")).startswith("You can also respond by")


def test_recent_updates_are_near_the_top_while_they_matter(read_page):
    page = read_page("consultations/garden-waste-charge/")
    notice = page.css_first("main .hub-notice")
    assert text_of(notice.css_first("h2")) == "Latest updates"
    assert "10 November 2026" in text_of(notice)
    headings = [h.attributes.get("id") for h in page.css("main h2")]
    assert headings.index("latest-update") < headings.index("key-facts")
    assert page.css_first("#updates") is not None  # and the full list stays at the foot


def test_a_withdrawn_or_closed_page_does_not_invite_a_response_in_its_lead(read_page):
    for slug in ("brookside-day-centre", "northgate-play-area"):
        page = read_page(f"consultations/{slug}/")
        lead = page.css_first("main h1").next
        while lead is not None and lead.tag not in ("p", "div"):
            lead = lead.next
        assert "hub-lead" not in (lead.attributes.get("class") or ""), slug
        assert text_of(page.css_first("#original-consultation")) == "The original consultation"
    brookside = read_page("consultations/brookside-day-centre/")
    assert brookside.css_first(".hub-respond-now") is None


def test_record_pages_have_breadcrumbs(read_page):
    crumbs = [text_of(a) for a in read_page("consultations/garden-waste-charge/").css("nav.hub-breadcrumbs a")]
    assert crumbs == ["Home", "Consultations", "Open consultations"]
    crumbs = [text_of(a) for a in read_page("decisions/NDC-2026-033/").css("nav.hub-breadcrumbs a")]
    assert crumbs == ["Home", "Decisions", "Forward plan of key decisions"]
