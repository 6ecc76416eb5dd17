"""The JSON Schema of a consultation record, generated from the model.

Committed as consultations/consultation.schema.json and linked from each
record's first line, so editors (VS Code's YAML extension) autocomplete fields
and underline mistakes before `hub check` is even run.
"""
from __future__ import annotations

from .consultation import ConsultationRecord

SCHEMA_FILE = "consultations/consultation.schema.json"


def consultation_schema() -> dict:
    schema = ConsultationRecord.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Consultation record"
    schema["description"] = ("The front matter of consultations/<slug>/index.md. Status is not a field: "
                             "it is worked out from the dates. Run `hub check` for the full rules.")
    return schema
