"""Open data: every published consultation and decision notice as JSON and CSV, described for reuse.

Every build writes, at stable addresses under ``data/`` (from the records it
publishes, at its "now"; drafts never):

consultations.json, decisions.json   one object per record, each with its JSON Schema beside it
consultations.csv, decisions.csv     the same rows, flattened, described by datapackage.json (Frictionless)
how-we-are-doing.json                the figures of the How we are doing page (``site.figures``), and its schema

Each column is declared once (``Column``: name, type, meaning). The rows,
the CSV header, the JSON Schemas and the data package's Table Schemas are
all made from those declarations, so the files and their descriptions cannot
drift apart. Columns of each kind are in ``open_data_columns``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from ..consultations.pages import PublishedConsultations
from ..core.london import to_london
from ..core.translations import N_, _, ngettext
from ..decisions.pages import PublishedDecisions
from . import wording
from .components import OPEN_DATA_URL
from .figures import HOW_WE_ARE_DOING_DATA, Figures, figures_data
from .indexes import Indexes
from .open_data_columns import CONSULTATION_COLUMNS, DECISION_COLUMNS, Column, consultation_row, decision_row

DATA = "data/"
JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
LIST_SEPARATOR, LINK_SEPARATOR = "; ", " "
"""How a list is written in one CSV cell: names with "; " between them, web addresses with a space."""

_JSON_TYPES: dict[str, dict[str, Any]] = {
    "text": {"type": "string"},
    "url": {"type": "string", "format": "uri", "pattern": "^https?://"},
    "datetime": {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN},
    "date": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
    "integer": {"type": "integer", "minimum": 0},
    "boolean": {"type": "boolean"},
    "texts": {"type": "array", "items": {"type": "string"}},
    "links": {"type": "array", "items": {"$ref": "#/$defs/link"}},
}
_TABLE_TYPES: dict[str, dict[str, Any]] = {
    "text": {"type": "string"},
    "url": {"type": "string", "format": "uri"},
    "datetime": {"type": "datetime"},
    "date": {"type": "date"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean", "trueValues": ["true"], "falseValues": ["false"]},
    "texts": {"type": "string"},
    "links": {"type": "string"},
}
_NOT_ACCESSIBLE = N_("False if it does not meet accessibility standards.")


def _link() -> dict[str, Any]:
    """A document's link in a row's list of documents (described in the language spoken now)."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "url", "accessible"],
        "properties": {
            "title": {"type": "string"},
            "url": _JSON_TYPES["url"],
            "accessible": {"type": "boolean", "description": _(_NOT_ACCESSIBLE)},
        },
    }


_NAMED_LINK = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "url"],
    "properties": {"name": {"type": "string"}, "url": _JSON_TYPES["url"]},
}


def iso(moment: datetime) -> str:
    """ISO 8601 with the UK offset of that moment, to the second: 2026-03-12T17:00:00+00:00."""
    return to_london(moment).isoformat(timespec="seconds")


# -- the files ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What every file says about itself: who publishes it, under what licence, and when it was made."""

    council: str
    base_url: str
    licence: tuple[str, str]
    now: datetime

    def envelope(self, name: str, title: str) -> dict[str, Any]:
        return {
            "$schema": urljoin(self.base_url, f"{DATA}{name}.schema.json"),
            "title": title,
            "publisher": {"name": self.council, "url": self.base_url},
            "licence": {"name": self.licence[0], "url": self.licence[1]},
            "generated": iso(self.now),
            "page": urljoin(self.base_url, OPEN_DATA_URL),
        }

    def envelope_schema(self, name: str, title: str, description: str) -> dict[str, Any]:
        return {
            "$schema": JSON_SCHEMA,
            "$id": urljoin(self.base_url, f"{DATA}{name}.schema.json"),
            "title": title,
            "description": description,
            "type": "object",
            "additionalProperties": False,
            "required": ["$schema", "title", "publisher", "licence", "generated", "page"],
            "properties": {
                "$schema": _JSON_TYPES["url"],
                "title": {"type": "string"},
                "publisher": {"$ref": "#/$defs/named_link"},
                "licence": {"$ref": "#/$defs/named_link"},
                "generated": {
                    **_JSON_TYPES["datetime"],
                    "description": _("The moment the file was made: every status is as it was then."),
                },
                "page": {**_JSON_TYPES["url"], "description": _("The page that explains these files.")},
            },
            "$defs": {"named_link": _NAMED_LINK, "link": _link()},
        }


def column_json_schema(column: Column) -> dict[str, Any]:
    schema: dict[str, Any] = dict(_JSON_TYPES[column.kind])
    if column.values and column.kind == "texts":
        schema["items"] = {"type": "string", "enum": list(column.values)}
    elif column.values:
        schema["enum"] = list(column.values)
    if column.optional:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "description": _(column.description)}


RECORDS_DESCRIBED = {
    "consultations": (N_("Every published consultation, one each."), N_("How many consultations there are.")),
    "decisions": (N_("Every published decision, one each."), N_("How many decisions there are.")),
}
"""What consultations.json and decisions.json hold, and what their count is, as their JSON Schemas say it."""


def records_schema(context: Context, name: str, title: str, columns: Sequence[Column]) -> dict[str, Any]:
    """The JSON Schema of consultations.json or decisions.json: the envelope and an array of rows (``title``
    in the language spoken now)."""
    holds, counted = (_(words) for words in RECORDS_DESCRIBED[name])
    schema = context.envelope_schema(name, f"{title}: {context.council}", holds)
    schema["required"] += ["count", name]
    schema["properties"]["count"] = {"type": "integer", "minimum": 0, "description": counted}
    schema["properties"][name] = {"type": "array", "items": {"$ref": "#/$defs/row"}}
    schema["$defs"]["row"] = {
        "type": "object",
        "additionalProperties": False,
        "required": [c.name for c in columns],
        "properties": {c.name: column_json_schema(c) for c in columns},
    }
    return schema


def table_schema(columns: Sequence[Column]) -> dict[str, Any]:
    """The Frictionless Table Schema of a CSV file: each column's type, format and constraints."""
    fields = []
    for column in columns:
        described = _(column.description)
        if column.kind == "texts":
            described += " " + _('In the CSV file the items are separated by "{separator}".').format(
                separator=LIST_SEPARATOR
            )
        elif column.kind == "links":
            described += " " + _("In the CSV file: the web address of each, separated by a space.")
        field: dict[str, Any] = {"name": column.name, **_TABLE_TYPES[column.kind], "description": described}
        constraints: dict[str, Any] = {}
        if not column.optional and column.kind not in ("texts", "links"):
            constraints["required"] = True
        if column.name == "id":
            constraints["unique"] = True
        if column.values and column.kind != "texts":
            constraints["enum"] = list(column.values)
        if column.kind == "integer":
            constraints["minimum"] = 0
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return LINK_SEPARATOR.join(link["url"] for link in value)
        return LIST_SEPARATOR.join(value)
    return str(value)


def to_csv(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([csv_cell(row[c.name]) for c in columns])
    return out.getvalue().encode("utf-8")


def as_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _rows_title(kind: str, count: int) -> str:
    """ "Consultations: 15 rows": a CSV file's title in the data package (English says "rows" of any count)."""
    if kind == "consultations":
        words = ngettext("Consultations: {count} rows", "Consultations: {count} rows", count)
    else:
        words = ngettext("Decisions: {count} rows", "Decisions: {count} rows", count)
    return words.format(count=count)


def data_package(context: Context, counts: dict[str, int]) -> dict[str, Any]:
    """datapackage.json: the two CSV files, with a Table Schema each (Frictionless Data Package v1)."""
    name = re.sub(r"[^a-z0-9]+", "-", context.council.lower()).strip("-") or "council"
    resources = []
    for kind, columns in (("consultations", CONSULTATION_COLUMNS), ("decisions", DECISION_COLUMNS)):
        resources.append(
            {
                "name": kind,
                "path": f"{kind}.csv",
                "profile": "tabular-data-resource",
                "title": _rows_title(kind, counts[kind]),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(columns),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": f"{name}-have-your-say",
        "title": _("Consultations and decisions of {council}").format(council=context.council),
        "homepage": urljoin(context.base_url, OPEN_DATA_URL),
        "created": iso(context.now),
        "licenses": [{"path": context.licence[1], "title": context.licence[0]}],
        "resources": resources,
    }


def data_files(
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    figures: Figures,
    base_url: str,
) -> dict[str, bytes]:
    """Every file under data/, by its path on the site."""
    settings = consultations.settings
    licence = settings.open_data_licence
    context = Context(settings.name, base_url, (licence.name, licence.url), consultations.now)
    rows = {
        "consultations": [
            consultation_row(c, consultations, indexes.decisions_by_consultation.get(c.slug, ()), base_url)
            for c in sorted(consultations.consultations, key=lambda c: c.slug)
        ],
        "decisions": [
            decision_row(n, decisions, indexes.consultations_by_decision.get(n.reference, ()), base_url)
            for n in sorted(decisions.notices, key=lambda n: n.reference)
        ],
    }
    files: dict[str, bytes] = {}
    for kind, english_title, columns in (
        ("consultations", N_("Consultations"), CONSULTATION_COLUMNS),
        ("decisions", N_("Decision notices"), DECISION_COLUMNS),
    ):
        title = _(english_title)
        files[f"{DATA}{kind}.json"] = as_bytes(
            {**context.envelope(kind, f"{title}: {settings.name}"), "count": len(rows[kind]), kind: rows[kind]}
        )
        files[f"{DATA}{kind}.schema.json"] = as_bytes(records_schema(context, kind, title, columns))
        files[f"{DATA}{kind}.csv"] = to_csv(columns, rows[kind])
    files[f"{DATA}datapackage.json"] = as_bytes(data_package(context, {k: len(v) for k, v in rows.items()}))
    body, body_schema = figures_data(figures, base_url)
    figures_title, figures_about = (_(words) for words in wording.HOW_WE_ARE_DOING)
    envelope = context.envelope("how-we-are-doing", figures_title)
    files[HOW_WE_ARE_DOING_DATA] = as_bytes({**envelope, **body})
    schema = context.envelope_schema("how-we-are-doing", figures_title, figures_about)
    schema["required"] += body_schema["required"]
    schema["properties"].update(body_schema["properties"])
    schema["$defs"].update(body_schema["$defs"])
    files[f"{DATA}how-we-are-doing.schema.json"] = as_bytes(schema)
    return files
