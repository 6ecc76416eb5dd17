"""Calendar files (.ics) for consultation events, so residents can add a
drop-in session to their phone's calendar in one tap (as Citizen Space and
Decidim offer). Times are written in UTC, which every calendar reads correctly.
"""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urljoin, urlparse

from icalendar import Calendar, Event as CalendarEvent


def event_file_name(index: int) -> str:
    return f"event-{index + 1}.ics"


def event_calendar(consultation, index: int, base_url: str, now: datetime) -> bytes:
    """One VEVENT for the consultation's event number ``index``."""
    event = consultation.events[index]
    page = urljoin(base_url, consultation.url)
    calendar = Calendar()
    calendar.add("prodid", "-//Have your say//Consultation events//EN")
    calendar.add("version", "2.0")
    entry = CalendarEvent()
    entry.add("uid", f"{consultation.slug}-{index + 1}@{urlparse(base_url).hostname}")
    entry.add("dtstamp", now.astimezone(timezone.utc))
    entry.add("dtstart", event.start.astimezone(timezone.utc))
    entry.add("dtend", event.end.astimezone(timezone.utc))
    entry.add("summary", f"{event.title} ({consultation.title})")
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if location:
        entry.add("location", location)
    details = [f"Part of the consultation: {consultation.title}.", f"Details: {page}"]
    if event.access:
        details.append(f"Access: {event.access}")
    if event.online:
        details.append(f"Join online: {event.online}")
    entry.add("description", "\n".join(details))
    entry.add("url", page)
    calendar.add_component(entry)
    return calendar.to_ical()
