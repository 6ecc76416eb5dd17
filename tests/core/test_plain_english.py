"""Plain English, checked offline: reading age, long sentences, words with plainer alternatives."""

from __future__ import annotations

import re
import subprocess
import sys

from haveyoursay.core.plain_english import JARGON, findings, reading_age
from hub_testing import DEMO


def test_the_reading_age_is_the_flesch_kincaid_grade_plus_five():
    assert reading_age("The cat sat on the mat. It was fun.") < 6
    hard = (
        "The council's comprehensive infrastructure investment programme necessitates substantial "
        "reconfiguration of operational responsibilities across directorates."
    )
    assert reading_age(hard) > 18


def test_a_summary_above_the_target_reading_age_is_found():
    hard = "We propose the rationalisation of accommodation arrangements to facilitate operational efficiency."
    problems = [f.problem for f in findings(hard, jargon=JARGON, target_age=9)]
    assert problems[0].startswith("the reading age is ") and problems[0].endswith(", above 9")
    assert "'facilitate' may not be plain English" in problems


def test_a_sentence_over_25_words_is_found_with_its_line():
    text = "Short line.\n" + " ".join(["word"] * 26) + ".\nAnother short one."
    (long,) = [f for f in findings(text, jargon={}, longest=25)]
    assert long.line_offset == 1
    assert long.problem.startswith("a sentence has 26 words, more than 25")


def test_words_from_the_jargon_list_get_a_plainer_alternative():
    (found,) = list(findings("We will utilise the hall.", jargon={"utilise": "use"}))
    assert (found.problem, found.hint) == ("'utilise' may not be plain English", "try 'use'")
    assert list(findings("We use the hall.", jargon={"utilise": "use"})) == []


def test_link_addresses_and_markup_are_not_read_as_words():
    text = "See [the plan](https://example.org/utilise-facilitate-commence-optimise)."
    assert list(findings(text, jargon=JARGON)) == []


def test_every_demo_summary_has_a_reading_age_of_9_or_less():
    summaries = {}
    for record in sorted([*DEMO.glob("consultations/[!_]*/index.md"), *DEMO.glob("content/decisions/[!_]*/index.md")]):
        front = record.read_text(encoding="utf-8").split("---")[1]
        found = re.search(r"^summary: >-\n((?:  .*\n)+)", front, re.M)
        summaries[record.parent.name] = " ".join(found.group(1).split())
    assert len(summaries) == 26
    assert {name: reading_age(text) for name, text in summaries.items() if reading_age(text) > 9} == {}


def test_the_reading_age_needs_no_download(tmp_path):
    """scireadability's dictionary ships with it: works with no network and an empty home folder."""
    script = "import scireadability; print(scireadability.flesch_kincaid_grade('The cat sat on the mat.'))"
    env = {
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "NO_PROXY": "*",
        "http_proxy": "http://0.0.0.0:9",
        "https_proxy": "http://0.0.0.0:9",
    }
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    float(result.stdout)
