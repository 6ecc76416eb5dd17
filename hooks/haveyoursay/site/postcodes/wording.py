"""Every sentence residents read about finding consultations by postcode.

The form's error messages are here too: the page hands them to the script
(``data-hub-messages``), so the script holds no words of its own.
``{postcode}`` and ``{outward}`` are filled in by the script.
"""

from __future__ import annotations

from ..wording import counted

INDEX_TITLE = "Choose the first part of your postcode"
AREA_INTRODUCTION = "Find your postcode, then choose its ward to see the consultations there."
OTHER_WAY = "Or choose your ward from the list of wards"


def finder_hint(example: str) -> str:
    return f"For example, {example}"


def index_introduction(example: str) -> str:
    outward = example.split(" ", 1)[0]
    return (
        f"The first part of your postcode is the letters and numbers before the space: for {example} it is "
        f"{outward}. Choose it to see the ward of every postcode that starts with it."
    )


def postcode_count(count: int) -> str:
    return counted(count, "postcode")


def area_title(outward: str) -> str:
    return f"Postcodes starting {outward}"


def area_wards(outward: str, wards: int) -> str:
    """What comes before the links to the wards of an outward code."""
    if wards == 1:
        return f"Every postcode starting {outward} is in this ward:"
    return f"Postcodes starting {outward} are in these wards:"


def area_caption(outward: str) -> str:
    return f"Postcodes starting {outward} and their wards"


def messages(example: str, council: str) -> dict[str, str]:
    """What the script says when it cannot take a resident to their ward, and the link it offers instead."""
    return {
        "error": "Error:",
        "empty": "Enter your postcode.",
        "format": f"Enter a full postcode, like {example}.",
        "area": f"{{postcode}} is not in {council}'s area. Check your postcode.",
        "area_link": "Choose your ward from the list of wards",
        "unknown": "We cannot find {postcode} in our list of postcodes. Check your postcode.",
        "unknown_link": "See every postcode starting {outward}",
        "failed": "Sorry, we could not look up your postcode. Try again.",
        "failed_link": "Choose the first part of your postcode from a list",
    }
