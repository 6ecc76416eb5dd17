"""The officers' commands: `hub new`, `hub check` and `hub schema`.

`hub new library-opening-hours` copies the template into a new consultation
folder, so officers start from a record that only needs filling in.

`hub check` prints every problem as  path:line: field: problem (hint)  and
exits 1 if there is any error; warnings alone exit 0. It never prints a
traceback: an officer cannot act on one.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from .checker import check_hub, slug_problem
from .london import WhenProblem, now_in_london
from .problems import plural
from .schema import SCHEMAS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hub", description="Check and build the Have your say hub.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every consultation record and the council settings")
    check.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    new = commands.add_parser("new", help="start a consultation from the template")
    new.add_argument("slug", help="the web address, like library-opening-hours")
    new.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    schema = commands.add_parser("schema", help="write the JSON Schema editors use to check records")
    schema.add_argument("--root", type=Path, default=Path.cwd())
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return run_check(arguments.root.resolve())
        if arguments.command == "new":
            return start_consultation(arguments.root.resolve(), arguments.slug)
        for name, schema in SCHEMAS.items():
            (arguments.root / name).write_text(json.dumps(schema(), indent=2) + "\n", encoding="utf-8")
            print(f"Wrote {name}")
        return 0
    except WhenProblem as problem:
        print(f"{problem.problem} ({problem.hint})", file=sys.stderr)
        return 2
    except Exception as error:  # a last resort: still no traceback for officers
        print(f"The check could not run: {error}. Ask the web team for help.", file=sys.stderr)
        return 2


def start_consultation(root: Path, slug: str) -> int:
    """Copy consultations/_template/ to consultations/<slug>/, refusing a web address that cannot be used."""
    template = root / "consultations" / "_template"
    target = root / "consultations" / slug
    problem = slug_problem(slug)
    if problem:
        print(f"hub new: {problem.problem} ({problem.hint})", file=sys.stderr)
        return 1
    if target.exists():
        print(f"hub new: consultations/{slug}/ already exists (choose another name, or edit that record)",
              file=sys.stderr)
        return 1
    shutil.copytree(template, target)
    print(f"Created consultations/{slug}/index.md from the template. It is a draft until you remove 'draft: true'.\n"
          f"Fill in the fields and the four sections, put its documents in consultations/{slug}/, "
          "then run: hub check")
    return 0


def run_check(root: Path) -> int:
    if not (root / "mkdocs.yml").is_file():
        print(f"There is no mkdocs.yml in {root} (run the check from the hub's folder, or use --root)", file=sys.stderr)
        return 2
    hub = check_hub(root, now_in_london())
    print(hub.problems.report())
    if not hub.problems.errors:
        drafts = f" ({plural(len(hub.drafts), 'draft')}, not published)" if hub.drafts else ""
        decisions = f" and {plural(len(hub.decisions), 'decision notice')}" if hub.decisions else ""
        print(f"Checked {plural(len(hub.consultations) + len(hub.drafts), 'consultation')}{drafts}{decisions}.")
    return 1 if hub.problems.errors else 0


if __name__ == "__main__":
    sys.exit(main())
