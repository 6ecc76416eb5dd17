"""Print and post, the postcode finder, the ward map and structured data in Welsh, for a council in Wales.

The demo is planned inside ``speaking("cy")``, as the build plans its Welsh pages, and each page model is
made in Welsh too: every sentence the hub writes on them comes out in Welsh, with Welsh dates ("5yh ar 27
Tachwedd 2026"), and counted words take the Welsh form for each number. The council's own words (its
name, the consultation's title, ward names) stay as the council wrote them. English is checked beside
Welsh where the code chooses between sentences, so that an English page is unchanged.
"""

from __future__ import annotations

import json

import pytest

from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import speaking
from haveyoursay.site.hub import load_hub
from haveyoursay.site.maps import wording as map_wording
from haveyoursay.site.maps.drawing import WardShapes
from haveyoursay.site.maps.pages import WardMaps
from haveyoursay.site.pages import plan_site
from haveyoursay.site.postcodes import wording as postcode_wording
from haveyoursay.site.printing import wording as printing_wording
from hub_testing import DEMO_NOW, ROOT

BASE = "https://haveyoursay.northbrook.example/"
GARDEN_WASTE = "consultations/garden-waste-charge/"
TITLE = "Changes to the garden waste collection charge"


@pytest.fixture(scope="module")
def welsh_plan():
    now = parse_when(DEMO_NOW)[0]
    hub = load_hub(ROOT, now)
    assert not hub.problems.errors and hub.settings is not None
    with speaking("cy"):
        return plan_site(hub, now, hub.settings.base_url, search=False)


def welsh_model(plan, src_uri: str):
    """A page model made as the Welsh page is rendered: inside ``speaking("cy")``."""
    with speaking("cy"):
        return plan.models[src_uri]()


def test_welsh_printed_summary_says_when_to_respond_and_its_dates_in_welsh(welsh_plan):
    summary = welsh_model(welsh_plan, f"{GARDEN_WASTE}print/index.md")
    assert summary.title == TITLE  # the council's words stay as written
    assert summary.when == "Dywedwch eich dweud erbyn 5yh ar 27 Tachwedd 2026."
    assert summary.how_to_print.startswith("I argraffu’r crynodeb hwn, defnyddiwch fotwm Argraffu eich porwr")
    assert [(fact.label, fact.value) for fact in summary.key_dates] == [
        ("Yn agor", "16 Hydref 2026"),
        ("Yn cau", "5yh ar 27 Tachwedd 2026"),
    ]
    ways = {way.label: way.lines for way in summary.ways}
    assert list(ways) == ["Ar-lein", "Drwy e-bost", "Drwy’r post", "Dros y ffôn", "Wyneb yn wyneb", "Ffurflen bapur"]
    assert ways["Ffurflen bapur"] == (
        f"Argraffwch y ffurflen ymateb o {BASE}{GARDEN_WASTE}response-form.pdf, neu ffoniwch 01632 960 502 "
        "a gofynnwch i ni anfon un atoch drwy’r post.",
    )


def test_welsh_printed_summary_gives_its_web_address_and_qr_code_in_welsh(welsh_plan):
    page = welsh_model(welsh_plan, f"{GARDEN_WASTE}print/index.md").page
    assert page.sentence == "Mae popeth am yr ymgynghoriad hwn ar ei dudalen we:"
    assert page.scan == "Sganiwch y cod â chamera eich ffôn, neu teipiwch y cyfeiriad mewn porwr gwe."
    assert f'aria-label="Cod QR ar gyfer {BASE}{GARDEN_WASTE}"' in page.qr
    other_formats, made_on = page.notes
    assert other_formats.startswith("Os oes arnoch angen hwn mewn print bras, fersiwn Hawdd ei Ddeall")
    assert made_on == (
        "Lluniwyd y crynodeb hwn ar 24 Tachwedd 2026. Mae’r wybodaeth ddiweddaraf ar y dudalen we bob amser."
    )


def test_welsh_site_notice_asks_in_welsh_and_counts_the_events_left_to_the_web_page(welsh_plan):
    notice = welsh_model(welsh_plan, "consultations/budget-council-tax-2027-28/notice/index.md")
    assert notice.banner == "Dweud eich dweud"
    assert notice.when == "Rhowch wybod i ni beth yw eich barn erbyn 5yh ar 11 Ionawr 2027."
    assert [way.label for way in notice.ways] == ["Drwy e-bost", "Drwy’r post", "Dros y ffôn", "Wyneb yn wyneb"]
    assert notice.more_events == "Mae 2 ddigwyddiad arall ar y dudalen we."
    assert notice.leave_up == "Gadewch yr hysbysiad hwn yn ei le tan 11 Ionawr 2027, os gwelwch yn dda."


def test_welsh_printed_pages_have_welsh_titles_and_links(welsh_plan):
    titles = {page.src_uri: page.title for page in welsh_plan.pages}
    assert titles[f"{GARDEN_WASTE}print/index.md"] == f"{TITLE}: crynodeb i’w argraffu"
    assert titles[f"{GARDEN_WASTE}notice/index.md"] == f"{TITLE}: hysbysiad i’w argraffu"
    links = welsh_model(welsh_plan, f"{GARDEN_WASTE}index.md").printing
    assert [(link.text, link.detail) for link in links] == [
        ("Argraffu crynodeb i’w rannu", "hyd at 2 dudalen A4, ar gyfer pobl nad ydynt ar-lein"),
        ("Argraffu hysbysiad i’w arddangos", "1 dudalen A4, ar gyfer hysbysfwrdd, ffenestr siop neu bolyn lamp"),
    ]


@pytest.mark.parametrize(
    ("count", "events", "postcodes"),
    [
        (1, "Mae 1 digwyddiad arall ar y dudalen we.", "1 cod post"),
        (2, "Mae 2 ddigwyddiad arall ar y dudalen we.", "2 god post"),
        (3, "Mae 3 digwyddiad arall ar y dudalen we.", "3 chod post"),
        (6, "Mae 6 digwyddiad arall ar y dudalen we.", "6 chod post"),
        (11, "Mae 11 digwyddiad arall ar y dudalen we.", "11 cod post"),
        (1200, "Mae 1,200 digwyddiad arall ar y dudalen we.", "1,200 cod post"),
    ],
)
def test_welsh_counted_words_take_the_welsh_form_for_each_number(count, events, postcodes):
    with speaking("cy"):
        assert printing_wording.more_events(count) == events
        assert postcode_wording.postcode_count(count) == postcodes


def test_english_counted_words_are_as_before():
    assert printing_wording.more_events(1) == "There is 1 more event on the web page."
    assert printing_wording.more_events(2) == "There are 2 more events on the web page."
    assert postcode_wording.postcode_count(1) == "1 postcode"
    assert postcode_wording.postcode_count(1200) == "1,200 postcodes"


def test_welsh_postcode_finder_gives_its_script_welsh_messages(welsh_plan):
    form = welsh_plan.finders["index.md"]
    assert form.hint == "Er enghraifft, NB1 1AA"
    assert form.other_way is not None and form.other_way.text == "Neu dewiswch eich ward o’r rhestr o wardiau"
    messages = json.loads(form.messages)
    assert messages["error"] == "Gwall:"
    assert messages["format"] == "Rhowch god post llawn, fel NB1 1AA."
    assert messages["area"] == "Nid yw {postcode} yn ardal Northbrook Borough Council. Gwiriwch eich cod post."
    assert messages["unknown_link"] == "Gweld pob cod post sy’n dechrau {outward}"  # the script fills it in


def test_welsh_postcode_pages_list_outward_codes_and_their_wards_in_welsh(welsh_plan):
    index = welsh_model(welsh_plan, "postcodes/index.md")
    assert index.title == "Dewiswch ran gyntaf eich cod post"
    assert index.introduction.startswith("Rhan gyntaf eich cod post yw’r llythrennau a’r rhifau cyn y bwlch")
    assert (index.entries[0].text, index.entries[0].count) == ("NB1", "36 cod post")
    area = welsh_model(welsh_plan, "postcodes/nb1/index.md")
    assert area.title == "Codau post sy’n dechrau NB1"
    assert area.wards_lead == "Mae codau post sy’n dechrau NB1 yn y wardiau hyn:"
    assert area.caption == "Codau post sy’n dechrau NB1 a’u wardiau"
    assert [crumb.text for crumb in area.breadcrumbs] == ["Hafan", "Wardiau", "Dewiswch ran gyntaf eich cod post"]
    with speaking("cy"):
        assert postcode_wording.area_wards("NB9", 1) == "Mae pob cod post sy’n dechrau NB9 yn y ward hon:"


def test_welsh_map_of_every_ward_says_so_in_welsh(welsh_plan):
    with speaking("cy"):
        ward_map = welsh_plan.maps[f"{GARDEN_WASTE}index.md"]()
    assert ward_map is not None
    assert ward_map.title == "Map o wardiau Northbrook Borough Council"
    assert ward_map.description == "Mae’r 12 ward i gyd wedi’u lliwio."
    assert ward_map.shaded_text == "Mae pob ward wedi’i lliwio ar y map."


SHAPES = WardShapes(
    30,
    10,
    {"Castle": "M0 0l9 0 0 9z", "Abbey": "M10 0l9 0 0 9z", "Harbour": "M20 0l9 0 0 9z"},
    {"Castle": ("Abbey", "Harbour"), "Abbey": ("Castle",), "Harbour": ("Castle",)},
)


def test_welsh_map_of_a_records_wards_names_them_and_its_former_wards_in_welsh():
    maps = WardMaps(SHAPES, "Cyngor Sir Enghraifft")
    with speaking("cy"):
        ward_map = maps.for_record(["Harbour", "Castle", "Abbey", "Old Town"], False, lambda ward: f"{ward}/")
    assert ward_map is not None
    assert ward_map.title == "Map o wardiau Cyngor Sir Enghraifft"
    assert ward_map.description == "Mae wardiau Harbour, Castle ac Abbey wedi’u lliwio."
    assert ward_map.shaded_text == "Wedi’u lliwio ar y map:"
    assert ward_map.not_shown == "Mae Old Town yn gyn-ward, ac nid yw ar y map."
    with speaking("cy"):
        assert map_wording.not_on_the_map(["Upton", "Newtown"]) == (
            "Mae Upton a Newtown yn gyn-wardiau, ac nid ydynt ar y map."
        )


def test_welsh_map_of_a_ward_names_its_neighbours_in_welsh():
    maps = WardMaps(SHAPES, "Cyngor Sir Enghraifft")
    with speaking("cy"):
        castle, abbey = maps.for_ward("Castle", lambda ward: f"{ward}/"), maps.for_ward("Abbey", lambda w: w)
    assert castle is not None and abbey is not None
    assert castle.description == "Mae ward Castle wedi’i lliwio. Mae Castle yn ffinio â wardiau Abbey a Harbour."
    assert castle.shaded_text == "Mae ward Castle wedi’i lliwio ar y map."
    assert castle.nearby_text == "Wardiau sy’n ffinio â hi:"
    assert abbey.description == "Mae ward Abbey wedi’i lliwio. Mae Abbey yn ffinio â ward Castle."


def test_english_maps_say_and_whatever_the_last_ward_begins_with():
    maps = WardMaps(SHAPES, "Northbrook Borough Council")
    ward_map = maps.for_record(["Harbour", "Castle", "Abbey"], False, lambda ward: f"{ward}/")
    assert ward_map is not None
    assert ward_map.description == "Harbour, Castle and Abbey wards are shaded."
    castle = maps.for_ward("Castle", lambda ward: ward)
    assert castle is not None
    assert castle.description == "Castle ward is shaded. Castle is next to Abbey and Harbour wards."
    assert map_wording.not_on_the_map(["Old Town", "Upton"]) == "Old Town and Upton are former wards, not on the map."


def test_welsh_event_in_structured_data_says_what_it_is_part_of_in_welsh(welsh_plan):
    data = json.loads(welsh_plan.heads[f"{GARDEN_WASTE}index.md"].structured_data)
    events = [part for part in data["@graph"] if part["@type"] == "Event"]
    assert events and {event["description"] for event in events} == {f"Rhan o: {TITLE}"}


def test_welsh_pages_structured_data_says_they_are_in_welsh(welsh_plan):
    consultation = json.loads(welsh_plan.heads[f"{GARDEN_WASTE}index.md"].structured_data)
    (page,) = [part for part in consultation["@graph"] if part["@type"] == "WebPage"]
    notice = json.loads(welsh_plan.heads["decisions/NDC-2026-011/index.md"].structured_data)
    assert page["inLanguage"] == notice["inLanguage"] == "cy"
