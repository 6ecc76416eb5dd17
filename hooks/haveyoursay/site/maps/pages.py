"""Each page's map: the wards drawn once per build, and which of them the page shades.

A consultation's page and a decision notice's page shade the wards the record
is for (every ward for one about all wards); a ward's page shades that ward
and names its neighbours. The paths are made once (``drawing``); a page's map
only sorts them into shaded and not, so a build with thousands of pages draws
nothing twice. A page whose record names only former wards has no map: there
is nothing of it on today's map to shade.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...consultations.pages import ward_href as consultation_ward_href
from ...consultations.record import Consultation
from ...core.settings import CouncilSettings
from ...core.translations import _
from ...decisions.pages import ward_href as decision_ward_href
from ...decisions.record import DecisionNotice
from ..components import LinkView
from . import wording
from .drawing import WardShapes, draw_wards
from .loading import Boundaries


@dataclass(frozen=True)
class WardMap:
    """One page's map (the partial ``ward-map``): every ward's path, shaded or not, and the words beside it.

    ``shaded_text`` and ``shaded_links`` say in words what is shaded, the
    ``nearby`` pair names a ward's neighbours, ``not_shown`` the former wards
    a record names, and ``attribution`` the line the data's licence asks for."""

    title: str
    description: str
    width: int
    height: int
    others: tuple[str, ...]
    shaded: tuple[str, ...]
    shaded_text: str
    shaded_links: tuple[LinkView, ...] = ()
    nearby_text: str = ""
    nearby_links: tuple[LinkView, ...] = ()
    not_shown: str = ""
    attribution: str = ""


@dataclass(frozen=True)
class WardMaps:
    """The wards drawn once, ready to shade for any page."""

    shapes: WardShapes
    council: str
    attribution: str = ""

    def _map(
        self,
        shaded: Sequence[str],
        description: str,
        text: str,
        links: tuple[LinkView, ...] = (),
        nearby: tuple[LinkView, ...] = (),
        not_shown: str = "",
    ) -> WardMap:
        chosen = set(shaded)
        paths = self.shapes.paths
        return WardMap(
            title=wording.map_title(self.council),
            description=description,
            width=self.shapes.width,
            height=self.shapes.height,
            others=tuple(path for ward, path in paths.items() if ward not in chosen and path),
            shaded=tuple(path for ward, path in paths.items() if ward in chosen and path),
            shaded_text=text,
            shaded_links=links,
            nearby_text=_(wording.NEXT_TO) if nearby else "",
            nearby_links=nearby,
            not_shown=not_shown,
            attribution=self.attribution,
        )

    def for_record(self, wards: Sequence[str], all_wards: bool, href: Callable[[str], str]) -> WardMap | None:
        """A record's map: its wards shaded and linked (to ``href`` of each), or every ward for all wards."""
        if all_wards:
            every = list(self.shapes.paths)
            return self._map(every, wording.shaded_description((), len(every)), _(wording.ALL_SHADED))
        on_map = [ward for ward in wards if ward in self.shapes.paths]
        if not on_map:
            return None
        former = [ward for ward in wards if ward not in self.shapes.paths]
        return self._map(
            on_map,
            wording.shaded_description(on_map),
            _(wording.SHADED),
            tuple(LinkView(ward, href(ward)) for ward in on_map),
            not_shown=wording.not_on_the_map(former) if former else "",
        )

    def for_ward(self, ward: str, href: Callable[[str], str]) -> WardMap | None:
        """A ward's own page: the ward shaded, and its neighbours linked (to their pages of the same kind)."""
        if ward not in self.shapes.paths:
            return None
        neighbours = self.shapes.neighbours.get(ward, ())
        description = wording.shaded_description([ward])
        if neighbours:
            description += " " + wording.neighbours_description(ward, neighbours)
        return self._map(
            [ward],
            description,
            wording.ward_shaded(ward),
            nearby=tuple(LinkView(n, href(n)) for n in neighbours),
        )


def plan_ward_maps(
    boundaries: Boundaries | None,
    settings: CouncilSettings,
    consultations: Sequence[Consultation],
    decisions: Sequence[DecisionNotice],
) -> dict[str, Callable[[], WardMap | None]]:
    """The map of every page that has one, by the page's source path (none without content/wards.geojson):
    each consultation and decision notice, and each ward's page of each kind."""
    if boundaries is None:
        return {}
    maps = WardMaps(draw_wards(boundaries), settings.name, boundaries.attribution)
    planned: dict[str, Callable[[], WardMap | None]] = {}
    for consultation in consultations:
        record = consultation.record
        planned[f"{consultation.url}index.md"] = _later(
            maps.for_record, record.wards, record.all_wards, consultation_ward_href
        )
    for notice in decisions:
        planned[f"{notice.url}index.md"] = _later(
            maps.for_record, notice.record.wards, notice.record.all_wards, decision_ward_href
        )
    for ward in settings.wards:
        planned[f"{consultation_ward_href(ward)}index.md"] = _later(maps.for_ward, ward, consultation_ward_href)
        planned[f"{decision_ward_href(ward)}index.md"] = _later(maps.for_ward, ward, decision_ward_href)
    return planned


def _later(make: Callable[..., WardMap | None], *arguments: object) -> Callable[[], WardMap | None]:
    """The map, made when its page is rendered (a few string joins)."""
    return lambda: make(*arguments)
