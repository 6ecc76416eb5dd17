"""Every sentence residents read about consultations, in one place: the mirror of decisions' wording.

Statuses, banners, the "when" of a card, list titles and introductions. The
page models (``pages``) choose which of these to show; this module says them,
GOV.UK's way: "This consultation closes at 5pm on 12 March 2026." Each is said
in the language spoken now (``core.translations``): the constants below are
marked ``N_`` and stay English, so whoever shows one says it through ``_``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..core.london import last_day, london_midnight, to_london
from ..core.translations import N_, _, at_moment, format_date, format_moment, format_time, length_in_words, ngettext
from .status import Status

STATUS_LABELS = {
    Status.FORTHCOMING: N_("Forthcoming"),
    Status.OPEN: N_("Open"),
    Status.CLOSED: N_("Closed: analysing feedback"),
    Status.OUTCOME_PUBLISHED: N_("Outcome published"),
    Status.WITHDRAWN: N_("Withdrawn"),
}

ENGAGEMENT_WORDS = {
    "inform": N_("Inform: we are telling you about a change and how it affects you"),
    "consult": N_("Consult: we want your views before we decide"),
    "involve": N_("Involve: we will work with you to shape the options"),
    "collaborate": N_("Collaborate: we will develop the plans in partnership with you"),
    "empower": N_("Empower: you will make the final decision"),
}

LIST_PAGES = {
    Status.OPEN: ("open", N_("Open consultations"), N_("Consultations you can respond to now, closing soonest first.")),
    Status.FORTHCOMING: (
        "forthcoming",
        N_("Forthcoming consultations"),
        N_("Consultations that will open soon. You cannot respond yet."),
    ),
    Status.CLOSED: (
        "closed",
        N_("Closed consultations"),
        N_("Consultations that have closed. We are analysing the feedback and will publish what we heard."),
    ),
    Status.OUTCOME_PUBLISHED: (
        "outcomes",
        N_("We asked, you said, we did"),
        N_("What residents told us in each consultation, and what we did as a result."),
    ),
    Status.WITHDRAWN: (
        "withdrawn",
        N_("Withdrawn consultations"),
        N_("Consultations we stopped early, with the reason why."),
    ),
}
"""Each status's list: its web address under consultations/, its title and its introduction."""

WITHDRAWN_REASON = N_("Why it was withdrawn")
EASY_READ = N_("Easy Read version")
RESPONSE_FORM = N_("Response form")

FACT_LABELS = {
    "opens": N_("Opens"),
    "closes": N_("Closes"),
    "length": N_("Length"),
    "wards": N_("Wards"),
    "topics": N_("Topics"),
    "audiences": N_("Who it is for"),
    "service": N_("Who is consulting"),
    "engagement": N_("How you can take part"),
}

CONSULTATIONS = (N_("Consultations"), N_("Find a consultation by where it is in its life."))
PAST_BY_YEAR = N_("Past consultations by year")
INDEXES = {
    "wards": (
        N_("Wards"),
        N_(
            "Find consultations that affect where you live. If you do not know your ward, "
            "ask us or look it up on your council tax bill."
        ),
    ),
    "topics": (N_("Topics"), N_("Find consultations about the things you care about.")),
    "archive": (
        N_("Past consultations"),
        N_("Consultations that have closed, by the year they closed, with what we heard and what we did."),
    ),
}


def status_label(status: Status) -> str:
    """ "Open", or "Ar agor" in Welsh: a status as its banner, card and links say it."""
    return _(STATUS_LABELS[status])


def list_page(status: Status) -> tuple[str, str, str]:
    """A status's list: its web address (never translated), and its title and introduction in words."""
    segment, title, introduction = LIST_PAGES[status]
    return segment, _(title), _(introduction)


def list_pages() -> dict[Status, tuple[str, str, str]]:
    """Every status's list (``list_page``), in the order of ``LIST_PAGES``."""
    return {status: list_page(status) for status in LIST_PAGES}


def count(number: int) -> str:
    return ngettext("{count} consultation.", "{count} consultations.", number).format(count=f"{number:,}")


def count_of(number: int) -> str:
    return ngettext("{count} consultation", "{count} consultations", number).format(count=f"{number:,}")


def days_phrase(days: int) -> str:
    if days <= 0:
        return _("closes today")
    if days == 1:
        return _("closes tomorrow")
    return ngettext("closes in {count} day", "closes in {count} days", days).format(count=days)


def card_when(
    status: Status, opens: datetime, closes: datetime, outcome: datetime | None, withdrawn: datetime | None, days: int
) -> str:
    """The date a card shows, for its status: "Closes at 5pm on 27 November 2026 (closes in 3 days)"."""
    if status is Status.FORTHCOMING:
        return _("Opens {when}").format(when=at_moment(opens))
    if status is Status.OPEN:
        return _("Closes {when} ({countdown})").format(
            when=at_moment(closes, closing=True), countdown=days_phrase(days)
        )
    if status is Status.OUTCOME_PUBLISHED and outcome is not None:
        # Translators: said after the status "Outcome published" on a card.
        return _("on {published}. It closed on {closed}.").format(
            published=format_date(outcome), closed=format_date(last_day(closes))
        )
    if status is Status.WITHDRAWN and withdrawn is not None:
        # Translators: said after the status "Withdrawn" on a card.
        return _("on {date}").format(date=format_date(withdrawn))
    return _("It closed {when}.").format(when=at_moment(closes, closing=True))


CLOSING_SOON = N_("Closing soon")
WAYS = (N_("by email"), N_("by post"), N_("by phone"), N_("in person"))
"""The ways to respond besides online, as ``other_ways`` lists them."""


def other_ways(online: bool, email: bool, post: bool, phone: bool, in_person: bool) -> str:
    """The ways to respond besides online, in one sentence: "You can also respond by email, by post or by phone."."""
    ways = [_(way) for way, given in zip(WAYS, (email, post, phone, in_person), strict=True) if given]
    if not ways:
        return ""
    listed = ways[0] if len(ways) == 1 else _("{ways} or {last}").format(ways=", ".join(ways[:-1]), last=ways[-1])
    return (_("You can also respond {ways}.") if online else _("You can respond {ways}.")).format(ways=listed)


def wards_line(wards: str) -> str:
    return _("Wards: {wards}").format(wards=wards)


def forthcoming_sentences(opens: datetime, closes: datetime) -> tuple[str, ...]:
    return (
        _("This consultation opens {when}.").format(when=at_moment(opens)),
        _("It closes {when}.").format(when=at_moment(closes, closing=True)),
    )


def open_sentences(closes: datetime, days: int, closing_soon: bool) -> tuple[str, ...]:
    sentences = [_("This consultation closes {when}.").format(when=at_moment(closes, closing=True))]
    if closing_soon:
        sentences.append(
            _("Today is the last day to respond.")
            if days == 0
            else ngettext("{count} day left.", "{count} days left.", days).format(count=days)
        )
    return tuple(sentences)


def closed_sentences(closes: datetime, due: date, overdue: bool) -> tuple[str, ...]:
    last = (
        _("The outcome is overdue. We expected to publish it by {date}.")
        if overdue
        else _("We aim to publish the outcome by {date}.")
    ).format(date=format_date(due))
    closed = _("This consultation closed {when}.").format(when=at_moment(closes, closing=True))
    return (closed, _("We are analysing your feedback."), last)


def outcome_sentences(closes: datetime, published: datetime) -> tuple[str, ...]:
    return (
        _("This consultation closed {when}.").format(when=at_moment(closes, closing=True)),
        _("We published the outcome on {date}.").format(date=format_date(published)),
    )


def stale_after_opening(opens: datetime) -> str:
    return _(
        "This consultation opened {when}. This page was made before it opened, so it does not show how to respond yet."
    ).format(when=at_moment(opens))


def stale_after_closing(closes: datetime) -> str:
    return _(
        "This consultation closed {when}. This page was made before it closed, "
        "so it may still say it is open. You can no longer respond."
    ).format(when=at_moment(closes, closing=True))


def withdrawn_sentences(withdrawn: datetime) -> tuple[str, ...]:
    return (_("This consultation was withdrawn on {date}.").format(date=format_date(withdrawn)),)


def responses(number: int) -> str:
    return ngettext("{count} response", "{count} responses", number).format(count=f"{number:,}")


def outcome_link_detail(number: int, published: datetime) -> str:
    """On a decision page: what residents told us, in a line."""
    return ngettext(
        "{count} response. We published what residents told us on {date}.",
        "{count} responses. We published what residents told us on {date}.",
        number,
    ).format(count=f"{number:,}", date=format_date(published))


def event_when(start: datetime, end: datetime) -> str:
    """ "6:30pm to 8pm on 26 November 2026"; an evening event ending at midnight keeps its end time."""
    start, end = to_london(start), to_london(end)
    if end.time() == time(0, 0) and end.date() == start.date() + timedelta(days=1) and start.time() != time(0, 0):
        return _("{start} to midnight on {date}").format(start=format_time(start.time()), date=format_date(start))
    if start.date() == end.date():
        return _("{start} to {end} on {date}").format(
            start=format_time(start.time()), end=format_time(end.time()), date=format_date(start)
        )
    return _("{start} to {end}").format(start=format_moment(start), end=format_moment(end))


def ward_page(ward: str, former: bool = False) -> tuple[str, str, str]:
    if former:
        return (
            _("Consultations in {ward} (a former ward)").format(ward=ward),
            _("{ward} was a ward until the ward boundaries changed. These consultations were about it.").format(
                ward=ward
            ),
            "",
        )
    return (
        _("Consultations in {ward} ward").format(ward=ward),
        _("Consultations that affect {ward} ward, including those for the whole borough.").format(ward=ward),
        _("There are no consultations for this ward yet."),
    )


def topic_page(topic: str) -> tuple[str, str, str]:
    topic = _(topic)  # the council's own word, in Welsh on a Welsh page (its settings' welsh: words:)
    about = _("Consultations about {topic}.").format(topic=topic.lower())
    return topic, about, _("There are no consultations on this topic yet.")


def year_page(year: int) -> tuple[str, str]:
    return (
        _("Consultations that closed in {year}").format(year=year),
        _("Every consultation that closed or was withdrawn in {year}.").format(year=year),
    )


# -- How we are doing (site.figures) ---------------------------------------------------------------

FIGURES_CAPTION = N_("Consultations by the year they opened")
ALL_YEARS = N_("All years")
NO_FIGURES_YET = N_("No consultation has opened yet.")
OVERDUE_HEADING = N_("Outcomes that are overdue")


def figures_columns(shortest_weeks: int) -> tuple[str, ...]:
    return (
        _("Year"),
        _("Consultations run"),
        _("Median length"),
        _("At least {weeks} weeks long").format(weeks=shortest_weeks),
        _("Responses"),
    )


def weeks_and_days(days: int) -> str:
    """ "7 weeks and 4 days", "6 weeks", "5 days": said as a consultation's length is (``length_in_words``)."""
    start = london_midnight(date(2001, 1, 1))
    return length_in_words(start, start + timedelta(days=days))


def median_length(days: float) -> str:
    """The middle length; halfway between two lengths (an even number of them) is "about" the longer day."""
    whole = int(days)
    return weeks_and_days(whole) if whole == days else _("about {length}").format(length=weeks_and_days(whole + 1))


def figures_notes(forthcoming: int, withdrawn: int) -> tuple[str, ...]:
    notes = [
        _(
            "We count each one in the year it opened, even if it is still open. Its length is from when it "
            "opened to when it closed."
        ),
        _("The median length is the middle one. Half were shorter and half were longer."),
        _("We count responses once we publish what we heard."),
    ]
    if forthcoming:
        notes.append(
            ngettext(
                "{count} consultation has not opened yet. We will count it when it opens.",
                "{count} consultations have not opened yet. We will count them when they open.",
                forthcoming,
            ).format(count=f"{forthcoming:,}")
        )
    if withdrawn:
        notes.append(
            ngettext(
                "We withdrew {count} consultation, so we do not count it here.",
                "We withdrew {count} consultations, so we do not count them here.",
                withdrawn,
            ).format(count=f"{withdrawn:,}")
        )
    return tuple(notes)


def outcome_figure_labels(weeks: int) -> dict[str, str]:
    return {
        "due": _("Outcomes due so far"),
        "on_time": _("Published within {weeks} weeks of closing").format(weeks=weeks),
        "late": _("Published later than {weeks} weeks").format(weeks=weeks),
        "overdue": _("Overdue: not published yet"),
        "not_yet_due": _("Closed, and not due yet"),
        "responses": _("Responses in the published outcomes"),
    }


NONE_OVERDUE = N_("No outcome is overdue.")


def overdue_detail(closed: date, due: date) -> str:
    return _("It closed on {closed}. We should have published the outcome by {due}.").format(
        closed=format_date(closed), due=format_date(due)
    )


SEARCH_KIND = N_("Consultation")
"""A consultation's type in search results and the search page's filters."""


def closing_date(day: date) -> str:
    """What a search result says under a consultation's title, whatever its status."""
    return _("Closing date: {date}").format(date=format_date(day))


# -- What happens and when: the timeline (site.timeline) ----------------------------------------

TIMELINE = N_("What happens and when")
STEPS = {
    "opens": N_("Consultation opens"),
    "closes": N_("Consultation closes"),
    "outcome": N_("Outcome published"),
    "overdue": N_("Outcome overdue"),
    "withdrawn": N_("Consultation withdrawn"),
}
STEP_DETAILS = {
    "opens": N_("You can have your say from then."),
    "event": N_("You can take part in this event."),
    "open": N_("You can respond until then."),
    "analysing": N_("We are analysing your feedback."),
    "overdue": N_("We have not published it yet."),
}
HOW_TO_RESPOND = N_("How to respond")
WHAT_WE_HEARD = N_("We asked, you said, we did")


def due_by(due: date, overdue: bool = False) -> str:
    return (_("due by {date}") if overdue else _("by {date}")).format(date=format_date(due))


def outcome_aim(weeks: int) -> str:
    return _("We aim to publish it within {weeks} weeks of the consultation closing.").format(weeks=weeks)


def responses_received(number: int) -> str:
    return ngettext("We received {count} response.", "We received {count} responses.", number).format(
        count=f"{number:,}"
    )


def consultation_link(title: str) -> str:
    """On a decision notice's timeline, the link to the consultation it considered."""
    return _("Consultation: {title}").format(title=title)
