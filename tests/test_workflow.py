"""The GitHub Actions workflows, the pre-commit hook and the README's commands say the same thing.

GitHub Actions cannot run here, so these tests check what can be checked: the workflows
parse, run on the right events, test in Debian containers on Python 3.11 and 3.13 with the
README's test command, publish only main with the official Pages actions, pin every action
to a full commit SHA listed in .github/ACTION_PINS.md, and their shell scripts are valid
bash. The 15-minute schedule's decision (statuses.yml) is run for real, with stand-ins for
`gh` and `curl`, in every case it has to tell apart.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hub_testing import REPO, ROOT, copy_project

WORKFLOWS = REPO / ".github" / "workflows"
PINS = REPO / ".github" / "ACTION_PINS.md"
README = REPO / "README.md"
EVERY_15_MINUTES = "*/15 * * * *"
HEAD = "a" * 40
LIVE = "b" * 40


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    """The `on:` block (YAML 1.1 reads the bare key `on` as True)."""
    found = workflow.get("on", workflow.get(True))
    return {name: {} for name in found} if isinstance(found, list) else found


def step(job: dict, uses: str) -> dict:
    matches = [s for s in job["steps"] if s.get("uses", "").split("@")[0] == uses]
    assert len(matches) == 1, f"expected one step using {uses}"
    return matches[0]


def all_steps():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job_name, job in load(path.name)["jobs"].items():
            for number, each in enumerate(job.get("steps", [])):
                yield path.name, job_name, number, each


# -- Triggers and jobs ------------------------------------------------------------------------------


def test_the_workflows_are_ci_statuses_and_the_publishing_they_share():
    assert sorted(path.name for path in WORKFLOWS.glob("*.y*ml")) == ["ci.yml", "publish.yml", "statuses.yml"]
    assert set(triggers(load("ci.yml"))) == {"push", "pull_request", "workflow_dispatch"}
    assert set(triggers(load("statuses.yml"))) == {"schedule", "workflow_dispatch"}
    assert set(triggers(load("publish.yml"))) == {"workflow_call"}
    crons = [entry["cron"] for entry in triggers(load("statuses.yml"))["schedule"]]
    assert EVERY_15_MINUTES in crons
    assert set(load("ci.yml")["jobs"]) == {"test", "publish", "schedule"}
    assert set(load("statuses.yml")["jobs"]) == {"due", "publish", "late", "keep-alive"}
    assert set(load("publish.yml")["jobs"]) == {"build", "deploy"}


def test_every_push_and_pull_request_runs_the_readme_test_command_in_debian_on_3_11_and_3_13():
    job = load("ci.yml")["jobs"]["test"]
    legs = job["strategy"]["matrix"]["include"]
    assert {(leg["image"], leg["python"]) for leg in legs} >= {("debian:12", "3.11"), ("debian:13", "3.13")}
    assert job["strategy"]["fail-fast"] is False
    assert job["container"]["image"] == "${{ matrix.image }}"
    assert job["name"].startswith("Test on "), "statuses.yml finds these checks by this name"
    runs = [s.get("run", "").strip() for s in job["steps"]]
    assert "bash .ci/run" in runs
    assert "bash .ci/setup" in runs
    # The step proving which Python the tests ran on compares it with the matrix.
    assert any("sys.version_info" in r and "$WANT" in r for r in runs)
    annotate = [s for s in job["steps"] if s.get("run", "").strip() == ".venv/bin/hub check --format github"]
    assert len(annotate) == 1 and annotate[0]["if"] == "matrix.annotate"
    assert [leg["python"] for leg in legs if leg["annotate"]] == ["3.11"], "annotations once, not once per leg"


def test_containers_get_git_and_python_before_the_checkout_and_trust_it_after():
    for name in ("ci.yml", "publish.yml"):
        for job in load(name)["jobs"].values():
            if "container" not in job:
                continue
            steps = job["steps"]
            checkout = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/checkout@"))
            before = " ".join(s.get("run", "") for s in steps[:checkout])
            assert "apt-get install" in before and "git" in before and "python3" in before
            assert "safe.directory" in steps[checkout + 1]["run"]
    assert load("publish.yml")["jobs"]["build"]["container"] == "debian:12"


def test_only_main_is_published_with_the_official_pages_actions_and_kept_as_an_artefact():
    publish = load("publish.yml")["jobs"]
    build, deploy = publish["build"], publish["deploy"]
    assert "bash .ci/setup" in [s.get("run", "").strip() for s in build["steps"]]
    assert ".venv/bin/hub check" in [s.get("run", "").strip() for s in build["steps"]]
    artefact = step(build, "actions/upload-artifact")
    assert artefact["with"]["path"] == "site/" and artefact["with"]["if-no-files-found"] == "error"
    pages = step(build, "actions/upload-pages-artifact")
    assert pages["with"]["path"] == "site/" and "refs/heads/main" in pages["if"]
    step(deploy, "actions/deploy-pages")
    assert "refs/heads/main" in deploy["if"] and deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert build["permissions"] == {"contents": "read"}

    for name, needs in (("ci.yml", "test"), ("statuses.yml", "due")):
        caller = load(name)["jobs"]["publish"]
        assert caller["uses"] == "./.github/workflows/publish.yml"
        assert caller["needs"] == needs and "refs/heads/main" in caller["if"]
        assert caller["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert "pull_request" in load("ci.yml")["jobs"]["publish"]["if"]
    for name in ("ci.yml", "statuses.yml", "publish.yml"):
        assert load(name)["permissions"] in ({}, {"contents": "read"}), "write access is granted job by job"


def test_the_keep_alive_runs_on_its_own_schedule_and_a_push_turns_the_schedule_back_on():
    statuses = load("statuses.yml")
    crons = [entry["cron"] for entry in triggers(statuses)["schedule"]]
    keep_alive = statuses["jobs"]["keep-alive"]
    weekly = re.search(r"github\.event\.schedule == '([^']+)'", keep_alive["if"]).group(1)
    assert weekly in crons and weekly != EVERY_15_MINUTES
    assert keep_alive["permissions"] == {"actions": "write"}
    assert "/enable" in keep_alive["steps"][0]["run"]
    schedule = load("ci.yml")["jobs"]["schedule"]
    assert schedule["permissions"] == {"actions": "write"}
    assert "actions/workflows/statuses.yml" in schedule["steps"][0]["run"]
    assert "disabled_inactivity" in schedule["steps"][0]["run"]


# -- Pins -------------------------------------------------------------------------------------------

USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40})$")


def pins_table() -> dict[str, tuple[str, str]]:
    """ACTION_PINS.md's rows: action -> (tag, sha)."""
    rows = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"[0-9a-f]{40}", cells[2]):
            rows[cells[0].split()[0]] = (cells[1], cells[2])
    return rows


def test_every_action_is_pinned_to_a_full_sha_with_its_tag_as_listed_in_action_pins():
    table = pins_table()
    seen = []
    for path in [*sorted(WORKFLOWS.glob("*.yml")), README]:  # the README shows a job to copy
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = USES.match(line)
            if not match or line.lstrip().startswith("#"):
                continue
            target, rest = match.group(1), match.group(2)
            where = f"{path.name}:{number}"
            if target.startswith("./"):
                assert (ROOT / target).is_file(), where
                continue
            pinned = PINNED.match(target)
            assert pinned, f"{where}: {target} is not pinned to a full 40-character commit SHA"
            tag = re.fullmatch(r"\s+# (v\d+\.\d+\.\d+)\s*", rest)
            assert tag, f"{where}: the pin needs its release tag in a comment, like  # v7.0.1"
            action = pinned.group("action")
            assert action in table, f"{where}: {action} is not in .github/ACTION_PINS.md"
            assert table[action] == (tag.group(1), pinned.group("sha")), f"{where}: not the pin ACTION_PINS.md lists"
            seen.append(action)
    assert {"actions/checkout", "actions/upload-artifact", "actions/upload-pages-artifact"} <= set(seen)
    assert {"actions/deploy-pages", "actions/setup-python", "actions/cache", "actions/download-artifact"} <= set(seen)


def test_every_run_script_is_valid_bash():
    for name, job, number, each in all_steps():
        if "run" not in each:
            continue
        script = re.sub(r"\$\{\{.*?\}\}", "X", each["run"])
        result = subprocess.run(["bash", "-n"], input=script, capture_output=True, text=True)
        assert result.returncode == 0, f"{name} {job} step {number + 1}: {result.stderr}"


# -- The README's commands, .ci/run and pre-commit --------------------------------------------------


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else None]


def test_the_readme_two_commands_are_what_ci_runs():
    blocks = re.findall(r"```sh\n(.*?)\n```", readme_section("Two commands"), re.S)
    assert len(blocks) == 2
    setup_and_serve, test_command = (block.strip() for block in blocks)
    assert setup_and_serve.startswith("bash .ci/setup && ")
    assert test_command == "bash .ci/setup && .venv/bin/python -m pytest"
    run_lines = [line for line in (REPO / ".ci" / "run").read_text().splitlines() if line and line[0] != "#"]
    assert run_lines[-1] == test_command


def test_the_readme_says_how_many_steps_take_a_fork_to_a_published_hub():
    text = README.read_text(encoding="utf-8")
    assert text.index("\n## Two commands\n") < text.index("\n## From a fork to a published hub\n")
    section = readme_section("From a fork to a published hub")
    body = section.split("\n", 2)[2].lstrip()
    first_sentence = body.split(". ", 1)[0]
    numbers = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    said = re.search(r"\b(\d+|" + "|".join(numbers) + r") steps\b", first_sentence)
    assert said, f"the first sentence should say how many steps: {first_sentence!r}"
    count = int(said.group(1)) if said.group(1).isdigit() else numbers[said.group(1)]
    steps = re.findall(r"^(\d+)\. ", section, re.M)
    assert [int(n) for n in steps] == list(range(1, count + 1))
    for needed in ("HUB_SITE_URL", "GitHub Actions", "base_url", "hub-site", "rsync"):
        assert needed in section


def test_pre_commit_runs_hub_check_when_a_record_or_the_settings_change():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    [hook] = repo["hooks"]
    assert repo["repo"] == "local"
    assert hook["entry"] == ".venv/bin/hub check" and hook["language"] == "system"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in ("consultations/library-opening-hours/index.md", "content/decisions/NDC-2026-011/a.pdf", "mkdocs.yml"):
        assert files.search(path), path
    for path in ("hooks/haveyoursay/cli.py", "README.md", "tests/test_cli.py", "old-mkdocs.yml"):
        assert not files.search(path), path
    assert "pre-commit install" in README.read_text(encoding="utf-8")


# -- The 15-minute decision, run for real -----------------------------------------------------------


def script(workflow: str, job: str, step_id: str) -> str:
    [found] = [s for s in load(workflow)["jobs"][job]["steps"] if s.get("id") == step_id]
    return found["run"]


FAKE_GH = """#!/bin/sh
# gh api PATH [--jq ...]: the Pages address or the check runs, as the test set them.
case "$2" in
  */pages) [ -n "$FAKE_PAGES_URL" ] && echo "$FAKE_PAGES_URL" || { echo "HTTP 404" >&2; exit 1; } ;;
  */check-runs*) [ -f "$FAKE_CHECKS" ] && cat "$FAKE_CHECKS" || exit 1 ;;
  *) exit 1 ;;
esac
"""
FAKE_CURL = """#!/bin/sh
# curl ... URL: the live build.json as the test set it, or HTTP 404.
for last; do :; done
echo "$last" >>"$CURL_LOG"
[ -f "$FAKE_BUILD_JSON" ] && cat "$FAKE_BUILD_JSON" || { echo "curl: (22) 404" >&2; exit 22; }
"""


class Decision:
    """Run statuses.yml's `live` step with a live build.json and the head commit's checks."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        for name, text in (("gh", FAKE_GH), ("curl", FAKE_CURL)):
            (bin_dir / name).write_text(text)
            (bin_dir / name).chmod(0o755)
        (bin_dir / "python3").symlink_to(sys.executable)
        self.env = {
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "GITHUB_REPOSITORY": "council/hub",
            "GITHUB_RUN_ID": "7",
            "HEAD_SHA": HEAD,
            "HUB_SITE_URL": "https://haveyoursay.council.example",
            "LATE_HOURS": "3",
            "CURL_LOG": str(tmp_path / "curl.log"),
            "FAKE_BUILD_JSON": str(tmp_path / "build.json"),
            "FAKE_CHECKS": str(tmp_path / "checks.json"),
            "FAKE_PAGES_URL": "",
        }

    def live(self, commit: str = LIVE, next_change: str = "2099-01-01T00:00:00+00:00", text: str = "") -> None:
        data = {"built": "2026-11-24T10:00:00+00:00", "commit": commit, "next_change": next_change}
        (self.tmp / "build.json").write_text(text or json.dumps({**data, "next_change_page": "consultations/x/"}))

    def checks(self, *runs: tuple[str, str, str | None]) -> None:
        check_runs = [{"name": n, "status": s, "conclusion": c} for n, s, c in runs]
        (self.tmp / "checks.json").write_text(json.dumps({"total_count": len(runs), "check_runs": check_runs}))

    def run(self, **env: str) -> tuple[int, dict[str, str], str]:
        output = self.tmp / "output"
        output.write_text("")
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script("statuses.yml", "due", "live")],
            env={**self.env, **env, "GITHUB_OUTPUT": str(output)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
        return result.returncode, outputs, result.stdout + result.stderr


PASSED = (("Test on Python 3.11 (debian:12)", "completed", "success"), ("Test on Python 3.13", "completed", "success"))
FAILED = (("Test on Python 3.11 (debian:12)", "completed", "success"), ("Test on Python 3.13", "completed", "failure"))
PENDING = (("Test on Python 3.11 (debian:12)", "in_progress", None), ("Publish / Deploy", "completed", "success"))


@pytest.fixture
def decision(tmp_path) -> Decision:
    return Decision(tmp_path)


def test_same_commit_asks_hub_next_change(decision):
    decision.live(commit=HEAD)
    status, outputs, log = decision.run()
    assert status == 0, log
    assert outputs == {"decided": "false", "ref": HEAD, "built": "2026-11-24T10:00:00+00:00"}
    assert (decision.tmp / "curl.log").read_text().strip() == "https://haveyoursay.council.example/build.json?run=7"


def test_new_commit_whose_tests_passed_is_published(decision):
    decision.live()
    decision.checks(*PASSED)
    status, outputs, log = decision.run()
    assert status == 0, log
    assert (outputs["decided"], outputs["build"], outputs["ref"]) == ("true", "true", HEAD)
    assert "the content changed" in outputs["reason"]


@pytest.mark.parametrize("checks", [FAILED, PENDING, ()], ids=["failed", "pending", "no tests"])
def test_new_commit_not_yet_tested_keeps_the_live_commit_up_to_date(decision, checks):
    decision.live()
    decision.checks(*checks)
    status, outputs, log = decision.run()
    assert status == 0, log
    assert outputs == {"decided": "false", "ref": LIVE, "built": "2026-11-24T10:00:00+00:00"}
    assert "Newest commit not published yet" in log


@pytest.mark.parametrize("body", ["", "<html>Not found</html>", '{"version": "0.1.0"}'], ids=["404", "html", "empty"])
def test_no_readable_build_json_publishes_the_newest_tested_commit(decision, body):
    if body:
        decision.live(text=body)
    decision.checks(*PASSED)
    status, outputs, log = decision.run()
    assert status == 0, log
    assert (outputs["build"], outputs["ref"]) == ("true", HEAD)
    assert "could not be read" in log


def test_no_build_json_waits_for_running_tests_and_fails_loudly_on_failed_ones(decision):
    decision.checks(*PENDING)
    status, outputs, log = decision.run()
    assert status == 0 and outputs["build"] == "false", log
    decision.checks(*FAILED)
    status, outputs, log = decision.run()
    assert status == 1 and "::error title=Nothing can be published::" in log


def test_the_pages_address_is_asked_for_unless_hub_site_url_is_set(decision):
    decision.live(commit=HEAD)
    status, _, log = decision.run(HUB_SITE_URL="", FAKE_PAGES_URL="https://council.github.io/hub/")
    assert status == 0, log
    assert (decision.tmp / "curl.log").read_text().strip() == "https://council.github.io/hub/build.json?run=7"
    status, _, log = decision.run(HUB_SITE_URL="", FAKE_PAGES_URL="")
    assert status == 1 and "HUB_SITE_URL" in log and "::error" in log


def test_statuses_late_by_more_than_three_hours_are_reported(decision):
    decision.live(commit=HEAD, next_change="2026-01-01T09:00:00+00:00")
    status, outputs, log = decision.run()
    assert status == 0, log
    assert "more than 3 hours late" in outputs["late"]
    assert outputs["late"].startswith("consultations/x/ should have changed at 2026-01-01T09:00:00+00:00")
    decision.live(commit=HEAD)
    assert "late" not in decision.run()[1]


def test_hub_next_change_decides_whether_the_live_commit_is_rebuilt(tmp_path):
    project = copy_project(tmp_path / "hub")
    (project / ".venv").symlink_to(sys.prefix)
    run = script("statuses.yml", "due", "next")

    def decide(now: str) -> dict[str, str]:
        output = tmp_path / "output"
        output.write_text("")
        env = {**os.environ, "HUB_NOW": now, "BUILT": "2026-11-24T10:00:00+00:00", "GITHUB_OUTPUT": str(output)}
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", run], cwd=project, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return dict(line.split("=", 1) for line in output.read_text().splitlines())

    # Built at 10:00 on 24 November 2026; the demo's next change is at midnight.
    assert decide("2026-11-24T23:45")["build"] == "false"
    assert decide("2026-11-25T00:15")["build"] == "true"


def test_publishing_keeps_the_checks_results_between_runs_outside_the_checkout():
    """Each scheduled rebuild restores what the last one worked out (core.cache), from a folder the
    checkout cannot reach, and `hub check` and the build both read it through HUB_CACHE."""
    build = load("publish.yml")["jobs"]["build"]
    kept = build["env"]["HUB_CACHE"]
    assert kept.startswith("/github/home/") and "GITHUB_WORKSPACE" not in kept
    steps = build["steps"]
    (cache,) = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert cache["with"]["path"] == "${{ env.HUB_CACHE }}" and cache["with"]["restore-keys"] == "hub-results-"
    order = [s.get("name", s.get("uses", "")) for s in steps]
    check = next(i for i, s in enumerate(steps) if s.get("run", "").strip() == ".venv/bin/hub check")
    assert order.index(cache["name"]) < check
