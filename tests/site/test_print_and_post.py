"""Print and post, as the built demo site gives it: which consultations have a summary and a notice to print,
what they say, and the QR code on them, read from the page and decoded with a barcode reader (zxing-cpp).

The print layout (pages of A4, type sizes, the code as printed) is tested in Chromium:
tests/browser/test_printing.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
import zxingcpp

from haveyoursay.site.printing.qr import QUIET_ZONE, qr_code

BASE = "https://haveyoursay.northbrook.example/"
OPEN = (
    "budget-council-tax-2027-28",
    "dog-control-pspo",
    "garden-waste-charge",
    "housing-allocations-policy",
    "kingsmead-residents-parking-zone",
)
"""The consultations open at the demo's "now" (tests/hub_testing.DEMO_NOW)."""
NOT_OPEN = ("climate-action-plan", "licensing-policy-2027", "northgate-play-area", "oakwood-leisure-centre")
"""Forthcoming, forthcoming, closed and with its outcome published at the demo's "now"."""


def squash(text: str) -> str:
    return " ".join(text.split())


def test_only_open_consultations_have_a_summary_and_a_notice_to_print(demo_site):
    printed = sorted(p.parent.parent.name for p in demo_site.glob("consultations/*/print/index.html"))
    noticed = sorted(p.parent.parent.name for p in demo_site.glob("consultations/*/notice/index.html"))
    assert printed == noticed == list(OPEN)


@pytest.mark.parametrize("slug", OPEN)
def test_an_open_consultations_page_links_to_its_summary_and_notice(read_page, slug):
    section = read_page(f"consultations/{slug}/").css_first("section.hub-print-links")
    assert section is not None and "data-responding" in section.attributes
    links = {squash(a.text()): a.attributes["href"] for a in section.css("a")}
    assert links == {"Print a summary to share": "print/", "Print a notice to put up": "notice/"}
    assert "(up to 2 pages of A4, for people who are not online)" in squash(section.text())


@pytest.mark.parametrize("slug", NOT_OPEN)
def test_a_consultation_that_is_not_open_offers_nothing_to_print(read_page, slug):
    assert read_page(f"consultations/{slug}/").css("section.hub-print-links") == []


def test_printed_pages_are_kept_out_of_search_engines_and_the_sitemap(read_page, demo_site):
    sitemap = (demo_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{BASE}consultations/garden-waste-charge/" in sitemap
    for kind in ("print", "notice"):
        page = read_page(f"consultations/garden-waste-charge/{kind}/")
        assert page.css_first("meta[name=robots]").attributes["content"] == "noindex"
        assert f"garden-waste-charge/{kind}/" not in sitemap


def test_the_summary_says_what_is_proposed_when_to_respond_and_every_offline_way(read_page):
    page = read_page("consultations/garden-waste-charge/print/")
    main = page.css_first("main")
    assert squash(main.css_first("h1").text()) == "Changes to the garden waste collection charge"
    assert [squash(h.text()) for h in main.css("h2")] == [
        "This page may be out of date",  # hidden unless it is read after the consultation closes
        "What we are proposing",
        "What can still change",
        "Key dates",
        "How to respond",
        "Events and drop-in sessions",
        "Contact",
        "Find out more",
    ]
    assert squash(main.css_first(".hub-printed__when").text()) == "Have your say by 5pm on 27 November 2026."
    rows = {
        squash(row.css_first("dt").text()): squash(row.css_first("dd").text(separator=" "))
        for row in main.css(".hub-summary-list__row")
    }
    assert rows["Opens"] == "16 October 2026" and rows["Closes"] == "5pm on 27 November 2026"
    assert rows["By post"] == (
        "Garden Waste Consultation Waste and Street Services, Northbrook Borough Council "
        "Town Hall, Market Square, Northbrook NB1 1AA"
    )
    assert rows["By phone"] == "01632 960 502"
    assert rows["Paper form"] == (
        f"Print the response form from {BASE}consultations/garden-waste-charge/response-form.pdf, "
        "or call 01632 960 502 and ask us to post you one."
    )
    assert rows["Where"] == "Town Hall, customer service centre, Market Square, Northbrook NB1 1AA"
    text = squash(main.text())
    assert "Gary Whitfield, Waste Services Manager, Waste and Street Services." in text
    assert "If you need this in large print, Easy Read, another language or another format" in text
    assert "We made this summary on 24 November 2026." in text


def test_the_notice_gives_the_closing_date_offline_ways_and_how_long_to_leave_it_up(read_page):
    main = read_page("consultations/garden-waste-charge/notice/").css_first("main")
    assert squash(main.css_first(".hub-site-notice__banner").text()) == "Have your sayNorthbrook Borough Council"
    when = main.css_first(".hub-site-notice__when")
    assert squash(when.text()) == "Tell us what you think by 5pm on 27 November 2026."
    ways = [squash(w.text(separator=" ")) for w in main.css(".hub-site-notice__way")]
    assert [w.split(":")[0] for w in ways] == ["By email", "By post", "By phone", "In person"]
    assert squash(main.css_first(".hub-site-notice__leave-up").text()) == (
        "Please leave this notice up until 27 November 2026."
    )


def test_a_long_notice_prints_the_next_event_and_counts_the_rest(read_page):
    main = read_page("consultations/budget-council-tax-2027-28/notice/").css_first("main")
    assert "hub-site-notice--compact" in main.css_first(".hub-site-notice").attributes["class"]
    assert len(main.css(".hub-site-notice__events li")) == 1
    assert "There are 2 more events on the web page." in squash(main.text())


def _modules(svg: ElementTree.Element) -> set[tuple[int, int]]:
    """The dark squares the SVG draws: its path is one "Mx yhNv1h-Nz" for each run of N along a row."""
    (path,) = svg.iter("{http://www.w3.org/2000/svg}path")
    runs = re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", path.get("d", ""))
    assert "".join(f"M{x} {y}h{n}v1h-{n}z" for x, y, n in runs) == path.get("d"), "the path is only runs of squares"
    return {(int(x) + step, int(y)) for x, y, n in runs for step in range(int(n))}


def _decoded(modules: set[tuple[int, int]], size: int, scale: int = 4) -> list[str]:
    """What a barcode reader reads in the squares, drawn black on white at ``scale`` pixels a square."""
    pixels = bytes(
        0 if (x // scale, y // scale) in modules else 255 for y in range(size * scale) for x in range(size * scale)
    )
    image = memoryview(pixels).cast("B", (size * scale, size * scale))
    return [found.text for found in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("slug", OPEN)
@pytest.mark.parametrize("kind", ["print", "notice"])
def test_the_qr_code_on_the_page_decodes_to_the_consultations_web_address(read_page, slug, kind):
    address = f"{BASE}consultations/{slug}/"
    node = read_page(f"consultations/{slug}/{kind}/").css_first("main svg.hub-qr__code")
    assert node.attributes["role"] == "img" and node.attributes["aria-label"] == f"QR code for {address}"
    svg = ElementTree.fromstring(node.html)
    size = int(svg.get("viewBox", "").split()[2])
    modules = _modules(svg)
    assert _decoded(modules, size) == [address]
    code = qr_code(address)
    drawn = {
        (x + QUIET_ZONE, y + QUIET_ZONE) for y, row in enumerate(code.modules) for x, dark in enumerate(row) if dark
    }
    assert modules == drawn, "the page draws the squares the qrcode library made for the address"


def test_the_barcode_reader_finds_nothing_in_a_damaged_code(read_page):
    """The decoding above is not vacuous: with the top third of its squares gone, the same code does not scan."""
    node = read_page("consultations/garden-waste-charge/print/").css_first("main svg.hub-qr__code")
    svg = ElementTree.fromstring(node.html)
    size = int(svg.get("viewBox", "").split()[2])
    assert _decoded({(x, y) for x, y in _modules(svg) if y > size // 3}, size) == []


def test_a_qr_code_is_kept_between_runs_and_a_damaged_kept_code_is_made_again(tmp_path):
    """Working the squares out is most of a large council's build, so they are kept (core.cache); what is
    read back must be a square of 0s and 1s, or it is worked out again, so nothing kept reaches a page."""
    from haveyoursay.core.cache import keeping
    from haveyoursay.site.printing import qr

    address = f"{BASE}consultations/garden-waste-charge/"
    with keeping(tmp_path):
        made = qr.squares(address)
    (kept,) = tmp_path.glob("qr-codes-*.json")
    entries = json.loads(kept.read_text(encoding="utf-8"))
    assert [[made]] == list(entries.values())
    kept.write_text(json.dumps({key: [["<script>alert(1)</script>"]] for key in entries}), encoding="utf-8")
    with keeping(tmp_path):
        assert qr.squares(address) == made
