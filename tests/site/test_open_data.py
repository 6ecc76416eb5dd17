"""Open data: the files under data/ of the built demo, checked as a reuser would check them.

Every JSON file is valid against the JSON Schema published beside it
(``jsonschema``, formats checked); the data package and both CSV files
validate with ``frictionless`` with 0 errors; the rows are the demo's
published records, with literal values worked out from the records by hand;
no draft, and nothing a page does not show yet, is ever in a file; the Open
data page links every file and names the licence the council chose.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import frictionless
import pytest
from jsonschema import Draft202012Validator

from haveyoursay.core.london import parse_when
from haveyoursay.core.settings import OpenDataLicence
from haveyoursay.site.open_data_columns import CONSULTATION_COLUMNS, DECISION_COLUMNS
from haveyoursay.site.pages import plan_site
from hub_testing import demo_at, text_of

BASE = "https://haveyoursay.northbrook.example/"
JSON_FILES = ("consultations", "decisions", "how-we-are-doing")
CONSULTATIONS = [
    "brookside-day-centre",
    "budget-council-tax-2027-28",
    "climate-action-plan",
    "dog-control-pspo",
    "garden-waste-charge",
    "housing-allocations-policy",
    "kingsmead-residents-parking-zone",
    "library-opening-hours",
    "licensing-policy-2027",
    "northgate-play-area",
    "oakwood-leisure-centre",
    "riverside-cycle-route",
    "st-annes-community-garden",
    "town-centre-masterplan",
    "youth-services-review",
]
DECISIONS = [f"NDC-2026-0{n}" for n in ("11", "17", "21", "24", "27", "29", "30", "31", "33", "35")]
DRAFT = "westcliffe-promenade-works"


def data(demo_site: Path, name: str) -> dict:
    return json.loads((demo_site / "data" / name).read_text(encoding="utf-8"))


def by_id(demo_site: Path, kind: str) -> dict[str, dict]:
    return {row["id"]: row for row in data(demo_site, f"{kind}.json")[kind]}


def validator(schema: dict) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# -- JSON against its JSON Schema ---------------------------------------------------------------------


@pytest.mark.parametrize("name", JSON_FILES)
def test_every_json_file_is_valid_against_the_schema_published_beside_it(demo_site, name):
    schema = data(demo_site, f"{name}.schema.json")
    document = data(demo_site, f"{name}.json")
    assert schema["$id"] == f"{BASE}data/{name}.schema.json" == document["$schema"]
    errors = sorted(validator(schema).iter_errors(document), key=str)
    assert errors == []


@pytest.mark.parametrize(
    "name, change",
    [
        ("consultations", lambda d: d["consultations"][0].update(status="nearly open")),
        ("consultations", lambda d: d["consultations"][0].update(opens="2026-09-07T00:00")),  # no offset
        ("consultations", lambda d: d["consultations"][0].update(responses=-1)),
        ("consultations", lambda d: d["consultations"][0].pop("wards")),
        ("decisions", lambda d: d["decisions"][0].update(key_decision="yes")),
        ("decisions", lambda d: d["decisions"][0].update(implementable_from="20 March 2026")),
        ("how-we-are-doing", lambda d: d["outcomes"].update(overdue="one")),
        ("how-we-are-doing", lambda d: d.update(extra=1)),
    ],
)
def test_the_schemas_refuse_what_is_wrong(demo_site, name, change):
    """Not vacuous: a wrong status, a time without its offset, a missing field are each refused."""
    document = data(demo_site, f"{name}.json")
    change(document)
    assert list(validator(data(demo_site, f"{name}.schema.json")).iter_errors(document))


# -- CSV against the data package -------------------------------------------------------------------


def test_the_data_package_and_its_csv_files_validate_with_0_errors(demo_site):
    report = frictionless.validate(str(demo_site / "data" / "datapackage.json"))
    assert report.flatten(["type", "note"]) == []
    assert report.valid
    package = frictionless.Package(str(demo_site / "data" / "datapackage.json"))
    assert [r.name for r in package.resources] == ["consultations", "decisions"]
    assert [f.name for f in package.get_resource("consultations").schema.fields] == [
        c.name for c in CONSULTATION_COLUMNS
    ]
    assert [f.name for f in package.get_resource("decisions").schema.fields] == [c.name for c in DECISION_COLUMNS]
    assert package.licenses == [
        {
            "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
            "title": "Open Government Licence v3.0",
        }
    ]


def test_frictionless_finds_a_broken_csv(demo_site, tmp_path):
    """Not vacuous: a date in words and an unknown status are errors."""
    for name in ("datapackage.json", "consultations.csv", "decisions.csv"):
        (tmp_path / name).write_bytes((demo_site / "data" / name).read_bytes())
    broken = (tmp_path / "consultations.csv").read_text(encoding="utf-8")
    broken = broken.replace("2026-09-07T00:00:00+01:00", "7 September 2026", 1).replace(
        ",withdrawn,Withdrawn,", ",gone,Withdrawn,", 1
    )
    (tmp_path / "consultations.csv").write_text(broken, encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert sorted(error[0] for error in report.flatten(["type"])) == ["constraint-error", "type-error"]


@pytest.mark.parametrize("kind", ["consultations", "decisions"])
def test_each_csv_row_is_its_json_row_flattened(demo_site, kind):
    rows = list(csv.DictReader(io.StringIO((demo_site / "data" / f"{kind}.csv").read_text(encoding="utf-8"))))
    json_rows = data(demo_site, f"{kind}.json")[kind]
    assert [row["id"] for row in rows] == [row["id"] for row in json_rows]
    for row, json_row in zip(rows, json_rows, strict=True):
        for name, value in json_row.items():
            if isinstance(value, list):
                expected = (" " if value and isinstance(value[0], dict) else "; ").join(
                    item["url"] if isinstance(item, dict) else item for item in value
                )
            elif isinstance(value, bool):
                expected = "true" if value else "false"
            else:
                expected = "" if value is None else str(value)
            assert row[name] == expected, (row["id"], name)


# -- the rows are the demo's published records --------------------------------------------------------


def test_one_row_per_published_record_and_never_a_draft(demo_site):
    assert list(by_id(demo_site, "consultations")) == CONSULTATIONS
    assert list(by_id(demo_site, "decisions")) == DECISIONS
    assert data(demo_site, "consultations.json")["count"] == 15
    assert data(demo_site, "decisions.json")["count"] == 10
    for path in (demo_site / "data").iterdir():
        assert DRAFT not in path.read_text(encoding="utf-8"), path.name


def test_consultation_rows_hold_the_records_facts(demo_site):
    rows = by_id(demo_site, "consultations")
    assert {row["status"] for row in rows.values()} == {
        "forthcoming",
        "open",
        "closed",
        "outcome_published",
        "withdrawn",
    }
    oakwood = rows["oakwood-leisure-centre"]
    assert oakwood["status"] == "outcome_published" and oakwood["status_words"] == "Outcome published"
    assert oakwood["opens"] == "2026-03-02T00:00:00+00:00"
    assert oakwood["closes"] == "2026-04-24T17:00:00+01:00"
    assert oakwood["length_days"] == 53
    assert oakwood["responses"] == 2318 and oakwood["outcome_published"] == "2026-07-10T00:00:00+01:00"
    assert oakwood["decisions"] == ["NDC-2026-017"]
    assert oakwood["page"] == f"{BASE}consultations/oakwood-leisure-centre/"
    youth = rows["youth-services-review"]
    assert (youth["status"], youth["outcome_overdue"], youth["outcome_due"]) == ("closed", True, "2026-10-23")
    assert youth["all_wards"] is True and len(youth["wards"]) == 12
    assert youth["responses"] is None and youth["outcome_documents"] == []
    assert [id for id, row in rows.items() if row["outcome_overdue"]] == ["youth-services-review"]
    brookside = rows["brookside-day-centre"]
    assert (brookside["withdrawn"], brookside["outcome_due"]) == ("2026-10-12T00:00:00+01:00", None)
    assert brookside["documents"][0]["url"] == f"{BASE}consultations/brookside-day-centre/proposal.pdf"
    assert sum(row["responses"] or 0 for row in rows.values()) == 5774


def test_decision_rows_hold_the_notices_facts(demo_site):
    rows = by_id(demo_site, "decisions")
    street = rows["NDC-2026-031"]
    assert (street["status"], street["key_decision"]) == ("call_in_period", True)
    assert street["call_in_deadline"] == "2026-11-27T17:00:00+00:00"
    assert street["implementable_from"] == "2026-11-30"
    called = rows["NDC-2026-030"]
    assert (called["status"], called["called_in"], called["implementable_from"]) == (
        "called_in",
        "2026-11-17T00:00:00+00:00",
        None,
    )
    planned = rows["NDC-2026-033"]
    assert planned["status"] == "forward_plan" and planned["decision_expected"] == "2026-12-16T00:00:00+00:00"
    assert (planned["decided"], planned["agreed"], planned["call_in_deadline"]) == (None, None, None)
    assert (rows["NDC-2026-021"]["status"], rows["NDC-2026-021"]["agreed"]) == ("not_agreed", False)
    assert rows["NDC-2026-027"]["urgency"] == "special urgency" and rows["NDC-2026-027"]["exempt_from_call_in"]
    assert rows["NDC-2026-011"]["decision_maker"] == "Cabinet"
    assert {id: row["consultations"] for id, row in rows.items() if row["consultations"]} == {
        "NDC-2026-011": ["town-centre-masterplan"],
        "NDC-2026-017": ["oakwood-leisure-centre"],
        "NDC-2026-024": ["library-opening-hours"],
    }


def test_every_file_says_who_publishes_it_its_licence_and_when_it_was_made(demo_site):
    for name in JSON_FILES:
        document = data(demo_site, f"{name}.json")
        assert document["publisher"] == {"name": "Northbrook Borough Council", "url": BASE}
        assert document["licence"]["name"] == "Open Government Licence v3.0"
        assert document["generated"] == "2026-11-24T10:00:00+00:00"
        assert document["page"] == f"{BASE}open-data/"


# -- what a page does not show yet is not in the data -------------------------------------------------


def _files_at(now: str) -> dict[str, dict]:
    plan = plan_site(demo_at(now).hub, parse_when(now)[0], BASE)
    return {g.site_path: json.loads(g.content) for g in plan.generated if g.site_path.endswith(".json")}


def test_an_outcome_or_a_record_of_decision_not_yet_published_is_not_in_the_data():
    """On 1 July 2026 Oakwood's outcome (published 10 July) and NDC-2026-017 (published 9 July) are still to come."""
    files = _files_at("2026-07-01T10:00")
    oakwood = next(r for r in files["data/consultations.json"]["consultations"] if r["id"] == "oakwood-leisure-centre")
    assert (oakwood["status"], oakwood["responses"], oakwood["outcome_published"]) == ("closed", None, None)
    assert oakwood["outcome_documents"] == []
    notice = next(r for r in files["data/decisions.json"]["decisions"] if r["id"] == "NDC-2026-017")
    assert notice["status"] == "forward_plan"
    assert (notice["decided"], notice["published"], notice["agreed"], notice["call_in_deadline"]) == (
        None,
        None,
        None,
        None,
    )


def test_a_licence_the_council_chose_is_named_everywhere_without_the_open_government_licences_terms():
    demo = demo_at("2026-11-24T10:00")
    licence = OpenDataLicence(
        name="Creative Commons Attribution 4.0", url="https://creativecommons.org/licenses/by/4.0/"
    )
    hub = replace(demo.hub, settings=demo.hub.settings.model_copy(update={"open_data_licence": licence}))
    plan = plan_site(hub, parse_when("2026-11-24T10:00")[0], BASE)
    files = {g.site_path: g.content for g in plan.generated}
    assert json.loads(files["data/decisions.json"])["licence"] == {
        "name": "Creative Commons Attribution 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert json.loads(files["data/datapackage.json"])["licenses"][0]["title"] == "Creative Commons Attribution 4.0"
    page = plan.models["open-data/index.md"]()
    assert page.licence == ("The data is free to use under the Creative Commons Attribution 4.0.",)
    assert page.licence_link.href == "https://creativecommons.org/licenses/by/4.0/"


# -- the pages -------------------------------------------------------------------------------------------


def test_the_open_data_page_links_every_file_and_the_licence(read_page, demo_site):
    page = read_page("open-data/")
    main = page.css_first("main")
    links = {text_of(a): a.attributes["href"] for a in main.css("a")}
    for href in (
        "../data/consultations.json",
        "../data/consultations.csv",
        "../data/decisions.json",
        "../data/decisions.csv",
        "../data/datapackage.json",
        "../data/how-we-are-doing.json",
        "../data/consultations.schema.json",
        "../data/decisions.schema.json",
        "../data/how-we-are-doing.schema.json",
    ):
        assert href in links.values(), href
        assert (demo_site / "open-data" / href).resolve().is_file(), href
    assert links["Read the Open Government Licence v3.0"] == (
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    )
    assert links["Consultations (CSV)"] == "../data/consultations.csv"
    text = text_of(main)
    assert "15 consultations, one row each." in text and "10 decision notices, one row each." in text
    assert "We last made them at 10am on 24 November 2026 (UK time)." in text
    assert "frictionless validate https://haveyoursay.northbrook.example/data/datapackage.json" in text


def test_the_footer_and_the_consultations_index_link_both_pages(read_page):
    for url in ("consultations/", "decisions/NDC-2026-017/"):
        footer = {text_of(a): a.attributes["href"] for a in read_page(url).css("footer a")}
        assert footer["Open data"].endswith("open-data/") and footer["How we are doing"].endswith("how-we-are-doing/")
    index = {text_of(a): a.attributes["href"] for a in read_page("consultations/").css("main a")}
    assert (index["Open data"], index["How we are doing"]) == ("../open-data/", "../how-we-are-doing/")


def _cells(row) -> list[str]:
    return [text_of(cell) for cell in row.css("th, td")]


def test_the_figures_on_the_page_are_the_figures_in_the_data(read_page, demo_site):
    figures = data(demo_site, "how-we-are-doing.json")
    assert figures["years"] == [
        {
            "year": 2026,
            "consultations_run": 9,
            "median_length_days": 53,
            "at_least_6_weeks": 8,
            "withdrawn": 1,
            "responses": 3445,
        },
        {
            "year": 2025,
            "consultations_run": 2,
            "median_length_days": 62,
            "at_least_6_weeks": 2,
            "withdrawn": 0,
            "responses": 2329,
        },
    ]
    assert figures["all_years"] == {
        "year": None,
        "consultations_run": 11,
        "median_length_days": 53,
        "at_least_6_weeks": 10,
        "withdrawn": 1,
        "responses": 5774,
    }
    assert figures["forthcoming"] == 3
    outcomes = figures["outcomes"]
    assert {k: v for k, v in outcomes.items() if k != "overdue_consultations"} == {
        "due": 5,
        "on_time": 4,
        "late": 0,
        "overdue": 1,
        "not_yet_due": 1,
    }
    assert [o["id"] for o in outcomes["overdue_consultations"]] == ["youth-services-review"]
    assert figures["decisions"] == {"made": 8, "named_a_consultation": 3, "key_made": 5, "key_named_a_consultation": 3}

    main = read_page("how-we-are-doing/").css_first("main")
    table = main.css_first("table.hub-table")
    assert text_of(table.css_first("caption")) == "Consultations by the year they opened"
    rows = [_cells(row) for row in table.css("tr")]
    assert rows == [
        ["Year", "Consultations run", "Median length", "At least 6 weeks long", "Responses"],
        ["2026", "9", "7 weeks and 4 days", "8 out of 9", "3,445"],
        ["2025", "2", "8 weeks and 6 days", "2 out of 2", "2,329"],
        ["All years", "11", "7 weeks and 4 days", "10 out of 11", "5,774"],
    ]
    for year, row in zip(figures["years"], rows[1:3], strict=True):
        assert row[1] == str(year["consultations_run"]) and row[4] == f"{year['responses']:,}"
        assert row[3] == f"{year['at_least_6_weeks']} out of {year['consultations_run']}"
    facts = {text_of(row.css_first("dt")): text_of(row.css_first("dd")) for row in main.css(".hub-summary-list__row")}
    assert facts == {
        "Outcomes due so far": str(outcomes["due"]),
        "Published within 12 weeks of closing": f"{outcomes['on_time']} out of {outcomes['due']}",
        "Published later than 12 weeks": str(outcomes["late"]),
        "Overdue: not published yet": str(outcomes["overdue"]),
        "Closed, and not due yet": str(outcomes["not_yet_due"]),
        "Responses in the published outcomes": "5,774",
        "Decisions made": "8",
        "Decisions that named a consultation they considered": "3 out of 8",
        "Key decisions made": "5",
        "Key decisions that named a consultation": "3 out of 5",
    }
    overdue = main.css_first("#overdue").parent
    assert [(text_of(a), a.attributes["href"]) for a in overdue.css("a")] == [
        ("The future of youth services in Northbrook", "../consultations/youth-services-review/")
    ]
    assert "We should have published the outcome by 23 October 2026." in text_of(overdue)


def test_with_no_outcome_overdue_the_page_says_so():
    page = demo_at("2026-09-01T10:00").page("how-we-are-doing/index.md")
    assert page.overdue == () and page.none_overdue == "No outcome is overdue."
