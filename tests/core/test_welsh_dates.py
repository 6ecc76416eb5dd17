"""Dates and times in Welsh, the GOV.UK way ("5yh ar 12 Mawrth 2026"), on London's clock: the twin of
``test_london_time``'s English. The sources of each form are in ``core.welsh_dates``' docstring."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import dates_in
from haveyoursay.core.welsh_dates import at_moment, day_name, format_date, format_moment, format_time, length_in_words


def london(text: str, end_of_day: bool = False) -> datetime:
    return parse_when(text, end_of_day=end_of_day)[0]


@pytest.mark.parametrize(
    "clock, words",
    [
        (time(17, 0), "5yh"),
        (time(9, 30), "9:30yb"),
        (time(12, 0), "hanner dydd"),
        (time(0, 0), "hanner nos"),
        (time(23, 59), "11:59yh"),
        (time(12, 15), "12:15yh"),
        (time(0, 5), "12:05yb"),
        (time(1, 0), "1yb"),
    ],
)
def test_times_are_written_on_the_12_hour_clock_with_yb_and_yh(clock, words):
    assert format_time(clock) == words


def test_a_closing_time_reads_5yh_ar_12_mawrth_2026():
    assert format_moment(london("2026-03-12 17:00"), closing=True) == "5yh ar 12 Mawrth 2026"
    assert at_moment(london("2026-03-12 17:00"), closing=True) == "am 5yh ar 12 Mawrth 2026"


def test_a_midday_close_is_hanner_dydd_not_12yh():
    assert at_moment(london("2026-03-12 12:00"), closing=True) == "am hanner dydd ar 12 Mawrth 2026"


def test_a_date_only_close_is_shown_as_1159yh_the_day_before():
    closes = london("2026-03-11", end_of_day=True)
    assert format_moment(closes, closing=True) == "11:59yh ar 11 Mawrth 2026"
    assert at_moment(closes, closing=True) == "am 11:59yh ar 11 Mawrth 2026"


def test_a_whole_day_has_no_time():
    assert format_moment(london("2026-03-02")) == "2 Mawrth 2026"
    assert at_moment(london("2026-03-02")) == "ar 2 Mawrth 2026"


def test_every_month_has_its_welsh_name_and_no_leading_zero():
    assert [format_date(date(2026, month, 1)) for month in range(1, 13)] == [
        "1 Ionawr 2026",
        "1 Chwefror 2026",
        "1 Mawrth 2026",
        "1 Ebrill 2026",
        "1 Mai 2026",
        "1 Mehefin 2026",
        "1 Gorffennaf 2026",
        "1 Awst 2026",
        "1 Medi 2026",
        "1 Hydref 2026",
        "1 Tachwedd 2026",
        "1 Rhagfyr 2026",
    ]


def test_days_of_the_week_are_welsh():
    assert day_name(date(2026, 3, 12)) == "Dydd Iau"
    assert day_name(date(2026, 3, 15)) == "Dydd Sul"
    assert day_name(london("2026-03-16 09:00")) == "Dydd Llun"


def test_a_summer_instant_is_shown_on_british_summer_time():
    # 16:00 UTC on 1 July is 5pm in London (BST).
    assert format_moment(datetime(2026, 7, 1, 16, 0, tzinfo=UTC)) == "5yh ar 1 Gorffennaf 2026"


def test_a_winter_instant_is_shown_on_greenwich_mean_time():
    # 17:00 UTC on 1 December is 5pm in London (GMT).
    assert format_moment(datetime(2026, 12, 1, 17, 0, tzinfo=UTC)) == "5yh ar 1 Rhagfyr 2026"


def test_a_utc_instant_just_before_midnight_in_london_is_the_next_day_in_summer():
    # 23:30 UTC on 30 June is 12:30am on 1 July in London.
    assert format_moment(datetime(2026, 6, 30, 23, 30, tzinfo=UTC)) == "12:30yb ar 1 Gorffennaf 2026"


def test_both_times_in_the_hour_that_happens_twice_read_as_the_clock_showed():
    first, second = london("2026-10-25 01:30 BST"), london("2026-10-25 01:30 GMT")
    assert first < second
    assert format_moment(first) == format_moment(second) == "1:30yb ar 25 Hydref 2026"


@pytest.mark.parametrize(
    "opens, closes, words",
    [
        ("2026-03-02", "2026-04-13", "6 wythnos"),
        ("2026-03-02", "2026-04-15", "6 wythnos a 2 ddiwrnod"),
        ("2026-03-02", "2026-03-10", "1 wythnos ac 1 diwrnod"),
        ("2026-03-02", "2026-03-03", "1 diwrnod"),
        ("2026-03-02", "2026-03-04", "2 ddiwrnod"),
        ("2026-03-02", "2026-03-05", "3 diwrnod"),
        ("2026-03-02", "2026-03-09", "1 wythnos"),
    ],
)
def test_a_length_is_in_welsh_weeks_and_days(opens, closes, words):
    assert length_in_words(london(opens), london(closes)) == words


def test_a_length_across_the_clocks_going_forward_counts_whole_days():
    # 29 March 2026 is 23 hours long; it is still a whole day.
    assert length_in_words(london("2026-03-23"), london("2026-04-06")) == "2 wythnos"


def test_each_language_has_its_own_formatter_for_the_same_moment():
    closes = london("2026-03-12 17:00")
    assert dates_in("en").at_moment(closes, closing=True) == "at 5pm on 12 March 2026"
    assert dates_in("cy").at_moment(closes, closing=True) == "am 5yh ar 12 Mawrth 2026"
    assert dates_in("cy").length_in_words(london("2026-03-02"), london("2026-04-15")) == "6 wythnos a 2 ddiwrnod"
    assert dates_in("en").length_in_words(london("2026-03-02"), london("2026-04-15")) == "6 weeks and 2 days"
