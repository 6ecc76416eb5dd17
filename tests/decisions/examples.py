"""A valid decision notice, built in Python, and the council's settings: what the rule and status tests change.

The mirror of ``tests/consultations/examples.py``. No files and no MkDocs:
each test changes one thing in ``notice()`` and passes the settings and "now"
in. The problems are those ``hub check`` would report at line 1 of a file
called NDC.md (there is no file, so every field is on line 1).
"""

from __future__ import annotations

from datetime import datetime

from haveyoursay.core.london import parse_when
from haveyoursay.core.problems import Locator
from haveyoursay.core.records import Checking, validate
from haveyoursay.core.settings import CouncilSettings
from haveyoursay.core.source import Source
from haveyoursay.decisions import rules
from haveyoursay.decisions.loading import MISSING_HINTS
from haveyoursay.decisions.record import DecisionRecord

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


def council(nation="england", working_days=5, time="17:00", threshold=500_000, former_wards=()) -> CouncilSettings:
    return CouncilSettings.model_validate(
        {
            "name": "Northbrook Borough Council",
            "base_url": "https://haveyoursay.northbrook.example/",
            "accessible_formats_email": "accessibility@northbrook.example",
            "wards": WARDS,
            "topics": ["Housing"],
            "nation": nation,
            "call_in": {"working_days": working_days, "time": time},
            "key_decision_threshold": threshold,
            "former_wards": list(former_wards),
        }
    )


ENGLAND = council()


def at(text: str) -> datetime:
    return parse_when(text)[0]


def notice(**changes) -> dict:
    """A valid key decision (Cabinet, 8 July 2026, published the next morning), changed as asked.

    A value of None deletes the field.
    """
    data = {
        "reference": "NDC-2026-017",
        "title": "Building a new Oakwood Leisure Centre",
        "summary": "The council will build a new leisure centre.",
        "decision_maker": {"body": "Cabinet"},
        "lead_officer": {"name": "Martin Doyle", "title": "Director of Communities"},
        "report_author": {"name": "Chris Patel", "email": "leisure@northbrook.example"},
        "financial_summary": {"summary": "About £24 million.", "expenditure": 24_000_000},
        "key_decision": True,
        "key_decision_reason": ["expenditure", "wards"],
        "wards": ["Oakwood", "Millbrook", "Eastfield"],
        "notice_given": "2026-05-29",
        "scrutiny_committee": "People Overview and Scrutiny Committee",
        "record_of_decision": {
            "agreed": True,
            "date": "2026-07-08",
            "published": "2026-07-09 10:00",
            "conflicts_of_interest": "None declared.",
            "dispensations": "None.",
        },
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def decided(date: str, published: str, **more) -> dict:
    return {
        "agreed": True,
        "date": date,
        "published": published,
        "conflicts_of_interest": "None declared.",
        "dispensations": "None.",
        **more,
    }


def not_key(**money) -> dict:
    return notice(
        key_decision=False,
        key_decision_reason=None,
        notice_given=None,
        financial_summary={"summary": "The cost.", **money},
    )


def record(data: dict, settings=ENGLAND) -> DecisionRecord:
    return DecisionRecord.model_validate(data, context={"settings": settings})


AT = Locator("NDC.md")
"""Where the problems of a notice built here are reported: line 1 of NDC.md."""


def checking(settings=ENGLAND, now=DEMO_NOW) -> Checking:
    return Checking(settings, now)


def problems(data: dict, settings=ENGLAND, now=DEMO_NOW) -> list[str]:
    """Every problem the check reports for a notice's fields and rules, as officers read it."""
    source = Source(path="NDC.md", data=data)
    checked, found = validate(DecisionRecord, source, {"settings": settings}, MISSING_HINTS)
    if checked is None:
        return [str(p) for p in found]
    return [str(p) for p in rules.check(checked, source.at, Checking(settings, now))]
