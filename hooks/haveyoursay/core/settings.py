"""The council's own settings: who it is, its wards and topics, its rules.

They live in one place (``extra: council:`` in mkdocs.yml) and are checked
with the same plain-English errors as the records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from .fields import Email, Phone, RecordModel, StartTime, Text, WebAddress, officer_error, problems_from
from .plain_english import JARGON, LONGEST_SENTENCE, READING_AGE
from .problems import Location, Locator, Problem
from .source import Source, parse_yaml, read_text
from .translations import ENGLISH, LANGUAGES, WELSH

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
    if isinstance(value, str) and re.fullmatch(r"\s*[0-9]{1,2}:[0-9]{2}\s*", value):
        hour, minute = (int(part) for part in value.strip().split(":"))
        if hour < 24 and minute < 60:
            if (hour, minute) == (0, 0):
                raise officer_error(
                    "midnight is not a clear time for a deadline: it could mean the start or the end of the day",
                    'write "23:59" for the end of the day, or the time your constitution gives, like "17:00"',
                )
            return time(hour, minute)
    raise officer_error(f"'{value}' is not a time of day", 'write a 24-hour time in quotes, like "17:00"')


TimeOfDay = Annotated[
    time, BeforeValidator(_time_of_day), WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$"})
]


class CallIn(RecordModel):
    """How long scrutiny has to call in an executive decision: each council's constitution says."""

    working_days: int = Field(5, ge=1, le=30, description="Working days after publication (the constitution's number).")
    time: TimeOfDay = Field(time(17, 0), description='Time of day the call-in period ends, like "17:00".')
    counted_from: Literal["publication", "decision"] = Field(
        "publication",
        description="Count the working days from the day the decision is published (most "
        "constitutions) or from the day it was made (the decision meeting).",
    )
    late_after: TimeOfDay | None = Field(
        None,
        description='A decision published after this time (like "17:00"), or on a day that is not a working '
        "day, counts as published on the next working day. Leave out if your constitution has no such rule.",
    )


NATIONS = ("england", "wales", "scotland", "northern-ireland")
"""The law on decision notices differs in each; bank holidays differ in Scotland and Northern Ireland."""


def _nation(value: Any) -> Any:
    if value == "england-and-wales":
        raise officer_error(
            "'england-and-wales' is not precise enough",
            "write england or wales: the bank holidays are the same, but the law on decision notices is not",
        )
    return value


_SAFE_ADDRESS = re.compile(
    r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?/(?:[A-Za-z0-9._~/-]*/)?$"
)


def _site_address(value: str) -> str:
    """The hub's own address goes into every page's links, so it may hold nothing but an address."""
    if not _SAFE_ADDRESS.match(value):
        raise officer_error(
            f"'{value}' is not a web address the hub can be published at",
            "write it like https://haveyoursay.northbrook.gov.uk/ (letters, numbers, dots, hyphens "
            "and slashes only, ending with /)",
        )
    return value


_MARKUP = re.compile(r"[<>\"`]|\]\(|javascript:", re.IGNORECASE)


def _plain_text(value: str) -> str:
    """Settings appear on every page and in the accessibility statement: plain words, no markup."""
    found = _MARKUP.search(value)
    if found:
        raise officer_error(f"this cannot contain {found.group(0)!r}", 'write plain words, without < > " ` or links')
    return value


PlainText = Annotated[Text, AfterValidator(_plain_text)]
SiteAddress = Annotated[WebAddress, AfterValidator(_site_address)]


class OpenDataLicence(RecordModel):
    """The licence the hub's open data files are published under, named and linked on the Open data page."""

    name: PlainText = Field(description="The licence's name, like Open Government Licence v3.0.")
    url: WebAddress = Field(description="Where the licence is published, starting with https://")


OPEN_GOVERNMENT_LICENCE = OpenDataLicence(
    name="Open Government Licence v3.0",
    url="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)
"""The licence most UK public bodies publish data under, unless the council chooses another."""


class PlainEnglish(RecordModel):
    """How the check looks for writing that is not plain English (warnings, never errors)."""

    reading_age: int = Field(READING_AGE, ge=6, le=18, description="The highest reading age a summary may have.")
    longest_sentence: int = Field(LONGEST_SENTENCE, ge=10, le=60, description="The most words in one sentence.")
    jargon: dict[str, PlainText] = Field(
        {}, description="Words to avoid and what to write instead, added to GOV.UK's list: utilise: use"
    )

    @cached_property
    def words_to_avoid(self) -> dict[str, str]:
        """The hub's words to avoid and the council's own, made once: every record's text is checked with it."""
        return {**JARGON, **{word.casefold(): plainer for word, plainer in self.jargon.items()}}


DEFAULT_PLAIN_ENGLISH = PlainEnglish()


class CouncilInWelsh(RecordModel):
    """The council's own words in Welsh, for a council that publishes in Welsh and English: its name and
    address, and the Welsh of the other words it chose (topics, services, audiences, ward names that differ)."""

    name: PlainText | None = Field(None, description="The council's name in Welsh, like Cyngor Sir Caerwyn.")
    address: PlainText | None = Field(None, description="The council's address as a Welsh page gives it.")
    words: dict[PlainText, PlainText] = Field(
        {},
        description="Each of the council's own words in English and its Welsh, like  Libraries and culture: "
        "Llyfrgelloedd a diwylliant  (the topics, and any ward name that is different in Welsh).",
    )

    def as_catalogue(self, settings: CouncilSettings) -> dict[str, str]:
        """What a Welsh page says for each of the council's English words (core.translations.council_words)."""
        given = {**self.words}
        if self.name:
            given[settings.name] = self.name
        if self.address and settings.address:
            given[settings.address] = self.address
        return given


class Election(RecordModel):
    """Polling day of an election in the council's area: consultations avoid the weeks before it."""

    date: StartTime
    name: PlainText | None = None


class CouncilSettings(RecordModel):
    name: PlainText = Field(description="The council's name as residents know it.")
    base_url: SiteAddress = Field(description="Where the hub is published, like https://haveyoursay.northbrook.gov.uk/")
    time_zone: Literal["Europe/London"] = "Europe/London"
    accessible_formats_email: Email = Field(
        description="Where residents ask for large print, Easy Read, audio and other formats."
    )
    accessible_formats_days: int = Field(
        15, ge=1, le=60, description="Working days within which a format request is answered."
    )
    phone: Phone | None = None
    address: PlainText | None = None
    wards: list[PlainText] = Field(min_length=1)
    former_wards: list[PlainText] = Field(
        [],
        description="Wards abolished by a boundary review that older records still name. They are kept on "
        "those records and have their own pages, but new records must use the current wards.",
    )
    topics: list[PlainText] = Field(min_length=1)
    nation: Annotated[Literal["england", "wales", "scotland", "northern-ireland"], BeforeValidator(_nation)] = Field(
        "england",
        description="england, wales, scotland or northern-ireland: the law on decision notices and the bank "
        "holidays depend on it.",
    )
    call_in: CallIn = CallIn()
    key_decision_threshold: int = Field(
        500_000, ge=0, le=10_000_000_000, description="Spending or savings, in pounds, above which a decision is key."
    )
    outcome_due_weeks: int = Field(
        12, ge=1, le=52, description="Weeks after closing by which the outcome should be published."
    )
    plain_english: PlainEnglish = PlainEnglish()
    elections: list[Election] = Field(
        [],
        description="Polling days in the council's area, like  - date: 2027-05-06; consultations that open or "
        "close in the weeks before one are warned about (the pre-election period).",
    )
    pre_election_weeks: int = Field(
        6,
        ge=1,
        le=12,
        description="How many weeks before polling day the pre-election period starts (six by the usual guidance).",
    )
    open_data_licence: OpenDataLicence = Field(
        OPEN_GOVERNMENT_LICENCE,
        description="The licence of the open data files (name and url); the Open Government Licence v3.0 if left out.",
    )
    languages: list[str] = Field(
        [ENGLISH],
        min_length=1,
        description="The languages the hub publishes in: [en] for English, or [en, cy] for Welsh and English "
        "(each record then needs its Welsh text).",
    )
    welsh: CouncilInWelsh = Field(
        CouncilInWelsh(),
        validate_default=True,
        description="The council's name, address and own words (topics and the like) in Welsh, for a council "
        "that publishes in Welsh and English.",
    )

    @property
    def bank_holidays(self) -> str:
        """Whose bank holidays count: England and Wales share theirs."""
        return "england-and-wales" if self.nation in ("england", "wales") else self.nation

    def wards_in(self, by_ward: Mapping[str, object]) -> list[str]:
        """Every current ward, then each former ward that records still name (each has its own page)."""
        return [*self.wards, *(ward for ward in self.former_wards if by_ward.get(ward))]

    @property
    def bilingual(self) -> bool:
        """Whether the council publishes in Welsh as well as English, so every record needs its Welsh text."""
        return "cy" in self.languages

    @field_validator("languages")
    @classmethod
    def _languages_the_hub_speaks(cls, codes: list[str]) -> list[str]:
        for index, code in enumerate(codes):
            if code not in LANGUAGES:
                raise officer_error(
                    f"'{code}' is not a language the hub publishes in",
                    "write en for English or cy for Welsh, like  languages: [en, cy]",
                    item=index,
                )
            if code in codes[:index]:
                raise officer_error(f"'{code}' is listed twice", "delete one of them", item=index)
        if ENGLISH not in codes:
            raise officer_error(
                "English is missing from the languages",
                "records are written in English first, so list en too, like  languages: [en, cy]",
            )
        return codes

    @field_validator("welsh")
    @classmethod
    def _welsh_for_the_councils_words(cls, welsh: CouncilInWelsh, info: ValidationInfo) -> CouncilInWelsh:
        """A bilingual council's pages give its name and topics in Welsh too: each needs its Welsh, as the
        records do (an English council needs none)."""
        if WELSH not in (info.data.get("languages") or ()):
            return welsh
        if not welsh.name:
            raise officer_error(
                "the council's name in Welsh is missing",
                "add it under  welsh:  like  welsh: {name: Cyngor Sir Caerwyn}",
            )
        missing = [topic for topic in info.data.get("topics") or () if topic not in welsh.words]
        if missing:
            raise officer_error(
                f"the Welsh of the topic '{missing[0]}' is missing",
                f"add it under  welsh: words:  like  {missing[0]}: <the topic in Welsh>",
            )
        return welsh

    @field_validator("former_wards")
    @classmethod
    def _former_wards_are_not_current(cls, names: list[str], info: ValidationInfo) -> list[str]:
        current = {ward.casefold() for ward in info.data.get("wards") or ()}
        for index, ward in enumerate(names):
            if ward.casefold() in current:
                raise officer_error(
                    f"'{ward}' is still in the ward list",
                    "list it once: under wards if it is "
                    "still a ward, under former_wards if a boundary review abolished it",
                    item=index,
                )
        return names

    @field_validator("wards", "topics", "former_wards")
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
    settings, problems, _ = read_settings(config_file, display_path)
    return settings, problems


def read_settings(
    config_file: Path, display_path: str = "mkdocs.yml"
) -> tuple[CouncilSettings | None, list[Problem], Locator | None]:
    """The council's settings, every problem with them, and where each was written (for later problems)."""
    text, problems = read_text(config_file, display_path)
    if text is None:
        return None, problems, None
    source, problems = parse_yaml(text, display_path)
    if source is None:
        return None, problems, None
    settings, found = _settings_in(source, display_path)
    return settings, problems + found + _site_fields(source), source.at


def _site_fields(source: Source) -> list[Problem]:
    """MkDocs' own settings that reach every page are untrusted input too: plain words and a plain address."""
    data = source.data if isinstance(source.data, dict) else {}
    problems = []
    for name, problem in site_problems(data.get("site_name"), data.get("site_description"), data.get("site_url")):
        problems.append(source.at.error((name,), *problem))
    return problems


def site_problems(site_name: Any, site_description: Any, site_url: Any) -> list[tuple[str, tuple[str, str]]]:
    """Problems with MkDocs' own site settings, by name. A value given another way (like !ENV) is checked
    when MkDocs has worked it out: the build calls this again with the values it will use."""
    problems = []
    for name, value, check in (
        ("site_name", site_name, _plain_text),
        ("site_description", site_description, _plain_text),
        ("site_url", site_url, _site_address),
    ):
        if not isinstance(value, str) or not value:
            continue
        try:
            check(value)
        except PydanticCustomError as error:
            context = error.context or {}
            problems.append((name, (str(context.get("problem", "")), str(context.get("hint", "")))))
    return problems


def _settings_in(source: Source, display_path: str) -> tuple[CouncilSettings | None, list[Problem]]:
    problems: list[Problem] = []
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
