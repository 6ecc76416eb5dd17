"""The committed JSON Schema stays in step with the record model, and editors can find it."""

from __future__ import annotations

import json

from haveyoursay.schema import SCHEMAS, consultation_schema, decision_schema
from hub_testing import DEMO, REPO


def test_committed_schemas_match_the_models():
    for name, schema in SCHEMAS.items():
        committed = json.loads((REPO / name).read_text(encoding="utf-8"))
        assert committed == schema(), f"{name} is out of date: run `hub schema` and commit the result"


def test_schema_describes_every_field_an_officer_writes():
    properties = consultation_schema()["properties"]
    for name in (
        "title",
        "summary",
        "opens",
        "closes",
        "wards",
        "topics",
        "contact",
        "ways_to_respond",
        "documents",
        "events",
        "outcome",
        "withdrawn",
        "updates",
        "draft",
    ):
        assert name in properties
    assert consultation_schema()["additionalProperties"] is False


def test_every_record_and_the_template_point_editors_at_the_schema():
    for record in (DEMO / "consultations").glob("*/index.md"):
        assert (
            record.read_text(encoding="utf-8").splitlines()[1]
            == "# yaml-language-server: $schema=../consultation.schema.json"
        ), record


def test_every_decision_notice_points_editors_at_its_schema():
    assert decision_schema()["properties"]["reference"]
    notices = list((DEMO / "content" / "decisions").glob("*/index.md"))
    assert len(notices) >= 11  # the demo's ten and the template
    for record in notices:
        assert (
            record.read_text(encoding="utf-8").splitlines()[1]
            == "# yaml-language-server: $schema=../decision.schema.json"
        ), record
