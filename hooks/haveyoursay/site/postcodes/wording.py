"""Every sentence residents read about finding consultations by postcode.

The form's error messages are here too: the page hands them to the script
(``data-hub-messages``), so the script holds no words of its own.
``{postcode}`` and ``{outward}`` are filled in by the script.

Each sentence is said in the language spoken now (core.translations): the
constants below are marked ``N_`` and said with ``_`` where they are used.
"""

from __future__ import annotations

from ...core.translations import N_, _, ngettext

INDEX_TITLE = N_("Choose the first part of your postcode")
AREA_INTRODUCTION = N_("Find your postcode, then choose its ward to see the consultations there.")
OTHER_WAY = N_("Or choose your ward from the list of wards")


def finder_hint(example: str) -> str:
    return _("For example, {example}").format(example=example)


def index_introduction(example: str) -> str:
    outward = example.split(" ", 1)[0]
    return _(
        "The first part of your postcode is the letters and numbers before the space: for {example} it is "
        "{outward}. Choose it to see the ward of every postcode that starts with it."
    ).format(example=example, outward=outward)


def postcode_count(count: int) -> str:
    return ngettext("{count} postcode", "{count} postcodes", count).format(count=f"{count:,}")


def area_title(outward: str) -> str:
    return _("Postcodes starting {outward}").format(outward=outward)


def area_wards(outward: str, wards: int) -> str:
    """What comes before the links to the wards of an outward code."""
    if wards == 1:
        return _("Every postcode starting {outward} is in this ward:").format(outward=outward)
    return _("Postcodes starting {outward} are in these wards:").format(outward=outward)


def area_caption(outward: str) -> str:
    return _("Postcodes starting {outward} and their wards").format(outward=outward)


def messages(example: str, council: str) -> dict[str, str]:
    """What the script says when it cannot take a resident to their ward, and the link it offers instead.

    ``{postcode}`` and ``{outward}`` stay in the sentences for the script to fill in."""
    return {
        "error": _("Error:"),
        "empty": _("Enter your postcode."),
        "format": _("Enter a full postcode, like {example}.").format(example=example),
        "area": _("{postcode} is not in {council}'s area. Check your postcode.").format(
            postcode="{postcode}", council=council
        ),
        "area_link": _("Choose your ward from the list of wards"),
        "unknown": _("We cannot find {postcode} in our list of postcodes. Check your postcode."),
        "unknown_link": _("See every postcode starting {outward}"),
        "failed": _("Sorry, we could not look up your postcode. Try again."),
        "failed_link": _("Choose the first part of your postcode from a list"),
    }
