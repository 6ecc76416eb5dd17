"""Page models for decision notices: what each page shows, already decided. The mirror of consultations' pages.

A notice's page is laid out like a council's notice (the header facts, then
Parts A, B and C) with its status in words; lists show decisions made
(newest first), the forward plan, and the same decisions by ward, by decision
maker and by month, as plain pages so browsing needs no JavaScript. The words
come from ``wording``; each notice's status, sentence and card are worked out
once per build (``PublishedDecisions``), in the language spoken now (``wording``'s constants through ``_``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from markupsafe import Markup

from ..core.body import Section, safe_html, slug_of
from ..core.london import to_london
from ..core.settings import CouncilSettings
from ..core.translations import N_, _, format_date, format_moment
from ..site import wording as site_wording
from ..site.components import (
    Banner,
    Card,
    DocumentView,
    Fact,
    LinkView,
    RelatedRecord,
    SearchFacts,
    StaleNotice,
    Tag,
    Timeline,
    document_view,
    mailto,
    tel,
    web_pages_first,
)
from . import wording
from .record import URL, DecisionNotice
from .status import DecisionStatus, call_in_deadline_of, decision_status, implementable_from

FORWARD_PLAN_URL = f"{URL}forward-plan/"
PRE_DECISION_HEADING = N_("Pre-decision consultation")
"""The section a page adds, if the notice has none, to point to what residents told us (in ``record.PART_A``)."""


def ward_href(name: str) -> str:
    return f"{URL}wards/{slug_of(name)}/"


def decision_maker_href(role: str) -> str:
    return f"{URL}decision-makers/{slug_of(role)}/"


def month_href(month: str) -> str:
    return f"{URL}months/{month}/"


@dataclass(frozen=True)
class DecisionPart:
    """Part A, B or C: prose sections, or (Part C) a summary list."""

    id: str
    title: str
    sections: tuple[Section, ...] = ()
    introduction: Markup | None = None
    facts: tuple[Fact, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class DecisionPage:
    reference: str
    title: str
    summary: str
    caption: str
    banner: Banner
    call_in_deadline: str | None
    consultations: tuple[RelatedRecord, ...]
    facts: tuple[Fact, ...]
    documents: tuple[DocumentView, ...]
    parts: tuple[DecisionPart, ...]
    called_in: tuple[Fact, ...]
    breadcrumbs: tuple[LinkView, ...] = ()
    search: SearchFacts | None = None
    stale: StaleNotice | None = None
    timelines: tuple[Timeline, ...] = ()  # from each consultation it considered to this decision (site.timeline)


@dataclass
class PublishedDecisions:
    """The published notices at one moment: each one's status, sentence and card, worked out once."""

    notices: Sequence[DecisionNotice]
    settings: CouncilSettings
    now: datetime
    status: dict[str, DecisionStatus] = field(init=False)
    sentences: dict[str, str] = field(init=False)
    cards: dict[str, Card] = field(init=False)

    def __post_init__(self) -> None:
        self.status = {n.reference: decision_status(n.record, self.settings, self.now) for n in self.notices}
        self.sentences = {n.reference: wording.status_sentence(n.record, self.settings, self.now) for n in self.notices}
        self.cards = {n.reference: self._card(n) for n in self.notices}

    def decided(self, notice: DecisionNotice) -> bool:
        return self.status[notice.reference] is not DecisionStatus.FORWARD_PLAN

    def _card(self, notice: DecisionNotice) -> Card:
        record, status = notice.record, self.status[notice.reference]
        made = record.record_of_decision
        return Card(
            title=record.title,
            href=notice.url,
            summary=record.summary,
            status=status,
            label=wording.status_label(status),
            when=wording.card_when(
                self.decided(notice), made.date if made else None, record.decision_date, record.decision_maker.label
            ),
            tags=(Tag(_(wording.KEY_DECISION), "key"),) if record.key_decision else (),
            sentence=self.sentences[notice.reference],
            footer=wording.card_footer(site_wording.wards_text(record.wards, record.all_wards), notice.reference),
        )

    def made(self, notices: Iterable[DecisionNotice]) -> list[DecisionNotice]:
        """Decisions made and published, newest first."""
        chosen = [(made, n) for n in notices if self.decided(n) and (made := n.record.record_of_decision)]
        chosen.sort(key=lambda pair: (-pair[0].date.timestamp(), -pair[0].published.timestamp(), pair[1].reference))
        return [notice for _, notice in chosen]

    def to_be_made(self, notices: Iterable[DecisionNotice]) -> list[DecisionNotice]:
        """Decisions not yet made, soonest first."""
        chosen = [n for n in notices if not self.decided(n)]
        return sorted(
            chosen, key=lambda n: (due.timestamp() if (due := n.record.decision_date) else float("inf"), n.reference)
        )

    def grouped(self, notices: list[DecisionNotice]) -> tuple[tuple[str, tuple[Card, ...]], ...]:
        to_be_made, made = wording.GROUPS
        groups = ((to_be_made, self.to_be_made(notices)), (made, self.made(notices)))
        return tuple((_(title), tuple(self.cards[n.reference] for n in chosen)) for title, chosen in groups if chosen)

    def search(self, notice: DecisionNotice) -> SearchFacts:
        """What the search index records: its status, wards (every ward for one about all wards, as on the
        ward pages) and the date it was or is expected to be decided, which also gives its year."""
        record, card, decided = notice.record, self.cards[notice.reference], self.decided(notice)
        made = record.record_of_decision
        when = made.date if decided and made is not None else record.decision_date
        day = to_london(when).date() if when is not None else None
        return SearchFacts(
            kind=_(wording.SEARCH_KIND),
            status=card.label,
            state=card.status.value,
            date=wording.search_date(decided, when),
            sort_date=day.isoformat() if day else "",
            year=str(day.year) if day else "",
            wards=tuple(self.settings.wards) if record.all_wards else tuple(record.wards),
        )

    def link(self, notice: DecisionNotice) -> RelatedRecord:
        """A notice as a consultation page links to it, with where it stands."""
        return RelatedRecord(notice.record.title, notice.url, self.sentences[notice.reference])

    def banner(self, notice: DecisionNotice) -> Banner:
        record, status = notice.record, self.status[notice.reference]
        sentence, label, made = (
            self.sentences[notice.reference],
            wording.status_label(status),
            record.record_of_decision,
        )
        if status is DecisionStatus.FORWARD_PLAN or made is None:
            sentences = [sentence]
            if record.notice_given is not None:
                sentences.append(wording.notice_given_sentence(record.key_decision, record.notice_given))
            sentences.append(_(wording.RECORD_TO_FOLLOW))
            return Banner(status, label, tuple(sentences))
        if status is DecisionStatus.NOT_AGREED:
            return Banner(
                status,
                label,
                (sentence,),
                _(wording.NOT_AGREED_REASON),
                safe_html(made.not_agreed_because or "", lowest_heading=4),
            )
        who = wording.made_by_sentence(record.decision_maker.label, bool(record.decision_maker.name), made.date)
        if status is DecisionStatus.CALL_IN_PERIOD:
            return Banner(
                status, label, (who, sentence, wording.if_not_called_in(implementable_from(record, self.settings)))
            )
        called = record.called_in
        if status is DecisionStatus.CALLED_IN and called is not None:
            sentences = [who, sentence]
            if called.outcome is None or called.outcome.date > self.now:
                sentences.append(wording.committee_will_consider(called.committee or record.scrutiny_committee or ""))
            return Banner(status, label, tuple(sentences))
        sentences = [who, sentence]
        if called is not None and called.outcome is not None:
            sentences.append(wording.no_further_action(called.date, called.outcome.date))
        if record.exempt_from_call_in is not None:
            sentences.append(_(wording.CANNOT_BE_CALLED_IN))
            return Banner(
                status,
                label,
                tuple(sentences),
                _(wording.CANNOT_BE_CALLED_IN_REASON),
                safe_html(record.exempt_from_call_in.reason, lowest_heading=4),
            )
        return Banner(status, label, tuple(sentences))

    def document_views(self, notice: DecisionNotice) -> tuple[DocumentView, ...]:
        return tuple(
            document_view(
                d.title,
                d.accessible,
                file=d.file,
                url=d.url,
                record_url=notice.url,
                folder=notice.folder,
                accessible_formats_email=self.settings.accessible_formats_email,
                about=f"{notice.reference} {notice.record.title}",
                pdf=d.pdf,
            )
            for d in notice.record.documents
        )


def decision_page(
    published: PublishedDecisions, notice: DecisionNotice, consultations: tuple[RelatedRecord, ...] = ()
) -> DecisionPage:
    """One notice's page, with the consultations it considered (from ``site.indexes``)."""
    record, body = notice.record, notice.body
    part_a, part_b = [_shown(section) for section in body.part_a], tuple(_shown(section) for section in body.part_b)
    if consultations and body.section(PRE_DECISION_HEADING) is None:
        part_a.append(
            Section(
                _(PRE_DECISION_HEADING),
                "pre-decision-consultation",
                given=Markup(_(wording.PRE_DECISION_CONSULTATION)),
            )
        )
    deadline = call_in_deadline_of(record, published.settings) if published.decided(notice) else None
    return DecisionPage(
        breadcrumbs=(LinkView(_(site_wording.HOME), ""), LinkView(_(wording.DECISIONS[0]), URL))
        + ((LinkView(_(wording.FORWARD_PLAN[0]), FORWARD_PLAN_URL),) if not published.decided(notice) else ()),
        reference=notice.reference,
        title=record.title,
        summary=record.summary,
        caption=_(wording.KEY_DECISION if record.key_decision else wording.DECISION),
        banner=published.banner(notice),
        call_in_deadline=format_moment(deadline) if deadline else None,
        consultations=consultations,
        facts=header_facts(published, notice),
        documents=web_pages_first(published.document_views(notice)),
        parts=(
            DecisionPart("part-a", wording.part_title("part-a"), tuple(part_a), introduction=body.introduction or None),
            DecisionPart("part-b", wording.part_title("part-b"), part_b, note="" if part_b else _(wording.NO_PART_B)),
            _part_c(published, notice),
        ),
        called_in=_called_in(published, notice),
        search=published.search(notice),
        stale=stale_notice(deadline, published.status[notice.reference]),
    )


def _shown(section: Section) -> Section:
    """A section under a fixed heading of the hub's, in the language spoken now; the council's own as written."""
    if section.title not in wording.SECTION_HEADINGS:
        return section
    heading = _(section.title)
    return section if heading == section.title else replace(section, title=heading)


def stale_notice(deadline: datetime | None, status: DecisionStatus) -> StaleNotice | None:
    """What the page says if it is read after the call-in period ends but before the hub is rebuilt."""
    if status is DecisionStatus.CALL_IN_PERIOD and deadline is not None:
        return StaleNotice(
            to_london(deadline).isoformat(), _(site_wording.STALE_HEADING), wording.stale_after_call_in(deadline)
        )
    return None


def header_facts(published: PublishedDecisions, notice: DecisionNotice) -> tuple[Fact, ...]:
    """The notice's header, in the order of a council's notice of key executive decision."""
    record, label, no = notice.record, _labels(), _(wording.NO)
    maker = record.decision_maker
    who = label["officer_decision"].format(maker=maker.label) if maker.officer else maker.label
    facts = [Fact(label["reference"], notice.reference), Fact(label["decision_maker"], who)]
    if record.cabinet_member is not None:
        facts.append(Fact(label["cabinet_member"], f"{record.cabinet_member.name}, {record.cabinet_member.portfolio}"))
    facts.append(Fact(label["lead_officer"], f"{record.lead_officer.name}, {record.lead_officer.title}"))
    author = record.report_author
    contacts = []
    if author.email:
        contacts.append(LinkView(author.email, mailto(author.email, notice.reference)))
    if author.phone:
        contacts.append(LinkView(author.phone, tel(author.phone)))
    facts.append(
        Fact(
            label["report_author"],
            ", ".join(part for part in (author.name, author.role, author.team) if part),
            contacts=tuple(contacts),
        )
    )
    if record.policy_context:
        facts.append(Fact(label["policy_context"], record.policy_context))
    money = record.financial_summary
    amounts = [
        wording.amount(label[what], pounds)
        for what, pounds in (("expenditure", money.expenditure), ("savings", money.savings))
        if pounds
    ]
    facts.append(Fact(label["financial_summary"], " ".join([money.summary, *amounts])))
    facts.append(Fact(label["key_decision"], _(wording.YES) if record.key_decision else no))
    if record.key_decision:
        threshold = published.settings.key_decision_threshold
        amounts_by_reason = {"expenditure": money.expenditure, "savings": money.savings}
        facts.append(
            Fact(
                label["key_reason"],
                "; ".join(
                    wording.key_reason(r, threshold, amounts_by_reason.get(r)) for r in record.key_decision_reason
                ),
            )
        )
    if record.all_wards:
        facts.append(Fact(label["wards"], _(site_wording.ALL_WARDS)))
    else:
        facts.append(Fact(label["wards"], links=tuple(LinkView(w, ward_href(w)) for w in record.wards)))
    if record.notice_given is not None:
        facts.append(Fact(label["notice_given"], format_date(record.notice_given)))
    if record.record_of_decision is not None and published.decided(notice):
        facts.append(Fact(label["decided"], format_date(record.record_of_decision.date)))
    elif record.decision_date is not None:
        facts.append(Fact(label["expected"], format_date(record.decision_date)))
    facts.append(Fact(label["scrutiny_committee"], record.scrutiny_committee or _(wording.NONE)))
    facts.append(
        Fact(
            label["urgent"],
            no if record.urgent is None else wording.urgent(record.urgent.route, record.urgent.reason),
        )
    )
    exempt = record.exempt_from_call_in
    facts.append(
        Fact(label["exempt_from_call_in"], no if exempt is None else wording.exempt_from_call_in(exempt.reason))
    )
    facts.append(
        Fact(
            label["exempt_information"],
            " ".join(
                wording.exempt_information(item.paragraph, item.withheld, published.settings.nation)
                for item in record.exempt_information
            )
            or _(wording.NOTHING_EXEMPT),
        )
    )
    if record.council_objectives:
        facts.append(Fact(label["objectives"], ", ".join(record.council_objectives)))
    return tuple(facts)


def _labels() -> dict[str, str]:
    """The labels of a notice's summary lists (``wording.FACTS``) in the language spoken now."""
    return {name: _(words) for name, words in wording.FACTS.items()}


def _part_c(published: PublishedDecisions, notice: DecisionNotice) -> DecisionPart:
    title, label = wording.part_title("part-c"), _labels()
    made = notice.record.record_of_decision
    if not published.decided(notice) or made is None:
        return DecisionPart("part-c", title, note=_(wording.NOT_YET_MADE))
    facts = [Fact(label["decision"], _(wording.AGREED if made.agreed else wording.NOT_AGREED))]
    if made.decision:
        facts.append(Fact(label["what_was_decided"], made.decision))
    if not made.agreed:
        facts.append(Fact(_(wording.NOT_AGREED_REASON), made.not_agreed_because or ""))
    facts += [
        Fact(label["decision_maker"], notice.record.decision_maker.label),
        Fact(label["decided"], format_date(made.date)),
        Fact(label["published"], format_date(made.published)),
    ]
    if made.agreed:
        deadline = call_in_deadline_of(notice.record, published.settings)
        start = implementable_from(notice.record, published.settings)
        never, not_yet = _(wording.CANNOT_BE_CALLED_IN_FACT), _(wording.NOT_UNTIL_CONSIDERED)
        facts += [
            Fact(label["call_in_deadline"], format_moment(deadline) if deadline else never),
            Fact(label["implementable_from"], format_date(start) if start else not_yet),
        ]
    facts += [Fact(label["conflicts"], made.conflicts_of_interest), Fact(label["dispensations"], made.dispensations)]
    return DecisionPart("part-c", title, facts=tuple(facts))


def _called_in(published: PublishedDecisions, notice: DecisionNotice) -> tuple[Fact, ...]:
    called, label = notice.record.called_in, _labels()
    if called is None or not published.decided(notice) or called.date > published.now:
        return ()
    facts = [
        Fact(label["called_in_on"], format_date(called.date)),
        Fact(label["called_in_by"], called.by),
        Fact(label["call_in_reason"], called.reason),
        Fact(label["considered_by"], called.committee or notice.record.scrutiny_committee or ""),
    ]
    outcome = called.outcome
    if outcome is not None and outcome.date <= published.now:
        facts.append(
            Fact(label["call_in_outcome"], wording.call_in_outcome(outcome.date, outcome.result, outcome.details))
        )
    else:
        facts.append(Fact(label["call_in_outcome"], _(wording.NOT_YET_CONSIDERED)))
    return tuple(facts)
