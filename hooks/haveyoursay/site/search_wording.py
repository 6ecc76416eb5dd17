"""What residents read on the search page (site.search): its form, filters, results and the lists that
find everything without JavaScript. Said like the rest of the site's words (site.wording): constants are
marked with ``N_`` and said through ``_`` where the page is made."""

from __future__ import annotations

from ..core.translations import N_

SEARCH_TITLE = N_("Search consultations and decisions")
SEARCH_INTRODUCTION = N_(
    "Find a consultation, its outcome or a decision notice by the words in it. You can narrow the results "
    "by type, status, ward, topic and year, and sort them by closing or decision date as well as by how "
    "well they match."
)
SEARCH_NEEDS_JAVASCRIPT = N_(
    "Search needs JavaScript, which is turned off or has not loaded in your browser. You can still find "
    "every consultation and decision through the lists below."
)
SEARCH_COULD_NOT_LOAD = N_(
    "Sorry, search is not working at the moment. You can still find every consultation and decision "
    "through the lists below."
)
SEARCH_LABEL = N_("Words to search for")
SEARCH_FILTERS = N_("Filter results")
SEARCH_FILTER_LEGENDS = {
    "type": N_("Type"),
    "status": N_("Status"),
    "ward": "Ward",
    "topic": N_("Topic"),
    "year": N_("Year"),
}
"""The search filters' legends. "Ward" is not marked: it is the same word in Welsh, and a catalogue entry the
same as its English is refused."""
SEARCH_SORT_LABEL = N_("Sort by")
SEARCH_SORTS = (
    ("", N_("Best match")),
    ("date:desc", N_("Closing or decision date, latest first")),
    ("date:asc", N_("Closing or decision date, earliest first")),
)
SEARCH_SORT_HINT = N_("Sorting by date leaves out pages with no date, like How to respond.")
SEARCH_NO_RESULTS = N_("No results. Try other words, or fewer filters.")
SEARCH_MORE = N_("Show more results")
SEARCH_BROWSE = N_("Browse the lists")
SEARCH_ALL_CONSULTATIONS = N_("All consultations, by status")
SEARCH_BY_WARD = N_("Consultations by ward")
SEARCH_BY_TOPIC = N_("Consultations by topic")
SEARCH_DECISIONS = N_("Decisions, by ward, decision maker and month")
