"""Call-in deadlines and working days, checked against the official bank holiday lists.

Every expected date here was worked out by hand from the GOV.UK bank holiday
lists for England and Wales, Scotland and Northern Ireland, and is written as a
literal date: the tests never ask the holidays library what the answer is.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from haveyoursay.core import working_days
from haveyoursay.core.working_days import (
    NATIONS,
    add_working_days,
    bank_holidays,
    call_in_deadline,
    is_working_day,
)

LONDON = ZoneInfo("Europe/London")
GMT = timedelta(0)
BST = timedelta(hours=1)


def london(year, month, day, hour=10, minute=0):
    """A moment on the London clock, as a decision notice's publication time is given."""
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def deadline_day(published, nation="england-and-wales", **settings):
    return call_in_deadline(published, nation=nation, **settings).date()


# The official lists


def test_nations_are_the_three_bank_holiday_calendars():
    assert NATIONS == ("england-and-wales", "scotland", "northern-ireland")


def test_england_and_wales_bank_holidays_2026_match_gov_uk():
    assert bank_holidays("england-and-wales", 2026) == {
        date(2026, 1, 1),  # New Year's Day
        date(2026, 4, 3),  # Good Friday
        date(2026, 4, 6),  # Easter Monday
        date(2026, 5, 4),  # Early May bank holiday
        date(2026, 5, 25),  # Spring bank holiday
        date(2026, 8, 31),  # Summer bank holiday (last Monday of August)
        date(2026, 12, 25),  # Christmas Day
        date(2026, 12, 28),  # Boxing Day (substitute day: 26 December is a Saturday)
    }


def test_scotland_bank_holidays_2026_match_gov_uk():
    assert bank_holidays("scotland", 2026) == {
        date(2026, 1, 1),  # New Year's Day
        date(2026, 1, 2),  # 2nd January
        date(2026, 4, 3),  # Good Friday (no Easter Monday in Scotland)
        date(2026, 5, 4),  # Early May bank holiday
        date(2026, 5, 25),  # Spring bank holiday
        date(2026, 6, 15),  # One-off: Scotland at the World Cup (royal proclamation)
        date(2026, 8, 3),  # Summer bank holiday (first Monday of August)
        date(2026, 11, 30),  # St Andrew's Day
        date(2026, 12, 25),  # Christmas Day
        date(2026, 12, 28),  # Boxing Day (substitute day)
    }


def test_northern_ireland_bank_holidays_2026_match_gov_uk():
    assert bank_holidays("northern-ireland", 2026) == {
        date(2026, 1, 1),  # New Year's Day
        date(2026, 3, 17),  # St Patrick's Day
        date(2026, 4, 3),  # Good Friday
        date(2026, 4, 6),  # Easter Monday
        date(2026, 5, 4),  # Early May bank holiday
        date(2026, 5, 25),  # Spring bank holiday
        date(2026, 7, 13),  # Battle of the Boyne (substitute day: 12 July is a Sunday)
        date(2026, 8, 31),  # Summer bank holiday
        date(2026, 12, 25),  # Christmas Day
        date(2026, 12, 28),  # Boxing Day (substitute day)
    }


def test_bank_holidays_for_several_years_are_all_listed_together():
    holidays_2026_and_2027 = bank_holidays("scotland", [2026, 2027])
    assert date(2026, 11, 30) in holidays_2026_and_2027  # St Andrew's Day, Monday
    assert date(2027, 11, 30) in holidays_2026_and_2027  # St Andrew's Day, Tuesday
    assert date(2027, 1, 4) in holidays_2026_and_2027  # 2nd January, substitute Monday
    assert len(holidays_2026_and_2027) == 10 + 9


def test_bank_holidays_are_looked_up_once_per_nation_and_year():
    working_days._bank_holidays_in_year.cache_clear()
    for day in range(1, 366):
        for nation in NATIONS:
            call_in_deadline(london(2026, 1, 1) + timedelta(days=day), nation=nation)
    # 2026, and 2027 for notices published in late December: two years per nation.
    assert working_days._bank_holidays_in_year.cache_info().misses == 2 * len(NATIONS)


# Working days


def test_weekends_and_bank_holidays_are_not_working_days():
    assert is_working_day(date(2026, 3, 13), "england-and-wales")  # Friday
    assert not is_working_day(date(2026, 3, 14), "england-and-wales")  # Saturday
    assert not is_working_day(date(2026, 3, 15), "england-and-wales")  # Sunday
    assert not is_working_day(date(2026, 12, 28), "england-and-wales")  # Boxing Day, substitute


def test_each_nation_keeps_its_own_bank_holidays():
    easter_monday_2027 = date(2027, 3, 29)
    assert not is_working_day(easter_monday_2027, "england-and-wales")
    assert not is_working_day(easter_monday_2027, "northern-ireland")
    assert is_working_day(easter_monday_2027, "scotland")


def test_adding_working_days_never_counts_the_start_day():
    # Friday 6 March 2026 and Saturday 7 March 2026 both count from Monday 9 March.
    assert add_working_days(date(2026, 3, 6), 1, "england-and-wales") == date(2026, 3, 9)
    assert add_working_days(date(2026, 3, 7), 1, "england-and-wales") == date(2026, 3, 9)


def test_adding_no_working_days_gives_the_start_day():
    assert add_working_days(date(2026, 3, 7), 0, "scotland") == date(2026, 3, 7)


# Call-in deadlines around bank holidays


def test_call_in_skips_christmas_and_boxing_day():
    # Published Wednesday 23 December 2026: Thu 24 (1); Fri 25 Christmas; Mon 28 Boxing
    # Day substitute; Tue 29 (2), Wed 30 (3), Thu 31 (4); Fri 1 January; Mon 4 (5).
    assert call_in_deadline(london(2026, 12, 23)) == london(2027, 1, 4, 17)


def test_call_in_skips_new_years_day():
    # Published Tuesday 29 December 2026: Wed 30 (1), Thu 31 (2); Fri 1 January 2027;
    # Mon 4 (3), Tue 5 (4), Wed 6 (5).
    assert deadline_day(london(2026, 12, 29)) == date(2027, 1, 6)


def test_call_in_in_scotland_also_skips_2_january_moved_to_monday_4_january_2027():
    # As the Christmas case, but 2 January 2027 is a Saturday, so Monday 4 January
    # is Scotland's substitute day: Tue 5 January is the 5th working day.
    assert deadline_day(london(2026, 12, 23), "scotland") == date(2027, 1, 5)


def test_call_in_in_scotland_skips_2_january():
    # Published Wednesday 31 December 2025. Scotland: Thu 1 and Fri 2 January 2026
    # are bank holidays; Mon 5 (1) ... Fri 9 (5).
    assert deadline_day(london(2025, 12, 31), "scotland") == date(2026, 1, 9)
    # England and Wales: Fri 2 (1), Mon 5 (2) ... Thu 8 (5).
    assert deadline_day(london(2025, 12, 31), "england-and-wales") == date(2026, 1, 8)


def test_call_in_skips_good_friday_and_easter_monday_2027():
    # Published Thursday 25 March 2027: Fri 26 Good Friday, Mon 29 Easter Monday;
    # Tue 30 (1), Wed 31 (2), Thu 1 April (3), Fri 2 (4), Mon 5 (5).
    assert deadline_day(london(2027, 3, 25), "england-and-wales") == date(2027, 4, 5)
    assert deadline_day(london(2027, 3, 25), "northern-ireland") == date(2027, 4, 5)


def test_call_in_in_scotland_skips_good_friday_but_not_easter_monday_2027():
    # Fri 26 Good Friday; Mon 29 (1), Tue 30 (2), Wed 31 (3), Thu 1 April (4), Fri 2 (5).
    assert deadline_day(london(2027, 3, 25), "scotland") == date(2027, 4, 2)


@pytest.mark.parametrize("nation", NATIONS)
def test_call_in_skips_the_early_may_bank_holiday_2026(nation):
    # Published Friday 1 May 2026: Mon 4 May is a bank holiday everywhere;
    # Tue 5 (1), Wed 6 (2), Thu 7 (3), Fri 8 (4), Mon 11 (5).
    assert deadline_day(london(2026, 5, 1), nation) == date(2026, 5, 11)


@pytest.mark.parametrize("nation", NATIONS)
def test_call_in_skips_the_spring_bank_holiday_2026(nation):
    # Published Thursday 21 May 2026: Fri 22 (1); Mon 25 May bank holiday;
    # Tue 26 (2), Wed 27 (3), Thu 28 (4), Fri 29 (5).
    assert deadline_day(london(2026, 5, 21), nation) == date(2026, 5, 29)


def test_call_in_in_scotland_skips_the_first_monday_of_august():
    # Published Friday 31 July 2026. Scotland: Mon 3 August is a bank holiday;
    # Tue 4 (1) ... Fri 7 (4), Mon 10 (5). England and Wales: Mon 3 (1) ... Fri 7 (5).
    assert deadline_day(london(2026, 7, 31), "scotland") == date(2026, 8, 10)
    assert deadline_day(london(2026, 7, 31), "england-and-wales") == date(2026, 8, 7)


def test_call_in_in_england_and_wales_skips_the_last_monday_of_august():
    # Published Friday 28 August 2026. England and Wales (and Northern Ireland):
    # Mon 31 August is a bank holiday; Tue 1 September (1) ... Mon 7 (5).
    # Scotland: Mon 31 (1) ... Fri 4 September (5).
    assert deadline_day(london(2026, 8, 28), "england-and-wales") == date(2026, 9, 7)
    assert deadline_day(london(2026, 8, 28), "northern-ireland") == date(2026, 9, 7)
    assert deadline_day(london(2026, 8, 28), "scotland") == date(2026, 9, 4)


def test_call_in_in_scotland_skips_st_andrews_day():
    # Published Friday 27 November 2026; St Andrew's Day is Monday 30 November.
    # Scotland: Tue 1 December (1) ... Fri 4 (4), Mon 7 (5).
    # England and Wales: Mon 30 November (1) ... Fri 4 December (5).
    assert deadline_day(london(2026, 11, 27), "scotland") == date(2026, 12, 7)
    assert deadline_day(london(2026, 11, 27), "england-and-wales") == date(2026, 12, 4)


def test_call_in_in_northern_ireland_skips_st_patricks_day():
    # Published Monday 16 March 2026; St Patrick's Day is Tuesday 17 March.
    # Northern Ireland: Wed 18 (1), Thu 19 (2), Fri 20 (3), Mon 23 (4), Tue 24 (5).
    # England and Wales: Tue 17 (1) ... Mon 23 (5).
    assert deadline_day(london(2026, 3, 16), "northern-ireland") == date(2026, 3, 24)
    assert deadline_day(london(2026, 3, 16), "england-and-wales") == date(2026, 3, 23)


# Call-in deadlines and the council's settings


def test_decision_published_on_a_friday_can_be_called_in_until_5pm_next_friday():
    assert call_in_deadline(london(2026, 3, 6, 10, 30)) == london(2026, 3, 13, 17)


def test_decision_published_on_a_saturday_counts_from_monday():
    # Saturday 7 March 2026: Mon 9 (1) ... Fri 13 (5), the same as a Friday notice.
    assert call_in_deadline(london(2026, 3, 7, 9)) == london(2026, 3, 13, 17)


def test_time_of_publication_does_not_move_the_deadline():
    early = call_in_deadline(london(2026, 3, 6, 0, 1))
    late = call_in_deadline(london(2026, 3, 6, 23, 59))
    assert early == late == london(2026, 3, 13, 17)


def test_publication_day_is_the_day_in_london_not_in_utc():
    # 23:30 UTC on Tuesday 30 June 2026 is 00:30 BST on Wednesday 1 July:
    # Thu 2 (1), Fri 3 (2), Mon 6 (3), Tue 7 (4), Wed 8 (5).
    published_in_utc = datetime(2026, 6, 30, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert call_in_deadline(published_in_utc) == london(2026, 7, 8, 17)


def test_council_with_a_10_working_day_call_in_period():
    # Published Thursday 21 May 2026: Fri 22 (1); Mon 25 May bank holiday;
    # Tue 26 (2) ... Fri 29 (5), Mon 1 June (6) ... Fri 5 June (10).
    deadline = call_in_deadline(london(2026, 5, 21), working_days=10)
    assert deadline == london(2026, 6, 5, 17)


def test_council_with_a_noon_call_in_time():
    deadline = call_in_deadline(london(2026, 3, 6), time_of_day=time(12, 0))
    assert deadline == london(2026, 3, 13, 12)


def test_deadline_after_the_clocks_go_forward_is_in_bst():
    # Published Wednesday 25 March 2026 (GMT); clocks go forward Sunday 29 March.
    # Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 1 April (5).
    published = london(2026, 3, 25)
    assert published.utcoffset() == GMT
    deadline = call_in_deadline(published)
    assert deadline == datetime(2026, 4, 1, 16, 0, tzinfo=ZoneInfo("UTC"))
    assert (deadline.date(), deadline.time()) == (date(2026, 4, 1), time(17, 0))
    assert deadline.utcoffset() == BST
    assert deadline.isoformat() == "2026-04-01T17:00:00+01:00"


def test_deadline_after_the_clocks_go_back_is_in_gmt():
    # Published Wednesday 21 October 2026 (BST); clocks go back Sunday 25 October.
    # Thu 22 (1), Fri 23 (2), Mon 26 (3), Tue 27 (4), Wed 28 (5).
    published = london(2026, 10, 21)
    assert published.utcoffset() == BST
    deadline = call_in_deadline(published)
    assert deadline == datetime(2026, 10, 28, 17, 0, tzinfo=ZoneInfo("UTC"))
    assert deadline.utcoffset() == GMT
    assert deadline.isoformat() == "2026-10-28T17:00:00+00:00"


def test_deadline_is_on_the_london_clock():
    assert call_in_deadline(london(2026, 3, 6)).tzinfo == LONDON


# Mistakes an officer or a setting can make


def test_unknown_nation_names_the_valid_nations():
    with pytest.raises(ValueError) as error:
        call_in_deadline(london(2026, 3, 6), nation="wales")
    assert str(error.value) == (
        "The nation 'wales' is not one we know. Use one of: england-and-wales, scotland, northern-ireland."
    )


@pytest.mark.parametrize(
    "use_nation",
    [
        lambda nation: bank_holidays(nation, 2026),
        lambda nation: is_working_day(date(2026, 3, 6), nation),
        lambda nation: add_working_days(date(2026, 3, 6), 0, nation),
    ],
    ids=["bank_holidays", "is_working_day", "add_working_days"],
)
def test_every_function_refuses_an_unknown_nation(use_nation):
    with pytest.raises(ValueError, match=r"^The nation 'England' is not one we know\."):
        use_nation("England")


def test_negative_call_in_period_is_refused():
    with pytest.raises(ValueError) as error:
        call_in_deadline(london(2026, 3, 6), working_days=-1)
    assert str(error.value) == (
        "The number of working days must be 0 or more, not -1: "
        "the call-in period counts forward from the day the notice is published."
    )


def test_publication_time_without_a_time_zone_is_refused():
    with pytest.raises(ValueError) as error:
        call_in_deadline(datetime(2026, 3, 6, 10, 0))
    assert str(error.value) == (
        "The publication time 2026-03-06T10:00:00 has no time zone. "
        "Give it in Europe/London time so its date is the date in London."
    )
