"""Page models for decision notices: what each page shows, already decided. The mirror of consultations' pages.

A notice's page is laid out like a council's notice (the header facts, then
Parts A, B and C) with its status in words; lists show decisions made
(newest first), the forward plan, and the same decisions by ward, by decision
maker and by month, as plain pages so browsing needs no JavaScript. The words
come from ``wording``; each notice's status, sentence and card are worked out
once per build (``PublishedDecisions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import Markup

from ..core.body import Section, safe_html, slug_of
from ..core.london import format_date, format_moment, to_london
from ..core.settings import CouncilSettings
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
            label=wording.STATUS_LABELS[status],
            when=wording.card_when(
                self.decided(notice), made.date if made else None, record.decision_date, record.decision_maker.label
            ),
            tags=(Tag(wording.KEY_DECISION, "key"),) if record.key_decision else (),
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
        return tuple((title, tuple(self.cards[n.reference] for n in chosen)) for title, chosen in groups if chosen)

    def search(self, notice: DecisionNotice) -> SearchFacts:
        """What the search index records: its status, wards (every ward for one about all wards, as on the
        ward pages) and the date it was or is expected to be decided, which also gives its year."""
        record, card, decided = notice.record, self.cards[notice.reference], self.decided(notice)
        made = record.record_of_decision
        when = made.date if decided and made is not None else record.decision_date
        day = to_london(when).date() if when is not None else None
        return SearchFacts(
            kind=wording.SEARCH_KIND,
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
            wording.STATUS_LABELS[status],
            record.record_of_decision,
        )
        if status is DecisionStatus.FORWARD_PLAN or made is None:
            sentences = [sentence]
            if record.notice_given is not None:
                sentences.append(wording.notice_given_sentence(record.key_decision, record.notice_given))
            sentences.append(wording.RECORD_TO_FOLLOW)
            return Banner(status, label, tuple(sentences))
        if status is DecisionStatus.NOT_AGREED:
            return Banner(
                status,
                label,
                (sentence,),
                wording.NOT_AGREED_REASON,
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
            sentences.append(wording.CANNOT_BE_CALLED_IN)
            return Banner(
                status,
                label,
                tuple(sentences),
                wording.CANNOT_BE_CALLED_IN_REASON,
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
    part_a = list(body.part_a)
    if consultations and body.section("Pre-decision consultation") is None:
        part_a.append(
            Section(
                "Pre-decision consultation",
                "pre-decision-consultation",
                given=Markup(wording.PRE_DECISION_CONSULTATION),
            )
        )
    deadline = call_in_deadline_of(record, published.settings) if published.decided(notice) else None
    titles = wording.PART_TITLES
    return DecisionPage(
        breadcrumbs=(LinkView(site_wording.HOME, ""), LinkView(wording.DECISIONS[0], URL))
        + ((LinkView(wording.FORWARD_PLAN[0], FORWARD_PLAN_URL),) if not published.decided(notice) else ()),
        reference=notice.reference,
        title=record.title,
        summary=record.summary,
        caption=wording.KEY_DECISION if record.key_decision else wording.DECISION,
        banner=published.banner(notice),
        call_in_deadline=format_moment(deadline) if deadline else None,
        consultations=consultations,
        facts=header_facts(published, notice),
        documents=web_pages_first(published.document_views(notice)),
        parts=(
            DecisionPart("part-a", titles["part-a"], tuple(part_a), introduction=body.introduction or None),
            DecisionPart("part-b", titles["part-b"], body.part_b, note="" if body.part_b else wording.NO_PART_B),
            _part_c(published, notice),
        ),
        called_in=_called_in(published, notice),
        search=published.search(notice),
        stale=stale_notice(deadline, published.status[notice.reference]),
    )


def stale_notice(deadline: datetime | None, status: DecisionStatus) -> StaleNotice | None:
    """What the page says if it is read after the call-in period ends but before the hub is rebuilt."""
    if status is DecisionStatus.CALL_IN_PERIOD and deadline is not None:
        return StaleNotice(
            to_london(deadline).isoformat(), site_wording.STALE_HEADING, wording.stale_after_call_in(deadline)
        )
    return None


def header_facts(published: PublishedDecisions, notice: DecisionNotice) -> tuple[Fact, ...]:
    """The notice's header, in the order of a council's notice of key executive decision."""
    record, label = notice.record, wording.FACTS
    maker = record.decision_maker
    facts = [
        Fact(label["reference"], notice.reference),
        Fact(label["decision_maker"], maker.label + (label["officer_decision"] if maker.officer else "")),
    ]
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
    facts.append(Fact(label["key_decision"], wording.YES if record.key_decision else wording.NO))
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
        facts.append(Fact(label["wards"], site_wording.ALL_WARDS))
    else:
        facts.append(Fact(label["wards"], links=tuple(LinkView(w, ward_href(w)) for w in record.wards)))
    if record.notice_given is not None:
        facts.append(Fact(label["notice_given"], format_date(record.notice_given)))
    if record.record_of_decision is not None and published.decided(notice):
        facts.append(Fact(label["decided"], format_date(record.record_of_decision.date)))
    elif record.decision_date is not None:
        facts.append(Fact(label["expected"], format_date(record.decision_date)))
    facts.append(Fact(label["scrutiny_committee"], record.scrutiny_committee or wording.NONE))
    facts.append(
        Fact(
            label["urgent"],
            wording.NO if record.urgent is None else wording.urgent(record.urgent.route, record.urgent.reason),
        )
    )
    exempt = record.exempt_from_call_in
    facts.append(
        Fact(label["exempt_from_call_in"], wording.NO if exempt is None else wording.exempt_from_call_in(exempt.reason))
    )
    facts.append(
        Fact(
            label["exempt_information"],
            " ".join(
                wording.exempt_information(item.paragraph, item.withheld, published.settings.nation)
                for item in record.exempt_information
            )
            or wording.NOTHING_EXEMPT,
        )
    )
    if record.council_objectives:
        facts.append(Fact(label["objectives"], ", ".join(record.council_objectives)))
    return tuple(facts)


def _part_c(published: PublishedDecisions, notice: DecisionNotice) -> DecisionPart:
    title, label = wording.PART_TITLES["part-c"], wording.FACTS
    made = notice.record.record_of_decision
    if not published.decided(notice) or made is None:
        return DecisionPart("part-c", title, note=wording.NOT_YET_MADE)
    facts = [Fact(label["decision"], wording.AGREED if made.agreed else wording.NOT_AGREED)]
    if made.decision:
        facts.append(Fact(label["what_was_decided"], made.decision))
    if not made.agreed:
        facts.append(Fact(wording.NOT_AGREED_REASON, made.not_agreed_because or ""))
    facts += [
        Fact(label["decision_maker"], notice.record.decision_maker.label),
        Fact(label["decided"], format_date(made.date)),
        Fact(label["published"], format_date(made.published)),
    ]
    if made.agreed:
        deadline = call_in_deadline_of(notice.record, published.settings)
        facts.append(
            Fact(label["call_in_deadline"], format_moment(deadline) if deadline else wording.CANNOT_BE_CALLED_IN_FACT)
        )
        start = implementable_from(notice.record, published.settings)
        facts.append(Fact(label["implementable_from"], format_date(start) if start else wording.NOT_UNTIL_CONSIDERED))
    facts += [Fact(label["conflicts"], made.conflicts_of_interest), Fact(label["dispensations"], made.dispensations)]
    return DecisionPart("part-c", title, facts=tuple(facts))


def _called_in(published: PublishedDecisions, notice: DecisionNotice) -> tuple[Fact, ...]:
    called, label = notice.record.called_in, wording.FACTS
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
        facts.append(Fact(label["call_in_outcome"], wording.NOT_YET_CONSIDERED))
    return tuple(facts)
