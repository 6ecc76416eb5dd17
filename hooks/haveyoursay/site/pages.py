"""Every page and file the site publishes, listed once for the adapter.

The adapter (``hooks/mkdocs_hub.py``) adds what is listed here to the build
and nothing else: a page for each published consultation and decision notice,
every list and browse page, and the files each published record names. A
draft is not listed, so it publishes nothing, page or file. Page models are
made only when MkDocs renders their page, each from indexes built once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path, PurePosixPath

from ..consultations import lists as consultation_lists
from ..consultations import pages as consultation_pages
from ..consultations.pages import INDEX_PATHS, PublishedConsultations
from ..consultations.record import FOLDER as CONSULTATIONS_FOLDER
from ..consultations.record import Consultation
from ..core.files import link_on_the_way
from ..core.settings import CouncilSettings
from ..core.translations import _
from ..decisions import lists as decision_lists
from ..decisions import pages as decision_pages
from ..decisions.pages import PublishedDecisions
from ..decisions.record import URL as DECISIONS_URL
from ..decisions.record import DecisionNotice
from . import search_wording, wording
from .components import Alternate, FooterView, ListPage, PageHead, SearchFacts, mailto, tel
from .document_pages import DocumentPage, consultation_documents, notice_documents, plan_document_pages
from .feeds import Following, plan_feeds
from .hub import Hub
from .indexes import Indexes, build_indexes
from .maps.pages import WardMap, plan_ward_maps
from .open_data_pages import plan_open_data
from .postcodes.pages import PostcodeFinder, plan_finder
from .printing.pages import printed_pages
from .schedule import build_record
from .search import SEARCH_URL, search_page
from .structured_data import consultation_head, decision_head
from .timeline import consultation_timeline, decision_timelines

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
    finders: dict[str, PostcodeFinder] = field(default_factory=dict)
    """The "Find consultations near you" form of each page that shows it (none without content/postcodes.csv)."""
    maps: dict[str, Callable[[], WardMap | None]] = field(default_factory=dict)
    """The map of the wards on each page that has one (site.maps; none without content/wards.geojson)."""
    search_url: str = ""
    """The search page's address, when the build makes a search index (site.search); empty when search is off."""
    unlisted: set[str] = field(default_factory=set)
    """Pages left out of the sitemap: versions of a page to print (site.printing), not pages of their own."""

    def page(
        self, src_uri: str, title: str, template: str, model: Callable[[], object], head: PageHead | None = None
    ) -> None:
        self.pages.append(PageToBuild(src_uri, title, template, model))
        self.models[src_uri] = model
        if head is not None:
            self.heads[src_uri] = head

    def search_facts(self, src_uri: str, model: object) -> SearchFacts | None:
        """What the search index records about a page (None: the page is not indexed). A record's page has
        its facts; a document written as a web page, its kind; a hand-written page (one the plan has no
        model for) is found by its words alone; the home page, lists and the search page are not indexed
        (site.search says why)."""
        if not self.search_url:
            return None
        if isinstance(model, consultation_pages.ConsultationPage | decision_pages.DecisionPage):
            return model.search
        if isinstance(model, DocumentPage):  # a document written as a web page is found by its words, as its kind
            return SearchFacts(kind=model.caption)
        return SearchFacts() if src_uri not in self.models else None


def plan_site(hub: Hub, now: datetime, base_url: str, search: bool = True, commit: str = "") -> SitePlan:
    """Everything the published site holds at ``now``, from a hub with no errors (``search``: with the
    search page, whose index the adapter makes once the pages are written; ``commit``: the git commit
    built, for build.json)."""
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
    following = plan_feeds(plan, consultations, decisions, indexes, base_url)
    _consultation_lists(plan, consultations, indexes, settings, following)
    _decision_lists(plan, decisions, indexes, settings, following)
    plan_open_data(plan, consultations, decisions, indexes, base_url)
    _postcode_finder(plan, hub, settings)
    plan.maps = plan_ward_maps(hub.boundaries, settings, hub.consultations, hub.decisions)
    if search:
        _search(plan, hub, consultations, decisions, settings)
    plan.generated.append(GeneratedFile("robots.txt", robots_txt(base_url)))
    plan.generated.append(GeneratedFile("build.json", build_record(hub, now, commit)))
    return plan


def robots_txt(base_url: str) -> bytes:
    """Every page may be indexed; the sitemap lists them with their last change."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n".encode()


def _search(
    plan: SitePlan,
    hub: Hub,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    settings: CouncilSettings,
) -> None:
    """The search page, its filters made from every record's search facts when it is rendered."""
    plan.search_url = SEARCH_URL
    plan.page(
        f"{SEARCH_URL}index.md",
        _(search_wording.SEARCH_TITLE),
        "search.html",
        lambda: search_page(
            [*map(consultations.search, hub.consultations), *map(decisions.search, hub.decisions)], settings
        ),
    )


def _postcode_finder(plan: SitePlan, hub: Hub, settings: CouncilSettings) -> None:
    """The postcode finder's pages, lookup files and forms, when the council has a list of postcodes."""
    if hub.postcodes is None:
        return
    finder = plan_finder(hub.postcodes, settings, HOME)
    for page in finder.pages:
        plan.page(page.src_uri, page.title, page.template, _ready(page.model))
    plan.generated += [GeneratedFile(path, content) for path, content in finder.files]
    plan.finders.update(finder.forms)


def _consultation(
    plan: SitePlan,
    consultation: Consultation,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    base_url: str,
) -> None:
    related = indexes.decisions_by_consultation.get(consultation.slug, ())

    def page() -> consultation_pages.ConsultationPage:
        """Its page with the decisions it fed and its timeline, which joins both halves (site.timeline)."""
        decided = tuple(decisions.link(n) for n in related)
        timeline = consultation_timeline(consultations, consultation, decisions, related)
        return replace(consultation_pages.consultation_page(consultations, consultation, decided), timeline=timeline)

    printed, printing = printed_pages(consultations, consultation, page, base_url)
    plan.page(
        f"{consultation.url}index.md",
        consultation.record.title,
        "consultation.html",
        lambda: replace(page(), printing=printing),
        consultation_head(consultation, consultations, base_url),
    )
    for version in printed:
        plan.page(version.src_uri, version.title, version.template, version.model)
        plan.unlisted.add(version.src_uri)
    plan.files += _files(consultation.url, consultation.folder, consultation.published_files)
    plan_document_pages(plan, consultation_documents(consultation, lambda: page().breadcrumbs))


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
        lambda: replace(
            decision_pages.decision_page(decisions, notice, tuple(consultations.link(c) for c in considered)),
            timelines=decision_timelines(decisions, notice, consultations, considered),
        ),
        decision_head(notice, decisions, base_url),
    )
    plan.files += _files(notice.url, notice.folder, notice.published_files)
    plan_document_pages(
        plan, notice_documents(notice, lambda: decision_pages.decision_page(decisions, notice).breadcrumbs)
    )


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


def _list(plan: SitePlan, url: str, page: ListPage, following: Following) -> None:
    """A list page, with how to follow it: its feed and calendar, in its head and in a "Get updates" box."""
    updates, head = following.for_list(url)
    plan.page(f"{url}index.md", page.title, "list.html", _ready(replace(page, updates=updates)), head)


def _consultation_lists(
    plan: SitePlan,
    consultations: PublishedConsultations,
    indexes: Indexes,
    settings: CouncilSettings,
    following: Following,
) -> None:
    for url, page in consultation_lists.status_lists(consultations).items():
        _list(plan, url, page, following)
    index = consultation_lists.consultations_index(consultations)
    plan.page(f"{CONSULTATIONS_FOLDER}/index.md", index.title, "index-of.html", _ready(index))
    archive = consultation_lists.archive_pages(consultations)
    for kind, lists, names in (
        (
            "wards",
            consultation_lists.ward_pages(consultations, indexes.consultations_by_ward),
            settings.wards_in(indexes.consultations_by_ward),
        ),
        ("topics", consultation_lists.topic_pages(consultations, indexes.consultations_by_topic), settings.topics),
        ("archive", archive, list(archive)),
    ):
        folder = INDEX_PATHS[kind]
        for slug, page in lists.items():
            _list(plan, f"{folder}{slug}/", page, following)
        entries = consultation_lists.index_of(kind, names, lists)
        plan.page(f"{folder}index.md", entries.title, "index-of.html", _ready(entries))


def _decision_lists(
    plan: SitePlan, decisions: PublishedDecisions, indexes: Indexes, settings: CouncilSettings, following: Following
) -> None:
    wards = decision_lists.ward_pages(decisions, indexes.decisions_by_ward)
    makers = decision_lists.decision_maker_pages(decisions)
    months = decision_lists.month_pages(decisions)
    listing = decision_lists.decisions_list(decisions, decision_lists.browse(wards, makers, months, settings.wards))
    _list(plan, DECISIONS_URL, listing, following)
    _list(plan, decision_pages.FORWARD_PLAN_URL, decision_lists.forward_plan(decisions), following)
    for ward, page in wards.items():
        _list(plan, f"{DECISIONS_URL}wards/{ward}/", page, following)
    for role, page in makers.items():
        _list(plan, decision_pages.decision_maker_href(role), page, following)
    for month, page in months.items():
        _list(plan, decision_pages.month_href(month), page, following)


def footer_view(settings: CouncilSettings, now: datetime) -> FooterView:
    """The footer's links, built from the council's settings, and when the pages were made."""
    return FooterView(
        formats_href=mailto(settings.accessible_formats_email, _(wording.FORMAT_REQUEST)),
        phone_href=tel(settings.phone) if settings.phone else "",
        updated=wording.page_updated(now),
    )
