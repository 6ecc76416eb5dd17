"""Each ward's geometry read into polygons, with every mistake in its coordinates told at its line.

``loading`` reads the file and each feature's ward; this reads what is drawn:
a Polygon or MultiPolygon, each ring at least four positions of two numbers in
range, closed. Coordinates in the wrong order or in another grid than the file
says are a mistake of the whole file, so they are told once, where first seen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from ...core.problems import Location, Locator, Problem

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]
"""The outline first, then any holes, each ring closed (its last point is its first)."""
Grid = Literal["lonlat", "bng"]

EXPORT_AGAIN = "export it again as GeoJSON in WGS84 (in QGIS, Export, Save Features As, GeoJSON, CRS EPSG:4326)"
RINGS = "a Polygon is a list of rings, each a list of [longitude, latitude] positions, the last the same as the first"
_RANGES: dict[Grid, tuple[tuple[float, float], tuple[float, float]]] = {
    "lonlat": ((-180.0, 180.0), (-90.0, 90.0)),
    "bng": ((0.0, 700_000.0), (0.0, 1_300_000.0)),
}


@dataclass
class Geometries:
    """Reads one ward's geometry at a time, counting the points read so far (the file's size in points)."""

    at: Locator
    problems: list[Problem]
    """The file's problems, shared with the rest of its check."""
    grid: Grid = "lonlat"
    points: int = 0
    told: set[str] = field(default_factory=set)

    def read(self, where: Location, geometry: Any) -> tuple[Polygon, ...] | None:
        """The ward's polygons (one for a Polygon, each part of a MultiPolygon), or None if any is wrong."""
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
        if kind not in ("Polygon", "MultiPolygon"):
            hint = "a ward is an area: export the ward boundaries as polygons"
            if isinstance(kind, str) and kind:
                self.problems.append(
                    self.at.error(where, f"this ward's geometry is a {kind}, not a Polygon or MultiPolygon", hint)
                )
            else:
                self.problems.append(self.at.error(where, "this ward has no geometry, so it cannot be drawn", hint))
            return None
        if not isinstance(coordinates, list) or not coordinates:
            self.problems.append(self.at.error((*where, "coordinates"), f"this {kind} has no coordinates", RINGS))
            return None
        shapes = [coordinates] if kind == "Polygon" else coordinates
        places: list[Location] = (
            [(*where, "coordinates")]
            if kind == "Polygon"
            else [(*where, "coordinates", number) for number in range(len(coordinates))]
        )
        polygons = []
        for place, shape in zip(places, shapes, strict=True):
            polygon = self._polygon(place, shape)
            if polygon is None:
                return None
            polygons.append(polygon)
        return tuple(polygons)

    def _polygon(self, where: Location, rings: Any) -> Polygon | None:
        if not isinstance(rings, list) or not rings or not all(isinstance(ring, list) for ring in rings):
            self.problems.append(self.at.error(where, "this polygon is not a list of rings", RINGS))
            return None
        if any(ring and not isinstance(ring[0], list) for ring in rings):
            self.problems.append(
                self.at.error(
                    where,
                    "these coordinates are positions, not rings of positions",
                    "a Polygon's coordinates have three pairs of brackets: [[[longitude, latitude], ...]]",
                )
            )
            return None
        read = []
        for number, ring in enumerate(rings):
            found = self._ring((*where, number), ring)
            if found is None:
                return None
            read.append(found)
        return tuple(read)

    def _ring(self, where: Location, ring: list[Any]) -> Ring | None:
        """One ring: at least four positions of two numbers in range, the last the same as the first."""
        (low_x, high_x), (low_y, high_y) = _RANGES[self.grid]
        points = []
        for position in ring:
            if (
                not isinstance(position, list)
                or len(position) not in (2, 3)
                or not all(isinstance(n, int | float) and not isinstance(n, bool) for n in position)
            ):
                self.problems.append(self.at.error(where, f"{short(position)} is not a position of two numbers", RINGS))
                return None
            x, y = float(position[0]), float(position[1])
            if not (low_x <= x <= high_x and low_y <= y <= high_y) or not math.isfinite(x + y):
                self._out_of_range(where, position)
                return None
            points.append((x, y))
        self.points += len(points)
        if self.grid == "lonlat" and points and 49 <= points[0][0] <= 61 and -9 <= points[0][1] <= 2:
            if self._first("latitude first"):
                self.problems.append(
                    self.at.error(
                        where,
                        f"the coordinates look like latitude then longitude, as in {short(ring[0])}",
                        "GeoJSON gives longitude first, then latitude: export the file again from your mapping "
                        "software",
                    )
                )
            return None
        if len(points) < 4:
            self.problems.append(
                self.at.error(where, f"this ring has {len(points)} points; a ring needs at least 4", RINGS)
            )
            return None
        if points[0] != points[-1]:
            self.problems.append(
                self.at.error(
                    where,
                    f"this ring is not closed: it starts at {short(ring[0])} and ends at {short(ring[-1])}",
                    "a ring ends with the point it starts with",
                )
            )
            return None
        return tuple(points)

    def _out_of_range(self, where: Location, position: list[Any]) -> None:
        if self.grid == "lonlat" and 0 <= position[0] <= 700_000 and 0 <= position[1] <= 1_300_000:
            if self._first("grid not said"):
                self.problems.append(
                    self.at.error(
                        where,
                        "the coordinates look like British National Grid eastings and northings, as in "
                        f"{short(position)}, not longitude and latitude",
                        f"{EXPORT_AGAIN}; or, if they are British National Grid, say so at the top of the file: "
                        '"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}}',
                    )
                )
        elif self.grid == "lonlat":
            self.problems.append(
                self.at.error(where, f"{short(position)} is not a longitude and latitude", EXPORT_AGAIN)
            )
        else:
            self.problems.append(
                self.at.error(where, f"{short(position)} is not an easting and northing in Great Britain", EXPORT_AGAIN)
            )

    def _first(self, mistake: str) -> bool:
        """A mistake of the whole file (coordinates in another order or grid) is told once, where first seen."""
        first = mistake not in self.told
        self.told.add(mistake)
        return first


def short(value: Any) -> str:
    """A value as the file has it, cut short: a position, or the start of what is there instead."""
    text = str(value).replace("'", '"').replace("True", "true").replace("False", "false").replace("None", "null")
    return text if len(text) <= 40 else text[:37] + "..."
