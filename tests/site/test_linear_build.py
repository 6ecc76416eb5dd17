"""Linear by construction: every cross-reference is an index built once, so no page looks at every record.

A shape test, not a timed one. The demo's records are cloned into hubs of
growing size; every page model the build would render is made; and each
record counts how often its fields are read. If a page scanned all notices to
find its own (as consultation pages once did), the reads per notice would grow
with the number of consultations. They must stay the same.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Any

from haveyoursay.consultations.record import Consultation
from haveyoursay.decisions.record import DecisionNotice
from haveyoursay.site.hub import Hub
from haveyoursay.site.pages import plan_site
from hub_testing import demo_at

READS: Counter[int] = Counter()


@dataclass(frozen=True)
class CountedConsultation(Consultation):
    def __getattribute__(self, name: str) -> Any:
        if name == "record":
            READS[id(self)] += 1
        return object.__getattribute__(self, name)


@dataclass(frozen=True)
class CountedNotice(DecisionNotice):
    def __getattribute__(self, name: str) -> Any:
        if name == "record":
            READS[id(self)] += 1
        return object.__getattribute__(self, name)


def counted(kind: type, original: Any, **changes: Any) -> Any:
    values = {f.name: getattr(original, f.name) for f in fields(original)}
    return kind(**{**values, **changes})


def hub_of(copies: int) -> Hub:
    """The demo's records ``copies`` times over, each copy's notices naming that copy's consultations."""
    demo = demo_at()
    consultations, notices = [], []
    for copy in range(copies):
        for c in demo.hub.consultations:
            outcome = c.record.outcome
            record = c.record.model_copy(
                update={
                    "outcome": outcome.model_copy(update={"decision": f"{outcome.decision}-{copy}"})
                    if outcome and outcome.decision
                    else outcome
                }
            )
            consultations.append(counted(CountedConsultation, c, slug=f"{c.slug}-{copy}", record=record))
        for n in demo.hub.decisions:
            record = n.record.model_copy(
                update={
                    "reference": f"{n.reference}-{copy}",
                    "consultations": [f"{s}-{copy}" for s in n.record.consultations],
                }
            )
            notices.append(counted(CountedNotice, n, reference=f"{n.reference}-{copy}", record=record))
    return replace(demo.hub, consultations=consultations, decisions=notices)


def most_reads_per_record(copies: int) -> tuple[int, int]:
    """The most reads of any one consultation, and of any one notice, while making every page model."""
    hub = hub_of(copies)
    READS.clear()
    plan = plan_site(hub, demo_at().consultations.now, "https://haveyoursay.northbrook.example/")
    for model in plan.models.values():
        model()
    return (max(READS[id(c)] for c in hub.consultations), max(READS[id(n)] for n in hub.decisions))


def test_reads_per_record_do_not_grow_with_the_number_of_records():
    small, large = most_reads_per_record(4), most_reads_per_record(8)
    assert small[0] > 0 and small[1] > 0, "the counting wrappers saw nothing: the test would prove nothing"
    assert large == small


def test_the_counting_would_see_a_page_that_scans_every_notice():
    """A control: a scan of all notices per consultation page reads each notice once per consultation."""
    hub = hub_of(4)
    READS.clear()
    for consultation in hub.consultations:
        [n for n in hub.decisions if consultation.slug in n.record.consultations]
    assert max(READS[id(n)] for n in hub.decisions) == len(hub.consultations)
