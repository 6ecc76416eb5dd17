"""What residents see of decisions: the page models, built from the demo notices at the demo's "now".

The mirror of tests/consultations/test_consultation_pages.py. The demo's now
is 10am on 24 November 2026. At that moment the street lighting contract
(NDC-2026-031, published on Friday 20 November) can still be called in until
5pm on 27 November; the car park charges (NDC-2026-030) have been called in;
two key decisions are on the forward plan. Every model comes from the site
plan the build uses (``hub_testing.demo_at``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from haveyoursay.decisions.pages import decision_page
from haveyoursay.decisions.status import DecisionStatus
from haveyoursay.site.components import Card, Tag
from hub_testing import DEMO_NOW, demo_at


def page(reference: str, now: str = DEMO_NOW):
    return demo_at(now).page(f"decisions/{reference}/index.md")


def listing(url: str, now: str = DEMO_NOW):
    return demo_at(now).page(f"{url}index.md")


def references(cards) -> list[str]:
    return [card.footer.rsplit("Reference: ", 1)[1].rstrip(".") for card in cards]


# -- status sentences ---------------------------------------------------------------------------


def test_every_demo_decision_has_the_right_status_sentence():
    assert demo_at().decisions.sentences == {
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


def test_the_decision_in_its_call_in_period_says_until_when_and_what_happens_next():
    banner = page("NDC-2026-031").banner
    assert banner.status is DecisionStatus.CALL_IN_PERIOD
    assert banner.label == "Decided: can be called in"
    assert banner.sentences == (
        "Councillor Rachel Turner, Cabinet Member for Environment, made this decision on 19 November 2026.",
        "This decision can be called in until 5pm on 27 November 2026.",
        "If it is not called in, it can be implemented from 30 November 2026.",
    )
    assert page("NDC-2026-031").call_in_deadline == "5pm on 27 November 2026"


def test_after_the_call_in_deadline_the_same_decision_is_in_force_from_the_next_working_day():
    banner = page("NDC-2026-031", "2026-11-27T17:00").banner
    assert banner.status is DecisionStatus.CALL_IN_ENDED
    assert banner.label == "Decided: call-in period over"
    assert banner.sentences[1] == ("The call-in period ended at 5pm on 27 November 2026. "
                                   "This decision can be implemented from 30 November 2026.")
    banner = page("NDC-2026-031", "2026-11-30T09:00").banner
    assert banner.status is DecisionStatus.IN_FORCE
    assert banner.sentences[1] == "This decision can be implemented from 30 November 2026."


def test_a_decision_exempt_from_call_in_says_why_in_the_banner():
    banner = page("NDC-2026-027").banner
    assert banner.sentences == (
        "Councillor Helen Ashworth, Leader of the Council, made this decision on 19 October 2026.",
        "This decision can be implemented from 19 October 2026.",
        "It cannot be called in.",
    )
    assert banner.reason_heading == "Why it cannot be called in"
    assert "high tides on 26" in str(banner.reason)


def test_a_proposal_not_agreed_gives_the_reason():
    banner = page("NDC-2026-021").banner
    assert (banner.label, banner.sentences) == ("Not agreed", ("The proposal was not agreed on 24 June 2026.",))
    assert banner.reason_heading == "Why it was not agreed"
    assert "rely on the toilets all year round" in str(banner.reason)


def test_a_called_in_decision_names_the_committee_that_will_consider_it():
    built = page("NDC-2026-030")
    assert built.banner.sentences[-1] == "The Places Overview and Scrutiny Committee will consider it."
    assert [(f.label, f.value) for f in built.called_in] == [
        ("Called in on", "17 November 2026"),
        ("Called in by", "Councillors Ruth Evans, Tom Moore and Aisha Khan"),
        (
            "Why it was called in",
            "They asked the committee to look again at the effect on small shops in Millbrook "
            "and Northgate, and at whether traders were asked before the decision was made.",
        ),
        ("Considered by", "Places Overview and Scrutiny Committee"),
        ("Outcome", "Scrutiny has not considered it yet."),
    ]


def test_a_forward_plan_notice_has_no_record_of_decision_yet():
    built = page("NDC-2026-033")
    assert built.banner.sentences == (
        "This decision is expected on 16 December 2026.",
        "Notice of this key decision was given on 6 November 2026.",
        "We will publish the record of the decision here once it is made.",
    )
    part_c = built.parts[2]
    assert (part_c.title, part_c.facts) == ("Part C: record of decision", ())
    assert part_c.note.startswith("This decision has not been made yet.")
    assert built.call_in_deadline is None


# -- the decision page --------------------------------------------------------------------------


def test_the_decision_page_links_back_to_what_residents_told_us():
    built = page("NDC-2026-011")
    assert [(c.title, c.href, c.detail) for c in built.consultations] == [
        (
            "Northbrook town centre masterplan",
            "consultations/town-centre-masterplan/#outcome",
            "1,486 responses. We published what residents told us on 20 March 2026.",
        )
    ]


def test_the_header_follows_the_notice_of_key_decision():
    facts = {f.label: f for f in page("NDC-2026-017").facts}
    assert list(facts) == [
        "Reference",
        "Decision maker",
        "Cabinet member",
        "Lead officer",
        "Report author and contact",
        "Policy context",
        "Financial summary",
        "Key decision",
        "Reason the decision is key",
        "Wards affected",
        "Date notice given",
        "Date of decision",
        "Relevant scrutiny committee",
        "Urgent decision",
        "Exempt from call-in",
        "Exempt information",
        "Council objectives",
    ]
    assert facts["Cabinet member"].value == "Councillor David Osei, Cabinet Member for Leisure and Culture"
    assert facts["Reason the decision is key"].value == (
        "Expenditure above the key decision threshold (£500,000); "
        "Significant effect on communities in two or more wards"
    )
    assert facts["Financial summary"].value.endswith("Expenditure: £24,000,000.")
    assert [(link.text, link.href) for link in facts["Wards affected"].links] == [
        ("Oakwood", "decisions/wards/oakwood/"),
        ("Millbrook", "decisions/wards/millbrook/"),
        ("Eastfield", "decisions/wards/eastfield/"),
    ]
    assert [(link.text, link.href) for link in facts["Report author and contact"].contacts] == [
        ("leisure@northbrook.example", "mailto:leisure@northbrook.example?subject=NDC-2026-017"),
        ("01632 960 660", "tel:+441632960660"),
    ]


def test_exempt_information_names_the_paragraph_and_what_is_withheld():
    facts = {f.label: f.value for f in page("NDC-2026-031").facts}
    assert facts["Exempt information"].startswith(
        "Schedule 12A, paragraph 3: information relating to the financial or business affairs of any particular "
        "person (including the council). Not published: Appendix 2, the prices and scores"
    )
    assert facts["Urgent decision"] == "No"


def test_an_urgent_decision_names_its_route_and_reason():
    facts = {f.label: f.value for f in page("NDC-2026-027").facts}
    assert facts["Urgent decision"].startswith(
        "Yes. Special urgency: the chair of scrutiny agreed the decision "
        "is urgent and cannot wait. The storm damaged the sea wall"
    )


def test_documents_show_type_size_and_pages_read_from_the_file():
    documents = page("NDC-2026-031").documents
    assert [(d.title, d.href, d.described) for d in documents] == [
        (
            "Report to the Cabinet Member for Environment",
            "decisions/NDC-2026-031/cabinet-member-report.pdf",
            "PDF, 3 KB, 2 pages",
        ),
        (
            "Appendix 1, how the bids were scored",
            "decisions/NDC-2026-031/appendix-1-evaluation.pdf",
            "PDF, 3 KB, 1 page",
        ),
    ]
    survey = page("NDC-2026-017").documents[1]
    assert (survey.described, survey.external) == ("Web page", True)
    assert survey.request_format.startswith("mailto:accessibility@northbrook.example?subject=Accessible%20format")


def test_parts_a_and_b_keep_the_notices_order_and_part_c_is_the_record():
    part_a, part_b, part_c = page("NDC-2026-011").parts
    assert [s.title for s in part_a.sections] == [
        "Decision requested and recommended action",
        "Authority",
        "Reasons for the decision",
        "Other options considered and rejected",
        "Pre-decision consultation",
    ]
    assert [s.title for s in part_b.sections][-1] == "Background papers"
    assert [(f.label, f.value) for f in part_c.facts][:1] + [
        (f.label, f.value) for f in part_c.facts if f.label in ("Call-in deadline", "Can be implemented from")
    ] == [
        ("Decision", "Proposal agreed"),
        ("Call-in deadline", "5pm on 19 March 2026"),
        ("Can be implemented from", "20 March 2026"),
    ]


def test_a_part_b_left_out_says_none_given():
    demo = demo_at()
    notice = next(n for n in demo.hub.decisions if n.reference == "NDC-2026-035")
    without = replace(notice, body=replace(notice.body, part_b=()))
    assert [s.title for s in page("NDC-2026-035").parts[1].sections] == ["Background papers"]
    part_b = decision_page(demo.decisions, without).parts[1]
    assert (part_b.sections, part_b.note) == ((), "None given.")


# -- lists, the forward plan and browsing -----------------------------------------------------------


def test_the_decisions_list_is_newest_first_and_leaves_out_the_forward_plan():
    decisions = listing("decisions/")
    assert references(decisions.cards) == [
        "NDC-2026-031",
        "NDC-2026-030",
        "NDC-2026-027",
        "NDC-2026-029",
        "NDC-2026-024",
        "NDC-2026-017",
        "NDC-2026-021",
        "NDC-2026-011",
    ]
    assert references(c for c in decisions.cards if c.tags) == [
        "NDC-2026-031",
        "NDC-2026-027",
        "NDC-2026-024",
        "NDC-2026-017",
        "NDC-2026-011",
    ]
    assert decisions.count == "8 decisions."
    assert decisions.links[0].href == "decisions/forward-plan/"


def test_a_card_says_what_when_and_who():
    assert demo_at().decisions.cards["NDC-2026-011"] == Card(
        title="Adopting the Northbrook town centre masterplan",
        href="decisions/NDC-2026-011/",
        summary="Cabinet agreed a 15-year plan for the town centre. It brings new homes, shops, jobs and green "
        "spaces. We changed the plan after the consultation.",
        status=DecisionStatus.IN_FORCE,
        label="In force",
        when="Decided on 11 March 2026. Decision maker: Cabinet.",
        tags=(Tag("Key decision", "key"),),
        sentence="This decision can be implemented from 20 March 2026.",
        footer="Wards: Castle, Abbey, Riverside. Reference: NDC-2026-011.",
    )


def test_the_forward_plan_lists_future_key_decisions_soonest_first():
    plan = listing("decisions/forward-plan/")
    assert [(ref, c.when) for ref, c in zip(references(plan.cards), plan.cards, strict=False)] == [
        ("NDC-2026-033", "Expected on 16 December 2026. Decision maker: Cabinet."),
        ("NDC-2026-035", "Expected on 20 January 2027. Decision maker: Cabinet."),
    ]
    assert all(c.tags == (Tag("Key decision", "key"),) for c in plan.cards)


def test_a_decision_overdue_for_its_record_stays_on_the_forward_plan():
    later = "2027-02-01T09:00"
    assert references(listing("decisions/forward-plan/", later).cards) == ["NDC-2026-033", "NDC-2026-035"]
    assert demo_at(later).decisions.sentences["NDC-2026-033"] == (
        "This decision was expected on 16 December 2026 but has not been published yet."
    )


def test_every_ward_has_a_page_with_decisions_to_be_made_then_made():
    castle = listing("decisions/wards/castle/")
    assert castle.title == "Decisions affecting Castle ward"
    assert [(title, references(cards)) for title, cards in castle.groups] == [
        ("Decisions to be made", ["NDC-2026-033", "NDC-2026-035"]),
        ("Decisions made", ["NDC-2026-031", "NDC-2026-029", "NDC-2026-024", "NDC-2026-011"]),
    ]
    wards = [uri for uri in demo_at().plan.models if uri.startswith("decisions/wards/")]
    assert len(wards) == 12


def test_decision_makers_are_browsed_by_post_not_by_person():
    makers = sorted(uri.split("/")[2] for uri in demo_at().plan.models if uri.startswith("decisions/decision-makers/"))
    assert makers == [
        "cabinet",
        "cabinet-member-for-environment",
        "cabinet-member-for-transport",
        "director-of-resources",
        "leader-of-the-council",
    ]
    assert listing("decisions/decision-makers/director-of-resources/").title == "Decisions by the Director of Resources"
    assert listing("decisions/decision-makers/cabinet/").title == "Decisions by Cabinet"


def test_each_month_with_decisions_has_a_page_newest_month_first():
    by_month = listing("decisions/").browse[2]
    assert [entry.href for entry in by_month.entries] == [
        "decisions/months/2026-11/",
        "decisions/months/2026-10/",
        "decisions/months/2026-09/",
        "decisions/months/2026-07/",
        "decisions/months/2026-06/",
        "decisions/months/2026-03/",
    ]
    assert listing("decisions/months/2026-10/").title == "Decisions made in October 2026"
    assert references(listing("decisions/months/2026-09/").cards) == ["NDC-2026-029", "NDC-2026-024"]


def test_the_decisions_list_offers_every_way_to_browse_with_counts():
    by_ward, by_maker, by_month = listing("decisions/").browse
    assert [(e.text, e.count) for e in by_ward.entries][:3] == [
        ("Abbey", "6 decisions"),
        ("Brookside", "5 decisions"),
        ("Castle", "6 decisions"),
    ]
    assert next((e.text, e.href, e.count) for e in by_maker.entries) == (
        "Cabinet",
        "decisions/decision-makers/cabinet/",
        "5 decisions",
    )
    assert by_month.entries[0].text == "November 2026" and by_month.entries[0].href == "decisions/months/2026-11/"


def test_the_adapter_gets_every_decision_page_once():
    pages = [(p.src_uri, p.title, p.template) for p in demo_at().plan.pages if p.src_uri.startswith("decisions/")]
    paths = [path for path, *_ in pages]
    assert len(paths) == len(set(paths))
    assert (
        "decisions/NDC-2026-011/index.md",
        "Adopting the Northbrook town centre masterplan",
        "decision.html",
    ) in pages
    assert {
        "decisions/index.md",
        "decisions/forward-plan/index.md",
        "decisions/wards/st-anne-s/index.md",
        "decisions/decision-makers/cabinet/index.md",
        "decisions/months/2026-03/index.md",
    } <= set(paths)


# -- on consultation pages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug, expected",
    [
        (
            "town-centre-masterplan",
            ("Adopting the Northbrook town centre masterplan", "This decision can be implemented from 20 March 2026."),
        ),
        (
            "oakwood-leisure-centre",
            ("Building a new Oakwood Leisure Centre", "This decision can be implemented from 17 July 2026."),
        ),
        (
            "library-opening-hours",
            (
                "New opening hours for Northbrook's libraries",
                "This decision can be implemented from 25 September 2026.",
            ),
        ),
    ],
)
def test_a_consultation_page_shows_its_decision_with_its_status(slug, expected):
    decisions = demo_at().page(f"consultations/{slug}/index.md").decisions
    assert [(d.title, d.detail) for d in decisions] == [expected]


def test_a_consultation_no_decision_considered_has_none():
    assert demo_at().page("consultations/youth-services-review/index.md").decisions == ()


def test_the_outcome_and_the_notice_agree_on_the_reference():
    demo = demo_at()
    for consultation in demo.hub.consultations:
        outcome = consultation.record.outcome
        named = outcome.decision if outcome else None
        linked = [d.href for d in demo.page(f"{consultation.url}index.md").decisions]
        assert linked == ([f"decisions/{named}/"] if named else []), consultation.slug
