"""What residents see of consultations: the page models, built from the demo records at the demo's "now".

The mirror of tests/decisions/test_decision_pages.py. At 10am on 24 November
2026 the garden waste charge closes in 3 days, the licensing policy opens on
1 December, the Northgate play area has closed and awaits its outcome, the
youth services review's outcome is overdue, and the library opening hours
have their outcome and their decision. Every model comes from the site plan
the build uses (``hub_testing.demo_at``).
"""

from __future__ import annotations

import pytest

from haveyoursay.consultations.status import Status
from haveyoursay.site.components import Card, Tag
from hub_testing import DEMO_NOW, demo_at


def page(slug: str, now: str = DEMO_NOW):
    return demo_at(now).page(f"consultations/{slug}/index.md")


def listing(url: str, now: str = DEMO_NOW):
    return demo_at(now).page(f"{url}index.md")


def slugs(cards) -> list[str]:
    return [card.href.split("/")[1] for card in cards]


# -- status banners ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug, label, sentences",
    [
        (
            "licensing-policy-2027",
            "Forthcoming",
            ("This consultation opens at 9am on 1 December 2026.", "It closes at 5pm on 9 February 2027."),
        ),
        ("garden-waste-charge", "Open", ("This consultation closes at 5pm on 27 November 2026.", "3 days left.")),
        ("housing-allocations-policy", "Open", ("This consultation closes at 5pm on 5 February 2027.",)),
        (
            "northgate-play-area",
            "Closed: analysing feedback",
            (
                "This consultation closed at 5pm on 6 November 2026.",
                "We are analysing your feedback.",
                "We aim to publish the outcome by 29 January 2027.",
            ),
        ),
        (
            "youth-services-review",
            "Closed: analysing feedback",
            (
                "This consultation closed at 11:59pm on 31 July 2026.",
                "We are analysing your feedback.",
                "The outcome is overdue. We expected to publish it by 23 October 2026.",
            ),
        ),
        (
            "library-opening-hours",
            "Outcome published",
            ("This consultation closed at 5pm on 3 July 2026.", "We published the outcome on 18 September 2026."),
        ),
        ("brookside-day-centre", "Withdrawn", ("This consultation was withdrawn on 12 October 2026.",)),
    ],
)
def test_every_status_has_its_banner_in_words(slug, label, sentences):
    banner = page(slug).banner
    assert (banner.label, banner.sentences) == (label, sentences)


def test_the_last_days_of_a_consultation_are_urgent():
    assert page("garden-waste-charge").banner.urgent
    assert not page("housing-allocations-policy").banner.urgent
    assert page("garden-waste-charge", "2026-11-26T10:00").banner.sentences[-1] == "1 day left."
    assert page("garden-waste-charge", "2026-11-27T09:00").banner.sentences[-1] == "Today is the last day to respond."


def test_at_the_closing_moment_the_same_consultation_is_closed():
    assert page("garden-waste-charge", "2026-11-27T16:59").banner.status is Status.OPEN
    assert page("garden-waste-charge", "2026-11-27T17:00").banner.status is Status.CLOSED


def test_a_withdrawn_consultation_says_why_in_the_banner():
    banner = page("brookside-day-centre").banner
    assert banner.reason_heading == "Why it was withdrawn"
    assert "The centre will stay open" in str(banner.reason)


# -- the consultation page -----------------------------------------------------------------------


def test_key_facts_say_when_where_and_how_in_plain_words():
    facts = {f.label: f for f in page("garden-waste-charge").facts}
    assert list(facts) == [
        "Opens",
        "Closes",
        "Length",
        "Wards",
        "Topics",
        "Who it is for",
        "Who is consulting",
        "How you can take part",
    ]
    assert (facts["Closes"].value, facts["Length"].value) == ("5pm on 27 November 2026", "6 weeks")
    assert facts["How you can take part"].value == "Consult: we want your views before we decide"
    assert [(link.text, link.href) for link in facts["Topics"].links] == [
        ("Waste and recycling", "topics/waste-and-recycling/"),
        ("Budget and council tax", "topics/budget-and-council-tax/"),
        ("Environment and climate", "topics/environment-and-climate/"),
    ]


def test_ways_to_respond_are_shown_only_while_open():
    respond = page("garden-waste-charge").respond
    assert respond is not None and respond.post and respond.phone
    assert respond.email_href is None or respond.email_href.startswith("mailto:")
    for slug in ("licensing-policy-2027", "northgate-play-area", "library-opening-hours", "brookside-day-centre"):
        assert page(slug).respond is None, slug


def test_the_outcome_is_shown_once_published_with_the_number_of_responses():
    outcome = page("library-opening-hours").outcome
    assert (outcome.published, outcome.responses) == ("18 September 2026", "1,127 responses")
    assert page("northgate-play-area").outcome is None


def test_the_consultation_page_links_to_the_decision_it_fed():
    decisions = page("library-opening-hours").decisions
    assert [(d.title, d.href, d.detail) for d in decisions] == [
        (
            "New opening hours for Northbrook's libraries",
            "decisions/NDC-2026-024/",
            "This decision can be implemented from 25 September 2026.",
        )
    ]


def test_documents_show_type_size_and_pages_read_from_the_file():
    documents = page("kingsmead-residents-parking-zone").documents
    assert documents and all(d.described.startswith(("PDF, ", "Web page")) for d in documents)
    not_accessible = [d for d in documents if not d.accessible]
    assert not_accessible and all(
        d.request_format.startswith("mailto:accessibility@northbrook.example?subject=") for d in not_accessible
    )


def test_events_are_in_time_order_with_a_calendar_file_each():
    events = page("budget-council-tax-2027-28").events
    assert events[0].when == "6:30pm to 8pm on 26 November 2026"
    assert all(e.calendar.startswith("consultations/budget-council-tax-2027-28/event-") for e in events)


def test_a_card_says_what_when_and_where():
    assert demo_at().consultations.cards["garden-waste-charge"] == Card(
        title=page("garden-waste-charge").title,
        href="consultations/garden-waste-charge/",
        summary=page("garden-waste-charge").summary,
        status=Status.OPEN,
        label="Open",
        when="Closes at 5pm on 27 November 2026 (closes in 3 days)",
        tags=(Tag("Closing soon", "soon"),),
        footer="Wards: "
        + ", ".join(link.text for link in {f.label: f for f in page("garden-waste-charge").facts}["Wards"].links),
    )


# -- lists ------------------------------------------------------------------------------------------


def test_open_consultations_are_listed_closing_soonest_first():
    cards = listing("consultations/open/").cards
    assert slugs(cards)[0] == "garden-waste-charge" and len(cards) == 5
    assert listing("consultations/open/").count == "5 consultations."


def test_forthcoming_consultations_are_listed_opening_soonest_first():
    assert slugs(listing("consultations/forthcoming/").cards) == [
        "licensing-policy-2027",
        "climate-action-plan",
        "riverside-cycle-route",
    ]


def test_the_home_page_counts_every_status_and_lists_what_closes_soon():
    home = demo_at().page("index.md")
    assert [(title, count) for title, count, _ in home.counts] == [
        ("Open consultations", 5),
        ("Forthcoming consultations", 3),
        ("Closed consultations", 2),
        ("We asked, you said, we did", 4),
        ("Withdrawn consultations", 1),
    ]
    assert slugs(home.closing_soon) == ["garden-waste-charge", "kingsmead-residents-parking-zone"]


def test_a_ward_page_includes_consultations_for_all_wards_grouped_by_status():
    castle = listing("wards/castle/")
    assert castle.title == "Consultations in Castle ward"
    titles = [title for title, _ in castle.groups]
    assert titles == sorted(
        titles,
        key=[
            "Open consultations",
            "Forthcoming consultations",
            "Closed consultations",
            "We asked, you said, we did",
            "Withdrawn consultations",
        ].index,
    )
    assert "library-opening-hours" in [s for _, cards in castle.groups for s in slugs(cards)]


def test_the_wards_index_counts_each_wards_consultations():
    wards = listing("wards/")
    assert [entry.text for entry in wards.entries][:3] == ["Abbey", "Brookside", "Castle"]
    assert all(entry.count.endswith(("consultation", "consultations")) for entry in wards.entries)


def test_past_consultations_are_archived_by_the_year_they_closed_newest_first():
    assert [entry.text for entry in listing("consultations/archive/").entries] == ["2026", "2025"]
    assert [slugs(cards) for _, cards in listing("consultations/archive/2025/").groups] == [
        ["st-annes-community-garden"]
    ]


def test_the_adapter_gets_every_consultation_page_once_and_no_draft():
    paths = [p.src_uri for p in demo_at().plan.pages if p.src_uri.startswith(("consultations/", "wards/", "topics/"))]
    assert len(paths) == len(set(paths))
    assert {
        "consultations/garden-waste-charge/index.md",
        "consultations/open/index.md",
        "consultations/index.md",
        "wards/st-anne-s/index.md",
        "topics/housing/index.md",
        "consultations/archive/2025/index.md",
    } <= set(paths)
    assert "consultations/westcliffe-promenade-works/index.md" not in paths
