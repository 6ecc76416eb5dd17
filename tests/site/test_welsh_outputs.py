"""The hub's outputs in Welsh: feeds, calendars, open data, the search page, documents and the figures.

The demo is planned at its "now" inside ``speaking("cy")``, as the Welsh site is, and its files and page
models are read as a resident (or a feed reader, a calendar app, a reuser of the data) reads them: every
sentence the hub writes is in Welsh with Welsh dates, each file says it is in Welsh, and the English
files, planned outside ``speaking``, stay exactly as they were (their own tests check every byte).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from icalendar import Calendar

from haveyoursay.core.cache import keeping
from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import speaking
from haveyoursay.site.calendars import Entry, calendar, vevent
from haveyoursay.site.components import SearchFacts
from haveyoursay.site.open_data import Context, data_package
from haveyoursay.site.pages import plan_site
from haveyoursay.site.search import search_page
from hub_testing import DEMO_NOW, demo_at

BASE = "https://haveyoursay.northbrook.example/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "{http://www.w3.org/2005/Atom}"
HOUSING = f"{BASE}consultations/housing-allocations-policy/"


@pytest.fixture(scope="module")
def welsh():
    """The demo's plan made in Welsh: its generated files by path, and its page models made in Welsh."""
    hub = demo_at().hub
    with speaking("cy"):
        plan = plan_site(hub, parse_when(DEMO_NOW)[0], BASE)
        models = {src: model() for src, model in plan.models.items()}
    return SimpleNamespace(files={f.site_path: f.content for f in plan.generated}, models=models)


def english_files() -> dict[str, bytes]:
    return {f.site_path: f.content for f in demo_at().plan.generated}


# -- feeds -------------------------------------------------------------------------------------------------


def test_welsh_feeds_say_they_are_in_welsh_and_the_english_ones_still_say_en_gb(welsh):
    for path in ("feeds/consultations.xml", "feeds/decisions.xml", "feeds/wards/castle.xml"):
        assert ElementTree.fromstring(welsh.files[path]).get(XML_LANG) == "cy", path
        assert ElementTree.fromstring(english_files()[path]).get(XML_LANG) == "en-GB", path


def test_welsh_feed_entry_gives_the_status_and_dates_in_welsh(welsh):
    feed = ElementTree.fromstring(welsh.files["feeds/consultations/open.xml"])
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id") == HOUSING)
    content = entry.findtext(f"{ATOM}content")
    assert content.startswith("<p><strong>Ar agor.</strong> ")
    assert "<li>Yn agor: 2 Tachwedd 2026</li>" in content
    assert "<li>Yn cau: 5yh ar 5 Chwefror 2027</li>" in content
    labels = {c.get("term"): c.get("label") for c in entry.iter(f"{ATOM}category")}
    assert labels["open"] == "Ar agor" and labels["all"] == "Pob ward"
    assert "housing" in labels and labels["housing"] == "Housing"  # the council's topic, in its own words


# -- calendars ---------------------------------------------------------------------------------------------


def test_welsh_calendars_say_their_words_are_in_welsh(welsh):
    raw = welsh.files["calendars/all.ics"]
    everything = Calendar.from_ical(raw)
    for name in ("NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC"):
        assert everything[name].params["LANGUAGE"] == "cy", name
    events = everything.walk("VEVENT")
    assert events and all(e["SUMMARY"].params["LANGUAGE"] == "cy" for e in events)
    assert all(e["DESCRIPTION"].params["LANGUAGE"] == "cy" for e in events)
    assert b"LANGUAGE=" not in english_files()["calendars/all.ics"]


def test_welsh_event_files_hold_the_welsh_vevent_of_the_welsh_calendars(welsh):
    own = [path for path in welsh.files if path.startswith("consultations/") and path.endswith(".ics")]
    assert own
    for path in own:
        event = Calendar.from_ical(welsh.files[path]).walk("VEVENT")[0]
        assert event["SUMMARY"].params["LANGUAGE"] == "cy"
        assert "NAME" not in Calendar.from_ical(welsh.files[path])  # an event's own file is not a calendar feed


def test_welsh_vevent_is_never_the_english_one_kept_from_an_earlier_build(tmp_path):
    """A kept VEVENT (core.cache) is kept for its language: the Welsh build does not take the English one."""
    entry = Entry("x@h", "Drop-in (Library hours)", date(2026, 3, 2), "About", BASE, cancelled=True)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with keeping(tmp_path):
        english = vevent(entry, now)
        with speaking("cy"):
            welsh = vevent(entry, now)
        assert vevent(entry, now) == english
    with keeping(tmp_path):  # and from the kept results of that run
        with speaking("cy"):
            assert vevent(entry, now) == welsh
        assert vevent(entry, now) == english
    assert b"SUMMARY;LANGUAGE=cy:" in welsh and b"LANGUAGE=" not in english


def test_welsh_calendar_feed_head_is_not_the_english_one():
    with speaking("cy"):
        welsh = calendar([], "Pob ymgynghoriad", "Disgrifiad")
    english = calendar([], "Pob ymgynghoriad", "Disgrifiad")
    assert b"NAME;LANGUAGE=cy:Pob ymgynghoriad\r\n" in welsh
    assert b"NAME:Pob ymgynghoriad\r\n" in english


# -- open data ---------------------------------------------------------------------------------------------


def test_welsh_data_package_titles_and_column_descriptions(welsh):
    package = json.loads(welsh.files["data/datapackage.json"])
    assert package["title"] == "Ymgynghoriadau a phenderfyniadau Northbrook Borough Council"
    assert package["name"] == "northbrook-borough-council-have-your-say"  # a name for computers: never translated
    consultations, decisions = package["resources"]
    assert consultations["title"] == "Ymgynghoriadau: 15 rhes"
    assert decisions["title"] == "Penderfyniadau: 10 rhes"
    fields = {field["name"]: field for field in consultations["schema"]["fields"]}
    assert fields["opens"]["description"] == "Pryd y mae’n agor."
    assert fields["wards"]["description"] == (
        "Y wardiau y mae’n effeithio arnynt: pob ward bresennol pan fo all_wards yn true. "
        'Yn y ffeil CSV, mae "; " rhwng yr eitemau.'
    )
    assert fields["documents"]["description"] == (
        "Ei ddogfennau. Yn y ffeil CSV: cyfeiriad gwe pob un, gyda bwlch rhyngddynt."
    )
    assert fields["status"]["constraints"]["enum"][:2] == ["forthcoming", "open"]  # codes stay codes


@pytest.mark.parametrize(
    ("count", "rows"), [(1, "1 rhes"), (2, "2 res"), (3, "3 rhes"), (6, "6 rhes"), (15, "15 rhes")]
)
def test_welsh_counted_rows_of_the_data_package(count, rows):
    context = Context("Northbrook Borough Council", BASE, ("Open Government Licence v3.0", BASE), datetime.now(UTC))
    with speaking("cy"):
        package = data_package(context, {"consultations": count, "decisions": count})
    assert [r["title"] for r in package["resources"]] == [f"Ymgynghoriadau: {rows}", f"Penderfyniadau: {rows}"]


def test_welsh_json_files_give_statuses_in_welsh_and_keep_their_codes(welsh):
    rows = {row["id"]: row for row in json.loads(welsh.files["data/consultations.json"])["consultations"]}
    housing = rows["housing-allocations-policy"]
    assert (housing["status"], housing["status_words"]) == ("open", "Ar agor")
    assert housing["opens"] == "2026-11-02T00:00:00+00:00"  # dates for computers: never translated
    schema = json.loads(welsh.files["data/consultations.schema.json"])
    assert schema["description"] == "Pob ymgynghoriad a gyhoeddwyd, un cofnod yr un."
    assert schema["properties"]["count"]["description"] == "Nifer yr ymgynghoriadau."
    assert schema["properties"]["page"]["description"] == "Y dudalen sy’n esbonio’r ffeiliau hyn."
    assert schema["$defs"]["link"]["properties"]["accessible"]["description"] == (
        "Anwir (false) os nad yw’n bodloni safonau hygyrchedd."
    )
    row = schema["$defs"]["row"]["properties"]
    assert row["status_words"]["description"] == (
        "Y statws yn y geiriau y mae trigolion yn eu darllen, fel Ar gau: rydym yn dadansoddi’r adborth."
    )
    figures = json.loads(welsh.files["data/how-we-are-doing.schema.json"])
    assert figures["title"] == "Sut rydym yn gwneud"
    year = figures["$defs"]["year"]["properties"]
    assert year["at_least_6_weeks"]["description"] == "Sawl un a barhaodd am o leiaf 6 wythnos."
    assert figures["properties"]["decisions"]["properties"]["made"]["description"] == (
        "Penderfyniadau a wnaed ac a gyhoeddwyd."
    )


def test_welsh_open_data_page_keeps_the_file_formats_and_links_its_figures(welsh):
    page = welsh.models["open-data/index.md"]
    assert page.title == "Data agored"
    assert [view.title for view in page.files][:2] == ["Ymgynghoriadau (JSON)", "Ymgynghoriadau (CSV)"]
    assert page.files[0].holds.startswith("15 ymgynghoriad, ")
    assert page.figures.text == "Sut rydym yn gwneud"


# -- the search page ---------------------------------------------------------------------------------------


def test_welsh_search_page_gives_each_form_of_a_count_of_results():
    settings = demo_at().hub.settings
    with speaking("cy"):
        page = search_page([], settings)
    assert page.one_result == "1 canlyniad"
    assert page.results == "{count} canlyniad"
    assert (page.results_two, page.results_few, page.results_many) == (
        "{count} ganlyniad",
        "{count} chanlyniad",
        "{count} chanlyniad",
    )
    english = search_page([], settings)
    assert (english.one_result, english.results) == ("1 result", "{count} results")
    assert (english.results_two, english.results_few, english.results_many) == ("", "", "")


def test_welsh_search_filters_offer_the_welsh_statuses_in_their_order():
    settings = demo_at().hub.settings
    facts = [SearchFacts(status="Ar agor", year="2026"), SearchFacts(status="Ar ddod", year="2027")]
    with speaking("cy"):
        page = search_page(facts, settings)
    status = next(f for f in page.filters if f.name == "status")
    assert status.options == ("Ar ddod", "Ar agor")  # forthcoming before open, as in English
    assert next(f.options for f in page.filters if f.name == "year") == ("2027", "2026")


# -- a document's page and the figures ---------------------------------------------------------------------


def test_welsh_document_page_gives_its_facts_with_a_welsh_date(welsh):
    page = welsh.models["consultations/town-centre-masterplan/draft-masterplan/index.md"]
    facts = {fact.label: fact for fact in page.facts}
    assert facts["Diweddarwyd ddiwethaf"].value == "27 Hydref 2025"
    assert "Hyd" in facts


def test_welsh_how_we_are_doing_page_has_its_welsh_title(welsh):
    page = welsh.models["how-we-are-doing/index.md"]
    assert page.title == "Sut rydym yn gwneud"
    assert [link.text for link in page.downloads][1] == "Data agored"
