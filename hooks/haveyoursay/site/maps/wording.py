"""What residents read about a map: its title and description for screen readers, and the words beside it.

The map is a picture; everything it shows is also said in words next to it
(WCAG 1.1.1), and screen readers hear its title and description. Each sentence
is said in the language spoken now (core.translations): the constants below are
marked ``N_`` and said with ``_`` where they are used.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...core.translations import N_, _

VOWELS = frozenset("AEIOUYÂÊÎÔÛŶÁÉÍÓÚÀÈÌÒÙÄËÏÖÜ")
"""Letters that make Welsh say "ac" for "and" before a name (Welsh "a" becomes "ac" before a vowel);
English says "and" either way."""


def listed(names: Sequence[str]) -> str:
    """ "Castle", "Castle and Abbey", "Castle, Abbey and Harbour"."""
    if len(names) == 1:
        return names[0]
    first, last = ", ".join(names[:-1]), names[-1]
    if last[:1].upper() in VOWELS:
        return _("{names} and {last_beginning_with_a_vowel}").format(names=first, last_beginning_with_a_vowel=last)
    return _("{names} and {last}").format(names=first, last=last)


def map_title(council: str) -> str:
    return _("Map of the wards of {council}").format(council=council)


def shaded_description(wards: Sequence[str], every: int = 0) -> str:
    """What is shaded, for screen readers: "Castle and Abbey wards are shaded.", "All 12 wards are shaded."."""
    if every:
        # Not ngettext: English says "wards" for any number, and Welsh "ward" after any numeral.
        return _("All {count} wards are shaded.").format(count=every)
    if len(wards) == 1:
        return _("{ward} ward is shaded.").format(ward=wards[0])
    return _("{wards} wards are shaded.").format(wards=listed(wards))


def neighbours_description(ward: str, neighbours: Sequence[str]) -> str:
    if len(neighbours) == 1:
        return _("{ward} is next to {neighbour} ward.").format(ward=ward, neighbour=neighbours[0])
    return _("{ward} is next to {neighbours} wards.").format(ward=ward, neighbours=listed(neighbours))


SHADED = N_("Shaded on the map:")
ALL_SHADED = N_("All wards are shaded on the map.")
NEXT_TO = N_("Wards next to it:")


def ward_shaded(ward: str) -> str:
    return _("{ward} ward is shaded on the map.").format(ward=ward)


def not_on_the_map(former: Sequence[str]) -> str:
    """Older records name wards abolished by a boundary review; the map has only today's wards."""
    if len(former) == 1:
        return _("{ward} is a former ward, not on the map.").format(ward=former[0])
    return _("{wards} are former wards, not on the map.").format(wards=listed(former))
