"""Time rules: Europe/London, GOV.UK wording, BST/GMT changes, date-only and midnight closes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from haveyoursay.core.london import (
    LONDON,
    WhenProblem,
    at_moment,
    format_date,
    format_moment,
    format_time,
    length_in_words,
    now_in_london,
    parse_when,
)


def london(text: str) -> datetime:
    return parse_when(text)[0]


@pytest.mark.parametrize(
    "clock, words",
    [
        (time(17, 0), "5pm"),
        (time(9, 30), "9:30am"),
        (time(12, 0), "midday"),
        (time(0, 0), "midnight"),
        (time(23, 59), "11:59pm"),
        (time(12, 15), "12:15pm"),
        (time(0, 5), "12:05am"),
    ],
)
def test_times_are_written_the_govuk_way(clock, words):
    assert format_time(clock) == words


def test_a_closing_time_reads_5pm_on_12_march_2026():
    assert format_moment(london("2026-03-12 17:00"), closing=True) == "5pm on 12 March 2026"
    assert at_moment(london("2026-03-12 17:00"), closing=True) == "at 5pm on 12 March 2026"


def test_a_date_only_close_means_the_end_of_that_day_shown_as_1159pm():
    closes, has_time = parse_when("2026-03-11", end_of_day=True)
    assert not has_time
    assert closes == datetime(2026, 3, 12, 0, 0, tzinfo=LONDON)
    assert format_moment(closes, closing=True) == "11:59pm on 11 March 2026"


def test_a_midnight_close_is_shown_as_1159pm_the_day_before():
    assert format_moment(london("2026-03-12 00:00"), closing=True) == "11:59pm on 11 March 2026"


def test_a_date_only_opening_starts_at_the_beginning_of_the_day():
    opens = london("2026-03-02")
    assert opens == datetime(2026, 3, 2, 0, 0, tzinfo=LONDON)
    assert at_moment(opens) == "on 2 March 2026"
    assert at_moment(london("2026-03-02 09:00")) == "at 9am on 2 March 2026"


def test_summer_time_dates_are_one_hour_ahead_of_utc():
    # Clocks went forward at 1am GMT on Sunday 29 March 2026.
    assert london("2026-03-28 17:00").utcoffset() == timedelta(0)
    assert london("2026-03-29 17:00").utcoffset() == timedelta(hours=1)
    # ...and back at 2am BST on Sunday 25 October 2026.
    assert london("2026-10-24 17:00").utcoffset() == timedelta(hours=1)
    assert london("2026-10-25 17:00").utcoffset() == timedelta(0)


def test_a_time_lost_when_the_clocks_go_forward_is_refused():
    with pytest.raises(WhenProblem) as problem:
        parse_when("2026-03-29 01:30")
    assert "clocks go forward" in problem.value.problem


def test_a_utc_instant_is_shown_in_london_time():
    instant = datetime(2026, 7, 1, 16, 0, tzinfo=UTC)
    assert format_moment(instant) == "5pm on 1 July 2026"


@pytest.mark.parametrize("text", ["2028-02-29", "2024-02-29 17:00"])
def test_leap_days_are_real_dates(text):
    assert london(text).day == 29


@pytest.mark.parametrize("text", ["2026-02-29", "2027-02-29"])
def test_29_february_in_a_common_year_is_refused(text):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text)
    assert problem.value.problem.endswith("February " + text[:4] + " has no day 29")


def test_a_leap_day_close_counts_in_the_length():
    assert length_in_words(london("2028-02-01"), parse_when("2028-03-13", end_of_day=True)[0]) == "6 weeks"
    assert length_in_words(london("2027-02-01"), parse_when("2027-03-14", end_of_day=True)[0]) == "6 weeks"


def test_length_is_in_weeks_and_days():
    assert length_in_words(london("2026-03-02"), london("2026-04-13 17:00")) == "6 weeks"
    assert length_in_words(london("2026-03-02"), parse_when("2026-04-13", end_of_day=True)[0]) == "6 weeks and 1 day"
    assert length_in_words(london("2026-03-02 09:00"), london("2026-03-05 17:00")) == "3 days"


def test_now_is_injectable_with_hub_now():
    assert now_in_london({"HUB_NOW": "2026-03-12T17:00"}) == datetime(2026, 3, 12, 17, 0, tzinfo=LONDON)
    assert now_in_london({}).tzinfo is LONDON


def test_a_bad_hub_now_is_explained():
    with pytest.raises(WhenProblem) as problem:
        now_in_london({"HUB_NOW": "12/03/2026"})
    assert problem.value.problem.startswith("HUB_NOW:")


def test_dates_have_no_leading_zero():
    assert format_date(datetime(2026, 3, 2, tzinfo=LONDON)) == "2 March 2026"
