"""Only the CSS the hub uses: Material's stylesheet cut down to the rules its pages can match.

Material's stylesheet (137 KB, 23 KB compressed) styles a whole documentation
theme: search, tabs, a sidebar, code blocks, admonitions, dark mode. The hub's
pages use a small part of it, and on a phone on a slow connection the rest is
most of what a consultation page costs. After every page is written, the
build keeps a rule only if the pages could match it: every class, id, element
and attribute it names appears in some page (read once per page, as it is
written). Custom properties (``--md-...``) are kept only if something kept
uses them, and keyframes only if an animation names them. Like PurgeCSS, the
test is by names, so a rule is kept whenever in doubt (pseudo-classes, states
set by a script); it never removes a rule a page uses.

The cut-down file keeps its name, so the pages' links stay right.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import tinycss2
from tinycss2 import ast

# The hub's templates and Markdown write attributes in double quotes.
_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)")
_VAR = re.compile(r"var\(\s*(--[-\w]+)")
_ALWAYS = frozenset({"html", "body", "*", ""})
_ALTERNATIVES = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any", "has"})
_GROUPS = frozenset({"media", "supports", "layer", "container"})
"""At-rules that hold other rules; the rest (@page, @font-face, @keyframes) are kept whole."""


@dataclass
class UsedNames:
    """The names the site's pages use: element names, classes, ids, and which of the attribute names
    the stylesheet's selectors ask about (``looking_for``) appear."""

    looking_for: frozenset[str] = frozenset()
    tags: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)

    scripts: bool = False
    """Whether any page loads the theme's own scripts (the hub's pages never do)."""

    def add_page(self, html: str) -> None:
        """Read one page's names: three regular expressions and a few substring tests, no parsing
        (a tenth of a millisecond for a page, so 10,000 pages cost about a second)."""
        for value in _CLASS_ATTRIBUTE.findall(html):
            self.classes.update(value.split())
        self.ids.update(_ID_ATTRIBUTE.findall(html))
        self.tags.update(tag.lower() for tag in set(_TAG.findall(html)))
        self.scripts = self.scripts or THEME_SCRIPTS in html
        for name in self.looking_for - self.attributes:
            if f" {name}" in html:  # may also match text: then a rule is kept, never lost
                self.attributes.add(name)


def used_in(pages: Iterable[str], looking_for: frozenset[str] = frozenset()) -> UsedNames:
    used = UsedNames(looking_for)
    for html in pages:
        used.add_page(html)
    return used


def attribute_names(css: str) -> frozenset[str]:
    """The attribute names a stylesheet's selectors test, like hidden or data-md-color-scheme."""
    return frozenset(name.lower() for name in re.findall(r"\[\s*([-\w]+)", css))


# -- does a selector name only what the pages use? ----------------------------------------------


def _split(tokens: Sequence[ast.Node]) -> Iterator[list[ast.Node]]:
    """A selector list's selectors, split at its top-level commas."""
    part: list[ast.Node] = []
    for token in tokens:
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            yield part
            part = []
        else:
            part.append(token)
    yield part


def _can_match(tokens: Sequence[ast.Node], used: UsedNames) -> bool:
    previous: ast.Node | None = None
    for token in tokens:
        after_colon = isinstance(previous, ast.LiteralToken) and previous.value == ":"
        if isinstance(token, ast.IdentToken):
            dot = isinstance(previous, ast.LiteralToken) and previous.value == "."
            if dot:
                if token.value not in used.classes:
                    return False
            elif not after_colon and token.lower_value not in _ALWAYS and token.lower_value not in used.tags:
                return False
        elif isinstance(token, ast.HashToken) and token.value not in used.ids:
            return False
        elif isinstance(token, ast.SquareBracketsBlock):
            name = next((t for t in token.content if isinstance(t, ast.IdentToken)), None)
            if name is not None and name.lower_value not in used.attributes:
                return False
        elif (
            isinstance(token, ast.FunctionBlock)
            and after_colon
            and token.lower_name in _ALTERNATIVES
            and not any(_can_match(part, used) for part in _split(token.arguments))
        ):
            return False  # :is() and :where() need one alternative; :not() and :nth-child() never drop a rule
        previous = token if not isinstance(token, ast.WhitespaceToken) else previous
    return True


def _kept_selectors(prelude: Sequence[ast.Node], used: UsedNames) -> list[list[ast.Node]]:
    return [part for part in _split(prelude) if _can_match(part, used)]


# -- cutting the stylesheet down -------------------------------------------------------------


def _join(selectors: list[list[ast.Node]]) -> list[ast.Node]:
    joined: list[ast.Node] = []
    for number, selector in enumerate(selectors):
        if number:
            joined.append(ast.LiteralToken(0, 0, ","))
        joined.extend(selector)
    return joined


def _rules(rules: Sequence[ast.Node], used: UsedNames) -> list[ast.Node]:
    kept: list[ast.Node] = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            selectors = _kept_selectors(rule.prelude, used)
            if selectors:
                rule.prelude = _join(selectors)
                kept.append(rule)
        elif isinstance(rule, ast.AtRule):
            if rule.content is not None and rule.lower_at_keyword in _GROUPS:
                inner = _rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used)
                if inner:
                    rule.content = _as_tokens(inner)
                    kept.append(rule)
            else:
                kept.append(rule)  # @charset, @font-face, @keyframes (trimmed below), @import
    return kept


def _as_tokens(rules: Sequence[ast.Node]) -> list[ast.Node]:
    return tinycss2.parse_component_value_list(tinycss2.serialize(rules))


def _declarations(rule: ast.QualifiedRule) -> Sequence[ast.Node]:
    return tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)


def _drop_unused_properties(rules: Sequence[ast.Node], also_uses: str) -> list[ast.Node]:
    """Remove the custom properties that nothing kept refers to, directly or through another."""
    needs: dict[str, set[str]] = {}
    used = set(_VAR.findall(also_uses))
    for rule in _qualified(rules):
        for declaration in _declarations(rule):
            if isinstance(declaration, ast.Declaration):
                refers = set(_VAR.findall(tinycss2.serialize(declaration.value)))
                if declaration.name.startswith("--"):
                    needs.setdefault(declaration.name, set()).update(refers)
                else:
                    used |= refers
    waiting = list(used)
    while waiting:
        for name in needs.get(waiting.pop(), ()):
            if name not in used:
                used.add(name)
                waiting.append(name)
    unused = set(needs) - used
    return [kept for kept in (_without_properties(rule, unused) for rule in rules) if kept is not None]


def _qualified(rules: Sequence[ast.Node]) -> Iterator[ast.QualifiedRule]:
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            yield rule
        elif isinstance(rule, ast.AtRule) and rule.content is not None and rule.lower_at_keyword in _GROUPS:
            yield from _qualified(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))


def _without_properties(rule: ast.Node, unused: set[str]) -> ast.Node | None:
    if isinstance(rule, ast.QualifiedRule):
        declarations = [d for d in _declarations(rule) if isinstance(d, ast.Declaration)]
        kept = [d for d in declarations if d.name not in unused]
        if len(kept) == len(declarations):
            return rule
        if not kept:
            return None
        rule.content = tinycss2.parse_component_value_list(tinycss2.serialize(kept).rstrip(";"))
        return rule
    if isinstance(rule, ast.AtRule) and rule.content is not None and rule.lower_at_keyword in _GROUPS:
        inner = [
            kept
            for kept in (
                _without_properties(r, unused)
                for r in tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            )
            if kept is not None
        ]
        if not inner:
            return None
        rule.content = _as_tokens(inner)
    return rule


def _drop_unused_keyframes(rules: Sequence[ast.Node]) -> list[ast.Node]:
    others = tinycss2.serialize(
        [r for r in rules if not (isinstance(r, ast.AtRule) and r.lower_at_keyword == "keyframes")]
    )
    return [
        rule
        for rule in rules
        if not (isinstance(rule, ast.AtRule) and rule.lower_at_keyword == "keyframes")
        or re.search(rf"\b{re.escape(tinycss2.serialize(rule.prelude).strip())}\b", others)
    ]


def cut_down(css: str, used: UsedNames, also_uses: str = "") -> str:
    """The stylesheet with only the rules the pages can match, and the properties and keyframes
    those rules use. ``also_uses`` is other CSS (the hub's own) whose ``var(--md-...)`` stay defined."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    kept = _rules(rules, used)
    kept = _drop_unused_properties(kept, also_uses)
    kept = _drop_unused_keyframes(kept)
    return "".join(tinycss2.serialize([rule]) for rule in kept)


# -- the theme's files in the built site --------------------------------------------------------

THEME_STYLESHEETS = "assets/stylesheets"
THEME_SCRIPTS = "assets/javascripts"


def theme_stylesheets(folders: Iterable[Path | str]) -> list[Path]:
    """The theme's own minified stylesheets, in the theme folders MkDocs reads."""
    return [css for folder in folders for css in sorted((Path(folder) / THEME_STYLESHEETS).glob("*.min.css"))]


def compact(css: str) -> str:
    """The same stylesheet without its comments and the space between rules: the source stays
    documented, and residents download only the rules."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "".join(tinycss2.serialize([rule]) for rule in rules)


def trim_theme_files(site: Path, used: UsedNames, own_stylesheet: str) -> int:
    """Cut the theme's stylesheets down to what the pages use, compact the hub's own stylesheet
    (``own_stylesheet``, a path in the site), drop the theme's source maps, and drop the theme's
    scripts if no page loads them (the hub needs none). Returns the bytes saved."""
    saved = 0
    own = site / own_stylesheet
    own_css = own.read_text(encoding="utf-8") if own.is_file() else ""
    if own_css:
        own.write_text(compact(own_css), encoding="utf-8")
        saved += len(own_css.encode()) - own.stat().st_size
    folder = site / THEME_STYLESHEETS
    for css in sorted(folder.glob("*.css")) if folder.is_dir() else ():
        before = css.stat().st_size
        css.write_text(cut_down(css.read_text(encoding="utf-8"), used, own_css), encoding="utf-8")
        saved += before - css.stat().st_size
    for source_map in sorted(folder.glob("*.map")) if folder.is_dir() else ():
        saved += source_map.stat().st_size
        source_map.unlink()
    scripts = site / THEME_SCRIPTS
    if not used.scripts and scripts.is_dir() and not scripts.is_symlink():
        saved += sum(f.stat().st_size for f in scripts.rglob("*") if f.is_file())
        shutil.rmtree(scripts)
    return saved
