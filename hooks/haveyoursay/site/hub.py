"""Loading the whole hub once: the council's settings, every consultation and every decision notice.

Both kinds load the same way (``<kind>/loading.py``); then the links between
them are checked here, where both are known: a notice names the consultations
it considered, and an outcome names the notice that decided it. ``hub check``
and the build both call ``load_hub``, so officers see what the build sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from ..consultations.loading import load_consultations
from ..consultations.record import FOLDER as CONSULTATIONS
from ..consultations.record import Consultation
from ..core.fields import did_you_mean
from ..core.problems import Locator, Problem, Problems
from ..core.records import Checking, record_folders
from ..core.settings import CouncilSettings, read_settings
from ..core.source import display_path
from ..decisions.loading import load_decisions
from ..decisions.record import EXEMPT_INFORMATION_LAW, DecisionNotice
from ..decisions.record import FOLDER as DECISIONS
from .content import content_problems
from .maps.loading import Boundaries, read_boundaries
from .postcodes.loading import Postcodes, read_postcodes


@dataclass
class Hub:
    """Everything the build publishes (and the drafts it does not), after checking."""

    settings: CouncilSettings | None
    consultations: list[Consultation] = field(default_factory=list)
    consultation_drafts: list[Consultation] = field(default_factory=list)
    decisions: list[DecisionNotice] = field(default_factory=list)
    decision_drafts: list[DecisionNotice] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    settings_at: Locator | None = None
    postcodes: Postcodes | None = None
    """The council's postcodes and their wards (content/postcodes.csv), if it has the file."""
    boundaries: Boundaries | None = None
    """The council's ward boundaries, for the maps (content/wards.geojson), if it has the file."""


def load_hub(
    root: Path, now: datetime, config_file: Path | None = None, *, advice: bool = True, workers: int = 1
) -> Hub:
    """Check the settings, every consultation and every decision notice under ``root``.

    Without ``advice`` (a build) the same errors and warnings are found, but not the advice on
    plain English, which only officers running `hub check` act on. ``workers``: how many processes
    share the records out (core.parallel)."""
    config_file = config_file or root / "mkdocs.yml"
    settings, problems, settings_at = read_settings(config_file, display_path(config_file, root))
    hub = Hub(settings=settings, settings_at=settings_at)
    hub.problems.extend(problems)
    checking = Checking(settings, now, advice, workers)
    hub.consultations, hub.consultation_drafts, problems = load_consultations(root, checking)
    hub.problems.extend(problems)
    hub.decisions, hub.decision_drafts, problems = load_decisions(root, checking)
    hub.problems.extend(problems)
    hub.problems.extend(links_between_records(hub, root))
    hub.problems.extend(nation_note(hub))
    hub.problems.extend(content_problems(root))
    hub.postcodes, problems = read_postcodes(root, settings)
    hub.problems.extend(problems)
    hub.boundaries, problems = read_boundaries(root, settings)
    hub.problems.extend(problems)
    return hub


def links_between_records(hub: Hub, root: Path | None = None) -> list[Problem]:
    """Each side names only published records of the other, so every link works both ways."""
    consultations = _Named(
        "consultation",
        [c.slug for c in hub.consultations],
        [c.slug for c in hub.consultation_drafts],
        [f.name for f in record_folders(root / CONSULTATIONS)] if root else [],
        "give the folder name of the consultation, like town-centre-masterplan",
        f"{CONSULTATIONS}/{{}}/index.md",
    )
    decisions = _Named(
        "decision notice",
        [d.reference for d in hub.decisions],
        [d.reference for d in hub.decision_drafts],
        [f.name for f in record_folders(root / DECISIONS)] if root else [],
        f"give the reference of a notice in {DECISIONS}/, like NDC-2026-011",
        f"{DECISIONS}/{{}}/index.md",
    )
    problems = []
    for notice in hub.decisions + hub.decision_drafts:
        for index, slug in enumerate(notice.record.consultations):
            problem = consultations.problem(slug)
            if problem is not None:
                problems.append(
                    replace(notice.at.error(("consultations", index), *problem), in_draft=notice.record.draft)
                )
    for consultation in hub.consultations + hub.consultation_drafts:
        outcome = consultation.record.outcome
        if outcome is not None and outcome.decision:
            problem = decisions.problem(outcome.decision)
            if problem is not None:
                problems.append(
                    replace(
                        consultation.at.error(("outcome", "decision"), *problem), in_draft=consultation.record.draft
                    )
                )
    return problems


@dataclass(frozen=True)
class _Named:
    """The records of one kind another record may name: published, drafts, and folders that did not load."""

    kind: str
    published: list[str]
    drafts: list[str]
    folders: list[str]
    example: str
    path: str

    def problem(self, name: str) -> tuple[str, str] | None:
        if name in self.published:
            return None
        if name in self.drafts:
            return (
                f"the {self.kind} '{name}' is a draft, so it is not published",
                "publish it first (remove draft: true), or leave it out until it is published",
            )
        if name in self.folders:
            return (
                f"the {self.kind} '{name}' has problems of its own, so it is not published",
                f"fix the problems reported for {self.path.format(name)} first",
            )
        guess = did_you_mean(name, self.published)
        article = "no published" if self.kind == "consultation" else "no"
        return f"there is {article} {self.kind} '{name}'", f"did you mean '{guess}'?" if guess else self.example


def nation_note(hub: Hub) -> list[Problem]:
    """The notice rules are England's: elsewhere the check says once which are not applied, not silently."""
    settings = hub.settings
    at = hub.settings_at
    if settings is None or at is None or settings.nation == "england" or not (hub.decisions or hub.decision_drafts):
        return []
    name = {"wales": "Wales", "scotland": "Scotland", "northern-ireland": "Northern Ireland"}[settings.nation]
    return [
        at.warning(
            ("extra", "council", "nation"),
            f"the check applies England's rules on notice of key decisions (28 clear days, the general "
            f"exception and special urgency); they are not applied in {name}",
            f"check notices against the regulations for {name}; exempt information is checked against "
            f"{EXEMPT_INFORMATION_LAW[settings.nation].schedule}",
        )
    ]
