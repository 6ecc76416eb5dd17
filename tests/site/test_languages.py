"""Welsh and English addresses: each page's twin, links that stay in the page's language, one plan for both.

``site.languages`` is pure: these tests give it addresses and plans by hand. The whole bilingual site, built
by MkDocs from the demo's bilingual configuration, is tested in ``tests/site/test_bilingual_site.py``.
"""

from __future__ import annotations

from datetime import datetime

from haveyoursay.core.translations import ENGLISH, WELSH, language_now, speaking
from haveyoursay.site.components import Alternate
from haveyoursay.site.languages import SiteLanguages, relocated
from haveyoursay.site.pages import FileToPublish, GeneratedFile, SitePlan


def bilingual(*urls: str) -> SiteLanguages:
    languages = SiteLanguages(languages=(ENGLISH, WELSH))
    languages.learn(urls)
    return languages


SITE = bilingual(
    "",
    "cy/",
    "consultations/",
    "cy/consultations/",
    "consultations/library-hours/",
    "cy/consultations/library-hours/",
    "consultations/library-hours/proposal.pdf",
    "officers-guide/",
    "feeds/open.xml",
    "cy/feeds/open.xml",
)


def test_an_address_under_cy_is_welsh_and_every_other_is_english():
    assert SITE.language_of("cy/consultations/") == WELSH
    assert SITE.language_of("consultations/") == ENGLISH
    assert SITE.language_of("cyfarfodydd/") == ENGLISH  # only the folder cy/ itself is Welsh


def test_a_welsh_page_links_to_the_welsh_twin_of_its_target():
    assert SITE.in_language("consultations/library-hours/", WELSH) == "cy/consultations/library-hours/"
    assert (
        SITE.in_language("consultations/library-hours/#key-facts", WELSH) == "cy/consultations/library-hours/#key-facts"
    )
    assert SITE.in_language("feeds/open.xml", WELSH) == "cy/feeds/open.xml"
    assert SITE.in_language("", WELSH) == "cy/"


def test_a_target_with_no_welsh_twin_is_linked_as_it_is():
    assert SITE.in_language("consultations/library-hours/proposal.pdf", WELSH) == (
        "consultations/library-hours/proposal.pdf"
    ), "a record's files are published once, for both languages"
    assert SITE.in_language("officers-guide/", WELSH) == "officers-guide/"
    assert SITE.in_language("https://example.org/consultations/", WELSH) == "https://example.org/consultations/"
    assert SITE.in_language("mailto:help@caerwyn.example", WELSH) == "mailto:help@caerwyn.example"
    assert SITE.in_language("#main-content", WELSH) == "#main-content"


def test_an_english_page_links_as_before():
    assert SITE.in_language("consultations/library-hours/", ENGLISH) == "consultations/library-hours/"


def test_each_page_has_its_twin_in_the_other_language_when_there_is_one():
    assert SITE.twin("consultations/library-hours/") == (WELSH, "cy/consultations/library-hours/")
    assert SITE.twin("cy/consultations/library-hours/") == (ENGLISH, "consultations/library-hours/")
    assert SITE.twin("officers-guide/") is None


def test_hreflang_alternates_name_both_languages_the_page_itself_included():
    versions = SITE.alternates("cy/")
    assert [(v.hreflang, v.name, v.url) for v in versions] == [("cy", "Cymraeg", "cy/"), ("en-GB", "English", "")]
    assert SITE.alternates("officers-guide/") == []


def test_an_english_councils_site_is_unchanged():
    english = SiteLanguages()
    english.learn(["", "consultations/", "cy/consultations/"])  # even a folder called cy/ is just a folder
    assert english.language_of("cy/consultations/") == ENGLISH
    assert english.in_language("consultations/", ENGLISH) == "consultations/"
    assert english.twin("consultations/") is None
    assert english.alternates("consultations/") == []
    assert english.same_page_in_english("cy/accessibility.md") == "cy/accessibility.md"


def test_the_welsh_statement_is_the_twin_of_the_english_one():
    assert SITE.same_page_in_english("cy/accessibility.md") == "accessibility.md"


def test_a_plan_moves_under_cy_with_its_pages_files_and_feeds_but_not_the_records_files():
    plan = SitePlan()
    plan.page("consultations/index.md", "Ymgynghoriadau", "list.html", lambda: "list")
    plan.files.append(FileToPublish("consultations/library-hours/proposal.pdf", __file__))  # type: ignore[arg-type]
    plan.generated += [
        GeneratedFile("feeds/open.xml", b"<feed/>"),
        GeneratedFile("robots.txt", b"User-agent: *"),
        GeneratedFile("build.json", b"{}"),
    ]
    plan.alternates.append(Alternate("Ymgynghoriadau agored", "feeds/open.xml", "application/atom+xml"))
    plan.search_url = "search/"
    plan.unlisted.add("consultations/index.md")
    moved = relocated(plan, "cy/")
    assert [page.src_uri for page in moved.pages] == ["cy/consultations/index.md"]
    assert moved.models["cy/consultations/index.md"]() == "list"
    assert moved.files == []
    assert [f.site_path for f in moved.generated] == ["cy/feeds/open.xml"], "robots.txt and build.json: once a site"
    assert [a.href for a in moved.alternates] == ["cy/feeds/open.xml"]
    assert moved.search_url == "cy/search/"
    assert moved.unlisted == {"cy/consultations/index.md"}


def test_speaking_welsh_lasts_for_its_block_only():
    assert language_now() == ENGLISH
    with speaking(WELSH):
        assert language_now() == WELSH
    assert language_now() == ENGLISH


def test_welsh_dates_come_from_the_language_spoken():
    from haveyoursay.core import translations
    from haveyoursay.core.london import LONDON

    closes = datetime(2026, 3, 12, 17, 0, tzinfo=LONDON)
    assert translations.format_moment(closes) == "5pm on 12 March 2026"
    with speaking(WELSH):
        assert translations.format_moment(closes) == "5yh ar 12 Mawrth 2026"
