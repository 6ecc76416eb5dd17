"""List pages of decision notices: decisions made, the forward plan, and browsing by ward, decision maker and month.

The mirror of consultations' lists. Each list is made from the statuses and
cards ``PublishedDecisions`` worked out once, and from the indexes
``site.indexes`` built once. The list pages' own words are here, the words they share with a
notice's page come from ``wording``; each is said in the language spoken now (``core.translations``),
a constant (English, marked ``N_``) through ``_`` where it is shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from ..core import welsh_dates
from ..core.body import slug_of
from ..core.london import MONTHS, to_london
from ..core.translations import N_, WELSH, _, language_now, ngettext
from ..site.components import BrowseGroup, IndexEntry, LinkView, ListPage
from . import wording
from .pages import FORWARD_PLAN_URL, PublishedDecisions, decision_maker_href, month_href, ward_href
from .record import URL, DecisionNotice

FORWARD_PLAN_LINK = N_("Forward plan: key decisions to be made")
ALL_DECISIONS_MADE = N_("All decisions made")
ALL_DECISIONS = N_("All decisions")
BROWSE = {
    "by-ward": N_("Browse by ward"),
    "by-decision-maker": N_("Browse by decision maker"),
    "by-month": N_("Browse by month"),
}


def browse_heading(anchor: str) -> str:
    """ "Browse by ward" for "by-ward", in the language spoken now."""
    return _(BROWSE[anchor])


def count(number: int) -> str:
    """ "3 decisions.": a list's count, as a sentence; in Welsh "3 penderfyniad."."""
    return ngettext("{count} decision.", "{count} decisions.", number).format(count=f"{number:,}")


def count_of(number: int) -> str:
    """ "1 decision", "3 decisions"; in Welsh "1 penderfyniad", "2 benderfyniad"."""
    return ngettext("{count} decision", "{count} decisions", number).format(count=f"{number:,}")


def ward_page(ward: str, former: bool = False) -> tuple[str, str, str]:
    if former:
        return (
            _("Decisions affecting {ward} (a former ward)").format(ward=ward),
            _("{ward} was a ward until the ward boundaries changed. These decisions were about it.").format(ward=ward),
            "",
        )
    return (
        _("Decisions affecting {ward} ward").format(ward=ward),
        _("Decisions that affect {ward} ward, including those for the whole borough.").format(ward=ward),
        _("There are no decisions for this ward yet."),
    )


def decision_maker_page(role: str) -> tuple[str, str]:
    if wording.reads_as_it_is(role):
        return (
            _("Decisions by {role}").format(role=role),
            _("Decisions made, or to be made, by {role}.").format(role=role),
        )
    return (
        _("Decisions by the {role}").format(role=role),
        _("Decisions made, or to be made, by the {role}.").format(role=role),
    )


def month_key(moment: datetime) -> str:
    local = to_london(moment)
    return f"{local.year}-{local.month:02d}"


def month_name(key: str) -> str:
    """ "March 2026", or "Mawrth 2026" in Welsh, from a month's key "2026-03"."""
    year, month = key.split("-")
    return f"{_month_names()[int(month) - 1]} {year}"


def _month_names() -> Sequence[str]:
    """The months in the language spoken now: ``core.london``'s, or CLDR's Welsh (``core.welsh_dates``)."""
    if language_now() == WELSH:
        names = welsh_dates.WELSH.months["format"]["wide"]
        return tuple(str(names[number]) for number in range(1, 13))
    return MONTHS


def month_page(key: str) -> tuple[str, str]:
    return (
        _("Decisions made in {month}").format(month=month_name(key)),
        _("Decisions made in {month}, newest first.").format(month=month_name(key)),
    )


def decisions_list(published: PublishedDecisions, browse: tuple[BrowseGroup, ...]) -> ListPage:
    """Every decision made, newest first, with the ways to browse them."""
    made = published.made(published.notices)
    title, introduction, empty = wording.DECISIONS
    return ListPage(
        title=_(title),
        introduction=_(introduction),
        empty=_(empty),
        cards=tuple(published.cards[n.reference] for n in made),
        count=count(len(made)),
        links=(
            LinkView(_(FORWARD_PLAN_LINK), FORWARD_PLAN_URL),
            *(LinkView(browse_heading(anchor), f"#{anchor}") for anchor in BROWSE),
        ),
        browse=browse,
    )


def forward_plan(published: PublishedDecisions) -> ListPage:
    """Key decisions not yet made, soonest first, with their expected dates."""
    planned = [n for n in published.to_be_made(published.notices) if n.record.key_decision]
    title, introduction, empty = wording.FORWARD_PLAN
    return ListPage(
        title=_(title),
        introduction=_(introduction),
        empty=_(empty),
        count=count(len(planned)),
        cards=tuple(published.cards[n.reference] for n in planned),
        links=(LinkView(_(ALL_DECISIONS_MADE), URL),),
    )


def ward_pages(published: PublishedDecisions, by_ward: Mapping[str, Sequence[DecisionNotice]]) -> dict[str, ListPage]:
    """A page per ward: decisions for that ward and those for all wards (from the index built once)."""
    pages = {}
    for ward in published.settings.wards_in(by_ward):
        title, introduction, empty = ward_page(ward, former=ward in published.settings.former_wards)
        pages[slug_of(ward)] = ListPage(
            title=title,
            introduction=introduction,
            empty=empty,
            groups=published.grouped(list(by_ward.get(ward, ()))),
            links=(LinkView(_(ALL_DECISIONS), URL),),
        )
    return pages


def decision_maker_pages(published: PublishedDecisions) -> dict[str, ListPage]:
    """A page per decision maker (the body or the post, so a new post holder keeps the same page)."""
    by_role: dict[str, list[DecisionNotice]] = defaultdict(list)
    for notice in published.notices:
        by_role[notice.record.decision_maker.role].append(notice)
    pages = {}
    for role, notices in sorted(by_role.items()):
        title, introduction = decision_maker_page(role)
        pages[role] = ListPage(
            title=title,
            introduction=introduction,
            groups=published.grouped(notices),
            links=(LinkView(_(ALL_DECISIONS), URL),),
        )
    return pages


def month_pages(published: PublishedDecisions) -> dict[str, ListPage]:
    """A page per month with decisions made in it, keyed 2026-03."""
    by_month: dict[str, list[DecisionNotice]] = defaultdict(list)
    for notice in published.made(published.notices):
        made = notice.record.record_of_decision
        if made is not None:
            by_month[month_key(made.date)].append(notice)
    pages = {}
    for month, notices in sorted(by_month.items(), reverse=True):
        title, introduction = month_page(month)
        pages[month] = ListPage(
            title=title,
            introduction=introduction,
            count=count(len(notices)),
            cards=tuple(published.cards[n.reference] for n in notices),
            links=(LinkView(_(ALL_DECISIONS), URL),),
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
            browse_heading("by-ward"),
            "by-ward",
            tuple(IndexEntry(ward, ward_href(ward), count_of(wards[slug_of(ward)].size)) for ward in ward_names),
        ),
        BrowseGroup(
            browse_heading("by-decision-maker"),
            "by-decision-maker",
            tuple(IndexEntry(role, decision_maker_href(role), count_of(page.size)) for role, page in makers.items()),
        ),
        BrowseGroup(
            browse_heading("by-month"),
            "by-month",
            tuple(
                IndexEntry(month_name(month), month_href(month), count_of(page.size)) for month, page in months.items()
            ),
        ),
    )
