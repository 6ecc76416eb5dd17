"""YAML that attacks the reader, and text pasted from Word: every one a problem at its line, fast and small.

An alias bomb of under 1 KB ("billion laughs") stood for a billion values and
took 3 GB and 25 seconds; a list that contains itself, or nesting 1,000 deep,
overflowed Python's stack; 100,000 deep overflowed libyaml's C stack and
killed the process. Hidden control characters (a vertical tab where Word had
a line break) were a traceback. Each case here is read in this process with a
time and memory budget, and through the real ``hub check`` in a process that
cannot use more than 1 GB, for a consultation, a decision notice and the
council's settings in mkdocs.yml.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from haveyoursay.core.source import MOST_LEVELS, parse_yaml, read_front_matter, split_lines
from hub_testing import DEMO_NOW, REPO, ROOT, copy_project

HOOKS = REPO / "hooks"


def laughs(indent: str = "", levels: int = 9) -> str:
    """Nine lines, under 1 KB, that stand for 9**9 (387 million) values."""
    names = "abcdefghijklmnop"[:levels]
    lines = []
    for level, name in enumerate(names):
        items = ["x"] * 9 if level == 0 else ["*" + names[level - 1]] * 9
        lines.append(f"{indent}{name}: &{name} [{', '.join(items)}]\n")
    return "".join(lines)


ATTACKS = {
    "alias bomb": laughs(),
    "alias bomb in a field": "title: Library hours\nsummary:\n" + laughs("  "),
    "list containing itself": "wards: &a [*a]\n",
    "group containing itself": "contact: &c {name: Priya, more: *c}\n",
    "merge key": "base: &b {name: Priya}\ncontact:\n  <<: *b\n",
    "1,000 nested lists": "topics: " + "[" * 1000 + "]" * 1000 + "\n",
    "1,000 nested groups": "contact: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n",
    "1,000 indented fields": "".join("  " * level + f"k{level}:\n" for level in range(1000)) + "  " * 1000 + "x: 1\n",
    "1,000 nested list items": "wards:\n"
    + "".join("  " * level + "-\n" for level in range(1000))
    + "  " * 1000
    + "- x\n",
    "100,000 nested lists, never closed": "topics: " + "[" * 100_000 + "\n",
    "100,000 nested lists": "topics: " + "[" * 100_000 + "]" * 100_000 + "\n",
}


@pytest.mark.parametrize("text", list(ATTACKS.values()), ids=list(ATTACKS))
def test_an_attack_is_a_problem_at_its_line_in_under_a_second_and_a_few_megabytes(text):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        source, problems = parse_yaml(text, "consultations/x/index.md", line_offset=1, what="a record")
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert source is None and problems
    assert seconds < 1.0
    assert peak < 20 * len(text) + 2_000_000  # a few times the text, never what it stands for
    lines = len(split_lines(text)) + 2  # the front matter starts on line 2; YAML may point at the end
    for problem in problems:
        assert problem.path == "consultations/x/index.md" and 2 <= problem.line <= lines
        assert "anchors and aliases" in problem.problem or f"more than {MOST_LEVELS} levels" in problem.problem
        assert problem.hint


def test_anchors_and_aliases_are_refused_with_a_hint_once_a_line():
    source, problems = parse_yaml("title: &t Library hours\nsummary: *t\n", "x.md", line_offset=1, what="a record")

    assert source is None
    assert [str(p) for p in problems] == [
        "x.md:2: '&' and '*' (anchors and aliases) are not allowed in a record (write each value out in full; "
        "if a text starts with & or *, put the whole text in double quotes)",
        "x.md:3: '&' and '*' (anchors and aliases) are not allowed in a record (write each value out in full; "
        "if a text starts with & or *, put the whole text in double quotes)",
    ]


def test_text_with_ampersands_and_asterisks_is_still_text():
    source, problems = parse_yaml('title: "*Parks* & open spaces"\nsummary: Parks & open spaces *today*\n', "x")

    assert problems == [] and source is not None
    assert source.data == {"title": "*Parks* & open spaces", "summary": "Parks & open spaces *today*"}


def test_nesting_up_to_the_limit_is_read_and_one_more_level_is_not():
    levels = MOST_LEVELS - 1  # the fields themselves are the first level
    source, problems = parse_yaml("topics: " + "[" * levels + "x" + "]" * levels + "\n", "x")

    assert problems == [] and source is not None
    value = source.data["topics"]
    for _ in range(levels - 1):
        value = value[0]
    assert value == ["x"]
    assert parse_yaml("topics: " + "[" * (levels + 1) + "x" + "]" * (levels + 1) + "\n", "x")[0] is None


@pytest.mark.parametrize(
    "value",
    [
        "!!int not-a-number",
        "!!bool maybe",
        "!!float lots",
        "!!timestamp yesterday",
        "!!binary '%%%'",
        "!!python/object:os.system echo",
        "9" * 5000,
        "-" + "9" * 5000,
        "1e999999",
    ],
)
def test_a_value_its_tag_or_size_cannot_read_stays_text(value):
    source, problems = parse_yaml(f"responses: {value}\n", "x")

    assert problems == [] and source is not None
    assert isinstance(source.data["responses"], str | float | bytes)  # the field's own check explains it


def test_a_second_document_in_mkdocs_yml_is_a_problem_not_a_traceback():
    source, problems = parse_yaml("site_name: Hub\n---\nsite_name: Other\n", "mkdocs.yml")

    assert source is None and [p.line for p in problems] == [2]


# -- the real `hub check`, in a process that cannot use more than 1 GB ------------------------------------------


def run_check(project: Path) -> subprocess.CompletedProcess[str]:
    def limit_memory() -> None:  # the alias bomb needed 3 GB
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {
        **os.environ,
        "HUB_NOW": DEMO_NOW,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "haveyoursay.cli", "check", "--root", str(project)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit_memory,
    )


def small_project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project", with_consultations=False)
    shutil.rmtree(project / "hooks")
    return project


def add_attacks(file: Path, after: str) -> int:
    """Below the line ``after``, a field holding a bomb, a list containing itself and 1,000-level nesting.

    Returns the line the attacks start on.
    """
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(number for number, line in enumerate(lines) if line.rstrip("\n") == after) + 1
    indent = " " * (len(after) - len(after.lstrip()) + (2 if after.endswith(":") else 0))
    inner = indent + "  "
    attack = laughs(inner) + f"{inner}loop: &loop [*loop]\n{inner}deep: " + "[" * 1000 + "]" * 1000 + "\n"
    file.write_text("".join([*lines[:at], f"{indent}attack:\n", attack, *lines[at:]]), encoding="utf-8")
    return at + 2


def assert_refused_at(result: subprocess.CompletedProcess[str], path: str, first_line: int) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr and result.stderr == ""
    found = [line for line in result.stdout.splitlines() if line.startswith(path + ":")]
    lines = [int(line.split(":")[1]) for line in found]
    assert lines == list(range(first_line, first_line + 11)), result.stdout  # 9 laughs, the loop, the nesting
    assert all("anchors and aliases" in line for line in found[:10])
    assert "levels deep" in found[10]


def test_hub_check_refuses_attacks_in_a_consultation(tmp_path):
    project = small_project(tmp_path)
    shutil.copytree(ROOT / "consultations" / "library-opening-hours", project / "consultations" / "library")
    record = project / "consultations" / "library" / "index.md"
    after = next(line for line in record.read_text(encoding="utf-8").splitlines() if line.startswith("engagement"))
    first = add_attacks(record, after)

    assert_refused_at(run_check(project), "consultations/library/index.md", first)


def test_hub_check_refuses_attacks_in_a_decision_notice(tmp_path):
    project = small_project(tmp_path)
    notice = project / "content" / "decisions" / "NDC-2026-040"
    shutil.copytree(REPO / "tests" / "decisions" / "bad" / "amount-in-words" / "NDC-2026-040", notice)
    first = add_attacks(notice / "index.md", "key_decision: false")

    assert_refused_at(run_check(project), "content/decisions/NDC-2026-040/index.md", first)


def test_hub_check_refuses_attacks_in_the_councils_settings(tmp_path):
    project = small_project(tmp_path)
    first = add_attacks(project / "mkdocs.yml", "  council:")

    assert_refused_at(run_check(project), "mkdocs.yml", first)


# -- hidden control characters, often pasted from Word ---------------------------------------------------------

HIDDEN = [chr(code) for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]]
HIDDEN += ["\u2028", "\u2029", "\ufffe", "\uffff"]
RECORD = """---
title: Changes to library opening hours
summary: >-
  We want to change when our
  libraries are open.
contact:
  name: Priya Shah
---

## What we are proposing

We plan to open later.
"""


def write_record(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "index.md"
    file.write_bytes(text.encode("utf-8"))
    return file


@pytest.mark.parametrize("character", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
@pytest.mark.parametrize(
    "after, line, field",
    [
        ("title: Changes", 2, "title"),
        ("  libraries are", 5, "summary"),
        ("  name: Priya", 7, "contact.name"),
        ("We plan to", 12, "body"),
    ],
)
def test_a_hidden_character_is_a_problem_at_its_line_naming_the_field(tmp_path, character, after, line, field):
    file = write_record(tmp_path, RECORD.replace(after, after + character, 1))

    source, problems = read_front_matter(file, "consultations/x/index.md")

    assert [(p.line, p.field, p.problem) for p in problems] == [
        (line, field, "this line has a hidden control character, often pasted from Word")
    ]
    assert problems[0].hint.startswith("type the line again by hand; the hidden character is just after")
    assert source is not None  # read as a space, so every other problem is still found in the same run
    assert source.data["contact"] == {"name": "Priya Shah" if field != "contact.name" else "Priya  Shah"}


def test_a_hidden_character_at_the_start_of_a_line_does_not_change_its_indentation(tmp_path):
    file = write_record(tmp_path, RECORD.replace("  name: Priya", "\x0b  name: Priya"))

    source, problems = read_front_matter(file, "x.md")

    assert [(p.line, p.field, p.hint) for p in problems] == [
        (7, "contact.name", "type the line again by hand; the hidden character is at the start of the line")
    ]
    assert source is not None and source.data["contact"] == {"name": "Priya Shah"}


def test_tabs_and_every_kind_of_line_ending_are_not_hidden_characters(tmp_path):
    for ending in ("\n", "\r\n", "\r"):
        text = RECORD.replace("\n", ending).replace("We plan", "We\tplan")
        source, problems = read_front_matter(write_record(tmp_path, text), "x.md")
        assert problems == [] and source is not None and source.data["title"] == "Changes to library opening hours"


def test_a_hidden_line_separator_does_not_shift_the_lines_that_follow(tmp_path):
    text = RECORD.replace("title: Changes", "title: Chan\u2028ges").replace("  name: Priya", "  name: Pri\x0cya")
    source, problems = read_front_matter(write_record(tmp_path, text), "x.md")

    assert [(p.line, p.field) for p in problems] == [(2, "title"), (7, "contact.name")]
    assert source is not None and source.lines[("contact", "name")] == 7


def test_a_hidden_character_in_mkdocs_yml_is_a_problem_at_its_line():
    source, problems = parse_yaml("site_name: Hub\nextra:\n  council:\n    name: North\x1bbrook\n", "mkdocs.yml")

    assert [(p.path, p.line, p.field) for p in problems] == [("mkdocs.yml", 4, "extra.council.name")]
    assert source is not None


@pytest.mark.parametrize(
    "line",
    [
        "summary: \u201cOur plans: when our libraries are open\u201d",
        "summary: \u2018Our plans: when\u2019 and more",
        "summary: \u201cOur plans\u201d and more: see below",
    ],
)
def test_curly_quotes_from_word_are_named_as_the_trouble(line):
    source, problems = parse_yaml(f"title: Library hours\n{line}\n", "x.md", line_offset=1)

    assert source is None
    assert [(p.line, p.problem, p.hint) for p in problems] == [
        (
            3,
            "the curly quotes on this line (\u201c \u201d), often from Word, do not work as quotation marks",
            'type straight quotes (") in their place, or leave the quotes out if the text has no ": " in it',
        )
    ]
