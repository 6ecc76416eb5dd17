"""What one record costs the build does not depend on how many others there are.

A shape test, not a timed one (issue 12). The benchmark's generator writes hubs of
10 and 30 consultations in which record number i is the same in both. A real
MkDocs build of each runs in this process (keeping results off, as on a new
machine), counting for each record how many times its files are opened, its YAML
parsed, its Markdown converted to HTML and its pages rendered. Every record of
the smaller hub must cost exactly the same in the larger one: a page that looked
at every record, or a record converted once per list it appears on, would show up
as a count that grows.
"""

from __future__ import annotations

import builtins
import io
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

import benchmark
from haveyoursay.core import body, source
from hub_testing import DEMO_NOW

SMALL, LARGE = 10, 30
KINDS = ("opened", "parsed", "converted", "rendered")


def make_hub(folder: Path, size: int) -> Path:
    wards, topics = benchmark.council_lists()
    folder.mkdir()
    benchmark.make_project(folder, size, 2026, benchmark.sample_pdf(), wards, topics)
    settings = folder / "mkdocs.yml"  # Pagefind reads the built site, not records: leave it out of this count
    settings.write_text(settings.read_text(encoding="utf-8").replace("extra:\n", "extra:\n  search: false\n", 1))
    return folder


class Costs:
    """Counts, per record folder, of each kind of work done for it."""

    def __init__(self, project: Path):
        self.project = project.resolve()
        self.kinds = (self.project / "consultations", self.project / "content" / "decisions")
        self.folders = sorted(f for k in self.kinds for f in k.iterdir() if f.is_dir() and not f.name.startswith("_"))
        self.texts = {f: " ".join((f / "index.md").read_text(encoding="utf-8").split()) for f in self.folders}
        self.counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
        self.converted_texts: Counter[str] = Counter()

    def count_conversions(self, holders: Costs) -> None:
        """Each converted text counted for the one record of ``holders`` (the larger hub) that holds it: a
        sentence many generated records share says nothing about any one of them."""
        for text, times in self.converted_texts.items():
            holding = holders.records_holding(text)
            if len(holding) == 1:
                self.counts["converted"][holding[0]] += times

    def record_of(self, path: Any) -> str | None:
        if not isinstance(path, (str, os.PathLike)):
            return None
        real = Path(os.path.realpath(os.fspath(path)))
        for kind in self.kinds:  # a file inside kind/<record>/ belongs to <record>
            if real.is_relative_to(kind) and len(real.relative_to(kind).parts) > 1:
                return real.relative_to(kind).parts[0]
        return None

    def records_holding(self, text: str) -> list[str]:
        needle = " ".join(text.split())[:300]  # YAML folds long lines: compare words, not line breaks
        return [f.name for f, whole in self.texts.items() if needle and needle in whole]


def built_with_costs(project: Path, monkeypatch: pytest.MonkeyPatch) -> Costs:
    costs = Costs(project)
    real_open, real_parse, real_convert = io.open, source._parse, body._converted
    real_build_page = mkdocs_build._build_page

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        name = costs.record_of(file)
        if name:
            costs.counts["opened"][f"{name}/{Path(os.fspath(file)).name}"] += 1
        return real_open(file, *args, **kwargs)

    def counting_parse(text: str, path: str, *args: Any) -> Any:
        name = costs.record_of(project / path)
        if name:
            costs.counts["parsed"][name] += 1
        return real_parse(text, path, *args)

    def counting_convert(text: str, lowest_heading: int) -> str:
        costs.converted_texts[text] += 1
        return real_convert(text, lowest_heading)

    def counting_build_page(page: Any, *args: Any, **kwargs: Any) -> Any:
        uri = page.file.src_uri
        for folder in costs.folders:
            if f"/{folder.name}/" in f"/{uri}":
                costs.counts["rendered"][folder.name] += 1
        return real_build_page(page, *args, **kwargs)

    monkeypatch.setenv("HUB_CACHE", "off")
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    monkeypatch.chdir(project)
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(source, "_parse", counting_parse)
    monkeypatch.setattr(body, "_converted", counting_convert)
    monkeypatch.setattr(mkdocs_build, "_build_page", counting_build_page)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    mkdocs_build.build(config)
    monkeypatch.undo()
    assert (project / "site" / "index.html").is_file()
    return costs


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory) -> tuple[Costs, Costs]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        small = built_with_costs(make_hub(tmp_path_factory.mktemp("costs") / "small", SMALL), monkeypatch)
    with pytest.MonkeyPatch.context() as monkeypatch:
        large = built_with_costs(make_hub(tmp_path_factory.mktemp("costs") / "large", LARGE), monkeypatch)
    small.count_conversions(large)
    large.count_conversions(large)
    return small, large


@pytest.mark.parametrize("kind", KINDS)
def test_each_record_costs_the_same_whatever_the_number_of_records(small_and_large, kind):
    small, large = small_and_large
    assert sum(small.counts[kind].values()) > 0, f"nothing {kind} was counted: the test would prove nothing"
    shared = set(small.counts[kind])
    assert {k: large.counts[kind][k] for k in shared} == dict(small.counts[kind])


def test_each_record_is_parsed_once_and_each_page_rendered_once(small_and_large):
    small, large = small_and_large
    for costs in (small, large):
        assert set(costs.counts["parsed"].values()) == {1}, costs.counts["parsed"]
        # a document is opened to hash it (core.cache), to read its facts, and to copy it to the site
        assert max(costs.counts["opened"].values()) <= 3, costs.counts["opened"].most_common(3)


def test_the_counting_would_see_a_record_read_once_per_record():
    """A control: work that reads every record for each record grows with the hub, and the counts show it."""
    counts = []
    for size in (2, 4):
        seen: Counter[str] = Counter()
        for _ in range(size):
            for record in range(size):
                seen[f"record-{record}"] += 1
        counts.append(seen["record-0"])
    assert counts[0] != counts[1]
