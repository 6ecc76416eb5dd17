"""Every hub component, in every state, for both kinds of record, as a resident sees it.

Like GOV.UK Frontend: each partial in overrides/partials/hub/ has named
examples (examples.py), of consultations and of decision notices wherever it
serves both; each example has a template test here asserting what it must
show, on the partial's own HTML; each example from the demo hub is checked
against the page of the built demo site that shows it; and every example is
opened as a standalone page in the system Chromium and checked with axe-core,
at 320px wide and with JavaScript turned off.

Only the last three tests need a browser; without Chromium (outside CI) they
are skipped and everything else still runs.
"""

from __future__ import annotations

import importlib.util
import json
import re
import types
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from examples import (
    APOSTROPHE_NAME,
    CONSULTATION,
    DECISION,
    DEMO_NOW,
    LONG_PLACE,
    LONG_URL,
    SCRIPT,
    UNSAFE_CONSULTATION,
    UNSAFE_DECISION,
    Example,
    all_examples,
    consultation_page,
    decision_page,
    demo_at,
)
from render import (
    HUB_TEMPLATES,
    MATERIAL_TEMPLATES,
    OVERRIDES,
    FixturePage,
    environment,
    hub_autoescape,
    relative_url,
    render_component,
    render_page,
    site_config,
)
from selectolax.lexbor import LexborHTMLParser

import browser
from haveyoursay.consultations import pages as consultation_pages
from haveyoursay.consultations.status import Status
from haveyoursay.decisions import pages as decision_pages
from haveyoursay.decisions.status import DecisionStatus
from haveyoursay.site.indexes import build_indexes
from haveyoursay.site.timeline import consultation_timeline, decision_timelines
from hub_testing import REPO

EXAMPLES = all_examples()
HERE = Path(__file__).resolve().parent


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

    def rows(self) -> dict[str, str]:
        """A summary list's rows: label -> value (with its links' text)."""
        return {
            squash(row.css_first("dt").text()): squash(row.css_first("dd").text(separator=" "))
            for row in self.all(".hub-summary-list__row")
        }

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


def of(component: str) -> list[str]:
    return [name for name, example in EXAMPLES.items() if example.component == component]


# -- status banner: consultations and decisions ------------------------------------------

BANNERS = {
    "status-banner--forthcoming": (
        "Forthcoming",
        ["This consultation opens on 11 January 2027.", "It closes at 5pm on 22 March 2027."],
    ),
    "status-banner--open": ("Open", ["This consultation closes at 5pm on 11 January 2027."]),
    "status-banner--open-days-left": ("Open", ["This consultation closes at 5pm on 27 November 2026.", "3 days left."]),
    "status-banner--open-one-day-left": ("Open", ["1 day left."]),
    "status-banner--open-last-day": ("Open", ["Today is the last day to respond."]),
    "status-banner--closed": (
        "Closed: analysing feedback",
        [
            "This consultation closed at 5pm on 6 November 2026.",
            "We are analysing your feedback.",
            "We aim to publish the outcome by 29 January 2027.",
        ],
    ),
    "status-banner--closed-outcome-overdue": (
        "Closed: analysing feedback",
        ["The outcome is overdue. We expected to publish it by 23 October 2026."],
    ),
    "status-banner--outcome-published": ("Outcome published", ["We published the outcome on 18 September 2026."]),
    "status-banner--withdrawn": (
        "Withdrawn",
        ["This consultation was withdrawn on 12 October 2026.", "Why it was withdrawn", "The centre will stay open."],
    ),
    "status-banner--long-and-unsafe": ("Withdrawn", [f"withdrawn on 12 October 2026 {SCRIPT}."]),
    "status-banner--forward-plan": (
        "Forward plan: not yet decided",
        [
            "This decision is expected on 16 December 2026.",
            "Notice of this key decision was given on 6 November 2026.",
            "We will publish the record of the decision here once it is made.",
        ],
    ),
    "status-banner--call-in-period": (
        "Decided: can be called in",
        [
            "This decision can be called in until 5pm on 27 November 2026.",
            "If it is not called in, it can be implemented from 30 November 2026.",
        ],
    ),
    "status-banner--call-in-ended": (
        "Decided: call-in period over",
        [
            "The call-in period ended at 5pm on 27 November 2026. "
            "This decision can be implemented from 30 November 2026.",
        ],
    ),
    "status-banner--called-in": (
        "Called in",
        [
            "This decision was called in on 17 November 2026.",
            "The Places Overview and Scrutiny Committee will consider it.",
        ],
    ),
    "status-banner--in-force": (
        "In force",
        ["Cabinet made this decision on 8 July 2026.", "This decision can be implemented from 17 July 2026."],
    ),
    "status-banner--in-force-exempt-from-call-in": (
        "In force",
        ["It cannot be called in.", "Why it cannot be called in"],
    ),
    "status-banner--not-agreed": (
        "Not agreed",
        ["The proposal was not agreed on 24 June 2026.", "Why it was not agreed"],
    ),
    "status-banner--decision-long-and-unsafe": ("Not agreed", [f"not agreed on 24 June 2026. {SCRIPT}"]),
}
URGENT = {"status-banner--open-days-left", "status-banner--open-one-day-left", "status-banner--open-last-day"}
REASONS = {
    "status-banner--withdrawn": "Why it was withdrawn",
    "status-banner--long-and-unsafe": "Why it was withdrawn",
    "status-banner--in-force-exempt-from-call-in": "Why it cannot be called in",
    "status-banner--not-agreed": "Why it was not agreed",
    "status-banner--decision-long-and-unsafe": "Why it was not agreed",
}


@showing(*BANNERS)
def test_status_banner_names_the_status_in_words_and_says_what_it_means(shown):
    label, sentences = BANNERS[shown.example.name]
    banner = context(shown, "banner")
    region = shown.one("[role=region]")
    heading = shown.one("h2")
    assert region.attributes["aria-labelledby"] == heading.attributes["id"]
    assert f"hub-banner--{banner.status.value}" in region.attributes["class"].split()
    assert shown.text("h2") == f"Status: {label}"
    for sentence in sentences:
        assert sentence in shown.text()


@showing(*BANNERS)
def test_status_banner_gives_the_reason_under_its_own_heading_only_when_there_is_one(shown):
    reasons = [squash(h.text()) for h in shown.all(".hub-banner__reason h3")]
    assert reasons == ([REASONS[shown.example.name]] if shown.example.name in REASONS else [])
    assert bool(context(shown, "banner").reason) == (shown.example.name in REASONS)


@showing(*BANNERS)
def test_status_banner_is_urgent_only_in_the_last_days(shown):
    classes = shown.one(".hub-banner").attributes["class"].split()
    assert ("hub-banner--urgent" in classes) == (shown.example.name in URGENT)


@showing(*BANNERS)
def test_status_banner_has_no_links_the_first_step_to_respond_comes_after_it(shown):
    assert shown.all("a") == []


# -- the first step to respond, right under the status ----------------------------------------------


@showing("respond-now--online-and-offline")
def test_respond_now_gives_a_button_to_respond_online_and_the_other_ways_in_a_sentence(shown):
    button = shown.one("a.hub-button")
    assert squash(button.text()) == "Respond online to Changes to the garden waste collection charge"
    assert button.attributes["href"] == context(shown, "respond").online
    assert shown.text(".hub-respond-now__text") == (
        "You can also respond by email, by post, by phone or in person. See all the ways to respond"
    )
    assert shown.links()["See all the ways to respond"] == "#ways-to-respond"


@showing("respond-now--offline-only")
def test_respond_now_without_an_online_form_has_no_button(shown):
    assert shown.all("a.hub-button") == []
    assert shown.text(".hub-respond-now__text") == "You can respond by post or by phone. See all the ways to respond"


@showing("respond-now--long-and-unsafe")
def test_respond_now_shows_markup_as_text(shown):
    assert shown.all("script") == []
    assert SCRIPT in shown.text(".hub-respond-now__text")


@showing("respond-now--closed")
def test_respond_now_shows_nothing_once_closed(shown):
    assert shown.nothing, shown.html


# -- the stale-page notice --------------------------------------------------------------------------


@showing("stale-notice--closing")
def test_stale_notice_of_an_open_consultation_is_due_when_it_closes_and_hides_the_ways_to_respond(shown):
    notice = shown.one(".hub-stale")
    assert notice.attributes["data-stale-after"] == "2026-11-27T17:00:00+00:00"
    assert "hidden" in notice.attributes and "data-enhancement" in notice.attributes
    assert "data-hides-responding" in notice.attributes
    assert shown.text(".hub-stale h2") == "This page may be out of date"
    assert shown.text(".hub-stale p") == (
        "This consultation closed at 5pm on 27 November 2026. This page was made before it closed, so it may "
        "still say it is open. You can no longer respond. Reload the page to see the latest."
    )
    assert shown.links()["Reload the page"] == "./"


@showing("stale-notice--opening")
def test_stale_notice_of_a_forthcoming_consultation_is_due_when_it_opens_and_hides_nothing(shown):
    notice = shown.one(".hub-stale")
    assert notice.attributes["data-stale-after"] == "2027-01-11T00:00:00+00:00"
    assert "data-hides-responding" not in notice.attributes
    assert shown.text(".hub-stale p").startswith("This consultation opened on 11 January 2027. This page was made")


@showing("stale-notice--call-in-ending")
def test_stale_notice_of_a_decision_is_due_when_its_call_in_period_ends(shown):
    notice = shown.one(".hub-stale")
    assert notice.attributes["data-stale-after"] == "2026-11-27T17:00:00+00:00"
    assert "data-hides-responding" not in notice.attributes
    assert shown.text(".hub-stale p").startswith(
        "The time to call in this decision ended at 5pm on 27 November 2026. This page was made before then"
    )


@showing("stale-notice--long-and-unsafe")
def test_stale_notice_shows_markup_as_text(shown):
    assert shown.all("script") == []
    assert SCRIPT in shown.text(".hub-stale h2") and SCRIPT in shown.text(".hub-stale p")


@showing("stale-notice--none")
def test_stale_notice_of_a_page_that_cannot_go_out_of_date_writes_nothing(shown):
    assert shown.nothing, shown.html


# -- breadcrumbs ------------------------------------------------------------------------------------

BREADCRUMBS = {
    "breadcrumbs--consultation": [("Home", "../.."), ("Consultations", "../"), ("Open consultations", "../open/")],
    "breadcrumbs--decision": [("Home", "../.."), ("Decisions", "../")],
    "breadcrumbs--forward-plan": [
        ("Home", "../.."),
        ("Decisions", "../"),
        ("Forward plan of key decisions", "../forward-plan/"),
    ],
}


@showing(*BREADCRUMBS)
def test_breadcrumbs_say_where_a_record_sits_as_links(shown):
    nav = shown.one("nav")
    assert nav.attributes["aria-label"] == "Breadcrumb"
    assert [(squash(a.text()), a.attributes["href"]) for a in nav.css("ol li a")] == BREADCRUMBS[shown.example.name]


# -- summary list: a consultation's key facts, a decision's header, record of decision, call-in -------


def assert_rows_show_the_facts(shown, facts) -> None:
    """Each summary-list row: the label, then the value, links to hub pages
    (relative to the page) and email or phone links (as written)."""
    rows = shown.all("dl.hub-summary-list > div.hub-summary-list__row")
    assert len(rows) == len(facts)
    for row, fact in zip(rows, facts, strict=False):
        assert squash(row.css_first("dt").text()) == fact.label
        value = row.css_first("dd")
        assert squash(fact.value) in squash(value.text(separator=" "))
        links = [(squash(a.text()), a.attributes["href"]) for a in value.css("a")]
        assert links == (
            [(link.text, relative_url(link.href, shown.example.url)) for link in fact.links]
            + [(link.text, link.href) for link in fact.contacts]
        ), fact.label


@showing(*of("summary-list"))
def test_summary_list_pairs_each_label_with_its_value_links_and_contacts(shown):
    heading = context(shown, "heading")
    if heading:
        assert shown.text("h2") == heading
        assert shown.one("h2").attributes["id"] == context(shown, "heading_id")
    else:
        assert not shown.all("h2, h3")
    assert_rows_show_the_facts(shown, context(shown, "facts"))


@showing("summary-list--consultation")
def test_summary_list_links_wards_and_topics_relative_to_the_page(shown):
    assert shown.text("h2") == "Key facts"
    assert shown.links()["All wards"] == "../../wards/"
    assert shown.links()["Budget and council tax"] == "../../topics/budget-and-council-tax/"


@showing("summary-list--consultation-plain-values")
def test_summary_list_of_plain_values_has_no_links(shown):
    assert shown.text("h2") == "Key facts"
    assert not shown.all("a")
    assert shown.rows()["Closes"] == "5pm on 11 January 2027"


@showing("summary-list--with-contacts")
def test_decision_facts_link_the_report_author_by_email_and_phone(shown):
    assert shown.text("h2") == "About this decision"
    links = shown.links()
    assert links["parking@northbrook.example"] == "mailto:parking@northbrook.example?subject=NDC-2026-030"
    assert links["01632 960 350"] == "tel:+441632960350"
    assert links["Millbrook"] == "../../decisions/wards/millbrook/"
    assert shown.rows()["Key decision"] == "No"


@showing("summary-list--decision-header")
def test_decision_header_of_a_key_decision_says_why_it_is_key_and_when_it_was_made(shown):
    rows = shown.rows()
    assert rows["Reference"] == "NDC-2026-017"
    assert rows["Decision maker"] == "Cabinet"
    assert rows["Key decision"] == "Yes"
    assert rows["Reason the decision is key"].startswith("Expenditure above the key decision threshold (£500,000)")
    assert rows["Date notice given"] == "29 May 2026"
    assert rows["Date of decision"] == "8 July 2026"
    assert shown.links()["Oakwood"] == "../../decisions/wards/oakwood/"


@showing("summary-list--decision-header-forward-plan")
def test_decision_header_not_yet_made_gives_the_expected_date(shown):
    rows = shown.rows()
    assert rows["Wards affected"] == "All wards"
    assert rows["Decision expected"] == "16 December 2026"
    assert "Date of decision" not in rows


@showing("summary-list--record-of-decision")
def test_record_of_decision_gives_the_call_in_deadline_and_when_it_can_be_implemented(shown):
    rows = shown.rows()
    assert rows["Decision"] == "Proposal agreed"
    assert rows["Date published"] == "9 July 2026"
    assert rows["Call-in deadline"] == "5pm on 16 July 2026"
    assert rows["Can be implemented from"] == "17 July 2026"


@showing("summary-list--record-of-decision-not-agreed")
def test_record_of_a_proposal_not_agreed_says_why_and_has_no_call_in(shown):
    rows = shown.rows()
    assert rows["Decision"] == "Proposal not agreed"
    assert rows["Why it was not agreed"].startswith("The Cabinet Member decided the saving was too small")
    assert "Call-in deadline" not in rows and "Can be implemented from" not in rows


@showing("summary-list--call-in")
def test_call_in_says_when_by_whom_why_and_what_scrutiny_decided(shown):
    assert shown.text("h2") == "Call-in"
    assert shown.rows() == {
        "Called in on": "17 November 2026",
        "Called in by": "Councillors Ruth Evans, Tom Moore and Aisha Khan",
        "Why it was called in": (
            "They asked the committee to look again at the effect on small shops in Millbrook "
            "and Northgate, and at whether traders were asked before the decision was made."
        ),
        "Considered by": "Places Overview and Scrutiny Committee",
        "Outcome": "Scrutiny has not considered it yet.",
    }


# -- documents: a consultation's, an outcome's, a decision's ---------------------------------------


@showing(*(name for name in of("document-list") if name != "document-list--empty"))
def test_document_list_links_each_document_with_its_facts_and_any_request(shown):
    documents = context(shown, "documents")
    level = shown.example.context.get("heading_level", 2)
    heading = shown.one(f"h{level}")
    assert squash(heading.text()) == context(shown, "heading")
    assert heading.attributes["id"] == context(shown, "heading_id")
    items = shown.all("li.hub-document")
    assert len(items) == len(documents)
    for item, document in zip(items, documents, strict=False):
        link = item.css_first("a.hub-document__link")
        assert squash(link.text()) == document.title
        assert link.attributes["href"] == (
            document.href if document.external else relative_url(document.href, shown.example.url)
        )
        assert squash(item.css_first(".hub-document__facts").text()) == document.described
        requests = item.css(".hub-document__request a")
        assert [r.attributes["href"] for r in requests] == (
            [document.request_format] if not document.accessible else []
        )


@showing("document-list--accessible")
def test_accessible_document_links_to_the_file_with_its_facts(shown):
    document = context(shown, "documents")[0]
    assert shown.text("h2") == "Documents"
    assert shown.links() == {
        "Budget proposals 2027 to 2028": "../../consultations/budget-council-tax-2027-28/budget-proposals.pdf"
    }
    assert shown.text(".hub-document__facts") == document.described
    assert document.described.startswith("PDF, ") and "pages" in document.described
    assert not shown.all(".hub-document__request")


@showing("document-list--not-accessible")
def test_document_that_is_not_accessible_offers_another_format_by_email(shown):
    request = shown.one(".hub-document__request a")
    assert squash(request.text()) == ("Request an accessible format of Summary of complaints and evidence 2023 to 2026")
    address = urlsplit(request.attributes["href"])
    assert (address.scheme, address.path) == ("mailto", "accessibility@northbrook.example")
    subject = parse_qs(address.query)["subject"][0]
    assert subject == (
        "Accessible format request: Summary of complaints and evidence 2023 to 2026 "
        "(Rules for dogs in parks and public places)"
    )
    assert "may not be suitable for users of assistive technology" in shown.text()


@showing("document-list--web-page")
def test_web_page_document_keeps_its_full_address(shown):
    assert shown.links() == {
        "Town centre masterplan summary": "https://www.northbrook.example/regeneration/masterplan-summary"
    }
    assert shown.text(".hub-document__facts") == "Web page"


@showing("document-list--every-kind")
def test_every_document_that_is_not_accessible_has_its_own_request(shown):
    documents = context(shown, "documents")
    assert len(shown.all("li.hub-document")) == len(documents) == 3
    requests = [squash(a.text()) for a in shown.all(".hub-document__request a")]
    assert requests == [f"Request an accessible format of {d.title}" for d in documents if not d.accessible]


@showing("document-list--outcome-documents")
def test_outcome_documents_sit_under_a_level_3_heading(shown):
    assert not shown.all("h2")
    assert shown.text("h3") == "Outcome documents"
    assert shown.one("h3").attributes["id"] == "outcome-documents"
    report = "../../consultations/oakwood-leisure-centre/consultation-report.pdf"
    assert shown.links() == {"Oakwood Leisure Centre consultation report": report}
    assert shown.text(".hub-document__facts") == "PDF, 4 KB, 3 pages"


@showing("document-list--decision")
def test_decision_documents_link_the_report_and_ask_for_formats_naming_the_notice(shown):
    links = shown.links()
    assert links["Cabinet report, 8 July 2026"] == "../../decisions/NDC-2026-017/cabinet-report.pdf"
    assert links["Building condition survey"] == "https://www.northbrook.example/leisure/oakwood-condition-survey"
    request = shown.one(".hub-document__request a")
    assert squash(request.text()) == "Request an accessible format of Building condition survey"
    subject = parse_qs(urlsplit(request.attributes["href"]).query)["subject"][0]
    assert subject == (
        "Accessible format request: Building condition survey (NDC-2026-017 Building a new Oakwood Leisure Centre)"
    )


@showing("document-list--decision-report-and-appendix")
def test_decision_report_and_appendix_are_accessible_files_in_the_notices_folder(shown):
    assert shown.links() == {
        "Report to the Cabinet Member for Environment": "../../decisions/NDC-2026-031/cabinet-member-report.pdf",
        "Appendix 1, how the bids were scored": "../../decisions/NDC-2026-031/appendix-1-evaluation.pdf",
    }
    assert [squash(s.text()) for s in shown.all(".hub-document__facts")] == ["PDF, 3 KB, 2 pages", "PDF, 3 KB, 1 page"]
    assert not shown.all(".hub-document__request")


@showing("document-list--long-and-unsafe")
def test_document_title_and_address_stay_text_and_attribute(shown):
    first = shown.all("a.hub-document__link")[0]
    assert first.attributes["href"] == LONG_URL + '?a=1&b="2"'
    assert SCRIPT in squash(first.text()) and APOSTROPHE_NAME in squash(first.text())
    subject = parse_qs(urlsplit(shown.one(".hub-document__request a").attributes["href"]).query)["subject"][0]
    assert SCRIPT in subject


# -- documents written in Markdown: their web pages in the list, and each page's contents list ---------------


@showing("document-list--hub-page-and-pdf")
def test_document_written_in_markdown_is_listed_first_as_a_web_page_with_its_pdf_beside_it(shown):
    masterplan = "../../consultations/town-centre-masterplan/"
    titles = [squash(a.text()) for a in shown.all("a.hub-document__link")]
    assert titles == ["Draft town centre masterplan", "Town centre masterplan summary"]
    first = shown.all("li.hub-document")[0]
    assert first.css_first("a.hub-document__link").attributes["href"] == masterplan + "draft-masterplan/"
    assert squash(first.css_first(".hub-document__facts").text()) == "Web page, about 510 words, a 3 minute read"
    pdf = first.css_first(".hub-document__other a")
    assert squash(pdf.text(separator="")) == "Also as a PDF of Draft town centre masterplan"
    assert pdf.attributes["href"] == masterplan + "draft-masterplan.pdf"
    assert squash(first.css_first(".hub-document__other").text()) == (
        "Also as a PDF of Draft town centre masterplan, 5 KB, 6 pages"
    )
    assert first.css_first(".hub-document__request") is None


@showing("document-list--decision-hub-page")
def test_decisions_document_written_in_markdown_comes_before_its_report(shown):
    notice = "../../decisions/NDC-2026-011/"
    assert [a.attributes["href"] for a in shown.all("a.hub-document__link")] == [
        notice + "changes-after-consultation/",
        notice + "cabinet-report.pdf",
        "https://www.northbrook.example/regeneration/masterplan",
    ]
    assert squash(shown.all(".hub-document__facts")[0].text()) == "Web page, about 180 words, a 1 minute read"
    assert not shown.all(".hub-document__other")


@showing("document-list--hub-page-long-and-unsafe")
def test_web_page_of_a_document_keeps_markup_in_its_words_as_text(shown):
    assert not shown.all("script")
    assert SCRIPT in shown.text(".hub-document__link") and SCRIPT in shown.text(".hub-document__other a")
    assert APOSTROPHE_NAME in shown.text(".hub-document__other .hub-visually-hidden")


@showing("contents-list--two-levels")
def test_contents_list_links_each_main_heading_with_the_headings_under_it(shown):
    assert shown.text("nav > h2") == "Contents"
    assert shown.one("nav").attributes["aria-labelledby"] == shown.one("nav > h2").attributes["id"] == "contents"
    main = [squash(a.text()) for a in shown.all("nav > ol > li > a")]
    assert main == [
        "Our vision",
        "The town centre today",
        "New homes",
        "Brook Street department store",
        "Public spaces",
        "Getting around",
        "What happens next",
    ]
    under = {
        squash(item.css_first("a").text()): [squash(a.text()) for a in item.css(".hub-contents__list--under a")]
        for item in shown.all("nav > ol > li")
        if item.css(".hub-contents__list--under a")
    }
    assert under == {
        "New homes": ["Building heights", "Homes people can afford"],
        "Getting around": ["Walking and cycling", "Buses and parking"],
    }
    assert shown.links()["Walking and cycling"] == "#walking-and-cycling"


@showing("contents-list--one-level")
def test_contents_list_of_a_decisions_document_has_one_level(shown):
    assert shown.links() == {
        "Why we changed the masterplan": "#why-we-changed-the-masterplan",
        "The changes": "#the-changes",
        "What stays the same": "#what-stays-the-same",
        "Find out more": "#find-out-more",
    }
    assert not shown.all(".hub-contents__list--under")


@showing("contents-list--empty")
def test_document_without_headings_has_no_contents_list(shown):
    assert shown.nothing


@showing("contents-list--long-and-unsafe")
def test_contents_list_keeps_markup_in_headings_as_text_and_in_addresses_as_an_attribute(shown):
    assert not shown.all("script")
    assert SCRIPT in shown.text() and APOSTROPHE_NAME in shown.text()
    assert shown.one(".hub-contents__list--under a").attributes["href"] == '#a-long-address"><script>'


# -- events -------------------------------------------------------------------------


def _rows(event_node) -> dict[str, str]:
    return {
        squash(row.css_first("dt").text()): squash(row.css_first("dd").text(separator=" "))
        for row in event_node.css(".hub-summary-list__row")
    }


@showing("event-list--upcoming-in-person")
def test_upcoming_event_says_when_where_and_how_accessible_with_a_calendar_file(shown):
    event = context(shown, "events")[0]
    assert shown.text("h2") == "Events and drop-in sessions"
    item = shown.one("li.hub-event")
    assert shown.text("h3") == "Budget drop-in at Brookside Library"
    assert _rows(item) == {
        "When": "1pm to 4pm on 9 December 2026",
        "Where": f"{event.venue}, {event.address}",
        "Access": event.access,
    }
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
    assert links[respond.phone] == "tel:+441632960800"
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
    assert [squash(h.text()) for h in shown.all("h3")] == [
        "We asked",
        "You said",
        "We did",
        "The decision",
        "Outcome documents",
    ]
    assert f"We published the outcome on 10 July 2026. We received {outcome.responses}." in shown.text()
    assert outcome.responses == "2,318 responses"
    assert shown.text(".hub-related li") == (
        "Decision: Building a new Oakwood Leisure Centre — This decision can be implemented from 17 July 2026."
    )
    assert shown.links()["Building a new Oakwood Leisure Centre"] == "../../decisions/NDC-2026-017/"
    assert [squash(a.text()) for a in shown.all("a.hub-document__link")] == [d.title for d in outcome.documents]


@showing("outcome--no-documents")
def test_outcome_without_documents_has_no_documents_heading_or_decision(shown):
    assert [squash(h.text()) for h in shown.all("h3")] == ["We asked", "You said", "We did"]
    assert not shown.all(".hub-related")
    assert not shown.all("ul.hub-documents")


@showing("outcome--with-documents-no-decision")
def test_outcome_with_documents_and_no_decision_lists_only_its_documents(shown):
    assert [squash(h.text()) for h in shown.all("h3")] == ["We asked", "You said", "We did", "Outcome documents"]
    assert not shown.all(".hub-related")
    assert shown.links() == {
        "Results of the St Anne's Green vote": "../../consultations/st-annes-community-garden/results.pdf"
    }


@showing("outcome--long-and-unsafe")
def test_outcome_content_keeps_the_heading_order_and_drops_script_links(shown):
    assert len(shown.all("h2")) == 1
    assert [squash(h.text()) for h in shown.all("h4")] != []  # officer's "##" pushed below "You said"
    assert not [a for a in shown.all("a") if (a.attributes.get("href") or "").startswith("javascript:")]
    assert shown.all("table")
    assert SCRIPT in shown.text(".hub-related")


# -- contact, updates, pagination -----------------------------------------------------------------------


@showing("contact--email-and-phone")
def test_contact_names_the_officer_with_email_and_phone(shown):
    assert shown.text("h2") == "Contact"
    assert shown.text(".hub-contact").startswith("Robert Nwosu, Head of Finance, Finance")
    assert shown.links() == {
        "budget@northbrook.example": "mailto:budget@northbrook.example",
        "01632 960 800": "tel:+441632960800",
    }


@showing("contact--email-only")
def test_contact_without_a_phone_gives_just_the_email(shown):
    assert shown.text(".hub-contact") == ("Robert Nwosu, Head of Finance, Finance Email: budget@northbrook.example")
    assert shown.links() == {"budget@northbrook.example": "mailto:budget@northbrook.example"}


@showing("contact--name-only")
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


@showing("updates--latest", "updates--one")
def test_the_latest_updates_are_a_note_under_the_status(shown):
    note = shown.one("div.hub-notice")
    assert note.attributes["role"] == "note" and note.attributes["aria-labelledby"] == "latest-update"
    items = [squash(li.text()) for li in shown.all(".hub-updates li")]
    if shown.example.name == "updates--latest":
        assert shown.text("h2") == "Latest updates"
        assert items == [
            "10 November 2026: We corrected the proposal document. The lower price for people on benefits is £26, "
            "not £25.",
            "2 November 2026: We added a second drop-in session at the Town Hall on 25 November, because the first "
            "one was busy.",
        ]
    else:
        assert shown.text("h2") == "Latest update"
        assert len(items) == 1


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


@showing(
    "document-list--empty",
    "event-list--empty",
    "ways-to-respond--none",
    "outcome--none",
    "updates--none",
    "related--none",
    "pagination--single-page",
)
def test_component_with_nothing_to_show_writes_nothing(shown):
    assert shown.nothing, shown.html


# -- cards: consultations and decisions -------------------------------------------------------


def _decision_meta(label: str, key: bool, when: str) -> str:
    return f"{label} {'Key decision ' if key else ''}{when}"


# name: (tags in words, the meta line, the status sentence, the footer)
CARDS = {
    "card--forthcoming": (["Forthcoming"], "Forthcoming Opens on 11 January 2027", "", "Wards: All wards"),
    "card--open": (["Open"], "Open Closes at 5pm on 11 January 2027 (closes in 48 days)", "", "Wards: All wards"),
    "card--open-closes-in-days": (
        ["Open", "Closing soon"],
        "Open Closing soon Closes at 5pm on 27 November 2026 (closes in 3 days)",
        "",
        "Wards: All wards",
    ),
    "card--open-closes-tomorrow": (
        ["Open", "Closing soon"],
        "Open Closing soon Closes at 5pm on 27 November 2026 (closes tomorrow)",
        "",
        "Wards: All wards",
    ),
    "card--open-closes-today": (
        ["Open", "Closing soon"],
        "Open Closing soon Closes at 5pm on 27 November 2026 (closes today)",
        "",
        "Wards: All wards",
    ),
    "card--closed": (
        ["Closed: analysing feedback"],
        "Closed: analysing feedback It closed at 5pm on 6 November 2026.",
        "",
        "Wards: Northgate",
    ),
    "card--outcome-published": (
        ["Outcome published"],
        "Outcome published on 18 September 2026. It closed on 3 July 2026.",
        "",
        "Wards: All wards",
    ),
    "card--withdrawn": (
        ["Withdrawn"],
        "Withdrawn on 12 October 2026",
        "",
        "Wards: Brookside, Westcliffe, Harbour",
    ),
    "card--in-a-group": (
        ["Outcome published"],
        "Outcome published on 5 September 2025. It closed on 14 July 2025.",
        "",
        "Wards: St Anne's",
    ),
    "card--long-and-unsafe": (
        ["Open"],
        "Open Closes at 5pm on 11 January 2027 (closes in 48 days)",
        "",
        f"Wards: St Anne's, {LONG_PLACE}",
    ),
    "card--forward-plan": (
        ["Forward plan: not yet decided", "Key decision"],
        _decision_meta("Forward plan: not yet decided", True, "Expected on 16 December 2026. Decision maker: Cabinet."),
        "This decision is expected on 16 December 2026.",
        "Wards: All wards. Reference: NDC-2026-033.",
    ),
    "card--call-in-period": (
        ["Decided: can be called in", "Key decision"],
        _decision_meta(
            "Decided: can be called in",
            True,
            "Decided on 19 November 2026. Decision maker: Councillor Rachel Turner, Cabinet Member for Environment.",
        ),
        "This decision can be called in until 5pm on 27 November 2026.",
        "Wards: All wards. Reference: NDC-2026-031.",
    ),
    "card--call-in-ended": (
        ["Decided: call-in period over", "Key decision"],
        _decision_meta(
            "Decided: call-in period over",
            True,
            "Decided on 19 November 2026. Decision maker: Councillor Rachel Turner, Cabinet Member for Environment.",
        ),
        "The call-in period ended at 5pm on 27 November 2026. This decision can be implemented from 30 November 2026.",
        "Wards: All wards. Reference: NDC-2026-031.",
    ),
    "card--called-in": (
        ["Called in"],
        _decision_meta(
            "Called in",
            False,
            "Decided on 11 November 2026. Decision maker: Councillor Imran Malik, Cabinet Member for Transport.",
        ),
        "This decision was called in on 17 November 2026. It cannot be implemented until scrutiny has considered it.",
        "Wards: Millbrook, Northgate. Reference: NDC-2026-030.",
    ),
    "card--in-force": (
        ["In force"],
        _decision_meta(
            "In force", False, "Decided on 30 September 2026. Decision maker: Neil Carter, Director of Resources."
        ),
        "This decision can be implemented from 1 October 2026.",
        "Wards: All wards. Reference: NDC-2026-029.",
    ),
    "card--not-agreed": (
        ["Not agreed"],
        _decision_meta(
            "Not agreed",
            False,
            "Decided on 24 June 2026. Decision maker: Councillor Rachel Turner, Cabinet Member for Environment.",
        ),
        "The proposal was not agreed on 24 June 2026.",
        "Wards: Westcliffe. Reference: NDC-2026-021.",
    ),
    "card--key-decision": (
        ["In force", "Key decision"],
        _decision_meta("In force", True, "Decided on 8 July 2026. Decision maker: Cabinet."),
        "This decision can be implemented from 17 July 2026.",
        "Wards: Oakwood, Millbrook, Eastfield. Reference: NDC-2026-017.",
    ),
    "card--decision-in-a-group": (
        ["In force", "Key decision"],
        _decision_meta(
            "In force",
            True,
            "Decided on 19 October 2026. Decision maker: Councillor Helen Ashworth, Leader of the Council.",
        ),
        "This decision can be implemented from 19 October 2026.",
        "Wards: Harbour, Westcliffe. Reference: NDC-2026-027.",
    ),
    "card--to-be-made-in-a-group": (
        ["Forward plan: not yet decided", "Key decision"],
        _decision_meta("Forward plan: not yet decided", True, "Expected on 16 December 2026. Decision maker: Cabinet."),
        "This decision is expected on 16 December 2026.",
        "Wards: All wards. Reference: NDC-2026-033.",
    ),
    "card--decision-long-and-unsafe": (
        ["Called in", "Key decision"],
        _decision_meta(
            "Called in", True, f"Decided on 11 November 2026. Decision maker: Councillor {APOSTROPHE_NAME}."
        ),
        UNSAFE_DECISION.detail,
        f"Wards: St Anne's, {LONG_PLACE}. Reference: NDC-2026-{SCRIPT}.",
    ),
}
IN_A_GROUP = {
    "card--in-a-group": "We asked, you said, we did",
    "card--decision-in-a-group": "Decisions made",
    "card--to-be-made-in-a-group": "Decisions to be made",
}


@showing(*CARDS)
def test_card_links_the_title_and_gives_status_in_words_dates_and_wards(shown):
    tags, meta, sentence, footer = CARDS[shown.example.name]
    card, level = context(shown, "card"), context(shown, "heading_level")
    assert f"hub-card--{card.status.value}" in shown.one("li.hub-card").attributes["class"].split()
    heading = shown.one(f"h{level}.hub-card__title")
    assert squash(heading.text()) == card.title
    assert heading.css_first("a").attributes["href"] == relative_url(card.href, shown.example.url)
    found = shown.all(".hub-tag")
    assert [squash(t.text()) for t in found] == tags
    assert f"hub-tag--{card.status.value}" in found[0].attributes["class"].split()
    second = {"Key decision": "hub-tag--key", "Closing soon": "hub-tag--soon"}
    assert all(second[squash(t.text())] in t.attributes["class"].split() for t in found[1:])
    assert shown.text(".hub-card__meta") == meta
    assert shown.text(".hub-card__summary") == card.summary
    assert shown.text(".hub-card__status") == sentence
    assert len(shown.all(".hub-card__status")) == bool(sentence)
    assert shown.text(".hub-card__wards") == footer


@showing(*CARDS)
def test_card_in_a_group_sits_under_the_groups_heading(shown):
    level = context(shown, "heading_level")
    assert (level == 3) == (shown.example.name in IN_A_GROUP)
    assert shown.example.under_heading == IN_A_GROUP.get(shown.example.name, "")


# -- related records: a consultation's decisions, a decision's consultations ----------------------

_OAKWOOD_DECISION = (
    "Decision: Building a new Oakwood Leisure Centre — This decision can be implemented from 17 July 2026.",
    "../../decisions/NDC-2026-017/",
)
_LIBRARY_DECISION = (
    "Decision: New opening hours for Northbrook's libraries — This decision can be implemented from 25 September 2026.",
    "../../decisions/NDC-2026-024/",
)
_OAKWOOD = (
    "The future of Oakwood Leisure Centre. 2,318 responses. We published what residents told us on 10 July 2026.",
    "../../consultations/oakwood-leisure-centre/#outcome",
)
_MASTERPLAN = (
    "Northbrook town centre masterplan. 1,486 responses. We published what residents told us on 20 March 2026.",
    "../../consultations/town-centre-masterplan/#outcome",
)
_TOLD_US = "Consultation: what residents told us"
# name: (heading, heading level, boxed, [(item text, link)])
RELATED = {
    "related--one-decision": ("The decision", 2, False, [_OAKWOOD_DECISION]),
    "related--two-decisions": ("The decisions", 2, False, [_OAKWOOD_DECISION, _LIBRARY_DECISION]),
    "related--decision-in-an-outcome": ("The decision", 3, False, [_OAKWOOD_DECISION]),
    "related--consultations": (_TOLD_US, 2, True, [_OAKWOOD]),
    "related--two-consultations": (_TOLD_US, 2, True, [_MASTERPLAN, _OAKWOOD]),
    "related--consultation-awaiting-outcome": (
        _TOLD_US,
        2,
        True,
        [
            (
                "A new play area for Northgate Recreation Ground. Closed: analysing feedback",
                "../../consultations/northgate-play-area/",
            )
        ],
    ),
    "related--long-and-unsafe": (
        "The decision",
        2,
        False,
        [(f"Decision: {UNSAFE_DECISION.title} — {UNSAFE_DECISION.detail}", f"../../decisions/{LONG_PLACE}/")],
    ),
    "related--consultations-long-and-unsafe": (
        _TOLD_US,
        2,
        True,
        [(f"{UNSAFE_CONSULTATION.title}. {UNSAFE_CONSULTATION.detail}", f"../../{UNSAFE_CONSULTATION.href}")],
    ),
}


@showing(*RELATED)
def test_related_records_link_each_record_with_where_it_stands(shown):
    heading, level, boxed, items = RELATED[shown.example.name]
    section = shown.one("section.hub-related")
    title = shown.one(f"h{level}")
    assert squash(title.text()) == heading
    assert section.attributes["aria-labelledby"] == title.attributes["id"] == context(shown, "heading_id")
    assert ("hub-formats" in section.attributes["class"].split()) is boxed
    found = shown.all(".hub-related li")
    assert [squash(li.text()) for li in found] == [text for text, _ in items]
    assert [li.css_first("a").attributes["href"] for li in found] == [href for _, href in items]


# -- decision parts -----------------------------------------------------------------------------


@showing(*of("decision-parts"))
def test_decision_parts_are_labelled_sections_with_their_headings_facts_and_notes(shown):
    parts = context(shown, "parts")
    sections = shown.all("section.hub-decision-part")
    assert len(sections) == len(parts)
    for section, part in zip(sections, parts, strict=False):
        heading = section.css_first("h2")
        assert section.attributes["aria-labelledby"] == heading.attributes["id"] == part.id
        assert squash(heading.text()) == part.title
        assert [squash(h.text()) for h in section.css("h3")] == [s.title for s in part.sections]
        assert len(section.css("dl .hub-summary-list__row")) == len(part.facts)
        if part.note:
            assert part.note in squash(section.text())


@showing("decision-parts--decided", "decision-parts--not-agreed")
def test_decision_made_has_its_record_in_part_c(shown):
    part_c = shown.one("section[aria-labelledby=part-c]")
    assert squash(part_c.css_first("h2").text()) == "Part C: record of decision"
    assert part_c.css("dl .hub-summary-list__row")
    assert "This decision has not been made yet." not in squash(part_c.text())


@showing("decision-parts--not-yet-decided")
def test_decision_not_yet_made_says_its_record_will_follow(shown):
    part_c = shown.one("section[aria-labelledby=part-c]")
    assert "This decision has not been made yet." in squash(part_c.text())
    assert not part_c.css("dl")


# -- header and footer -----------------------------------------------------------------------------


@showing("header--default", "header--current-page", "header--current-section")
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
    assert in_mkdocs_yml == ["Consultations", "Decisions", "Wards", "Topics", "How to respond"]
    assert shown.one(".hub-header__home").attributes["href"] == relative_url("", shown.example.url)


@showing("header--default", "header--current-page", "header--current-section")
def test_header_marks_the_current_page_and_section_in_the_navigation(shown):
    page = [squash(a.text()) for a in shown.all("nav a[aria-current=page]")]
    section = [squash(a.text()) for a in shown.all("nav a[aria-current=true]")]
    expected = {
        "header--default": ([], []),
        "header--current-page": (["Decisions"], []),
        "header--current-section": ([], ["Consultations"]),
    }
    assert (page, section) == expected[shown.example.name]
    if page:
        assert shown.one("nav a[aria-current=page]").attributes["href"] == "./"


@showing("language-switch--english-page", "language-switch--welsh-page")
def test_the_language_switch_links_the_same_page_in_the_other_language_and_marks_its_own(shown):
    switch = shown.tree.css_first("nav.hub-language-switch")
    assert switch.attributes["aria-label"] == "Language"
    link = switch.css_first("a")
    current = switch.css_first("[aria-current]")
    if shown.example.url.startswith("cy/"):
        assert (squash(link.text()), link.attributes["lang"], link.attributes["hreflang"]) == (
            "English",
            "en-GB",
            "en-GB",
        )
        assert link.attributes["href"] == "../../../examples/language-switch--welsh-page/"
        assert (squash(current.text()), current.attributes["lang"]) == ("Cymraeg", "cy")
    else:
        assert (squash(link.text()), link.attributes["lang"], link.attributes["hreflang"]) == ("Cymraeg", "cy", "cy")
        assert link.attributes["href"] == "../../cy/examples/language-switch--english-page/"
        assert (squash(current.text()), current.attributes["lang"]) == ("English", "en-GB")
    assert len(switch.css("a")) == 1, "the page's own language is shown, not linked"


def test_an_english_councils_page_has_no_language_switch():
    example = EXAMPLES["header--default"]
    assert "hub-language-switch" not in render_component(example)


@showing("footer--default", "footer--without-phone-or-address")
def test_footer_gives_help_links_and_the_councils_details(shown):
    settings = shown.example.settings
    links = shown.links()
    assert links["Accessibility statement"] == "../../accessibility/"
    assert links["How to respond"] == "../../how-to-respond/"
    assert links["Guide for council officers"] == "../../officers-guide/"
    assert links["Ask for a document in another format"] == (
        "mailto:accessibility@northbrook.example?subject=Accessible%20format%20request"
    )
    paragraph = shown.text(".hub-footer p")
    if settings is None:
        assert paragraph == (
            "Northbrook Borough Council, Town Hall, Market Square, Northbrook NB1 1AA. Phone 01632 960 000."
        )
        assert links["01632 960 000"] == "tel:+441632960000"
    else:
        assert paragraph == "Northbrook Borough Council."
        assert not [href for href in links.values() if href.startswith("tel:")]
    assert shown.text(".hub-footer__updated") == "Page updated at 10am on 24 November 2026"


# -- postcode finder ---------------------------------------------------------------------------------


def _own_script(node) -> bool:
    """The one script a partial may load: the hub's own postcode finder, from the same site, with nothing inline."""
    src = node.attributes.get("src") or ""
    return src.endswith("assets/postcode-finder.js") and "//" not in src and not node.text().strip()


@showing("postcode-finder--home-page", "postcode-finder--wards-index")
def test_postcode_finder_is_a_form_that_works_without_javascript(shown):
    """Without JavaScript the form goes to the list of outward codes; the script only enhances it."""
    form = shown.one("form")
    page = shown.example.url
    assert form.attributes["action"] == relative_url("postcodes/", page)
    assert form.attributes["method"] == "get"
    assert form.attributes["role"] == "search"
    assert shown.one("#" + form.attributes["aria-labelledby"]).text() == "Find consultations near you"
    field = shown.one("input")
    assert field.attributes["name"] == "postcode" and field.attributes["autocomplete"] == "postal-code"
    assert shown.text(f"label[for={field.attributes['id']}]") == "Your postcode"
    assert shown.text("#" + field.attributes["aria-describedby"]) == "For example, NB1 1AA"
    assert shown.text("button[type=submit]") == "Find"
    error = shown.one("[data-hub-error]")
    assert error.attributes["aria-live"] and not error.text().strip(), "the error message is empty until needed"
    assert form.attributes["data-hub-outward"] == "NB1 NB2 NB3 NB4 NB5 NB6 NB10"
    assert form.attributes["data-hub-wards"] == relative_url("wards/", page)
    messages = json.loads(form.attributes["data-hub-messages"])
    assert messages["area"] == "{postcode} is not in Northbrook Borough Council's area. Check your postcode."
    assert messages["unknown"] == "We cannot find {postcode} in our list of postcodes. Check your postcode."
    assert {"empty", "format", "failed", "area_link", "unknown_link", "failed_link", "error"} <= set(messages)
    (script,) = [node for node in shown.all("script")]
    assert _own_script(script) and script.attributes["src"] == relative_url("assets/postcode-finder.js", page)
    assert "defer" in script.attributes


@showing("postcode-finder--home-page")
def test_postcode_finder_on_the_home_page_offers_the_list_of_wards(shown):
    assert shown.links() == {"Or choose your ward from the list of wards": relative_url("wards/", shown.example.url)}


@showing("postcode-finder--wards-index")
def test_postcode_finder_on_the_wards_index_has_no_other_link(shown):
    assert shown.links() == {}


@showing("postcode-finder--unsafe-words")
def test_postcode_finder_shows_markup_as_text_in_its_words_and_data(shown):
    form = shown.one("form")
    assert SCRIPT in form.attributes["data-hub-outward"]
    assert f"{APOSTROPHE_NAME}'s" in json.loads(form.attributes["data-hub-messages"])["area"]
    assert SCRIPT in shown.text(".hub-hint") and SCRIPT in shown.text(".hub-postcode__other")
    assert [node for node in shown.all("script") if not _own_script(node)] == []


@showing("postcode-finder--none")
def test_postcode_finder_of_a_council_with_no_list_of_postcodes_shows_nothing(shown):
    assert shown.nothing


# -- feeds and calendars: the "Get updates" box and the rows of the "Get updates" page -------------

GET_UPDATES = {
    "get-updates--ward": ("Feed of Castle ward", "feeds/wards/castle.xml", "Calendar of Castle ward", "wards/castle"),
    "get-updates--open-consultations": (
        "Feed of open consultations",
        "feeds/consultations/open.xml",
        "Calendar of every consultation and decision",
        "all",
    ),
    "get-updates--forward-plan": (
        "Feed of the forward plan",
        "feeds/decisions/forward-plan.xml",
        "Calendar of every consultation and decision",
        "all",
    ),
    "get-updates--decision-maker": (
        "Feed of decision notices",
        "feeds/decisions.xml",
        "Calendar of every consultation and decision",
        "all",
    ),
}


@showing(*GET_UPDATES)
def test_get_updates_links_the_lists_feed_its_calendar_and_how_to_use_them(shown):
    feed_text, feed, calendar_text, calendar = GET_UPDATES[shown.example.name]
    assert shown.text("h2") == "Get updates"
    links = shown.links()
    assert links[feed_text] == f"../../{feed}"
    assert links[calendar_text] == f"../../calendars/{calendar}.ics"
    assert links["How to get updates by feed or calendar"] == "../../updates/"
    kinds = {a.attributes["href"]: a.attributes.get("type") for a in shown.all("a")}
    assert kinds[f"../../{feed}"] == "application/atom+xml"
    assert kinds[f"../../calendars/{calendar}.ics"] == "text/calendar"
    assert "(Atom feed, for a feed reader)" in shown.text()
    assert "(iCalendar, to subscribe to in a calendar app)" in shown.text()


@showing("get-updates--none")
def test_get_updates_of_a_list_with_no_feed_shows_nothing(shown):
    assert shown.nothing


@showing("feed-list--everything", "feed-list--wards")
def test_feed_list_links_each_feed_and_calendar_named_for_screen_readers(shown):
    group = context(shown, "group")
    assert shown.one("h2").attributes["id"] == group.id
    items = shown.all(".hub-feeds__item")
    assert len(items) == len(group.rows)
    for item, row in zip(items, group.rows, strict=True):
        assert squash(item.css_first(".hub-feeds__name").text()) == row.name
        links = {squash(a.text(separator="")): a.attributes["href"] for a in item.css("a")}
        expected = {}
        if row.feed:
            expected[f"Feed: {row.name}"] = f"../../{row.feed}"
        if row.calendar:
            expected[f"Calendar: {row.name}"] = f"../../{row.calendar}"
        assert links == expected
    if shown.example.name == "feed-list--wards":
        assert len(items) == len(demo_at(DEMO_NOW).hub.settings.wards)
        assert all(row.feed and row.calendar and not row.description for row in group.rows)
    else:
        assert group.rows[-1].calendar == "calendars/all.ics" and not group.rows[-1].feed
        assert all(row.description for row in group.rows)


@showing("feed-list--long-and-unsafe")
def test_feed_list_shows_markup_as_text(shown):
    assert not shown.all("script")
    assert SCRIPT in shown.text()
    assert f"Feed: {APOSTROPHE_NAME} {SCRIPT}" in shown.links()


# -- figures table and data files: How we are doing and Open data ------------------------------------------


@showing("figures-table--by-year", "figures-table--a-year-with-none-run", "figures-table--long-and-unsafe")
def test_figures_table_has_a_caption_and_a_heading_for_every_column_and_row(shown):
    table = context(shown, "table")
    assert shown.text("caption") == squash(table.caption)
    headings = shown.all("thead th")
    assert [squash(th.text()) for th in headings] == [squash(column) for column in table.columns]
    assert {th.attributes.get("scope") for th in headings} == {"col"}
    rows = shown.all("tbody tr") + shown.all("tfoot tr")
    expected = [*table.rows, *([table.total] if table.total else [])]
    assert len(rows) == len(expected)
    for row, figures in zip(rows, expected, strict=True):
        header = row.css_first("th")
        assert (squash(header.text()), header.attributes.get("scope")) == (squash(figures.header), "row")
        cells = row.css("td")
        assert [squash(td.text()) for td in cells] == [squash(cell) for cell in figures.cells]
        assert [td.attributes["data-label"] for td in cells] == list(table.columns[1:])


@showing("figures-table--by-year")
def test_figures_table_of_the_demo_counts_consultations_by_the_year_they_opened(shown):
    rows = [[squash(cell.text()) for cell in row.css("th, td")] for row in shown.all("tbody tr, tfoot tr")]
    assert rows == [
        ["2026", "9", "7 weeks and 4 days", "8 out of 9", "3,445"],
        ["2025", "2", "8 weeks and 6 days", "2 out of 2", "2,329"],
        ["All years", "11", "7 weeks and 4 days", "10 out of 11", "5,774"],
    ]
    assert len(shown.all("tfoot tr")) == 1


@showing("figures-table--a-year-with-none-run")
def test_figures_table_gives_no_median_for_a_year_with_none_run(shown):
    first = [squash(cell.text()) for cell in shown.all("tbody tr")[0].css("th, td")]
    assert first == ["2026", "0", "None yet", "None yet", "0"]


@showing("figures-table--none-yet")
def test_figures_table_with_nothing_to_count_says_so_without_a_table(shown):
    assert not shown.all("table")
    assert shown.text("p") == "No consultation has opened yet."


@showing("data-files--open-data", "data-files--without-schema", "data-files--long-and-unsafe")
def test_data_files_link_each_file_with_its_size_what_it_holds_and_what_describes_it(shown):
    files = context(shown, "files")
    items = shown.all("ul.hub-data-files > li")
    assert len(items) == len(files)
    for item, file in zip(items, files, strict=True):
        expected = [(squash(file.title), relative_url(file.href, shown.example.url))]
        if file.schema is not None:
            expected.append((squash(file.schema.text), relative_url(file.schema.href, shown.example.url)))
        assert [(squash(a.text()), a.attributes["href"]) for a in item.css("a")] == expected
        text = squash(item.text())
        assert f"({file.described})" in text and squash(file.holds) in text


@showing("data-files--open-data")
def test_data_files_of_the_demo_are_json_and_csv_of_each_kind_the_data_package_and_the_figures(shown):
    links = shown.links()
    assert {name: href for name, href in links.items() if not name.startswith("The ")} == {
        "Consultations (JSON)": "../../data/consultations.json",
        "Consultations (CSV)": "../../data/consultations.csv",
        "Decisions (JSON)": "../../data/decisions.json",
        "Decisions (CSV)": "../../data/decisions.csv",
        "Data package (JSON)": "../../data/datapackage.json",
        "How we are doing: the figures (JSON)": "../../data/how-we-are-doing.json",
    }
    assert links["The data package that describes the CSV files"] == "../../data/datapackage.json"
    assert links["The JSON Schema of the figures file"] == "../../data/how-we-are-doing.schema.json"


# -- the map of the wards --------------------------------------------------------------------------

WARD_MAPS = [name for name in of("ward-map") if name != "ward-map--none"]
MAP_BUDGET_BYTES = 8_000
"""A map costs a page at most this much (a council of 20 wards: tests/site/test_ward_maps.py)."""


def _map_words(shown: Shown) -> list[str]:
    return [squash(p.text()) for p in shown.all("figcaption p")]


@showing(*WARD_MAPS)
def test_ward_map_is_a_picture_named_and_described_for_screen_readers(shown):
    """role="img" with a title as its name and a description (WCAG 1.1.1); nothing it draws comes from
    elsewhere: no image, no script, no link to another file, only its own hatching pattern."""
    ward_map = context(shown, "ward_map")
    svg = shown.one("figure > svg")
    assert svg.attributes["role"] == "img" and svg.attributes["focusable"] == "false"
    assert shown.text("#" + svg.attributes["aria-labelledby"]) == ward_map.title
    assert shown.text("#" + svg.attributes["aria-describedby"]) == ward_map.description
    assert shown.one("svg > title").attributes["id"] == svg.attributes["aria-labelledby"]
    assert svg.attributes["viewBox"] == f"0 0 {ward_map.width} {ward_map.height}"
    assert [p.attributes["d"] for p in shown.all(".hub-ward-map__shaded path")] == list(ward_map.shaded)
    assert [p.attributes["d"] for p in shown.all(".hub-ward-map__others path")] == list(ward_map.others)
    assert shown.one(".hub-ward-map__shaded").attributes["fill"] == "url(#hub-ward-map-hatch)"
    assert shown.one("svg pattern").attributes["id"] == "hub-ward-map-hatch"
    assert not shown.all("svg image, svg use, svg a, svg foreignObject, svg script, svg style")


@showing(*WARD_MAPS)
def test_ward_map_is_kept_out_of_the_search_index_only_on_a_page_that_is_in_it(shown):
    """On a record's page (in the index) the map's words would crowd out the record's own in a result;
    a list page is not indexed, and with search off no Pagefind attribute is written at all."""
    indexed = shown.example.context.get("search_facts") is not None
    assert ("data-pagefind-ignore" in shown.one("figure").attributes) == indexed
    on_a_record = ("ward-map--some-wards", "ward-map--one-ward", "ward-map--all-wards", "ward-map--decision")
    assert indexed == (shown.example.name in on_a_record)


@showing(*WARD_MAPS)
def test_ward_map_is_small(shown):
    assert len(shown.html.encode()) < MAP_BUDGET_BYTES


@showing("ward-map--some-wards")
def test_ward_map_of_a_record_shades_its_wards_and_names_them_as_links(shown):
    page = consultation_page("town-centre-masterplan")
    wards = next(fact for fact in page.facts if fact.label == "Wards").links
    assert context(shown, "ward_map").description == "Castle, Abbey and Riverside wards are shaded."
    assert _map_words(shown) == ["Shaded on the map: Castle, Abbey, Riverside"]
    assert shown.links() == {link.text: relative_url(link.href, shown.example.url) for link in wards}
    assert len(shown.all(".hub-ward-map__shaded path")) == 3 and len(shown.all(".hub-ward-map__others path")) == 9


@showing("ward-map--one-ward")
def test_ward_map_of_a_record_for_one_ward(shown):
    assert context(shown, "ward_map").description == "Northgate ward is shaded."
    assert shown.links() == {"Northgate": relative_url("wards/northgate/", shown.example.url)}


@showing("ward-map--all-wards")
def test_ward_map_of_a_record_for_all_wards_shades_every_ward(shown):
    assert context(shown, "ward_map").description == "All 12 wards are shaded."
    assert len(shown.all(".hub-ward-map__shaded path")) == 12 and not shown.all(".hub-ward-map__others path")
    assert _map_words(shown) == ["All wards are shaded on the map."]
    assert shown.links() == {}


@showing("ward-map--ward-page", "ward-map--decision-ward-page")
def test_ward_map_of_a_ward_shades_it_and_links_the_wards_next_to_it(shown):
    ward, neighbours, folder = {
        "ward-map--ward-page": ("Castle", ["Brookside", "Eastfield", "Millbrook", "Riverside"], "wards/"),
        "ward-map--decision-ward-page": ("Harbour", ["Brookside", "Riverside", "Westcliffe"], "decisions/wards/"),
    }[shown.example.name]
    assert context(shown, "ward_map").description == (
        f"{ward} ward is shaded. {ward} is next to {', '.join(neighbours[:-1])} and {neighbours[-1]} wards."
    )
    assert _map_words(shown) == [f"{ward} ward is shaded on the map.", "Wards next to it: " + ", ".join(neighbours)]
    assert shown.links() == {n: relative_url(f"{folder}{n.lower()}/", shown.example.url) for n in neighbours}
    assert len(shown.all(".hub-ward-map__shaded path")) == 1 and len(shown.all(".hub-ward-map__others path")) == 11


@showing("ward-map--decision")
def test_ward_map_of_a_decision_links_its_wards_to_their_decisions(shown):
    assert context(shown, "ward_map").description == "Harbour and Westcliffe wards are shaded."
    assert shown.links() == {
        "Harbour": relative_url("decisions/wards/harbour/", shown.example.url),
        "Westcliffe": relative_url("decisions/wards/westcliffe/", shown.example.url),
    }


@showing("ward-map--former-ward")
def test_ward_map_says_a_former_ward_is_not_on_it(shown):
    assert context(shown, "ward_map").description == "Castle ward is shaded."
    assert _map_words(shown) == ["Shaded on the map: Castle", "Old Town is a former ward, not on the map."]


@showing("ward-map--with-attribution")
def test_ward_map_gives_the_attribution_the_datas_licence_asks_for(shown):
    assert shown.text(".hub-ward-map__attribution") == "Contains OS data © Crown copyright and database right 2026"


@showing("ward-map--long-and-unsafe")
def test_ward_map_shows_markup_as_text_in_its_words_name_and_description(shown):
    assert SCRIPT in shown.text("svg title") and SCRIPT in shown.text("svg desc")
    assert SCRIPT in shown.text("figcaption") and LONG_URL in shown.text(".hub-ward-map__attribution")
    assert shown.links()[f"{LONG_PLACE} {SCRIPT}"] == LONG_URL
    assert f"{APOSTROPHE_NAME}'s" in shown.text("svg title")


@showing("ward-map--none")
def test_ward_map_of_a_council_with_no_boundaries_shows_nothing(shown):
    assert shown.nothing


# -- print and post (site.printing) ----------------------------------------------------------------


@showing("print-links--open")
def test_print_links_give_the_summary_and_the_notice_and_what_each_prints_on(shown):
    assert shown.links() == {
        "Print a summary to share": "../../consultations/garden-waste-charge/print/",
        "Print a notice to put up": "../../consultations/garden-waste-charge/notice/",
    }
    assert "(1 page of A4, for a noticeboard, a shop window or a lamp post)" in shown.text()
    assert "data-responding" in shown.one("section").attributes


@showing("print-links--closed")
def test_print_links_of_a_closed_consultation_show_nothing(shown):
    assert shown.nothing


@showing("print-links--long-and-unsafe")
def test_print_links_show_markup_as_text(shown):
    assert shown.links()[next(t for t in shown.links() if SCRIPT in t)] == LONG_URL


@showing("print-summary--open")
def test_print_summary_gives_when_key_dates_every_way_to_respond_and_the_qr_code(shown):
    assert shown.text(".hub-printed__when") == "Have your say by 5pm on 27 November 2026."
    rows = shown.rows()
    assert [k for k in rows if k not in ("When", "Where", "Access")] == [
        "Opens",
        "Closes",
        "Online",
        "By email",
        "By post",
        "By phone",
        "In person",
        "Paper form",
    ]
    assert rows["By phone"] == "01632 960 502"
    assert shown.one("svg[role=img]").attributes["aria-label"].startswith("QR code for https://")


@showing("print-summary--sections-on-the-web")
def test_print_summary_points_to_the_web_page_for_sections_too_long_for_paper(shown):
    assert "The full proposal is on the web page. Its address is at the end of this summary." in shown.text()
    assert "The web page says what can still change." in shown.text()


@showing("print-summary--without-ways-or-events")
def test_print_summary_without_ways_or_events_leaves_those_sections_out(shown):
    assert not shown.all("#how-to-respond") and not shown.all("#events")
    assert shown.all("#key-dates") and shown.all("#find-out-more")


@showing("print-summary--long-and-unsafe", "site-notice--long-and-unsafe")
def test_printed_pages_show_markup_as_text(shown):
    assert f"{APOSTROPHE_NAME}'s" in shown.text() and SCRIPT in shown.text("h1, .hub-lead, .hub-site-notice__summary")
    assert LONG_URL in "".join(shown.text(".hub-qr__address").split())


@showing("qr-code--consultation")
def test_qr_code_writes_the_address_out_beside_the_code_it_names(shown):
    address = "https://haveyoursay.northbrook.example/consultations/garden-waste-charge/"
    assert shown.links() == {address: address}
    assert shown.one("svg").attributes["aria-label"] == f"QR code for {address}"
    assert "<wbr>" in shown.one(".hub-qr__address").html


@showing("qr-code--long-and-unsafe")
def test_qr_code_shows_a_long_address_and_markup_in_a_note_as_text(shown):
    assert shown.links() == {LONG_URL: LONG_URL}
    assert f"{LONG_PLACE} {SCRIPT}" in shown.text()


@showing("site-notice--open")
def test_site_notice_gives_the_closing_date_offline_ways_and_how_long_to_leave_it_up(shown):
    assert shown.text(".hub-site-notice__when") == "Tell us what you think by 5pm on 27 November 2026."
    ways = [squash(w.text()).split(":")[0] for w in shown.all(".hub-site-notice__way")]
    assert ways == ["By email", "By post", "By phone", "In person"]
    assert shown.text(".hub-site-notice__leave-up") == "Please leave this notice up until 27 November 2026."


@showing("site-notice--compact")
def test_site_notice_that_is_long_prints_the_next_event_and_counts_the_rest(shown):
    assert len(shown.all(".hub-site-notice__events li")) == 1
    assert "There are 2 more events on the web page." in shown.text()


@showing("site-notice--without-ways-or-events")
def test_site_notice_without_ways_or_events_leaves_those_sections_out(shown):
    assert not shown.all("#how-to-respond") and not shown.all("#events")
    assert shown.all("svg.hub-qr__code")


# -- what happens and when: the timeline -------------------------------------------------------------

TIMELINES = [name for name in of("timeline") if name != "timeline--none"]
# The step each example is waiting on (aria-current="step"), or None when it has not begun or has ended.
CURRENT_STEPS = {
    "timeline--forthcoming": None,
    "timeline--open": "Consultation closes",
    "timeline--closed": "Outcome published",
    "timeline--closed-outcome-overdue": "Outcome overdue",
    "timeline--outcome-published": None,
    "timeline--withdrawn": None,
    "timeline--fed-forward-plan": "Decision made",
    "timeline--fed-call-in-period": "Call-in period ends",
    "timeline--fed-call-in-ended": "Decision in force",
    "timeline--fed-called-in": "Scrutiny considers the call-in",
    "timeline--fed-called-in-no-further-action": None,
    "timeline--fed-in-force": None,
    "timeline--fed-not-agreed": "Outcome published",
    "timeline--fed-exempt-from-call-in": "Outcome published",
    "timeline--long-and-unsafe": f"Consultation closes {SCRIPT}",
}
CURRENT_STEPS |= {name.replace("--fed-", "--notice-"): step for name, step in CURRENT_STEPS.items() if "--fed-" in name}


def _timeline_steps(shown: Shown) -> list[tuple[str, ...]]:
    """Each step as a resident reads it: what happens, where it stands, when, and any detail and link."""
    return [
        tuple(
            squash(node.text())
            for node in step.css(".hub-timeline__label, .hub-timeline__state, p:not(.hub-timeline__heading)")
        )
        for step in shown.all("ol.hub-timeline__steps > li")
    ]


@showing(*TIMELINES)
def test_timeline_is_an_ordered_list_of_steps_each_dated_with_where_it_stands_in_words(shown):
    timeline = context(shown, "timeline")
    section = shown.one("section.hub-timeline")
    assert shown.text(f"#{section.attributes['aria-labelledby']}") == timeline.title
    assert shown.one("section > h2").attributes["id"] == timeline.id
    assert len(shown.all("ol")) == 1 and not shown.all("ul")
    steps = _timeline_steps(shown)
    assert [step[:3] for step in steps] == [(s.label, s.state_words, s.when) for s in timeline.steps]
    assert all(state in ("Done", "Next", "To come") for _, state, *_ in steps)
    for step in shown.all("ol > li"):  # the label and its state read as one ("Consultation closes: Next")
        assert squash(step.css_first(".hub-timeline__heading").text()).split(": ")[1] in ("Done", "Next", "To come")


@showing(*TIMELINES)
def test_timeline_marks_the_step_it_waits_on_and_only_that_for_screen_readers(shown):
    assert set(CURRENT_STEPS) == set(TIMELINES)
    marked = shown.all('li[aria-current="step"]')
    expected = CURRENT_STEPS[shown.example.name]
    assert [squash(li.css_first(".hub-timeline__label").text()) for li in marked] == ([expected] if expected else [])
    assert [squash(li.css_first(".hub-timeline__state").text()) for li in marked] == (["Next"] if expected else [])
    assert len(shown.all("[aria-current]")) == len(marked)
    drawn_as_current = shown.all(".hub-timeline__step--current")
    assert [squash(li.css_first(".hub-timeline__label").text()) for li in drawn_as_current] == (
        [expected] if expected else []
    )


@showing("timeline--open")
def test_timeline_of_an_open_consultation_says_what_is_done_and_links_to_the_ways_to_respond(shown):
    assert _timeline_steps(shown) == [
        ("Consultation opens", "Done", "9 November 2026"),
        (
            "Budget question time with the Leader of the Council",
            "To come",
            "6:30pm to 8pm on 26 November 2026",
            "You can take part in this event.",
        ),
        (
            "Budget drop-in at Brookside Library",
            "To come",
            "1pm to 4pm on 9 December 2026",
            "You can take part in this event.",
        ),
        (
            "Budget drop-in at Oakwood Leisure Centre",
            "To come",
            "10am to 1pm on 6 January 2027",
            "You can take part in this event.",
        ),
        ("Consultation closes", "Next", "5pm on 11 January 2027", "You can respond until then.", "How to respond"),
        (
            "Outcome published",
            "To come",
            "by 5 April 2027",
            "We aim to publish it within 12 weeks of the consultation closing.",
        ),
    ]
    assert shown.links() == {"How to respond": "#ways-to-respond"}


@showing("timeline--forthcoming")
def test_timeline_of_a_forthcoming_consultation_has_every_step_to_come_and_none_current(shown):
    steps = _timeline_steps(shown)
    assert steps[0] == ("Consultation opens", "To come", "11 January 2027", "You can have your say from then.")
    assert {state for _, state, *_ in steps} == {"To come"}


@showing("timeline--closed", "timeline--closed-outcome-overdue")
def test_timeline_of_a_closed_consultation_waits_on_its_outcome_by_a_date_or_overdue(shown):
    last = _timeline_steps(shown)[-1]
    assert (
        last
        == {
            "timeline--closed": ("Outcome published", "Next", "by 29 January 2027", "We are analysing your feedback."),
            "timeline--closed-outcome-overdue": (
                "Outcome overdue",
                "Next",
                "due by 23 October 2026",
                "We have not published it yet.",
            ),
        }[shown.example.name]
    )


@showing("timeline--outcome-published", "timeline--withdrawn")
def test_timeline_that_has_ended_is_all_done(shown):
    steps = _timeline_steps(shown)
    assert {state for _, state, *_ in steps} == {"Done"}
    assert (
        steps[-1]
        == {
            "timeline--outcome-published": (
                "Outcome published",
                "Done",
                "5 September 2025",
                "We received 843 responses.",
                "We asked, you said, we did",
            ),
            "timeline--withdrawn": ("Consultation withdrawn", "Done", "12 October 2026"),
        }[shown.example.name]
    )


@showing("timeline--fed-in-force", "timeline--notice-in-force")
def test_timeline_follows_the_consultation_to_the_decision_it_fed_and_links_the_other_record(shown):
    outcome_link = {
        "timeline--fed-in-force": ("#outcome", "../../decisions/NDC-2026-017/"),
        "timeline--notice-in-force": (
            "../../consultations/oakwood-leisure-centre/#outcome",
            "../../consultations/oakwood-leisure-centre/",
        ),
    }[shown.example.name]
    other = (
        "Decision notice: Building a new Oakwood Leisure Centre"
        if shown.example.kind == CONSULTATION
        else "Consultation: The future of Oakwood Leisure Centre"
    )
    assert [step[:3] for step in _timeline_steps(shown)] == [
        ("Consultation opens", "Done", "2 March 2026"),
        ("Drop-in at Oakwood Leisure Centre", "Done", "5pm to 8pm on 18 March 2026"),
        ("Meeting for sports clubs and swimming groups", "Done", "7pm to 8:30pm on 1 April 2026"),
        ("Consultation closes", "Done", "5pm on 24 April 2026"),
        ("Notice of the key decision", "Done", "29 May 2026"),
        ("Decision made", "Done", "8 July 2026"),
        ("Outcome published", "Done", "10 July 2026"),
        ("Call-in period ends", "Done", "5pm on 16 July 2026"),
        ("Decision in force", "Done", "from 17 July 2026"),
    ]
    assert shown.links() == {"We asked, you said, we did": outcome_link[0], other: outcome_link[1]}


@showing("timeline--fed-call-in-period", "timeline--notice-call-in-period")
def test_timeline_of_a_decision_that_can_be_called_in_gives_the_deadline_then_when_it_comes_into_force(shown):
    steps = _timeline_steps(shown)
    assert steps[5:8] == [
        ("Decision made", "Done", "8 July 2026", "Cabinet agreed the proposal."),
        (
            "Call-in period ends",
            "Next",
            "5pm on 16 July 2026",
            "Until then, councillors can call in the decision, so that scrutiny looks at it again.",
        ),
        ("Decision in force", "To come", "from 17 July 2026"),
    ]


@showing("timeline--fed-forward-plan", "timeline--notice-forward-plan")
def test_timeline_of_a_decision_on_the_forward_plan_gives_the_date_it_is_expected(shown):
    assert (
        "Decision made",
        "Next",
        "expected on 8 July 2026",
        "We will publish the record of the decision once it is made.",
    ) in _timeline_steps(shown)


@showing("timeline--fed-call-in-ended", "timeline--notice-call-in-ended")
def test_timeline_after_the_call_in_period_says_it_was_not_called_in(shown):
    assert _timeline_steps(shown)[-2:] == [
        ("Call-in period ends", "Done", "5pm on 16 July 2026", "It was not called in."),
        ("Decision in force", "Next", "from 17 July 2026"),
    ]


@showing("timeline--fed-called-in", "timeline--notice-called-in")
def test_timeline_of_a_decision_called_in_waits_on_scrutiny_and_has_no_call_in_deadline(shown):
    steps = _timeline_steps(shown)
    assert steps[-2:] == [
        ("Called in", "Done", "14 July 2026", "Councillors Ruth Evans, Tom Moore and Aisha Khan called it in."),
        (
            "Scrutiny considers the call-in",
            "Next",
            "date to be confirmed",
            "The People Overview and Scrutiny Committee will consider it. "
            "Until then, the decision cannot be put into effect.",
        ),
    ]
    assert not [step for step in steps if step[0] in ("Call-in period ends", "Decision in force")]


@showing("timeline--fed-called-in-no-further-action", "timeline--notice-called-in-no-further-action")
def test_timeline_of_a_call_in_with_no_further_action_ends_in_force_from_the_day_scrutiny_met(shown):
    assert _timeline_steps(shown)[-2:] == [
        (
            "Scrutiny considers the call-in",
            "Done",
            "28 July 2026",
            "The committee took no further action. The decision can be implemented.",
        ),
        ("Decision in force", "Done", "from 28 July 2026"),
    ]


@showing("timeline--fed-not-agreed", "timeline--notice-not-agreed")
def test_timeline_of_a_proposal_not_agreed_has_nothing_of_the_decision_after_it(shown):
    steps = _timeline_steps(shown)
    made = next(i for i, step in enumerate(steps) if step[0] == "Decision made")
    assert steps[made] == ("Decision made", "Done", "8 July 2026", "Cabinet did not agree the proposal.")
    assert [step[0] for step in steps[made + 1 :]] == ["Outcome published"]


@showing("timeline--fed-exempt-from-call-in", "timeline--notice-exempt-from-call-in")
def test_timeline_of_a_decision_that_cannot_be_called_in_is_in_force_from_the_day_it_was_published(shown):
    steps = _timeline_steps(shown)
    assert ("Decision in force", "Done", "from 9 July 2026", "It cannot be called in.") in steps
    assert "Call-in period ends" not in [step[0] for step in steps]


@showing("timeline--long-and-unsafe")
def test_timeline_shows_markup_as_text_and_keeps_addresses_as_attributes(shown):
    assert SCRIPT in shown.text("h2") and f"{APOSTROPHE_NAME}'s" in shown.text()
    assert shown.links()[f"How to respond {SCRIPT}"] == f'{LONG_URL}"onmouseover="x'


@showing("timeline--none")
def test_timeline_with_nothing_to_show_writes_nothing(shown):
    assert shown.nothing


# -- every example ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_no_example_lets_text_become_markup(name):
    """Names, titles and addresses are text: no script element, no event
    handler attribute, no javascript: link, whatever the page model holds."""
    shown = Shown(EXAMPLES[name])
    assert not [
        node
        for node in shown.all("script")  # the postcode finder's own script; schema.org data is not run
        if not _own_script(node) and node.attributes.get("type") != "application/ld+json"
    ]
    for node in shown.all("*"):
        assert not [a for a in node.attributes if a.lower().startswith("on")], node.html
        assert not (node.attributes.get("href") or "").strip().lower().startswith("javascript:"), node.html
    if name.endswith("long-and-unsafe"):
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


# -- every partial, every state, both kinds ---------------------------------------------------------


def _partials() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (OVERRIDES / "partials" / "hub").glob("*.html")}


def _named_in_header(component: str, source: str) -> set[str]:
    """The examples a partial's header comment names: "card--key-decision, --long-and-unsafe",
    "card--<each consultation status>", "status-banner--<each status of each kind>"."""
    header = source[: source.index("-#}")] if "-#}" in source else ""
    if "Examples:" not in header:
        return set()
    listed = re.sub(r"\([^)]*\)", "", header.split("Examples:", 1)[1])
    names = set()
    for entry in (squash(e).rstrip(".").strip() for e in listed.split(",")):
        if not entry:
            continue
        name = component + entry if entry.startswith("--") else entry
        statuses = {
            "<each consultation status>": list(Status),
            "<each decision status>": list(DecisionStatus),
            "<each status of each kind>": [*Status, *DecisionStatus],
        }
        for each, members in statuses.items():
            if each in name:
                names |= {name.replace(each, m.value.replace("_", "-")) for m in members}
                break
        else:
            names.add(name)
    return names


def _included(template: str, seen: frozenset[str] = frozenset()) -> set[str]:
    """The hub partials a template includes, and those they include."""
    source = (OVERRIDES / template).read_text(encoding="utf-8")
    found = set(re.findall(r'include\s+"partials/hub/([\w-]+)\.html"', source))
    for partial in found - seen:
        found |= _included(f"partials/hub/{partial}.html", seen | found)
    return found


SERVES_BOTH = (_included("consultation.html") & _included("decision.html")) | _included("list.html") - {"pagination"}
"""Partials a consultation's page and a decision's page both use, and those of the list pages of both kinds."""


def test_every_partial_has_examples():
    partials = set(_partials())
    with_examples = {e.component for e in EXAMPLES.values()}
    assert not sorted(partials - with_examples), "these partials have no examples in tests/components/examples.py"
    assert not with_examples - partials, "an example names a partial that does not exist"


@pytest.mark.parametrize("component", sorted(_partials()))
def test_every_example_a_partials_header_names_exists(component):
    named = _named_in_header(component, _partials()[component])
    assert sorted(named - set(EXAMPLES)) == [], f"partials/hub/{component}.html names examples that do not exist"


def test_partials_serving_both_kinds_have_examples_of_both():
    assert {"card", "status-banner", "summary-list", "related", "document-list"} <= SERVES_BOTH
    for component in SERVES_BOTH:
        kinds = {e.kind for e in EXAMPLES.values() if e.component == component}
        assert {CONSULTATION, DECISION} <= kinds, f"{component} has examples of {kinds} only"


@pytest.mark.parametrize("component, key", [("card", "card"), ("status-banner", "banner")])
def test_cards_and_banners_have_examples_in_every_status_of_each_kind(component, key):
    statuses = {CONSULTATION: Status, DECISION: DecisionStatus}
    for kind, enum in statuses.items():
        shown = {e.context[key].status for e in EXAMPLES.values() if e.component == component and e.kind == kind}
        assert all(isinstance(s, enum) for s in shown), f"a {kind} {component} example shows another kind's status"
        assert shown == set(enum), f"no {component} example of a {kind} that is {set(enum) - shown}"


def test_examples_are_built_from_the_demo_hub_as_published():
    """The demo examples are the page models the build renders, made the other way
    too: straight from each half's page functions with the indexes of site.indexes
    and the timelines of site.timeline."""
    demo = demo_at(DEMO_NOW)
    hub, settings, now = demo.hub, demo.hub.settings, demo.now
    indexes = build_indexes(hub.consultations, hub.decisions, settings.wards)
    consultations = consultation_pages.PublishedConsultations(hub.consultations, settings, now)
    decisions = decision_pages.PublishedDecisions(hub.decisions, settings, now)
    oakwood = indexes.consultations_by_slug["oakwood-leisure-centre"]
    fed = indexes.decisions_by_consultation["oakwood-leisure-centre"]
    page = replace(
        consultation_pages.consultation_page(consultations, oakwood, decisions=tuple(decisions.link(n) for n in fed)),
        timeline=consultation_timeline(consultations, oakwood, decisions, fed),
    )
    assert page == consultation_page("oakwood-leisure-centre")
    assert EXAMPLES["outcome--with-documents-and-decision"].context["outcome"] == page.outcome
    assert EXAMPLES["related--one-decision"].context["related"] == page.decisions
    assert EXAMPLES["timeline--fed-in-force"].context["timeline"] == page.timeline
    notice = indexes.decisions_by_reference["NDC-2026-017"]
    considered = indexes.consultations_by_decision["NDC-2026-017"]
    made = replace(
        decision_pages.decision_page(decisions, notice, consultations=tuple(consultations.link(c) for c in considered)),
        timelines=decision_timelines(decisions, notice, consultations, considered),
    )
    assert made == decision_page("NDC-2026-017")
    assert EXAMPLES["related--consultations"].context["related"] == made.consultations
    assert (EXAMPLES["timeline--notice-in-force"].context["timeline"],) == made.timelines
    assert EXAMPLES["status-banner--in-force"].context["banner"] == made.banner
    assert EXAMPLES["card--key-decision"].context["card"] == decisions.cards["NDC-2026-017"]
    assert EXAMPLES["card--open-closes-in-days"].context["card"] == consultations.cards["garden-waste-charge"]
    assert (
        EXAMPLES["status-banner--open-days-left"].context["banner"] == consultation_page("garden-waste-charge").banner
    )
    assert EXAMPLES["document-list--every-kind"].context["documents"] == consultation_page("dog-control-pspo").documents
    assert EXAMPLES["status-banner--called-in"].context["banner"] == decision_page("NDC-2026-030").banner


SHOWN_ON_THE_DEMO_SITE = sorted(name for name, example in EXAMPLES.items() if example.shown_on)


@pytest.mark.parametrize("name", SHOWN_ON_THE_DEMO_SITE)
def test_examples_are_what_the_demo_build_shows(name, demo_site):
    """The example, rendered where its page sits, is the very HTML of that page of the built demo site
    (so the examples give each partial the parameters the pages give it). Needs no browser."""
    example = EXAMPLES[name]
    fragment = LexborHTMLParser(render_component(replace(example, page_url=example.shown_on)))
    built = LexborHTMLParser((Path(demo_site) / example.shown_on / "index.html").read_text(encoding="utf-8"))
    elements = [node for node in fragment.body.iter() if node.tag != "-text"]
    assert elements, f"{name} shows nothing, so it cannot be checked against the site"
    page = built.html
    for node in elements:
        assert node.html in page, f"{example.shown_on} does not show this part of {name}:\n{node.html}"


def test_examples_of_demo_pages_are_checked_against_the_site():
    assert len(SHOWN_ON_THE_DEMO_SITE) >= 40
    for component in SERVES_BOTH:
        kinds = {EXAMPLES[name].kind for name in SHOWN_ON_THE_DEMO_SITE if EXAMPLES[name].component == component}
        assert {CONSULTATION, DECISION} <= kinds, f"no {component} example of each kind is checked against the site"


# -- the rendering matches MkDocs and the hook ----------------------------------------------------


def _load_hook():
    spec = importlib.util.spec_from_file_location("hub_hook_under_test", REPO / "hooks" / "mkdocs_hub.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_autoescape_rule_is_the_hooks_rule():
    hook = _load_hook()
    env = types.SimpleNamespace(autoescape=False, globals={}, filters={"url": None})
    hook.on_env(env, config=None, files=None)
    assert env.autoescape is hook.hub_autoescape, "on_env no longer gives MkDocs hub_autoescape"
    assert env.globals["_"] is environment().globals["_"], "the templates' _ differs from the tests' one"
    assert HUB_TEMPLATES == hook.HUB_TEMPLATES
    names = {
        p.relative_to(folder).as_posix() for folder in (OVERRIDES, MATERIAL_TEMPLATES) for p in folder.rglob("*.html")
    }
    names |= {None, "", "partials/hub/new-component.html", "partials/hubs.html", "partials/hub", "main.htm"}
    disagree = sorted(str(n) for n in names if bool(hook.hub_autoescape(n)) != hub_autoescape(n))
    assert not disagree, f"tests/components/render.py escapes these differently from the hook: {disagree}"
    assert hub_autoescape("partials/hub/status-banner.html") and not hub_autoescape("partials/header.html")
    page_templates = {p.name for p in OVERRIDES.glob("*.html")}
    assert page_templates <= HUB_TEMPLATES, "a page template in overrides/ is not escaped"


@pytest.mark.parametrize(
    "page_url",
    [
        "",
        "examples/contact--email-and-phone/",
        "consultations/open/",
        "404.html",
        "consultations/x/index.html",
        "decisions/NDC-2026-017/",
    ],
)
def test_url_filter_is_mkdocs_url_filter(page_url):
    from mkdocs.utils import normalize_url

    page = FixturePage(url=page_url, title="x")
    for path in [
        "",
        ".",
        "./",
        "consultations/open/",
        "wards/st-anne-s/",
        "assets/hub.css",
        "../up/",
        "consultations/x/file.pdf",
        "#ways-to-respond",
        "/absolute/",
        "https://example.org/a",
        "mailto:a@example.org?subject=x",
        "tel:+441632960000",
        "consultations/open/../closed/",
        "consultations/oakwood-leisure-centre/#outcome",
        "decisions/wards/millbrook/",
    ]:
        assert relative_url(path, page_url) == normalize_url(path, page=page, base="."), (path, page_url)


# -- only the browser tests wait for a browser ------------------------------------------------------

BROWSER_TESTS = {
    "test_every_example_has_no_axe_violations",
    "test_no_example_scrolls_sideways_at_320px",
    "test_every_example_works_without_javascript",
}


def _this_folders_conftest(config: pytest.Config):
    for plugin in config.pluginmanager.get_plugins():
        if Path(getattr(plugin, "__file__", None) or "/").resolve() == HERE / "conftest.py":
            return plugin
    raise LookupError("tests/components/conftest.py is not loaded")


def test_without_chromium_only_the_browser_tests_are_skipped(request):
    conftest = _this_folders_conftest(request.config)
    here = [item for item in request.session.items if HERE in Path(item.path).resolve().parents]
    skipped = conftest.browser_tests_to_skip(request.session.items, chromium_found=False, in_ci=False)
    assert {item.originalname for item in skipped} <= BROWSER_TESTS
    assert {item.originalname for item in here if item.originalname in BROWSER_TESTS} <= {
        item.originalname for item in skipped
    }
    assert request.node not in skipped
    assert not [item.nodeid for item in here if item not in skipped and conftest.needs_browser(item)]
    assert conftest.browser_tests_to_skip(request.session.items, chromium_found=False, in_ci=True) == []
    assert conftest.browser_tests_to_skip(request.session.items, chromium_found=True, in_ci=False) == []


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
    failures = _judge(
        examples_in_chromium, lambda seen: [browser.format_violations(seen.violations)] if seen.violations else []
    )
    _fail_if(failures, "axe violations (tags: " + ", ".join(browser.AXE_TAGS) + ")")


def test_no_example_scrolls_sideways_at_320px(examples_in_chromium):
    """At 320 CSS px (400% zoom) no component needs horizontal scrolling,
    even with very long words and web addresses (WCAG 1.4.10 Reflow)."""
    width = browser.NARROW["width"]

    def judge(seen):
        if seen.overflow["scrollWidth"] <= width + 1:
            return []
        return [f"page is {seen.overflow['scrollWidth']}px wide at {width}px; sticking out:"] + [
            f"    {o}" for o in seen.overflow["offenders"]
        ]

    _fail_if(_judge(examples_in_chromium, judge), "horizontal scrolling at 320px")


def test_every_example_works_without_javascript(served_examples, examples_in_chromium, new_browser_context):
    """With JavaScript off every component shows all of its content: every
    character of text its HTML holds is visible (nothing waits for a script to
    reveal it), the same as with JavaScript on. A part marked data-enhancement (the
    search box and form) shows only where JavaScript runs, so it is left out of both."""
    server, paths = served_examples
    page = new_browser_context(java_script_enabled=False).new_page()
    failures = {}
    for name, path in paths.items():
        expected = browser.squeezed(examples_in_chromium[name].main_text)
        for enhancement in examples_in_chromium[name].enhancements:
            expected = (expected or "").replace(browser.squeezed(enhancement) or "", "", 1)
        try:
            browser.goto(page, server.url(path))
            got = browser.squeezed(browser.main_text(page))
            held = browser.source_text(page.content())
        except Exception as error:
            failures[name] = [f"could not check: {type(error).__name__}: {error}".splitlines()[0]]
            continue
        if not got:
            failures[name] = ["<main> shows no text without JavaScript"]
        elif got != held:
            failures[name] = [f"text in the HTML is hidden without JavaScript:\n    held: {held!r}\n    shown: {got!r}"]
        elif got != expected:
            failures[name] = [f"<main> text differs without JavaScript:\n    with: {expected!r}\n    without: {got!r}"]
    _fail_if(failures, "content differs without JavaScript")


# -- head: link previews, feeds and schema.org data -------------------------------------------------


@showing("head--consultation", "head--decision", "head--plain-page")
def test_head_describes_the_page_for_link_previews_without_any_script_that_runs(shown):
    tags = {m.attributes.get("property"): m.attributes.get("content") for m in shown.all("meta")}
    assert tags["og:site_name"] == "Have your say" and tags["og:locale"] == "en_GB"
    head = context(shown, "head")
    assert tags["og:type"] == (head.kind if head else "website")
    if head is None:
        assert shown.all("script") == []
        return
    assert tags["og:description"] == head.description
    (data,) = shown.all('script[type="application/ld+json"]')
    assert json.loads(data.text())["@context"] == "https://schema.org"
    assert not [s for s in shown.all("script") if s.attributes.get("type") != "application/ld+json"]


# -- search: what the index records, the header's search box, the search page's form ---------------


def _search_values(shown: Shown, kind: str) -> dict[str, list[str]]:
    """The filters (kind "filter"), meta ("meta") or sort ("sort") a page gives the index: name -> values."""
    found: dict[str, list[str]] = {}
    for node in shown.all(f"[data-pagefind-{kind}]"):
        name = node.attributes[f"data-pagefind-{kind}"]
        assert name.endswith("[data-value]"), f"{name}: each value is read from its own attribute"
        found.setdefault(name.removesuffix("[data-value]"), []).append(node.attributes["data-value"])
    return found


SEARCH_FACTS = {
    "search-facts--consultation": (
        {
            "type": ["Consultation"],
            "status": ["Open"],
            "year": ["2026"],
            "ward": ["Kingsmead", "Abbey"],
            "topic": ["Transport and parking"],
        },
        {"kind": ["Consultation"], "status": ["Open"], "state": ["open"], "date": ["Closing date: 4 December 2026"]},
        "2026-12-04",
    ),
    "search-facts--decision": (
        {
            "type": ["Decision notice"],
            "status": ["In force"],
            "year": ["2026"],
            "ward": ["Oakwood", "Millbrook", "Eastfield"],
        },
        {
            "kind": ["Decision notice"],
            "status": ["In force"],
            "state": ["in_force"],
            "date": ["Decision date: 8 July 2026"],
        },
        "2026-07-08",
    ),
    "search-facts--forward-plan": (
        {"type": ["Decision notice"], "status": ["Forward plan: not yet decided"], "year": ["2026"]},
        {
            "kind": ["Decision notice"],
            "status": ["Forward plan: not yet decided"],
            "state": ["forward_plan"],
            "date": ["Decision expected: 16 December 2026"],
        },
        "2026-12-16",
    ),
}


@showing(*SEARCH_FACTS)
def test_search_facts_give_the_index_filters_what_a_result_shows_and_the_date_to_sort_by(shown):
    filters, meta, sort_date = SEARCH_FACTS[shown.example.name]
    found = _search_values(shown, "filter")
    assert {name: found[name] for name in filters} == filters
    assert _search_values(shown, "meta") == meta
    assert _search_values(shown, "sort") == {"date": [sort_date]}
    assert shown.text() == "", "the facts are attribute values: nothing shows on the page"


@showing("search-facts--all-wards", "search-facts--forward-plan")
def test_a_record_about_all_wards_is_found_under_every_ward_as_on_the_ward_pages(shown):
    assert _search_values(shown, "filter")["ward"] == list(demo_at(DEMO_NOW).hub.settings.wards)


@showing("search-facts--hand-written-page")
def test_a_hand_written_page_is_found_by_its_words_alone(shown):
    assert shown.nothing, shown.html


@showing("search-facts--commas-quotes-and-markup")
def test_search_facts_keep_commas_quotes_and_markup_as_whole_attribute_values(shown):
    filters = _search_values(shown, "filter")
    assert filters["ward"] == [APOSTROPHE_NAME, LONG_PLACE, 'Castle" onmouseover="alert(1)']
    assert filters["status"] == [f'Open, "closing soon" {SCRIPT}']
    assert _search_values(shown, "meta")["date"] == [f"Closing date: 27 November 2026 {SCRIPT}"]
    assert not [node for node in shown.all("*") if "onmouseover" in node.attributes]


SEARCH_BOXES = {"search-box--default": "../../search/", "search-box--nested-page": "../../../search/"}


@showing(*SEARCH_BOXES)
def test_search_box_sends_the_words_to_the_search_page_and_shows_only_where_javascript_runs(shown):
    form = shown.one("form")
    assert form.attributes["role"] == "search" and form.attributes["method"] == "get"
    assert form.attributes["aria-label"] == "Search this site", "named, beside the postcode finder's search form"
    assert form.attributes["action"] == SEARCH_BOXES[shown.example.name]
    assert "data-enhancement" in form.attributes, "hidden without JavaScript (hub.css), left out of the no-JS check"
    box = shown.one("input")
    assert box.attributes["name"] == "q" and box.attributes["type"] == "search"
    assert shown.one(f"label[for={box.attributes['id']}]").text().strip() == "Search consultations and decisions"
    assert shown.text("button") == "Search"
    css = (OVERRIDES / "assets" / "hub.css").read_text(encoding="utf-8")
    assert ".hub-search-box, .hub-search { display: none; }" in css
    assert "@media (scripting: enabled) {\n  .hub-search-box { display: flex; }" in css


@showing("search-box--default")
def test_search_box_is_not_on_the_search_page_itself(shown):
    assert not render_component(replace(shown.example, page_url="search/")).strip()


@showing("search-box--search-off")
def test_search_box_is_not_there_when_search_is_turned_off(shown):
    assert shown.nothing, shown.html


@showing("search-form--default", "search-form--filters-open")
def test_search_form_labels_the_words_filters_and_order(shown):
    search = context(shown, "search")
    root = shown.one(".hub-search")
    assert "data-enhancement" in root.attributes
    words = shown.one("input[type=search]")
    assert shown.text(f"label[for={words.attributes['id']}]") == "Words to search for"
    assert [squash(legend.text()) for legend in shown.all("fieldset legend")] == [
        "Type",
        "Status",
        "Ward",
        "Topic",
        "Year",
    ]
    boxes = shown.all("input[type=checkbox]")
    assert len({box.attributes["id"] for box in boxes}) == len(boxes)
    for box in boxes:
        assert shown.text(f"label[for={box.attributes['id']}]") == box.attributes["value"]
    by_filter = {
        f.name: [b.attributes["value"] for b in boxes if b.attributes["name"] == f.name] for f in search.filters
    }
    assert by_filter["type"] == ["Consultation", "Decision notice"]
    assert by_filter["ward"] == list(demo_at(DEMO_NOW).hub.settings.wards)
    assert by_filter["year"] == ["2027", "2026", "2025"]
    assert by_filter["status"][:2] == ["Forthcoming", "Open"] and "Called in" in by_filter["status"]
    select = shown.one("select")
    assert [o.attributes["value"] for o in select.css("option")] == ["", "date:desc", "date:asc"]
    assert shown.text(f"label[for={select.attributes['id']}]") == "Sort by"
    assert shown.one(f"#{select.attributes['aria-describedby']}").text().startswith("Sorting by date leaves out")
    assert ("open" in shown.one("details").attributes) == bool(shown.example.context.get("filters_open"))


@showing("search-form--default")
def test_search_form_gives_its_script_the_words_and_an_empty_place_for_results(shown):
    root = shown.one(".hub-search").attributes
    assert root["data-one-result"] == "1 result" and root["data-results"] == "{count} results"
    assert root["data-no-results"].startswith("No results.")
    assert shown.one("[role=status]").text() == ""
    assert shown.one("ul.hub-search__results").text().strip() == ""
    assert "hidden" in shown.one("button.hub-search__more").attributes
    assert shown.one("template.hub-search__result") is not None


@showing("search-form--long-and-unsafe")
def test_search_form_shows_labels_and_values_as_text(shown):
    assert SCRIPT in shown.text("label") and SCRIPT in shown.text("legend")
    values = [box.attributes["value"] for box in shown.all("input[type=checkbox]")]
    assert values[2] == '"><script>alert(1)</script>'
    assert shown.all("script") == []
