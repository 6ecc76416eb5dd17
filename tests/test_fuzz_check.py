"""Thousands of broken records through the real `hub check`: it never crashes, never hangs, always says where.

Each example starts from one of the demo's real records (a consultation or a
decision notice, with the files it names), breaks it in one to four ways
(bytes, lines, YAML values and types, deleted and repeated fields, hidden
control characters, other scripts' digits, huge numbers, anchors and aliases,
deep nesting) and runs ``hub check`` on a project holding just that record, in
this process. It must:

* finish (exit 0 or 1, nothing on stderr: a crash would be "The check could not
  run", exit 2), each example within Hypothesis' deadline;
* put every problem at ``path:line:``, naming the broken file and a line that is
  in it (officers fix what they can find).

Runs are the same every time (``derandomize``), so CI is reproducible, and keep
no example database in the repository: 2,000 examples, about 20 seconds on an idle machine.
"""

from __future__ import annotations

import contextlib
import io
import re
import resource
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haveyoursay.cli import main
from hub_testing import DEMO_NOW, ROOT

SEEDS = sorted(
    [*(ROOT / "consultations").glob("*/index.md"), *(ROOT / "content" / "decisions").glob("*/index.md")],
    key=lambda p: p.as_posix(),
)
SEEDS = [seed for seed in SEEDS if not seed.parent.name.startswith("_")]

# Values an officer, an editor or an attacker might put where a field's value was.
INTERESTING = [
    "",
    "~",
    "null",
    "true",
    "no",
    "0",
    "-1",
    "1.5",
    "1e999",
    ".nan",
    "9" * 4301,
    "-" + "9" * 5000,
    "1,234",
    "£175,622",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "9999-12-31 23:59",
    "2026-10-25 01:30",
    "2026-10-25 01:30 BST",
    "2026-03-29 01:30",
    "2026-03-29 01:30 GMT",
    "\uff12\uff10\uff12\uff16-03-12",
    "12/03/2026 5pm",
    "2026-03-12 17.00",
    "17:00",
    "01632 960 245 ext 245",
    "+44 (0)1632 960000",
    "name%40council.example?cc=someone@elsewhere.example",
    "Priya <p@x.example>",
    "mailto:a@b.example",
    "https://x.example/\x00",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "\u201cOur plans: what we propose\u201d",
    '"unclosed',
    "'unclosed",
    "[unclosed",
    "{unclosed",
    "[]",
    "{}",
    "[a, [b, [c]]]",
    "{a: {b: {c: d}}}",
    "[" * 200 + "]" * 200,
    "[" * 50_000,
    "{a: " * 300 + "1" + "}" * 300,
    "&anchor value",
    "*alias",
    "&a [*a]",
    "!!int not-a-number",
    "!!bool maybe",
    "!!binary '%%%'",
    "!!python/object/apply:os.system [echo]",
    "!ENV [HOME]",
    "|",
    ">-",
    "- a\n- b",
    "Castle, Riverside",
    "all",
    "x" * 10_000,
    "a: b: c",
    "#comment",
    "@handle",
    "`tick`",
    "%percent",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\u202eevil",
    "\U0001f600",
    "\x0b",
    "\x00",
    "\x1b[31m",
    "\x85",
    "\u2028",
]
HIDDEN = ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufffe", "\r", "\t"]
LINES_TO_ADD = [
    "title: Another title",
    "unknown_field: 1",
    "  nested: value",
    "    - item",
    "- item",
    "laughs: &a [x, x, x, x, x, x, x, x, x]",
    "more: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "loop: &l [*l]",
    "<<: *a",
    "? complex key",
    "? [a, b]\n: c",
    "---",
    "...",
    "%YAML 1.1",
    "## What we are proposing",
    "# A heading",
    '<img src="http://evil.example/x.png" onerror="alert(1)">',
    "[link](javascript:alert(1))",
]


@st.composite
def mutation(draw: st.DrawFn, text: str) -> str:
    """One way of breaking a record's text."""
    lines = text.split("\n")
    kind = draw(
        st.sampled_from(["value", "value", "value", "line", "delete", "duplicate", "move", "indent", "hidden", "bytes"])
    )
    where = draw(st.integers(0, max(0, len(lines) - 1)))
    if kind == "value":
        match = re.match(r"^(\s*(?:- )?[^:#\s][^:]*:)(\s.*)?$", lines[where])
        if match is None:
            where = next((n for n, line in enumerate(lines) if ": " in line), where)
            match = re.match(r"^(\s*(?:- )?[^:#\s][^:]*:)(\s.*)?$", lines[where])
        value = draw(st.one_of(st.sampled_from(INTERESTING), st.text(max_size=30)))
        if match is not None:
            lines[where] = match.group(1) + " " + value
        else:
            lines.insert(where, value)
    elif kind == "line":
        lines.insert(where, draw(st.one_of(st.sampled_from(LINES_TO_ADD), st.text(max_size=40))))
    elif kind == "delete":
        del lines[where : where + draw(st.integers(1, 3))]
    elif kind == "duplicate":
        lines.insert(where, lines[where] if lines else "")
    elif kind == "move":
        moved = lines.pop(where) if lines else ""
        lines.insert(draw(st.integers(0, len(lines))), moved)
    elif kind == "indent":
        if lines:
            lines[where] = draw(st.sampled_from(["", " ", "  ", "    ", "\t", "      "])) + lines[where].lstrip()
    elif kind == "hidden":
        line = lines[where] if lines else ""
        at = draw(st.integers(0, len(line)))
        lines[where if lines else 0 : where + 1] = [line[:at] + draw(st.sampled_from(HIDDEN)) + line[at:]]
    else:  # bytes: done by the caller on the encoded text
        return "\x00BYTES\x00" + "\n".join(lines)
    return "\n".join(lines)


@st.composite
def broken_record(draw: st.DrawFn) -> tuple[Path, bytes]:
    """A demo record and its text broken in one to four ways."""
    seed = draw(st.sampled_from(SEEDS))
    text = seed.read_text(encoding="utf-8")
    data: bytes | None = None
    for _ in range(draw(st.integers(1, 4))):
        text = draw(mutation(text))
        if text.startswith("\x00BYTES\x00"):
            text = text.removeprefix("\x00BYTES\x00")
            raw = bytearray(text.encode("utf-8"))
            for _ in range(draw(st.integers(1, 8))):
                at = draw(st.integers(0, len(raw)))
                raw[at:at] = draw(st.binary(min_size=1, max_size=4))
            data = bytes(raw)
            text = data.decode("utf-8", errors="replace")
    return seed, data if data is not None else text.encode("utf-8")


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """For each demo record, a throwaway project holding just it (with its files) and the real mkdocs.yml."""
    made = {}
    for number, seed in enumerate(SEEDS):
        project = tmp_path_factory.mktemp(f"fuzz{number}")
        shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "consultations").mkdir()
        shutil.copytree(seed.parent, project / seed.parent.relative_to(ROOT))
        made[seed] = project
    return made


def lines_in(data: bytes) -> int:
    return len(re.findall(rb"\r\n|\r|\n", data)) + 1


COUNT = re.compile(r"^(No problems found\.|[0-9]+ errors? and [0-9]+ warnings?\..*)$")


def check(project: Path, seed: Path, data: bytes) -> None:
    record = project / seed.relative_to(ROOT)
    record.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        exit_code = main(["check", "--root", str(project)])
    path = seed.relative_to(ROOT).as_posix()
    assert err.getvalue() == "", err.getvalue()
    assert exit_code in (0, 1), out.getvalue()
    report = out.getvalue().splitlines()
    counts = [number for number, line in enumerate(report) if COUNT.match(line)]
    assert counts, out.getvalue()
    for line in report[: counts[0]]:  # the problems; after the count, what is coming up
        where = re.match(rf"^{re.escape(path)}:([0-9]+): ", line)
        assert where is not None, f"a problem not at {path}:line: {line!r}"
        assert 1 <= int(where.group(1)) <= lines_in(data), f"line {where.group(1)} is not in the file: {line!r}"


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)


def test_every_demo_record_alone_is_reported_at_its_own_lines(projects):
    for seed, project in projects.items():
        check(project, seed, seed.read_bytes())


@settings(
    max_examples=2000,
    deadline=timedelta(seconds=2),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(broken=broken_record())
def test_a_broken_record_is_always_a_problem_at_a_line_of_it(projects, broken):
    seed, data = broken
    check(projects[seed], seed, data)


def test_the_fuzzing_stayed_within_a_sane_amount_of_memory():
    """The alias bomb took 3 GB; the whole fuzzing run must stay far below that."""
    peak_kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_kilobytes < 1_500_000, f"peak memory {peak_kilobytes // 1024} MB"
