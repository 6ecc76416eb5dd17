"""The wards drawn once per build: one short SVG path a ward, the same on every page.

Projection: British National Grid is already flat, so it is used as it is.
Longitude and latitude are drawn equirectangular, longitude scaled by the
cosine of the middle latitude, which for an area the size of a council is
within a fraction of a per cent of the Ordnance Survey's own projection.
North is up. The drawing is fitted to a box ``SIZE`` units on its longer side.

Simplification: a page's map is a few hundred pixels wide, so detail below a
unit is thrown away (Douglas-Peucker, ``TOLERANCE`` units). Neighbouring wards
share their border; simplifying each ward on its own would pull the two copies
apart and leave slivers, so borders are simplified once: each outline is cut
into arcs where three or more wards meet, each arc is simplified once (in
one direction, whichever way a ward goes round it), and both wards use the
result. The same arcs say which wards are neighbours. Points are then whole
units, written as relative moves, so a council of 20 wards costs a few KB.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .loading import Boundaries

SIZE = 400
"""The longer side of the drawing, in SVG units (the page scales it to fit)."""
MARGIN = 4
"""Room for the outline of a shaded ward at the edge."""
TOLERANCE = 0.8
"""Detail smaller than this (in units, about a pixel at the size maps are shown) is left out."""
_GRID = 100
"""Points are kept in hundredths of a unit while arcs are found and simplified, as whole numbers."""

IntPoint = tuple[int, int]


@dataclass(frozen=True)
class WardShapes:
    """Every ward's outline as SVG path data, in a box ``width`` by ``height``, and each ward's neighbours."""

    width: int
    height: int
    paths: Mapping[str, str]
    neighbours: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def draw_wards(boundaries: Boundaries) -> WardShapes:
    """Project, fit and simplify the boundaries once; each page then only chooses which wards to shade."""
    factor = _longitude_factor(boundaries)
    projected = {
        ward: [[[(x * factor, -y) for x, y in ring] for ring in polygon] for polygon in polygons]
        for ward, polygons in boundaries.wards.items()
    }
    points = [p for polygons in projected.values() for polygon in polygons for ring in polygon for p in ring]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = (SIZE - 2 * MARGIN) / span
    width = math.ceil((max(xs) - min(xs)) * scale) + 2 * MARGIN
    height = math.ceil((max(ys) - min(ys)) * scale) + 2 * MARGIN
    left, top = min(xs), min(ys)

    def place(point: tuple[float, float]) -> IntPoint:
        return (
            round(((point[0] - left) * scale + MARGIN) * _GRID),
            round(((point[1] - top) * scale + MARGIN) * _GRID),
        )

    rings = {
        ward: [_open_ring([place(p) for p in ring]) for polygon in polygons for ring in polygon]
        for ward, polygons in projected.items()
    }
    arcs = _Arcs(junctions(ring for ward_rings in rings.values() for ring in ward_rings))
    paths = {}
    for ward, ward_rings in rings.items():
        drawn = [_whole_units(arcs.ring(ward, ring)) for ring in ward_rings if len(ring) >= 3]
        paths[ward] = "".join(path_data(ring) for ring in drawn if len(ring) >= 3 and abs(_area(ring)) >= 1)
    return WardShapes(width, height, paths, arcs.neighbours(list(rings)))


def _longitude_factor(boundaries: Boundaries) -> float:
    """How much shorter a degree of longitude is than one of latitude, in the middle of the council's area
    (1 for the grid, already in metres east and north). The same for every ward, so borders stay shared."""
    if boundaries.grid == "bng":
        return 1.0
    latitudes = [
        y for polygons in boundaries.wards.values() for polygon in polygons for ring in polygon for _, y in ring
    ]
    return math.cos(math.radians((min(latitudes) + max(latitudes)) / 2))


def _open_ring(points: Sequence[IntPoint]) -> list[IntPoint]:
    """A ring without its closing point and without a point repeated straight after itself."""
    ring = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    while len(ring) > 1 and ring[-1] == ring[0]:
        ring.pop()
    return ring


def junctions(rings: Iterable[Sequence[IntPoint]]) -> set[IntPoint]:
    """Points where borders meet: a point with more than two neighbouring points, over all the rings."""
    beside: dict[IntPoint, set[IntPoint]] = defaultdict(set)
    for ring in rings:
        count = len(ring)
        for index, point in enumerate(ring):
            beside[point].update((ring[index - 1], ring[(index + 1) % count]))
    return {point for point, others in beside.items() if len(others) > 2}


@dataclass
class _Arcs:
    """Each border between junctions, simplified once, and the wards that use it."""

    junctions: set[IntPoint]
    simplified: dict[tuple[IntPoint, ...], list[IntPoint]] = field(default_factory=dict)
    users: dict[tuple[IntPoint, ...], set[str]] = field(default_factory=lambda: defaultdict(set))

    def ring(self, ward: str, ring: list[IntPoint]) -> list[IntPoint]:
        """The ring simplified, arc by arc; a ring that meets no other is one arc from its lowest point."""
        cuts = [index for index, point in enumerate(ring) if point in self.junctions]
        start = cuts[0] if cuts else ring.index(min(ring))
        turned = ring[start:] + ring[:start] + [ring[start]]
        cuts = [index for index, point in enumerate(turned) if point in self.junctions] or [0]
        if cuts[-1] != len(turned) - 1:
            cuts.append(len(turned) - 1)
        drawn = [turned[0]]
        for begin, end in pairwise(cuts):
            drawn += self._arc(ward, turned[begin : end + 1])[1:]
        return drawn

    def _arc(self, ward: str, arc: list[IntPoint]) -> list[IntPoint]:
        backwards = arc[::-1]
        key = tuple(min(arc, backwards))
        self.users[key].add(ward)
        if key not in self.simplified:
            self.simplified[key] = simplify(list(key), TOLERANCE * _GRID)
        kept = self.simplified[key]
        return kept if list(key) == arc else kept[::-1]

    def neighbours(self, wards: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Wards that share a border (an arc), each list in the council's ward order."""
        found: dict[str, set[str]] = defaultdict(set)
        for users in self.users.values():
            for ward in users:
                found[ward] |= users - {ward}
        return {ward: tuple(w for w in wards if w in found[ward]) for ward in wards}


def simplify(points: list[IntPoint], tolerance: float) -> list[IntPoint]:
    """Douglas-Peucker: keep the ends, and any point further than ``tolerance`` from the line kept so far."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        furthest, index = 0.0, -1
        for middle in range(first + 1, last):
            distance = _distance(points[middle], points[first], points[last])
            if distance > furthest:
                furthest, index = distance, middle
        if index >= 0 and furthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _distance(point: IntPoint, start: IntPoint, end: IntPoint) -> float:
    """From a point to the segment from start to end (to start itself, when they are the same point)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = dx * dx + dy * dy
    if not length:
        return math.dist(point, start)
    along = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / length))
    return math.dist(point, (start[0] + along * dx, start[1] + along * dy))


def _whole_units(ring: Sequence[IntPoint]) -> list[IntPoint]:
    return _open_ring([(round(x / _GRID), round(y / _GRID)) for x, y in ring])


def _area(ring: Sequence[IntPoint]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def path_data(ring: Sequence[IntPoint]) -> str:
    """A closed ring as short SVG path data: a move, then relative lines ("M10 20l3-2 4 5z")."""
    (x, y), *rest = ring
    text = f"M{x} {y}l"
    numbers = []
    for nx, ny in rest:
        numbers += [nx - x, ny - y]
        x, y = nx, ny
    for index, number in enumerate(numbers):
        text += str(number) if index == 0 or number < 0 else f" {number}"
    return text + "z"
