"""What a record's page says about itself: schema.org data, a link preview's words, its last change.

Search engines read schema.org JSON-LD (the consultation's closing date, each
event with its place and whether it is online); a link shared in a message
shows the title and summary (Open Graph); the sitemap gives each page's real
last change, not the build time. No third-party script or button is involved:
JSON-LD is data in the page, never run.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from ..consultations.pages import PublishedConsultations
from ..consultations.record import Consultation
from ..consultations.status import last_change as consultation_last_change
from ..core.london import to_london
from ..core.translations import _, language_tag
from ..decisions.pages import PublishedDecisions
from ..decisions.record import DecisionNotice
from ..decisions.status import last_change as decision_last_change
from .components import PageHead

SCHEMA = "https://schema.org"
OFFLINE, ONLINE, MIXED = (f"{SCHEMA}/{mode}EventAttendanceMode" for mode in ("Offline", "Online", "Mixed"))


def iso(moment: datetime) -> str:
    """ISO 8601 with the UK offset of that moment: 2026-03-12T17:00:00+00:00."""
    return to_london(moment).isoformat()


def as_json(data: dict[str, Any]) -> str:
    """JSON safe inside a script element: "</" cannot end it, whatever an officer wrote."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def _publisher(name: str, base_url: str) -> dict[str, str]:
    return {"@type": "GovernmentOrganization", "name": name, "url": base_url}


def consultation_head(consultation: Consultation, published: PublishedConsultations, base_url: str) -> PageHead:
    record, url = consultation.record, urljoin(base_url, consultation.url)
    council = _publisher(published.settings.name, base_url)
    changed = consultation_last_change(record, published.now, published.settings.outcome_due_weeks)
    page: dict[str, Any] = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": record.title,
        "description": record.summary,
        "inLanguage": language_tag(),
        "expires": iso(record.closes),
        "publisher": council,
        "keywords": ", ".join(record.topics),
    }
    if record.opens <= published.now:
        page["datePublished"] = iso(record.opens)
    if changed is not None:
        page["dateModified"] = iso(changed)
    events = []
    for event in record.events:
        places: list[dict[str, Any]] = []
        if event.venue or event.address:
            place: dict[str, Any] = {"@type": "Place", "name": event.venue or event.address}
            if event.address:
                place["address"] = event.address
            places.append(place)
        if event.online:
            places.append({"@type": "VirtualLocation", "url": event.online})
        mode = MIXED if len(places) == 2 else ONLINE if event.online else OFFLINE
        events.append(
            {
                "@type": "Event",
                "name": event.title,
                "startDate": iso(event.start),
                "endDate": iso(event.end),
                "eventAttendanceMode": mode,
                "eventStatus": f"{SCHEMA}/EventScheduled",
                "location": places[0] if len(places) == 1 else places,
                "organizer": council,
                "isAccessibleForFree": True,
                "url": url,
                "description": _("Part of: {title}").format(title=record.title),
            }
        )
    data = {"@context": SCHEMA, "@graph": [page, *events]}
    return PageHead(
        description=record.summary,
        kind="article",
        structured_data=as_json(data),
        lastmod=to_london(changed).date().isoformat() if changed is not None else "",
    )


def decision_head(notice: DecisionNotice, published: PublishedDecisions, base_url: str) -> PageHead:
    record, url = notice.record, urljoin(base_url, notice.url)
    made = record.record_of_decision
    changed = decision_last_change(record, published.settings, published.now)
    page: dict[str, Any] = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": record.title,
        "description": record.summary,
        "inLanguage": language_tag(),
        "identifier": notice.reference,
        "publisher": _publisher(published.settings.name, base_url),
    }
    first = made.published if made is not None and made.published <= published.now else record.notice_given
    if first is not None:
        page["datePublished"] = iso(first)
    if changed is not None:
        page["dateModified"] = iso(changed)
    return PageHead(
        description=record.summary,
        kind="article",
        structured_data=as_json({"@context": SCHEMA, **page}),
        lastmod=to_london(changed).date().isoformat() if changed is not None else "",
    )
