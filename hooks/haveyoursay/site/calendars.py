"""Calendar files (.ics) for consultation events, so residents can add a
drop-in session to their phone's calendar in one tap (as Citizen Space and
Decidim offer). Times are written in UTC, which every calendar reads correctly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urljoin, urlparse

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ..consultations.record import Consultation


def event_calendar(consultation: Consultation, index: int, base_url: str, now: datetime) -> bytes:
    """One VEVENT for the consultation's event number ``index``."""
    event = consultation.record.events[index]
    title = consultation.record.title
    page = urljoin(base_url, consultation.url)
    calendar = Calendar()
    calendar.add("prodid", "-//Have your say//Consultation events//EN")
    calendar.add("version", "2.0")
    entry = CalendarEvent()
    entry.add("uid", f"{consultation.slug}-{index + 1}@{urlparse(base_url).hostname}")
    entry.add("dtstamp", now.astimezone(UTC))
    entry.add("dtstart", event.start.astimezone(UTC))
    entry.add("dtend", event.end.astimezone(UTC))
    entry.add("summary", f"{event.title} ({title})")
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if location:
        entry.add("location", location)
    details = [f"Part of the consultation: {title}.", f"Details: {page}"]
    if event.access:
        details.append(f"Access: {event.access}")
    if event.online:
        details.append(f"Join online: {event.online}")
    entry.add("description", "\n".join(details))
    entry.add("url", page)
    calendar.add_component(entry)
    return bytes(calendar.to_ical())
