"""Page models for decision notices: what each decision page and list shows, already decided.

The other half of ``views``: a decision notice page laid out like a council's
notice (the header facts, then Parts A, B and C) with its status in words; the
list of decisions made, newest first; the same list by ward, by decision maker
and by month, as plain pages so browsing needs no JavaScript; the forward plan
of key decisions still to be made; and, for a consultation page, the decisions
that considered it. Templates only lay these out.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from markupsafe import Markup

from .body import Section, safe_html, slug_of
from .consultation import Consultation
from .decision import (KEY_REASONS, SCHEDULE_12A, URGENT_ROUTES, DecisionDocument, DecisionNotice,
                       DecisionStatus, call_in_deadline_of, decision_status, implementable_from,
                       status_sentence)
from .documents import file_facts
from .london import MONTHS, format_date, format_moment, to_london
from .settings import CouncilSettings
from .status import Status, consultation_status
from .views import DocumentView, IndexEntry, LinkView

DECISIONS_URL = "decisions/"
FORWARD_PLAN_URL = "decisions/forward-plan/"


def decision_ward_href(name: str) -> str:
    return f"decisions/wards/{slug_of(name)}/"


def decision_maker_href(role: str) -> str:
    return f"decisions/decision-makers/{slug_of(role)}/"


def decision_month_href(month: str) -> str:
    return f"decisions/months/{month}/"


@dataclass(frozen=True)
class DecisionFact:
    """A row of a summary list. ``links`` are hub pages; ``contacts`` are email and phone links."""

    label: str
    value: str = ""
    links: tuple[LinkView, ...] = ()
    contacts: tuple[LinkView, ...] = ()


@dataclass(frozen=True)
class DecisionBanner:
    status: DecisionStatus
    label: str
    sentences: tuple[str, ...]
    reason_heading: str = ""
    reason: Markup | None = None


@dataclass(frozen=True)
class ConsultationLink:
    """"Consultation: what residents told us": a consultation this decision considered."""

    title: str
    href: str
    detail: str


@dataclass(frozen=True)
class DecisionPart:
    """Part A, B or C: prose sections, or (Part C) a summary list."""

    id: str
    title: str
    sections: tuple[Section, ...] = ()
    introduction: Markup | None = None
    facts: tuple[DecisionFact, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class DecisionPage:
    reference: str
    title: str
    summary: str
    caption: str
    banner: DecisionBanner
    call_in_deadline: str | None
    consultations: tuple[ConsultationLink, ...]
    facts: tuple[DecisionFact, ...]
    documents: tuple[DocumentView, ...]
    parts: tuple[DecisionPart, ...]
    called_in: tuple[DecisionFact, ...]


@dataclass(frozen=True)
class DecisionCard:
    """A decision as it appears in lists and browse pages."""

    reference: str
    title: str
    href: str
    summary: str
    status: DecisionStatus
    label: str
    sentence: str
    when: str
    key: bool
    decision_maker: str
    wards: str


@dataclass(frozen=True)
class BrowseGroup:
    """A way to browse the decisions: by ward, by decision maker or by month."""

    title: str
    id: str
    entries: tuple[IndexEntry, ...]


@dataclass(frozen=True)
class DecisionListPage:
    title: str
    introduction: str
    cards: tuple[DecisionCard, ...] = ()
    groups: tuple[tuple[str, tuple[DecisionCard, ...]], ...] = ()
    empty: str = "There are none at the moment."
    links: tuple[LinkView, ...] = ()
    browse: tuple[BrowseGroup, ...] = ()


@dataclass(frozen=True)
class RelatedDecision:
    """A decision shown on a consultation page: "Decision: <title> — <status sentence>"."""

    reference: str
    title: str
    href: str
    status: DecisionStatus
    label: str
    sentence: str

    @property
    def text(self) -> str:
        return f"Decision: {self.title} — {self.sentence}"


def _person(name: str, title: str) -> str:
    return f"{name}, {title}"


def _money(amount: int) -> str:
    return f"£{amount:,}"


@dataclass
class DecisionViews:
    """Builds every decision page model from the checked notices, once, at a fixed "now"."""

    decisions: list[DecisionNotice]
    settings: CouncilSettings
    now: datetime
    consultations: Iterable[Consultation] = ()
    statuses: dict[str, DecisionStatus] = field(init=False)
    cards: dict[str, DecisionCard] = field(init=False)

    def __post_init__(self):
        self.notices = [d for d in self.decisions if not d.draft]
        self.by_reference = {d.reference: d for d in self.notices}
        self.by_slug = {c.slug: c for c in self.consultations}
        self.statuses = {d.reference: decision_status(d, self.settings, self.now) for d in self.notices}
        self.cards = {d.reference: self._card(d) for d in self.notices}

    # -- small pieces --------------------------------------------------------
    def status_of(self, notice: DecisionNotice) -> DecisionStatus:
        return self.statuses[notice.reference]

    def sentence(self, notice: DecisionNotice) -> str:
        return status_sentence(notice, self.settings, self.now)

    def _decided(self, notice: DecisionNotice) -> bool:
        return self.status_of(notice) is not DecisionStatus.FORWARD_PLAN

    def _when(self, notice: DecisionNotice) -> str:
        if not self._decided(notice):
            due = notice.decision_date
            return f"Expected on {format_date(due)}" if due else "Date to be confirmed"
        return f"Decided on {format_date(notice.record_of_decision.date)}"

    def _wards_text(self, notice: DecisionNotice) -> str:
        return "All wards" if notice.all_wards else ", ".join(notice.wards)

    def _card(self, notice: DecisionNotice) -> DecisionCard:
        status = self.status_of(notice)
        return DecisionCard(reference=notice.reference, title=notice.title, href=notice.url, summary=notice.summary,
                            status=status, label=status.label, sentence=self.sentence(notice),
                            when=self._when(notice), key=notice.key_decision,
                            decision_maker=notice.decision_maker.label, wards=self._wards_text(notice))

    def _document(self, notice: DecisionNotice, document: DecisionDocument) -> DocumentView:
        if document.file:
            href = f"{notice.url}{quote(document.file)}"
            described, external = file_facts(notice.folder / document.file).described, False
        else:
            href, described, external = document.url, "Web page", True
        request = ""
        if not document.accessible:
            subject = quote(f"Accessible format request: {document.title} ({notice.reference} {notice.title})")
            request = f"mailto:{self.settings.accessible_formats_email}?subject={subject}"
        return DocumentView(title=document.title, href=href, described=described, accessible=document.accessible,
                            request_format=request, external=external)

    def _consultation_link(self, slug: str) -> ConsultationLink | None:
        consultation = self.by_slug.get(slug)
        if consultation is None:
            return None
        status = consultation_status(consultation, self.now)
        if status is Status.OUTCOME_PUBLISHED:
            outcome = consultation.outcome
            responses = f"{outcome.responses:,} response{'s' if outcome.responses != 1 else ''}"
            return ConsultationLink(consultation.title, f"{consultation.url}#outcome",
                                    f"{responses}. We published what residents told us on "
                                    f"{format_date(outcome.published)}.")
        return ConsultationLink(consultation.title, consultation.url, status.label)

    # -- the decision page ------------------------------------------------------
    def banner(self, notice: DecisionNotice) -> DecisionBanner:
        status = self.status_of(notice)
        sentence = self.sentence(notice)
        made = notice.record_of_decision
        label = status.label
        if status is DecisionStatus.FORWARD_PLAN:
            sentences = [sentence]
            if notice.notice_given is not None:
                kind = "key decision" if notice.key_decision else "decision"
                sentences.append(f"Notice of this {kind} was given on {format_date(notice.notice_given)}.")
            sentences.append("We will publish the record of the decision here once it is made.")
            return DecisionBanner(status, label, tuple(sentences))
        if status is DecisionStatus.NOT_AGREED:
            return DecisionBanner(status, label, (sentence,), "Why it was not agreed",
                                  safe_html(made.not_agreed_because, lowest_heading=4))
        maker = notice.decision_maker
        who = f"{maker.label}{', ' if maker.name else ' '}made this decision on {format_date(made.date)}."
        if status is DecisionStatus.CALL_IN_PERIOD:
            return DecisionBanner(status, label, (
                who, sentence,
                f"If it is not called in, it can be implemented from "
                f"{format_date(implementable_from(notice, self.settings))}."))
        if status is DecisionStatus.CALLED_IN:
            committee = notice.called_in.committee or notice.scrutiny_committee
            sentences = [who, sentence]
            if notice.called_in.outcome is None or notice.called_in.outcome.date > self.now:
                sentences.append(f"The {committee} will consider it.")
            return DecisionBanner(status, label, tuple(sentences))
        sentences = [who, sentence]
        called = notice.called_in
        if called is not None:
            sentences.append(f"It was called in on {format_date(called.date)}. On "
                             f"{format_date(called.outcome.date)} scrutiny decided to take no further action.")
        if notice.exempt_from_call_in is not None:
            sentences.append("It cannot be called in.")
            return DecisionBanner(status, label, tuple(sentences), "Why it cannot be called in",
                                  safe_html(notice.exempt_from_call_in.reason, lowest_heading=4))
        return DecisionBanner(status, label, tuple(sentences))

    def _header(self, notice: DecisionNotice) -> tuple[DecisionFact, ...]:
        record = notice.record
        maker = record.decision_maker
        threshold = _money(self.settings.key_decision_threshold)
        facts = [DecisionFact("Reference", notice.reference),
                 DecisionFact("Decision maker", maker.label + (" (officer decision)" if maker.officer else ""))]
        if record.cabinet_member is not None:
            facts.append(DecisionFact("Cabinet member", _person(record.cabinet_member.name,
                                                                record.cabinet_member.portfolio)))
        facts.append(DecisionFact("Lead officer", _person(record.lead_officer.name, record.lead_officer.title)))
        author = record.report_author
        contacts = []
        if author.email:
            contacts.append(LinkView(author.email, f"mailto:{author.email}?subject={quote(notice.reference)}"))
        if author.phone:
            contacts.append(LinkView(author.phone, f"tel:{author.phone.replace(' ', '')}"))
        facts.append(DecisionFact("Report author and contact",
                                  ", ".join(part for part in (author.name, author.role, author.team) if part),
                                  contacts=tuple(contacts)))
        if record.policy_context:
            facts.append(DecisionFact("Policy context", record.policy_context))
        money = record.financial_summary
        amounts = [f"{what}: {_money(amount)}." for what, amount in (("Expenditure", money.expenditure),
                                                                     ("Savings", money.savings)) if amount]
        facts.append(DecisionFact("Financial summary", " ".join([money.summary] + amounts)))
        facts.append(DecisionFact("Key decision", "Yes" if record.key_decision else "No"))
        if record.key_decision:
            reasons = [KEY_REASONS[r] + (f" ({threshold})" if r in ("expenditure", "savings") else "")
                       for r in record.key_decision_reason]
            facts.append(DecisionFact("Reason the decision is key", "; ".join(reasons)))
        if notice.all_wards:
            facts.append(DecisionFact("Wards affected", "All wards"))
        else:
            facts.append(DecisionFact("Wards affected",
                                      links=tuple(LinkView(w, decision_ward_href(w)) for w in record.wards)))
        if record.notice_given is not None:
            facts.append(DecisionFact("Date notice given", format_date(record.notice_given)))
        if record.record_of_decision is not None and self._decided(notice):
            facts.append(DecisionFact("Date of decision", format_date(record.record_of_decision.date)))
        elif notice.decision_date is not None:
            facts.append(DecisionFact("Decision expected", format_date(notice.decision_date)))
        facts.append(DecisionFact("Relevant scrutiny committee", record.scrutiny_committee or "None"))
        urgent = record.urgent
        facts.append(DecisionFact("Urgent decision", "No" if urgent is None else
                                  f"Yes. {URGENT_ROUTES[urgent.route]}. {urgent.reason}"))
        exempt = record.exempt_from_call_in
        facts.append(DecisionFact("Exempt from call-in", "No" if exempt is None else f"Yes. {exempt.reason}"))
        if record.exempt_information:
            facts.append(DecisionFact("Exempt information", " ".join(
                f"Schedule 12A, paragraph {item.paragraph}: {SCHEDULE_12A[item.paragraph].lower()}. "
                f"Not published: {item.withheld}" for item in record.exempt_information)))
        else:
            facts.append(DecisionFact("Exempt information", "None. Everything is published."))
        if record.council_objectives:
            facts.append(DecisionFact("Council objectives", ", ".join(record.council_objectives)))
        return tuple(facts)

    def _part_c(self, notice: DecisionNotice) -> DecisionPart:
        title = "Part C: record of decision"
        made = notice.record_of_decision
        if not self._decided(notice):
            return DecisionPart("part-c", title, note="This decision has not been made yet. "
                                                      "The record of the decision will be published here.")
        facts = [DecisionFact("Decision", "Proposal agreed" if made.agreed else "Proposal not agreed")]
        if made.decision:
            facts.append(DecisionFact("What was decided", made.decision))
        if not made.agreed:
            facts.append(DecisionFact("Why it was not agreed", made.not_agreed_because))
        facts += [DecisionFact("Decision maker", notice.decision_maker.label),
                  DecisionFact("Date of decision", format_date(made.date)),
                  DecisionFact("Date published", format_date(made.published))]
        if made.agreed:
            deadline = call_in_deadline_of(notice, self.settings)
            facts.append(DecisionFact("Call-in deadline", format_moment(deadline) if deadline else
                                      "This decision cannot be called in"))
            start = implementable_from(notice, self.settings)
            facts.append(DecisionFact("Can be implemented from", format_date(start) if start else
                                      "Not until scrutiny has considered the call-in"))
        facts += [DecisionFact("Conflicts of interest declared", made.conflicts_of_interest),
                  DecisionFact("Dispensations granted", made.dispensations)]
        return DecisionPart("part-c", title, facts=tuple(facts))

    def _called_in(self, notice: DecisionNotice) -> tuple[DecisionFact, ...]:
        called = notice.called_in
        if called is None or not self._decided(notice) or called.date > self.now:
            return ()
        facts = [DecisionFact("Called in on", format_date(called.date)),
                 DecisionFact("Called in by", called.by),
                 DecisionFact("Why it was called in", called.reason),
                 DecisionFact("Considered by", called.committee or notice.scrutiny_committee)]
        outcome = called.outcome
        if outcome is not None and outcome.date <= self.now:
            result = {"no further action": "The committee took no further action. The decision can be implemented.",
                      "referred back": "The committee referred it back to the decision maker to think again.",
                      "referred to full council": "The committee referred it to full Council."}[outcome.result]
            facts.append(DecisionFact("Outcome", f"{format_date(outcome.date)}: {result}"
                                      + (f" {outcome.details}" if outcome.details else "")))
        else:
            facts.append(DecisionFact("Outcome", "Scrutiny has not considered it yet."))
        return tuple(facts)

    def decision_page(self, notice: DecisionNotice) -> DecisionPage:
        consultations = tuple(link for link in (self._consultation_link(s) for s in notice.consultations) if link)
        part_a = list(notice.body.part_a)
        if consultations and notice.body.section("Pre-decision consultation") is None:
            part_a.append(Section("Pre-decision consultation", "pre-decision-consultation", Markup(
                '<p>We asked residents before this decision was made. See '
                '<a href="#what-residents-told-us">what residents told us</a>.</p>')))
        deadline = call_in_deadline_of(notice, self.settings) if self._decided(notice) else None
        return DecisionPage(
            reference=notice.reference, title=notice.title, summary=notice.summary,
            caption="Key decision" if notice.key_decision else "Decision",
            banner=self.banner(notice),
            call_in_deadline=format_moment(deadline) if deadline else None,
            consultations=consultations,
            facts=self._header(notice),
            documents=tuple(self._document(notice, d) for d in notice.documents),
            parts=(DecisionPart("part-a", "Part A: report seeking decision", tuple(part_a),
                                introduction=notice.body.introduction or None),
                   DecisionPart("part-b", "Part B: implications and risks", notice.body.part_b,
                                note="" if notice.body.part_b else "None given."),
                   self._part_c(notice)),
            called_in=self._called_in(notice))

    # -- lists --------------------------------------------------------------------
    def _made(self, notices: Iterable[DecisionNotice]) -> list[DecisionNotice]:
        """Decisions made and published, newest first."""
        chosen = [n for n in notices if self._decided(n)]
        return sorted(chosen, key=lambda n: (-n.record_of_decision.date.timestamp(),
                                             -n.record_of_decision.published.timestamp(), n.reference))

    def _to_be_made(self, notices: Iterable[DecisionNotice]) -> list[DecisionNotice]:
        """Decisions not yet made, soonest first."""
        chosen = [n for n in notices if not self._decided(n)]
        return sorted(chosen, key=lambda n: (n.decision_date.timestamp() if n.decision_date else float("inf"),
                                             n.reference))

    def _grouped(self, notices: list[DecisionNotice]) -> tuple[tuple[str, tuple[DecisionCard, ...]], ...]:
        groups = (("Decisions to be made", self._to_be_made(notices)), ("Decisions made", self._made(notices)))
        return tuple((title, tuple(self.cards[n.reference] for n in chosen)) for title, chosen in groups if chosen)

    def decisions_list(self) -> DecisionListPage:
        """Every decision made, newest first, with the ways to browse them."""
        return DecisionListPage(
            title="Decisions",
            introduction="Decisions made by Cabinet, cabinet members and officers, newest first. Key decisions "
                         "are marked. Most decisions can be called in by scrutiny for a few working days after "
                         "they are published.",
            cards=tuple(self.cards[n.reference] for n in self._made(self.notices)),
            empty="No decisions have been published yet.",
            links=(LinkView("Forward plan: key decisions to be made", FORWARD_PLAN_URL),
                   LinkView("Browse by ward", "#by-ward"), LinkView("Browse by decision maker", "#by-decision-maker"),
                   LinkView("Browse by month", "#by-month")),
            browse=self.browse())

    def forward_plan(self) -> DecisionListPage:
        """Key decisions not yet made, soonest first, with their expected dates."""
        planned = [n for n in self._to_be_made(self.notices) if n.key_decision]
        return DecisionListPage(
            title="Forward plan of key decisions",
            introduction="Key decisions the council expects to make, soonest first. We publish notice of a key "
                         "decision at least 28 clear days before it is made, unless it is urgent.",
            cards=tuple(self.cards[n.reference] for n in planned),
            empty="There are no key decisions on the forward plan at the moment.",
            links=(LinkView("All decisions made", DECISIONS_URL),))

    def ward_pages(self) -> dict[str, DecisionListPage]:
        """A page per ward: decisions for that ward and those for all wards."""
        by_ward: dict[str, list[DecisionNotice]] = defaultdict(list)
        for notice in self.notices:
            for ward in (self.settings.wards if notice.all_wards else notice.wards):
                by_ward[ward].append(notice)
        return {slug_of(ward): DecisionListPage(
            title=f"Decisions affecting {ward} ward",
            introduction=f"Decisions that affect {ward} ward, including those for the whole borough.",
            groups=self._grouped(by_ward[ward]), empty="There are no decisions for this ward yet.",
            links=(LinkView("All decisions", DECISIONS_URL),))
            for ward in self.settings.wards}

    def decision_maker_pages(self) -> dict[str, DecisionListPage]:
        """A page per decision maker (the body or the post, so a new post holder keeps the same page)."""
        by_role: dict[str, list[DecisionNotice]] = defaultdict(list)
        for notice in self.notices:
            by_role[notice.decision_maker.role].append(notice)
        return {slug_of(role): DecisionListPage(
            title=f"Decisions by {_the(role)}",
            introduction=f"Decisions made, or to be made, by {_the(role)}.",
            groups=self._grouped(notices), links=(LinkView("All decisions", DECISIONS_URL),))
            for role, notices in sorted(by_role.items())}

    def month_pages(self) -> dict[str, DecisionListPage]:
        """A page per month with decisions made in it, keyed 2026-03."""
        by_month: dict[str, list[DecisionNotice]] = defaultdict(list)
        for notice in self._made(self.notices):
            by_month[_month_key(notice.record_of_decision.date)].append(notice)
        return {month: DecisionListPage(
            title=f"Decisions made in {_month_name(month)}",
            introduction=f"Decisions made in {_month_name(month)}, newest first.",
            cards=tuple(self.cards[n.reference] for n in notices),
            links=(LinkView("All decisions", DECISIONS_URL),))
            for month, notices in sorted(by_month.items(), reverse=True)}

    def browse(self) -> tuple[BrowseGroup, ...]:
        wards = self.ward_pages()
        makers = self.decision_maker_pages()
        months = self.month_pages()
        return (
            BrowseGroup("Browse by ward", "by-ward", tuple(
                IndexEntry(ward, decision_ward_href(ward), _count(wards[slug_of(ward)]))
                for ward in self.settings.wards)),
            BrowseGroup("Browse by decision maker", "by-decision-maker", tuple(
                IndexEntry(role, decision_maker_href(role), _count(makers[slug_of(role)]))
                for role in sorted({n.decision_maker.role for n in self.notices}))),
            BrowseGroup("Browse by month", "by-month", tuple(
                IndexEntry(_month_name(month), decision_month_href(month), _count(page))
                for month, page in months.items())),
        )

    # -- for consultation pages -------------------------------------------------------
    def for_consultation(self, consultation: Consultation | str) -> tuple[RelatedDecision, ...]:
        """The decisions that considered a consultation, or that its outcome names, earliest first."""
        slug = consultation if isinstance(consultation, str) else consultation.slug
        found = self.by_slug.get(slug) if isinstance(consultation, str) else consultation
        chosen = {n.reference: n for n in self.notices if slug in n.consultations}
        named = found.outcome.decision if found is not None and found.outcome is not None else None
        if named in self.by_reference:
            chosen[named] = self.by_reference[named]
        ordered = sorted(chosen.values(), key=lambda n: (n.decision_date.timestamp() if n.decision_date
                                                         else float("inf"), n.reference))
        return tuple(RelatedDecision(reference=n.reference, title=n.title, href=n.url,
                                     status=self.status_of(n), label=self.status_of(n).label,
                                     sentence=self.sentence(n)) for n in ordered)

    # -- for the adapter -------------------------------------------------------------
    def pages(self) -> Iterator[tuple[str, str, str, Callable[[], object]]]:
        """Every decision page as (source path, title, template, page model maker), for the adapter."""
        for notice in self.notices:
            yield f"{notice.url}index.md", notice.title, "decision.html", lambda n=notice: self.decision_page(n)
        listing = self.decisions_list()
        yield f"{DECISIONS_URL}index.md", listing.title, "decisions-list.html", lambda: listing
        plan = self.forward_plan()
        yield f"{FORWARD_PLAN_URL}index.md", plan.title, "decisions-list.html", lambda: plan
        for href, pages in ((decision_ward_href, self.ward_pages()),
                            (decision_maker_href, self.decision_maker_pages()),
                            (decision_month_href, self.month_pages())):
            for slug, page in pages.items():
                yield f"{href(slug)}index.md", page.title, "decisions-list.html", lambda p=page: p


def _the(role: str) -> str:
    """"Cabinet" reads as it is; a post reads "the Director of Resources"."""
    return role if role.casefold() == "cabinet" or role[:1].islower() else f"the {role}"


def _month_key(moment: datetime) -> str:
    local = to_london(moment)
    return f"{local.year}-{local.month:02d}"


def _month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def _count(page: DecisionListPage) -> int:
    return len(page.cards) + sum(len(cards) for _, cards in page.groups)
