"""The columns of the open data files, declared once, and each record's row.

A row holds only what the record's page shows at "now": an outcome before it
is published, or a record of decision before it is published, is not in it.
``site.open_data`` makes the JSON, the CSV and their schemas from these
declarations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..consultations import wording as consultation_wording
from ..consultations.pages import PublishedConsultations
from ..consultations.record import ENGAGEMENT_LEVELS, Consultation
from ..consultations.status import Status, last_change, outcome_due, outcome_overdue
from ..core.documents import Document
from ..core.london import length_in_days, to_london
from ..core.translations import N_, _
from ..decisions import wording as decision_wording
from ..decisions.pages import PublishedDecisions
from ..decisions.record import CALL_IN_RESULTS, KEY_REASONS, URGENT_ROUTES, DecisionNotice
from ..decisions.status import DecisionStatus, call_in_deadline_of, implementable_from
from ..decisions.status import last_change as decision_last_change


@dataclass(frozen=True)
class Column:
    """One field of a row: its name, its kind of value, what it means, and whether it may be empty (null).

    ``name`` and ``values`` are the data's own codes, the same in every language; ``description`` is in
    English, marked for the catalogue, and translated where a schema says it (``site.open_data``).

    Kinds: text, url, datetime (ISO 8601 with offset), date (YYYY-MM-DD), integer (0 or more),
    boolean, texts (a list of text) and links (a list of documents: title, url, accessible).
    """

    name: str
    kind: str
    description: str
    optional: bool = False
    values: tuple[str, ...] = ()


def _iso(moment: Any) -> str | None:
    return to_london(moment).isoformat(timespec="seconds") if moment is not None else None


def _page(base_url: str, url: str) -> str:
    return urljoin(base_url, url)


def _links(base_url: str, record_url: str, documents: Sequence[Document]) -> list[dict[str, Any]]:
    """Each document's title, where to get it (its page on this site, a file beside the record, or a web page
    elsewhere) and whether it is accessible."""
    return [
        {
            "title": d.title,
            "url": urljoin(base_url, d.address(record_url)),
            "accessible": d.accessible,
        }
        for d in documents
    ]


_SHARED = (
    Column("title", "text", N_("The title, as on its page.")),
    Column("summary", "text", N_("One or two plain sentences about it.")),
    Column("page", "url", N_("Its page on this site.")),
)
_WARDS = (
    Column("wards", "texts", N_("The wards it affects: every current ward when all_wards is true.")),
    Column("all_wards", "boolean", N_("True if it affects the whole area.")),
)
_LAST = Column("last_modified", "datetime", N_("When what its page says last changed."), optional=True)

CONSULTATION_COLUMNS = (
    Column(
        "id", "text", N_("The consultation's name in its web address, like town-centre-masterplan. It never changes.")
    ),
    *_SHARED,
    Column(
        "status",
        "text",
        N_("Where it is in its life at the moment the file was made."),
        values=tuple(s.value for s in Status),
    ),
    Column("status_words", "text", N_("The status in the words residents read, like Closed: analysing feedback.")),
    Column("opens", "datetime", N_("When it opens.")),
    Column("closes", "datetime", N_("When it closes (midnight at the end of the last day if no time was given).")),
    Column("length_days", "integer", N_("Whole days from opening to closing, on UK clocks.")),
    *_WARDS,
    Column("topics", "texts", N_("The topics it is about.")),
    Column("service", "text", N_("The council team running it.")),
    Column("engagement_level", "text", N_("How residents take part (the IAP2 ladder)."), values=ENGAGEMENT_LEVELS),
    Column(
        "outcome_due",
        "date",
        N_("The last day by which the council aims to publish the outcome (empty if withdrawn)."),
        optional=True,
    ),
    Column(
        "outcome_overdue", "boolean", N_("True if it has closed, the outcome is not published and the day is past.")
    ),
    Column("outcome_published", "datetime", N_("When the outcome was published (empty until then)."), optional=True),
    Column("responses", "integer", N_("How many responses it received (empty until the outcome is published)."), True),
    Column("withdrawn", "datetime", N_("When it was withdrawn (empty if it was not)."), optional=True),
    Column("decisions", "texts", N_("The references of the decision notices that considered it.")),
    Column("documents", "links", N_("Its documents.")),
    Column("outcome_documents", "links", N_("The documents of its published outcome.")),
    _LAST,
)

DECISION_COLUMNS = (
    Column("id", "text", N_("The notice's reference, like NDC-2026-011. It never changes.")),
    *_SHARED,
    Column(
        "status",
        "text",
        N_("Where the decision stands at the moment the file was made."),
        values=tuple(s.value for s in DecisionStatus),
    ),
    Column("status_words", "text", N_("The status in the words residents read, like Decided: can be called in.")),
    Column("status_sentence", "text", N_("The sentence its page gives about where it stands.")),
    Column("decision_maker", "text", N_("Who makes the decision: a body, or a person and their title.")),
    Column("decision_maker_role", "text", N_("The body or post that makes it, whoever holds the post.")),
    Column("officer_decision", "boolean", N_("True for an officer decision under delegated powers.")),
    Column("key_decision", "boolean", N_("True for a key decision.")),
    Column("key_decision_reasons", "texts", N_("Why it is key."), values=KEY_REASONS),
    *_WARDS,
    Column("notice_given", "datetime", N_("When notice of the intended decision was given."), optional=True),
    Column("decision_expected", "datetime", N_("The day the decision is due to be made."), optional=True),
    Column("decided", "datetime", N_("The day it was made (empty until the record is published)."), optional=True),
    Column("agreed", "boolean", N_("True if the proposal was agreed (empty until the record is published)."), True),
    Column("published", "datetime", N_("When the record of the decision was published."), optional=True),
    Column("call_in_deadline", "datetime", N_("The last moment scrutiny can call it in."), optional=True),
    Column("implementable_from", "date", N_("The day it can be put into effect."), optional=True),
    Column("called_in", "datetime", N_("When it was called in (empty if it was not)."), optional=True),
    Column("call_in_result", "text", N_("What scrutiny decided about a call-in."), True, CALL_IN_RESULTS),
    Column("urgency", "text", N_("The urgency route, if it was urgent."), optional=True, values=URGENT_ROUTES),
    Column("exempt_from_call_in", "boolean", N_("True if it cannot be called in.")),
    Column("expenditure", "integer", N_("Spending, in whole pounds."), optional=True),
    Column("savings", "integer", N_("Savings, in whole pounds."), optional=True),
    Column("consultations", "texts", N_("The ids of the consultations it considered.")),
    Column("documents", "links", N_("Its documents.")),
    _LAST,
)


def consultation_row(
    consultation: Consultation,
    published: PublishedConsultations,
    decisions: Sequence[DecisionNotice],
    base_url: str,
) -> dict[str, Any]:
    """A consultation as its page shows it now: the outcome only once it is published."""
    record, status, settings = consultation.record, published.status[consultation.slug], published.settings
    weeks = settings.outcome_due_weeks
    outcome = record.outcome if status is Status.OUTCOME_PUBLISHED else None
    withdrawn = record.withdrawn if status is Status.WITHDRAWN else None
    return {
        "id": consultation.slug,
        "title": record.title,
        "summary": record.summary,
        "page": _page(base_url, consultation.url),
        "status": status.value,
        "status_words": _(consultation_wording.STATUS_LABELS[status]),
        "opens": _iso(record.opens),
        "closes": _iso(record.closes),
        "length_days": length_in_days(record.opens, record.closes),
        "wards": list(settings.wards if record.all_wards else record.wards),
        "all_wards": record.all_wards,
        "topics": list(record.topics),
        "service": record.service,
        "engagement_level": record.engagement_level,
        "outcome_due": None if withdrawn else outcome_due(record.closes, weeks).isoformat(),
        "outcome_overdue": outcome_overdue(record, published.now, weeks),
        "outcome_published": _iso(outcome.published) if outcome else None,
        "responses": outcome.responses if outcome else None,
        "withdrawn": _iso(withdrawn.date) if withdrawn else None,
        "decisions": [notice.reference for notice in decisions],
        "documents": _links(base_url, consultation.url, record.documents),
        "outcome_documents": _links(base_url, consultation.url, outcome.documents) if outcome else [],
        "last_modified": _iso(last_change(record, published.now, weeks)),
    }


def decision_row(
    notice: DecisionNotice,
    published: PublishedDecisions,
    consultations: Sequence[Consultation],
    base_url: str,
) -> dict[str, Any]:
    """A notice as its page shows it now: the record of decision and any call-in only once published."""
    record, settings, now = notice.record, published.settings, published.now
    made = record.record_of_decision if published.decided(notice) else None
    called = record.called_in if made is not None and record.called_in and record.called_in.date <= now else None
    considered = called.outcome if called is not None and called.outcome and called.outcome.date <= now else None
    money = record.financial_summary
    return {
        "id": notice.reference,
        "title": record.title,
        "summary": record.summary,
        "page": _page(base_url, notice.url),
        "status": published.status[notice.reference].value,
        "status_words": _(decision_wording.STATUS_LABELS[published.status[notice.reference]]),
        "status_sentence": published.sentences[notice.reference],
        "decision_maker": record.decision_maker.label,
        "decision_maker_role": record.decision_maker.role,
        "officer_decision": record.decision_maker.officer,
        "key_decision": record.key_decision,
        "key_decision_reasons": list(record.key_decision_reason) if record.key_decision else [],
        "wards": list(settings.wards if record.all_wards else record.wards),
        "all_wards": record.all_wards,
        "notice_given": _iso(record.notice_given),
        "decision_expected": _iso(record.decision_expected),
        "decided": _iso(made.date) if made else None,
        "agreed": made.agreed if made else None,
        "published": _iso(made.published) if made else None,
        "call_in_deadline": _iso(call_in_deadline_of(record, settings)) if made else None,
        "implementable_from": _day(implementable_from(record, settings)) if made else None,
        "called_in": _iso(called.date) if called else None,
        "call_in_result": considered.result if considered else None,
        "urgency": record.urgent.route if record.urgent else None,
        "exempt_from_call_in": record.exempt_from_call_in is not None,
        "expenditure": money.expenditure,
        "savings": money.savings,
        "consultations": [c.slug for c in consultations],
        "documents": _links(base_url, notice.url, record.documents),
        "last_modified": _iso(decision_last_change(record, settings, now)),
    }


def _day(day: Any) -> str | None:
    return day.isoformat() if day is not None else None
