"""The languages a record's translations are in: so a screen reader reads "Polski" in Polish (WCAG 3.1.2).

Officers write a translation's language as it is known in that language and
in English, like "Polski (Polish)". The language's code (BCP 47, like ``pl``)
comes from the English name, through Babel's list of language names (which
ships with Babel: nothing is downloaded), or from an explicit ``lang:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

_NAMED = re.compile(r"^\s*(?P<native>.+?)\s*\((?P<english>[^()]+)\)\s*$")


@dataclass(frozen=True)
class Language:
    """A language as a page shows it: its own name, its English name, its code and its direction."""

    code: str
    native: str
    english: str
    direction: str = "ltr"


_OTHER_NAMES = {
    "bengali": "bn",
    "farsi": "fa",
    "mandarin": "zh",
    "cantonese": "yue",
    "gaelic": "gd",
    "scottish gaelic": "gd",
    "irish gaelic": "ga",
    "kurdish": "ku",
    "brazilian portuguese": "pt-BR",
}
"""English names councils use that Unicode's list words differently ("Bangla" for Bengali)."""


@lru_cache(maxsize=1)
def _codes_by_english_name() -> dict[str, str]:
    names = Locale("en").languages
    by_name: dict[str, str] = dict(_OTHER_NAMES)
    for code, name in sorted(names.items(), key=lambda item: len(item[0])):  # "pl" before "pl_PL"
        by_name.setdefault(name.casefold(), code.replace("_", "-"))
    return by_name


def known_code(code: str) -> bool:
    """Whether a code names a language Babel knows, like "pl", "cy" or "pt-BR"."""
    try:
        Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return False
    return True


def language_of(written: str, code: str | None = None) -> Language | None:
    """The language of "Polski (Polish)" (or any text with ``code`` given); None if it cannot be told."""
    named = _NAMED.match(written)
    native, english = (named.group("native"), named.group("english").strip()) if named else (written.strip(), "")
    code = code or (_codes_by_english_name().get(english.casefold()) if english else None)
    if not code or not known_code(code):
        return None
    direction = Locale.parse(code.replace("-", "_")).text_direction
    return Language(code=code, native=native, english=english, direction=direction)
