"""Every cross-reference between records, as an index built once per build.

No page looks through all the records to find its own: a consultation page
asks ``decisions_by_consultation`` for the notices that considered it, a
ward page asks ``consultations_by_ward``. Each index is one pass over the
records, so the whole build stays linear in their number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..consultations.record import Consultation
from ..decisions.record import DecisionNotice

Filed = TypeVar("Filed", Consultation, DecisionNotice)


@dataclass(frozen=True)
class Indexes:
    consultations_by_slug: dict[str, Consultation]
    decisions_by_reference: dict[str, DecisionNotice]
    decisions_by_consultation: dict[str, tuple[DecisionNotice, ...]]
    consultations_by_decision: dict[str, tuple[Consultation, ...]]
    consultations_by_ward: dict[str, tuple[Consultation, ...]]
    consultations_by_topic: dict[str, tuple[Consultation, ...]]
    decisions_by_ward: dict[str, tuple[DecisionNotice, ...]]


def build_indexes(
    consultations: Sequence[Consultation], decisions: Sequence[DecisionNotice], wards: Sequence[str]
) -> Indexes:
    """One pass over each kind of record; ``wards`` is the council's list (a record for all wards is in each)."""
    by_slug = {c.slug: c for c in consultations}
    by_reference = {d.reference: d for d in decisions}
    return Indexes(
        consultations_by_slug=by_slug,
        decisions_by_reference=by_reference,
        decisions_by_consultation=decisions_by_consultation(consultations, decisions, by_reference),
        consultations_by_decision=consultations_by_decision(decisions, by_slug),
        consultations_by_ward=_by_ward(consultations, wards),
        consultations_by_topic=_grouped((topic, c) for c in consultations for topic in c.record.topics),
        decisions_by_ward=_by_ward(decisions, wards),
    )


def decisions_by_consultation(
    consultations: Sequence[Consultation], decisions: Sequence[DecisionNotice], by_reference: dict[str, DecisionNotice]
) -> dict[str, tuple[DecisionNotice, ...]]:
    """Every notice that considered a consultation, or that its outcome names, soonest decision first.

    Notices name the consultations they considered, but an outcome can also
    name a notice that forgot to list it; include both so the link works either way.
    """
    found: dict[str, dict[str, DecisionNotice]] = defaultdict(dict)
    for notice in decisions:
        for slug in notice.record.consultations:
            found[slug][notice.reference] = notice
    for consultation in consultations:
        outcome = consultation.record.outcome
        if outcome is not None and outcome.decision in by_reference:
            found[consultation.slug][outcome.decision] = by_reference[outcome.decision]
    return {slug: tuple(sorted(notices.values(), key=_soonest)) for slug, notices in found.items()}


def consultations_by_decision(
    decisions: Sequence[DecisionNotice], by_slug: dict[str, Consultation]
) -> dict[str, tuple[Consultation, ...]]:
    """The published consultations each notice names, in the order it names them."""
    return {
        notice.reference: tuple(by_slug[slug] for slug in notice.record.consultations if slug in by_slug)
        for notice in decisions
    }


def _soonest(notice: DecisionNotice) -> tuple[float, str]:
    due = notice.record.decision_date
    return (due.timestamp() if due else float("inf"), notice.reference)


def _by_ward(records: Sequence[Filed], wards: Sequence[str]) -> dict[str, tuple[Filed, ...]]:
    return _grouped(
        (ward, record) for record in records for ward in (wards if record.record.all_wards else record.record.wards)
    )


def _grouped(pairs: Iterable[tuple[str, Filed]]) -> dict[str, tuple[Filed, ...]]:
    grouped: dict[str, list[Filed]] = defaultdict(list)
    for key, record in pairs:
        grouped[key].append(record)
    return {key: tuple(records) for key, records in grouped.items()}
