"""Every sentence residents read on the printed summary, the site notice and the links to them.

Paper stays up long after the site is rebuilt, so nothing here counts days
("3 days left"): every date is written out in full, the GOV.UK way.
"""

from __future__ import annotations

from datetime import datetime

from ...core.london import format_date, format_moment, last_day
from ..wording import counted

SUMMARY_LINK = "Print a summary to share"
SUMMARY_LINK_DETAIL = "up to 2 pages of A4, for people who are not online"
NOTICE_LINK = "Print a notice to put up"
NOTICE_LINK_DETAIL = "1 page of A4, for a noticeboard, a shop window or a lamp post"

SUMMARY_KIND = "a summary to print"
NOTICE_KIND = "a notice to print"
NOTICE_BANNER = "Have your say"

HOW_TO_PRINT = {
    "summary": "To print this summary, use your browser's Print button, or press Ctrl and P "
    "(Command and P on a Mac). It prints on no more than 2 pages of A4 paper.",
    "notice": "To print this notice, use your browser's Print button, or press Ctrl and P "
    "(Command and P on a Mac). It prints on 1 page of A4 paper.",
}

KEY_DATE_LABELS = {"opens": "Opens", "closes": "Closes"}
WAY_LABELS = {
    "online": "Online",
    "email": "By email",
    "post": "By post",
    "phone": "By phone",
    "in_person": "In person",
    "form": "Paper form",
}

PROPOSAL_ON_THE_WEB = "The full proposal is on the web page. Its address is at the end of this summary."
CHANGE_ON_THE_WEB = "The web page says what can still change. Its address is at the end of this summary."
IN_PERSON_ON_THE_WEB = "The web page says where and when."
SCAN = "Scan the code with your phone's camera, or type the address into a web browser."


def page_title(title: str, kind: str) -> str:
    """What the browser's tab says: "Changes to the garden waste charge: a summary to print"."""
    return f"{title}: {kind}"


def when(closes: datetime) -> str:
    """The one sentence that matters most on paper: by when residents can have their say."""
    return f"Have your say by {format_moment(closes, closing=True)}."


def notice_when(closes: datetime) -> str:
    return f"Tell us what you think by {format_moment(closes, closing=True)}."


def paper_form(form_address: str, phone: str | None) -> str:
    """The response form, which paper cannot hold: where to print it, or how to ask for one."""
    ask = f"call {phone} and ask us to post you one" if phone else "ask us to post you one"
    return f"Print the response form from {form_address}, or {ask}."


def more_events(count: int) -> str:
    return f"There {'is' if count == 1 else 'are'} {counted(count, 'more event')} on the web page."


WEB_PAGE = "Everything about this consultation is on its web page:"


def qr_label(address: str) -> str:
    """The QR code's text alternative: the address it opens, which is also printed in words beside it."""
    return f"QR code for {address}"


def other_formats(phone: str | None, email: str) -> str:
    """How to ask for the summary in another format (Equality Act 2010: reasonable adjustments)."""
    call = f"call {phone} or " if phone else ""
    return f"If you need this in large print, Easy Read, another language or another format, {call}email {email}."


def made_on(now: datetime) -> str:
    return f"We made this summary on {format_date(now)}. The web page always has the latest information."


def leave_up(closes: datetime) -> str:
    """Site notices ask to stay up: until the last day residents can respond."""
    return f"Please leave this notice up until {format_date(last_day(closes))}."
