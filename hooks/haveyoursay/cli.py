"""The officers' commands: `hub new`, `hub check` and `hub schema`.

`hub new consultation library-opening-hours` and `hub new decision NDC-2026-014`
copy the template of that kind into a new record folder, so officers start
from a record that only needs filling in.

`hub check` prints every problem as  path:line: field: problem (hint)  and
exits 1 if there is any error; warnings alone exit 0. It never prints a
traceback: an officer cannot act on one.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from .consultations import record as consultation_record
from .consultations.loading import slug_problem
from .core.london import WhenProblem, now_in_london
from .core.problems import Problem, plural
from .decisions import record as decision_record
from .decisions.loading import reference_problem
from .schema import SCHEMAS
from .site.hub import load_hub

KINDS: dict[str, tuple[str, str, Callable[[str], Problem | None], str]] = {
    "consultation": (consultation_record.FOLDER, consultation_record.TEMPLATE, slug_problem, "library-opening-hours"),
    "decision": (decision_record.FOLDER, decision_record.TEMPLATE, reference_problem, "NDC-2026-014"),
}
"""Each kind of record: its folder, its template, the rule for its folder name, an example name."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hub", description="Check and build the Have your say hub.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every record and the council's settings")
    check.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    new = commands.add_parser("new", help="start a consultation or a decision notice from its template")
    new.add_argument("kind", choices=sorted(KINDS), help="consultation or decision")
    new.add_argument("name", help="the web address: library-opening-hours, or a notice's reference like NDC-2026-014")
    new.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    schema = commands.add_parser("schema", help="write the JSON Schemas editors use to check records")
    schema.add_argument("--root", type=Path, default=Path.cwd())
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return run_check(arguments.root.resolve())
        if arguments.command == "new":
            return start_record(arguments.root.resolve(), arguments.kind, arguments.name)
        for name, make in SCHEMAS.items():
            (arguments.root / name).write_text(json.dumps(make(), indent=2) + "\n", encoding="utf-8")
            print(f"Wrote {name}")
        return 0
    except WhenProblem as problem:
        print(f"{problem.problem} ({problem.hint})", file=sys.stderr)
        return 2
    except Exception as error:  # a last resort: still no traceback for officers
        print(f"The check could not run: {error}. Ask the web team for help.", file=sys.stderr)
        return 2


def start_record(root: Path, kind: str, name: str) -> int:
    """Copy the kind's template to a new folder named ``name``, refusing a web address that cannot be used."""
    folder, template, name_problem, _ = KINDS[kind]
    target = root / folder / name
    problem = name_problem(name)
    if problem:
        print(f"hub new: {problem.problem} ({problem.hint})", file=sys.stderr)
        return 1
    if target.exists():
        print(f"hub new: {folder}/{name}/ already exists (choose another name, or edit that record)", file=sys.stderr)
        return 1
    shutil.copytree(root / template, target)
    if kind == "decision":  # a notice's reference is its folder name, and says so
        index = target / "index.md"
        text = index.read_text(encoding="utf-8")
        index.write_text(re.sub(r"(?m)^reference: \S+", f"reference: {name}", text, count=1), encoding="utf-8")
    print(
        f"Created {folder}/{name}/index.md from the template. It is a draft until you remove 'draft: true'.\n"
        f"Fill in the fields and the sections, put its documents in {folder}/{name}/, then run: hub check"
    )
    return 0


def run_check(root: Path) -> int:
    if not (root / "mkdocs.yml").is_file():
        print(f"There is no mkdocs.yml in {root} (run the check from the hub's folder, or use --root)", file=sys.stderr)
        return 2
    hub = load_hub(root, now_in_london())
    print(hub.problems.report())
    if not hub.problems.errors:
        drafts = len(hub.consultation_drafts)
        consultations = plural(len(hub.consultations) + drafts, "consultation")
        draft_note = f" ({plural(drafts, 'draft')}, not published)" if drafts else ""
        notices = len(hub.decisions) + len(hub.decision_drafts)
        decisions = f" and {plural(notices, 'decision notice')}" if notices else ""
        print(f"Checked {consultations}{draft_note}{decisions}.")
    return 1 if hub.problems.errors else 0


if __name__ == "__main__":
    sys.exit(main())
