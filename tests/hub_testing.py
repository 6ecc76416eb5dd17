"""Helpers the tests share: building a hub with the real mkdocs, copying the project, reading text."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
DEMO_NOW = "2026-11-24T10:00"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def run_mkdocs(project: Path, site_dir: Path, now: str = DEMO_NOW, extra_env: dict | None = None,
               check: bool = True) -> subprocess.CompletedProcess:
    """Build a hub project with the real mkdocs, as the web team's CI does."""
    env = {**os.environ, "HUB_NOW": now, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    result = subprocess.run([*MKDOCS, "build", "--site-dir", str(site_dir)], cwd=project, env=env,
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return result


def copy_project(destination: Path, with_consultations: bool = True) -> Path:
    """A throwaway copy of the hub (settings, templates, content) to build or break."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "hooks", "overrides", "content"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    if with_consultations:
        shutil.copytree(ROOT / "consultations", destination / "consultations")
    else:
        (destination / "consultations").mkdir()
        # The demo's decision notices point at demo consultations; an empty hub has neither.
        shutil.rmtree(destination / "content" / "decisions", ignore_errors=True)
    return destination


def text_of(node) -> str:
    return " ".join(node.text(separator=" ").split()) if node is not None else ""
