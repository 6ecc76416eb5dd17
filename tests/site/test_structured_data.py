"""What the built pages say about themselves: schema.org JSON-LD, link previews, the sitemap and robots.txt.

Read from the built demo with an HTML parser and an XML parser, as a search
engine or a link preview would read them.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

from selectolax.lexbor import LexborHTMLParser

from hub_testing import text_of

BASE = "https://haveyoursay.northbrook.example/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(read_page, url: str) -> list[dict]:
    blocks = read_page(url).css('script[type="application/ld+json"]')
    assert len(blocks) == 1, url
    data = json.loads(blocks[0].text())
    assert data["@context"] == "https://schema.org"
    return data.get("@graph", [data])


def meta(read_page, url: str) -> dict[str, str]:
    page = read_page(url)
    return {
        node.attributes.get("property") or node.attributes.get("name"): node.attributes.get("content")
        for node in page.css("head meta")
        if node.attributes.get("content") is not None
    }


def test_consultation_json_ld_has_the_closing_date_and_its_events(read_page):
    page, *events = json_ld(read_page, "consultations/budget-council-tax-2027-28/")
    assert page["@type"] == "WebPage"
    assert page["url"] == f"{BASE}consultations/budget-council-tax-2027-28/"
    assert page["name"] == "Budget and council tax 2027 to 2028"
    assert page["expires"] == "2027-01-11T17:00:00+00:00"
    assert page["datePublished"] == "2026-11-09T00:00:00+00:00"
    assert page["publisher"] == {"@type": "GovernmentOrganization", "name": "Northbrook Borough Council", "url": BASE}
    question_time = next(e for e in events if e["name"] == "Budget question time with the Leader of the Council")
    assert question_time["@type"] == "Event"
    assert (question_time["startDate"], question_time["endDate"]) == (
        "2026-11-26T18:30:00+00:00",
        "2026-11-26T20:00:00+00:00",
    )
    assert question_time["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in question_time["location"]} == {"Place", "VirtualLocation"}


def test_an_event_in_summer_time_carries_the_bst_offset(read_page):
    _, *events = json_ld(read_page, "consultations/library-opening-hours/")
    assert events and all(event["startDate"].endswith("+01:00") for event in events)


def test_a_forthcoming_consultation_is_not_yet_published(read_page):
    page, *_ = json_ld(read_page, "consultations/climate-action-plan/")
    assert "datePublished" not in page and "dateModified" not in page
    assert page["expires"] == "2027-03-22T17:00:00+00:00"


def test_decision_json_ld_names_the_notice_and_when_it_was_published(read_page):
    (page,) = json_ld(read_page, "decisions/NDC-2026-031/")
    assert page["identifier"] == "NDC-2026-031"
    assert page["datePublished"] == "2026-11-20T10:00:00+00:00"
    (planned,) = json_ld(read_page, "decisions/NDC-2026-033/")
    assert planned["datePublished"] == "2026-11-06T00:00:00+00:00"  # the notice on the forward plan


def test_json_ld_cannot_close_its_script_element(read_page):
    for url in ("consultations/budget-council-tax-2027-28/", "decisions/NDC-2026-031/"):
        raw = read_page(url).css_first('script[type="application/ld+json"]').text()
        assert "</" not in raw


def test_a_shared_link_shows_the_title_and_summary(read_page):
    tags = meta(read_page, "consultations/garden-waste-charge/")
    assert tags["og:title"] == "Changes to the garden waste collection charge"
    assert tags["og:description"].startswith("We want to raise the yearly charge")
    assert tags["og:url"] == f"{BASE}consultations/garden-waste-charge/"
    assert tags["og:type"] == "article" and tags["og:locale"] == "en_GB"
    assert tags["description"] == tags["og:description"]
    assert meta(read_page, "")["og:type"] == "website"


def test_no_page_loads_anything_to_share_it(read_page):
    page = read_page("consultations/garden-waste-charge/")
    # no sharing or tracking scripts: the one script is the hub's own stale-page notice, from the same site
    assert [s.attributes["src"] for s in page.css("script[src]")] == ["../../assets/stale-page.js"]
    assert not [a for a in page.css("a[href]") if "facebook" in a.attributes["href"] or "x.com" in a.attributes["href"]]


def test_the_sitemap_gives_each_records_real_last_change_not_the_build_time(demo_site):
    urls = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ElementTree.parse(demo_site / "sitemap.xml").getroot()
    }
    assert urls[f"{BASE}consultations/garden-waste-charge/"] == "2026-11-24"  # a day of its last fortnight
    assert urls[f"{BASE}consultations/library-opening-hours/"] == "2026-09-18"  # its outcome
    assert urls[f"{BASE}consultations/brookside-day-centre/"] == "2026-10-12"  # withdrawn
    assert urls[f"{BASE}decisions/NDC-2026-031/"] == "2026-11-20"  # published
    assert urls[f"{BASE}consultations/climate-action-plan/"] is None  # forthcoming: not yet known
    assert all(canonical.startswith(BASE) for canonical in urls)


def test_robots_txt_allows_everything_and_points_at_the_sitemap(demo_site):
    assert (demo_site / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {BASE}sitemap.xml\n"
    )


def test_every_page_has_a_canonical_address_on_the_configured_base_url(demo_site):
    for path in demo_site.rglob("index.html"):
        canonical = LexborHTMLParser(path.read_text(encoding="utf-8")).css_first('link[rel="canonical"]')
        assert canonical is not None and canonical.attributes["href"].startswith(BASE), path


def test_a_translations_name_is_marked_in_its_own_language(read_page):
    links = {text_of(a): a for a in read_page("consultations/budget-council-tax-2027-28/").css("#other-formats ~ ul a")}
    polish = links["Polski (Polish)"]
    assert polish.attributes["hreflang"] == "pl"
    assert polish.css_first("span").attributes["lang"] == "pl"
    urdu = links["اردو (Urdu)"].css_first("span")
    assert (urdu.attributes["lang"], urdu.attributes["dir"]) == ("ur", "rtl")
