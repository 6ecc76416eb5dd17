"""The council's own settings: who it is, its wards and topics, its rules.

They live in one place (``extra: council:`` in mkdocs.yml) and are checked
with the same plain-English errors as the records.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationError, WithJsonSchema, field_validator

from .fields import Email, Phone, RecordModel, Text, WebAddress, officer_error, problems_from
from .problems import Location, Problem
from .source import Source, parse_yaml, read_text

SETTINGS_KEY = ("extra", "council")

MISSING_HINTS = {
    "name": "add the council's name as residents know it, like  name: Northbrook Borough Council",
    "base_url": "add the address the hub is published at, like  base_url: https://haveyoursay.northbrook.gov.uk/",
    "accessible_formats_email": "add the email address residents use to ask for large print, Easy Read, "
    "audio and other formats",
    "wards": "add 'wards:' with the council's wards below it, one per line starting with '- '",
    "topics": "add 'topics:' with the council's topics below it, one per line starting with '- '",
}


def _time_of_day(value: Any) -> time:
    if isinstance(value, int):  # YAML 1.1 reads 17:00 as sexagesimal 1020
        value = f"{value // 60:02d}:{value % 60:02d}"
    if isinstance(value, str):
        try:
            hour, minute = (int(part) for part in value.strip().split(":"))
            return time(hour, minute)
        except ValueError:
            pass
    raise officer_error(f"'{value}' is not a time of day", 'write a 24-hour time in quotes, like "17:00"')


TimeOfDay = Annotated[
    time, BeforeValidator(_time_of_day), WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$"})
]


class CallIn(RecordModel):
    """How long scrutiny has to call in an executive decision."""

    working_days: int = Field(5, ge=0, description="Working days after publication (the constitution's number).")
    time: TimeOfDay = Field(time(17, 0), description='Time of day the call-in period ends, like "17:00".')


class CouncilSettings(RecordModel):
    name: Text = Field(description="The council's name as residents know it.")
    base_url: WebAddress = Field(description="Where the hub is published, like https://haveyoursay.northbrook.gov.uk/")
    time_zone: Literal["Europe/London"] = "Europe/London"
    accessible_formats_email: Email = Field(
        description="Where residents ask for large print, Easy Read, audio and other formats."
    )
    accessible_formats_days: int = Field(
        15, ge=1, description="Working days within which a format request is answered."
    )
    phone: Phone | None = None
    address: Text | None = None
    wards: list[Text] = Field(min_length=1)
    topics: list[Text] = Field(min_length=1)
    nation: Literal["england-and-wales", "scotland", "northern-ireland"] = "england-and-wales"
    call_in: CallIn = CallIn()
    key_decision_threshold: int = Field(
        500_000, ge=0, description="Spending or savings, in pounds, above which a decision is key."
    )
    outcome_due_weeks: int = Field(
        12, ge=1, description="Weeks after closing by which the outcome should be published."
    )

    @field_validator("wards", "topics")
    @classmethod
    def _no_repeats(cls, names: list[str]) -> list[str]:
        seen: dict[str, int] = {}
        for index, name in enumerate(names):
            if name.casefold() in seen:
                first = names[seen[name.casefold()]]
                raise officer_error(
                    f"'{name}' is already listed" + (f" as '{first}'" if first != name else ""),
                    "delete one of them",
                    item=index,
                )
            seen[name.casefold()] = index
        return names


def load_settings(config_file: Path, display_path: str = "mkdocs.yml") -> tuple[CouncilSettings | None, list[Problem]]:
    """Read and check the council's settings from mkdocs.yml."""
    text, problems = read_text(config_file, display_path)
    if text is None:
        return None, problems
    source, problems = parse_yaml(text, display_path)
    if source is None:
        return None, problems
    extra = (source.data.get("extra") if isinstance(source.data, dict) else None) or {}
    raw = extra.get("council") if isinstance(extra, dict) else None
    if not isinstance(raw, dict):
        return None, [
            *problems,
            Problem(
                display_path,
                source.line_of(("extra",)),
                "extra.council",
                "the council's settings are missing",
                "add 'council:' under 'extra:' with name, base_url, wards and topics",
            ),
        ]
    return settings_from(raw, source, SETTINGS_KEY, problems)


def settings_from(
    raw: dict[str, Any], source: Source, prefix: Location = (), problems: list[Problem] | None = None
) -> tuple[CouncilSettings | None, list[Problem]]:
    problems = list(problems or [])
    try:
        return CouncilSettings.model_validate(raw), problems
    except ValidationError as error:
        found = problems_from(error, source, CouncilSettings, prefix, missing_hints=MISSING_HINTS)
        # Name the field the way it is written in mkdocs.yml.
        found = [
            Problem(
                p.path,
                p.line,
                "extra.council." + p.field if p.field else "extra.council",
                p.problem,
                p.hint,
                p.severity,
            )
            for p in found
        ]
        return None, problems + found
