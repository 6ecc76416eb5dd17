"""What residents read about a map: its title and description for screen readers, and the words beside it.

The map is a picture; everything it shows is also said in words next to it
(WCAG 1.1.1), and screen readers hear its title and description.
"""

from __future__ import annotations

from collections.abc import Sequence


def listed(names: Sequence[str]) -> str:
    """ "Castle", "Castle and Abbey", "Castle, Abbey and Harbour"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def map_title(council: str) -> str:
    return f"Map of the wards of {council}"


def shaded_description(wards: Sequence[str], every: int = 0) -> str:
    """What is shaded, for screen readers: "Castle and Abbey wards are shaded.", "All 12 wards are shaded."."""
    if every:
        return f"All {every} wards are shaded."
    return f"{listed(wards)} {'ward is' if len(wards) == 1 else 'wards are'} shaded."


def neighbours_description(ward: str, neighbours: Sequence[str]) -> str:
    return f"{ward} is next to {listed(neighbours)} {'ward' if len(neighbours) == 1 else 'wards'}."


SHADED = "Shaded on the map:"
ALL_SHADED = "All wards are shaded on the map."
NEXT_TO = "Wards next to it:"


def ward_shaded(ward: str) -> str:
    return f"{ward} ward is shaded on the map."


def not_on_the_map(former: Sequence[str]) -> str:
    """Older records name wards abolished by a boundary review; the map has only today's wards."""
    return f"{listed(former)} {'is a former ward' if len(former) == 1 else 'are former wards'}, not on the map."
