"""Time rules: Europe/London, GOV.UK wording, BST/GMT changes, date-only and midnight closes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from consultations.examples import consultation, record
from decisions.examples import ENGLAND, decided, notice
from decisions.examples import record as decisions_record
from haveyoursay.consultations.status import Status, consultation_status
from haveyoursay.core.london import (
    LONDON,
    WhenProblem,
    at_moment,
    format_date,
    format_moment,
    format_time,
    instant,
    length_in_days,
    length_in_words,
    now_in_london,
    parse_when,
)
from haveyoursay.decisions.status import DecisionStatus, decision_status


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
    now = now_in_london({})  # the clock: an instant with London's offset fixed on it (GMT or BST)
    assert now.utcoffset() in (timedelta(0), timedelta(hours=1))
    assert now.replace(tzinfo=None) == now.astimezone(LONDON).replace(tzinfo=None)


def test_a_bad_hub_now_is_explained():
    with pytest.raises(WhenProblem) as problem:
        now_in_london({"HUB_NOW": "12/03/2026"})
    assert problem.value.problem.startswith("HUB_NOW:")


def test_dates_have_no_leading_zero():
    assert format_date(datetime(2026, 3, 2, tzinfo=LONDON)) == "2 March 2026"


# -- the edges: years a council could mean, digits that only look like digits, UK-style dates -----------------


@pytest.mark.parametrize("text", ["2000-01-01", "2100-12-31 23:59", "2026-03-12"])
def test_years_from_2000_to_2100_are_dates(text):
    assert london(text).year in (2000, 2026, 2100)
    assert parse_when("2100-12-31", end_of_day=True)[0] == datetime(2101, 1, 1, tzinfo=LONDON)


@pytest.mark.parametrize("text, year", [("0001-01-01", 1), ("9999-12-31", 9999), ("1999-12-31 17:00", 1999)])
def test_a_year_no_council_could_mean_is_refused_before_it_overflows_the_calendar(text, year):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text, end_of_day=True)
    assert problem.value.problem == f"'{text}' is in the year {year}, which cannot be right"
    assert problem.value.hint == "the hub takes dates from 2000 to 2100: check the year"


@pytest.mark.parametrize(
    "text, plain",
    [
        ("\uff12\uff10\uff12\uff16-03-12", "2026-03-12"),
        ("2026-03-\uff11\uff12 17:00", "2026-03-12 17:00"),
        ("\u0662\u0660\u0662\u0666-03-12", "2026-03-12"),
        ("2026-03-12 \uff11\uff17.00", "2026-03-12 17:00"),
    ],
)
def test_digits_that_only_look_like_0_to_9_are_refused_with_the_date_retyped(text, plain):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text)
    assert problem.value.problem == f"'{text}' has digits that are not the ordinary 0 to 9, often from pasted text"
    assert problem.value.hint == f"type it again: write {plain}"


@pytest.mark.parametrize(
    "text, hint",
    [
        ("12/03/2026", "write 2026-03-12 for 12 March 2026: the year, month and day"),
        ("12-3-26", "write 2026-03-12 for 12 March 2026: the year, month and day"),
        (
            "12.03.2026 17.00",
            "write 2026-03-12 17:00 for 5pm on 12 March 2026: the year, month and day, then a 24-hour time",
        ),
        (
            "12/03/2026 5pm",
            "write 2026-03-12 17:00 for 5pm on 12 March 2026: the year, month and day, then a 24-hour time",
        ),
        (
            "Thursday 12th March 2026 at 9.30am",
            "write 2026-03-12 09:30 for 9:30am on 12 March 2026: the year, month and day, then a 24-hour time",
        ),
        ("12 Mar 2026", "write 2026-03-12 for 12 March 2026: the year, month and day"),
        ("2026/03/12", "write 2026-03-12 for 12 March 2026: the year, month and day"),
    ],
)
def test_a_uk_style_date_is_refused_with_the_officers_own_date_written_the_hub_way(text, hint):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text)
    assert problem.value.problem == f"'{text}' is not written the way the hub reads dates"
    assert problem.value.hint == hint


@pytest.mark.parametrize(
    "text, written",
    [
        ("2026-03-12 17.00", "2026-03-12 17:00"),
        ("2026-03-12 5pm", "2026-03-12 17:00"),
        ("2026-03-12 5:30 p.m.", "2026-03-12 17:30"),
        ("2026-03-12 12pm", "2026-03-12 12:00"),
        ("2026-03-12 midday", "2026-03-12 12:00"),
        ("2026-03-12 at 09:15", "2026-03-12 09:15"),
    ],
)
def test_a_time_written_another_way_is_refused_with_the_time_written_the_hub_way(text, written):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text)
    assert problem.value.problem == f"'{text}' has a time the hub cannot read"
    assert problem.value.hint == f"write {written}: a 24-hour time with a colon"


@pytest.mark.parametrize("text", ["31/02/2026", "2026-03-12 25.00", "2026-03-12 13pm", "soon", "12/13/2026"])
def test_something_that_is_no_date_at_all_gets_the_general_hint(text):
    with pytest.raises(WhenProblem) as problem:
        parse_when(text)
    assert problem.value.problem == f"'{text}' is not a date in the form YYYY-MM-DD"


# -- the clocks going back: the hour from 1am to 2am on the last Sunday of October happens twice ---------------


def test_a_time_in_the_hour_that_happens_twice_is_refused_saying_which_two_moments_it_could_be():
    with pytest.raises(WhenProblem) as problem:
        parse_when("2026-10-25 01:30")
    assert problem.value.problem == (
        "'2026-10-25 01:30' happens twice in the UK: the clocks go back an hour that night, "
        "so it could be 1:30am BST or, an hour later, 1:30am GMT"
    )
    assert problem.value.hint == (
        "write 2026-10-25 01:30 BST for the first time, before the clocks go back, "
        "or 2026-10-25 01:30 GMT for the second"
    )


def test_bst_or_gmt_says_which_of_the_two_it_is():
    first, second = london("2026-10-25 01:30 BST"), london("2026-10-25 01:30 gmt")
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert second == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert first < london("2026-10-25 01:15 GMT") < second  # by the clocks, 1:15 would be "before" 1:30
    assert format_moment(first) == format_moment(second) == "1:30am on 25 October 2026"


@pytest.mark.parametrize("text", ["2026-10-25 00:59", "2026-10-25 02:00", "2026-10-24 01:30", "2026-10-26 01:30"])
def test_the_minutes_either_side_of_the_repeated_hour_need_no_bst_or_gmt(text):
    assert london(text).replace(tzinfo=None) == datetime.fromisoformat(text)


@pytest.mark.parametrize(
    "text, problem",
    [
        (
            "2026-07-01 17:00 GMT",
            "'2026-07-01 17:00 GMT' says GMT, but on 1 July 2026 the UK is on British Summer Time (BST)",
        ),
        (
            "2026-12-01 17:00 BST",
            "'2026-12-01 17:00 BST' says BST, but on 1 December 2026 the UK is on Greenwich Mean Time (GMT)",
        ),
        (
            "2026-03-29 01:30 GMT",
            "'2026-03-29 01:30 GMT' does not exist in the UK: the clocks go forward an hour that night",
        ),
    ],
)
def test_bst_or_gmt_that_the_uk_is_not_on_then_is_refused(text, problem):
    with pytest.raises(WhenProblem) as refused:
        parse_when(text)
    assert refused.value.problem == problem


def test_instants_compare_as_moments_even_in_the_hour_that_happens_twice():
    # What the clock gives in the second 1:15am (fold=1) is after 1:45am BST, not before it.
    first_145 = datetime(2026, 10, 25, 1, 45, tzinfo=LONDON)
    second_115 = datetime(2026, 10, 25, 1, 15, tzinfo=LONDON, fold=1)
    assert second_115 < first_145  # Python compares two datetimes in one zone by their clocks
    assert instant(second_115) > instant(first_145)
    assert instant(second_115) - instant(first_145) == timedelta(minutes=30)
    assert now_in_london({"HUB_NOW": "2026-10-25T01:15 GMT"}) == instant(second_115)


def test_a_length_across_a_clock_change_is_counted_in_whole_days_on_the_clock():
    assert length_in_days(london("2026-10-20 09:00"), london("2026-10-27 09:00")) == 7
    assert length_in_days(london("2026-03-25"), parse_when("2026-03-31", end_of_day=True)[0]) == 7


@pytest.mark.parametrize(
    "closes, now, status",
    [
        # Clocks go back: 2am BST on 25 October 2026 is 1am GMT. Closing at 1:30am BST...
        ("2026-10-25 01:30 BST", "2026-10-25 01:29 BST", Status.OPEN),
        ("2026-10-25 01:30 BST", "2026-10-25 01:30 BST", Status.CLOSED),
        ("2026-10-25 01:30 BST", "2026-10-25 01:15 GMT", Status.CLOSED),  # later, though its clock reads earlier
        # ...or at 1:30am GMT, an hour later.
        ("2026-10-25 01:30 GMT", "2026-10-25 01:45 BST", Status.OPEN),  # earlier, though its clock reads later
        ("2026-10-25 01:30 GMT", "2026-10-25 01:29 GMT", Status.OPEN),
        ("2026-10-25 01:30 GMT", "2026-10-25 01:30 GMT", Status.CLOSED),
        ("2026-10-25 02:00", "2026-10-25 01:59 GMT", Status.OPEN),
        ("2026-10-25 02:00", "2026-10-25 02:00", Status.CLOSED),
        # Clocks go forward: 1am GMT on 29 March 2026 is 2am BST.
        ("2026-03-29 02:30", "2026-03-29 00:59", Status.OPEN),
        ("2026-03-29 02:30", "2026-03-29 02:00", Status.OPEN),
        ("2026-03-29 02:30", "2026-03-29 02:29", Status.OPEN),
        ("2026-03-29 02:30", "2026-03-29 02:30", Status.CLOSED),
        ("2026-03-29 02:00", "2026-03-29 00:59", Status.OPEN),
        ("2026-03-29 02:00", "2026-03-29 02:00", Status.CLOSED),
    ],
)
def test_a_consultation_closing_as_the_clocks_change_closes_at_that_moment(closes, now, status):
    consultation_ = record(consultation(opens="2026-01-05", closes=closes))
    assert consultation_status(consultation_, london(now)) is status


def test_the_clock_reading_in_the_repeated_hour_gives_the_right_status():
    closing = record(consultation(opens="2026-01-05", closes="2026-10-25 01:30 BST"))
    second_115 = datetime(2026, 10, 25, 1, 15, tzinfo=LONDON, fold=1)  # what datetime.now(LONDON) returns then
    assert consultation_status(closing, instant(second_115)) is Status.CLOSED


@pytest.mark.parametrize(
    "now, status",
    [
        ("2026-10-25 01:29 GMT", DecisionStatus.FORWARD_PLAN),
        ("2026-10-25 01:45 BST", DecisionStatus.FORWARD_PLAN),  # 45 minutes before 1:30am GMT
        ("2026-10-25 01:30 GMT", DecisionStatus.CALL_IN_PERIOD),
    ],
)
def test_a_decision_published_in_the_repeated_hour_is_published_at_that_moment(now, status):
    made = decisions_record(notice(record_of_decision=decided("2026-10-23", "2026-10-25 01:30 GMT")))
    assert decision_status(made, ENGLAND, london(now)) is status
