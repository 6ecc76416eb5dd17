"""The theme's stylesheet cut down to what the pages use (site/stylesheet.py), rule by rule.

The real-browser check that the cut-down stylesheet draws every page exactly as the full one
does is tests/browser/test_stylesheet_drawing.py.
"""

from __future__ import annotations

from pathlib import Path

import tinycss2

from haveyoursay.site.stylesheet import (
    UsedNames,
    attribute_names,
    compact,
    cut_down,
    theme_stylesheets,
    trim_theme_files,
    used_in,
)

PAGE = """<!doctype html><html lang="en-GB"><body dir="ltr">
<main class="md-content hub-content" id="main-content"><h1>Library hours</h1>
<div class="hub-stale" hidden data-stale-after="2026-11-27T17:00:00+00:00"><p>Closed</p></div>
<table><tr><th>When</th></tr></table></main></body></html>"""


def used(*pages: str, looking_for: frozenset[str] = frozenset({"hidden", "data-md-toggle", "dir"})) -> UsedNames:
    return used_in(pages or (PAGE,), looking_for)


def rules_of(css: str) -> list[str]:
    return [
        tinycss2.serialize(rule.prelude).strip()
        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    ]


def test_a_page_gives_its_classes_ids_elements_and_the_attributes_asked_about():
    names = used()
    assert {"md-content", "hub-content", "hub-stale"} <= names.classes
    assert names.ids == {"main-content"}
    assert {"html", "body", "main", "h1", "div", "p", "table", "tr", "th"} <= names.tags
    assert names.attributes == {"hidden", "dir"}
    assert not names.scripts


def test_rules_for_what_no_page_uses_are_left_out():
    css = (
        ".md-content{margin:0}.md-sidebar{width:12rem}#main-content{outline:0}#__search{top:0}h1{margin:0}dl{margin:0}"
    )
    assert rules_of(cut_down(css, used())) == [".md-content", "#main-content", "h1"]


def test_a_selector_list_keeps_only_the_selectors_the_pages_can_match():
    assert cut_down(".md-sidebar,.md-content,.md-tabs{padding:0}", used()) == ".md-content{padding:0}"


def test_a_descendant_selector_needs_every_name_it_gives():
    css = ".md-content h1{color:red}.md-content .md-nav{color:blue}.md-typeset table:not(.md-sidebar){margin:0}"
    assert rules_of(cut_down(css, used())) == [".md-content h1"]


def test_is_and_where_need_one_alternative_and_not_never_drops_a_rule():
    css = (
        ".md-content :is(h1,h2){margin:0}"
        ".md-content :is(.md-nav,.md-tabs){margin:0}"
        "main:where(.hub-content){padding:0}"
        "table:not(.md-sidebar){border:0}"
        "a:hover,a:focus{color:red}"
    )
    assert rules_of(cut_down(css, used())) == [
        ".md-content :is(h1,h2)",
        "main:where(.hub-content)",
        "table:not(.md-sidebar)",
    ]


def test_attribute_selectors_need_the_attribute_on_some_page():
    css = "[hidden]{display:none}[dir=rtl] p{margin:0}[data-md-toggle=search]{display:block}"
    assert rules_of(cut_down(css, used())) == ["[hidden]", "[dir=rtl] p"]
    assert attribute_names(css) == {"hidden", "dir", "data-md-toggle"}


def test_media_queries_keep_their_used_rules_and_go_when_empty():
    css = "@media print{.md-sidebar{display:none}h1{color:#000}}@media (min-width:76em){.md-tabs{display:block}}"
    assert cut_down(css, used()) == "@media print{h1{color:#000}}"


def test_custom_properties_stay_only_if_something_kept_uses_them_even_through_another():
    css = (
        ":root{--md-primary:#123;--md-accent:var(--md-blue);--md-blue:#00f;--md-icon:url('data:,x');--md-unused:1px}"
        "h1{color:var(--md-accent)}.md-sidebar{background:var(--md-icon)}"
    )
    cut = cut_down(css, used(), also_uses="main{border-color:var(--md-primary)}")
    assert "--md-accent" in cut and "--md-blue" in cut, "used by h1, directly and through --md-accent"
    assert "--md-primary" in cut, "used by the hub's own stylesheet"
    assert "--md-icon" not in cut and "--md-unused" not in cut


def test_keyframes_stay_only_if_an_animation_names_them():
    css = "@keyframes spin{to{transform:rotate(1turn)}}@keyframes fade{to{opacity:0}}h1{animation:spin 1s}"
    cut = cut_down(css, used())
    assert "@keyframes spin" in cut and "fade" not in cut


def test_rules_that_hold_no_selectors_are_kept_whole():
    assert cut_down('@charset "UTF-8";@page{margin:25mm}', used()) == '@charset "UTF-8";@page{margin:25mm}'


def test_compact_drops_comments_and_space_between_rules_and_nothing_else():
    css = "/* the banner */\n.hub-banner {\n  border: 1px solid red; /* red */\n}\n\n/* gone */\n"
    assert compact(css) == ".hub-banner {\n  border: 1px solid red; \n}"


def test_the_built_site_gets_the_cut_stylesheet_the_compact_own_one_and_no_theme_scripts(tmp_path: Path):
    material = theme_stylesheets([_material_templates()])
    assert material, "Material's stylesheet was not found"
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "javascripts" / "workers").mkdir(parents=True)
    (site / "assets" / "javascripts" / "workers" / "search.js").write_text("x", encoding="utf-8")
    full = material[0].read_text(encoding="utf-8")
    (site / "assets" / "stylesheets" / material[0].name).write_text(full, encoding="utf-8")
    (site / "assets" / "stylesheets" / (material[0].name + ".map")).write_text("{}", encoding="utf-8")
    (site / "assets" / "hub.css").write_text(
        "/* ours */\nh1 { color: var(--md-primary-fg-color); }\n", encoding="utf-8"
    )
    saved = trim_theme_files(site, used(looking_for=attribute_names(full)), "assets/hub.css")
    cut = (site / "assets" / "stylesheets" / material[0].name).read_text(encoding="utf-8")
    assert len(cut) < len(full) / 4
    assert "--md-primary-fg-color:" in cut, "the hub's own stylesheet uses it"
    assert ".md-sidebar" not in cut and ".md-content" in cut
    assert (site / "assets" / "hub.css").read_text(encoding="utf-8") == "h1 { color: var(--md-primary-fg-color); }"
    assert not (site / "assets" / "javascripts").exists()
    assert not list((site / "assets" / "stylesheets").glob("*.map"))
    assert saved > len(full) * 3 // 4


def test_the_theme_scripts_stay_if_a_page_loads_them(tmp_path: Path):
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    (tmp_path / "assets" / "javascripts" / "bundle.js").write_text("x", encoding="utf-8")
    names = used('<script src="assets/javascripts/bundle.js"></script>')
    trim_theme_files(tmp_path, names, "assets/hub.css")
    assert (tmp_path / "assets" / "javascripts" / "bundle.js").is_file()


def _material_templates() -> Path:
    import material

    return Path(material.__file__).parent / "templates"
