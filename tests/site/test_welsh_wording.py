"""The words both kinds share, in Welsh: a council in Wales publishes each sentence in Welsh and English.

Inside ``speaking("cy")`` the shared wording (site.wording), the models that hold it (site.components)
and the footer (site.pages) say each sentence in Welsh, with Welsh dates and the Welsh forms of a counted
noun: Welsh keeps the noun singular after a number and softens it after two ("2 dudalen", "2 air").
Outside it, every sentence is the English it always was.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from haveyoursay.core.files import DOCUMENT_TYPES, FileFacts
from haveyoursay.core.settings import CouncilSettings
from haveyoursay.core.translations import _, speaking
from haveyoursay.site import wording
from haveyoursay.site.components import document_view
from haveyoursay.site.pages import footer_view

COUNCIL = CouncilSettings.model_validate(
    {
        "name": "Cyngor Bwrdeistref Sirol Northbrook",
        "base_url": "https://haveyoursay.northbrook.example/",
        "accessible_formats_email": "accessibility@northbrook.example",
        "wards": ["Castle"],
        "topics": ["Libraries and culture"],
    }
)


def welsh(say, *arguments):
    """What ``say(*arguments)`` says in Welsh."""
    with speaking("cy"):
        return say(*arguments)


@pytest.mark.parametrize(
    "pages, counted",
    [(1, "1 tudalen"), (2, "2 dudalen"), (3, "3 tudalen"), (6, "6 tudalen"), (12, "12 tudalen")],
)
def test_welsh_a_documents_pages_are_counted_in_welsh(pages, counted):
    assert welsh(wording.file_described, FileFacts("PDF", 120 * 1024, pages)) == f"PDF, 120 KB, {counted}"
    assert welsh(wording.other_format, FileFacts("PDF", 120 * 1024, pages)) == f"120 KB, {counted}"


def test_welsh_a_files_type_and_size_are_in_welsh():
    assert welsh(wording.file_described, FileFacts("Word document", 900, None)) == "Dogfen Word, 900 beit"
    assert welsh(wording.file_described, FileFacts("Excel spreadsheet", 3 * 1024 * 1024, None)) == (
        "Taenlen Excel, 3.0 MB"
    )


def test_welsh_every_type_of_file_we_publish_has_its_welsh_name_except_pdf():
    names = {name for name, _called in DOCUMENT_TYPES.values()}
    with speaking("cy"):
        untranslated = sorted(name for name in names if _(name) == name)
    assert untranslated == ["PDF"]


@pytest.mark.parametrize(
    "words, length",
    [
        (1, "1 gair, amser darllen 1 munud"),
        (2, "2 air, amser darllen 1 munud"),
        (3, "3 gair, amser darllen 1 munud"),
        (6, "6 gair, amser darllen 1 munud"),
        (57, "57 gair, amser darllen 1 munud"),
        (400, "tua 400 gair, amser darllen 2 funud"),
        (2_412, "tua 2,400 gair, amser darllen 12 munud"),
    ],
)
def test_welsh_a_web_pages_length_and_reading_time_are_in_welsh(words, length):
    assert welsh(wording.document_length, words) == length
    assert welsh(wording.web_page_described, words) == f"Tudalen we, {length}"


def test_welsh_a_documents_page_leads_back_to_its_record_in_welsh():
    assert welsh(wording.back_to, "consultation", "Oriau agor llyfrgelloedd") == (
        "Yn ôl i’r ymgynghoriad: Oriau agor llyfrgelloedd"
    )
    assert welsh(wording.back_to, "decision", "Canolfan hamdden newydd") == (
        "Yn ôl i’r hysbysiad o benderfyniad: Canolfan hamdden newydd"
    )
    assert welsh(wording.document_description, "Adroddiad", "consultation", "Oriau agor") == (
        "Adroddiad: dogfen sy’n rhan o’r ymgynghoriad Oriau agor."
    )


def test_welsh_the_page_updated_line_has_a_welsh_date_and_time():
    assert welsh(wording.page_updated, datetime(2026, 11, 24, 10, 15, tzinfo=UTC)) == (
        "Diweddarwyd y dudalen am 10:15yb ar 24 Tachwedd 2026"
    )
    assert welsh(wording.page_updated, datetime(2026, 11, 24, 0, 0, tzinfo=UTC)) == (
        "Diweddarwyd y dudalen am hanner nos ar 24 Tachwedd 2026"
    )


def test_welsh_the_open_data_page_counts_rows_and_says_when_in_welsh():
    assert [welsh(wording.data_file_rows, n, "consultation") for n in (1, 2, 3, 6, 15)] == [
        "1 ymgynghoriad, un rhes yr un.",
        "2 ymgynghoriad, un rhes yr un.",
        "3 ymgynghoriad, un rhes yr un.",
        "6 ymgynghoriad, un rhes yr un.",
        "15 ymgynghoriad, un rhes yr un.",
    ]
    assert welsh(wording.data_file_rows, 1_204, "decision notice") == "1,204 hysbysiad o benderfyniad, un rhes yr un."
    assert welsh(wording.figures_when, datetime(2026, 7, 3, 16, 0, tzinfo=UTC)) == (
        "Gwnaethom gyfrif y ffigurau hyn am 5yh ar 3 Gorffennaf 2026 (amser y DU). "
        "Dyna pryd y gwnaethom ddiweddaru’r wefan hon ddiwethaf."
    )
    assert welsh(wording.out_of, 4, 5) == "4 allan o 5"
    assert welsh(wording.out_of, 0, 0) == "Dim eto"


def test_welsh_feeds_and_calendars_are_named_in_welsh():
    name, description = welsh(wording.ward_feed, "Castle")
    assert (name, wording.capitalised(name)) == ("ward Castle", "Ward Castle")
    assert description == (
        "Ymgynghoriadau a phenderfyniadau yn ward Castle, gan gynnwys y rhai ar gyfer y fwrdeistref gyfan."
    )
    with speaking("cy"):
        open_ones = _(wording.FEED_NAMES["open"][0])
        everything = _(wording.CALENDAR_NAME[0])
        assert wording.feed_of(open_ones) == "Ffrwd ymgynghoriadau agored"
        assert wording.calendar_of(everything) == "Calendr pob ymgynghoriad a phenderfyniad"
        assert wording.feed_of(name) == "Ffrwd ward Castle"
        assert _(wording.CALENDAR_ITEMS["closes"]).format(title="Oriau agor") == "Ymgynghoriad yn cau: Oriau agor"


def test_welsh_a_document_on_the_web_and_a_file_are_described_in_welsh(tmp_path: Path):
    (tmp_path / "timetable.txt").write_text("Monday to Friday\n", encoding="utf-8")
    common = {
        "record_url": "consultations/library-hours/",
        "folder": tmp_path,
        "accessible_formats_email": "accessibility@northbrook.example",
        "about": "Oriau agor llyfrgelloedd",
    }
    with speaking("cy"):
        linked = document_view("Strategaeth", True, file=None, url="https://example.org/s", **common)
        file = document_view("Amserlen", False, file="timetable.txt", url=None, **common)
    assert linked.described == "Tudalen we"
    assert file.described == "Testun plaen, 17 beit"
    assert file.request_format == (
        "mailto:accessibility@northbrook.example?subject="
        "Cais%20am%20fformat%20hygyrch%3A%20Amserlen%20%28Oriau%20agor%20llyfrgelloedd%29"
    )


def test_welsh_the_footer_asks_for_another_format_and_says_when_in_welsh():
    with speaking("cy"):
        footer = footer_view(COUNCIL, datetime(2026, 3, 12, 17, 0, tzinfo=UTC))
    assert footer.formats_href == "mailto:accessibility@northbrook.example?subject=Cais%20am%20fformat%20hygyrch"
    assert footer.updated == "Diweddarwyd y dudalen am 5yh ar 12 Mawrth 2026"


def test_welsh_outside_welsh_the_same_words_are_the_english_they_always_were():
    with speaking("cy"):
        wording.page_of(2, 3)
    assert wording.page_of(2, 3) == "This is page 2 of 3."
    assert wording.document_length(2_412) == "about 2,400 words, a 12 minute read"
    assert wording.file_described(FileFacts("PDF", 120 * 1024, 1)) == "PDF, 120 KB, 1 page"
    assert wording.data_file_rows(1, "consultation") == "1 consultation, one row each."
    assert wording.data_file_rows(2, "decision notice") == "2 decision notices, one row each."
    footer = footer_view(COUNCIL, datetime(2026, 3, 12, 17, 0, tzinfo=UTC))
    assert footer.formats_href == "mailto:accessibility@northbrook.example?subject=Accessible%20format%20request"
    assert footer.updated == "Page updated at 5pm on 12 March 2026"


def test_rows_of_a_file_of_records_of_no_known_kind_are_refused():
    with pytest.raises(ValueError, match=r"^no words for the rows of a file of 'petition'"):
        wording.data_file_rows(3, "petition")
