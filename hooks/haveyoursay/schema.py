"""JSON Schemas of the records, generated from the models.

Committed beside the records and linked from each record's second line, so
editors (VS Code's YAML extension) autocomplete fields and underline mistakes
before `hub check` is even run. A test keeps them in step with the models.
"""

from __future__ import annotations

from typing import Any

from .consultations.record import ConsultationRecord
from .core.fields import RecordModel
from .decisions.record import DecisionRecord

SCHEMA_FILE = "consultations/consultation.schema.json"
DECISION_SCHEMA_FILE = "content/decisions/decision.schema.json"


def _schema(model: type[RecordModel], title: str, description: str) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    schema["description"] = description
    return schema


def consultation_schema() -> dict[str, Any]:
    return _schema(
        ConsultationRecord,
        "Consultation record",
        "The front matter of consultations/<slug>/index.md. Status is not a field: "
        "it is worked out from the dates. Run `hub check` for the full rules.",
    )


def decision_schema() -> dict[str, Any]:
    return _schema(
        DecisionRecord,
        "Decision notice",
        "The front matter of content/decisions/<reference>/index.md. Status is not a field: it is worked "
        "out from the dates and the record of decision. Run `hub check` for the full rules.",
    )


SCHEMAS = {SCHEMA_FILE: consultation_schema, DECISION_SCHEMA_FILE: decision_schema}
