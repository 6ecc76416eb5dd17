"""What residents see of decisions: the page models, built from the demo notices at the demo's "now".

The demo's now is 10am on 24 November 2026. At that moment the street
lighting contract (NDC-2026-031, published on Friday 20 November) can still
be called in until 5pm on 27 November; the car park charges (NDC-2026-030)
have been called in; two key decisions are on the forward plan. The partials
are rendered too, with autoescape on as the hub renders them, and read with a
real HTML parser.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.checker import check_hub
from haveyoursay.decision import DecisionStatus, load_decisions
from haveyoursay.decision_views import DecisionCard, DecisionFact, DecisionViews
from haveyoursay.london import parse_when
from haveyoursay.views import LinkView

ROOT = Path(__file__).resolve().parent.parent
DEMO_NOW = parse_when("2026-11-24 10:00")[0]


@pytest.fixture(scope="module")
def demo():
    hub = check_hub(ROOT, DEMO_NOW)
    assert not hub.problems.errors, hub.problems.report()
    notices, problems = load_decisions(ROOT, hub.settings, DEMO_NOW, {c.slug for c in hub.consultations})
    assert not problems, [str(p) for p in problems]
    return hub, notices


def views_at(demo, now: datetime | str = DEMO_NOW) -> DecisionViews:
    hub, notices = demo
    if isinstance(now, str):
        now = parse_when(now)[0]
    return DecisionViews(notices, hub.settings, now, hub.consultations)


@pytest.fixture(scope="module")
def views(demo) -> DecisionViews:
    return views_at(demo)


def page(views, reference):
    return views.decision_page(views.by_reference[reference])


# -- status sentences ---------------------------------------------------------------------------

def test_every_demo_decision_has_the_right_status_sentence(views):
    assert {n.reference: views.sentence(n) for n in views.notices} == {
        "NDC-2026-011": "This decision can be implemented from 20 March 2026.",
        "NDC-2026-017": "This decision can be implemented from 17 July 2026.",
        "NDC-2026-021": "The proposal was not agreed on 24 June 2026.",
        "NDC-2026-024": "This decision can be implemented from 25 September 2026.",
        "NDC-2026-027": "This decision can be implemented from 19 October 2026.",
        "NDC-2026-029": "This decision can be implemented from 1 October 2026.",
        "NDC-2026-030": "This decision was called in on 17 November 2026. "
                        "It cannot be implemented until scrutiny has considered it.",
        "NDC-2026-031": "This decision can be called in until 5pm on 27 November 2026.",
        "NDC-2026-033": "This decision is expected on 16 December 2026.",
        "NDC-2026-035": "This decision is expected on 20 January 2027.",
    }


def test_the_decision_in_its_call_in_period_says_until_when_and_what_happens_next(views):
    banner = page(views, "NDC-2026-031").banner
    assert banner.status is DecisionStatus.CALL_IN_PERIOD
    assert banner.label == "Decided: can be called in"
    assert banner.sentences == (
        "Councillor Rachel Turner, Cabinet Member for Environment, made this decision on 19 November 2026.",
        "This decision can be called in until 5pm on 27 November 2026.",
        "If it is not called in, it can be implemented from 30 November 2026.")
    assert page(views, "NDC-2026-031").call_in_deadline == "5pm on 27 November 2026"


def test_after_the_call_in_deadline_the_same_decision_is_in_force(demo):
    later = views_at(demo, "2026-11-27 17:00")
    banner = page(later, "NDC-2026-031").banner
    assert banner.status is DecisionStatus.IN_FORCE
    assert banner.sentences[1] == "This decision can be implemented from 30 November 2026."


def test_a_decision_exempt_from_call_in_says_why_in_the_banner(views):
    banner = page(views, "NDC-2026-027").banner
    assert banner.sentences == ("Councillor Helen Ashworth, Leader of the Council, made this decision on 19 October 2026.",
                                "This decision can be implemented from 19 October 2026.",
                                "It cannot be called in.")
    assert banner.reason_heading == "Why it cannot be called in"
    assert "high tides on 26" in str(banner.reason)


def test_a_proposal_not_agreed_gives_the_reason(views):
    banner = page(views, "NDC-2026-021").banner
    assert (banner.label, banner.sentences) == ("Not agreed", ("The proposal was not agreed on 24 June 2026.",))
    assert banner.reason_heading == "Why it was not agreed"
    assert "rely on the toilets all year round" in str(banner.reason)


def test_a_called_in_decision_names_the_committee_that_will_consider_it(views):
    built = page(views, "NDC-2026-030")
    assert built.banner.sentences[-1] == "The Places Overview and Scrutiny Committee will consider it."
    assert [(f.label, f.value) for f in built.called_in] == [
        ("Called in on", "17 November 2026"),
        ("Called in by", "Councillors Ruth Evans, Tom Moore and Aisha Khan"),
        ("Why it was called in", "They asked the committee to look again at the effect on small shops in Millbrook "
                                 "and Northgate, and at whether traders were asked before the decision was made."),
        ("Considered by", "Places Overview and Scrutiny Committee"),
        ("Outcome", "Scrutiny has not considered it yet.")]


def test_a_forward_plan_notice_has_no_record_of_decision_yet(views):
    built = page(views, "NDC-2026-033")
    assert built.banner.sentences == ("This decision is expected on 16 December 2026.",
                                      "Notice of this key decision was given on 6 November 2026.",
                                      "We will publish the record of the decision here once it is made.")
    part_c = built.parts[2]
    assert (part_c.title, part_c.facts) == ("Part C: record of decision", ())
    assert part_c.note.startswith("This decision has not been made yet.")
    assert built.call_in_deadline is None


# -- the decision page --------------------------------------------------------------------------

def test_the_decision_page_links_back_to_what_residents_told_us(views):
    built = page(views, "NDC-2026-011")
    assert [(c.title, c.href, c.detail) for c in built.consultations] == [(
        "Northbrook town centre masterplan", "consultations/town-centre-masterplan/#outcome",
        "1,486 responses. We published what residents told us on 20 March 2026.")]


def test_the_header_follows_the_notice_of_key_decision(views):
    facts = {f.label: f for f in page(views, "NDC-2026-017").facts}
    assert list(facts) == [
        "Reference", "Decision maker", "Cabinet member", "Lead officer", "Report author and contact",
        "Policy context", "Financial summary", "Key decision", "Reason the decision is key", "Wards affected",
        "Date notice given", "Date of decision", "Relevant scrutiny committee", "Urgent decision",
        "Exempt from call-in", "Exempt information", "Council objectives"]
    assert facts["Cabinet member"].value == "Councillor David Osei, Cabinet Member for Leisure and Culture"
    assert facts["Reason the decision is key"].value == (
        "Expenditure above the key decision threshold (£500,000); "
        "Significant effect on communities in two or more wards")
    assert facts["Financial summary"].value.endswith("Expenditure: £24,000,000.")
    assert [(l.text, l.href) for l in facts["Wards affected"].links] == [
        ("Oakwood", "decisions/wards/oakwood/"), ("Millbrook", "decisions/wards/millbrook/"),
        ("Eastfield", "decisions/wards/eastfield/")]
    assert [(l.text, l.href) for l in facts["Report author and contact"].contacts] == [
        ("leisure@northbrook.example", "mailto:leisure@northbrook.example?subject=NDC-2026-017"),
        ("01632 960 660", "tel:01632960660")]


def test_exempt_information_names_the_paragraph_and_what_is_withheld(views):
    facts = {f.label: f.value for f in page(views, "NDC-2026-031").facts}
    assert facts["Exempt information"].startswith(
        "Schedule 12A, paragraph 3: information relating to the financial or business affairs of any particular "
        "person (including the council). Not published: Appendix 2, the prices and scores")
    assert facts["Urgent decision"] == "No"


def test_an_urgent_decision_names_its_route_and_reason(views):
    facts = {f.label: f.value for f in page(views, "NDC-2026-027").facts}
    assert facts["Urgent decision"].startswith("Yes. Special urgency: the chair of scrutiny agreed the decision "
                                               "is urgent and cannot wait. The storm damaged the sea wall")


def test_documents_show_type_size_and_pages_read_from_the_file(views):
    documents = page(views, "NDC-2026-031").documents
    assert [(d.title, d.href, d.described) for d in documents] == [
        ("Report to the Cabinet Member for Environment", "decisions/NDC-2026-031/cabinet-member-report.pdf",
         "PDF, 3 KB, 2 pages"),
        ("Appendix 1, how the bids were scored", "decisions/NDC-2026-031/appendix-1-evaluation.pdf",
         "PDF, 3 KB, 1 page")]
    survey = page(views, "NDC-2026-017").documents[1]
    assert (survey.described, survey.external) == ("Web page", True)
    assert survey.request_format.startswith("mailto:accessibility@northbrook.example?subject=Accessible%20format")


def test_parts_a_and_b_keep_the_notices_order_and_part_c_is_the_record(views):
    part_a, part_b, part_c = page(views, "NDC-2026-011").parts
    assert [s.title for s in part_a.sections] == [
        "Decision requested and recommended action", "Authority", "Reasons for the decision",
        "Other options considered and rejected", "Pre-decision consultation"]
    assert [s.title for s in part_b.sections][-1] == "Background papers"
    assert [(f.label, f.value) for f in part_c.facts][:1] + [
        (f.label, f.value) for f in part_c.facts if f.label in ("Call-in deadline", "Can be implemented from")] == [
        ("Decision", "Proposal agreed"), ("Call-in deadline", "5pm on 19 March 2026"),
        ("Can be implemented from", "20 March 2026")]


def test_a_part_b_left_out_says_none_given(views):
    notice = views.by_reference["NDC-2026-035"]
    without = replace(notice, body=replace(notice.body, part_b=()))
    assert [s.title for s in page(views, "NDC-2026-035").parts[1].sections] == ["Background papers"]
    part_b = views.decision_page(without).parts[1]
    assert (part_b.sections, part_b.note) == ((), "None given.")


# -- lists, the forward plan and browsing -----------------------------------------------------------

def test_the_decisions_list_is_newest_first_and_leaves_out_the_forward_plan(views):
    listing = views.decisions_list()
    assert [c.reference for c in listing.cards] == [
        "NDC-2026-031", "NDC-2026-030", "NDC-2026-027", "NDC-2026-029", "NDC-2026-024", "NDC-2026-017",
        "NDC-2026-021", "NDC-2026-011"]
    assert [c.reference for c in listing.cards if c.key] == [
        "NDC-2026-031", "NDC-2026-027", "NDC-2026-024", "NDC-2026-017", "NDC-2026-011"]
    assert listing.links[0].href == "decisions/forward-plan/"


def test_a_card_says_what_when_and_who(views):
    assert views.cards["NDC-2026-011"] == DecisionCard(
        reference="NDC-2026-011", title="Adopting the Northbrook town centre masterplan",
        href="decisions/NDC-2026-011/",
        summary="Cabinet adopted a 15-year masterplan for new homes, shops, jobs and green spaces in Northbrook "
                "town centre, changed after the consultation.",
        status=DecisionStatus.IN_FORCE, label="In force",
        sentence="This decision can be implemented from 20 March 2026.", when="Decided on 11 March 2026",
        key=True, decision_maker="Cabinet", wards="Castle, Abbey, Riverside")


def test_the_forward_plan_lists_future_key_decisions_soonest_first(views):
    plan = views.forward_plan()
    assert [(c.reference, c.when) for c in plan.cards] == [
        ("NDC-2026-033", "Expected on 16 December 2026"), ("NDC-2026-035", "Expected on 20 January 2027")]
    assert all(c.key for c in plan.cards)


def test_once_decided_a_notice_leaves_the_forward_plan(demo):
    later = views_at(demo, "2027-02-01 09:00")
    assert [c.reference for c in later.forward_plan().cards] == ["NDC-2026-033", "NDC-2026-035"]
    assert later.cards["NDC-2026-033"].sentence == (
        "This decision was expected on 16 December 2026 but has not been published yet.")


def test_every_ward_has_a_page_with_decisions_to_be_made_then_made(views):
    pages = views.ward_pages()
    assert len(pages) == 12
    castle = pages["castle"]
    assert castle.title == "Decisions affecting Castle ward"
    assert [(title, [c.reference for c in cards]) for title, cards in castle.groups] == [
        ("Decisions to be made", ["NDC-2026-033", "NDC-2026-035"]),
        ("Decisions made", ["NDC-2026-031", "NDC-2026-029", "NDC-2026-024", "NDC-2026-011"])]


def test_decision_makers_are_browsed_by_post_not_by_person(views):
    pages = views.decision_maker_pages()
    assert sorted(pages) == ["cabinet", "cabinet-member-for-environment", "cabinet-member-for-transport",
                             "director-of-resources", "leader-of-the-council"]
    assert pages["director-of-resources"].title == "Decisions by the Director of Resources"
    assert pages["cabinet"].title == "Decisions by Cabinet"


def test_each_month_with_decisions_has_a_page_newest_month_first(views):
    months = views.month_pages()
    assert list(months) == ["2026-11", "2026-10", "2026-09", "2026-07", "2026-06", "2026-03"]
    assert months["2026-10"].title == "Decisions made in October 2026"
    assert [c.reference for c in months["2026-09"].cards] == ["NDC-2026-029", "NDC-2026-024"]


def test_the_decisions_list_offers_every_way_to_browse_with_counts(views):
    by_ward, by_maker, by_month = views.decisions_list().browse
    assert [(e.text, e.count) for e in by_ward.entries][:3] == [("Abbey", 6), ("Brookside", 5), ("Castle", 6)]
    assert [(e.text, e.href, e.count) for e in by_maker.entries][0] == ("Cabinet", "decisions/decision-makers/cabinet/", 5)
    assert by_month.entries[0].text == "November 2026" and by_month.entries[0].href == "decisions/months/2026-11/"


def test_drafts_are_not_published(demo):
    hub, notices = demo
    draft = replace(notices[0], reference="NDC-2026-099",
                    record=notices[0].record.model_copy(update={"draft": True, "reference": "NDC-2026-099"}))
    views = DecisionViews(notices + [draft], hub.settings, DEMO_NOW, hub.consultations)
    assert "NDC-2026-099" not in views.by_reference


def test_the_adapter_gets_every_page_once(views):
    pages = list(views.pages())
    paths = [path for path, *_ in pages]
    assert len(paths) == len(set(paths))
    assert ("decisions/NDC-2026-011/index.md", "Adopting the Northbrook town centre masterplan", "decision.html") in [
        tuple(p[:3]) for p in pages]
    assert {"decisions/index.md", "decisions/forward-plan/index.md", "decisions/wards/st-anne-s/index.md",
            "decisions/decision-makers/cabinet/index.md", "decisions/months/2026-03/index.md"} <= set(paths)


# -- on consultation pages -------------------------------------------------------------------------

@pytest.mark.parametrize("slug, expected", [
    ("town-centre-masterplan",
     "Decision: Adopting the Northbrook town centre masterplan — This decision can be implemented from 20 March 2026."),
    ("oakwood-leisure-centre",
     "Decision: Building a new Oakwood Leisure Centre — This decision can be implemented from 17 July 2026."),
    ("library-opening-hours",
     "Decision: New opening hours for Northbrook's libraries — This decision can be implemented from 25 September 2026."),
])
def test_a_consultation_page_shows_its_decision_with_its_status(views, slug, expected):
    assert [d.text for d in views.for_consultation(slug)] == [expected]


def test_a_consultation_no_decision_considered_has_none(views):
    assert views.for_consultation("youth-services-review") == ()


def test_the_outcome_and_the_notice_agree_on_the_reference(demo, views):
    hub, _ = demo
    for consultation in hub.consultations:
        named = consultation.outcome.decision if consultation.outcome else None
        linked = [d.reference for d in views.for_consultation(consultation)]
        assert linked == ([named] if named else []), consultation.slug


# -- the partials, rendered as the hub renders them ---------------------------------------------------

@pytest.fixture(scope="module")
def render():
    env = Environment(loader=FileSystemLoader(ROOT / "overrides"), autoescape=True)
    env.filters["url"] = lambda value: value  # MkDocs makes hub paths relative; here they stay as they are

    def render(template: str, **context) -> LexborHTMLParser:
        return LexborHTMLParser(f"<main>{env.get_template(template).render(**context)}</main>")

    return render


def text(node) -> str:
    return " ".join(node.text(separator=" ").split()) if node is not None else ""


def test_banner_partial_puts_the_status_in_words_and_the_reason_under_a_heading(render, views):
    html = render("partials/hub/decision-status-banner.html", banner=page(views, "NDC-2026-027").banner)
    assert text(html.css_first("h2")) == "Status: In force"
    assert [text(p) for p in html.css("p.hub-banner__text")][1] == "This decision can be implemented from 19 October 2026."
    assert text(html.css_first(".hub-banner__reason h3")) == "Why it cannot be called in"


def test_header_partial_escapes_officer_text_and_links_contacts_as_written(render):
    facts = (DecisionFact("Policy context", "<script>alert(1)</script>"),
             DecisionFact("Wards affected", links=(LinkView("Castle", "decisions/wards/castle/"),)),
             DecisionFact("Report author and contact", "Marek Nowak",
                          contacts=(LinkView("regeneration@northbrook.example", "mailto:regeneration@northbrook.example"),)))
    html = render("partials/hub/decision-header.html", facts=facts, heading="About this decision",
                  heading_id="about-this-decision")
    assert html.css("script") == []
    assert text(html.css_first("dd")) == "<script>alert(1)</script>"
    assert [a.attributes["href"] for a in html.css("dd a")] == ["decisions/wards/castle/",
                                                               "mailto:regeneration@northbrook.example"]
    assert html.css_first("h2").attributes["id"] == "about-this-decision"
    assert render("partials/hub/decision-header.html", facts=facts, heading="").css("h2") == []


def test_parts_partial_gives_each_part_a_heading_and_each_section_a_subheading(render, views):
    html = render("partials/hub/decision-parts.html", parts=page(views, "NDC-2026-033").parts)
    assert [text(h) for h in html.css("h2")] == ["Part A: report seeking decision", "Part B: implications and risks",
                                                 "Part C: record of decision"]
    assert [text(h) for h in html.css("section")[0].css("h3")] == [
        "Decision requested and recommended action", "Authority"]
    assert "This decision has not been made yet." in text(html.css("section")[2])


def test_card_partial_marks_key_decisions_in_words(render, views):
    html = render("partials/hub/decision-card.html", card=views.cards["NDC-2026-031"], heading_level=2)
    assert [text(t) for t in html.css(".hub-tag")] == ["Decided: can be called in", "Key decision"]
    assert html.css_first("h2 a").attributes["href"] == "decisions/NDC-2026-031/"
    plain = render("partials/hub/decision-card.html", card=views.cards["NDC-2026-029"], heading_level=3)
    assert [text(t) for t in plain.css(".hub-tag")] == ["In force"]


def test_related_partial_reads_decision_title_and_status(render, views):
    html = render("partials/hub/decision-related.html", decisions=views.for_consultation("oakwood-leisure-centre"),
                  heading_level=3)
    assert text(html.css_first("h3")) == "The decision"
    assert text(html.css_first("li")) == ("Decision: Building a new Oakwood Leisure Centre — "
                                          "This decision can be implemented from 17 July 2026.")
    assert render("partials/hub/decision-related.html", decisions=()).css("h2, h3") == []
