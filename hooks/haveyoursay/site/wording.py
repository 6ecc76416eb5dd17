"""What residents read that is the same for both kinds: documents, pages of a list, wards, counts.

With ``consultations/wording.py`` and ``decisions/wording.py`` this is every
sentence the hub writes (the templates hold only headings and labels), so the
words can be reviewed for plain English in one sitting.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.files import FileFacts, human_size

NONE_AT_THE_MOMENT = "There are none at the moment."
HOME = "Home"
WEB_PAGE = "Web page"
ALL_WARDS = "All wards"


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
