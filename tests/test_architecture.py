"""The shape of the code, held by tests: layers, mirrored halves, small modules, linters.

The domain and views never import MkDocs, so moving engine means rewriting
only ``hooks/mkdocs_hub.py``; consultations and decision notices are built the
same way, module for module; ruff and mypy stay clean (run here, so the
README's one test command runs them too).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from hub_testing import REPO

PACKAGE = REPO / "hooks" / "haveyoursay"
HALVES = ("consultations", "decisions")
MIRRORED = {"__init__.py", "record.py", "loading.py", "rules.py", "status.py", "wording.py", "pages.py", "lists.py"}


def package_modules() -> list[str]:
    return sorted(
        "haveyoursay." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
    )


def test_no_module_but_the_adapter_imports_mkdocs_or_material():
    script = (
        "import importlib, json, sys\n"
        f"for name in {package_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO / "hooks"), "PATH": ""},
    )
    assert json.loads(result.stdout) == []


def test_the_guard_would_see_an_import_of_mkdocs():
    """The check above is not vacuous: importing the adapter does load MkDocs."""
    script = "import sys; sys.path.insert(0, 'hooks'); import mkdocs_hub; print('mkdocs' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "True"


def test_consultations_and_decisions_are_two_mirrored_halves():
    for half in HALVES:
        assert {p.name for p in (PACKAGE / half).glob("*.py")} == MIRRORED, half


def test_each_half_imports_only_the_shared_core_and_site_components_never_the_other_half():
    for half, other in (HALVES, HALVES[::-1]):
        for module in (PACKAGE / half).glob("*.py"):
            imported = {
                node.module or ""
                for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom)
            }
            assert not [name for name in imported if name.lstrip(".").startswith(other)], module


def test_each_named_rule_says_where_it_comes_from_or_why():
    from haveyoursay.consultations import rules as consultation_rules
    from haveyoursay.decisions import rules as decision_rules

    for rules in (consultation_rules, decision_rules):
        for rule in rules.RULES:
            assert rule.__doc__, f"{rules.__name__}.{rule.__name__} does not say where the rule comes from"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_is_over_about_400_lines_and_no_class_over_about_150(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 420
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            assert (node.end_lineno or 0) - node.lineno < 160, f"{path.name}: class {node.name}"


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True)


def test_ruff_finds_nothing_to_lint():
    result = run("ruff", "check", "hooks", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing_to_reformat():
    result = run("ruff", "format", "--check", "hooks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_no_type_errors():
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
