"""Every sentence residents read about consultations, in one place: the mirror of decisions' wording.

Statuses, banners, the "when" of a card, list titles and introductions. The
page models (``pages``) choose which of these to show; this module says them,
GOV.UK's way: "This consultation closes at 5pm on 12 March 2026."
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..core.london import at_moment, format_date, format_moment, format_time, last_day, to_london
from ..site.wording import counted
from .status import Status

STATUS_LABELS = {
    Status.FORTHCOMING: "Forthcoming",
    Status.OPEN: "Open",
    Status.CLOSED: "Closed: analysing feedback",
    Status.OUTCOME_PUBLISHED: "Outcome published",
    Status.WITHDRAWN: "Withdrawn",
}

ENGAGEMENT_WORDS = {
    "inform": "Inform: we are telling you about a change and how it affects you",
    "consult": "Consult: we want your views before we decide",
    "involve": "Involve: we will work with you to shape the options",
    "collaborate": "Collaborate: we will develop the plans in partnership with you",
    "empower": "Empower: you will make the final decision",
}

LIST_PAGES = {
    Status.OPEN: ("open", "Open consultations", "Consultations you can respond to now, closing soonest first."),
    Status.FORTHCOMING: (
        "forthcoming",
        "Forthcoming consultations",
        "Consultations that will open soon. You cannot respond yet.",
    ),
    Status.CLOSED: (
        "closed",
        "Closed consultations",
        "Consultations that have closed. We are analysing the feedback and will publish what we heard.",
    ),
    Status.OUTCOME_PUBLISHED: (
        "outcomes",
        "We asked, you said, we did",
        "What residents told us in each consultation, and what we did as a result.",
    ),
    Status.WITHDRAWN: ("withdrawn", "Withdrawn consultations", "Consultations we stopped early, with the reason why."),
}
"""Each status's list: its web address under consultations/, its title and its introduction."""

WITHDRAWN_REASON = "Why it was withdrawn"
EASY_READ = "Easy Read version"
RESPONSE_FORM = "Response form"

FACT_LABELS = {
    "opens": "Opens",
    "closes": "Closes",
    "length": "Length",
    "wards": "Wards",
    "topics": "Topics",
    "audiences": "Who it is for",
    "service": "Who is consulting",
    "engagement": "How you can take part",
}

CONSULTATIONS = ("Consultations", "Find a consultation by where it is in its life.")
PAST_BY_YEAR = "Past consultations by year"
INDEXES = {
    "wards": (
        "Wards",
        "Find consultations that affect where you live. If you do not know your ward, "
        "ask us or look it up on your council tax bill.",
    ),
    "topics": ("Topics", "Find consultations about the things you care about."),
    "archive": (
        "Past consultations",
        "Consultations that have closed, by the year they closed, with what we heard and what we did.",
    ),
}


def count(number: int) -> str:
    return counted(number, "consultation") + "."


def count_of(number: int) -> str:
    return counted(number, "consultation")


def days_phrase(days: int) -> str:
    if days <= 0:
        return "closes today"
    if days == 1:
        return "closes tomorrow"
    return f"closes in {days} days"


def card_when(
    status: Status, opens: datetime, closes: datetime, outcome: datetime | None, withdrawn: datetime | None, days: int
) -> str:
    """The date a card shows, for its status: "Closes at 5pm on 27 November 2026 (closes in 3 days)"."""
    if status is Status.FORTHCOMING:
        return f"Opens {at_moment(opens)}"
    if status is Status.OPEN:
        return f"Closes {at_moment(closes, closing=True)} ({days_phrase(days)})"
    if status is Status.OUTCOME_PUBLISHED and outcome is not None:
        return f"on {format_date(outcome)}. It closed on {format_date(last_day(closes))}."
    if status is Status.WITHDRAWN and withdrawn is not None:
        return f"on {format_date(withdrawn)}"
    return f"It closed {at_moment(closes, closing=True)}."


CLOSING_SOON = "Closing soon"


def other_ways(online: bool, email: bool, post: bool, phone: bool, in_person: bool) -> str:
    """The ways to respond besides online, in one sentence: "You can also respond by email, by post or by phone."."""
    ways = [
        way
        for way, given in (("by email", email), ("by post", post), ("by phone", phone), ("in person", in_person))
        if given
    ]
    if not ways:
        return ""
    listed = ways[0] if len(ways) == 1 else ", ".join(ways[:-1]) + " or " + ways[-1]
    return f"You can {'also ' if online else ''}respond {listed}."


def wards_line(wards: str) -> str:
    return f"Wards: {wards}"


def forthcoming_sentences(opens: datetime, closes: datetime) -> tuple[str, ...]:
    return (f"This consultation opens {at_moment(opens)}.", f"It closes {at_moment(closes, closing=True)}.")


def open_sentences(closes: datetime, days: int, closing_soon: bool) -> tuple[str, ...]:
    sentences = [f"This consultation closes {at_moment(closes, closing=True)}."]
    if closing_soon:
        sentences.append({0: "Today is the last day to respond.", 1: "1 day left."}.get(days, f"{days} days left."))
    return tuple(sentences)


def closed_sentences(closes: datetime, due: date, overdue: bool) -> tuple[str, ...]:
    last = (
        f"The outcome is overdue. We expected to publish it by {format_date(due)}."
        if overdue
        else f"We aim to publish the outcome by {format_date(due)}."
    )
    return (f"This consultation closed {at_moment(closes, closing=True)}.", "We are analysing your feedback.", last)


def outcome_sentences(closes: datetime, published: datetime) -> tuple[str, ...]:
    return (
        f"This consultation closed {at_moment(closes, closing=True)}.",
        f"We published the outcome on {format_date(published)}.",
    )


def stale_after_opening(opens: datetime) -> str:
    return (
        f"This consultation opened {at_moment(opens)}. This page was made before it opened, "
        "so it does not show how to respond yet."
    )


def stale_after_closing(closes: datetime) -> str:
    return (
        f"This consultation closed {at_moment(closes, closing=True)}. This page was made before it closed, "
        "so it may still say it is open. You can no longer respond."
    )


def withdrawn_sentences(withdrawn: datetime) -> tuple[str, ...]:
    return (f"This consultation was withdrawn on {format_date(withdrawn)}.",)


def responses(number: int) -> str:
    return counted(number, "response")


def outcome_link_detail(number: int, published: datetime) -> str:
    """On a decision page: what residents told us, in a line."""
    return f"{responses(number)}. We published what residents told us on {format_date(published)}."


def event_when(start: datetime, end: datetime) -> str:
    """ "6:30pm to 8pm on 26 November 2026"; an evening event ending at midnight keeps its end time."""
    start, end = to_london(start), to_london(end)
    if end.time() == time(0, 0) and end.date() == start.date() + timedelta(days=1) and start.time() != time(0, 0):
        return f"{format_time(start.time())} to midnight on {format_date(start)}"
    if start.date() == end.date():
        return f"{format_time(start.time())} to {format_time(end.time())} on {format_date(start)}"
    return f"{format_moment(start)} to {format_moment(end)}"


def ward_page(ward: str, former: bool = False) -> tuple[str, str, str]:
    if former:
        return (
            f"Consultations in {ward} (a former ward)",
            f"{ward} was a ward until the ward boundaries changed. These consultations were about it.",
            "",
        )
    return (
        f"Consultations in {ward} ward",
        f"Consultations that affect {ward} ward, including those for the whole borough.",
        "There are no consultations for this ward yet.",
    )


def topic_page(topic: str) -> tuple[str, str, str]:
    return topic, f"Consultations about {topic.lower()}.", "There are no consultations on this topic yet."


def year_page(year: int) -> tuple[str, str]:
    return f"Consultations that closed in {year}", f"Every consultation that closed or was withdrawn in {year}."


# -- How we are doing (site.figures) ---------------------------------------------------------------

FIGURES_CAPTION = "Consultations by the year they opened"
ALL_YEARS = "All years"
NO_FIGURES_YET = "No consultation has opened yet."
OVERDUE_HEADING = "Outcomes that are overdue"


def figures_columns(shortest_weeks: int) -> tuple[str, ...]:
    return ("Year", "Consultations run", "Median length", f"At least {shortest_weeks} weeks long", "Responses")


def weeks_and_days(days: int) -> str:
    """ "7 weeks and 4 days", "6 weeks", "5 days"."""
    weeks, rest = divmod(days, 7)
    parts = [f"{weeks} week{'s' if weeks != 1 else ''}"] if weeks else []
    if rest or not weeks:
        parts.append(f"{rest} day{'s' if rest != 1 else ''}")
    return " and ".join(parts)


def median_length(days: float) -> str:
    """The middle length; halfway between two lengths (an even number of them) is "about" the longer day."""
    whole = int(days)
    return weeks_and_days(whole) if whole == days else f"about {weeks_and_days(whole + 1)}"


def figures_notes(forthcoming: int, withdrawn: int) -> tuple[str, ...]:
    notes = [
        "We count each one in the year it opened, even if it is still open. Its length is from when it "
        "opened to when it closed.",
        "The median length is the middle one. Half were shorter and half were longer.",
        "We count responses once we publish what we heard.",
    ]
    if forthcoming:
        have = "has" if forthcoming == 1 else "have"
        them = "it when it opens" if forthcoming == 1 else "them when they open"
        notes.append(f"{counted(forthcoming, 'consultation')} {have} not opened yet. We will count {them}.")
    if withdrawn:
        them = "it" if withdrawn == 1 else "them"
        notes.append(f"We withdrew {counted(withdrawn, 'consultation')}, so we do not count {them} here.")
    return tuple(notes)


def outcome_figure_labels(weeks: int) -> dict[str, str]:
    return {
        "due": "Outcomes due so far",
        "on_time": f"Published within {weeks} weeks of closing",
        "late": f"Published later than {weeks} weeks",
        "overdue": "Overdue: not published yet",
        "not_yet_due": "Closed, and not due yet",
        "responses": "Responses in the published outcomes",
    }


NONE_OVERDUE = "No outcome is overdue."


def overdue_detail(closed: date, due: date) -> str:
    return f"It closed on {format_date(closed)}. We should have published the outcome by {format_date(due)}."


SEARCH_KIND = "Consultation"
"""A consultation's type in search results and the search page's filters."""


def closing_date(day: date) -> str:
    """What a search result says under a consultation's title, whatever its status."""
    return f"Closing date: {format_date(day)}"


# -- What happens and when: the timeline (site.timeline) ----------------------------------------

TIMELINE = "What happens and when"
STEPS = {
    "opens": "Consultation opens",
    "closes": "Consultation closes",
    "outcome": "Outcome published",
    "overdue": "Outcome overdue",
    "withdrawn": "Consultation withdrawn",
}
STEP_DETAILS = {
    "opens": "You can have your say from then.",
    "event": "You can take part in this event.",
    "open": "You can respond until then.",
    "analysing": "We are analysing your feedback.",
    "overdue": "We have not published it yet.",
}
HOW_TO_RESPOND = "How to respond"
WHAT_WE_HEARD = "We asked, you said, we did"


def due_by(due: date, overdue: bool = False) -> str:
    return f"{'due by' if overdue else 'by'} {format_date(due)}"


def outcome_aim(weeks: int) -> str:
    return f"We aim to publish it within {weeks} weeks of the consultation closing."


def responses_received(number: int) -> str:
    return f"We received {responses(number)}."


def consultation_link(title: str) -> str:
    """On a decision notice's timeline, the link to the consultation it considered."""
    return f"Consultation: {title}"
