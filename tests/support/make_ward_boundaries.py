#!/usr/bin/env python3
"""Write the demo's ward boundaries, content/wards.geojson: Northbrook's 12 fictional wards.

Standard library only. The town is a 4 by 3 patchwork of wards, about 8 km by
6 km, with the sea to the south. Each border between two wards is drawn once,
as a wiggly line (midpoint displacement from a fixed seed), and used by both
wards, so the wards tile the town with no gaps and no overlaps, as real
boundary data does. Harbour ward also has a small island, so the file has a
MultiPolygon as well as Polygons.

The coordinates are longitude and latitude (WGS84), as GeoJSON expects, near
52°N 1.5°W, to 6 decimal places (about 10 cm). The output is the same every
run, so running this again does not change the file in git.

    python3 tests/support/make_ward_boundaries.py          # write content/wards.geojson
    python3 tests/support/make_ward_boundaries.py --check  # exit 1 if the file is not what this writes
"""

from __future__ import annotations

import json
import math
import random
import sys
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROOT = REPO / "tests" / "demo" if (REPO / "tests" / "demo" / "mkdocs.yml").is_file() else REPO  # the demo council
OUTPUT = ROOT / "content" / "wards.geojson"

# The wards, row by row from the north; the sea is south of the last row.
ROWS_FROM_NORTH = (
    ("Kingsmead", "Northgate", "Millbrook", "Oakwood"),
    ("Abbey", "Riverside", "Castle", "Eastfield"),
    ("Westcliffe", "Harbour", "Brookside", "St Anne's"),
)
COLUMNS, ROWS = 4, 3
CELL_KM = 2.0
ORIGIN = (-1.55, 52.0)  # longitude, latitude of the south-west corner
SEED = 2026
DEPTH = 4  # each border is 2**4 = 16 segments


def _node(column: int, row: int) -> tuple[float, float]:
    """A corner where wards meet, in km east and north, moved a little from a regular grid."""
    rng = random.Random(SEED * 1000 + column * 10 + row)
    x, y = column * CELL_KM, row * CELL_KM
    inner_x, inner_y = 0 < column < COLUMNS, 0 < row < ROWS
    x += rng.uniform(-0.5, 0.5) if inner_x else rng.uniform(-0.15, 0.15)
    y += rng.uniform(-0.5, 0.5) if inner_y else rng.uniform(-0.25, 0.25)
    if row == 0:  # the coast bulges and bites
        y += 0.35 * math.sin(column * 1.7)
    return x, y


def _border(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[float, float]]:
    """The line between two corners, drawn once for both wards beside it (the coast wiggles most)."""
    a, b = _node(*start), _node(*end)
    rng = random.Random(f"{SEED}:{start}:{end}")
    coast = start[1] == end[1] == 0
    roughness = 0.28 if coast else 0.16
    points = [a, b]
    for _ in range(DEPTH):
        refined = [points[0]]
        for p, q in pairwise(points):
            length = math.dist(p, q)
            dx, dy = (q[0] - p[0]) / (length or 1), (q[1] - p[1]) / (length or 1)
            offset = rng.uniform(-roughness, roughness) * length
            refined += [((p[0] + q[0]) / 2 - dy * offset, (p[1] + q[1]) / 2 + dx * offset), q]
        points = refined
    return points


def _lon_lat(point: tuple[float, float]) -> list[float]:
    x, y = point
    latitude = ORIGIN[1] + y / 111.2
    longitude = ORIGIN[0] + x / (111.32 * math.cos(math.radians(ORIGIN[1])))
    return [round(longitude, 6), round(latitude, 6)]


def _ward_ring(column: int, row: int) -> list[list[float]]:
    """A ward's outline, anticlockwise as GeoJSON asks: south, east, north (reversed), west (reversed)."""
    south = _border((column, row), (column + 1, row))
    east = _border((column + 1, row), (column + 1, row + 1))
    north = _border((column, row + 1), (column + 1, row + 1))[::-1]
    west = _border((column, row), (column, row + 1))[::-1]
    points = south + east[1:] + north[1:] + west[1:]
    return [_lon_lat(p) for p in points]


def _island() -> list[list[float]]:
    """A small island off Harbour ward, anticlockwise."""
    centre = (3.1, -1.0)
    rng = random.Random(SEED + 1)
    points = []
    for step in range(12):
        angle = 2 * math.pi * step / 12
        radius = 0.32 * rng.uniform(0.75, 1.25)
        points.append((centre[0] + radius * 1.6 * math.cos(angle), centre[1] + radius * math.sin(angle)))
    ring = [_lon_lat(p) for p in points]
    return [*ring, ring[0]]


def features() -> list[dict]:
    found = []
    for from_north, names in enumerate(ROWS_FROM_NORTH):
        row = ROWS - 1 - from_north
        for column, name in enumerate(names):
            ring = _ward_ring(column, row)
            geometry: dict = {"type": "Polygon", "coordinates": [ring]}
            if name == "Harbour":
                geometry = {"type": "MultiPolygon", "coordinates": [[ring], [_island()]]}
            found.append({"type": "Feature", "properties": {"name": name}, "geometry": geometry})
    return sorted(found, key=lambda feature: feature["properties"]["name"])


def geojson() -> str:
    """One feature a line, as GDAL's ogr2ogr writes GeoJSON (so a message's line number names a ward)."""
    lines = [json.dumps(feature, ensure_ascii=False, separators=(", ", ": ")) for feature in features()]
    return (
        '{\n"type": "FeatureCollection",\n"name": "northbrook_wards",\n"features": [\n' + ",\n".join(lines) + "\n]\n}\n"
    )


def main(argv: list[str]) -> int:
    text = geojson()
    if "--check" in argv:
        same = OUTPUT.is_file() and OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.relative_to(ROOT)} is {'up to date' if same else 'not what this script writes'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode()):,} bytes, {len(features())} wards)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
