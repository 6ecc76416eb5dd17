"""Atom feeds: every one parses, holds what its list holds, and says honestly when each entry changed.

The demo is built with the real mkdocs at its "now" (10am on 24 November 2026),
again three days later just before 5pm on 27 November (nothing any feed says
has changed: only the "days left" of the garden waste consultation), and at
5pm, when that consultation closes and the street lighting decision's call-in
period ends. Every feed is read with feedparser, as a feed reader reads it.
"""

from __future__ import annotations

import posixpath
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from builds_at import AT_CLOSING, BEFORE_CLOSING, site_at
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.consultations import wording as consultation_wording
from haveyoursay.consultations.status import last_change
from haveyoursay.core.body import slug_of
from haveyoursay.decisions import wording as decision_wording
from hub_testing import demo_at

BASE = "https://haveyoursay.northbrook.example/"
ATOM = "http://www.w3.org/2005/Atom"
GARDEN_WASTE = f"{BASE}consultations/garden-waste-charge/"
STREET_LIGHTS = f"{BASE}decisions/NDC-2026-031/"


def feeds_of(site: Path) -> dict[str, feedparser.FeedParserDict]:
    return {
        p.relative_to(site).as_posix(): feedparser.parse(p.read_bytes()) for p in sorted(site.glob("feeds/**/*.xml"))
    }


def when(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def site_file(site: Path, url: str) -> Path:
    """The built file at an address of the site: a page's index.html, or the file itself."""
    assert url.startswith(BASE), url
    path = url.removeprefix(BASE)
    return site / path / "index.html" if path.endswith("/") or not path else site / path


def entries_by_id(feed) -> dict[str, feedparser.FeedParserDict]:
    return {entry.id: entry for entry in feed.entries}


def test_the_feeds_are_at_their_documented_addresses(demo_site):
    settings = demo_at().hub.settings
    expected = {
        "feeds/consultations.xml",
        "feeds/consultations/open.xml",
        "feeds/consultations/outcomes.xml",
        "feeds/decisions.xml",
        "feeds/decisions/forward-plan.xml",
        *(f"feeds/wards/{slug_of(ward)}.xml" for ward in settings.wards),
        *(f"feeds/topics/{slug_of(topic)}.xml" for topic in settings.topics),
    }
    assert set(feeds_of(demo_site)) == expected
    assert "feeds/wards/st-anne-s.xml" in expected


def test_every_feed_parses_with_stable_ids_updated_times_and_working_links(demo_site):
    for path, feed in feeds_of(demo_site).items():
        assert not feed.bozo, f"{path}: {feed.get('bozo_exception')}"
        assert feed.namespaces.get("") == ATOM
        assert feed.feed.id == f"{BASE}{path}"
        links = {link.rel: link.href for link in feed.feed.links}
        assert links["self"] == feed.feed.id
        assert site_file(demo_site, links["alternate"]).is_file(), f"{path} follows a page that does not exist"
        assert feed.feed.title.endswith(": Northbrook Borough Council") and feed.feed.subtitle
        assert feed.feed.author == "Northbrook Borough Council"
        ids = [entry.id for entry in feed.entries]
        assert len(ids) == len(set(ids)), f"{path}: an id is there twice"
        updated = [when(entry.updated) for entry in feed.entries]
        assert updated == sorted(updated, reverse=True), f"{path}: entries are not newest first"
        if feed.entries:
            assert when(feed.feed.updated) == updated[0], f"{path}: the feed's updated is not its newest entry's"
        for entry in feed.entries:
            assert entry.id.startswith(BASE) and entry.link == entry.id
            assert site_file(demo_site, entry.link).is_file(), f"{path}: {entry.link} is not a page"
            assert entry.title and entry.summary
            assert when(entry.updated) <= when("2026-11-24T10:00:00+00:00"), "an entry changed after the build"
            kind, status = (tag.term for tag in entry.tags[:2])
            labels = consultation_wording.STATUS_LABELS if kind == "consultation" else decision_wording.STATUS_LABELS
            label = next(text for state, text in labels.items() if state.value == status)
            html = entry.content[0]
            assert entry.content[0].type == "text/html"
            assert html.value.startswith(f"<p><strong>{label}.</strong> T")  # "This consultation ...", "The ..."


def test_every_feed_holds_what_its_list_holds(demo_site):
    demo = demo_at()
    feeds = feeds_of(demo_site)

    def listed(url: str) -> set[str]:
        page = demo.page(f"{url}index.md")
        return {f"{BASE}{card.href}" for card in page.cards}

    assert set(entries_by_id(feeds["feeds/consultations/open.xml"])) == listed("consultations/open/")
    assert set(entries_by_id(feeds["feeds/consultations/outcomes.xml"])) == listed("consultations/outcomes/")
    assert set(entries_by_id(feeds["feeds/decisions/forward-plan.xml"])) == listed("decisions/forward-plan/")
    assert set(entries_by_id(feeds["feeds/decisions.xml"])) == {f"{BASE}{n.url}" for n in demo.hub.decisions}
    # A consultation joins the feeds when it opens: before then nothing about it has happened.
    weeks = demo.hub.settings.outcome_due_weeks
    known = {f"{BASE}{c.url}" for c in demo.hub.consultations if last_change(c.record, demo.consultations.now, weeks)}
    assert set(entries_by_id(feeds["feeds/consultations.xml"])) == known
    assert listed("consultations/forthcoming/") and not listed("consultations/forthcoming/") & known


def test_a_record_for_all_wards_is_in_every_wards_feed_and_others_only_in_their_own(demo_site):
    demo, feeds = demo_at(), feeds_of(demo_site)
    records = [*demo.hub.consultations, *demo.hub.decisions]
    everywhere = [r for r in records if r.record.all_wards]
    assert everywhere and any(not r.record.all_wards for r in records)
    every = set(entries_by_id(feeds["feeds/consultations.xml"])) | set(entries_by_id(feeds["feeds/decisions.xml"]))
    for ward in demo.hub.settings.wards:
        held = set(entries_by_id(feeds[f"feeds/wards/{slug_of(ward)}.xml"]))
        expected = {f"{BASE}{r.url}" for r in records if r.record.all_wards or ward in r.record.wards} & every
        assert held == expected, ward


def test_a_topic_feed_holds_its_consultations_and_the_decisions_that_considered_them(demo_site):
    demo, feeds = demo_at(), feeds_of(demo_site)
    every = set(entries_by_id(feeds["feeds/consultations.xml"])) | set(entries_by_id(feeds["feeds/decisions.xml"]))
    by_slug = {c.slug: c for c in demo.hub.consultations}
    some_decision = False
    for topic in demo.hub.settings.topics:
        about = [c for c in demo.hub.consultations if topic in c.record.topics]
        considered = {
            n.url
            for n in demo.hub.decisions
            if any(slug in by_slug and by_slug[slug] in about for slug in n.record.consultations)
            or any(c.record.outcome and c.record.outcome.decision == n.reference for c in about)
        }
        some_decision = some_decision or bool(considered)
        expected = {f"{BASE}{url}" for url in [*(c.url for c in about), *considered]} & every
        assert set(entries_by_id(feeds[f"feeds/topics/{slug_of(topic)}.xml"])) == expected, topic
    assert some_decision


def test_nothing_in_a_feed_changes_between_builds_when_no_record_changed(demo_site):
    """Three days later, with "3 days left" become "Today is the last day" on the page: every feed is the
    same, byte for byte, so a feed reader sees nothing new (updated is never the time of the build)."""
    later = site_at(BEFORE_CLOSING)
    for path in feeds_of(demo_site):
        assert (later / path).read_bytes() == (demo_site / path).read_bytes(), path


def test_updated_changes_when_a_status_changes():
    before, after = feeds_of(site_at(BEFORE_CLOSING)), feeds_of(site_at(AT_CLOSING))
    closing = when("2026-11-27T17:00:00+00:00")
    old, new = entries_by_id(before["feeds/consultations.xml"]), entries_by_id(after["feeds/consultations.xml"])
    assert when(old[GARDEN_WASTE].updated) < closing == when(new[GARDEN_WASTE].updated)
    assert old[GARDEN_WASTE].content[0].value.startswith("<p><strong>Open.</strong>")
    assert new[GARDEN_WASTE].content[0].value.startswith("<p><strong>Closed: analysing feedback.</strong>")
    assert when(after["feeds/consultations.xml"].feed.updated) == closing
    assert GARDEN_WASTE in entries_by_id(before["feeds/consultations/open.xml"])
    assert GARDEN_WASTE not in entries_by_id(after["feeds/consultations/open.xml"])
    lights_before = entries_by_id(before["feeds/decisions.xml"])[STREET_LIGHTS]
    lights_after = entries_by_id(after["feeds/decisions.xml"])[STREET_LIGHTS]
    assert when(lights_before.updated) < closing == when(lights_after.updated)
    assert "Decided: call-in period over." in lights_after.content[0].value
    # Every other entry keeps its updated: only what changed says so.
    for id_, entry in old.items():
        if id_ != GARDEN_WASTE:
            assert new[id_].updated == entry.updated, id_


def _resolve(page: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(page, href))


def test_every_list_page_links_its_feed_and_calendar_in_its_head_and_under_the_list(demo_site):
    lists = 0
    for html in sorted(demo_site.rglob("index.html")):
        page = html.parent.relative_to(demo_site).as_posix()
        tree = LexborHTMLParser(html.read_text(encoding="utf-8"))
        for link in tree.css('head link[rel="alternate"]'):
            assert (demo_site / _resolve(page, link.attributes["href"])).is_file(), f"{page}: {link.attributes}"
        box = tree.css_first(".hub-get-updates")
        if box is None:
            continue
        lists += 1
        targets = [_resolve(page, a.attributes["href"]) for a in box.css("a")]
        assert targets[0].startswith("feeds/") and targets[1].startswith("calendars/") and targets[2] == "updates"
        assert all((demo_site / target).exists() for target in targets), page
        own = {_resolve(page, link.attributes["href"]) for link in tree.css('head link[rel="alternate"]')}
        assert set(targets[:2]) <= own, f"{page}: the head does not name the list's own feed and calendar"
    assert lists >= 30


@pytest.mark.parametrize("page", ["wards/castle/", "decisions/wards/castle/"])
def test_a_ward_page_of_either_kind_follows_the_wards_feed_and_calendar(read_page, page):
    box = read_page(page).css_first(".hub-get-updates")
    hrefs = [_resolve(page, a.attributes["href"]) for a in box.css("a")]
    assert hrefs == ["feeds/wards/castle.xml", "calendars/wards/castle.ics", "updates"]


def test_the_get_updates_page_lists_every_feed_and_calendar_and_the_footer_links_to_it(demo_site, read_page):
    tree = read_page("updates/")
    assert " ".join(tree.css_first("h1").text().split()) == "Get updates by feed or calendar"
    linked = {_resolve("updates", a.attributes["href"]) for a in tree.css(".hub-feeds a")}
    published = {p.relative_to(demo_site).as_posix() for p in demo_site.glob("feeds/**/*.xml")}
    published |= {p.relative_to(demo_site).as_posix() for p in demo_site.glob("calendars/**/*.ics")}
    assert linked == published
    text = " ".join(tree.css_first("article").text().split())
    assert "feed reader" in text and "From URL" in text and "Subscribe from web" in text
    footer = {a.text(): a.attributes["href"] for a in read_page("decisions/").css(".hub-footer a")}
    assert footer["Get updates by feed or calendar"] == "../updates/"
