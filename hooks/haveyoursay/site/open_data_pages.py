"""The Open data page and the How we are doing page, and the files they describe, added to the site plan.

``plan_open_data`` is the one call ``site.pages.plan_site`` makes: it counts
the figures once (``site.figures``), makes every file under data/
(``site.open_data``) and adds both pages, whose models are made here from the
same figures and files, so a page and its data always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ..consultations.pages import PublishedConsultations
from ..core.files import human_size
from ..core.settings import OPEN_GOVERNMENT_LICENCE
from ..core.translations import _
from ..decisions.pages import PublishedDecisions
from . import wording
from .components import HOW_WE_ARE_DOING_URL, OPEN_DATA_URL, LinkView, PageHead
from .figures import HOW_WE_ARE_DOING_DATA, count_figures, how_we_are_doing
from .indexes import Indexes
from .open_data import DATA, data_files

if TYPE_CHECKING:
    from .pages import SitePlan


@dataclass(frozen=True)
class DataFileView:
    """A file to download: its name and format ("Consultations (CSV)"), its size, what it holds, what describes it."""

    title: str
    href: str
    described: str
    holds: str
    schema: LinkView | None = None


@dataclass(frozen=True)
class OpenDataPage:
    title: str
    introduction: str
    files: tuple[DataFileView, ...]
    contents: tuple[str, ...]
    licence: tuple[str, ...]
    licence_link: LinkView
    updated: tuple[str, ...]
    checking: tuple[str, ...]
    check_command: str
    figures: LinkView


def _file(files: dict[str, bytes], path: str, title: str, holds: str, schema: str = "") -> DataFileView:
    """A file's view; ``schema`` names what describes it: a kind of record, how-we-are-doing or datapackage."""
    address = f"{DATA}datapackage.json" if schema == "datapackage" else f"{DATA}{schema}.schema.json"
    return DataFileView(
        title=title,
        href=path,
        described=human_size(len(files[path])),
        holds=holds,
        schema=LinkView(_(wording.SCHEMA_LINKS[schema]), address) if schema else None,
    )


def _file_title(kind: str) -> str:
    """A file's name as the page lists it, before its format: "Consultations", in the language spoken now."""
    return _(wording.DATA_FILE_NAMES[kind])


def open_data_page(
    files: dict[str, bytes], consultations: PublishedConsultations, decisions: PublishedDecisions, base_url: str
) -> OpenDataPage:
    """The files, what is in them, their licence, when they change and how to check them."""
    settings = consultations.settings
    licence = settings.open_data_licence
    held = {
        "consultations": wording.data_file_rows(len(consultations.consultations), "consultation"),
        "decisions": wording.data_file_rows(len(decisions.notices), "decision notice"),
    }
    views = []
    for kind in ("consultations", "decisions"):
        name = _file_title(kind)
        views += [
            _file(files, f"{DATA}{kind}.json", f"{name} (JSON)", held[kind], kind),
            _file(files, f"{DATA}{kind}.csv", f"{name} (CSV)", held[kind], "datapackage"),
        ]
    views += [
        _file(
            files,
            f"{DATA}datapackage.json",
            f"{_file_title('datapackage')} (JSON)",
            _(wording.DATA_PACKAGE_HOLDS),
        ),
        _file(
            files,
            HOW_WE_ARE_DOING_DATA,
            f"{_file_title('how-we-are-doing')} (JSON)",
            _(wording.FIGURES_HOLD),
            "how-we-are-doing",
        ),
    ]
    title, introduction = (_(words) for words in wording.OPEN_DATA)
    return OpenDataPage(
        title=title,
        introduction=introduction,
        files=tuple(views),
        contents=tuple(_(sentence) for sentence in wording.DATA_CONTENTS),
        licence=wording.licence_sentences(licence.name, licence == OPEN_GOVERNMENT_LICENCE, settings.name),
        licence_link=LinkView(wording.read_licence(licence.name), licence.url),
        updated=wording.data_files_when(consultations.now),
        checking=tuple(_(sentence) for sentence in wording.DATA_CHECKING),
        check_command=wording.check_command(urljoin(base_url, f"{DATA}datapackage.json")),
        figures=LinkView(_(wording.HOW_WE_ARE_DOING[0]), HOW_WE_ARE_DOING_URL),
    )


def plan_open_data(
    plan: SitePlan,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    base_url: str,
) -> None:
    """Add every file under data/ and the two pages about them to the plan."""
    from .pages import GeneratedFile  # site.pages imports this module: the plan's own file type, when planning

    figures = count_figures(consultations, decisions, indexes)
    files = data_files(consultations, decisions, indexes, figures, base_url)
    plan.generated += [GeneratedFile(path, content) for path, content in files.items()]
    data_page = open_data_page(files, consultations, decisions, base_url)
    plan.page(
        f"{OPEN_DATA_URL}index.md",
        data_page.title,
        "open-data.html",
        lambda: data_page,
        PageHead(description=data_page.introduction),
    )
    downloads = (
        LinkView(f"{_file_title('how-we-are-doing')} (JSON)", HOW_WE_ARE_DOING_DATA),
        LinkView(data_page.title, OPEN_DATA_URL),
    )
    figures_page = how_we_are_doing(figures, downloads)
    plan.page(
        f"{HOW_WE_ARE_DOING_URL}index.md",
        figures_page.title,
        "how-we-are-doing.html",
        lambda: figures_page,
        PageHead(description=figures_page.introduction),
    )
