"""The officers' commands: `hub new`, `hub check`, `hub next-change` and `hub schema`.

`hub new consultation library-opening-hours` and `hub new decision NDC-2026-014`
start a record from the kind's template, dated today and listing the
council's wards and topics, so officers start from a record that only needs
filling in.

`hub check` prints every problem as  path:line: field: problem (hint), then
what is coming up, and exits 1 if there is any error (warnings alone exit 0);
`--format json` is for scripts and `--format github` annotates pull requests.
It never prints a traceback: an officer cannot act on one.

`hub next-change` prints when the site next needs building (see site/schedule.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

from .core.cache import cache_folder, keeping
from .core.london import WhenProblem, now_in_london, parse_when, to_london
from .core.parallel import workers_available
from .schema import SCHEMAS
from .site.hub import load_hub
from .site.new_record import KINDS, NewRecordProblem, start_record
from .site.report import as_github, as_json, as_text
from .site.schedule import next_change


def command(name: str) -> str:
    """How the officer can run a hub command: `hub check` if `hub` is on their PATH, else its path here."""
    found = shutil.which("hub")
    if found and Path(found).resolve() == Path(sys.argv[0]).resolve():
        return f"hub {name}"
    here = Path(sys.argv[0])
    if here.name == "hub" and here.exists():
        try:
            return f"{os.path.relpath(here)} {name}"
        except ValueError:
            return f"{here} {name}"
    return f".venv/bin/hub {name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hub", description="Check and build the Have your say hub.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every record and the council's settings")
    check.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    check.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="text for people (default), json for scripts, github for pull-request annotations",
    )
    new = commands.add_parser("new", help="start a consultation or a decision notice from its template")
    new.add_argument("kind", choices=sorted(KINDS), help="consultation or decision")
    new.add_argument("name", help="the web address: library-opening-hours, or a notice's reference like NDC-2026-014")
    new.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    upcoming = commands.add_parser("next-change", help="when the site next needs building")
    upcoming.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    upcoming.add_argument(
        "--due-since",
        metavar="WHEN",
        help="exit 0 if a page has changed since WHEN (like the 'built' time in build.json), "
        "1 if not: a scheduled job then rebuilds only when needed",
    )
    schema = commands.add_parser("schema", help="write the JSON Schemas editors use to check records")
    schema.add_argument("--root", type=Path, default=Path.cwd())
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return run_check(arguments.root.resolve(), arguments.format)
        if arguments.command == "new":
            return run_new(arguments.root.resolve(), arguments.kind, arguments.name)
        if arguments.command == "next-change":
            return run_next_change(arguments.root.resolve(), arguments.due_since)
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


def run_new(root: Path, kind: str, name: str) -> int:
    try:
        made = start_record(root, kind, name, now_in_london())
    except NewRecordProblem as problem:
        print(f"hub new: {problem}", file=sys.stderr)
        return 1
    print(
        f"Created {made} from the template, dated today. It is a draft until you remove 'draft: true'.\n"
        f"Fill in the fields and the sections, put its documents beside it, then run: {command('check')}"
    )
    return 0


def _project(root: Path) -> bool:
    if (root / "mkdocs.yml").is_file():
        return True
    print(f"There is no mkdocs.yml in {root} (run the command from the hub's folder, or use --root)", file=sys.stderr)
    return False


def run_check(root: Path, output: str = "text") -> int:
    if not _project(root):
        return 2
    now = now_in_london()
    with keeping(cache_folder()):  # what earlier checks and builds worked out from the same texts and files
        hub = load_hub(root, now, workers=workers_available())  # every core (core.parallel)
    print({"text": as_text, "json": as_json}.get(output, lambda h, _: as_github(h))(hub, now))
    return 1 if hub.problems.errors else 0


def _moment(written: str) -> datetime:
    """A moment as build.json writes it (2026-11-24T10:00:00+00:00), or as officers do (2026-11-24 10:00)."""
    try:
        moment = datetime.fromisoformat(written.strip())
    except ValueError:
        return parse_when(written)[0]
    return moment if moment.tzinfo is not None else parse_when(written)[0]


def run_next_change(root: Path, due_since: str | None) -> int:
    if not _project(root):
        return 2
    now = now_in_london()
    if due_since is not None:
        since = _moment(due_since)
        hub = load_hub(root, since)
        upcoming = next_change(hub, since)
        due = upcoming is not None and upcoming.moment <= now
        print(
            f"A build is due: {upcoming.page} changed at {to_london(upcoming.moment).isoformat()}."
            if due and upcoming
            else "No build is due: nothing has changed since then."
        )
        return 0 if due else 1
    hub = load_hub(root, now)
    upcoming = next_change(hub, now)
    if upcoming is None:
        print("No page will change on its own: build again when the content changes.")
    else:
        print(f"{to_london(upcoming.moment).isoformat()} {upcoming.page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
