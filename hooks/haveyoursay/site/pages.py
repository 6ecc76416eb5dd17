"""Every page and file the site publishes, listed once for the adapter.

The adapter (``hooks/mkdocs_hub.py``) adds what is listed here to the build
and nothing else: a page for each published consultation and decision notice,
every list and browse page, and the files each published record names. A
draft is not listed, so it publishes nothing, page or file. Page models are
made only when MkDocs renders their page, each from indexes built once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from ..consultations import lists as consultation_lists
from ..consultations import pages as consultation_pages
from ..consultations.pages import INDEX_PATHS, PublishedConsultations, event_file_name
from ..consultations.record import FOLDER as CONSULTATIONS_FOLDER
from ..consultations.record import Consultation
from ..core.files import link_on_the_way
from ..core.settings import CouncilSettings
from ..decisions import lists as decision_lists
from ..decisions import pages as decision_pages
from ..decisions.pages import PublishedDecisions
from ..decisions.record import URL as DECISIONS_URL
from ..decisions.record import DecisionNotice
from . import wording
from .calendars import event_calendar
from .components import Alternate, FooterView, PageHead, mailto, tel
from .hub import Hub
from .indexes import Indexes, build_indexes
from .structured_data import consultation_head, decision_head

HOME = "index.md"
"""The hand-written home page; its model (the lists on it) comes from here."""


@dataclass(frozen=True)
class PageToBuild:
    """A page the hub adds: where it goes (as a source path), its title, template and page model."""

    src_uri: str
    title: str
    template: str
    model: Callable[[], object]


@dataclass(frozen=True)
class FileToPublish:
    """A file a published record names, copied from inside its folder to the same place on the site."""

    site_path: str
    source: Path


@dataclass(frozen=True)
class GeneratedFile:
    site_path: str
    content: bytes


@dataclass
class SitePlan:
    """What the adapter adds to the build, and the page model of every page that has one."""

    pages: list[PageToBuild] = field(default_factory=list)
    files: list[FileToPublish] = field(default_factory=list)
    generated: list[GeneratedFile] = field(default_factory=list)
    models: dict[str, Callable[[], object]] = field(default_factory=dict)
    heads: dict[str, PageHead] = field(default_factory=dict)
    alternates: list[Alternate] = field(default_factory=list)
    """Feeds and calendars of the whole site, linked from every page's head."""

    def page(
        self, src_uri: str, title: str, template: str, model: Callable[[], object], head: PageHead | None = None
    ) -> None:
        self.pages.append(PageToBuild(src_uri, title, template, model))
        self.models[src_uri] = model
        if head is not None:
            self.heads[src_uri] = head


def plan_site(hub: Hub, now: datetime, base_url: str) -> SitePlan:
    """Everything the published site holds at ``now``, from a hub with no errors."""
    settings = hub.settings
    if settings is None:
        raise ValueError("the hub's settings have problems, so there is no site to plan")
    indexes = build_indexes(hub.consultations, hub.decisions, settings.wards)
    consultations = PublishedConsultations(hub.consultations, settings, now)
    decisions = PublishedDecisions(hub.decisions, settings, now)
    plan = SitePlan()
    plan.models[HOME] = lambda: consultation_lists.home(consultations)
    for consultation in hub.consultations:
        _consultation(plan, consultation, consultations, decisions, indexes, base_url)
    for notice in hub.decisions:
        _decision(plan, notice, consultations, decisions, indexes, base_url)
    _consultation_lists(plan, consultations, indexes, settings)
    _decision_lists(plan, decisions, indexes, settings)
    plan.generated.append(GeneratedFile("robots.txt", robots_txt(base_url)))
    return plan


def robots_txt(base_url: str) -> bytes:
    """Every page may be indexed; the sitemap lists them with their last change."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n".encode()


def _consultation(
    plan: SitePlan,
    consultation: Consultation,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    base_url: str,
) -> None:
    related = indexes.decisions_by_consultation.get(consultation.slug, ())
    plan.page(
        f"{consultation.url}index.md",
        consultation.record.title,
        "consultation.html",
        lambda: consultation_pages.consultation_page(
            consultations, consultation, tuple(decisions.link(n) for n in related)
        ),
        consultation_head(consultation, consultations, base_url),
    )
    plan.files += _files(consultation.url, consultation.folder, consultation.published_files)
    for index in range(len(consultation.record.events)):
        plan.generated.append(
            GeneratedFile(
                consultation.url + event_file_name(index),
                event_calendar(consultation, index, base_url, consultations.now),
            )
        )


def _decision(
    plan: SitePlan,
    notice: DecisionNotice,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    base_url: str,
) -> None:
    considered = indexes.consultations_by_decision.get(notice.reference, ())
    plan.page(
        f"{notice.url}index.md",
        notice.record.title,
        "decision.html",
        lambda: decision_pages.decision_page(decisions, notice, tuple(consultations.link(c) for c in considered)),
        decision_head(notice, decisions, base_url),
    )
    plan.files += _files(notice.url, notice.folder, notice.published_files)


def _files(url: str, folder: Path, names: tuple[str, ...]) -> list[FileToPublish]:
    """The named files, each checked again at the last moment: a real file, inside the folder, reached by no link."""
    real_folder = folder.resolve()
    files = []
    for name in names:
        source = folder / name
        if link_on_the_way(folder, PurePosixPath(name)) or not source.resolve().is_relative_to(real_folder):
            raise ValueError(f"{source} is not a file inside {folder}; it was not published")
        files.append(FileToPublish(f"{url}{name}", source))
    return files


def _ready(model: object) -> Callable[[], object]:
    """A page model made already (lists are made together), handed over when its page is rendered."""
    return lambda: model


def _consultation_lists(
    plan: SitePlan, consultations: PublishedConsultations, indexes: Indexes, settings: CouncilSettings
) -> None:
    for url, page in consultation_lists.status_lists(consultations).items():
        plan.page(f"{url}index.md", page.title, "list.html", _ready(page))
    index = consultation_lists.consultations_index(consultations)
    plan.page(f"{CONSULTATIONS_FOLDER}/index.md", index.title, "index-of.html", _ready(index))
    archive = consultation_lists.archive_pages(consultations)
    for kind, lists, names in (
        ("wards", consultation_lists.ward_pages(consultations, indexes.consultations_by_ward), settings.wards),
        ("topics", consultation_lists.topic_pages(consultations, indexes.consultations_by_topic), settings.topics),
        ("archive", archive, list(archive)),
    ):
        folder = INDEX_PATHS[kind]
        for slug, page in lists.items():
            plan.page(f"{folder}{slug}/index.md", page.title, "list.html", _ready(page))
        entries = consultation_lists.index_of(kind, names, lists)
        plan.page(f"{folder}index.md", entries.title, "index-of.html", _ready(entries))


def _decision_lists(plan: SitePlan, decisions: PublishedDecisions, indexes: Indexes, settings: CouncilSettings) -> None:
    wards = decision_lists.ward_pages(decisions, indexes.decisions_by_ward)
    makers = decision_lists.decision_maker_pages(decisions)
    months = decision_lists.month_pages(decisions)
    listing = decision_lists.decisions_list(decisions, decision_lists.browse(wards, makers, months, settings.wards))
    plan.page(f"{DECISIONS_URL}index.md", listing.title, "list.html", _ready(listing))
    plan_ = decision_lists.forward_plan(decisions)
    plan.page(f"{decision_pages.FORWARD_PLAN_URL}index.md", plan_.title, "list.html", _ready(plan_))
    for ward, page in wards.items():
        plan.page(f"{DECISIONS_URL}wards/{ward}/index.md", page.title, "list.html", _ready(page))
    for role, page in makers.items():
        plan.page(f"{decision_pages.decision_maker_href(role)}index.md", page.title, "list.html", _ready(page))
    for month, page in months.items():
        plan.page(f"{decision_pages.month_href(month)}index.md", page.title, "list.html", _ready(page))


def footer_view(settings: CouncilSettings, now: datetime) -> FooterView:
    """The footer's links, built from the council's settings, and when the pages were made."""
    return FooterView(
        formats_href=mailto(settings.accessible_formats_email, wording.FORMAT_REQUEST),
        phone_href=tel(settings.phone) if settings.phone else "",
        updated=wording.page_updated(now),
    )
