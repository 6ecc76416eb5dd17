"""Find consultations near you: what the demo build publishes from content/postcodes.csv.

The lookup files (one per outward code, a few KB), the pages that work
without JavaScript (every link followed to a real ward page), the form on the
home page and the list of wards, and a council with no list: no finder at all.
The real-browser tests are in tests/browser/test_postcode_finder.py.
"""

from __future__ import annotations

import csv
import gzip
import json
import posixpath

import pytest
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.core.body import slug_of
from haveyoursay.site.postcodes.loading import normalise_postcode
from haveyoursay.site.postcodes.pages import lookup_file
from hub_testing import REPO, ROOT, copy_project, demo_at, run_mkdocs, text_of

CSV = ROOT / "content" / "postcodes.csv"
SCRIPT = REPO / "overrides" / "assets" / "postcode-finder.js"
FORM_PAGES = ("", "wards/")


def demo_postcodes() -> dict[str, str]:
    with CSV.open(encoding="utf-8", newline="") as file:
        return {normalise_postcode(row["postcode"]): row["ward"] for row in csv.DictReader(file)}


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def follow(from_url: str, href: str) -> str:
    """The site path a relative link on the page at ``from_url`` goes to (``wards/castle/``)."""
    folder = from_url if not from_url or from_url.endswith("/") else posixpath.dirname(from_url)
    joined = posixpath.normpath(posixpath.join(folder or ".", href))
    return "" if joined == "." else joined.rstrip("/") + "/"


# -- the lookup files -----------------------------------------------------------------------------


def test_the_demo_has_a_few_hundred_fictional_postcodes_in_every_ward():
    postcodes = demo_postcodes()
    assert 100 <= len(postcodes) <= 400
    assert {code.split(" ")[0][:2] for code in postcodes} == {"NB"}  # NB is not a real postcode area
    assert set(postcodes.values()) == set(demo_at().hub.settings.wards)


def test_there_is_one_lookup_file_per_outward_code_holding_just_its_postcodes(demo_site):
    postcodes = demo_postcodes()
    outward = {code.split(" ")[0] for code in postcodes}
    files = {p.stem: p for p in (demo_site / "postcodes").glob("*.json")}
    assert set(files) == outward
    found = {}
    for code, path in files.items():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"wards", "postcodes"}
        for inward, position in data["postcodes"].items():
            name, href = data["wards"][position]
            found[f"{code} {inward}"] = name
            ward_page = follow(f"postcodes/{path.name}", href)
            assert text_of(LexborHTMLParser((demo_site / ward_page / "index.html").read_text()).css_first("h1")) == (
                f"Consultations in {name} ward"
            )
        assert sorted(name for name, _ in data["wards"]) == sorted(
            {found[c] for c in found if c.startswith(code + " ")}
        )
    assert found == postcodes


def test_a_lookup_is_a_few_hundred_bytes_for_the_demo_and_a_few_kb_for_a_big_district(demo_site):
    sizes = {p.name: p.stat().st_size for p in (demo_site / "postcodes").glob("*.json")}
    assert max(sizes.values()) < 1_000, sizes
    # The biggest real postcode districts have about 3,000 postcodes (the average is about 600).
    big = {
        f"NB1 {sector}{a}{b}": f"Ward {sector}"
        for sector in range(10)
        for a in "ABDEFGHJLNPQRSTUW"
        for b in "ABDEFGHJLNPQRSTUWXYZ" * 2
    }
    big = dict(list(big.items())[:3000])
    assert len(big) == 3000
    data = lookup_file(big)
    assert len(data) < 30_000 and gzipped(data) < 8_000, (len(data), gzipped(data))


def test_the_script_is_small_and_the_same_file_as_the_theme(demo_site):
    published = (demo_site / "assets" / "postcode-finder.js").read_bytes()
    assert published == SCRIPT.read_bytes()
    assert len(published) < 5_000 and gzipped(published) < 2_000
    lookup = (demo_site / "postcodes" / "NB1.json").read_bytes()
    assert gzipped(published) + gzipped(lookup) < 3_000, "the script and one lookup are a few KB"
    assert "http" not in published.decode(), "the script asks nothing of any other site"


# -- without JavaScript ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", FORM_PAGES)
def test_the_form_goes_to_the_list_of_outward_codes_without_javascript(read_page, url):
    page = read_page(url)
    (form,) = page.css(".hub-postcode form")
    assert follow(url, form.attributes["action"]) == "postcodes/"
    assert form.attributes["method"] == "get"
    assert [i.attributes["name"] for i in form.css("input")] == ["postcode"]
    assert [s.attributes["src"] for s in page.css("script[src]")] == [
        posixpath.relpath("assets/postcode-finder.js", url or ".")
    ]


def test_only_the_home_page_and_the_wards_index_have_the_form(demo_site):
    with_form = sorted(
        p.parent.relative_to(demo_site).as_posix()
        for p in demo_site.rglob("index.html")
        if "postcode-finder.js" in p.read_text(encoding="utf-8")
    )
    assert with_form == [".", "wards"]


def test_every_outward_code_links_to_its_postcodes_and_each_postcode_to_its_ward(read_page):
    postcodes = demo_postcodes()
    index = read_page("postcodes/")
    assert text_of(index.css_first("h1")) == "Choose the first part of your postcode"
    entries = {text_of(a): follow("postcodes/", a.attributes["href"]) for a in index.css("main .hub-index a")}
    assert list(entries) == ["NB1", "NB2", "NB3", "NB4", "NB5", "NB6", "NB10"]  # NB10 after NB6
    assert "NB1 (36 postcodes)" in text_of(index.css_first("main .hub-index"))
    seen = {}
    for outward, url in entries.items():
        assert url == f"postcodes/{outward.lower()}/"
        page = read_page(url)
        assert text_of(page.css_first("h1")) == f"Postcodes starting {outward}"
        crumbs = [follow(url, a.attributes["href"]) for a in page.css(".hub-breadcrumbs a")]
        assert crumbs == ["", "wards/", "postcodes/"]
        for row in page.css("table.hub-postcodes tbody tr"):
            link = row.css_first("td a")
            seen[text_of(row.css_first("th"))] = text_of(link)
            assert follow(url, link.attributes["href"]) == f"wards/{slug_of(text_of(link))}/"
        wards = [text_of(a) for a in page.css("ul.hub-links a")]
        assert wards == sorted({w for code, w in seen.items() if code.startswith(outward + " ")})
    assert seen == postcodes


def test_the_outward_code_page_follows_the_ward_links_to_real_pages(read_page, demo_site):
    page = read_page("postcodes/nb1/")
    rows = {text_of(r.css_first("th")): r.css_first("td a").attributes["href"] for r in page.css("tbody tr")}
    assert rows["NB1 1AA"] == "../../wards/castle/"  # the Town Hall, Market Square
    assert (demo_site / "wards" / "castle" / "index.html").is_file()
    assert text_of(page.css_first("caption")) == "Postcodes starting NB1 and their wards"


# -- no list, no finder ---------------------------------------------------------------------------


def test_a_council_with_no_list_of_postcodes_has_no_finder(tmp_path):
    project = copy_project(tmp_path / "hub")
    (project / "content" / "postcodes.csv").unlink()
    site = tmp_path / "site"
    run_mkdocs(project, site)
    assert not (site / "postcodes").exists()
    for url in FORM_PAGES:
        page = LexborHTMLParser((site / url / "index.html").read_text(encoding="utf-8"))
        assert page.css(".hub-postcode, form[data-hub-messages], script[src]") == []
        assert "Find consultations near you" not in page.html
