"""What residents read that is the same for both kinds: documents, pages of a list, wards, counts.

With ``consultations/wording.py`` and ``decisions/wording.py`` this is every
sentence the hub writes (the templates hold only headings and labels), so the
words can be reviewed for plain English in one sitting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from ..core.files import FileFacts, human_size
from ..core.london import at_moment, format_date, to_london

NONE_AT_THE_MOMENT = "There are none at the moment."
HOME = "Home"
WEB_PAGE = "Web page"
ALL_WARDS = "All wards"
STALE_HEADING = "This page may be out of date"
STEP_STATES = {"done": "Done", "current": "Next", "to_come": "To come"}
"""Where a step of a timeline stands, in words (site.components.StepState's values), beside each step."""


def counted(count: int, word: str, plural_word: str = "") -> str:
    """ "1 consultation", "3 decisions"."""
    return f"{count:,} {word if count == 1 else (plural_word or word + 's')}"


def wards_text(wards: Sequence[str], all_wards: bool) -> str:
    return ALL_WARDS if all_wards else ", ".join(wards)


def file_described(facts: FileFacts) -> str:
    """ "PDF, 120 KB, 4 pages": what a resident reads next to the link."""
    parts = [facts.kind, human_size(facts.size)]
    if facts.pages:
        parts.append(counted(facts.pages, "page"))
    return ", ".join(parts)


# -- documents written in Markdown, each a web page of its own (core.documents, site.document_pages) ------

WORDS_A_MINUTE = 200
"""The reading time assumes 200 words a minute: slower than the 238 adults read non-fiction silently
(Brysbaert, 2019), for residents of every reading age."""
ALSO_AS_PDF = "Also as a PDF"
DOCUMENT_FACTS = {"part_of": "Part of", "updated": "Last updated", "length": "Length", "pdf": "Other format"}
DOCUMENT_OF = {"consultation": "Consultation document", "decision": "Decision notice document"}
"""The caption above a document's title, by the kind of record it belongs to."""


def document_length(words: int) -> str:
    """ "about 2,400 words, a 12 minute read": to the nearest 10 words up to 1,000, then the nearest 100."""
    step = 10 if words < 1000 else 100
    shown = counted(words, "word") if words < 100 else f"about {counted(round(words / step) * step, 'word')}"
    return f"{shown}, a {max(1, round(words / WORDS_A_MINUTE))} minute read"


def web_page_described(words: int) -> str:
    """ "Web page, about 2,400 words, a 12 minute read": what a resident reads next to the link."""
    return f"{WEB_PAGE}, {document_length(words)}"


def other_format(facts: FileFacts) -> str:
    """ "120 KB, 4 pages": the facts of a document's PDF, offered beside its web page."""
    return ", ".join([human_size(facts.size), *([counted(facts.pages, "page")] if facts.pages else [])])


def back_to(kind: str, title: str) -> str:
    """ "Back to the consultation: Northbrook town centre masterplan", at the end of a document's page."""
    return f"Back to the {'consultation' if kind == 'consultation' else 'decision notice'}: {title}"


def document_description(title: str, kind: str, record: str) -> str:
    """What a link preview says of a document's page."""
    return f"{title}: a document of the {'consultation' if kind == 'consultation' else 'decision notice'} {record}."


def format_request_subject(title: str, about: str) -> str:
    return f"Accessible format request: {title} ({about})"


def page_of(number: int, total: int) -> str:
    return f"This is page {number} of {total}."


def previous_page(number: int, total: int) -> str:
    return f"Previous page ({number} of {total})"


def next_page(number: int, total: int) -> str:
    return f"Next page ({number} of {total})"


def paged_title(title: str, number: int, total: int) -> str:
    return title if number == 1 else f"{title} (page {number} of {total})"


FORMAT_REQUEST = "Accessible format request"


def page_updated(moment: datetime) -> str:
    """ "Page updated at 10:15am on 24 November 2026": when the build that made the page ran."""
    if to_london(moment).time() == time(0, 0):
        return f"Page updated at midnight on {format_date(moment)}"
    return f"Page updated {at_moment(moment)}"


# -- How we are doing, and Open data ---------------------------------------------------------------

NOT_APPLICABLE = "None yet"


def number(count: int) -> str:
    """ "5,774": a figure as residents read it."""
    return f"{count:,}"


def out_of(part: int, whole: int) -> str:
    """ "4 out of 5"; "None yet" when there is nothing to count."""
    return f"{part:,} out of {whole:,}" if whole else NOT_APPLICABLE


HOW_WE_ARE_DOING = (
    "How we are doing",
    "How well do we ask you before we decide? See how often we asked you, and for how long. See if we "
    "told you in time what we heard. And see if our decisions used what you told us.",
)
OPEN_DATA = (
    "Open data",
    "You can download what is on this site as data, free to use. It has each consultation and decision "
    "on this site. It also has the figures on how we are doing.",
)


def figures_when(moment: datetime) -> str:
    return f"We counted these figures {at_moment(moment)} (UK time). That is when we last updated this site."


def data_files_when(moment: datetime) -> tuple[str, ...]:
    """When the files change, and what "now" means in them."""
    return (
        "Each time we update this site, we make the files again from the same records as the pages. "
        "So the files and pages always match.",
        f"We last made them {at_moment(moment)} (UK time). Each status in them, like open or closed, is what "
        "it was then. That time is in each JSON file, as generated.",
    )


def licence_sentences(name: str, open_government: bool, council: str) -> tuple[str, ...]:
    sentences = [f"The data is free to use under the {name}."]
    if open_government:
        sentences.append(
            f"This means you can copy it, share it and change it, for any use. You must say it came from {council}."
        )
    return tuple(sentences)


def read_licence(name: str) -> str:
    return f"Read the {name}"


DATA_CONTENTS = (
    "There is one row for each consultation and each decision on this site. Drafts are never in the files.",
    "Each status is in two forms. One is for computers, like outcome_published. The other is in the words "
    "on this site, like Outcome published.",
    "Times are written the world's way (ISO 8601), with the gap from UTC at the end. For example "
    "2026-03-12T17:00:00+00:00 in winter, and 2026-07-03T17:00:00+01:00 in summer. Days with no time "
    "look like 2026-03-12.",
    "In the CSV files, a list, like the wards, has a semicolon and a space between items. Documents are "
    "web links with a space between them.",
)
DATA_CHECKING = (
    "Each JSON file has a JSON Schema next to it. It says what each field holds. Any JSON Schema tool can "
    "check the file with it.",
    "A Frictionless data package says what each column of the CSV files holds. To check them with the "
    "Frictionless tools, run this:",
)


def check_command(data_package: str) -> str:
    return f"frictionless validate {data_package}"


def data_file_rows(count: int, word: str) -> str:
    """ "15 consultations, one row each"."""
    return f"{counted(count, word)}, one row each."


# -- Feeds and calendars ---------------------------------------------------------------------------

FEED_NAMES = {
    "consultations": ("all consultations", "Every consultation from the day it opens, whatever stage it is at."),
    "open": ("open consultations", "Consultations you can respond to now."),
    "outcomes": ("outcomes", "What residents told us in each consultation, and what we did as a result."),
    "decisions": (
        "decision notices",
        "Every decision notice from the day notice of it is given: decisions still to be made and decisions made.",
    ),
    "forward-plan": ("the forward plan", "Key decisions we plan to make, with the date each is expected."),
}
"""Each site-wide feed: what it follows (said after "Feed of") and what it holds."""
CALENDAR_NAME = (
    "every consultation and decision",
    "When each consultation opens and closes, its events, the date of each decision and its call-in deadline.",
)


def ward_feed(ward: str) -> tuple[str, str]:
    return (
        f"{ward} ward",
        f"Consultations and decisions in {ward} ward, including those for the whole borough.",
    )


def topic_feed(topic: str) -> tuple[str, str]:
    return topic, f"Consultations about {topic.lower()}, and the decisions that considered them."


def capitalised(name: str) -> str:
    """ "open consultations" as a heading or at the start of a line: "Open consultations"."""
    return name[:1].upper() + name[1:]


def feed_title(name: str, council: str) -> str:
    """The title a feed reader or calendar app shows: "Castle ward: Northbrook Borough Council"."""
    return f"{capitalised(name)}: {council}"


FEED_FORMAT = "(Atom feed, for a feed reader)"
CALENDAR_FORMAT = "(iCalendar, to subscribe to in a calendar app)"
UPDATES_HOW = "How to get updates by feed or calendar"


def feed_of(name: str) -> str:
    return f"Feed of {name}"


def calendar_of(name: str) -> str:
    return f"Calendar of {name}"


UPDATES_PAGE = (
    "Get updates by feed or calendar",
    "Follow new consultations and decisions without having to come back to this site to check. "
    "Feeds and calendars are free and need no account or email address.",
)
UPDATES_HELP = (
    (
        "Feeds",
        (
            "A feed is a list of our latest consultations and decisions that a feed reader app checks for you. "
            "When a consultation opens, closes or has its outcome published, or a decision is made, "
            "it appears in your reader.",
            "To use a feed, get a feed reader: there are free ones for phones and computers, and some email "
            "programs have one built in. Copy the address of a feed below (right-click or press and hold "
            "the link, then choose to copy it) and add it in your reader.",
            "Our feeds are in the Atom format, which every feed reader understands, including those that "
            "say they read RSS.",
        ),
    ),
    (
        "Calendars",
        (
            "A calendar puts our dates in the calendar app on your phone or computer: when each consultation "
            "opens and closes, its events and drop-in sessions, the date each decision is expected or was made, "
            "and the deadline for calling it in. Subscribe to one and it keeps itself up to date.",
            "Copy the address of a calendar below, then add it in your calendar app as a subscription. "
            "In Google Calendar, choose Other calendars, then From URL. In Outlook, choose Add calendar, "
            "then Subscribe from web. On an iPhone or Mac, add a subscribed calendar in the Calendar app. "
            "Calendar apps check for changes every few hours, and some only once a day.",
            "Opening a calendar file instead of subscribing adds a copy of the dates as they are today, "
            "which will not change when we change them.",
        ),
    ),
)
FEED_GROUPS = {
    "everything": ("Consultations and decisions", "Feeds of every consultation or decision, or of one kind."),
    "wards": (
        "By ward",
        "Consultations and decisions for one ward, including those for the whole borough. "
        "If you do not know your ward, look on your council tax bill or ask us.",
    ),
    "topics": ("By topic", "Consultations on one topic, and the decisions that considered them."),
}
KIND_CONSULTATION = "Consultation"
KIND_DECISION = "Decision notice"

CALENDAR_PART_OF = "Part of the consultation: {title}."
CALENDAR_DETAILS = "Details: {url}"
CALENDAR_ACCESS = "Access: {access}"
CALENDAR_ONLINE = "Join online: {online}"
CALENDAR_ITEMS = {
    "opens": "Consultation opens: {title}",
    "closes": "Consultation closes: {title}",
    "expected": "Decision expected: {title}",
    "decided": "Decision made: {title}",
    "call-in": "Call-in deadline: {title}",
}
CANCELLED = "Cancelled: {summary}"


def event_summary(event: str, title: str) -> str:
    return f"{event} ({title})"


DATA_FILE_NAMES = {
    "consultations": "Consultations",
    "decisions": "Decisions",
    "datapackage": "Data package",
    "how-we-are-doing": "How we are doing: the figures",
}
DATA_PACKAGE_HOLDS = "What each column of the CSV files holds, and its type."
FIGURES_HOLD = "The figures on the How we are doing page."
SCHEMA_LINKS = {
    "consultations": "The JSON Schema of the consultations file",
    "decisions": "The JSON Schema of the decisions file",
    "how-we-are-doing": "The JSON Schema of the figures file",
    "datapackage": "The data package that describes the CSV files",
}


# -- search (site.search): the search page, its form and its results -----------------------------------

SEARCH_TITLE = "Search consultations and decisions"
SEARCH_INTRODUCTION = (
    "Find a consultation, its outcome or a decision notice by the words in it. You can narrow the results "
    "by type, status, ward, topic and year, and sort them by closing or decision date as well as by how "
    "well they match."
)
SEARCH_NEEDS_JAVASCRIPT = (
    "Search needs JavaScript, which is turned off or has not loaded in your browser. You can still find "
    "every consultation and decision through the lists below."
)
SEARCH_COULD_NOT_LOAD = (
    "Sorry, search is not working at the moment. You can still find every consultation and decision "
    "through the lists below."
)
SEARCH_LABEL = "Words to search for"
SEARCH_FILTERS = "Filter results"
SEARCH_FILTER_LEGENDS = {"type": "Type", "status": "Status", "ward": "Ward", "topic": "Topic", "year": "Year"}
SEARCH_SORT_LABEL = "Sort by"
SEARCH_SORTS = (
    ("", "Best match"),
    ("date:desc", "Closing or decision date, latest first"),
    ("date:asc", "Closing or decision date, earliest first"),
)
SEARCH_SORT_HINT = "Sorting by date leaves out pages with no date, like How to respond."
SEARCH_ONE_RESULT = "1 result"
SEARCH_RESULTS = "{count} results"
SEARCH_NO_RESULTS = "No results. Try other words, or fewer filters."
SEARCH_MORE = "Show more results"
SEARCH_BROWSE = "Browse the lists"
SEARCH_ALL_CONSULTATIONS = "All consultations, by status"
SEARCH_BY_WARD = "Consultations by ward"
SEARCH_BY_TOPIC = "Consultations by topic"
SEARCH_DECISIONS = "Decisions, by ward, decision maker and month"
