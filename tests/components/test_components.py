"""Every hub component, in every state, as a resident sees it.

Like GOV.UK Frontend: each partial in overrides/partials/hub/ (consultations
and decisions) has named examples (examples.py); each example has a template
test here asserting what it must show, on the partial's own HTML, and every
example is opened as a standalone page in the system Chromium and checked
with axe-core, at 320px wide and with JavaScript turned off.
"""
from __future__ import annotations

import importlib.util
import types
from urllib.parse import parse_qs, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

import browser
from examples import (APOSTROPHE_NAME, INCLUDED_BY, LONG_URL, ROOT, SCRIPT, Example, all_examples,
                      consultation_page, decision_page)
from render import (MATERIAL_TEMPLATES, OVERRIDES, FixturePage, hub_autoescape, relative_url, render_component,
                    render_page, site_config)

EXAMPLES = all_examples()


def squash(text: str) -> str:
    return " ".join((text or "").split())


class Shown:
    """What one example's partial writes, parsed."""

    def __init__(self, example: Example):
        self.example = example
        self.html = render_component(example)
        self.tree = LexborHTMLParser(self.html)

    def all(self, selector: str) -> list:
        return self.tree.css(selector)

    def one(self, selector: str):
        found = self.tree.css(selector)
        assert len(found) == 1, f"{self.example.name}: want one {selector}, found {len(found)}:\n{self.html}"
        return found[0]

    def text(self, selector: str = "body") -> str:
        node = self.tree.css_first(selector)
        return squash(node.text()) if node is not None else ""

    def links(self) -> dict[str, str]:
        """Link text (with any visually hidden part) -> href."""
        return {squash(a.text(separator="")): a.attributes.get("href") for a in self.all("a")}

    @property
    def nothing(self) -> bool:
        return not self.html.strip()


TESTED: set[str] = set()


def showing(*names: str):
    """Run the test once per named example, with ``shown`` the parsed partial."""
    unknown = [name for name in names if name not in EXAMPLES]
    if unknown:
        raise LookupError(f"no such examples: {unknown}")
    TESTED.update(names)
    return pytest.mark.parametrize("shown", names, indirect=True)


@pytest.fixture
def shown(request) -> Shown:
    return Shown(EXAMPLES[request.param])


def context(shown: Shown, key: str):
    return shown.example.context[key]


# -- status banner ------------------------------------------------------------------

BANNERS = {
    "status-banner--forthcoming": ("Forthcoming", ["This consultation opens on 11 January 2027.",
                                                   "It closes at 5pm on 22 March 2027."]),
    "status-banner--open": ("Open", ["This consultation closes at 5pm on 11 January 2027."]),
    "status-banner--open-days-left": ("Open", ["This consultation closes at 5pm on 27 November 2026.",
                                               "3 days left."]),
    "status-banner--open-one-day-left": ("Open", ["1 day left."]),
    "status-banner--open-last-day": ("Open", ["Today is the last day to respond."]),
    "status-banner--closed-awaiting-outcome": ("Closed: analysing feedback", [
        "This consultation closed at 5pm on 6 November 2026.", "We are analysing your feedback.",
        "We aim to publish the outcome by 29 January 2027."]),
    "status-banner--closed-outcome-overdue": ("Closed: analysing feedback", [
        "The outcome is overdue. We expected to publish it by 23 October 2026."]),
    "status-banner--outcome-published": ("Outcome published", ["We published the outcome on 18 September 2026."]),
    "status-banner--withdrawn": ("Withdrawn", ["This consultation was withdrawn on 12 October 2026.",
                                               "Why it was withdrawn", "The centre will stay open."]),
    "status-banner--long-and-unsafe": ("Withdrawn", [f"withdrawn on 12 October 2026 {SCRIPT}."]),
}


@showing(*BANNERS)
def test_status_banner_names_the_status_in_words_and_says_what_it_means(shown):
    label, sentences = BANNERS[shown.example.name]
    region = shown.one("[role=region]")
    heading = shown.one("h2")
    assert region.attributes["aria-labelledby"] == heading.attributes["id"]
    assert shown.text("h2") == f"Status: {label}"
    for sentence in sentences:
        assert sentence in shown.text()


URGENT = {"status-banner--open-days-left", "status-banner--open-one-day-left", "status-banner--open-last-day"}


@showing(*BANNERS)
def test_status_banner_is_urgent_only_in_the_last_days(shown):
    classes = shown.one(".hub-banner").attributes["class"].split()
    status = context(shown, "banner").status.value
    assert f"hub-banner--{status}" in classes
    assert ("hub-banner--urgent" in classes) == (shown.example.name in URGENT)


@showing(*BANNERS)
def test_status_banner_links_to_the_ways_to_respond_only_when_asked(shown):
    links = shown.links()
    if context(shown, "respond_anchor"):
        assert links == {"How to respond": "#ways-to-respond"}
    else:
        assert "How to respond" not in links


# -- summary list -----------------------------------------------------------------

def assert_rows_show_the_facts(shown, facts) -> None:
    """Each summary-list row: the label, then the value, links to hub pages
    (relative to the page) and email or phone links (as written)."""
    rows = shown.all("dl.hub-summary-list > div.hub-summary-list__row")
    assert len(rows) == len(facts)
    for row, fact in zip(rows, facts):
        assert squash(row.css_first("dt").text()) == fact.label
        value = row.css_first("dd")
        assert squash(fact.value) in squash(value.text(separator=" "))
        links = [(squash(a.text()), a.attributes["href"]) for a in value.css("a")]
        assert links == ([(link.text, relative_url(link.href, shown.example.url)) for link in fact.links]
                         + [(link.text, link.href) for link in getattr(fact, "contacts", ())]), fact.label


@showing("summary-list--plain-values", "summary-list--with-links", "summary-list--long-and-unsafe")
def test_summary_list_pairs_each_label_with_its_value_or_links(shown):
    assert shown.text("h2") == "Key facts"
    assert_rows_show_the_facts(shown, context(shown, "facts"))


@showing("summary-list--with-links")
def test_summary_list_links_wards_and_topics_relative_to_the_page(shown):
    assert shown.links()["All wards"] == "../../wards/"
    assert shown.links()["Budget and council tax"] == "../../topics/budget-and-council-tax/"


# -- documents ------------------------------------------------------------------------

@showing("document-list--accessible-pdf")
def test_accessible_document_links_to_the_file_with_its_facts(shown):
    document = context(shown, "documents")[0]
    assert shown.text("h2") == "Documents"
    assert shown.links() == {
        "Budget proposals 2027 to 2028": "../../consultations/budget-council-tax-2027-28/budget-proposals.pdf"}
    assert shown.text(".hub-document__facts") == document.described
    assert document.described.startswith("PDF, ") and "pages" in document.described
    assert not shown.all(".hub-document__request")


@showing("document-list--not-accessible-pdf")
def test_document_that_is_not_accessible_offers_another_format_by_email(shown):
    request = shown.one(".hub-document__request a")
    assert squash(request.text()) == ("Request an accessible format of "
                                      "Summary of complaints and evidence 2023 to 2026")
    address = urlsplit(request.attributes["href"])
    assert (address.scheme, address.path) == ("mailto", "accessibility@northbrook.example")
    subject = parse_qs(address.query)["subject"][0]
    assert subject == ("Accessible format request: Summary of complaints and evidence 2023 to 2026 "
                       "(Rules for dogs in parks and public places)")
    assert "may not be suitable for users of assistive technology" in shown.text()


@showing("document-list--web-link")
def test_web_page_document_keeps_its_full_address(shown):
    assert shown.links() == {
        "Town centre masterplan summary": "https://www.northbrook.example/regeneration/masterplan-summary"}
    assert shown.text(".hub-document__facts") == "Web page"


@showing("document-list--every-kind")
def test_every_document_that_is_not_accessible_has_its_own_request(shown):
    documents = context(shown, "documents")
    assert len(shown.all("li.hub-document")) == len(documents) == 3
    requests = [squash(a.text()) for a in shown.all(".hub-document__request a")]
    assert requests == [f"Request an accessible format of {d.title}" for d in documents if not d.accessible]


@showing("document-list--long-and-unsafe")
def test_document_title_and_address_stay_text_and_attribute(shown):
    first = shown.all("a.hub-document__link")[0]
    assert first.attributes["href"] == LONG_URL + '?a=1&b="2"'
    assert SCRIPT in squash(first.text()) and APOSTROPHE_NAME in squash(first.text())
    subject = parse_qs(urlsplit(shown.one(".hub-document__request a").attributes["href"]).query)["subject"][0]
    assert SCRIPT in subject


# -- events -------------------------------------------------------------------------

def _rows(event_node) -> dict[str, str]:
    return {squash(row.css_first("dt").text()): squash(row.css_first("dd").text(separator=" "))
            for row in event_node.css(".hub-summary-list__row")}


@showing("event-list--upcoming-in-person")
def test_upcoming_event_says_when_where_and_how_accessible_with_a_calendar_file(shown):
    event = context(shown, "events")[0]
    assert shown.text("h2") == "Events and drop-in sessions"
    item = shown.one("li.hub-event")
    assert shown.text("h3") == "Budget drop-in at Brookside Library"
    assert _rows(item) == {"When": "1pm to 4pm on 9 December 2026",
                           "Where": f"{event.venue}, {event.address}", "Access": event.access}
    calendar = shown.one("a[download]")
    assert squash(calendar.text()) == "Add to your calendar: Budget drop-in at Brookside Library"
    assert calendar.attributes["href"] == "../../consultations/budget-council-tax-2027-28/event-2.ics"
    assert "This event has taken place" not in shown.text()


@showing("event-list--online")
def test_online_event_has_a_join_link_named_after_the_event(shown):
    event = context(shown, "events")[0]
    assert shown.links()[f"Join online: {event.title}"] == event.online
    assert f"Add to your calendar: {event.title}" in shown.links()


@showing("event-list--past")
def test_past_event_says_it_has_taken_place_and_offers_no_calendar(shown):
    assert shown.text("h3") == "Drop-in at Millbrook Library This event has taken place"
    assert "Add to your calendar" not in shown.text()
    assert "hub-event--past" in shown.one("li.hub-event").attributes["class"]


@showing("event-list--past-and-upcoming", "event-list--long-and-unsafe")
def test_only_upcoming_events_offer_a_calendar_file(shown):
    events = context(shown, "events")
    assert len(shown.all("li.hub-event")) == len(events)
    calendars = [squash(a.text()) for a in shown.all("a[download]")]
    assert calendars == [f"Add to your calendar: {e.title}" for e in events if not e.past]
    assert len(shown.all(".hub-event--past")) == sum(e.past for e in events)


@showing("event-list--long-and-unsafe")
def test_online_only_event_has_no_where_row(shown):
    online_only = shown.all("li.hub-event")[0]
    assert "Where" not in _rows(online_only)
    assert _rows(online_only)["Online"].startswith("Join online")


# -- ways to respond -------------------------------------------------------------------

@showing("ways-to-respond--every-way")
def test_every_way_to_respond_is_listed_with_working_links(shown):
    respond, title = context(shown, "respond"), context(shown, "title")
    section = shown.one("section.hub-respond")
    assert section.attributes["aria-labelledby"] == shown.one("h2").attributes["id"] == "ways-to-respond"
    ways = [squash(li.css_first("strong").text()) for li in shown.all(".hub-respond__list > li")]
    assert ways == ["Online:", "By email:", "By post:", "By phone:", "In person:", "Response form:"]
    links = shown.links()
    assert links[f"respond online to {title}"] == respond.online
    assert links[respond.email] == f"mailto:{respond.email}?subject=Budget%20and%20council%20tax%202027%20to%202028"
    assert links[respond.phone] == "tel:01632960800"
    assert links["download the response form"] == "../../consultations/budget-council-tax-2027-28/response-form.pdf"
    address = shown.one("address.hub-address")
    assert len(address.css("br")) == len(respond.post) - 1
    assert squash(address.text(separator=" ")) == " ".join(respond.post)


@showing("ways-to-respond--offline-only")
def test_offline_ways_to_respond_are_shown_without_online_ones(shown):
    ways = [squash(li.css_first("strong").text()) for li in shown.all(".hub-respond__list > li")]
    assert ways == ["By post:", "By phone:", "In person:"]
    assert "If you need help to respond" in shown.text()


@showing("ways-to-respond--long-and-unsafe")
def test_respond_link_names_the_consultation_as_text(shown):
    title = context(shown, "title")
    assert f"respond online to {title}" in shown.links()
    assert SCRIPT in shown.text("address")


# -- outcome ----------------------------------------------------------------------------

@showing("outcome--with-documents-and-decision")
def test_outcome_says_we_asked_you_said_we_did_with_documents_and_decision(shown):
    outcome = context(shown, "outcome")
    assert shown.text("h2") == "We asked, you said, we did"
    assert [squash(h.text()) for h in shown.all("h3")] == ["We asked", "You said", "We did", "The decision",
                                                           "Outcome documents"]
    assert f"We published the outcome on 10 July 2026. We received {outcome.responses}." in shown.text()
    assert outcome.responses == "2,318 responses"
    assert shown.text(".hub-related-decisions li") == (
        "Decision: Building a new Oakwood Leisure Centre — This decision can be implemented from 17 July 2026.")
    assert shown.links()["Building a new Oakwood Leisure Centre"] == "../../decisions/NDC-2026-017/"
    assert [squash(a.text()) for a in shown.all("a.hub-document__link")] == [d.title for d in outcome.documents]


@showing("outcome--without-documents")
def test_outcome_without_documents_has_no_documents_heading_or_decision(shown):
    assert [squash(h.text()) for h in shown.all("h3")] == ["We asked", "You said", "We did"]
    assert not shown.all(".hub-related-decisions")
    assert not shown.all("ul.hub-documents")


@showing("outcome--long-and-unsafe")
def test_outcome_content_keeps_the_heading_order_and_drops_script_links(shown):
    assert len(shown.all("h2")) == 1
    assert [squash(h.text()) for h in shown.all("h4")] != []  # officer's "##" pushed below "You said"
    assert not [a for a in shown.all("a") if (a.attributes.get("href") or "").startswith("javascript:")]
    assert shown.all("table")
    assert SCRIPT in shown.text(".hub-related-decisions")


# -- contact, updates -----------------------------------------------------------------------

@showing("contact--full")
def test_contact_names_the_officer_with_email_and_phone(shown):
    contact = context(shown, "contact")
    assert shown.text("h2") == "Contact"
    assert shown.text(".hub-contact").startswith("Robert Nwosu, Head of Finance, Finance")
    assert shown.links() == {contact.email: f"mailto:{contact.email}", contact.phone: "tel:01632960800"}


@showing("contact--minimal")
def test_contact_with_only_a_name_shows_just_the_name(shown):
    assert shown.text(".hub-contact") == APOSTROPHE_NAME
    assert not shown.all("a")


@showing("contact--long-and-unsafe")
def test_contact_name_is_shown_as_text(shown):
    assert shown.text(".hub-contact").startswith(f"{APOSTROPHE_NAME} {SCRIPT}")


@showing("updates--several", "updates--long-and-unsafe")
def test_updates_are_listed_with_their_dates_in_the_given_order(shown):
    updates = context(shown, "updates")
    assert shown.text("h2") == "Updates to this consultation"
    assert [squash(li.text()) for li in shown.all(".hub-updates li")] == [f"{u.date}: {u.change}" for u in updates]


@showing("pagination--first-page", "pagination--middle-page", "pagination--last-page")
def test_pagination_links_to_the_neighbouring_pages_in_words(shown):
    pagination = context(shown, "pagination")
    links = shown.links()
    expected = {}
    if pagination.previous:
        expected[pagination.previous.text] = relative_url(pagination.previous.href, shown.example.url)
    if pagination.next:
        expected[pagination.next.text] = relative_url(pagination.next.href, shown.example.url)
    assert links == expected
    assert shown.one("nav").attributes["aria-label"] == "Pages of this list"


# -- nothing to show ---------------------------------------------------------------------------

@showing("document-list--empty", "event-list--empty", "ways-to-respond--none", "outcome--none", "updates--none",
         "decision-related--none", "pagination--single-page")
def test_component_with_nothing_to_show_writes_nothing(shown):
    assert shown.nothing, shown.html


# -- consultation cards --------------------------------------------------------------------------

CARDS = {
    "consultation-card--forthcoming": ("Forthcoming", "Opens on 11 January 2027", ""),
    "consultation-card--open": ("Open", "Closes at 5pm on 11 January 2027", "(closes in 48 days)"),
    "consultation-card--open-closes-in-days": ("Open", "Closes at 5pm on 27 November 2026", "(closes in 3 days)"),
    "consultation-card--open-closes-tomorrow": ("Open", "Closes at 5pm on 27 November 2026", "(closes tomorrow)"),
    "consultation-card--open-closes-today": ("Open", "Closes at 5pm on 27 November 2026", "(closes today)"),
    "consultation-card--closed": ("Closed: analysing feedback", "Closed at 5pm on 6 November 2026", ""),
    "consultation-card--outcome-published": ("Outcome published", "Outcome published on 18 September 2026", ""),
    "consultation-card--withdrawn": ("Withdrawn", "Withdrawn on 12 October 2026", ""),
    "consultation-card--in-a-group": ("Outcome published", "Outcome published on 5 September 2025", ""),
    "consultation-card--long-and-unsafe": ("Open", "Closes at 5pm on 11 January 2027", "(closes in 48 days)"),
}


@showing(*CARDS)
def test_card_links_the_title_and_gives_status_in_words_dates_and_wards(shown):
    label, when, soon = CARDS[shown.example.name]
    card, level = context(shown, "card"), context(shown, "heading_level")
    heading = shown.one(f"h{level}.hub-card__title")
    assert squash(heading.text()) == card.title
    assert heading.css_first("a").attributes["href"] == relative_url(card.href, shown.example.url)
    tag = shown.one(".hub-tag")
    assert squash(tag.text()) == label
    assert f"hub-tag--{card.status.value}" in tag.attributes["class"]
    meta = shown.text(".hub-card__meta")
    assert meta == f"{label} {when} {soon}".strip()
    assert shown.text(".hub-card__wards") == f"Wards: {card.wards}"
    assert shown.text(".hub-card__summary") == card.summary


# -- decisions --------------------------------------------------------------------------------------

DECISION_BANNERS = {
    "decision-status-banner--forward-plan": ("Forward plan: not yet decided", [
        "This decision is expected on 16 December 2026.", "Notice of this key decision was given on 6 November 2026.",
        "We will publish the record of the decision here once it is made."]),
    "decision-status-banner--call-in-period": ("Decided: can be called in", [
        "This decision can be called in until 5pm on 27 November 2026.",
        "If it is not called in, it can be implemented from 30 November 2026."]),
    "decision-status-banner--called-in": ("Called in", [
        "This decision was called in on 17 November 2026.",
        "The Places Overview and Scrutiny Committee will consider it."]),
    "decision-status-banner--in-force": ("In force", [
        "Cabinet made this decision on 8 July 2026.", "This decision can be implemented from 17 July 2026."]),
    "decision-status-banner--in-force-exempt-from-call-in": ("In force", [
        "It cannot be called in.", "Why it cannot be called in"]),
    "decision-status-banner--not-agreed": ("Not agreed", [
        "The proposal was not agreed on 24 June 2026.", "Why it was not agreed"]),
    "decision-status-banner--long-and-unsafe": ("Not agreed", [f"not agreed on 24 June 2026. {SCRIPT}"]),
}


@showing(*DECISION_BANNERS)
def test_decision_banner_names_the_status_in_words_and_says_what_it_means(shown):
    label, sentences = DECISION_BANNERS[shown.example.name]
    banner = context(shown, "banner")
    region = shown.one("[role=region]")
    assert region.attributes["aria-labelledby"] == shown.one("h2").attributes["id"]
    assert f"hub-banner--{banner.status.value}" in region.attributes["class"].split()
    assert shown.text("h2") == f"Status: {label}"
    for sentence in sentences:
        assert sentence in shown.text()
    reasons = [squash(h.text()) for h in shown.all(".hub-banner__reason h3")]
    assert reasons == ([banner.reason_heading] if banner.reason else [])


@showing("decision-header--about-this-decision", "decision-header--call-in", "decision-header--all-wards",
         "decision-header--long-and-unsafe")
def test_decision_facts_pair_each_label_with_its_value_links_and_contacts(shown):
    assert shown.text("h2") == context(shown, "heading")
    assert shown.one("h2").attributes["id"] == context(shown, "heading_id")
    assert_rows_show_the_facts(shown, context(shown, "facts"))


@showing("decision-header--about-this-decision")
def test_decision_facts_link_the_report_author_by_email_and_phone(shown):
    links = shown.links()
    assert links["parking@northbrook.example"] == "mailto:parking@northbrook.example?subject=NDC-2026-030"
    assert links["01632 960 350"] == "tel:01632960350"
    assert links["Millbrook"] == "../../decisions/wards/millbrook/"


@showing("decision-parts--decided", "decision-parts--not-yet-decided", "decision-parts--not-agreed",
         "decision-parts--long-and-unsafe")
def test_decision_parts_are_labelled_sections_with_their_headings_facts_and_notes(shown):
    parts = context(shown, "parts")
    sections = shown.all("section.hub-decision-part")
    assert len(sections) == len(parts)
    for section, part in zip(sections, parts):
        heading = section.css_first("h2")
        assert section.attributes["aria-labelledby"] == heading.attributes["id"] == part.id
        assert squash(heading.text()) == part.title
        assert [squash(h.text()) for h in section.css("h3")] == [s.title for s in part.sections]
        assert len(section.css("dl .hub-summary-list__row")) == len(part.facts)
        if part.note:
            assert part.note in squash(section.text())


@showing("decision-parts--not-yet-decided")
def test_decision_not_yet_made_says_its_record_will_follow(shown):
    part_c = shown.one("section[aria-labelledby=part-c]")
    assert "This decision has not been made yet." in squash(part_c.text())
    assert not part_c.css("dl")


DECISION_CARDS = {
    "decision-card--forward-plan-key": ("Forward plan: not yet decided", True),
    "decision-card--call-in-period": ("Decided: can be called in", True),
    "decision-card--called-in": ("Called in", False),
    "decision-card--in-force": ("In force", True),
    "decision-card--not-agreed": ("Not agreed", False),
    "decision-card--in-a-group": ("In force", False),
    "decision-card--long-and-unsafe": ("Called in", True),
}


@showing(*DECISION_CARDS)
def test_decision_card_gives_status_in_words_and_marks_key_decisions(shown):
    label, key = DECISION_CARDS[shown.example.name]
    card, level = context(shown, "card"), context(shown, "heading_level")
    heading = shown.one(f"h{level}.hub-card__title")
    assert squash(heading.text()) == card.title
    assert heading.css_first("a").attributes["href"] == relative_url(card.href, shown.example.url)
    tags = [squash(t.text()) for t in shown.all(".hub-tag")]
    assert tags == ([label, "Key decision"] if key else [label])
    assert card.key is key
    assert f"hub-tag--{card.status.value}" in shown.all(".hub-tag")[0].attributes["class"]
    assert shown.text(".hub-card__meta").endswith(f"{card.when}. Decision maker: {card.decision_maker}.")
    assert shown.text(".hub-card__status") == card.sentence
    assert shown.text(".hub-card__wards") == f"Wards: {card.wards}. Reference: {card.reference}."


@showing("decision-related--one", "decision-related--several", "decision-related--in-an-outcome",
         "decision-related--long-and-unsafe")
def test_related_decisions_link_each_decision_with_its_status_sentence(shown):
    decisions = context(shown, "decisions")
    level = shown.example.context.get("heading_level", 2)
    assert shown.text(f"h{level}") == ("The decision" if len(decisions) == 1 else "The decisions")
    items = shown.all(".hub-related-decisions li")
    assert [squash(li.text()) for li in items] == [d.text for d in decisions]
    assert [li.css_first("a").attributes["href"] for li in items] == [
        relative_url(d.href, shown.example.url) for d in decisions]


def test_decision_examples_are_the_demo_notices_as_published():
    assert EXAMPLES["decision-status-banner--called-in"].context["banner"] == decision_page("NDC-2026-030").banner


# -- header and footer -----------------------------------------------------------------------------

@showing("header--default", "header--current-page")
def test_header_starts_with_the_skip_link_and_names_council_and_service(shown):
    first = shown.tree.body.child
    while first is not None and first.tag != "a":
        first = first.next
    assert first is not None and first.attributes == {"href": "#main-content", "class": "hub-skip-link"}
    assert squash(first.text()) == "Skip to main content"
    assert shown.text(".hub-header__home") == "Northbrook Borough Council Have your say"
    nav = shown.one("nav")
    assert nav.attributes["aria-label"] == "Main"
    in_mkdocs_yml = [item.title for item in site_config()[1]]
    assert [squash(a.text()) for a in nav.css("a")] == in_mkdocs_yml
    assert {"Home", "Open now", "How to respond"} <= set(in_mkdocs_yml)


@showing("header--default", "header--current-page")
def test_header_marks_the_current_page_in_the_navigation(shown):
    current = [squash(a.text()) for a in shown.all("nav a[aria-current=page]")]
    assert current == (["Open now"] if shown.example.url == "consultations/open/" else [])
    if current:
        assert shown.one("nav a[aria-current=page]").attributes["href"] == "./"


@showing("footer--default", "footer--without-phone-or-address")
def test_footer_gives_help_links_and_the_councils_details(shown):
    settings = shown.example.settings
    links = shown.links()
    assert links["Accessibility statement"] == "../../accessibility/"
    assert links["How to respond"] == "../../how-to-respond/"
    assert links["Ask for a document in another format"] == (
        "mailto:accessibility@northbrook.example?subject=Accessible%20format%20request")
    paragraph = shown.text(".hub-footer p")
    if settings is None:
        assert paragraph == ("Northbrook Borough Council, Town Hall, Market Square, Northbrook NB1 1AA. "
                             "Phone 01632 960 000.")
        assert links["01632 960 000"] == "tel:01632960000"
    else:
        assert paragraph == "Northbrook Borough Council."
        assert not [href for href in links.values() if href.startswith("tel:")]


# -- every example ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_no_example_lets_text_become_markup(name):
    """Names, titles and addresses are text: no script element, no event
    handler attribute, no javascript: link, whatever the page model holds."""
    shown = Shown(EXAMPLES[name])
    assert not shown.all("script")
    for node in shown.all("*"):
        assert not [a for a in node.attributes if a.lower().startswith("on")], node.html
        assert not (node.attributes.get("href") or "").strip().lower().startswith("javascript:"), node.html
    if name.endswith("--long-and-unsafe"):
        assert SCRIPT in shown.text(), "the example's <script> text should be shown as text"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_page_is_a_complete_document_headed_by_the_example(name):
    example = EXAMPLES[name]
    page = LexborHTMLParser(render_page(example, ["assets/hub.css"]))
    assert page.css_first("html").attributes["lang"] == "en-GB"
    assert example.description in squash(page.css_first("title").text())
    assert len(page.css("main")) == 1
    assert [squash(h.text()) for h in page.css("h1")] == [example.description]
    assert page.css_first("link[rel=stylesheet]").attributes["href"] == relative_url("assets/hub.css", example.url)
    landmark = {"header": "header", "footer": "footer"}.get(example.component)
    if landmark:  # the page's own header and footer sit outside <main>, as on the site
        assert len(page.css(landmark)) == 1 and not page.css(f"main {landmark}")


def test_every_example_has_a_template_test():
    assert sorted(set(EXAMPLES) - TESTED) == []


def test_every_partial_has_examples_in_every_state():
    partials = {p.stem for p in (OVERRIDES / "partials" / "hub").glob("*.html")}
    with_examples = {e.component for e in EXAMPLES.values()}
    covered = with_examples | {p for p, by in INCLUDED_BY.items() if set(by) <= with_examples}
    missing = sorted(partials - covered)
    assert not missing, f"these partials have no examples in tests/components/examples.py: {missing}"
    assert not with_examples - partials, "an example names a partial that does not exist"


def test_examples_are_built_from_the_demo_hub_as_published():
    """The real-view examples are what the build publishes at those moments."""
    page = consultation_page("garden-waste-charge")
    assert EXAMPLES["status-banner--open-days-left"].context["banner"] == page.banner
    assert EXAMPLES["document-list--every-kind"].context["documents"] == consultation_page("dog-control-pspo").documents


# -- the rendering matches MkDocs and the hook ----------------------------------------------------

def _load_hook():
    spec = importlib.util.spec_from_file_location("hub_hook_under_test", ROOT / "hooks" / "mkdocs_hub.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_autoescape_rule_is_the_hooks_rule():
    env = types.SimpleNamespace(autoescape=False)
    _load_hook().on_env(env, config=None, files=None)
    names = {p.relative_to(folder).as_posix() for folder in (OVERRIDES, MATERIAL_TEMPLATES)
             for p in folder.rglob("*.html")}
    names |= {None, "", "partials/hub/new-component.html", "partials/hubs.html", "partials/hub", "main.htm"}
    disagree = sorted(str(n) for n in names if bool(env.autoescape(n)) != hub_autoescape(n))
    assert not disagree, f"tests/components/render.py escapes these differently from the hook: {disagree}"
    assert hub_autoescape("partials/hub/status-banner.html") and not hub_autoescape("partials/header.html")


@pytest.mark.parametrize("page_url", ["", "examples/contact--full/", "consultations/open/", "404.html",
                                      "consultations/x/index.html"])
def test_url_filter_is_mkdocs_url_filter(page_url):
    from mkdocs.utils import normalize_url

    page = FixturePage(url=page_url, title="x")
    for path in ["", ".", "./", "consultations/open/", "wards/st-anne-s/", "assets/hub.css", "../up/",
                 "consultations/x/file.pdf", "#ways-to-respond", "/absolute/", "https://example.org/a",
                 "mailto:a@example.org?subject=x", "tel:01632960000", "consultations/open/../closed/"]:
        assert relative_url(path, page_url) == normalize_url(path, page=page, base="."), (path, page_url)


# -- in a real browser ---------------------------------------------------------------------------

def _fail_if(failures: dict[str, list[str]], what: str) -> None:
    if failures:
        lines = [f"{what} in {len(failures)} example(s):"]
        for name, problems in failures.items():
            lines.append(name)
            lines.extend(p if p.startswith("  ") else f"  - {p}" for p in problems)
        pytest.fail("\n".join(lines), pytrace=False)


def _judge(examples_in_chromium, judge) -> dict[str, list[str]]:
    failures = {}
    for name, seen in examples_in_chromium.items():
        problems = [seen.error] if seen.error else judge(seen)
        if problems:
            failures[name] = problems
    return failures


def test_every_example_has_no_axe_violations(examples_in_chromium):
    """axe-core finds no WCAG 2.2 A/AA or best-practice violation in any
    component, in any state."""
    failures = _judge(examples_in_chromium,
                      lambda seen: [browser.format_violations(seen.violations)] if seen.violations else [])
    _fail_if(failures, "axe violations (tags: " + ", ".join(browser.AXE_TAGS) + ")")


def test_no_example_scrolls_sideways_at_320px(examples_in_chromium):
    """At 320 CSS px (400% zoom) no component needs horizontal scrolling,
    even with very long words and web addresses (WCAG 1.4.10 Reflow)."""
    width = browser.NARROW["width"]

    def judge(seen):
        if seen.overflow["scrollWidth"] <= width + 1:
            return []
        return [f"page is {seen.overflow['scrollWidth']}px wide at {width}px; sticking out:"] + [
            f"    {o}" for o in seen.overflow["offenders"]]

    _fail_if(_judge(examples_in_chromium, judge), "horizontal scrolling at 320px")


def test_every_example_works_without_javascript(served_examples, examples_in_chromium, new_browser_context):
    """With JavaScript off every component shows all of its content: the same
    text as with JavaScript on."""
    server, paths = served_examples
    page = new_browser_context(java_script_enabled=False).new_page()
    failures = {}
    for name, path in paths.items():
        expected = examples_in_chromium[name].main_text
        try:
            browser.goto(page, server.url(path))
            got = browser.main_text(page)
        except Exception as error:
            failures[name] = [f"could not check: {type(error).__name__}: {error}".splitlines()[0]]
            continue
        if not got:
            failures[name] = ["<main> shows no text without JavaScript"]
        elif got != expected:
            failures[name] = [f"<main> text differs without JavaScript:\n    with: {expected!r}\n    without: {got!r}"]
    _fail_if(failures, "content differs without JavaScript")
