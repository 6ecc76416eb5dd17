"""A valid consultation, built in Python, and the council's settings: what the rule and status tests change.

The mirror of ``tests/decisions/examples.py``. No files and no MkDocs: each
test changes one thing in ``consultation()`` and passes the settings and "now"
in. The problems are those ``hub check`` would report at line 1 of a file
called C.md (there is no file, so every field is on line 1).
"""

from __future__ import annotations

from datetime import datetime

from haveyoursay.consultations import rules
from haveyoursay.consultations.loading import MISSING_HINTS
from haveyoursay.consultations.record import ConsultationRecord
from haveyoursay.core.london import parse_when
from haveyoursay.core.problems import Locator, Severity
from haveyoursay.core.records import Checking, validate
from haveyoursay.core.settings import CouncilSettings
from haveyoursay.core.source import Source

DEMO_NOW = parse_when("2026-11-24 10:00")[0]
WARDS = [
    "Abbey",
    "Brookside",
    "Castle",
    "Eastfield",
    "Harbour",
    "Kingsmead",
    "Millbrook",
    "Northgate",
    "Oakwood",
    "Riverside",
    "St Anne's",
    "Westcliffe",
]


def council(outcome_due_weeks=12, elections=(), former_wards=()) -> CouncilSettings:
    return CouncilSettings.model_validate(
        {
            "name": "Northbrook Borough Council",
            "base_url": "https://haveyoursay.northbrook.example/",
            "accessible_formats_email": "accessibility@northbrook.example",
            "wards": WARDS,
            "topics": ["Housing", "Libraries and culture"],
            "outcome_due_weeks": outcome_due_weeks,
            "elections": list(elections),
            "former_wards": list(former_wards),
        }
    )


ENGLAND = council()


def at(text: str) -> datetime:
    return parse_when(text)[0]


def consultation(**changes) -> dict:
    """A valid consultation (six weeks from 2 March 2026, open online and by post), changed as asked.

    A value of None deletes the field.
    """
    data = {
        "title": "Changes to library opening hours",
        "summary": "We want to change when our libraries are open. Tell us what you think.",
        "opens": "2026-03-02",
        "closes": "2026-04-13 17:00",
        "wards": ["Castle", "Riverside"],
        "topics": ["Libraries and culture"],
        "service": "Libraries and Heritage",
        "engagement_level": "consult",
        "contact": {"name": "Priya Shah", "email": "libraries@northbrook.example"},
        "ways_to_respond": {
            "online": "https://forms.northbrook.example/library-hours",
            "post": "Library Hours Consultation, Town Hall, Market Square, Northbrook NB1 1AA",
        },
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


OUTCOME = {
    "published": "2026-06-01",
    "responses": 412,
    "you_said": "Most of you wanted libraries open later on weekdays.",
    "we_did": "We will open until 7pm on Tuesdays and Thursdays from September.",
}
WITHDRAWN = {"date": "2026-03-20", "reason": "We have paused this while we review the library budget."}


def record(data: dict, settings=ENGLAND) -> ConsultationRecord:
    return ConsultationRecord.model_validate(data, context={"settings": settings})


AT = Locator("C.md")
"""Where the problems of a consultation built here are reported: line 1 of C.md."""


def checking(settings=ENGLAND, now=DEMO_NOW) -> Checking:
    return Checking(settings, now)


def problems(data: dict, settings=ENGLAND, now=DEMO_NOW) -> list[str]:
    """Every problem the check reports for a consultation's fields and rules, as officers read it.

    As in ``hub check``, the reminders (an outcome due) are given only for a record with no errors.
    """
    source = Source(path="C.md", data=data)
    checked, found = validate(ConsultationRecord, source, {"settings": settings}, MISSING_HINTS)
    if checked is None:
        return [str(p) for p in found]
    found = rules.check(checked, source.at, Checking(settings, now))
    if not any(p.severity is Severity.ERROR for p in found):
        found += rules.check(checked, source.at, Checking(settings, now), rules.REMINDERS)
    return [str(p) for p in found]
