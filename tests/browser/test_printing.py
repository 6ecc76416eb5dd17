"""Print and post: every printed summary and notice, printed to A4 PDF by Chromium and read back.

Each open consultation of the demo site, and of a small hub of
the longest consultations the printed pages allow (built here with the real
mkdocs), is printed with Chromium's own "Save as PDF" (``page.pdf``, A4):
the summary must take at most 2 pages and the notice exactly 1, with the
words a resident needs in the PDF's text and the site's header, footer and
breadcrumbs left out. The QR code is photographed as printed and decoded with
zxing-cpp, a real barcode reader, so it is known to scan.

A web address printed across two lines is read back from the PDF with a space
where the line breaks, so addresses are looked for with spaces taken out.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

import browser
from hub_testing import ROOT, copy_project, run_mkdocs

BASE = "https://haveyoursay.northbrook.example/"
OPEN_IN_THE_DEMO = (
    "budget-council-tax-2027-28",
    "dog-control-pspo",
    "garden-waste-charge",
    "housing-allocations-policy",
    "kingsmead-residents-parking-zone",
)
"""The consultations open at the demo's "now" (tests/hub_testing.DEMO_NOW)."""
PT = 96 / 72
"""CSS pixels in a point: 12pt is 16px."""
MM = 96 / 25.4


def printed(page, url: str) -> PdfReader:
    """The page as Chromium prints it on A4, as its "Save as PDF" does (print media, the page's own @page)."""
    browser.goto(page, url)
    return PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))


def text_of(pdf: PdfReader) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)


def says_address(address: str, text: str) -> bool:
    """Whether the printed text gives the web address, whatever line it breaks onto."""
    return address in "".join(text.split())


def printed_pages(site_root: Path) -> list[str]:
    """Every printed summary and notice of a built site, as URL paths."""
    return sorted(
        f"/{p.parent.relative_to(site_root).as_posix()}/"
        for kind in ("print", "notice")
        for p in Path(site_root).glob(f"consultations/*/{kind}/index.html")
    )


@pytest.fixture(scope="module")
def print_context(new_browser_context_module):
    return new_browser_context_module(java_script_enabled=False)


@pytest.fixture(scope="module")
def new_browser_context_module(chromium_browser):
    contexts = []

    def make(**options):
        context = browser.new_context(chromium_browser, **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def _fits(site, paths, page) -> dict[str, str]:
    problems = {}
    for path in paths:
        pages = len(printed(page, site.url(path)).pages)
        most = 1 if path.endswith("/notice/") else 2
        if pages > most or pages < 1:
            problems[path] = f"prints on {pages} pages of A4 (at most {most})"
    return problems


def test_every_summary_prints_on_at_most_two_pages_of_a4_and_every_notice_on_one(served_site, print_context):
    paths = printed_pages(served_site.root)
    kinds = ("print", "notice")
    assert paths == sorted(f"/consultations/{slug}/{kind}/" for slug in OPEN_IN_THE_DEMO for kind in kinds)
    assert _fits(served_site, paths, print_context.new_page()) == {}


def test_the_printed_summary_holds_what_a_resident_offline_needs_and_no_site_navigation(served_site, print_context):
    text = text_of(printed(print_context.new_page(), served_site.url("/consultations/garden-waste-charge/print/")))
    for words in (
        "Changes to the garden waste collection charge",
        "Have your say by 5pm on 27 November 2026.",
        "What we are proposing",
        "raise the charge to £52 a year from April 2027",
        "What can still change",
        "Opens 16 October 2026",
        "Closes 5pm on 27 November 2026",
        "Garden Waste Consultation",
        "Town Hall, Market Square, Northbrook NB1 1AA",
        "By phone 01632 960 502",
        "Ask for a paper form at the Town Hall customer service centre or at any library.",
        "Drop-in at the Town Hall",
        "Blue badge parking at the back of the building.",
        "Gary Whitfield",
        "email accessibility@northbrook.example",
    ):
        assert words in text, f"the printed summary does not say {words!r}:\n{text}"
    page_address = f"{BASE}consultations/garden-waste-charge/"
    for address in (f"{page_address}response-form.pdf", page_address):
        assert says_address(address, text), f"the printed summary does not give {address}:\n{text}"
    for site_only in ("Skip to main content", "Decisions Wards Topics", "Page updated", "Help and support", "Home"):
        assert site_only not in text, f"the printed summary shows the site's {site_only!r}"
    assert "(https://" not in text and "(../" not in text, "a link's address is printed after it"


def test_the_printed_notice_is_one_page_in_large_type_with_the_closing_date_and_offline_ways(
    served_site, print_context
):
    page = print_context.new_page()
    text = text_of(printed(page, served_site.url("/consultations/garden-waste-charge/notice/")))
    for words in (
        "Have your say",
        "Northbrook Borough Council",
        "Tell us what you think by 5pm on 27 November 2026.",
        "By phone: 01632 960 502",
        "Drop-in at the Town Hall: 10am to 1pm on 25 November 2026",
        "Please leave this notice up until 27 November 2026.",
    ):
        assert words in text, f"the printed notice does not say {words!r}:\n{text}"
    assert says_address(f"{BASE}consultations/garden-waste-charge/", text), text
    assert "Skip to main content" not in text and "Page updated" not in text
    page.emulate_media(media="print")
    sizes = page.evaluate(
        """() => Object.fromEntries(['.hub-site-notice__title', '.hub-site-notice__when', '.hub-site-notice__summary']
            .map(s => [s, parseFloat(getComputedStyle(document.querySelector(s)).fontSize)]))"""
    )
    assert sizes[".hub-site-notice__title"] >= 30 * PT, sizes  # a title to read from across the street
    assert min(sizes.values()) >= 14 * PT, sizes


_SMALLEST_TEXT = """() => {
  let smallest = [Infinity, ''];
  for (const el of document.querySelectorAll('main *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const name = el.localName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40);
    if (size < smallest[0]) smallest = [size, name];
  }
  return smallest;
}"""


@pytest.mark.parametrize("kind", ["print", "notice"])
def test_printed_text_is_never_smaller_than_12pt_and_is_black_on_white(served_site, print_context, kind):
    page = print_context.new_page()
    page.emulate_media(media="print")
    browser.goto(page, served_site.url(f"/consultations/budget-council-tax-2027-28/{kind}/"))
    size, where = page.evaluate(_SMALLEST_TEXT)
    assert size >= 12 * PT, f"text of {size / PT:.1f}pt when printed: {where}"
    colours = page.evaluate(
        """() => [...new Set([...document.querySelectorAll('main p, main dd, main dt, main h1, main h2, main li')]
            .filter(el => el.checkVisibility() && !el.closest('.hub-site-notice__banner'))
            .map(el => getComputedStyle(el).color))]"""
    )
    assert colours == ["rgb(0, 0, 0)"], colours


@pytest.mark.parametrize("kind", ["print", "notice"])
def test_printed_pages_have_no_axe_violations_on_screen_or_when_printed(served_site, new_browser_context, kind):
    page = new_browser_context().new_page()
    url = served_site.url(f"/consultations/kingsmead-residents-parking-zone/{kind}/")
    browser.goto(page, url)
    assert browser.run_axe(page) == []
    page.emulate_media(media="print")
    violations = browser.run_axe(page)
    assert violations == [], browser.format_violations(violations)


def test_printed_pages_ask_nothing_of_another_host_and_load_no_image_for_the_qr_code(served_site, new_browser_context):
    context = new_browser_context()
    network = browser.NetworkRecorder(context)
    page = context.new_page()
    for kind in ("print", "notice"):
        network.clear()
        browser.goto(page, served_site.url(f"/consultations/garden-waste-charge/{kind}/"))
        network.wait_quiet(page)
        assert [url for url in network.urls if not served_site.is_local(url)] == []
        files = {url.rsplit("/", 1)[-1] for url in network.urls}
        assert not [f for f in files if f.endswith((".png", ".jpg", ".gif", ".webp")) or "qr" in f.lower()], files
        assert page.locator("main svg[role=img]").count() == 1


# -- the QR code scans ------------------------------------------------------------------------------


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and grey levels (one byte a pixel) of a PNG as Chromium writes a screenshot:
    8 bits a channel, grey, RGB or RGBA, not interlaced. Enough of PNG (RFC 2083) to read one."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, header = 8, b"", None
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 6: 4}[colour]
    assert depth == 8 and interlace == 0
    raw, stride = zlib.decompress(data), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
                line[x] = (line[x] + near[2]) & 255
        rows.append(bytes(line[::channels]) if channels > 1 else bytes(line))  # the red channel: the code is grey
        previous = line
    return width, height, b"".join(rows)


def scanned(page, selector: str) -> list[str]:
    """What a barcode reader finds in the element, photographed as the page prints it."""
    width, height, grey = _png_pixels(page.locator(selector).screenshot(animations="disabled"))
    image = memoryview(grey).cast("B", (height, width))
    return [found.text for found in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("kind", ["print", "notice"])
def test_the_qr_code_scans_to_the_consultations_page_and_is_at_least_3cm_on_paper(served_site, print_context, kind):
    page = print_context.new_page()
    page.emulate_media(media="print")
    for slug in ("garden-waste-charge", "budget-council-tax-2027-28", "housing-allocations-policy"):
        browser.goto(page, served_site.url(f"/consultations/{slug}/{kind}/"))
        assert scanned(page, "main svg.hub-qr__code") == [f"{BASE}consultations/{slug}/"]
        box = page.locator("main svg.hub-qr__code").bounding_box()
        assert box["width"] >= 30 * MM and box["height"] == box["width"], box


def test_the_barcode_reader_would_see_a_code_that_does_not_scan(served_site, print_context):
    """The check above is not vacuous: the barcode reader finds nothing in the top half of the same code."""
    page = print_context.new_page()
    page.emulate_media(media="print")
    browser.goto(page, served_site.url("/consultations/garden-waste-charge/print/"))
    box = page.locator("main svg.hub-qr__code").bounding_box()
    half = {"x": box["x"], "y": box["y"], "width": box["width"], "height": box["height"] / 2}
    width, height, grey = _png_pixels(page.screenshot(clip=half, full_page=True, animations="disabled"))
    assert width > 100 and height > 50
    assert zxingcpp.read_barcodes(memoryview(grey).cast("B", (height, width))) == []


# -- the longest consultation the printed pages allow still fits -----------------------------------


def _words(count: int, sentence: str) -> str:
    words = (sentence.split() * count)[:count]
    return " ".join(words)


LONGEST = """---
title: {title}
summary: {summary}
opens: {opens}
closes: 2027-01-29 17:00
wards: all
topics: [Waste and recycling, Budget and council tax, Environment and climate]
service: Waste and Street Services
engagement_level: consult
contact:
  name: Siobhán O'Neill-D'Arcy
  role: Head of Waste, Recycling and Street Cleansing Services
  team: Waste and Street Services
  email: waste.recycling.and.street.cleansing@northbrook.example
  phone: 01632 960 502 ext 245
ways_to_respond:
  online: https://forms.northbrook.example/waste-recycling-and-street-cleansing-services-review-2027
  email: waste.recycling.and.street.cleansing@northbrook.example
  post: |
    Freepost RTKA-BCDE-FGHJ
    Waste, Recycling and Street Cleansing Services Review
    Waste and Street Services, Northbrook Borough Council
    Town Hall, Market Square
    Northbrook NB1 1AA
  phone: 01632 960 502 ext 245
  in_person: {in_person}
  response_form: response-form.pdf
documents:
  - title: Response form
    file: response-form.pdf
    accessible: true
events:
{events}
---
## What we are proposing

{proposal}

## What can still change

{change}

## Why we are consulting

We want to hear from you.

## What happens next

We will decide in March.
"""
EVENT = """  - title: Drop-in session at the Northbrook Community and Voluntary Services Centre, room {number}
    start: 2027-01-{day:02d} 10:00
    end: 2027-01-{day:02d} 16:30
    venue: Northbrook Community and Voluntary Services Centre, main hall
    address: Unit {number}, Riverside Business Park, Long Meadow Lane, Northbrook NB7 4QZ
    access: >-
      Step-free entrance from the car park, lifts to every floor, accessible toilets, a hearing loop,
      a quiet room and British Sign Language interpreters on request.
    online: https://meet.northbrook.example/waste-review-drop-in-session-{number}
"""


def _longest(opens: str, proposal_words: int, change_words: int, in_person_words: int) -> str:
    from haveyoursay.site.printing.pages import CHANGE_WORDS, PROPOSAL_WORDS

    assert proposal_words >= PROPOSAL_WORDS and change_words >= CHANGE_WORDS
    sentence = "We will collect your bins on a new day and tell you in good time before anything changes."
    items = "\n".join(f"- {_words(12, sentence)}" for _ in range(8))
    proposal = f"{_words(proposal_words - 96 - 20, sentence)}\n\n{items}\n\n{_words(20, sentence)}"
    return LONGEST.format(
        title=_words(40, "Changes to waste recycling and street cleansing services across Northbrook")[:150].strip(),
        summary=_words(60, sentence),
        opens=opens,
        in_person=_words(in_person_words, "Ask for a paper form at any library or at the Town Hall."),
        events="".join(EVENT.format(number=n, day=n + 4) for n in range(1, 7)),
        proposal=proposal,
        change=f"{_words(change_words // 2, sentence)}\n\n{_words(change_words - change_words // 2, sentence)}",
    )


@pytest.fixture(scope="module")
def longest_site(tmp_path_factory):
    """A hub of the longest consultation the printed pages print in full, one whose sections are a word too
    long (the summary leaves them to the web page), and one not open yet (which has no printed pages)."""
    from haveyoursay.site.printing.pages import CHANGE_WORDS, IN_PERSON_WORDS, PROPOSAL_WORDS

    project = copy_project(tmp_path_factory.mktemp("longest") / "hub", with_consultations=False)
    form = ROOT / "consultations" / "garden-waste-charge" / "response-form.pdf"
    for slug, opens, extra in (("longest-open", "2026-11-02", 0), ("longest-forthcoming", "2026-12-01 09:00", 0),
                               ("too-long", "2026-11-02", 1)):
        folder = project / "consultations" / slug
        folder.mkdir(parents=True)
        (folder / "response-form.pdf").write_bytes(form.read_bytes())
        record = _longest(opens, PROPOSAL_WORDS + extra, CHANGE_WORDS + extra, IN_PERSON_WORDS + extra)
        (folder / "index.md").write_text(record, encoding="utf-8")
    site = tmp_path_factory.mktemp("longest") / "site"
    run_mkdocs(project, site)
    server = browser.StaticSite(site).start()
    try:
        yield server
    finally:
        server.stop()


def test_the_longest_summary_and_notice_still_fit_their_pages_of_a4(longest_site, print_context):
    paths = printed_pages(longest_site.root)
    kinds = ("notice", "print")
    assert paths == [f"/consultations/{slug}/{kind}/" for slug in ("longest-open", "too-long") for kind in kinds]
    assert _fits(longest_site, paths, print_context.new_page()) == {}


def test_sections_too_long_for_paper_are_left_to_the_web_page(longest_site, print_context):
    page = print_context.new_page()
    full = text_of(printed(page, longest_site.url("/consultations/longest-open/print/")))
    cut = text_of(printed(page, longest_site.url("/consultations/too-long/print/")))
    assert "The full proposal is on the web page." not in full and "What we are proposing We will collect" in full
    assert "The full proposal is on the web page. Its address is at the end of this summary." in cut
    assert "The web page says what can still change." in cut
    assert "There are 5 more events on the web page." in full  # a long summary prints the next event only
    assert "There are 3 more events on the web page." in cut  # its sections left to the web page leave room
    notice = text_of(printed(page, longest_site.url("/consultations/too-long/notice/")))
    assert "In person: The web page says where and when." in notice
    assert "There are 5 more events on the web page." in notice
