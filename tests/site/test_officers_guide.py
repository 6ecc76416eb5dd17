"""The officers' guide (content/pages/officers-guide.md): published, linked from every footer but not from the
residents' navigation, covering each task, naming only real commands, and explaining every message the check
can give.

The messages are found two ways, so the guide stays complete as the code changes:

- every message line of the bad cases' ``expected.txt`` (records, settings and the postcode list), exactly as
  `hub check` prints it;
- every message written in ``hooks/haveyoursay``, read from the code with ``ast``: the problem given to each
  call that makes one (``MESSAGE_ARGUMENT``), the tables of messages (``TABLES``) and the functions that return
  one (``RETURNED``). A value put into a message (a name, a date, a number) is a gap in its text.

In the guide's section "Messages from the check and how to fix them", each entry is a list item that starts
with a code span: the words of the message, with "…" for a value, like `the section '…' is missing`. An entry
covers a message when its words are in it in that order (each "…" standing for anything), or, for a message in
the code, when the longest piece of the message's own text is in the entry's words.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import pytest
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.core.plain_english import JARGON, LONGEST_SENTENCE, findings
from hub_testing import REPO, ROOT, text_of

GUIDE = ROOT / "content" / "pages" / "officers-guide.md"
GUIDE_URL = "officers-guide/"
PACKAGE = REPO / "hooks" / "haveyoursay"
HUB = Path(sys.executable).parent / "hub"
MESSAGES_HEADING = "Messages from the check and how to fix them"
VALUE = "…"
"""In an entry's words, a value from the officer's record: a name, a date or a number."""

TASKS = (
    "Preview your changes",
    "Run the check",
    "Add a consultation or a decision notice",
    "Update a record",
    "Close a consultation early",
    "Withdraw a consultation",
    "Publish an outcome",
    "Publish a decision",
    "Add documents",
    "Publish your changes",
    "Write in plain English",
    MESSAGES_HEADING,
)
TOPICS = (
    "The file and its layout",
    "Field names and values",
    "Folder names and files in the wrong place",
    "Dates and times",
    "Wards and topics",
    "Contacts, emails, phone numbers and web addresses",
    "Documents",
    "Ways to respond",
    "The body text",
    "Consultation rules",
    "Decision notice rules",
    "The settings file",
    "The postcode list",
    "The ward boundaries",
    "Warnings and reminders",
    "When the check or hub new cannot run",
)

EXPECTED_OUTPUTS = (
    "tests/consultations/bad/*/expected.txt",
    "tests/decisions/bad/*/expected.txt",
    "tests/bad_settings/*/expected.txt",
    "tests/site/postcodes/*/expected.txt",
    "tests/site/ward_boundaries/*/expected.txt",
)
MESSAGE_LINE = re.compile(r"^(?P<path>.+?):(?P<line>[0-9]+): (?P<message>.+)$")
NOT_A_MESSAGE = re.compile(
    r"^(?:[0-9]+ errors? and [0-9]+ warnings?\..*|No problems found\.|Checked [0-9]+ .*|[A-Z][^:]*:|  \S.*)$"
)
"""The lines of `hub check` around the messages: the count, what was checked, what is coming up."""

# -- the messages written in the code ----------------------------------------------------------------

MESSAGE_ARGUMENT = {
    "error": 1,  # Locator.error(location, problem, hint)
    "warning": 1,  # Locator.warning(location, problem, hint)
    "Problem": 3,  # Problem(path, line, field, problem, hint)
    "_problem": 2,  # the postcode list's problems: _problem(line, field, problem, hint)
    "Finding": 1,  # plain English: Finding(line_offset, problem, hint)
    "officer_error": 0,  # a field's own check: officer_error(problem, hint)
    "WhenProblem": 0,  # a date or time: WhenProblem(problem, hint)
    "whole_number": 0,  # a number's check: whole_number(problem, hint)
    "NewRecordProblem": 0,  # `hub new`
    "print": 0,  # the commands' own messages: cli.py's print(..., file=sys.stderr)
}
"""Each call that makes a message, and the position of the problem among its arguments."""
TABLES = {
    ("core/fields.py", "_TYPE_WORDS"): 0,
    ("core/fields.py", "_NOT_ONLY_AN_ADDRESS"): 1,
    ("core/files.py", "_TROUBLE"): 0,
    ("core/source.py", "_YAML_WORDS"): 2,
}
"""Tables of messages, and the position of the problem in each of their rows."""
RETURNED = {
    ("core/files.py", "told"): 0,
    ("core/source.py", "_yaml_problem"): 1,
    ("site/hub.py", "problem"): 0,
}
"""Functions that return a message in a tuple, and the position of the problem in it."""
NOT_READ = {
    ("core/problems.py", "error", "problem"): "Locator.error passes on its caller's message",
    ("core/problems.py", "warning", "problem"): "Locator.warning passes on its caller's message",
    ("core/fields.py", "problems_from", 'ctx["problem"]'): "an officer_error's message, read where it is raised",
    ("core/fields.py", "problems_from", 'detail["msg"]'): (
        "pydantic's own words for a check the hub does not reword: EXTRA has its hint"
    ),
    ("core/fields.py", "check", "problem"): "whole_number's argument, read where it is called",
    ("core/fields.py", "check", "problem.format(value=shown)"): "whole_number's argument, read where it is called",
    ("core/fields.py", "_email", "f\"'{value}' {problem}\""): "an email's problem from _NOT_ONLY_AN_ADDRESS (a table)",
    ("core/fields.py", "parse", "problem.problem"): "a WhenProblem's message, read where it is raised",
    ("core/files.py", "_attached_file", "told(trouble, name)"): "told's messages, read from what it returns",
    ("core/files.py", "told", "f\"'{name}' \" + problem.format(**words)"): "a problem from _TROUBLE (a table)",
    ("core/plain_english.py", "warnings_in", "finding.problem"): "a Finding's message, read where it is made",
    ("core/plain_english.py", "findings", "str(problem)"): "a kept Finding (core.cache), as _findings made it",
    ("core/records.py", "_decode_read", "d"): "a kept problem (core.cache), as read_front_matter made it",
    ("core/settings.py", "_site_fields", "problem"): "site_problems passes on officer_error's messages",
    ("core/settings.py", "settings_from", "p.problem"): "a field's problem, renamed to its place in mkdocs.yml",
    ("core/source.py", "_parse", "_yaml_problem(error)"): "_yaml_problem's messages, read from what it returns",
    ("core/source.py", "_yaml_problem", "problem"): "a problem from _YAML_WORDS (a table)",
    ("site/hub.py", "links_between_records", "problem"): "_Named.problem's messages, read from what it returns",
    ("site/hub.py", "links_between_records", "consultations.problem(slug)"): "_Named.problem's messages",
    ("site/hub.py", "links_between_records", "decisions.problem(outcome.decision)"): "_Named.problem's messages",
    ("site/postcodes/loading.py", "_problem", "problem"): "_problem passes on its caller's message",
    ("site/postcodes/loading.py", "_not_utf8", "problem.problem"): "read_text's message, with a hint for Excel",
    ("site/new_record.py", "start_record", 'f"{problem.problem} ({problem.hint})"'): (
        "the folder name's problem, read where it is made"
    ),
    ("cli.py", "main", 'f"{problem.problem} ({problem.hint})"'): "a WhenProblem's message, read where it is raised",
}
"""Messages the reading above cannot follow, and why each is covered all the same."""
EXTRA = {
    ("core/fields.py", f"{VALUE} (check this field against the template)"): (
        "pydantic's own words (like 'Input should be less than or equal to 30') with the hub's hint"
    ),
}
"""Messages written in a way the reading above cannot follow, by hand: each is checked to be in its module."""


@dataclass
class _Module:
    name: str
    source: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    def segment(self, node: ast.AST) -> str:
        return " ".join((ast.get_source_segment(self.source, node) or "").split())


@cache
def _module(name: str) -> _Module:
    source = (PACKAGE / name).read_text(encoding="utf-8")
    found = _Module(name, source, ast.parse(source))
    for parent in ast.walk(found.tree):
        for child in ast.iter_child_nodes(parent):
            found.parents[child] = parent
    return found


def _function_around(module: _Module, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node
    return None


def _assignments(where: ast.AST | list[ast.stmt], name: str) -> list[tuple[ast.expr, int | None]]:
    """What is given to ``name``, and its position when it is one of several names given a tuple."""
    found: list[tuple[ast.expr, int | None]] = []
    for node in ast.walk(where) if isinstance(where, ast.AST) else where:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id == name:
                found.append((value, None))
            elif isinstance(target, ast.Tuple):
                found += [(value, i) for i, item in enumerate(target.elts) if getattr(item, "id", "") == name]
    return found


def _imported(module: _Module, name: str) -> _Module | None:
    """The package module ``name`` is imported from (``from ..core.source import HIDDEN_PROBLEM``)."""
    for node in module.tree.body:
        if isinstance(node, ast.ImportFrom) and node.level and any(a.name == name for a in node.names):
            package = Path(module.name).parent
            for _ in range(node.level - 1):
                package = package.parent
            return _module(package.joinpath(*(node.module or "").split(".")).with_suffix(".py").as_posix())
    return None


Found = tuple[_Module, ast.expr]


class _Reader:
    """Follows a message from where it is used back to where its words are written."""

    def __init__(self) -> None:
        self.not_read: set[tuple[str, str, str]] = set()

    def values(self, module: _Module, node: ast.expr, scope: ast.AST | None) -> list[Found]:
        found = self._values(module, node, scope)
        if not found:
            self.not_read.add((module.name, getattr(scope, "name", ""), module.segment(node)))
        return found

    def _values(self, module: _Module, node: ast.expr, scope: ast.AST | None) -> list[Found]:
        if isinstance(node, ast.Name):
            for where, place in ((scope, scope), (module.tree.body, None)):
                given = _assignments(where, node.id) if where is not None else []
                if given:
                    return [v for value, index in given for v in self.item(module, value, index, place)]
            source = _imported(module, node.id)
            return self.values(source, node, None) if source is not None else []
        if isinstance(node, ast.Subscript):
            index = node.slice.value if isinstance(node.slice, ast.Constant) else None
            found: list[Found] = []
            for where, container in _Reader().values(module, node.value, scope):
                if isinstance(container, ast.Tuple | ast.List) and isinstance(index, int):
                    found += self.values(where, container.elts[index], None)
                elif isinstance(container, ast.Dict) and index is None:
                    found += [v for value in container.values for v in self.values(where, value, None)]
            return found
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return self.values(module, node.func.value, scope)
        if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp | ast.Tuple | ast.List | ast.Dict):
            return [(module, node)]
        return []

    def item(self, module: _Module, node: ast.expr, index: int | None, scope: ast.AST | None) -> list[Found]:
        """The values of ``node``, or of its ``index``th item when it is a tuple."""
        if index is None:
            return self.values(module, node, scope)
        found: list[Found] = []
        for where, value in self.values(module, node, scope):
            if isinstance(value, ast.Tuple | ast.List):
                found += self.values(where, value.elts[index], scope if where is module else None)
            else:
                self.not_read.add((where.name, getattr(scope, "name", ""), where.segment(value)))
        return found


def _message_calls(module: _Module) -> list[tuple[ast.Call, int]]:
    calls = []
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        name = called.id if isinstance(called, ast.Name) else called.attr if isinstance(called, ast.Attribute) else ""
        to_stderr = any(k.arg == "file" and module.segment(k.value) == "sys.stderr" for k in node.keywords)
        if name in MESSAGE_ARGUMENT and (name != "print" or (to_stderr and module.name == "cli.py")):
            calls.append((node, MESSAGE_ARGUMENT[name]))
    return calls


def pieces(node: ast.expr) -> list[str]:
    """A message's own text, in the pieces written between the values put into it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.split(r"\{\w*\}", node.value)  # a str.format template's {value}
    if isinstance(node, ast.JoinedStr):
        found = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                found[-1] += str(part.value)
            else:
                found.append("")
        return found
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = pieces(node.left), pieces(node.right)
        return [*left[:-1], left[-1] + right[0], *right[1:]]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return pieces(node.func.value)
    return ["", ""]  # a value worked out when the message is made


@dataclass(frozen=True)
class CodeMessage:
    module: str
    text: str
    """The message with \0 for each value put into it."""

    @property
    def key(self) -> str:
        """The longest piece of its own text: what an entry must name if its words do not match the text."""
        return max((piece.strip(" '\".,:;()") for piece in self.text.split("\0")), key=len)


@cache
def code_messages() -> tuple[tuple[CodeMessage, ...], frozenset[tuple[str, str, str]]]:
    """Every message written in the package, and the places whose messages cannot be read from the code."""
    reader = _Reader()
    found: list[Found] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path.relative_to(PACKAGE).as_posix())
        for call, position in _message_calls(module):
            scope = _function_around(module, call)
            keywords = {k.arg: k.value for k in call.keywords}
            star = next((i for i, a in enumerate(call.args[: position + 1]) if isinstance(a, ast.Starred)), None)
            if "problem" in keywords:
                found += reader.values(module, keywords["problem"], scope)
            elif star is not None:
                found += reader.item(module, call.args[star].value, position - star, scope)
            elif position < len(call.args):
                found += reader.values(module, call.args[position], scope)
        for node in ast.walk(module.tree):
            scope = _function_around(module, node)
            position = RETURNED.get((module.name, getattr(scope, "name", "")))
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and position is not None:
                found += reader.values(module, node.value.elts[position], scope)
        for (name, table), position in TABLES.items():
            if name == module.name:
                for _, rows in reader.values(module, ast.Name(id=table), None):
                    items = rows.values if isinstance(rows, ast.Dict) else getattr(rows, "elts", [])
                    found += [(module, row.elts[position]) for row in items if isinstance(row, ast.Tuple)]
    messages, not_read = [], set(reader.not_read)
    for module, node in found:
        message = CodeMessage(module.name, "\0".join(pieces(node)))
        if len(message.key) < 6:  # no words of its own: made of values alone
            not_read.add((module.name, getattr(_function_around(module, node), "name", ""), module.segment(node)))
        else:
            messages.append(message)
    messages += [CodeMessage(name, text.replace(VALUE, "\0")) for name, text in EXTRA]
    return tuple(dict.fromkeys(messages)), frozenset(not_read)


# -- the messages the bad cases print ------------------------------------------------------------------


@cache
def printed_messages() -> dict[str, str]:
    """Every message line of the bad cases, without its file and line: {message: the expected.txt it is in}."""
    messages: dict[str, str] = {}
    others = []
    for pattern in EXPECTED_OUTPUTS:
        for expected in sorted(ROOT.glob(pattern)):
            for line in expected.read_text(encoding="utf-8").splitlines():
                found = MESSAGE_LINE.match(line)
                if found:
                    messages.setdefault(found.group("message"), expected.relative_to(ROOT).as_posix())
                elif line.strip() and not NOT_A_MESSAGE.match(line):
                    others.append(f"{expected.relative_to(ROOT)}: {line}")
    assert not others, "lines that are neither a message nor the check's summary:\n" + "\n".join(others)
    return messages


# -- the guide ----------------------------------------------------------------------------------------


def guide_text() -> str:
    return GUIDE.read_text(encoding="utf-8")


def messages_section() -> str:
    text = guide_text()
    start = text.index(f"\n## {MESSAGES_HEADING}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


ENTRY = re.compile(r"^- `([^`]+)` – (.+)$", re.MULTILINE)


def entries() -> dict[str, str]:
    """The guide's messages, by the words it gives in code: {words: how to fix it}."""
    return dict(ENTRY.findall(messages_section()))


def _words(entry: str) -> re.Pattern[str]:
    return re.compile(".*?".join(re.escape(part) for part in entry.split(VALUE)))


def covers(entry: str, message: str | CodeMessage) -> bool:
    if isinstance(message, str):
        return bool(_words(entry).search(message))
    return bool(_words(entry).search(message.text)) or message.key in entry


def test_the_guide_lists_its_messages_as_entries_with_an_explanation():
    found = entries()
    assert len(found) > 100, "the entries are list items: - `the words of the message` – how to fix it"
    listed = re.findall(r"^- `", messages_section(), re.MULTILINE)
    assert len(listed) == len(found), "every list item in the messages section is an entry, written the same way"
    short = {words: why for words, why in found.items() if len(why.split()) < 4 or not why.rstrip().endswith(".")}
    assert not short, f"entries without a sentence saying how to fix the problem: {short}"


def test_every_message_the_bad_cases_print_is_explained_in_the_guide():
    guide = entries()
    printed = printed_messages()
    assert len(printed) > 150
    missing = [
        f"{message}    ({where})" for message, where in printed.items() if not any(covers(e, message) for e in guide)
    ]
    assert not missing, f"{len(missing)} messages are not in the officers' guide:\n" + "\n".join(missing)


def test_every_message_in_the_code_is_explained_in_the_guide():
    guide = entries()
    messages, _ = code_messages()
    assert len(messages) > 150
    missing = sorted(
        f"{message.module}: {message.text.replace(chr(0), VALUE)}"
        for message in messages
        if not any(covers(entry, message) for entry in guide)
    )
    assert not missing, f"{len(missing)} messages are not in the officers' guide:\n" + "\n".join(missing)


def test_every_message_in_the_code_is_read_from_it_or_listed_as_not_read():
    _, not_read = code_messages()
    unexplained = sorted(place for place in not_read if place not in NOT_READ)
    assert not unexplained, (
        "messages made in a way the test cannot read: explain them in the guide, then list each in NOT_READ "
        "with why it is covered:\n" + "\n".join(map(str, unexplained))
    )
    gone = sorted(place for place in NOT_READ if place not in not_read)
    assert not gone, "places listed in NOT_READ that are no longer in the code:\n" + "\n".join(map(str, gone))
    for (name, text), why in EXTRA.items():
        source = (PACKAGE / name).read_text(encoding="utf-8")
        words = [part.strip(" ()") for part in text.split(VALUE) if part.strip(" ()")]  # as written, with no brackets
        assert why and words and all(part in source for part in words), f"{text!r} is no longer in {name}"


def test_every_entry_in_the_guide_is_a_message_the_check_can_give():
    messages, _ = code_messages()
    printed = printed_messages()
    stale = [
        entry
        for entry in entries()
        if not any(covers(entry, m) for m in printed) and not any(covers(entry, m) for m in messages)
    ]
    assert not stale, "entries whose words are in no message (a message was reworded?):\n" + "\n".join(stale)


def test_the_reading_follows_messages_into_tables_constants_and_other_modules():
    texts = {message.text for message in code_messages()[0]}
    assert "this line is indented with a tab" in texts  # a row of _YAML_WORDS
    assert "this line has a hidden control character, often pasted from Word" in texts  # a constant
    assert "the file '\0' does not exist" in texts  # an f-string
    assert "the section '\0' is missing" in texts
    assert "'\0' is not \0: it looks like \0" in texts  # returned by told()
    assert "should be true or false" in texts  # a row of _TYPE_WORDS
    # and a message the guide does not have is found missing
    assert not any(covers(entry, CodeMessage("x.py", "the moon is made of \0 cheese")) for entry in entries())


# -- plain English --------------------------------------------------------------------------------------


def prose() -> list[str]:
    """The guide's paragraphs and list items, without its front matter, code blocks or code spans."""
    text = guide_text().split("\n---\n", 1)[1]
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    text = re.sub(r"`[^`]+`", "code", text)
    blocks = re.split(r"\n\s*\n|\n(?=- |[0-9]+\. )", text)
    return [" ".join(block.split()) for block in blocks if block.strip()]


def test_the_guide_is_written_in_short_sentences_and_everyday_words():
    paragraphs = prose()
    assert len(paragraphs) > 100
    problems = [
        f"{finding.problem} ({finding.hint})"
        for paragraph in paragraphs
        for finding in findings(paragraph, jargon=JARGON, longest=LONGEST_SENTENCE)
    ]
    assert not problems, "\n".join(problems)


# -- the published guide ----------------------------------------------------------------------------------

BASE = "https://hub.example/"


def _address(page: Path, site: Path, href: str) -> str:
    return urljoin(BASE + page.relative_to(site).as_posix(), href)


def test_the_guide_is_published_with_one_h1_and_a_heading_for_each_task(read_page):
    tree = read_page(GUIDE_URL)
    assert [text_of(h1) for h1 in tree.css("h1")] == ["Guide for council officers"]
    headings = [text_of(h2) for h2 in tree.css("main h2")]
    assert [task for task in TASKS if task not in headings] == []
    article = tree.css_first("main")
    section = [node for node in article.css("h2, h3") if text_of(node) == MESSAGES_HEADING]
    assert len(section) == 1
    topics = []
    node = section[0].next
    while node is not None and node.tag != "h2":
        if node.tag == "h3":
            topics.append(text_of(node))
        node = node.next
    assert topics == list(TOPICS)


def test_the_guide_page_shows_every_entry_and_its_contents_links_work(read_page):
    tree = read_page(GUIDE_URL)
    shown = [text_of(code) for code in tree.css("main li > code:first-child")]
    assert set(entries()) <= set(shown), "an entry did not become a list item with its words in code"
    ids = {node.attributes["id"] for node in tree.css("main [id]")}
    contents = [a.attributes["href"] for a in tree.css("main a[href^='#']")]
    assert len(contents) >= len(TASKS)
    assert [href for href in contents if href[1:] not in ids] == []
    assert tree.css_first("main script") is None


def test_every_page_links_to_the_guide_in_its_footer_and_none_in_its_header(demo_site):
    pages = sorted(demo_site.rglob("*.html"))
    assert (demo_site / GUIDE_URL / "index.html") in pages and len(pages) > 50
    guide = BASE + GUIDE_URL
    without, in_header = [], []
    for page in pages:
        tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
        footer = {
            text_of(a): _address(page, demo_site, a.attributes.get("href") or "") for a in tree.css(".hub-footer a")
        }
        if footer.get("Guide for council officers") != guide:
            without.append(page.relative_to(demo_site).as_posix())
        header = [_address(page, demo_site, a.attributes.get("href") or "") for a in tree.css("header a")]
        if guide in header:
            in_header.append(page.relative_to(demo_site).as_posix())
    assert not without, f"pages whose footer does not link to the guide: {without}"
    assert not in_header, f"the guide is for officers, not in the residents' navigation: {in_header}"


def test_the_guide_is_not_in_the_residents_navigation(read_page):
    nav = read_page(GUIDE_URL).css(".hub-nav a")
    assert len(nav) >= 3, "the guide's page has the residents' navigation, like every page"
    assert "Guide for council officers" not in [text_of(a) for a in nav]
    assert [text_of(a) for a in nav if "aria-current" in a.attributes] == [], "the guide is in no section of it"


# -- the commands it names ----------------------------------------------------------------------------------


def help_of(*command: str) -> str:
    done = subprocess.run([str(HUB), *command, "--help"], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


COMMAND = re.compile(r"^(?:[A-Z_]+=\S+ )*(?:\S*/)?hub ([a-z][a-z-]*)(.*)$")


def commands_in_the_guide() -> list[tuple[str, str]]:
    """Every hub command the guide names in code, as (subcommand, the rest of its line)."""
    text = guide_text()
    code = re.findall(r"`([^`\n]+)`", text)
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        code += block.splitlines()
    return [found.groups() for found in map(COMMAND.match, code) if found]


def test_the_commands_the_guide_names_are_real():
    named = commands_in_the_guide()
    subcommands = set(re.search(r"\{([a-z,-]+)\}", help_of()).group(1).split(","))
    assert {"check", "new"} <= {name for name, _ in named}
    assert [name for name, _ in named if name not in subcommands] == []
    kinds = set(re.search(r"\{([a-z,]+)\}", help_of("new")).group(1).split(","))
    assert {rest.split()[0] for name, rest in named if name == "new" and rest.split()} - {":"} <= kinds
    for name, rest in named:
        options = re.findall(r"--[a-z-]+", rest)
        assert all(option in help_of(name) for option in options), (name, rest)


@pytest.mark.parametrize("kind", ["consultation", "decision"])
def test_the_guide_starts_each_kind_of_record_with_hub_new(kind):
    assert any(name == "new" and rest.split()[:1] == [kind] for name, rest in commands_in_the_guide())
