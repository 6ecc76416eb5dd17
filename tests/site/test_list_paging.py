"""Long lists are split into pages of 50, linked without JavaScript, for either kind of record."""

from __future__ import annotations

from haveyoursay.consultations import wording
from haveyoursay.consultations.status import Status
from haveyoursay.core.translations import speaking
from haveyoursay.site.components import Card, paginate


def cards(count: int) -> tuple[Card, ...]:
    return tuple(
        Card(
            title=f"Consultation {n}",
            href=f"consultations/c{n}/",
            summary="",
            status=Status.OPEN,
            label="Open",
            when="",
        )
        for n in range(count)
    )


def test_a_short_list_is_one_page_without_pagination():
    pages = paginate("consultations/open/", "Open consultations", "", cards(50), wording.count)
    assert list(pages) == ["consultations/open/"]
    assert pages["consultations/open/"].pagination is None
    assert len(pages["consultations/open/"].cards) == 50
    assert pages["consultations/open/"].count == "50 consultations."


def test_a_long_list_is_split_into_pages_of_50_that_link_to_each_other():
    pages = paginate("consultations/open/", "Open consultations", "", cards(120), wording.count)
    assert list(pages) == ["consultations/open/", "consultations/open/page-2/", "consultations/open/page-3/"]
    assert [len(p.cards) for p in pages.values()] == [50, 50, 20]
    assert all(p.count == "120 consultations." for p in pages.values())
    middle = pages["consultations/open/page-2/"]
    assert middle.title == "Open consultations (page 2 of 3)"
    assert middle.pagination.where == "This is page 2 of 3."
    assert middle.pagination.previous.href == "consultations/open/"
    assert middle.pagination.next.href == "consultations/open/page-3/"
    assert middle.pagination.next.text == "Next page (3 of 3)"
    assert pages["consultations/open/"].pagination.previous is None
    assert pages["consultations/open/page-3/"].pagination.next is None


def test_an_empty_list_still_has_its_page():
    pages = paginate("consultations/withdrawn/", "Withdrawn consultations", "", (), wording.count)
    assert list(pages) == ["consultations/withdrawn/"]
    assert pages["consultations/withdrawn/"].cards == ()


def test_welsh_pages_of_a_long_list_say_where_they_are_in_welsh():
    with speaking("cy"):
        pages = paginate("consultations/open/", "Ymgynghoriadau agored", "", cards(120), str)
    middle = pages["consultations/open/page-2/"]
    assert middle.title == "Ymgynghoriadau agored (tudalen 2 o 3)"
    assert middle.pagination.where == "Dyma dudalen 2 o 3."
    assert middle.pagination.previous.text == "Tudalen flaenorol (1 o 3)"
    assert middle.pagination.next.text == "Tudalen nesaf (3 o 3)"
    assert pages["consultations/open/"].title == "Ymgynghoriadau agored"


def test_welsh_an_empty_list_says_so_in_the_language_it_was_made_in():
    with speaking("cy"):
        welsh = paginate("consultations/withdrawn/", "Ymgynghoriadau a dynnwyd yn ôl", "", (), str)
    english = paginate("consultations/withdrawn/", "Withdrawn consultations", "", (), wording.count)
    assert welsh["consultations/withdrawn/"].empty == "Nid oes dim ar hyn o bryd."
    assert english["consultations/withdrawn/"].empty == "There are none at the moment."
