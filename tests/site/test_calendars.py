"""Calendars: every .ics file the demo publishes parses, names London's time properly, and keeps its UIDs.

The site-wide, ward and topic calendars and each event's own file are read
with icalendar, as a calendar app reads them. UIDs must be unique in each
calendar, the same for the same event in its own file and in every calendar,
the same from one build to the next, and never depend on an event's place in
its consultation's list, so calendar apps update entries instead of adding
them again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from builds_at import AT_CLOSING, site_at
from icalendar import Calendar, Timezone

from haveyoursay.core.body import slug_of
from haveyoursay.core.london import parse_when
from haveyoursay.site.calendars import LONDON_VTIMEZONE, Entry, event_uids, vevent
from hub_testing import demo_at

BASE = "https://haveyoursay.northbrook.example/"
HOST = "haveyoursay.northbrook.example"
LONDON = ZoneInfo("Europe/London")
CTL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # RFC 5545: no control characters but HTAB (lines end CRLF)
BUDGET = "consultations/budget-council-tax-2027-28/"


def calendars_of(site: Path) -> dict[str, Calendar]:
    files = [*site.glob("calendars/**/*.ics"), *site.glob("consultations/*/event-*.ics")]
    return {p.relative_to(site).as_posix(): Calendar.from_ical(p.read_bytes()) for p in sorted(files)}


def events_of(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_calendars_are_at_their_documented_addresses(demo_site):
    settings = demo_at().hub.settings
    published = {p.relative_to(demo_site).as_posix() for p in demo_site.glob("calendars/**/*.ics")}
    assert published == {
        "calendars/all.ics",
        *(f"calendars/wards/{slug_of(ward)}.ics" for ward in settings.wards),
        *(f"calendars/topics/{slug_of(topic)}.ics" for topic in settings.topics),
    }


def test_every_calendar_parses_with_a_london_vtimezone_and_unique_uids(demo_site):
    for path, calendar in calendars_of(demo_site).items():
        raw = (demo_site / path).read_bytes()
        lines = raw.split(b"\r\n")
        assert lines[-1] == b"" and all(CTL.search(line) is None for line in lines), f"{path}: a control character"
        assert all(len(line) <= 75 for line in lines), f"{path}: a line longer than 75 octets is not folded"
        assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
        zones = calendar.walk("VTIMEZONE")
        assert [str(zone["TZID"]) for zone in zones] == ["Europe/London"], path
        uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
        assert uids and len(uids) == len(set(uids)), f"{path}: a UID is there twice"
        for event in calendar.walk("VEVENT"):
            assert str(event["UID"]).endswith(f"@{HOST}") and "DTSTAMP" in event and event["SUMMARY"]
            assert str(event["URL"]).startswith(BASE)
            start = event["DTSTART"]
            if isinstance(start.dt, datetime) and start.dt.utcoffset() is not None and "TZID" in start.params:
                assert start.params["TZID"] == "Europe/London"
        if path.startswith("calendars/"):
            assert str(calendar["X-WR-CALNAME"]).endswith("Northbrook Borough Council")
            assert str(calendar["METHOD"]) == "PUBLISH" and "REFRESH-INTERVAL" in calendar
        else:
            assert "METHOD" not in calendar and "X-WR-CALNAME" not in calendar  # added to the resident's own


def test_the_vtimezone_is_london_time_for_every_year_the_hub_takes():
    zone = Timezone.from_ical(LONDON_VTIMEZONE).to_tz(lookup_tzid=False)  # from the rules written, not by name
    for year in range(2000, 2101):
        for month in (3, 10):
            sunday = max(date(year, month, day) for day in range(25, 32) if date(year, month, day).weekday() == 6)
            change = datetime(sunday.year, sunday.month, sunday.day, 1, 0, tzinfo=UTC)
            for moment in (
                change - timedelta(seconds=1),
                change,
                change - timedelta(days=2),
                change + timedelta(days=2),
            ):
                assert moment.astimezone(zone).utcoffset() == moment.astimezone(LONDON).utcoffset(), moment


def test_the_same_event_has_the_same_uid_and_times_in_its_own_file_and_in_every_calendar(demo_site):
    calendars = calendars_of(demo_site)
    everything = events_of(calendars["calendars/all.ics"])
    own_files = {path: cal for path, cal in calendars.items() if path.startswith("consultations/")}
    assert own_files
    for path, calendar in own_files.items():
        [(uid, event)] = events_of(calendar).items()
        assert uid.startswith(f"{path.rsplit('/', 1)[0]}/events/")
        if event.decoded("DTEND").date() < date(2025, 11, 23):  # more than a year before the build
            assert uid not in everything
            continue
        assert uid in everything, f"{path}: its event is not in the site calendar"
        for prop in ("DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"):
            assert everything[uid].get(prop) == event.get(prop) or (
                everything[uid].decoded(prop) == event.decoded(prop)
            ), (path, prop)
    ward = events_of(calendars["calendars/wards/brookside.ics"])
    budget = [uid for uid in everything if uid.startswith(f"{BUDGET}events/")]
    assert len(budget) == 3 and all(uid in ward for uid in budget)  # the budget is for all wards


def test_uids_stay_the_same_from_one_build_to_the_next(demo_site):
    later = site_at(AT_CLOSING)
    now, then = calendars_of(demo_site), calendars_of(later)
    assert set(now) == set(then)
    for path in now:
        before, after = events_of(now[path]), events_of(then[path])
        assert set(after) <= set(before), f"{path}: new UIDs for the same events"
        for uid in set(before) - set(after):  # only what falls out of the past year goes
            ends = before[uid].decoded("DTEND") if "DTEND" in before[uid] else before[uid].decoded("DTSTART")
            assert (ends.date() if isinstance(ends, datetime) else ends) < date(2025, 11, 28), uid
        for uid in after:
            assert after[uid].decoded("DTSTART") == before[uid].decoded("DTSTART"), uid


def test_times_are_right_in_bst_and_in_gmt(demo_site):
    everything = events_of(calendars_of(demo_site)["calendars/all.ics"])
    text = (demo_site / "calendars" / "all.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    # 6:30pm on 26 November 2026 (GMT): 18:30 UTC.
    question_time = everything[f"{BUDGET}events/2026-11-26-budget-question-time-with-the-leader-of-the-council@{HOST}"]
    assert question_time.decoded("DTSTART").astimezone(UTC) == datetime(2026, 11, 26, 18, 30, tzinfo=UTC)
    assert "DTSTART;TZID=Europe/London:20261126T183000" in text
    # The call-in deadline of the leisure centre decision, 5pm on 16 July 2026 (BST): 16:00 UTC.
    deadline = everything[f"decisions/NDC-2026-017/call-in@{HOST}"]
    assert deadline.decoded("DTSTART").astimezone(UTC) == datetime(2026, 7, 16, 16, 0, tzinfo=UTC)
    assert "DTSTART;TZID=Europe/London:20260716T170000" in text
    assert str(deadline["TRANSP"]) == "TRANSPARENT" and "DTEND" not in deadline  # a moment, not a meeting
    # A date alone is a whole day: the budget consultation opens on 9 November 2026.
    opens = everything[f"{BUDGET}opens@{HOST}"]
    assert opens.decoded("DTSTART") == date(2026, 11, 9) and opens.decoded("DTEND") == date(2026, 11, 10)
    assert str(everything[f"{BUDGET}closes@{HOST}"]["SUMMARY"]).startswith("Consultation closes: ")


def test_the_second_time_when_the_clocks_go_back_is_written_in_utc():
    def start_line(when: str) -> str:
        entry = Entry("x@h", "Drop-in", parse_when(when)[0].astimezone(LONDON), "About", BASE)
        written = vevent(entry, parse_when("2026-10-01T09:00")[0]).decode()
        return next(line for line in written.split("\r\n") if line.startswith("DTSTART"))

    assert start_line("2026-10-25 01:30 BST") == "DTSTART;TZID=Europe/London:20261025T013000"
    assert start_line("2026-10-25 01:30 GMT") == "DTSTART:20261025T013000Z"


def test_text_never_carries_control_characters_or_raw_line_breaks():
    entry = Entry("x@h", "Bell\x07 and\r\nbreak; comma, done", date(2026, 3, 2), "Line one\rline two\x0bvertical", BASE)
    written = vevent(entry, datetime(2026, 3, 1, tzinfo=UTC))
    assert all(CTL.search(line) is None for line in written.split(b"\r\n"))
    assert b"SUMMARY:Bell and\\nbreak\\; comma\\, done" in written
    assert b"DESCRIPTION:Line one\\nline twovertical" in written


def test_an_events_uid_does_not_depend_on_its_place_in_the_list():
    budget = next(c for c in demo_at().hub.consultations if c.url == BUDGET)
    events = budget.record.events
    reordered = replace(budget, record=budget.record.model_copy(update={"events": list(reversed(events))}))
    fewer = replace(budget, record=budget.record.model_copy(update={"events": events[1:]}))
    uids = dict(zip((e.title for e in events), event_uids(budget, BASE), strict=True))
    assert dict(zip((e.title for e in reversed(events)), event_uids(reordered, BASE), strict=True)) == uids
    assert dict(zip((e.title for e in events[1:]), event_uids(fewer, BASE), strict=True)) == {
        title: uid for title, uid in uids.items() if title != events[0].title
    }
    # Two events of the same title on the same day are told apart by their times.
    twice = [events[0], events[0].model_copy(update={"start": events[0].start + timedelta(hours=3)})]
    both = event_uids(replace(budget, record=budget.record.model_copy(update={"events": twice})), BASE)
    assert len(set(both)) == 2 and both[0].endswith(f"-1830@{HOST}") and both[1].endswith(f"-2130@{HOST}")
