"""Records checked on every core (core.parallel): the same results in the same order as one process,
and what the other processes worked out is kept for the next run."""

from __future__ import annotations

import os

import pytest

from haveyoursay.core import parallel
from haveyoursay.core.cache import keeping, key_of, remembered
from haveyoursay.core.london import parse_when
from haveyoursay.site.hub import load_hub
from haveyoursay.site.report import as_text
from hub_testing import DEMO_NOW, ROOT


@pytest.fixture
def share_small(monkeypatch):
    monkeypatch.setattr(parallel, "SHARE_FROM", 4)


def squared_in(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_shared_work_comes_back_in_order_and_is_really_shared(share_small):
    results = parallel.each_done(list(range(40)), squared_in, workers=2)
    assert [square for square, _ in results] == [n * n for n in range(40)]
    assert len({pid for _, pid in results}) == 2, "one process did it all: nothing was shared"
    assert {pid for _, pid in parallel.each_done(list(range(40)), squared_in, workers=1)} == {os.getpid()}


def test_a_few_records_are_not_worth_sharing():
    assert {pid for _, pid in parallel.each_done(list(range(10)), squared_in, workers=2)} == {os.getpid()}


def remembered_square(number: int) -> str:
    return remembered("test", lambda: key_of("square", number), lambda: f"{number * number} in {os.getpid()}", str, str)


def test_what_the_other_processes_worked_out_is_kept_for_the_next_run(share_small, tmp_path):
    with keeping(tmp_path):
        first = parallel.each_done(list(range(40)), remembered_square, workers=2)
    assert len({text.split(" in ")[1] for text in first}) == 2
    with keeping(tmp_path):  # one process now: everything, from both, comes back as it was kept
        assert [remembered_square(n) for n in range(40)] == first


def test_the_check_says_the_same_on_one_core_or_two(share_small):
    now = parse_when(DEMO_NOW)[0]
    one, two = load_hub(ROOT, now, workers=1), load_hub(ROOT, now, workers=2)
    assert as_text(one, now) == as_text(two, now)
    assert [c.slug for c in one.consultations] == [c.slug for c in two.consultations]
    assert [str(p) for p in one.problems.errors + one.problems.warnings] == [
        str(p) for p in two.problems.errors + two.problems.warnings
    ]
