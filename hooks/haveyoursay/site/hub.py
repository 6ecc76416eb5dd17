"""Loading the whole hub once: the council's settings, every consultation and every decision notice.

Both kinds load the same way (``<kind>/loading.py``); then the links between
them are checked here, where both are known: a notice names the consultations
it considered, and an outcome names the notice that decided it. ``hub check``
and the build both call ``load_hub``, so officers see what the build sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..consultations.loading import load_consultations
from ..consultations.record import Consultation
from ..core.fields import did_you_mean
from ..core.problems import Problem, Problems
from ..core.records import Checking
from ..core.settings import CouncilSettings, load_settings
from ..core.source import display_path
from ..decisions.loading import load_decisions
from ..decisions.record import DecisionNotice


@dataclass
class Hub:
    """Everything the build publishes (and the drafts it does not), after checking."""

    settings: CouncilSettings | None
    consultations: list[Consultation] = field(default_factory=list)
    consultation_drafts: list[Consultation] = field(default_factory=list)
    decisions: list[DecisionNotice] = field(default_factory=list)
    decision_drafts: list[DecisionNotice] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)


def load_hub(root: Path, now: datetime, config_file: Path | None = None) -> Hub:
    """Check the settings, every consultation and every decision notice under ``root``."""
    config_file = config_file or root / "mkdocs.yml"
    settings, problems = load_settings(config_file, display_path(config_file, root))
    hub = Hub(settings=settings)
    hub.problems.extend(problems)
    checking = Checking(settings, now)
    hub.consultations, hub.consultation_drafts, problems = load_consultations(root, checking)
    hub.problems.extend(problems)
    hub.decisions, hub.decision_drafts, problems = load_decisions(root, checking)
    hub.problems.extend(problems)
    hub.problems.extend(links_between_records(hub))
    return hub


def links_between_records(hub: Hub) -> list[Problem]:
    """Each side names only published records of the other, so every link works both ways."""
    slugs = [c.slug for c in hub.consultations]
    known_slugs = set(slugs)
    references = [d.reference for d in hub.decisions]
    known_references = set(references)
    problems = []
    for notice in hub.decisions + hub.decision_drafts:
        for index, slug in enumerate(notice.record.consultations):
            if slug not in known_slugs:
                guess = did_you_mean(slug, slugs)
                problems.append(
                    notice.at.error(
                        ("consultations", index),
                        f"there is no published consultation '{slug}'",
                        f"did you mean '{guess}'?"
                        if guess
                        else "give the folder name of the consultation, like town-centre-masterplan",
                    )
                )
    for consultation in hub.consultations + hub.consultation_drafts:
        outcome = consultation.record.outcome
        if outcome is not None and outcome.decision and outcome.decision not in known_references:
            guess = did_you_mean(outcome.decision, references)
            problems.append(
                consultation.at.error(
                    ("outcome", "decision"),
                    f"there is no decision notice '{outcome.decision}'",
                    f"did you mean '{guess}'?"
                    if guess
                    else "give the reference of a notice in content/decisions/, like NDC-2026-011",
                )
            )
    return problems
