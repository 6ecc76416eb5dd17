"""The hub's own words in each of the council's languages: one gettext catalogue per language, through Babel.

A council in Wales publishes every sentence the hub writes in Welsh and in English (Welsh Language
Standards). English is the language the code is written in, so English needs no catalogue: its gettext
gives every sentence back as it is. Welsh has ``locales/cy/LC_MESSAGES/hub.po``, translated from the
template ``locales/messages.pot``, which ``pybabel extract`` makes from the sentences marked ``N_`` below.

The ``.po`` file is compiled in memory when it is first needed (Babel's ``read_po`` and ``write_mo``, then
``babel.support.Translations``), not to a ``.mo`` file by the set-up: the text a translator edits is then
the only copy, nothing binary is committed or can go stale beside it, and compiling a few hundred sentences
takes milliseconds once per build.

Dates are words too, but they are made, not looked up: ``dates_in`` gives the date formatter of each
language (``core.london`` for English, ``core.welsh_dates`` for Welsh).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from . import london, welsh_dates

LOCALES = Path(__file__).resolve().parent.parent / "locales"
"""hooks/haveyoursay/locales: the template and each language's catalogue."""
TEMPLATE = LOCALES / "messages.pot"
DOMAIN = "hub"
ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)
"""The languages the hub can publish in: the codes a council lists in ``extra: council: languages:``."""
LANGUAGE_NAMES = {ENGLISH: "English", WELSH: "Cymraeg"}
"""Each language in its own words, as a language switch shows it."""
LANGUAGE_TAGS = {ENGLISH: "en-GB", WELSH: "cy"}
"""Each language's BCP 47 tag, as a page's ``lang``, ``hreflang``, a feed's ``xml:lang`` and schema.org's
``inLanguage`` give it: British English, and Welsh."""
LOCALE_TAGS = {ENGLISH: "en_GB", WELSH: "cy_GB"}
"""Each language as Open Graph's ``og:locale`` gives it."""

Gettext = Callable[[str], str]


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for "mark, do not translate yet"
    """Marks an English sentence for the catalogue (``pybabel extract`` finds it); it is translated where shown."""
    return message


def catalogue_file(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalogue_for(language: str) -> NullTranslations:
    """A language's compiled catalogue: English's gives each sentence back; Welsh's looks it up.

    A sentence missing from a catalogue comes back in English (gettext's rule); the catalogue's own test
    makes sure no marked sentence is missing.
    """
    if language == ENGLISH:
        return NullTranslations()
    if language not in LANGUAGES:
        raise ValueError(f"the hub has no catalogue for '{language}': it speaks {', '.join(LANGUAGES)}")
    with catalogue_file(language).open("rb") as po:
        catalogue = read_po(po, locale=language, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def gettext_for(language: str) -> Gettext:
    """The gettext of a language (``catalogue_for``)."""
    return catalogue_for(language).gettext


# -- the language a page is being made in ----------------------------------------------------------------
# The wording modules and the templates say every sentence through ``_`` (and dates through the functions
# below), which look at the language spoken now: the build plans and renders the Welsh pages inside
# ``speaking("cy")``. Nothing else changes between the languages, so an English page is made exactly as
# before, and a Welsh one cannot mix in an English sentence that was marked.

_spoken: ContextVar[str] = ContextVar("language_spoken", default=ENGLISH)


def language_now() -> str:
    """The language the page being made is in: "en" unless inside ``speaking``."""
    return _spoken.get()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Make pages in ``language`` inside this block; the language before it comes back after."""
    if language not in LANGUAGES:
        raise ValueError(f"the hub has no catalogue for '{language}': it speaks {', '.join(LANGUAGES)}")
    token = _spoken.set(language)
    try:
        yield
    finally:
        _spoken.reset(token)


def speak(language: str) -> None:
    """From now on, make pages in ``language``: for the adapter, which renders one page after another."""
    if language not in LANGUAGES:
        raise ValueError(f"the hub has no catalogue for '{language}': it speaks {', '.join(LANGUAGES)}")
    _spoken.set(language)


_council_words: ContextVar[dict[str, dict[str, str]] | None] = ContextVar("council_words", default=None)


def use_council_words(words: dict[str, dict[str, str]]) -> None:
    """The council's own words (its name, topics...) in each language, from its settings, for this build:
    ``_`` gives them like the hub's own sentences, so a Welsh page names a topic in Welsh."""
    _council_words.set(words)


def _(message: str) -> str:
    """``message`` in the language spoken now (``pybabel extract`` finds each call); one of the council's
    own words is looked up in what its settings give (``use_council_words``)."""
    language = _spoken.get()
    own = (_council_words.get() or {}).get(language)
    if own and message in own:
        return own[message]
    return catalogue_for(language).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted sentence for ``count``, in the language spoken now (Welsh has five)."""
    return catalogue_for(_spoken.get()).ngettext(singular, plural, count)


def format_date(value: date | datetime) -> str:
    """ "12 March 2026", or "12 Mawrth 2026" in Welsh."""
    return DATE_WRITERS[_spoken.get()].format_date(value)


def format_time(value: time) -> str:
    """ "5pm" or "5yh"."""
    return DATE_WRITERS[_spoken.get()].format_time(value)


def format_moment(instant: datetime, *, closing: bool = False) -> str:
    """ "5pm on 12 March 2026" or "5yh ar 12 Mawrth 2026" (``closing``: a midnight close as the day before)."""
    return DATE_WRITERS[_spoken.get()].format_moment(instant, closing=closing)


def at_moment(instant: datetime, *, closing: bool = False) -> str:
    """ "at 5pm on 12 March 2026" or "am 5yh ar 12 Mawrth 2026"."""
    return DATE_WRITERS[_spoken.get()].at_moment(instant, closing=closing)


def length_in_words(start: datetime, end: datetime) -> str:
    """ "6 weeks and 2 days" or "6 wythnos a 2 ddiwrnod"."""
    return DATE_WRITERS[_spoken.get()].length_in_words(start, end)


@dataclass(frozen=True)
class DateWriter:
    """One language's way of writing dates and times, each function shaped like ``core.london``'s."""

    format_date: Callable[[date | datetime], str]
    format_time: Callable[[time], str]
    format_moment: Callable[..., str]
    at_moment: Callable[..., str]
    length_in_words: Callable[[datetime, datetime], str]


DATE_WRITERS = {
    ENGLISH: DateWriter(
        london.format_date, london.format_time, london.format_moment, london.at_moment, london.length_in_words
    ),
    WELSH: DateWriter(
        welsh_dates.format_date,
        welsh_dates.format_time,
        welsh_dates.format_moment,
        welsh_dates.at_moment,
        welsh_dates.length_in_words,
    ),
}


def dates_in(language: str) -> DateWriter:
    """How dates are written in a language: "5pm on 12 March 2026" or "5yh ar 12 Mawrth 2026"."""
    return DATE_WRITERS[language]


# -- the sentences the hub writes, marked for the catalogue ---------------------------------------------
# Each is the English exactly as the wording modules and templates say it today, so the page pass that
# shows pages in Welsh can look each one up as it stands.

CONSULTATION_STATUS_WORDS = {
    "forthcoming": N_("Forthcoming"),
    "open": N_("Open"),
    "closed": N_("Closed: analysing feedback"),
    "outcome_published": N_("Outcome published"),
    "withdrawn": N_("Withdrawn"),
}
"""A consultation's status, as its banner and card say it (consultations.wording.STATUS_LABELS)."""

DECISION_STATUS_WORDS = {
    "forward_plan": N_("Forward plan: not yet decided"),
    "call_in_period": N_("Decided: can be called in"),
    "call_in_ended": N_("Decided: call-in period over"),
    "called_in": N_("Called in"),
    "in_force": N_("In force"),
    "not_agreed": N_("Not agreed"),
}
"""A decision notice's status (decisions.wording.STATUS_LABELS)."""

DATE_WORDS = (
    N_("Opens"),
    N_("Closes"),
    N_("Length"),
    N_("Closing soon"),
    N_("closes today"),
    N_("closes tomorrow"),
    N_("Last updated"),
    N_("Date notice given"),
    N_("Date of decision"),
    N_("Decision expected"),
    N_("Date published"),
    N_("Call-in deadline"),
    N_("Can be implemented from"),
)
"""The words around a date: the labels of key facts and what a card says beside a closing date."""

HEADINGS = (
    N_("Have your say"),
    N_("Skip to main content"),
    N_("Home"),
    N_("Search this site"),
    N_("Consultations"),
    N_("Open consultations"),
    N_("Forthcoming consultations"),
    N_("Closed consultations"),
    N_("Withdrawn consultations"),
    N_("Past consultations"),
    N_("We asked, you said, we did"),
    N_("Decisions"),
    N_("All decisions"),
    N_("Forward plan"),
    N_("Key decision"),
    N_("Wards"),
    N_("Topics"),
    N_("All wards"),
    N_("What we are proposing"),
    N_("What can still change"),
    N_("Why we are consulting"),
    N_("What happens next"),
    N_("How to respond"),
    N_("Ways to respond"),
    N_("Events and drop-in sessions"),
    N_("Documents"),
    N_("Other formats"),
    N_("Easy Read version"),
    N_("Response form"),
    N_("Request an accessible format"),
    N_("Contact"),
    N_("Updates to this consultation"),
    N_("Why it was withdrawn"),
    N_("Get updates"),
    N_("Open data"),
    N_("How we are doing"),
    N_("This page may be out of date"),
)
"""Fixed headings and links of the site's pages and partials, as they are written in English today."""


def language_tag() -> str:
    """The language spoken now as a page's ``lang`` says it: "en-GB" or "cy"."""
    return LANGUAGE_TAGS[_spoken.get()]


def locale_tag() -> str:
    """The language spoken now as ``og:locale`` says it: "en_GB" or "cy_GB"."""
    return LOCALE_TAGS[_spoken.get()]


TEMPLATE_GLOBALS = {"_": _, "ngettext": ngettext, "language_tag": language_tag, "locale_tag": locale_tag}
"""What the templates say their fixed sentences with, in the language spoken now: ``{{ _("Home") }}``."""
