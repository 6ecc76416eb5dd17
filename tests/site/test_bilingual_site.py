"""The demo's bilingual configuration (Caerwyn County Council), built by MkDocs and read as a resident sees it.

Every page is published in English and in Welsh at the same address under cy/, with ``lang``, ``hreflang``
alternates and a language switch; the Welsh pages say everything in Welsh (the hub's own sentences from the
Welsh catalogue, dates the Welsh way, the records' Welsh text); search, feeds, calendars and open data exist
in each language. The English demo's tests show that an English council's site is unchanged.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import feedparser
import icalendar
import pytest
from babel.messages.pofile import read_po
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from haveyoursay.core.translations import catalogue_file
from hub_testing import BILINGUAL_DEMO, check_in_a_new_process, text_of

BASE = "https://dweudeichdweud.caerwyn.example/"
CONSULTATION = "consultations/library-opening-hours/"
NOTICE = "decisions/CCC-2026-004/"


@pytest.fixture(scope="module")
def read(bilingual_site):
    def page(url: str) -> HTMLParser:
        return HTMLParser((bilingual_site / url / "index.html").read_text(encoding="utf-8"))

    return page


def addresses(site: Path) -> list[str]:
    found = []
    for index in site.rglob("index.html"):
        folder = index.parent.relative_to(site).as_posix()
        found.append("" if folder == "." else folder + "/")
    return sorted(found)


def test_every_english_page_has_its_welsh_twin_under_cy(bilingual_site):
    pages = set(addresses(bilingual_site))
    welsh = {url.removeprefix("cy/") for url in pages if url.startswith("cy/")}
    english = {url for url in pages if not url.startswith("cy/")}
    assert len(welsh) > 20
    assert english <= welsh
    assert welsh - english == {CONSULTATION + "cynnig-oriau-agor/"}, "only a document written in Welsh alone"


def test_each_page_says_its_language(read):
    assert read(CONSULTATION).css_first("html").attributes["lang"] == "en-GB"
    assert read("cy/" + CONSULTATION).css_first("html").attributes["lang"] == "cy"
    assert read("cy/").css_first("html").attributes["lang"] == "cy"


@pytest.mark.parametrize("url", ["", CONSULTATION, NOTICE, "consultations/open/", "how-to-respond/"])
def test_both_versions_name_each_other_with_hreflang(read, url):
    for page in (read(url), read("cy/" + url)):
        alternates = {
            link.attributes["hreflang"]: link.attributes["href"] for link in page.css("link[rel=alternate][hreflang]")
        }
        assert alternates == {"en-GB": BASE + url, "cy": BASE + "cy/" + url, "x-default": BASE + url}


def test_the_language_switch_leads_to_the_same_page_in_the_other_language(read):
    english = read(CONSULTATION).css_first("nav.hub-language-switch")
    link = english.css_first("a")
    assert (text_of(link), link.attributes["lang"], link.attributes["hreflang"]) == ("Cymraeg", "cy", "cy")
    assert link.attributes["href"] == "../../cy/consultations/library-opening-hours/"
    assert english.css_first("[aria-current]").text() == "English"
    welsh = read("cy/" + CONSULTATION).css_first("nav.hub-language-switch")
    link = welsh.css_first("a")
    assert (text_of(link), link.attributes["lang"]) == ("English", "en-GB")
    assert link.attributes["href"] == "../../../consultations/library-opening-hours/"
    assert welsh.attributes["aria-label"] == "Iaith"


def test_a_welsh_consultation_page_is_in_welsh_with_welsh_dates(read):
    page = read("cy/" + CONSULTATION)
    assert text_of(page.css_first("h1")) == "Newidiadau i oriau agor llyfrgelloedd"
    headings = [text_of(h) for h in page.css("main h2, article h2")]
    assert "Beth rydym yn ei gynnig" in headings
    assert "Beth all newid o hyd" in headings
    words = text_of(page.css_first("article"))
    assert "Ar agor" in words
    assert "5yh ar 14 Rhagfyr 2026" in words
    assert "Rydym yn cynnig agor yn hwyrach" in words
    assert "Llyfrgelloedd a diwylliant" in words, "the council's topic, in its own Welsh"


def test_the_english_page_is_in_english(read):
    page = read(CONSULTATION)
    assert text_of(page.css_first("h1")) == "Changes to library opening hours"
    words = text_of(page.css_first("article"))
    assert "5pm on 14 December 2026" in words
    assert "Mawrth" not in words and "Rhagfyr" not in words


def test_we_asked_you_said_we_did_is_in_welsh_on_the_welsh_page(read):
    welsh = text_of(read("cy/consultations/recycling-centre-hours/").css_first("article"))
    assert "Roedd y rhan fwyaf ohonoch eisiau i’r ganolfan agor ar ddydd Sadwrn a dydd Sul." in welsh
    assert "Mae’r ganolfan bellach ar agor bob dydd Sadwrn a dydd Sul" in welsh
    assert "Most of you wanted" not in welsh
    english = text_of(read("consultations/recycling-centre-hours/").css_first("article"))
    assert "Most of you wanted the centre to open on Saturdays and Sundays." in english


def test_a_welsh_decision_notice_shows_its_welsh_sections_in_the_hubs_order(read):
    page = read("cy/" + NOTICE)
    assert text_of(page.css_first("h1")) == "Oriau agor newydd llyfrgelloedd"
    headings = [text_of(h) for h in page.css("article h3")]
    assert "Y penderfyniad y gofynnir amdano a’r camau a argymhellir" in headings
    assert "Ymgynghori cyn penderfynu" in headings
    words = text_of(page.css_first("article"))
    assert "Strategaeth Llyfrgelloedd 2025." in words and "Nid oes unrhyw gostau." in words
    assert "There are no costs." not in words and "The Library Strategy 2025." not in words


def test_links_on_a_welsh_page_stay_on_the_welsh_site(read):
    url = "cy/" + CONSULTATION
    page = read(url)
    navigation = [posixpath.normpath(posixpath.join(url, a.attributes["href"])) for a in page.css("nav.hub-nav a")]
    assert navigation == ["cy/consultations", "cy/decisions", "cy/wards", "cy/topics", "cy/how-to-respond"]
    assert page.css_first("nav.hub-nav a[aria-current]").attributes["href"] == "../", "its section is marked"


def test_each_language_lists_its_own_documents_and_a_records_files_are_published_once(read, bilingual_site):
    def documents(url: str) -> list[str]:
        links = read(url).css(".hub-documents a, .hub-document-list a")
        return [posixpath.normpath(posixpath.join(url, a.attributes["href"])) for a in links]

    assert documents(CONSULTATION) == ["consultations/library-opening-hours/proposal.pdf"]
    assert documents("cy/" + CONSULTATION) == ["cy/consultations/library-opening-hours/cynnig-oriau-agor"]
    assert (bilingual_site / CONSULTATION / "proposal.pdf").is_file()
    assert not (bilingual_site / "cy" / CONSULTATION / "proposal.pdf").exists(), "a record's files: once, in English"
    assert not (bilingual_site / CONSULTATION / "cynnig-oriau-agor").exists(), "the Welsh document: on the Welsh site"
    document = read("cy/" + CONSULTATION + "cynnig-oriau-agor/")
    assert document.css_first("html").attributes["lang"] == "cy"
    assert text_of(document.css_first("h1")) == "Cynnig oriau agor llyfrgelloedd"
    assert [text_of(th) for th in document.css("table th")] == ["Llyfrgell", "Oriau’r wythnos"]


def english_sentences() -> list[str]:
    """The hub's own English sentences of more than one word, as they would show on a page."""
    with catalogue_file("cy").open("rb") as po:
        catalogue = read_po(po, locale="cy")
    sentences = []
    for message in catalogue:
        english = message.id[0] if isinstance(message.id, tuple) else message.id
        if english and " " in english and "{" not in english and message.string != english:
            sentences.append(english)
    return sentences


ENGLISH_WORDS = re.compile(r"\b(the|and|you|your|what|this|will|our|for|with|from|when|how)\b", re.IGNORECASE)
"""Common English words that are not also Welsh ("we" is: "tudalen we", a web page)."""


OTHER_APPS_MENUS = ("Other calendars", "From URL", "Add calendar", "Subscribe from web")
"""What the calendar help names in other apps' own menus, as those apps show them."""


def welsh_text(page: HTMLParser) -> str:
    """What a Welsh page says, less what is marked as another language and what is not words."""
    body = page.css_first("body")
    for node in body.css("[lang]:not([lang=cy]), script, style, svg"):
        node.decompose()
    text = text_of(body)
    for menu in OTHER_APPS_MENUS:
        text = text.replace(menu, "")
    return text


def test_no_welsh_page_says_one_of_the_hubs_english_sentences(bilingual_site, read):
    sentences = english_sentences()
    assert len(sentences) > 300
    leaks = {}
    for url in addresses(bilingual_site):
        if not url.startswith("cy/"):
            continue
        text = welsh_text(read(url))
        found = [s for s in sentences if s in text]
        if found:
            leaks[url] = found
    assert leaks == {}


def test_no_welsh_page_has_english_words_outside_what_officers_wrote_in_english(bilingual_site, read):
    """The fields officers write once for both languages (a contact's role, a venue) are given in both
    languages in the demo, like "Rheolwr Llyfrgelloedd (Libraries Manager)"; anything else is the hub's."""
    leaks = {}
    for url in addresses(bilingual_site):
        if not url.startswith("cy/"):
            continue
        words = sorted({w.lower() for w in ENGLISH_WORDS.findall(welsh_text(read(url)))})
        if words:
            leaks[url] = words
    assert leaks == {}


def test_search_has_an_index_in_each_language(bilingual_site):
    entry = json.loads((bilingual_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {"en-gb", "cy"} <= {language.lower() for language in entry["languages"]}


def test_the_welsh_feeds_are_in_welsh(bilingual_site):
    feeds = sorted((bilingual_site / "cy" / "feeds").rglob("*.xml"))
    assert feeds
    for feed_file in feeds:
        feed = feedparser.parse(feed_file.read_bytes())
        assert not feed.bozo, feed_file
        assert feed.feed.get("language", "").startswith("cy") or feed.feed.title_detail.language == "cy"
    opened = feedparser.parse((bilingual_site / "cy" / "feeds" / "consultations" / "open.xml").read_bytes())
    assert [entry.title for entry in opened.entries] == ["Newidiadau i oriau agor llyfrgelloedd"]
    english = feedparser.parse((bilingual_site / "feeds" / "consultations" / "open.xml").read_bytes())
    assert [entry.title for entry in english.entries] == ["Changes to library opening hours"]


def test_the_welsh_calendar_is_in_welsh(bilingual_site):
    calendars = sorted((bilingual_site / "cy").rglob("*.ics"))
    assert calendars
    text = " ".join(
        str(component.get("SUMMARY", ""))
        for calendar in calendars
        for component in icalendar.Calendar.from_ical(calendar.read_bytes()).walk()
    )
    assert "Newidiadau i oriau agor llyfrgelloedd" in text
    assert "Changes to library opening hours" not in text


def test_open_data_is_published_in_each_language(bilingual_site):
    english = sorted(p.relative_to(bilingual_site).as_posix() for p in (bilingual_site / "data").rglob("*.*"))
    welsh = sorted(
        p.relative_to(bilingual_site / "cy").as_posix() for p in (bilingual_site / "cy" / "data").rglob("*.*")
    )
    assert english and welsh == english
    titles = (bilingual_site / "cy" / "data" / "consultations.csv").read_text(encoding="utf-8")
    assert "Newidiadau i oriau agor llyfrgelloedd" in titles


def test_the_welsh_accessibility_statement_lists_the_tested_checks_in_welsh(read):
    statement = text_of(read("cy/accessibility/").css_first("article"))
    assert "Cyngor Sir Caerwyn" in statement
    assert "axe-core" in statement
    assert "every page" not in statement


def test_the_bilingual_demo_checks_clean_in_both_languages():
    """Its records are complete in both languages: the check finds no error (it would report missing Welsh)."""
    result = check_in_a_new_process(BILINGUAL_DEMO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout
