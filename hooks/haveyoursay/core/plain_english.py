"""Plain English, checked offline: reading age, long sentences and words with plainer alternatives.

The seed strategies ask for "simple literature"; GOV.UK writes for a reading
age of 9. The reading age is the Flesch-Kincaid grade plus 5 (the UK's school
years), worked out by scireadability, whose syllable dictionary ships with it
(nothing is downloaded). A check can only point at likely problems, so these
are warnings with the file and line, never errors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cache import key_of, remembered
from .problems import Locator, Problem, Severity

if TYPE_CHECKING:
    from .records import Checking
    from .source import Source

READING_AGE = 9
LONGEST_SENTENCE = 25

JARGON: dict[str, str] = {
    "utilise": "use",
    "utilize": "use",
    "facilitate": "help",
    "commence": "start",
    "in order to": "to",
    "prior to": "before",
    "in respect of": "about",
    "with regard to": "about",
    "leverage": "use",
    "stakeholders": "people and groups",
    "going forward": "from now on",
    "robust": "strong",
    "streamline": "simplify",
    "deliver": "give or make",
    "enhance": "improve",
    "optimise": "improve",
    "endeavour": "try",
    "ascertain": "find out",
    "in excess of": "more than",
    "approximately": "about",
    "sufficient": "enough",
    "whilst": "while",
    "amongst": "among",
    "expenditure": "spending",
    "implement": "carry out",
    "parameters": "limits",
}
"""GOV.UK's words to avoid, and the plainer word to use; a council adds its own in the settings."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘(£])")


@dataclass(frozen=True)
class Finding:
    """Something that may not be plain English, and what to write instead."""

    line_offset: int
    problem: str
    hint: str


def reading_age(text: str) -> float:
    """The UK reading age of a text: its Flesch-Kincaid grade plus 5.

    scireadability is imported here, when a reading age is first wanted: it reads its
    3.6 MB syllable dictionary as it is imported, which a build that gives no advice skips.
    """
    import scireadability

    return round(float(scireadability.flesch_kincaid_grade(text)) + 5, 1)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def _words(sentence: str) -> int:
    return len(re.findall(r"[A-Za-z0-9£'’-]+", sentence))


def findings(
    text: str, *, jargon: dict[str, str], longest: int = LONGEST_SENTENCE, target_age: float | None = None
) -> list[Finding]:
    """Likely problems in some text, with the line (counted from 0) each was found on (kept between runs)."""
    return remembered(
        "plain-english",
        lambda: key_of(text, _jargon_key(jargon), longest, target_age),
        lambda: list(_findings(text, jargon=jargon, longest=longest, target_age=target_age)),
        lambda found: [[f.line_offset, f.problem, f.hint] for f in found],
        lambda kept: [Finding(int(line), str(problem), str(hint)) for line, problem, hint in kept],
    )


_jargon_keys: dict[int, tuple[dict[str, str], str]] = {}


def _jargon_key(jargon: dict[str, str]) -> str:
    """The words to avoid as part of a kept result's key, written out once for each list (not once a record)."""
    kept = _jargon_keys.get(id(jargon))
    if kept is None or kept[0] is not jargon:  # the list itself is kept too, so its id is never reused
        kept = (jargon, repr(sorted(jargon.items())))
        _jargon_keys[id(jargon)] = kept
    return kept[1]


def _findings(
    text: str, *, jargon: dict[str, str], longest: int = LONGEST_SENTENCE, target_age: float | None = None
) -> Iterator[Finding]:
    plain = _plain(text)
    if target_age is not None and plain.strip():
        age = reading_age(plain)
        if age > target_age:
            yield Finding(
                0,
                f"the reading age is {age:g}, above {target_age:g}",
                "use shorter sentences and shorter, everyday words",
            )
    words_to_avoid = _jargon_pattern(tuple(jargon))
    for offset, line in enumerate(text.splitlines() or [text]):
        plain_line = _plain(line)
        for sentence in sentences(plain_line):
            count = _words(sentence)
            if count > longest:
                yield Finding(
                    offset,
                    f'a sentence has {count} words, more than {longest}: "{" ".join(sentence.split()[:8])} ..."',
                    "split it into two or more sentences",
                )
        found = {match.group(1) for match in words_to_avoid.finditer(plain_line.casefold())} if jargon else set()
        for word, plainer in jargon.items():  # in the list's order, each word once a line
            if word.casefold() in found:
                yield Finding(offset, f"'{word}' may not be plain English", f"try '{plainer}'")


@functools.lru_cache(maxsize=8)
def _jargon_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for the whole list (built once), so a line is read once, not once a word."""
    longest_first = sorted((re.escape(word.casefold()) for word in words), key=len, reverse=True)
    return re.compile(rf"(?<![a-z])({'|'.join(longest_first) or '(?!)'})(?![a-z])")


def _plain(text: str) -> str:
    """Markdown to words: no links' addresses, no markup, no headings' hashes."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]+>|[*_`#>|\[\]]", " ", text)
    return text


def warnings_in(
    text: str,
    path: str,
    first_line: int,
    field: str,
    *,
    jargon: dict[str, str],
    longest: int = LONGEST_SENTENCE,
    target_age: float | None = None,
) -> list[Problem]:
    """The findings of some text as warnings at its lines, for `hub check`."""
    return [
        Problem(path, first_line + finding.line_offset, field, finding.problem, finding.hint, Severity.WARNING)
        for finding in findings(text, jargon=jargon, longest=longest, target_age=target_age)
    ]


def body_in_plain_english(source: Source, checking: Checking) -> list[Problem]:
    """Long sentences and words with plainer alternatives in a record's body (warnings at their lines)."""
    if not checking.advice:
        return []
    style = checking.settings.plain_english if checking.settings is not None else None
    jargon = style.words_to_avoid if style is not None else JARGON
    longest = style.longest_sentence if style is not None else LONGEST_SENTENCE
    return warnings_in(source.body, source.path, source.body_line, "body", jargon=jargon, longest=longest)


def summary_in_plain_english(summary: str, at: Locator, checking: Checking) -> list[Problem]:
    """A summary's reading age, long sentences and words to avoid (warnings at its line)."""
    if not checking.advice:
        return []
    style = checking.settings.plain_english if checking.settings is not None else None
    return warnings_in(
        summary,
        at.path,
        at.line_of(("summary",)),
        "summary",
        jargon=style.words_to_avoid if style is not None else JARGON,
        longest=style.longest_sentence if style is not None else LONGEST_SENTENCE,
        target_age=style.reading_age if style is not None else READING_AGE,
    )
