"""What residents read that is the same for both kinds: documents, pages of a list, wards, counts.

With ``consultations/wording.py`` and ``decisions/wording.py`` this is every
sentence the hub writes (the templates hold only headings and labels), so the
words can be reviewed for plain English in one sitting.

Each sentence is in English and in the language spoken now (``core.translations``): a function says its
sentence through ``_`` or ``ngettext`` when it is called, and a constant is only marked (``N_``), to be
said through ``_`` where it is shown, since a constant is made once, in English, when the module loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from ..core.files import FileFacts, human_size
from ..core.london import to_london
from ..core.translations import N_, _, at_moment, format_date, ngettext

NONE_AT_THE_MOMENT = N_("There are none at the moment.")
HOME = N_("Home")
WEB_PAGE = N_("Web page")
ALL_WARDS = N_("All wards")
STALE_HEADING = N_("This page may be out of date")
STEP_STATES = {"done": N_("Done"), "current": N_("Next"), "to_come": N_("To come")}
"""Where a step of a timeline stands, in words (site.components.StepState's values), beside each step."""


def wards_text(wards: Sequence[str], all_wards: bool) -> str:
    return _(ALL_WARDS) if all_wards else ", ".join(wards)


FILE_KINDS = (
    N_("Word document"),
    N_("OpenDocument text"),
    N_("Excel spreadsheet"),
    N_("OpenDocument spreadsheet"),
    N_("CSV spreadsheet"),
    N_("PowerPoint presentation"),
    N_("OpenDocument presentation"),
    N_("Rich text"),
    N_("Plain text"),
    N_("Audio (MP3)"),
    N_("Video (MP4)"),
)
"""The types of file residents read beside a link (core.files.DOCUMENT_TYPES), said through ``_`` where shown.
"PDF" is not marked: it is the same in Welsh, and a catalogue entry the same as its English is refused."""


def size_described(size: int) -> str:
    """ "120 KB", "1.5 MB", "900 bytes" (core.files.human_size; only "bytes" is a word to translate)."""
    return _("{size} bytes").format(size=size) if size < 1024 else human_size(size)


def pages_counted(pages: int) -> str:
    """ "1 page", "4 pages"."""
    return ngettext("{count} page", "{count} pages", pages).format(count=f"{pages:,}")


def file_described(facts: FileFacts) -> str:
    """ "PDF, 120 KB, 4 pages": what a resident reads next to the link."""
    parts = [_(facts.kind), size_described(facts.size)]
    if facts.pages:
        parts.append(pages_counted(facts.pages))
    return ", ".join(parts)


# -- documents written in Markdown, each a web page of its own (core.documents, site.document_pages) ------

WORDS_A_MINUTE = 200
"""The reading time assumes 200 words a minute: slower than the 238 adults read non-fiction silently
(Brysbaert, 2019), for residents of every reading age."""
ALSO_AS_PDF = N_("Also as a PDF")
DOCUMENT_FACTS = {
    "part_of": N_("Part of"),
    "updated": N_("Last updated"),
    "length": N_("Length"),
    "pdf": N_("Other format"),
}
DOCUMENT_OF = {"consultation": N_("Consultation document"), "decision": N_("Decision notice document")}
"""The caption above a document's title, by the kind of record it belongs to."""


def document_length(words: int) -> str:
    """ "about 2,400 words, a 12 minute read": to the nearest 10 words up to 1,000, then the nearest 100."""
    step = 10 if words < 1000 else 100
    if words < 100:
        shown = ngettext("{count} word", "{count} words", words).format(count=f"{words:,}")
    else:
        about = round(words / step) * step
        shown = ngettext("about {count} word", "about {count} words", about).format(count=f"{about:,}")
    minutes = max(1, round(words / WORDS_A_MINUTE))
    reading = ngettext("a {count} minute read", "a {count} minute read", minutes).format(count=minutes)
    return f"{shown}, {reading}"


def web_page_described(words: int) -> str:
    """ "Web page, about 2,400 words, a 12 minute read": what a resident reads next to the link."""
    return f"{_(WEB_PAGE)}, {document_length(words)}"


def other_format(facts: FileFacts) -> str:
    """ "120 KB, 4 pages": the facts of a document's PDF, offered beside its web page."""
    return ", ".join([size_described(facts.size), *([pages_counted(facts.pages)] if facts.pages else [])])


def back_to(kind: str, title: str) -> str:
    """ "Back to the consultation: Northbrook town centre masterplan", at the end of a document's page."""
    if kind == "consultation":
        return _("Back to the consultation: {title}").format(title=title)
    return _("Back to the decision notice: {title}").format(title=title)


def document_description(title: str, kind: str, record: str) -> str:
    """What a link preview says of a document's page."""
    if kind == "consultation":
        return _("{title}: a document of the consultation {record}.").format(title=title, record=record)
    return _("{title}: a document of the decision notice {record}.").format(title=title, record=record)


def format_request_subject(title: str, about: str) -> str:
    return _("Accessible format request: {title} ({about})").format(title=title, about=about)


def page_of(number: int, total: int) -> str:
    return _("This is page {number} of {total}.").format(number=number, total=total)


def previous_page(number: int, total: int) -> str:
    return _("Previous page ({number} of {total})").format(number=number, total=total)


def next_page(number: int, total: int) -> str:
    return _("Next page ({number} of {total})").format(number=number, total=total)


def paged_title(title: str, number: int, total: int) -> str:
    if number == 1:
        return title
    return _("{title} (page {number} of {total})").format(title=title, number=number, total=total)


FORMAT_REQUEST = N_("Accessible format request")


def page_updated(moment: datetime) -> str:
    """ "Page updated at 10:15am on 24 November 2026": when the build that made the page ran."""
    if to_london(moment).time() == time(0, 0):
        return _("Page updated at midnight on {date}").format(date=format_date(moment))
    return _("Page updated {when}").format(when=at_moment(moment))


# -- How we are doing, and Open data ---------------------------------------------------------------

NOT_APPLICABLE = N_("None yet")


def number(count: int) -> str:
    """ "5,774": a figure as residents read it."""
    return f"{count:,}"


def out_of(part: int, whole: int) -> str:
    """ "4 out of 5"; "None yet" when there is nothing to count."""
    return _("{part} out of {whole}").format(part=f"{part:,}", whole=f"{whole:,}") if whole else _(NOT_APPLICABLE)


HOW_WE_ARE_DOING = (
    N_("How we are doing"),
    N_(
        "How well do we ask you before we decide? See how often we asked you, and for how long. See if we "
        "told you in time what we heard. And see if our decisions used what you told us."
    ),
)
OPEN_DATA = (
    N_("Open data"),
    N_(
        "You can download what is on this site as data, free to use. It has each consultation and decision "
        "on this site. It also has the figures on how we are doing."
    ),
)


def figures_when(moment: datetime) -> str:
    return _("We counted these figures {when} (UK time). That is when we last updated this site.").format(
        when=at_moment(moment)
    )


def data_files_when(moment: datetime) -> tuple[str, ...]:
    """When the files change, and what "now" means in them."""
    return (
        _(
            "Each time we update this site, we make the files again from the same records as the pages. "
            "So the files and pages always match."
        ),
        _(
            "We last made them {when} (UK time). Each status in them, like open or closed, is what "
            "it was then. That time is in each JSON file, as generated."
        ).format(when=at_moment(moment)),
    )


def licence_sentences(name: str, open_government: bool, council: str) -> tuple[str, ...]:
    sentences = [_("The data is free to use under the {name}.").format(name=name)]
    if open_government:
        sentences.append(
            _(
                "This means you can copy it, share it and change it, for any use. You must say it came from {council}."
            ).format(council=council)
        )
    return tuple(sentences)


def read_licence(name: str) -> str:
    return _("Read the {name}").format(name=name)


DATA_CONTENTS = (
    N_("There is one row for each consultation and each decision on this site. Drafts are never in the files."),
    N_(
        "Each status is in two forms. One is for computers, like outcome_published. The other is in the words "
        "on this site, like Outcome published."
    ),
    N_(
        "Times are written the world's way (ISO 8601), with the gap from UTC at the end. For example "
        "2026-03-12T17:00:00+00:00 in winter, and 2026-07-03T17:00:00+01:00 in summer. Days with no time "
        "look like 2026-03-12."
    ),
    N_(
        "In the CSV files, a list, like the wards, has a semicolon and a space between items. Documents are "
        "web links with a space between them."
    ),
)
DATA_CHECKING = (
    N_(
        "Each JSON file has a JSON Schema next to it. It says what each field holds. Any JSON Schema tool can "
        "check the file with it."
    ),
    N_(
        "A Frictionless data package says what each column of the CSV files holds. To check them with the "
        "Frictionless tools, run this:"
    ),
)


def check_command(data_package: str) -> str:
    return f"frictionless validate {data_package}"


def data_file_rows(count: int, word: str) -> str:
    """ "15 consultations, one row each." (``word``: "consultation" or "decision notice")."""
    number_shown = f"{count:,}"
    if word == "consultation":
        return ngettext("{count} consultation, one row each.", "{count} consultations, one row each.", count).format(
            count=number_shown
        )
    if word == "decision notice":
        return ngettext(
            "{count} decision notice, one row each.", "{count} decision notices, one row each.", count
        ).format(count=number_shown)
    raise ValueError(f"no words for the rows of a file of '{word}': add its counted sentence here")


# -- Feeds and calendars ---------------------------------------------------------------------------

FEED_NAMES = {
    "consultations": (
        N_("all consultations"),
        N_("Every consultation from the day it opens, whatever stage it is at."),
    ),
    "open": (N_("open consultations"), N_("Consultations you can respond to now.")),
    "outcomes": (N_("outcomes"), N_("What residents told us in each consultation, and what we did as a result.")),
    "decisions": (
        N_("decision notices"),
        N_("Every decision notice from the day notice of it is given: decisions still to be made and decisions made."),
    ),
    "forward-plan": (N_("the forward plan"), N_("Key decisions we plan to make, with the date each is expected.")),
}
"""Each site-wide feed: what it follows (said after "Feed of") and what it holds."""
CALENDAR_NAME = (
    N_("every consultation and decision"),
    N_("When each consultation opens and closes, its events, the date of each decision and its call-in deadline."),
)


def ward_feed(ward: str) -> tuple[str, str]:
    return (
        _("{ward} ward").format(ward=ward),
        _("Consultations and decisions in {ward} ward, including those for the whole borough.").format(ward=ward),
    )


def topic_feed(topic: str) -> tuple[str, str]:
    topic = _(topic)  # the council's own word, in Welsh on the Welsh site (its settings' welsh: words:)
    return topic, _("Consultations about {topic}, and the decisions that considered them.").format(topic=topic.lower())


def capitalised(name: str) -> str:
    """ "open consultations" as a heading or at the start of a line: "Open consultations"."""
    return name[:1].upper() + name[1:]


def feed_title(name: str, council: str) -> str:
    """The title a feed reader or calendar app shows: "Castle ward: Northbrook Borough Council"."""
    return f"{capitalised(name)}: {council}"


FEED_FORMAT = N_("(Atom feed, for a feed reader)")
CALENDAR_FORMAT = N_("(iCalendar, to subscribe to in a calendar app)")
UPDATES_HOW = N_("How to get updates by feed or calendar")


def feed_of(name: str) -> str:
    return _("Feed of {name}").format(name=name)


def calendar_of(name: str) -> str:
    return _("Calendar of {name}").format(name=name)


UPDATES_PAGE = (
    N_("Get updates by feed or calendar"),
    N_(
        "Follow new consultations and decisions without having to come back to this site to check. "
        "Feeds and calendars are free and need no account or email address."
    ),
)
UPDATES_HELP = (
    (
        N_("Feeds"),
        (
            N_(
                "A feed is a list of our latest consultations and decisions that a feed reader app checks for you. "
                "When a consultation opens, closes or has its outcome published, or a decision is made, "
                "it appears in your reader."
            ),
            N_(
                "To use a feed, get a feed reader: there are free ones for phones and computers, and some email "
                "programs have one built in. Copy the address of a feed below (right-click or press and hold "
                "the link, then choose to copy it) and add it in your reader."
            ),
            N_(
                "Our feeds are in the Atom format, which every feed reader understands, including those that "
                "say they read RSS."
            ),
        ),
    ),
    (
        N_("Calendars"),
        (
            N_(
                "A calendar puts our dates in the calendar app on your phone or computer: when each consultation "
                "opens and closes, its events and drop-in sessions, the date each decision is expected or was made, "
                "and the deadline for calling it in. Subscribe to one and it keeps itself up to date."
            ),
            N_(
                "Copy the address of a calendar below, then add it in your calendar app as a subscription. "
                "In Google Calendar, choose Other calendars, then From URL. In Outlook, choose Add calendar, "
                "then Subscribe from web. On an iPhone or Mac, add a subscribed calendar in the Calendar app. "
                "Calendar apps check for changes every few hours, and some only once a day."
            ),
            N_(
                "Opening a calendar file instead of subscribing adds a copy of the dates as they are today, "
                "which will not change when we change them."
            ),
        ),
    ),
)
FEED_GROUPS = {
    "everything": (N_("Consultations and decisions"), N_("Feeds of every consultation or decision, or of one kind.")),
    "wards": (
        N_("By ward"),
        N_(
            "Consultations and decisions for one ward, including those for the whole borough. "
            "If you do not know your ward, look on your council tax bill or ask us."
        ),
    ),
    "topics": (N_("By topic"), N_("Consultations on one topic, and the decisions that considered them.")),
}
KIND_CONSULTATION = N_("Consultation")
KIND_DECISION = N_("Decision notice")

CALENDAR_PART_OF = N_("Part of the consultation: {title}.")
CALENDAR_DETAILS = N_("Details: {url}")
CALENDAR_ACCESS = N_("Access: {access}")
CALENDAR_ONLINE = N_("Join online: {online}")
CALENDAR_ITEMS = {
    "opens": N_("Consultation opens: {title}"),
    "closes": N_("Consultation closes: {title}"),
    "expected": N_("Decision expected: {title}"),
    "decided": N_("Decision made: {title}"),
    "call-in": N_("Call-in deadline: {title}"),
}
CANCELLED = N_("Cancelled: {summary}")


def event_summary(event: str, title: str) -> str:
    return f"{event} ({title})"


DATA_FILE_NAMES = {
    "consultations": N_("Consultations"),
    "decisions": N_("Decisions"),
    "datapackage": N_("Data package"),
    "how-we-are-doing": N_("How we are doing: the figures"),
}
DATA_PACKAGE_HOLDS = N_("What each column of the CSV files holds, and its type.")
FIGURES_HOLD = N_("The figures on the How we are doing page.")
SCHEMA_LINKS = {
    "consultations": N_("The JSON Schema of the consultations file"),
    "decisions": N_("The JSON Schema of the decisions file"),
    "how-we-are-doing": N_("The JSON Schema of the figures file"),
    "datapackage": N_("The data package that describes the CSV files"),
}
