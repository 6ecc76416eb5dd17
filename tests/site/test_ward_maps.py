"""The map of the wards on each page, as residents get it: the built demo site, and the drawing it is made from.

The demo ships content/wards.geojson (12 fictional wards), so every consultation,
decision notice and ward page of the demo build has a map. Its SVG is read as
XML (it must be well formed to be drawn), its shaded wards compared with the
record's wards, its links followed to the built pages, and its size measured.
The drawing's pieces (simplifying, shared borders, path data) are checked on
their own, and the size budget on a made-up council of 20 wards drawn at full detail.
"""

from __future__ import annotations

import math
import random
import time
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path
from urllib.parse import urljoin

import pytest
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.core.london import parse_when
from haveyoursay.site.hub import load_hub
from haveyoursay.site.maps.drawing import SIZE, draw_wards, junctions, path_data, simplify
from haveyoursay.site.maps.loading import Boundaries
from haveyoursay.site.maps.pages import WardMaps, plan_ward_maps
from haveyoursay.site.pages import plan_site
from hub_testing import DEMO_NOW, ROOT

SVG = "{http://www.w3.org/2000/svg}"
PAGE_BUDGET_BYTES = 8_000
"""What a map may add to a page (figure, SVG and words) for a council of 20 wards."""


@pytest.fixture(scope="module")
def demo():
    now = parse_when(DEMO_NOW)[0]
    hub = load_hub(ROOT, now)
    assert not hub.problems.errors and hub.settings is not None
    return hub, plan_site(hub, now, hub.settings.base_url, search=False)


def _figure(site: Path, url: str):
    html = (site / url / "index.html").read_text(encoding="utf-8")
    figures = LexborHTMLParser(html).css("figure.hub-ward-map")
    return figures[0] if figures else None


def _svg(figure) -> ET.Element:
    """The map's SVG, parsed as XML: a path that is not well formed would not be drawn."""
    return ET.fromstring(figure.css_first("svg").html)


def _shaded(svg: ET.Element) -> list[str]:
    group = next(g for g in svg.iter(f"{SVG}g") if g.get("class") == "hub-ward-map__shaded")
    return [path.get("d", "") for path in group.iter(f"{SVG}path")]


def _ward_paths(site: Path, wards) -> dict[str, str]:
    """Each ward's path, from its own page (where it is the one shaded ward)."""
    paths = {}
    for ward in wards:
        (shaded,) = _shaded(_svg(_figure(site, f"wards/{_slug(ward)}/")))
        paths[ward] = shaded
    return paths


def _slug(ward: str) -> str:
    return ward.lower().replace("'", "-").replace(" ", "-")


def test_every_consultation_and_decision_shades_exactly_its_wards(demo_site, demo):
    hub, _ = demo
    paths = _ward_paths(demo_site, hub.settings.wards)
    assert len(set(paths.values())) == 12, "each ward has a path of its own"
    records = [(c.url, c.record) for c in hub.consultations] + [(d.url, d.record) for d in hub.decisions]
    assert len(records) >= 25
    for url, record in records:
        svg = _svg(_figure(demo_site, url))
        wards = hub.settings.wards if record.all_wards else record.wards
        assert sorted(_shaded(svg)) == sorted(paths[ward] for ward in wards), url
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        assert title is not None and title.text == "Map of the wards of Northbrook Borough Council"
        assert desc is not None and desc.text.endswith("shaded."), url
        assert svg.get("role") == "img" and svg.get("aria-labelledby") == title.get("id")


def test_the_words_beside_the_map_name_the_shaded_wards_and_their_links_work(demo_site):
    figure = _figure(demo_site, "consultations/riverside-cycle-route/")
    words = " ".join(figure.css_first("figcaption").text().split())
    assert words == "Shaded on the map: Northgate, Riverside, Harbour"
    assert _svg(figure).find(f"{SVG}desc").text == "Northgate, Riverside and Harbour wards are shaded."
    base = "https://example.org/consultations/riverside-cycle-route/"
    for link in figure.css("figcaption a"):
        target = urljoin(base, link.attributes["href"]).removeprefix("https://example.org/")
        assert (demo_site / target / "index.html").is_file(), target
        page = LexborHTMLParser((demo_site / target / "index.html").read_text(encoding="utf-8"))
        assert page.css_first("h1").text() == f"Consultations in {link.text()} ward"


def test_a_ward_page_shades_the_ward_and_links_its_neighbours_to_their_pages(demo_site):
    figure = _figure(demo_site, "decisions/wards/castle/")
    assert len(_shaded(_svg(figure))) == 1
    links = {a.text(): a.attributes["href"] for a in figure.css("figcaption a")}
    assert links == {name: f"../{name.lower()}/" for name in ("Brookside", "Eastfield", "Millbrook", "Riverside")}
    assert _svg(figure).find(f"{SVG}desc").text == (
        "Castle ward is shaded. Castle is next to Brookside, Eastfield, Millbrook and Riverside wards."
    )


def test_pages_that_are_not_about_a_place_have_no_map(demo_site):
    for url in ("", "consultations/", "consultations/open/", "wards/", "topics/housing/", "decisions/", "search/"):
        assert _figure(demo_site, url) is None, url


def test_the_map_costs_the_demos_pages_a_few_kilobytes(demo_site, demo):
    hub, _ = demo
    for url in [c.url for c in hub.consultations] + ["wards/castle/"]:
        assert len(_figure(demo_site, url).html.encode()) < 4_500, url


def test_without_a_boundary_file_no_page_has_a_map(demo):
    hub, plan = demo
    assert len(plan.maps) == len(hub.consultations) + len(hub.decisions) + 2 * len(hub.settings.wards)
    assert plan_ward_maps(None, hub.settings, hub.consultations, hub.decisions) == {}


def test_a_record_naming_only_former_wards_has_no_map(demo):
    hub, _ = demo
    maps = WardMaps(draw_wards(hub.boundaries), hub.settings.name)
    assert maps.for_record(["Old Town"], False, str) is None
    assert maps.for_ward("Old Town", str) is None


# -- the drawing, piece by piece ---------------------------------------------------------------------


def test_path_data_is_a_move_then_relative_lines():
    assert path_data([(10, 20), (13, 18), (17, 23), (16, 22)]) == "M10 20l3-2 4 5-1-1z"


def test_simplify_keeps_the_ends_and_the_points_that_matter():
    line = [(0, 0), (100, 1), (200, 0), (300, 300), (400, 0)]
    assert simplify(line, 10) == [(0, 0), (200, 0), (300, 300), (400, 0)]
    assert simplify([(0, 0), (5, 5)], 10) == [(0, 0), (5, 5)]


def test_junctions_are_where_three_borders_meet():
    left = [(0, 0), (1, 0), (1, 1), (1, 2), (0, 2)]
    right = [(1, 0), (2, 0), (2, 2), (1, 2), (1, 1)]
    assert junctions([left, right]) == {(1, 0), (1, 2)}


def _council(columns: int, rows: int, detail: int) -> Boundaries:
    """A made-up council of columns x rows wards, each border a wiggly line of 2**detail segments, shared."""

    def corner(c: int, r: int) -> tuple[float, float]:
        rng = random.Random(c * 100 + r)
        inner = 0 < c < columns and 0 < r < rows
        return c + (rng.uniform(-0.3, 0.3) if inner else 0), r + (rng.uniform(-0.3, 0.3) if inner else 0)

    def border(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[float, float]]:
        rng = random.Random(f"{a}{b}")
        points = [corner(*a), corner(*b)]
        for _ in range(detail):
            finer = [points[0]]
            for p, q in pairwise(points):
                length = math.dist(p, q)
                off = rng.uniform(-0.15, 0.15) * length
                dx, dy = (q[0] - p[0]) / length, (q[1] - p[1]) / length
                finer += [((p[0] + q[0]) / 2 - dy * off, (p[1] + q[1]) / 2 + dx * off), q]
            points = finer
        return points

    def lon_lat(point: tuple[float, float]) -> tuple[float, float]:
        return -1.5 + point[0] * 0.03, 52.0 + point[1] * 0.018

    wards = {}
    for c in range(columns):
        for r in range(rows):
            ring = (
                border((c, r), (c + 1, r))
                + border((c + 1, r), (c + 1, r + 1))[1:]
                + border((c, r + 1), (c + 1, r + 1))[::-1][1:]
                + border((c, r), (c, r + 1))[::-1][1:]
            )
            wards[f"Ward {c}-{r}"] = ((tuple(lon_lat(p) for p in ring),),)
    return Boundaries("lonlat", wards)


def test_twenty_wards_at_full_detail_cost_a_page_under_8_kb_and_are_drawn_once_quickly():
    boundaries = _council(5, 4, 8)  # 20 wards, 256 segments a border: about 20,000 points
    started = time.perf_counter()
    shapes = draw_wards(boundaries)
    took = time.perf_counter() - started
    assert took < 2, f"drawing took {took:.1f}s"
    assert max(shapes.width, shapes.height) == SIZE
    maps = WardMaps(shapes, "Northbrook Borough Council")
    ward_map = maps.for_record(["Ward 2-2", "Ward 2-1"], False, lambda ward: f"wards/{ward}/")
    svg_bytes = sum(len(d) + 12 for d in (*ward_map.others, *ward_map.shaded)) + 900  # the paths and the markup
    assert svg_bytes < PAGE_BUDGET_BYTES, svg_bytes
    assert shapes.neighbours["Ward 2-2"] == ("Ward 1-2", "Ward 2-1", "Ward 2-3", "Ward 3-2")


def test_neighbouring_wards_share_their_border_point_for_point_after_simplifying():
    shapes = draw_wards(_council(2, 1, 6))
    left, right = (set(_points(d)) for d in shapes.paths.values())
    shared = left & right
    assert len(shared) >= 3, "the border between them is drawn with the same points in both wards"


def _points(d: str) -> list[tuple[int, int]]:
    """The absolute points of path data written by path_data."""
    import re

    numbers = [int(n) for n in re.findall(r"-?[0-9]+", d)]
    x, y = numbers[0], numbers[1]
    points = [(x, y)]
    for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
        x, y = x + dx, y + dy
        points.append((x, y))
    return points
