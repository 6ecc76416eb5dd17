"""Every link in the built demo works: each internal address is a file of the site, each #fragment an id.

External addresses are listed (run with -s to see them), never fetched. The checker itself is
tests/support/links.py; the tests below also break copies of the site to prove it fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from hub_testing import demo_at
from support.links import check_site


@pytest.fixture(scope="module")
def base_url() -> str:
    """Where the demo says it is published (base_url in mkdocs.yml), as the build uses it."""
    settings = demo_at().hub.settings
    assert settings is not None
    return str(settings.base_url)


def test_every_link_in_the_demo_site_works(demo_site, base_url):
    report = check_site(demo_site, base_url)
    print()
    print(report.summary())
    assert report.pages > 50
    assert report.internal > 1000
    assert report.fragments > 0
    assert report.documents[".pdf"] > 0, "the demo's consultations link to their PDF documents"
    assert report.external, "the demo links to other sites, which are listed and not fetched"
    assert not report.broken, "\n".join(str(broken) for broken in report.broken)


def _copy(demo_site: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(demo_site.resolve(), copy)
    return copy


def _cross_page_fragment(site: Path, base_url: str) -> tuple[str, Path, str]:
    """A link on some page to an #id on another page: (the link, the target page, the id)."""
    for page in sorted(site.rglob("*.html")):
        page_url = urljoin(base_url, page.relative_to(site).as_posix())
        for link in LexborHTMLParser(page.read_text(encoding="utf-8")).css("a[href]"):
            href = link.attributes.get("href") or ""
            target = urlsplit(urljoin(page_url, href))
            if href.startswith("#") or not target.fragment or not target.geturl().startswith(base_url):
                continue
            path = target.path[len(urlsplit(base_url).path) :]
            return href, site / path / "index.html", target.fragment
    raise AssertionError("the demo has no link to an #id on another page")


def test_the_checker_reports_every_kind_of_broken_link(demo_site, base_url, tmp_path):
    site = _copy(demo_site, tmp_path)
    # A real page, a real document and a real #id that other pages link to disappear...
    page = site / "consultations" / "library-opening-hours" / "index.html"
    page.unlink()
    document = next(iter(sorted((site / "consultations").rglob("*.pdf"))))
    document.unlink()
    fragment_link, fragment_page, fragment = _cross_page_fragment(site, base_url)
    html = fragment_page.read_text(encoding="utf-8")
    fragment_page.write_text(html.replace(f'id="{fragment}"', f'id="{fragment}-gone"'), encoding="utf-8")
    home = site / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace('id="main-content"', 'id="main"'), encoding="utf-8")
    # ...and the home page gains links that cannot work.
    added = {
        "consultations/no-such-consultation/": "no file consultations/no-such-consultation/index.html",
        "consultations": "is a folder",
        "assets/missing.png": "no file assets/missing.png",
        "/../../etc/passwd": "no file etc/passwd",
        "javascript:alert(1)": "javascript:",
        "ftp://haveyoursay.northbrook.example/x": "ftp:",
    }
    links = "".join(f'<a href="{href}">x</a>' for href in added)
    home.write_text(
        home.read_text(encoding="utf-8").replace("</body>", f'{links}<img src="nowhere.svg" alt=""></body>'),
        encoding="utf-8",
    )

    report = check_site(site, base_url)
    problems = [str(broken) for broken in report.broken]
    shown = "\n".join(problems)

    assert any("no file consultations/library-opening-hours/index.html" in p for p in problems), shown
    document_path = document.relative_to(site).as_posix()
    assert any(f"no file {document_path}" in p for p in problems), shown
    assert any(fragment_link in p and f"no element with id {fragment!r}" in p for p in problems), shown
    assert any(p.startswith("index.html:") and "'#main-content'" in p for p in problems), shown
    for href, problem in added.items():
        assert any(f"{href!r}" in p and problem in p for p in problems), (href, shown)
    assert any("img src='nowhere.svg'" in p for p in problems), shown
    # Every page's skip link is broken only on the page whose id went, not elsewhere.
    assert sum("#main-content" in p for p in problems) == 1, shown


def test_the_checker_on_a_hub_published_in_a_folder_of_its_host(tmp_path):
    """A site at https://council.example/hub/ (a GitHub Pages project site, say)."""
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "docs").mkdir()
    (site / "docs" / "plan 2027.pdf").write_bytes(b"%PDF-1.7\n")
    (site / "a" / "index.html").write_text('<h2 id="here">A</h2><a name="old">old</a>', encoding="utf-8")
    (site / "index.html").write_text(
        """<html><head><link rel="canonical" href="https://council.example/hub/">
        <meta property="og:image" content="https://council.example/hub/missing.png"></head><body>
        <a href="a/#here">ok</a> <a href="a/#old">ok, a name</a> <a href="#top">top</a> <a href="#">top</a>
        <a href="docs/plan%202027.pdf#page=2">a document with a space; no ids in a PDF</a>
        <a href="/hub/a/">ok, root-absolute in the folder</a>
        <a href="/a/">leaves the folder</a>
        <a href="a/#nowhere">no such id</a>
        <a href="https://www.gov.uk/guidance">external</a> <a href="//www.gov.uk/guidance">external</a>
        <a href="mailto:x@council.example">mail</a> <a href="tel:01632960000">phone</a>
        <img srcset="a/ 1x, missing-2x.png 2x" alt="">
        <form action="search/"></form>
        </body></html>""",
        encoding="utf-8",
    )
    report = check_site(site, "https://council.example/hub/")
    problems = sorted(f"{b.address} {b.problem}" for b in report.broken)
    assert problems == [
        "/a/ leaves the hub's folder /hub/: it only works when the hub is at the top of its host",
        "a/#nowhere no element with id 'nowhere' on a/index.html",
        "https://council.example/hub/missing.png no file missing.png in the site",
        "missing-2x.png no file missing-2x.png in the site",
        "search/ no file search/index.html in the site",
    ]
    assert report.external == {"https://www.gov.uk/guidance": {"index.html"}}
    assert report.counted == {"mailto:": 1, "tel:": 1}
    assert report.documents[".pdf"] == 1
    assert report.pages == 2
