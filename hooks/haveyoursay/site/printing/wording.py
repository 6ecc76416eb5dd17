"""Every sentence residents read on the printed summary, the site notice and the links to them.

Paper stays up long after the site is rebuilt, so nothing here counts days
("3 days left"): every date is written out in full, the GOV.UK way.

Each sentence is said in the language spoken now (core.translations): the
constants below are marked ``N_`` and said with ``_`` where they are used, so
an English page says them exactly as written here and a Welsh page in Welsh.
"""

from __future__ import annotations

from datetime import datetime

from ...core.london import last_day
from ...core.translations import N_, _, format_date, format_moment, ngettext

SUMMARY_LINK = N_("Print a summary to share")
SUMMARY_LINK_DETAIL = N_("up to 2 pages of A4, for people who are not online")
NOTICE_LINK = N_("Print a notice to put up")
NOTICE_LINK_DETAIL = N_("1 page of A4, for a noticeboard, a shop window or a lamp post")

SUMMARY_KIND = N_("{title}: a summary to print")
NOTICE_KIND = N_("{title}: a notice to print")
"""What the browser's tab says (``page_title``): ``{title}`` is the consultation's."""
NOTICE_BANNER = N_("Have your say")

HOW_TO_PRINT = {
    "summary": N_(
        "To print this summary, use your browser's Print button, or press Ctrl and P "
        "(Command and P on a Mac). It prints on no more than 2 pages of A4 paper."
    ),
    "notice": N_(
        "To print this notice, use your browser's Print button, or press Ctrl and P "
        "(Command and P on a Mac). It prints on 1 page of A4 paper."
    ),
}

KEY_DATE_LABELS = {"opens": N_("Opens"), "closes": N_("Closes")}
WAY_LABELS = {
    "online": N_("Online"),
    "email": N_("By email"),
    "post": N_("By post"),
    "phone": N_("By phone"),
    "in_person": N_("In person"),
    "form": N_("Paper form"),
}


def how_to_print(kind: str) -> str:
    """How to print the page of ``kind`` ("summary" or "notice"), in the language spoken now."""
    return _(HOW_TO_PRINT[kind])


def key_date_label(kind: str) -> str:
    """ "Opens" or "Closes" (``kind`` "opens" or "closes"), in the language spoken now."""
    return _(KEY_DATE_LABELS[kind])


def way_label(kind: str) -> str:
    """The label of a way to respond (a key of ``WAY_LABELS``), in the language spoken now."""
    return _(WAY_LABELS[kind])


PROPOSAL_ON_THE_WEB = N_("The full proposal is on the web page. Its address is at the end of this summary.")
CHANGE_ON_THE_WEB = N_("The web page says what can still change. Its address is at the end of this summary.")
IN_PERSON_ON_THE_WEB = N_("The web page says where and when.")
SCAN = N_("Scan the code with your phone's camera, or type the address into a web browser.")


def page_title(title: str, kind: str) -> str:
    """What the browser's tab says: "Changes to the garden waste charge: a summary to print"."""
    return _(kind).format(title=title)


def when(closes: datetime) -> str:
    """The one sentence that matters most on paper: by when residents can have their say."""
    return _("Have your say by {when}.").format(when=format_moment(closes, closing=True))


def notice_when(closes: datetime) -> str:
    return _("Tell us what you think by {when}.").format(when=format_moment(closes, closing=True))


def paper_form(form_address: str, phone: str | None) -> str:
    """The response form, which paper cannot hold: where to print it, or how to ask for one."""
    if phone:
        return _("Print the response form from {address}, or call {phone} and ask us to post you one.").format(
            address=form_address, phone=phone
        )
    return _("Print the response form from {address}, or ask us to post you one.").format(address=form_address)


def more_events(count: int) -> str:
    return ngettext(
        "There is {count} more event on the web page.", "There are {count} more events on the web page.", count
    ).format(count=f"{count:,}")


WEB_PAGE = N_("Everything about this consultation is on its web page:")


def qr_label(address: str) -> str:
    """The QR code's text alternative: the address it opens, which is also printed in words beside it."""
    return _("QR code for {address}").format(address=address)


def other_formats(phone: str | None, email: str) -> str:
    """How to ask for the summary in another format (Equality Act 2010: reasonable adjustments)."""
    if phone:
        return _(
            "If you need this in large print, Easy Read, another language or another format, "
            "call {phone} or email {email}."
        ).format(phone=phone, email=email)
    return _("If you need this in large print, Easy Read, another language or another format, email {email}.").format(
        email=email
    )


def made_on(now: datetime) -> str:
    return _("We made this summary on {date}. The web page always has the latest information.").format(
        date=format_date(now)
    )


def leave_up(closes: datetime) -> str:
    """Site notices ask to stay up: until the last day residents can respond."""
    return _("Please leave this notice up until {date}.").format(date=format_date(last_day(closes)))
