"""List pages of decision notices: decisions made, the forward plan, and browsing by ward, decision maker and month.

The mirror of consultations' lists. Each list is made from the statuses and
cards ``PublishedDecisions`` worked out once, and from the indexes
``site.indexes`` built once; the words come from ``wording``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..core.body import slug_of
from ..site.components import BrowseGroup, IndexEntry, LinkView, ListPage
from . import wording
from .pages import FORWARD_PLAN_URL, PublishedDecisions, decision_maker_href, month_href, ward_href
from .record import URL, DecisionNotice


def decisions_list(published: PublishedDecisions, browse: tuple[BrowseGroup, ...]) -> ListPage:
    """Every decision made, newest first, with the ways to browse them."""
    made = published.made(published.notices)
    title, introduction, empty = wording.DECISIONS
    return ListPage(
        title=title,
        introduction=introduction,
        empty=empty,
        cards=tuple(published.cards[n.reference] for n in made),
        count=wording.count(len(made)),
        links=(
            LinkView(wording.FORWARD_PLAN_LINK, FORWARD_PLAN_URL),
            *(LinkView(text, f"#{anchor}") for anchor, text in wording.BROWSE.items()),
        ),
        browse=browse,
    )


def forward_plan(published: PublishedDecisions) -> ListPage:
    """Key decisions not yet made, soonest first, with their expected dates."""
    planned = [n for n in published.to_be_made(published.notices) if n.record.key_decision]
    title, introduction, empty = wording.FORWARD_PLAN
    return ListPage(
        title=title,
        introduction=introduction,
        empty=empty,
        count=wording.count(len(planned)),
        cards=tuple(published.cards[n.reference] for n in planned),
        links=(LinkView(wording.ALL_DECISIONS_MADE, URL),),
    )


def ward_pages(published: PublishedDecisions, by_ward: Mapping[str, Sequence[DecisionNotice]]) -> dict[str, ListPage]:
    """A page per ward: decisions for that ward and those for all wards (from the index built once)."""
    pages = {}
    for ward in published.settings.wards_in(by_ward):
        title, introduction, empty = wording.ward_page(ward, former=ward in published.settings.former_wards)
        pages[slug_of(ward)] = ListPage(
            title=title,
            introduction=introduction,
            empty=empty,
            groups=published.grouped(list(by_ward.get(ward, ()))),
            links=(LinkView(wording.ALL_DECISIONS, URL),),
        )
    return pages


def decision_maker_pages(published: PublishedDecisions) -> dict[str, ListPage]:
    """A page per decision maker (the body or the post, so a new post holder keeps the same page)."""
    by_role: dict[str, list[DecisionNotice]] = defaultdict(list)
    for notice in published.notices:
        by_role[notice.record.decision_maker.role].append(notice)
    pages = {}
    for role, notices in sorted(by_role.items()):
        title, introduction = wording.decision_maker_page(role)
        pages[role] = ListPage(
            title=title,
            introduction=introduction,
            groups=published.grouped(notices),
            links=(LinkView(wording.ALL_DECISIONS, URL),),
        )
    return pages


def month_pages(published: PublishedDecisions) -> dict[str, ListPage]:
    """A page per month with decisions made in it, keyed 2026-03."""
    by_month: dict[str, list[DecisionNotice]] = defaultdict(list)
    for notice in published.made(published.notices):
        made = notice.record.record_of_decision
        if made is not None:
            by_month[wording.month_key(made.date)].append(notice)
    pages = {}
    for month, notices in sorted(by_month.items(), reverse=True):
        title, introduction = wording.month_page(month)
        pages[month] = ListPage(
            title=title,
            introduction=introduction,
            count=wording.count(len(notices)),
            cards=tuple(published.cards[n.reference] for n in notices),
            links=(LinkView(wording.ALL_DECISIONS, URL),),
        )
    return pages


def browse(
    wards: Mapping[str, ListPage],
    makers: Mapping[str, ListPage],
    months: Mapping[str, ListPage],
    ward_names: Sequence[str],
) -> tuple[BrowseGroup, ...]:
    """The ways to browse decisions without JavaScript, each page with how many decisions it lists."""
    return (
        BrowseGroup(
            wording.BROWSE["by-ward"],
            "by-ward",
            tuple(
                IndexEntry(ward, ward_href(ward), wording.count_of(wards[slug_of(ward)].size)) for ward in ward_names
            ),
        ),
        BrowseGroup(
            wording.BROWSE["by-decision-maker"],
            "by-decision-maker",
            tuple(
                IndexEntry(role, decision_maker_href(role), wording.count_of(page.size))
                for role, page in makers.items()
            ),
        ),
        BrowseGroup(
            wording.BROWSE["by-month"],
            "by-month",
            tuple(
                IndexEntry(wording.month_name(month), month_href(month), wording.count_of(page.size))
                for month, page in months.items()
            ),
        ),
    )
