"""How we are doing: figures worked out from the published records at "now", for a page and for open data.

No peer publishes these about itself: how many consultations the council ran
each year, how long they ran (the median, and how many gave at least 6 weeks),
whether the outcome ("We asked, you said, we did") came within the council's
weeks of closing (and which are overdue, by name), how many responses
residents gave, and how many decisions named a consultation they considered.
The figures are counted once (``count_figures``), in one pass over each kind
of record; the page model (``how_we_are_doing``) and the data file
(``site.open_data``) both show the same ``Figures``, so they cannot disagree.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

from ..consultations import wording as consultation_wording
from ..consultations.pages import PublishedConsultations
from ..consultations.record import Consultation
from ..consultations.rules import SHORTEST_WEEKS
from ..consultations.status import Status, outcome_due, outcome_overdue
from ..core.london import last_day, length_in_days, to_london
from ..core.translations import _
from ..decisions import wording as decision_wording
from ..decisions.pages import PublishedDecisions
from . import wording
from .components import Fact, LinkView, RelatedRecord
from .indexes import Indexes

HOW_WE_ARE_DOING_DATA = "data/how-we-are-doing.json"


@dataclass
class YearFigures:
    """Consultations that opened in one year (or in every year, when ``year`` is None)."""

    year: int | None
    lengths: list[int] = field(default_factory=list)
    """The length in days of each consultation run (opened, and not withdrawn)."""
    withdrawn: int = 0
    responses: int = 0

    @property
    def run(self) -> int:
        return len(self.lengths)

    @property
    def median_length_days(self) -> float | None:
        return float(statistics.median(self.lengths)) if self.lengths else None

    @property
    def at_least_shortest(self) -> int:
        return sum(1 for days in self.lengths if days >= SHORTEST_WEEKS * 7)


@dataclass(frozen=True)
class Overdue:
    """A consultation whose outcome is overdue: closed, and still no outcome after the weeks allowed."""

    consultation: Consultation
    closed: date
    due: date


@dataclass
class Figures:
    now: datetime
    outcome_due_weeks: int
    years: dict[int, YearFigures] = field(default_factory=dict)
    all_years: YearFigures = field(default_factory=lambda: YearFigures(None))
    forthcoming: int = 0
    outcomes_on_time: int = 0
    outcomes_late: int = 0
    overdue: list[Overdue] = field(default_factory=list)
    outcomes_not_yet_due: int = 0
    decisions_made: int = 0
    decisions_naming_a_consultation: int = 0
    key_decisions_made: int = 0
    key_decisions_naming_a_consultation: int = 0

    @property
    def outcomes_due(self) -> int:
        """Outcomes that should be published by now: published ones, and overdue ones."""
        return self.outcomes_on_time + self.outcomes_late + len(self.overdue)

    def year(self, year: int) -> YearFigures:
        if year not in self.years:
            self.years[year] = YearFigures(year)
        return self.years[year]


def count_figures(consultations: PublishedConsultations, decisions: PublishedDecisions, indexes: Indexes) -> Figures:
    """Every figure, in one pass over the published consultations and one over the published notices."""
    weeks = consultations.settings.outcome_due_weeks
    figures = Figures(consultations.now, weeks)
    for consultation in consultations.consultations:
        _count_consultation(figures, consultation, consultations.status[consultation.slug], weeks)
    figures.years = dict(sorted(figures.years.items(), reverse=True))
    figures.overdue.sort(key=lambda overdue: (overdue.due, overdue.consultation.record.title))
    for notice in decisions.notices:
        if not decisions.decided(notice):
            continue
        named = bool(indexes.consultations_by_decision.get(notice.reference))
        figures.decisions_made += 1
        figures.decisions_naming_a_consultation += named
        if notice.record.key_decision:
            figures.key_decisions_made += 1
            figures.key_decisions_naming_a_consultation += named
    return figures


def _count_consultation(figures: Figures, consultation: Consultation, status: Status, weeks: int) -> None:
    record = consultation.record
    if status is Status.FORTHCOMING:
        figures.forthcoming += 1
        return
    year = figures.year(to_london(record.opens).year)
    if status is Status.WITHDRAWN:
        year.withdrawn += 1
        figures.all_years.withdrawn += 1
        return
    days = length_in_days(record.opens, record.closes)
    year.lengths.append(days)
    figures.all_years.lengths.append(days)
    due = outcome_due(record.closes, weeks)
    if status is Status.OUTCOME_PUBLISHED and record.outcome is not None:
        year.responses += record.outcome.responses
        figures.all_years.responses += record.outcome.responses
        if to_london(record.outcome.published).date() <= due:
            figures.outcomes_on_time += 1
        else:
            figures.outcomes_late += 1
    elif status is Status.CLOSED:
        if outcome_overdue(record, figures.now, weeks):
            figures.overdue.append(Overdue(consultation, last_day(record.closes), due))
        else:
            figures.outcomes_not_yet_due += 1


# -- the figures as open data --------------------------------------------------------------------------

_COUNT = {"type": "integer", "minimum": 0}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
AT_LEAST = f"at_least_{SHORTEST_WEEKS}_weeks"


def _year_data(year: YearFigures) -> dict[str, Any]:
    return {
        "year": year.year,
        "consultations_run": year.run,
        "median_length_days": year.median_length_days,
        AT_LEAST: year.at_least_shortest,
        "withdrawn": year.withdrawn,
        "responses": year.responses,
    }


def figures_data(figures: Figures, base_url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The figures for how-we-are-doing.json, and the part of its JSON Schema that describes them."""
    body = {
        "outcome_due_weeks": figures.outcome_due_weeks,
        "shortest_weeks": SHORTEST_WEEKS,
        "years": [_year_data(year) for year in figures.years.values()],
        "all_years": _year_data(figures.all_years),
        "forthcoming": figures.forthcoming,
        "outcomes": {
            "due": figures.outcomes_due,
            "on_time": figures.outcomes_on_time,
            "late": figures.outcomes_late,
            "overdue": len(figures.overdue),
            "not_yet_due": figures.outcomes_not_yet_due,
            "overdue_consultations": [
                {
                    "id": o.consultation.slug,
                    "title": o.consultation.record.title,
                    "page": urljoin(base_url, o.consultation.url),
                    "closed": o.closed.isoformat(),
                    "outcome_due": o.due.isoformat(),
                }
                for o in figures.overdue
            ],
        },
        "decisions": {
            "made": figures.decisions_made,
            "named_a_consultation": figures.decisions_naming_a_consultation,
            "key_made": figures.key_decisions_made,
            "key_named_a_consultation": figures.key_decisions_naming_a_consultation,
        },
    }
    return body, _figures_schema()


def _object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    schema = {"type": "object", "additionalProperties": False, "required": list(properties), "properties": properties}
    return {**schema, "description": description} if description else schema


def _figures_schema() -> dict[str, Any]:
    """The schema of the figures, each described in the language spoken now."""
    year = _object(
        {
            "year": {"type": ["integer", "null"], "description": _("The year they opened (null: every year).")},
            "consultations_run": {
                **_COUNT,
                "description": _("Consultations that opened, not counting withdrawn ones."),
            },
            "median_length_days": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": _("Their middle length."),
            },
            AT_LEAST: {
                **_COUNT,
                "description": _("How many ran for at least {weeks} weeks.").format(weeks=SHORTEST_WEEKS),
            },
            "withdrawn": {**_COUNT, "description": _("Consultations that opened that year and were withdrawn.")},
            "responses": {**_COUNT, "description": _("Responses counted in their published outcomes.")},
        }
    )
    overdue = _object(
        {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "page": {"type": "string", "format": "uri", "pattern": "^https?://"},
            "closed": {**_DATE, "description": _("The last day it was open.")},
            "outcome_due": {**_DATE, "description": _("The day the outcome was due.")},
        }
    )
    properties = {
        "outcome_due_weeks": {**_COUNT, "description": _("Weeks after closing by which an outcome is due.")},
        "shortest_weeks": {**_COUNT, "description": _("The shortest length the council aims for, in weeks.")},
        "years": {"type": "array", "items": {"$ref": "#/$defs/year"}, "description": _("Newest year first.")},
        "all_years": {"$ref": "#/$defs/year"},
        "forthcoming": {**_COUNT, "description": _("Consultations not yet open, so not counted yet.")},
        "outcomes": _object(
            {
                "due": {**_COUNT, "description": _("Outcomes due by now: on time, late or overdue.")},
                "on_time": {**_COUNT, "description": _("Published within outcome_due_weeks of closing.")},
                "late": {**_COUNT, "description": _("Published, but after outcome_due_weeks.")},
                "overdue": {**_COUNT, "description": _("Not published, and past the day they were due.")},
                "not_yet_due": {**_COUNT, "description": _("Closed, not published, and not due yet.")},
                "overdue_consultations": {"type": "array", "items": {"$ref": "#/$defs/overdue"}},
            }
        ),
        "decisions": _object(
            {
                "made": {**_COUNT, "description": _("Decisions made and published.")},
                "named_a_consultation": {**_COUNT, "description": _("Of those, how many named a consultation.")},
                "key_made": {**_COUNT, "description": _("Key decisions made and published.")},
                "key_named_a_consultation": {**_COUNT, "description": _("Of those, how many named a consultation.")},
            }
        ),
    }
    return {"required": list(properties), "properties": properties, "$defs": {"year": year, "overdue": overdue}}


# -- the page -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FiguresRow:
    """A row of a table of figures: what it is about (a row heading, like a year) and its figures."""

    header: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class FiguresTable:
    """A table of figures with a caption and column headings; ``total`` is its last row, set apart."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[FiguresRow, ...]
    total: FiguresRow | None = None
    empty: str = ""


@dataclass(frozen=True)
class HowWeAreDoingPage:
    title: str
    introduction: str
    when: str
    consultations: FiguresTable
    consultation_notes: tuple[str, ...]
    outcomes: tuple[Fact, ...]
    overdue: tuple[RelatedRecord, ...]
    overdue_heading: str
    none_overdue: str
    decisions: tuple[Fact, ...]
    downloads: tuple[LinkView, ...]


def _year_row(header: str, year: YearFigures) -> FiguresRow:
    median = year.median_length_days
    return FiguresRow(
        header,
        (
            wording.number(year.run),
            consultation_wording.median_length(median) if median is not None else _(wording.NOT_APPLICABLE),
            wording.out_of(year.at_least_shortest, year.run) if year.run else _(wording.NOT_APPLICABLE),
            wording.number(year.responses),
        ),
    )


def how_we_are_doing(figures: Figures, data_links: tuple[LinkView, ...]) -> HowWeAreDoingPage:
    """The page: consultations by year in a table, then outcomes and decisions as summary lists."""
    weeks = figures.outcome_due_weeks
    table = FiguresTable(
        caption=_(consultation_wording.FIGURES_CAPTION),
        columns=consultation_wording.figures_columns(SHORTEST_WEEKS),
        rows=tuple(_year_row(str(year), figures.years[year]) for year in figures.years),
        total=_year_row(_(consultation_wording.ALL_YEARS), figures.all_years) if figures.years else None,
        empty=_(consultation_wording.NO_FIGURES_YET),
    )
    labels = consultation_wording.outcome_figure_labels(weeks)
    outcomes = (
        Fact(labels["due"], wording.number(figures.outcomes_due)),
        Fact(labels["on_time"], wording.out_of(figures.outcomes_on_time, figures.outcomes_due)),
        Fact(labels["late"], wording.number(figures.outcomes_late)),
        Fact(labels["overdue"], wording.number(len(figures.overdue))),
        Fact(labels["not_yet_due"], wording.number(figures.outcomes_not_yet_due)),
        Fact(labels["responses"], wording.number(figures.all_years.responses)),
    )
    decision_labels = {key: _(label) for key, label in decision_wording.DECISION_FIGURES.items()}
    decisions = (
        Fact(decision_labels["made"], wording.number(figures.decisions_made)),
        Fact(
            decision_labels["named"],
            wording.out_of(figures.decisions_naming_a_consultation, figures.decisions_made),
        ),
        Fact(decision_labels["key_made"], wording.number(figures.key_decisions_made)),
        Fact(
            decision_labels["key_named"],
            wording.out_of(figures.key_decisions_naming_a_consultation, figures.key_decisions_made),
        ),
    )
    title, introduction = (_(words) for words in wording.HOW_WE_ARE_DOING)
    return HowWeAreDoingPage(
        title=title,
        introduction=introduction,
        when=wording.figures_when(figures.now),
        consultations=table,
        consultation_notes=consultation_wording.figures_notes(figures.forthcoming, figures.all_years.withdrawn),
        outcomes=outcomes,
        overdue=tuple(
            RelatedRecord(
                o.consultation.record.title,
                o.consultation.url,
                consultation_wording.overdue_detail(o.closed, o.due),
            )
            for o in figures.overdue
        ),
        overdue_heading=_(consultation_wording.OVERDUE_HEADING),
        none_overdue=_(consultation_wording.NONE_OVERDUE),
        decisions=decisions,
        downloads=data_links,
    )
