"""What residents read of consultations in Welsh, and that the English stays exactly as it was.

A council in Wales publishes every sentence the hub writes in Welsh and in English. Inside
``speaking("cy")`` each banner, card, fact, list and counted phrase comes out in Welsh, with Welsh
dates ("5yh ar 27 Tachwedd 2026"), from the catalogue ``core.translations`` reads. The demo is the
one tests/consultations/test_consultation_pages.py reads, at 10am on 24 November 2026.
"""

from __future__ import annotations

import pytest

from haveyoursay.consultations import lists, wording
from haveyoursay.consultations.status import Status
from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import speaking
from haveyoursay.site.components import Tag
from haveyoursay.site.indexes import build_indexes
from hub_testing import demo_at


def page(slug: str):
    return demo_at().page(f"consultations/{slug}/index.md")


def by_ward_and_topic():
    hub = demo_at().hub
    return build_indexes(hub.consultations, hub.decisions, hub.settings.wards)


@pytest.mark.parametrize(
    "slug, label, sentences",
    [
        (
            "licensing-policy-2027",
            "Ar ddod",
            ("Mae’r ymgynghoriad hwn yn agor am 9yb ar 1 Rhagfyr 2026.", "Mae’n cau am 5yh ar 9 Chwefror 2027."),
        ),
        (
            "garden-waste-charge",
            "Ar agor",
            ("Mae’r ymgynghoriad hwn yn cau am 5yh ar 27 Tachwedd 2026.", "3 diwrnod ar ôl."),
        ),
        (
            "northgate-play-area",
            "Ar gau: rydym yn dadansoddi’r adborth",
            (
                "Caeodd yr ymgynghoriad hwn am 5yh ar 6 Tachwedd 2026.",
                "Rydym yn dadansoddi eich adborth.",
                "Ein nod yw cyhoeddi’r canlyniad erbyn 29 Ionawr 2027.",
            ),
        ),
        (
            "youth-services-review",
            "Ar gau: rydym yn dadansoddi’r adborth",
            (
                "Caeodd yr ymgynghoriad hwn am 11:59yh ar 31 Gorffennaf 2026.",
                "Rydym yn dadansoddi eich adborth.",
                "Mae’r canlyniad yn hwyr. Roeddem yn disgwyl ei gyhoeddi erbyn 23 Hydref 2026.",
            ),
        ),
        (
            "library-opening-hours",
            "Canlyniad wedi’i gyhoeddi",
            (
                "Caeodd yr ymgynghoriad hwn am 5yh ar 3 Gorffennaf 2026.",
                "Cyhoeddwyd y canlyniad gennym ar 18 Medi 2026.",
            ),
        ),
        ("brookside-day-centre", "Wedi’i dynnu’n ôl", ("Cafodd yr ymgynghoriad hwn ei dynnu’n ôl ar 12 Hydref 2026.",)),
    ],
)
def test_welsh_banners_say_every_status_with_welsh_dates(slug, label, sentences):
    with speaking("cy"):
        banner = page(slug).banner
    assert (banner.label, banner.sentences) == (label, sentences)


def test_welsh_banner_of_a_withdrawn_consultation_and_the_last_days():
    published = demo_at().consultations
    withdrawn = next(c for c in demo_at().hub.consultations if c.slug == "brookside-day-centre")
    with speaking("cy"):
        assert published.banner(withdrawn).reason_heading == "Pam y cafodd ei dynnu’n ôl"
        assert wording.open_sentences(published.now, 0, True)[-1] == "Heddiw yw’r diwrnod olaf i ymateb."


def test_welsh_cards_say_when_in_welsh_and_the_english_cards_stay_english():
    cards = demo_at().consultations.cards
    with speaking("cy"):
        welsh = demo_at().consultations.cards
        assert welsh["garden-waste-charge"].label == "Ar agor"
        assert welsh["garden-waste-charge"].when == "Yn cau am 5yh ar 27 Tachwedd 2026 (yn cau ymhen 3 diwrnod)"
        assert welsh["garden-waste-charge"].tags == (Tag("Yn cau cyn bo hir", "soon"),)
        assert welsh["licensing-policy-2027"].when == "Yn agor am 9yb ar 1 Rhagfyr 2026"
        assert welsh["northgate-play-area"].when == "Caeodd am 5yh ar 6 Tachwedd 2026."
        assert welsh["library-opening-hours"].when == "ar 18 Medi 2026. Caeodd ar 3 Gorffennaf 2026."
        assert welsh["brookside-day-centre"].when == "ar 12 Hydref 2026"
        assert welsh["northgate-play-area"].footer == "Wardiau: Northgate"
    assert demo_at().consultations.cards is cards
    assert cards["garden-waste-charge"].when == "Closes at 5pm on 27 November 2026 (closes in 3 days)"
    assert cards["library-opening-hours"].when == "on 18 September 2026. It closed on 3 July 2026."


def test_welsh_key_facts_breadcrumbs_and_stale_notice():
    with speaking("cy"):
        consultation = page("garden-waste-charge")
    facts = {f.label: f.value for f in consultation.facts}
    assert list(facts) == [
        "Yn agor",
        "Yn cau",
        "Hyd",
        "Wardiau",
        "Pynciau",
        "Ar gyfer pwy y mae",
        "Pwy sy’n ymgynghori",
        "Sut gallwch gymryd rhan",
    ]
    assert (facts["Yn agor"], facts["Yn cau"], facts["Hyd"]) == (
        "16 Hydref 2026",
        "5yh ar 27 Tachwedd 2026",
        "6 wythnos",
    )
    assert facts["Sut gallwch gymryd rhan"] == "Ymgynghori: rydym eisiau clywed eich barn cyn i ni benderfynu"
    assert [link.text for link in consultation.breadcrumbs] == ["Hafan", "Ymgynghoriadau", "Ymgynghoriadau agored"]
    assert consultation.stale is not None and consultation.stale.message.startswith(
        "Caeodd yr ymgynghoriad hwn am 5yh ar 27 Tachwedd 2026. Cafodd y dudalen hon ei chreu cyn iddo gau"
    )
    assert consultation.respond is not None
    assert consultation.respond.other_ways == (
        "Gallwch hefyd ymateb drwy e-bost, drwy’r post, dros y ffôn neu wyneb yn wyneb."
    )
    assert consultation.search is not None
    assert (consultation.search.kind, consultation.search.status, consultation.search.date) == (
        "Ymgynghoriad",
        "Ar agor",
        "Dyddiad cau: 27 Tachwedd 2026",
    )


def test_welsh_outcome_and_events():
    with speaking("cy"):
        outcome = page("library-opening-hours").outcome
        events = page("budget-council-tax-2027-28").events
    assert (outcome.published, outcome.responses) == ("18 Medi 2026", "1,127 ymateb")
    assert events[0].when == "6:30yh tan 8yh ar 26 Tachwedd 2026"


def test_welsh_list_titles_introductions_and_counts():
    published = demo_at().consultations
    with speaking("cy"):
        open_list = lists.status_lists(published)["consultations/open/"]
        home = lists.home(published)
        index = lists.consultations_index(published)
        archive = lists.archive_pages(published)["2025"]
    assert (open_list.title, open_list.count) == ("Ymgynghoriadau agored", "5 ymgynghoriad.")
    assert open_list.introduction == (
        "Ymgynghoriadau y gallwch ymateb iddynt nawr, gyda’r rhai sy’n cau gyntaf ar y brig."
    )
    assert [title for title, _, _ in home.counts] == [
        "Ymgynghoriadau agored",
        "Ymgynghoriadau ar ddod",
        "Ymgynghoriadau sydd wedi cau",
        "Gofynnon ni, dywedoch chi, gwnaethon ni",
        "Ymgynghoriadau a dynnwyd yn ôl",
    ]
    assert index.title == "Ymgynghoriadau"
    assert (index.entries[-1].text, index.entries[-1].count) == (
        "Ymgynghoriadau blaenorol fesul blwyddyn",
        "7 ymgynghoriad",
    )
    assert [link.text for link in index.links] == ["Sut rydym yn gwneud", "Data agored"]
    assert (archive.title, archive.introduction) == (
        "Ymgynghoriadau a gaeodd yn 2025",
        "Pob ymgynghoriad a gaeodd neu a dynnwyd yn ôl yn 2025.",
    )


def test_welsh_ward_and_topic_pages():
    published, indexes = demo_at().consultations, by_ward_and_topic()
    with speaking("cy"):
        wards = lists.ward_pages(published, indexes.consultations_by_ward)
        wards_index = lists.index_of("wards", published.settings.wards_in(indexes.consultations_by_ward), wards)
        housing = lists.topic_pages(published, indexes.consultations_by_topic)["housing"]
        former = wording.ward_page("Old Town", former=True)
    castle = wards["castle"]
    assert castle.title == "Ymgynghoriadau yn ward Castle"
    assert castle.introduction.startswith("Ymgynghoriadau sy’n effeithio ar ward Castle, gan gynnwys")
    assert castle.groups[0][0] == "Ymgynghoriadau agored"
    assert (wards_index.title, wards_index.entries[0].count) == ("Wardiau", "10 ymgynghoriad")
    assert (housing.title, housing.empty) == ("Housing", "Nid oes unrhyw ymgynghoriadau ar y pwnc hwn eto.")
    assert former[0] == "Ymgynghoriadau ar gyfer Old Town (hen ward)"


@pytest.mark.parametrize(
    "number, consultations, days_left, closes_in, received",
    [
        (1, "1 ymgynghoriad", "1 diwrnod ar ôl.", "yn cau yfory", "Cawsom 1 ymateb."),
        (2, "2 ymgynghoriad", "2 ddiwrnod ar ôl.", "yn cau ymhen 2 ddiwrnod", "Cawsom 2 ymateb."),
        (3, "3 ymgynghoriad", "3 diwrnod ar ôl.", "yn cau ymhen 3 diwrnod", "Cawsom 3 ymateb."),
        (6, "6 ymgynghoriad", "6 diwrnod ar ôl.", "yn cau ymhen 6 diwrnod", "Cawsom 6 ymateb."),
        (1234, "1,234 ymgynghoriad", "1234 diwrnod ar ôl.", "yn cau ymhen 1234 diwrnod", "Cawsom 1,234 ymateb."),
    ],
)
def test_welsh_counted_phrases_take_each_plural_form(number, consultations, days_left, closes_in, received):
    closes = parse_when("2026-11-27 17:00")[0]
    with speaking("cy"):
        assert wording.count_of(number) == consultations
        assert wording.count(number) == consultations + "."
        assert wording.open_sentences(closes, number, True)[-1] == days_left
        assert wording.days_phrase(number) == closes_in
        assert wording.responses_received(number) == received


@pytest.mark.parametrize(
    "number, consultations, days_left, closes_in, received",
    [
        (1, "1 consultation", "1 day left.", "closes tomorrow", "We received 1 response."),
        (2, "2 consultations", "2 days left.", "closes in 2 days", "We received 2 responses."),
        (1234, "1,234 consultations", "1234 days left.", "closes in 1234 days", "We received 1,234 responses."),
    ],
)
def test_the_same_counted_phrases_in_english_are_as_they_always_were(
    number, consultations, days_left, closes_in, received
):
    closes = parse_when("2026-11-27 17:00")[0]
    assert wording.count_of(number) == consultations
    assert wording.count(number) == consultations + "."
    assert wording.open_sentences(closes, number, True)[-1] == days_left
    assert wording.days_phrase(number) == closes_in
    assert wording.responses_received(number) == received


def test_welsh_figures_say_lengths_and_notes_in_welsh():
    with speaking("cy"):
        assert wording.median_length(52.5) == "tua 7 wythnos a 4 diwrnod"
        assert wording.figures_columns(6)[3] == "O leiaf 6 wythnos o hyd"
        assert wording.figures_notes(1, 2)[3:] == (
            "Nid yw 1 ymgynghoriad wedi agor eto. Byddwn yn ei gyfrif pan fydd yn agor.",
            "Gwnaethom dynnu 2 ymgynghoriad yn ôl, felly nid ydym yn eu cyfrif yma.",
        )


@pytest.mark.parametrize(
    "days, words",
    [(0, "0 days"), (1, "1 day"), (5, "5 days"), (7, "1 week"), (8, "1 week and 1 day"), (400, "57 weeks and 1 day")],
)
def test_lengths_in_weeks_and_days_are_said_in_english_as_before(days, words):
    assert wording.weeks_and_days(days) == words


def test_welsh_timeline_words():
    with speaking("cy"):
        assert wording.due_by(parse_when("2027-01-29")[0].date(), overdue=True) == "yn ddyledus erbyn 29 Ionawr 2027"
        assert wording.outcome_aim(12) == "Ein nod yw ei gyhoeddi o fewn 12 wythnos i’r ymgynghoriad gau."
        assert wording.status_label(Status.OUTCOME_PUBLISHED) == "Canlyniad wedi’i gyhoeddi"
    assert wording.STATUS_LABELS[Status.OUTCOME_PUBLISHED] == "Outcome published"
