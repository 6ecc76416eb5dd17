"""The hub's templates in Welsh: what the partials write themselves, on a page made while Welsh is spoken.

Every fixed sentence, heading, label, link text and aria-label in overrides/ goes through ``_`` (or
``ngettext``), so a Welsh page shows them in Welsh and an English page exactly as before (the other tests
in this folder compare the English HTML). The examples' page models were planned in English: only the
templates' own words change here, and the words that come from the council (its name, a record's title)
are never translated by the hub. Each test has "welsh" in its name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import jinja2
import pytest
from babel.messages.extract import extract
from examples import SCRIPT, all_examples
from render import OVERRIDES, _context, environment, hub_autoescape, render_component, site_config, url_filter
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.core.translations import catalogue_for, format_date, speaking

EXAMPLES = all_examples()


def squash(text: str) -> str:
    return " ".join((text or "").split())


def in_welsh(name: str, **changes) -> LexborHTMLParser:
    """An example's partial rendered while Welsh is spoken (``changes`` replace parts of its context)."""
    example = EXAMPLES[name]
    if changes:
        example = replace(example, context={**example.context, **changes})
    with speaking("cy"):
        return LexborHTMLParser(render_component(example))


def text_of(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    assert node is not None, f"no {selector}"
    return squash(node.text(separator=""))


def marked_in_the_templates() -> dict[str | tuple[str, str], str]:
    """Every sentence a template in overrides/ says through _ or ngettext, as pybabel extract finds it."""
    found = {}
    for template in sorted(OVERRIDES.rglob("*.html")):
        with template.open("rb") as source:
            for line, message, _comments, _context in extract(
                "jinja2", source, keywords={"_": None, "ngettext": (1, 2)}, options={}
            ):
                found[message] = f"{template.relative_to(OVERRIDES)}:{line}"
    return found


def test_every_sentence_the_templates_mark_has_welsh():
    welsh = catalogue_for("cy")
    marked = marked_in_the_templates()
    assert len(marked) > 90
    missing = []
    for message, where in marked.items():
        if isinstance(message, tuple):
            singular, plural = message
            if any(welsh.ngettext(singular, plural, n) in (singular, plural) for n in (0, 1, 2, 3, 6)):
                missing.append(f"{where}: {message}")
        elif welsh.gettext(message) == message:
            missing.append(f"{where}: {message}")
    assert missing == [], "add their Welsh to hooks/haveyoursay/locales/cy/LC_MESSAGES/hub.po"


def test_the_welsh_catalogue_names_the_service_and_each_section_of_the_navigation():
    # Shown through _(...) from mkdocs.yml, so pybabel cannot find them in the templates.
    site_name, nav = site_config()
    welsh = catalogue_for("cy").gettext
    assert welsh(site_name) == "Dweud eich dweud"
    assert [welsh(item.title) for item in nav] == [
        "Ymgynghoriadau",
        "Penderfyniadau",
        "Wardiau",
        "Pynciau",
        "Sut i ymateb",
    ]


def test_welsh_header_names_the_service_and_sections_but_not_the_council():
    header = in_welsh("header--current-section")
    assert text_of(header, ".hub-skip-link") == "Neidio i’r prif gynnwys"
    assert text_of(header, ".hub-header__service") == "Dweud eich dweud"
    assert text_of(header, ".hub-header__council") == "Northbrook Borough Council"
    assert header.css_first("nav.hub-nav").attributes["aria-label"] == "Prif lywio"
    links = header.css(".hub-nav__link")
    assert [squash(a.text()) for a in links] == [
        "Ymgynghoriadau",
        "Penderfyniadau",
        "Wardiau",
        "Pynciau",
        "Sut i ymateb",
    ]
    assert links[0].attributes["aria-current"] == "true"
    box = header.css_first("form.hub-search-box")
    assert box.attributes["aria-label"] == "Chwilio’r wefan hon"
    assert text_of(box, "label") == "Chwilio ymgynghoriadau a phenderfyniadau"
    assert text_of(box, "button") == "Chwilio"


def test_welsh_footer_gives_its_links_and_phone_sentence_in_welsh():
    footer = in_welsh("footer--default")
    assert text_of(footer, "h2") == "Help a chymorth"
    assert [squash(a.text()) for a in footer.css(".hub-footer__links a")] == [
        "Sut i ymateb",
        "Datganiad hygyrchedd",
        "Sut rydym yn gwneud",
        "Data agored",
        "Cael diweddariadau drwy ffrwd neu galendr",
        "Gofyn am ddogfen mewn fformat arall",
        "Canllaw i swyddogion y cyngor",
    ]
    address = footer.css("p")[0]
    assert squash(address.text()).endswith("Ffôn 01632 960 000.")
    assert address.css_first("a").attributes["href"] == "tel:+441632960000"


def test_welsh_ways_to_respond_keep_the_link_inside_the_response_form_sentence():
    ways = in_welsh("ways-to-respond--every-way")
    assert text_of(ways, "h2") == "Ffyrdd o ymateb"
    assert [squash(s.text()) for s in ways.css("li strong")] == [
        "Ar-lein:",
        "Drwy e-bost:",
        "Drwy’r post:",
        "Dros y ffôn:",
        "Wyneb yn wyneb:",
        "Ffurflen ymateb:",
    ]
    form = ways.css("li")[-1]
    assert squash(form.text()) == (
        "Ffurflen ymateb: lawrlwythwch y ffurflen ymateb (PDF, 4 KB, 2 pages), "
        "llenwch hi a’i hanfon atom drwy’r post neu e-bost."
    )
    assert text_of(form, "a") == "lawrlwythwch y ffurflen ymateb"
    assert form.css_first("a").attributes["href"] == "../../consultations/budget-council-tax-2027-28/response-form.pdf"
    online = ways.css_first("li a")
    assert squash(online.text(separator="")) == "ymateb ar-lein i Budget and council tax 2027 to 2028"
    assert text_of(ways, "p").startswith("Os oes angen help arnoch i ymateb")


def test_welsh_sentences_still_show_markup_in_the_records_words_as_text():
    ways = in_welsh("ways-to-respond--long-and-unsafe")
    assert ways.css("script") == []
    assert SCRIPT in ways.css_first(".hub-visually-hidden").text()


def test_welsh_stale_notice_keeps_the_reload_link_inside_its_sentence():
    notice = in_welsh("stale-notice--closing")
    paragraph = notice.css_first("p")
    assert squash(paragraph.text()).endswith("Ail-lwythwch y dudalen i weld yr wybodaeth ddiweddaraf.")
    reload = paragraph.css_first("a.hub-stale__reload")
    assert (squash(reload.text()), reload.attributes["href"]) == ("Ail-lwythwch y dudalen", "./")


def test_welsh_latest_updates_heading_takes_the_form_for_the_number():
    assert text_of(in_welsh("updates--one"), "h2") == "Diweddariad diweddaraf"
    assert text_of(in_welsh("updates--latest"), "h2") == "Diweddariadau diweddaraf"


@pytest.mark.parametrize(
    ("count", "heading"),
    [(1, "Y penderfyniad"), (2, "Y penderfyniadau"), (3, "Y penderfyniadau"), (6, "Y penderfyniadau")],
)
def test_welsh_outcome_names_its_decisions_in_the_form_for_the_number(count, heading):
    decisions = EXAMPLES["outcome--with-documents-and-decision"].context["decisions"]
    outcome = in_welsh("outcome--with-documents-and-decision", decisions=(decisions[0],) * count)
    assert text_of(outcome, "#related-decision") == heading
    assert [squash(li.text()).split(":")[0] for li in outcome.css(".hub-related li")] == ["Penderfyniad"] * count


def test_welsh_outcome_says_when_it_was_published_in_one_sentence_with_a_welsh_date():
    example = EXAMPLES["outcome--with-documents-and-decision"]
    with speaking("cy"):
        published = format_date(date(2026, 7, 10))
    outcome = in_welsh(
        example.name, outcome=replace(example.context["outcome"], published=published, responses="2,318 ymateb")
    )
    assert text_of(outcome, "h2") == "Gofynnon ni, dywedoch chi, gwnaethon ni"
    assert text_of(outcome, "p") == "Cyhoeddon ni’r canlyniad ar 10 Gorffennaf 2026. Cawson ni 2,318 ymateb."
    assert [squash(h.text()) for h in outcome.css("h3")] == [
        "Gofynnon ni",
        "Dywedoch chi",
        "Gwnaethon ni",
        "Y penderfyniad",
        "Dogfennau’r canlyniad",
    ]


def test_welsh_document_request_names_the_document_in_welsh():
    documents = in_welsh("document-list--not-accessible")
    request = documents.css_first(".hub-document__request")
    assert squash(request.text()).startswith("Efallai na fydd y ddogfen hon yn addas")
    link = squash(request.css_first("a").text(separator=""))
    assert link.startswith("Gofyn am fformat hygyrch o ")


def test_welsh_printed_contact_is_one_sentence():
    summary = in_welsh("print-summary--open")
    assert text_of(summary, "#contact") == "Cysylltu"
    assert text_of(summary, ".hub-printed__contact").endswith("E-bost: waste@northbrook.example, ffôn 01632 960 502.")


def material_strings(language: str) -> str:
    """Material's built-in strings as base.html reads them (partials/language.html), in a language."""
    template = environment().from_string(
        '{% import "partials/language.html" as lang with context %}'
        '{{ lang.t("language") }}|{{ lang.t("direction") }}|{{ lang.t("action.skip") }}|{{ lang.t("toc") }}'
    )
    config = SimpleNamespace(theme=SimpleNamespace(language="custom"))
    with speaking(language):
        return template.render(config=config)


def test_welsh_page_says_it_is_in_welsh_and_an_english_page_in_british_english():
    assert material_strings("en") == "en-GB|ltr|Skip to main content|On this page"
    assert material_strings("cy") == "cy|ltr|Neidio i’r prif gynnwys|Ar y dudalen hon"


def test_welsh_link_preview_says_its_locale_and_site_name_in_welsh():
    head = in_welsh("head--consultation")
    assert head.css_first('meta[property="og:locale"]').attributes["content"] == "cy_GB"
    assert head.css_first('meta[property="og:site_name"]').attributes["content"] == "Dweud eich dweud"


def test_welsh_translators_words_are_escaped_like_any_other_text():
    """A translation is text, never markup: only the template's own tags (a link) are kept around it."""
    env = jinja2.Environment(loader=environment().loader, autoescape=hub_autoescape)
    env.filters["url"] = url_filter
    env.globals.update(_=lambda message: message.replace("Reload", "<b>Reload</b>"), ngettext=None)
    example = EXAMPLES["stale-notice--closing"]
    html = env.get_template(example.template).render(_context(example))
    assert "&lt;b&gt;Reload&lt;/b&gt; the page</a> to see the latest." in html
    assert '<a href="./" class="hub-stale__reload">' in html
