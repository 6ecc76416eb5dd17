"""The council's ward boundaries, from ``content/wards.geojson``, checked.

The file is optional: without it no page has a map. With it, ``hub check``
(and so the build) reads it and reports every problem at once, each at its
line, as ``content/wards.geojson:7: features[3].properties: ...``.

The format is GeoJSON (RFC 7946): a FeatureCollection with one Feature a ward,
each a Polygon or MultiPolygon, its ward's name in its properties: ``name``,
or the names Ordnance Survey's Boundary-Line (``NAME``) and the ONS
(``WD24NM``, any year) use. A name is one of the council's wards in mkdocs.yml
(case does not matter, and Boundary-Line's " Ward" at the end is read off).
Coordinates are longitude, latitude (WGS84), as GeoJSON says; a file that says
it is in British National Grid (a ``crs`` naming EPSG:27700, as GDAL writes
one) is read as eastings and northings. The check refuses a file that is not
JSON, not a FeatureCollection, a feature with no ward or a ward that is not
the council's (with "did you mean") or a former ward, a ward given twice, a
geometry that is not a (Multi)Polygon, coordinates that are not numbers or out
of range (or in the wrong order, or in another grid than the file says), a
ring that is not closed or has fewer than four points, a council ward with no
boundary, and a file too big to be one council's wards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.fields import did_you_mean
from ...core.problems import Location, Locator, Problem
from ...core.settings import CouncilSettings
from ...core.source import read_text
from .geometry import EXPORT_AGAIN, Geometries, Grid, Polygon
from .located import read_located

WARD_BOUNDARIES = "content/wards.geojson"
"""Where the council's boundaries are, inside the hub's folder; named in site.content.KNOWN."""
MOST_BYTES = 10_000_000
"""A district's wards from Boundary-Line at full detail take a few MB; a bigger file is not one council's wards."""
MOST_FEATURES = 400
"""England's council with the most wards has under 150; more features is a file of many councils."""
MOST_POINTS = 500_000
"""Every point is read and drawn once per build: this keeps that to a few seconds (80,000 take 0.6 s)."""

MOST_ATTRIBUTION = 200
_MARKUP = re.compile(r"[<>`]|\]\(|https?:", re.IGNORECASE)
"""The attribution is shown as plain words under every map: no markup, no links."""
_WARD_SUFFIX = re.compile(r"\s+ward$", re.IGNORECASE)
_ONS_NAME = re.compile(r"WD[0-9]{2}NM", re.IGNORECASE)
_BNG = re.compile(r"27700")
_LONLAT = re.compile(r"CRS84|4326")
_A_FEATURE = '{"type": "Feature", "properties": {"name": "Castle"}, "geometry": {"type": "Polygon", ...}}'


@dataclass(frozen=True)
class Boundaries:
    """Each of the council's wards with its polygons (in the council's ward order), and the grid they are in."""

    grid: Grid
    wards: Mapping[str, tuple[Polygon, ...]]
    attribution: str = ""
    """The line the data's licence asks maps to show, like "Contains OS data © Crown copyright and database
    right 2026": the file's own ``attribution`` member (GeoJSON allows members of its own at the top)."""


def read_boundaries(root: Path, settings: CouncilSettings | None) -> tuple[Boundaries | None, list[Problem]]:
    """The council's ward boundaries, and every problem with the file; (None, []) when there is no file.

    A link instead of the file is not read (``site.content`` refuses it). Without
    usable settings the names cannot be checked, so only the rest is, and no map is made.
    """
    file = root / WARD_BOUNDARIES
    at = Locator(WARD_BOUNDARIES)
    if file.is_symlink() or not file.exists():
        return None, []
    if not file.is_file():
        return None, [
            at.error((), "this is a folder, not a file", "put the council's ward boundaries in one file here")
        ]
    if file.stat().st_size > MOST_BYTES:
        return None, [
            at.error(
                (),
                f"the file is too big to be one council's wards (over {MOST_BYTES // 1_000_000} MB)",
                "keep only your council's wards, and simplify the shapes (in QGIS, Vector, Geometry Tools, "
                "Simplify, by 5 metres): the map on each page is small",
            )
        ]
    text, problems = read_text(file, WARD_BOUNDARIES)
    if text is None:
        return None, problems
    located, data, broken = read_located(text)
    if located is None or broken is not None:
        assert broken is not None
        column = f" (look near character {broken.column} of the line)" if broken.column else ""
        return None, [
            Problem(
                WARD_BOUNDARIES,
                broken.line,
                "",
                f"this is not valid JSON: {broken.problem}",
                f"fix it in a text editor{column}, or {EXPORT_AGAIN}",
            )
        ]
    checking = _Checking(Locator(WARD_BOUNDARIES, located.lines), settings)
    for where, name in located.repeated:
        checking.problems.append(checking.at.error(where, f"'{name}' is given twice here", "delete one of them"))
    checking.read(data)
    if checking.problems or settings is None:
        return None, checking.problems
    order = {ward: index for index, ward in enumerate(settings.wards)}
    wards = dict(sorted(checking.wards.items(), key=lambda pair: order[pair[0]]))
    return Boundaries(checking.grid, wards, checking.attribution), []


@dataclass
class _Checking:
    """Reads the features one by one, collecting each ward's polygons and every problem."""

    at: Locator
    settings: CouncilSettings | None
    wards: dict[str, tuple[Polygon, ...]] = field(default_factory=dict)
    feature_of: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unnamed: int = 0
    """Features whose name is missing or not one of the council's wards."""
    attribution: str = ""
    geometries: Geometries = field(init=False)

    def __post_init__(self) -> None:
        self.geometries = Geometries(self.at, self.problems)

    @property
    def grid(self) -> Grid:
        return self.geometries.grid

    def read(self, data: Any) -> None:
        if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
            _not_a_collection(data, self.at, self.problems)
            return
        self.geometries.grid = _grid(data.get("crs"), self.at, self.problems)
        self.attribution = _attribution(data.get("attribution"), self.at, self.problems)
        features = data.get("features")
        if not isinstance(features, list) or not features:
            problem = "there are no wards in the file"
            if features not in (None, []):
                problem = "features is not a list"
            hint = f"list one feature for each ward under features, like {_A_FEATURE}"
            self.problems.append(self.at.error(("features",), problem, hint))
            return
        if len(features) > MOST_FEATURES:
            self.problems.append(
                self.at.error(
                    ("features",),
                    f"there are {len(features):,} features: more than one council's wards",
                    "keep only your council's wards (in QGIS, select them, then Export, Save Selected Features As)",
                )
            )
            return
        for index, feature in enumerate(features):
            if self.geometries.points > MOST_POINTS:
                self.problems.append(
                    self.at.error(
                        ("features", index),
                        f"the wards have more than {MOST_POINTS:,} points in all, too many to draw on a page",
                        "simplify the shapes (in QGIS, Vector, Geometry Tools, Simplify, by 5 metres) and export again",
                    )
                )
                return
            self._feature(index, feature)
        if self.settings is not None and not self.unnamed:  # a name to put right may be the missing ward
            self._wards_without_boundaries(self.settings.wards)

    def _feature(self, index: int, feature: Any) -> None:
        where: Location = ("features", index)
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            self.problems.append(
                self.at.error(where, "this is not a Feature", f"each ward is one feature, like {_A_FEATURE}")
            )
            return
        ward = self._ward(where, feature.get("properties"))
        polygons = self.geometries.read((*where, "geometry"), feature.get("geometry"))
        if ward is not None and polygons is not None:
            self.wards[ward] = polygons

    def _ward(self, where: Location, properties: Any) -> str | None:
        name, key = _name_in(properties)
        at = (*where, "properties", key) if key else (*where, "properties")
        if name is None:
            self.unnamed += 1
            problem = "this feature has no ward name"
            if key:
                problem = "the ward's name is empty, or is not text"
            self.problems.append(
                self.at.error(
                    at, problem, 'give each feature its ward in its properties, like "properties": {"name": "Castle"}'
                )
            )
            return None
        if self.settings is None:
            return None
        wards = list(self.settings.wards)
        listed = "the wards are: " + ", ".join(wards)
        current = {ward.casefold(): ward for ward in wards}
        written = " ".join(name.split())
        ward = current.get(written.casefold()) or current.get(_WARD_SUFFIX.sub("", written).casefold())
        if ward is None:
            self.unnamed += 1
            former = {w.casefold() for w in self.settings.former_wards}
            if written.casefold() in former or _WARD_SUFFIX.sub("", written).casefold() in former:
                self.problems.append(
                    self.at.error(at, f"'{written}' is a former ward", f"use the boundaries of the wards now; {listed}")
                )
            else:
                guess = did_you_mean(_WARD_SUFFIX.sub("", written), wards)
                self.problems.append(
                    self.at.error(
                        at,
                        f"'{written}' is not one of the council's wards",
                        (f"did you mean '{guess}'? " if guess else "") + listed,
                    )
                )
            return None
        first = self.feature_of.setdefault(ward, where[1])
        if first != where[1]:
            self.problems.append(
                self.at.error(
                    at,
                    f"{ward} already has a boundary, in feature {first + 1} "
                    f"(line {self.at.line_of(('features', first))})",
                    "give each ward once; a ward in several parts is one feature with a MultiPolygon",
                )
            )
            return None
        return ward

    def _wards_without_boundaries(self, wards: Sequence[str]) -> None:
        missing = [ward for ward in wards if ward not in self.feature_of]
        if missing:
            self.problems.append(
                self.at.error(
                    ("features",),
                    f"no boundary in the file for {'this ward' if len(missing) == 1 else 'these wards'}: "
                    + ", ".join(missing),
                    "add a feature for each: a map with a ward missing would show a hole in the council's area",
                )
            )


def _not_a_collection(data: Any, at: Locator, problems: list[Problem]) -> None:
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "Topology":
        problem, hint = "this is TopoJSON, not GeoJSON", f"{EXPORT_AGAIN}; or convert it with mapshaper"
    elif kind == "Feature" or kind in ("Polygon", "MultiPolygon"):
        problem = "the file holds one shape, not a FeatureCollection of the council's wards"
        hint = 'start the file with {"type": "FeatureCollection", "features": [ then one feature a ward'
    else:
        problem, hint = "this is not a GeoJSON FeatureCollection", f"{EXPORT_AGAIN}: one feature a ward"
    problems.append(at.error(("type",) if isinstance(data, dict) else (), problem, hint))


def _grid(crs: Any, at: Locator, problems: list[Problem]) -> Grid:
    """WGS84 (GeoJSON's own); British National Grid only when the file says so, as GDAL writes it."""
    if crs is None:
        return "lonlat"
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    name = name if isinstance(name, str) else ""
    if _BNG.search(name):
        return "bng"
    if not _LONLAT.search(name):
        problems.append(
            at.error(
                ("crs",),
                f"the hub cannot read coordinates in {name or 'this grid'}",
                f"{EXPORT_AGAIN}; British National Grid (EPSG:27700) is read too",
            )
        )
    return "lonlat"


def _attribution(attribution: Any, at: Locator, problems: list[Problem]) -> str:
    """The attribution line, as plain words on one line; empty when there is none or it has a problem."""
    if attribution is None:
        return ""
    if not isinstance(attribution, str) or not 0 < len(attribution.strip()) <= MOST_ATTRIBUTION:
        problems.append(
            at.error(
                ("attribution",),
                f"the attribution is not a line of text up to {MOST_ATTRIBUTION} characters",
                'write the line the licence asks for, like "attribution": "Contains OS data © Crown copyright '
                'and database right 2026"',
            )
        )
        return ""
    found = _MARKUP.search(attribution)
    if found:
        problems.append(
            at.error(("attribution",), f"the attribution cannot contain {found.group(0)!r}", "write plain words")
        )
        return ""
    return " ".join(attribution.split())


def _name_in(properties: Any) -> tuple[str | None, str]:
    """The ward's name and the property that gave it: name, NAME (Boundary-Line) or WD24NM (ONS, any year)."""
    if not isinstance(properties, dict):
        return None, ""
    keys = sorted(
        (key for key in properties if key.casefold() == "name" or _ONS_NAME.fullmatch(key)),
        key=lambda key: (key != "name", key),
    )
    for key in keys:
        value = properties[key]
        if isinstance(value, str) and value.strip():
            return value, key
    return None, keys[0] if keys else ""
