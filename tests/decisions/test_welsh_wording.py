"""What residents read about decisions in Welsh: every sentence, label and date the hub writes, in Welsh.

A council in Wales publishes every page in Welsh and English with equal standing; the Welsh pages are
made inside ``speaking("cy")``, from the same records. These tests make the demo's notices (at the
demo's now, 10am on 24 November 2026) in Welsh: statuses, banners, cards, the notice's page, the lists
and their counts. The demo's records are in English, so the council's own words (names, posts, wards,
committees, what was decided) stay as written, inside Welsh sentences. The English is tested, unchanged,
in test_decision_pages.py and test_legal_edges.py.
"""

from __future__ import annotations

from dataclasses import replace

from babel.messages.extract import extract_from_file

from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import gettext_for, speaking
from haveyoursay.decisions import lists, pages, wording
from haveyoursay.decisions.pages import PublishedDecisions, decision_page
from haveyoursay.decisions.record import PART_A, PART_B
from haveyoursay.decisions.status import DecisionStatus
from haveyoursay.site.components import RelatedRecord
from hub_testing import DEMO_NOW, demo_at

from .examples import at, council, notice, record

CONSULTATION = RelatedRecord("Northbrook town centre masterplan", "consultations/town-centre-masterplan/#outcome", "")


def in_welsh(now: str = DEMO_NOW) -> PublishedDecisions:
    """The demo's notices as the Welsh site shows them at ``now``."""
    hub = demo_at().hub
    assert hub.settings is not None
    with speaking("cy"):
        return PublishedDecisions(hub.decisions, hub.settings, parse_when(now)[0])


def welsh_page(reference: str, now: str = DEMO_NOW, consultations: tuple[RelatedRecord, ...] = ()):
    published = in_welsh(now)
    notice = next(n for n in published.notices if n.reference == reference)
    with speaking("cy"):
        return decision_page(published, notice, consultations)


# -- statuses and the sentence that says where a decision stands --------------------------------


def test_welsh_status_sentences_give_welsh_dates():
    sentences = in_welsh().sentences
    assert sentences["NDC-2026-011"] == "Gellir rhoi’r penderfyniad hwn ar waith o 20 Mawrth 2026 ymlaen."
    assert sentences["NDC-2026-021"] == "Ni chytunwyd ar y cynnig ar 24 Mehefin 2026."
    assert sentences["NDC-2026-030"] == (
        "Cafodd y penderfyniad hwn ei alw i mewn ar 17 Tachwedd 2026. "
        "Ni ellir ei roi ar waith nes bod y pwyllgor craffu wedi’i ystyried."
    )
    assert sentences["NDC-2026-031"] == "Gellir galw’r penderfyniad hwn i mewn tan 5yh ar 27 Tachwedd 2026."
    assert sentences["NDC-2026-033"] == "Disgwylir y penderfyniad hwn ar 16 Rhagfyr 2026."


def test_welsh_banner_of_a_decision_in_its_call_in_period():
    published = in_welsh()
    notice = next(n for n in published.notices if n.reference == "NDC-2026-031")
    with speaking("cy"):
        banner = published.banner(notice)
    assert banner.label == "Wedi penderfynu: gellir ei alw i mewn"
    assert banner.sentences == (
        "Gwnaeth Councillor Rachel Turner, Cabinet Member for Environment, y penderfyniad hwn ar 19 Tachwedd 2026.",
        "Gellir galw’r penderfyniad hwn i mewn tan 5yh ar 27 Tachwedd 2026.",
        "Os na chaiff ei alw i mewn, gellir ei roi ar waith o 30 Tachwedd 2026 ymlaen.",
    )
    assert welsh_page("NDC-2026-031").call_in_deadline == "5yh ar 27 Tachwedd 2026"


def test_welsh_banner_after_the_call_in_period_ends():
    published = in_welsh("2026-11-27T17:00")
    assert published.sentences["NDC-2026-031"] == (
        "Daeth y cyfnod galw i mewn i ben am 5yh ar 27 Tachwedd 2026. "
        "Gellir rhoi’r penderfyniad hwn ar waith o 30 Tachwedd 2026 ymlaen."
    )


def test_welsh_banners_of_a_forward_plan_notice_and_a_decision_exempt_from_call_in():
    published = in_welsh()
    notices = {n.reference: n for n in published.notices}
    with speaking("cy"):
        planned, exempt, refused = (
            published.banner(notices[r]) for r in ("NDC-2026-033", "NDC-2026-027", "NDC-2026-021")
        )
    assert planned.label == "Blaenraglen: heb benderfynu eto"
    assert planned.sentences == (
        "Disgwylir y penderfyniad hwn ar 16 Rhagfyr 2026.",
        "Rhoddwyd hysbysiad o’r penderfyniad allweddol hwn ar 6 Tachwedd 2026.",
        "Byddwn yn cyhoeddi cofnod y penderfyniad yma pan fydd wedi’i wneud.",
    )
    assert exempt.sentences[-1] == "Ni ellir ei alw i mewn."
    assert exempt.reason_heading == "Pam na ellir ei alw i mewn"
    assert (refused.label, refused.reason_heading) == ("Heb ei gytuno", "Pam na chytunwyd arno")


def test_welsh_card_says_when_who_and_where():
    card = in_welsh().cards["NDC-2026-033"]
    assert card.label == "Blaenraglen: heb benderfynu eto"
    assert card.when == "Disgwylir y penderfyniad ar 16 Rhagfyr 2026. Gwneuthurwr y penderfyniad: Cabinet."
    assert card.footer.endswith("Cyfeirnod: NDC-2026-033.")
    assert card.footer.startswith("Wardiau: ")
    assert [tag.text for tag in card.tags] == ["Penderfyniad allweddol"]
    assert in_welsh().cards["NDC-2026-021"].when == (
        "Penderfynwyd ar 24 Mehefin 2026. "
        "Gwneuthurwr y penderfyniad: Councillor Rachel Turner, Cabinet Member for Environment."
    )


def test_welsh_search_facts_name_the_kind_and_the_date():
    published = in_welsh()
    notices = {n.reference: n for n in published.notices}
    with speaking("cy"):
        decided, expected = published.search(notices["NDC-2026-011"]), published.search(notices["NDC-2026-035"])
    assert (decided.kind, decided.status, decided.date) == (
        "Hysbysiad o benderfyniad",
        "Mewn grym",
        "Dyddiad y penderfyniad: 11 Mawrth 2026",
    )
    assert expected.date == "Disgwylir y penderfyniad: 20 Ionawr 2027"
    assert decided.sort_date == "2026-03-11"  # data, not words: the same in both languages


# -- a notice's page ------------------------------------------------------------------------------


def test_welsh_decision_page_has_welsh_parts_headings_and_facts():
    built = welsh_page("NDC-2026-030")
    assert built.caption == "Penderfyniad"
    assert [link.text for link in built.breadcrumbs] == ["Hafan", "Penderfyniadau"]
    assert [part.title for part in built.parts] == [
        "Rhan A: adroddiad yn gofyn am benderfyniad",
        "Rhan B: goblygiadau a risgiau",
        "Rhan C: cofnod o’r penderfyniad",
    ]
    assert [section.title for section in built.parts[0].sections][:3] == [
        "Y penderfyniad y gofynnir amdano a’r camau a argymhellir",
        "Awdurdod",
        "Rhesymau dros y penderfyniad",
    ]
    assert built.parts[1].sections[-1].title == "Papurau cefndir"
    facts = {fact.label: fact.value for fact in built.facts}
    assert facts["Cyfeirnod"] == "NDC-2026-030"
    assert facts["Penderfyniad allweddol"] == "Nac ydy"
    assert facts["Crynodeb ariannol"].endswith(" Gwariant: £4,000.")
    assert facts["Gwybodaeth eithriedig"] == "Dim. Mae popeth wedi’i gyhoeddi."
    part_c = {fact.label: fact.value for fact in built.parts[2].facts}
    assert part_c["Penderfyniad"] == "Cytunwyd ar y cynnig"
    assert part_c["Terfyn amser galw i mewn"] == "5yh ar 19 Tachwedd 2026"
    assert part_c["Gellir ei roi ar waith o"] == "Ddim cyn i’r pwyllgor craffu ystyried y galw i mewn"
    assert (built.called_in[0].label, built.called_in[0].value) == ("Galwyd i mewn ar", "17 Tachwedd 2026")
    assert built.called_in[-1].value == "Nid yw’r pwyllgor craffu wedi’i ystyried eto."


def test_welsh_officer_decision_and_exempt_information():
    facts = {fact.label: fact.value for fact in welsh_page("NDC-2026-029").facts}
    assert facts["Gwneuthurwr y penderfyniad"] == "Neil Carter, Director of Resources (penderfyniad swyddog)"
    exempt = {fact.label: fact.value for fact in welsh_page("NDC-2026-031").facts}["Gwybodaeth eithriedig"]
    assert exempt.startswith(
        "Atodlen 12A, paragraff 3: gwybodaeth sy’n ymwneud â materion ariannol neu fusnes unrhyw berson penodol "
        "(gan gynnwys y cyngor). Heb ei gyhoeddi: Appendix 2, "
    )


def test_welsh_forward_plan_notice_has_no_record_yet_and_links_to_the_forward_plan():
    built = welsh_page("NDC-2026-033")
    assert [link.text for link in built.breadcrumbs] == [
        "Hafan",
        "Penderfyniadau",
        "Blaenraglen penderfyniadau allweddol",
    ]
    assert built.caption == "Penderfyniad allweddol"
    assert (built.parts[2].facts, built.parts[2].note) == (
        (),
        "Nid yw’r penderfyniad hwn wedi’i wneud eto. Bydd cofnod y penderfyniad yn cael ei gyhoeddi yma.",
    )


def test_welsh_page_adds_its_pre_decision_consultation_section_in_welsh():
    added = welsh_page("NDC-2026-033", consultations=(CONSULTATION,)).parts[0].sections[-1]
    assert added.title == "Ymgynghori cyn y penderfyniad"
    assert added.id == "pre-decision-consultation"
    assert str(added.html) == (
        "<p>Gofynnon ni i drigolion cyn gwneud y penderfyniad hwn. Gweler "
        '<a href="#what-residents-told-us">beth ddywedodd trigolion wrthym</a>.</p>'
    )


def test_a_heading_the_council_wrote_in_welsh_is_shown_as_written():
    published = in_welsh()
    notice = next(n for n in published.notices if n.reference == "NDC-2026-011")
    own = replace(notice.body.part_a[0], title="Y penderfyniad y gofynnwyd amdano")
    notice = replace(notice, body=replace(notice.body, part_a=(own, *notice.body.part_a[1:])))
    with speaking("cy"):
        built = decision_page(published, notice)
    assert built.parts[0].sections[0].title == "Y penderfyniad y gofynnwyd amdano"
    assert built.parts[0].sections[1].title == "Awdurdod"


def test_every_fixed_heading_of_a_notice_can_be_shown_in_welsh():
    assert wording.SECTION_HEADINGS == PART_A + PART_B
    assert pages.PRE_DECISION_HEADING in PART_A


# -- lists and counts -----------------------------------------------------------------------------


def test_welsh_counted_decisions_use_the_singular_noun_and_mutate_after_two():
    with speaking("cy"):
        counted = {number: lists.count_of(number) for number in (0, 1, 2, 3, 4, 6, 1486)}
        sentence = lists.count(2)
    assert counted == {
        0: "0 penderfyniad",
        1: "1 penderfyniad",
        2: "2 benderfyniad",
        3: "3 penderfyniad",
        4: "4 penderfyniad",
        6: "6 penderfyniad",
        1486: "1,486 penderfyniad",
    }
    assert sentence == "2 benderfyniad."


def test_welsh_lists_of_decisions_and_the_forward_plan():
    published = in_welsh()
    with speaking("cy"):
        made, planned = lists.decisions_list(published, ()), lists.forward_plan(published)
    assert (made.title, made.count) == ("Penderfyniadau", "8 penderfyniad.")
    assert made.introduction.startswith("Penderfyniadau a wnaed gan y Cabinet, aelodau’r cabinet a swyddogion")
    assert [link.text for link in made.links] == [
        "Blaenraglen: penderfyniadau allweddol sydd i’w gwneud",
        "Pori yn ôl ward",
        "Pori yn ôl gwneuthurwr penderfyniadau",
        "Pori yn ôl mis",
    ]
    assert (planned.title, planned.count) == ("Blaenraglen penderfyniadau allweddol", "2 benderfyniad.")
    assert planned.empty == "Nid oes unrhyw benderfyniadau allweddol ar y flaenraglen ar hyn o bryd."
    assert [link.text for link in planned.links] == ["Pob penderfyniad a wnaed"]


def test_welsh_pages_by_month_name_the_month_in_welsh():
    published = in_welsh()
    with speaking("cy"):
        months = lists.month_pages(published)
        browse = lists.browse({}, {}, months, ())
    assert (months["2026-03"].title, months["2026-03"].introduction, months["2026-03"].count) == (
        "Penderfyniadau a wnaed ym mis Mawrth 2026",
        "Penderfyniadau a wnaed ym mis Mawrth 2026, y diweddaraf yn gyntaf.",
        "1 penderfyniad.",
    )
    assert months["2026-11"].count == "2 benderfyniad."
    by_month = browse[2]
    assert by_month.title == "Pori yn ôl mis"
    assert [(entry.text, entry.count) for entry in by_month.entries][:2] == [
        ("Tachwedd 2026", "2 benderfyniad"),
        ("Hydref 2026", "1 penderfyniad"),
    ]


def test_welsh_pages_by_ward_and_by_decision_maker():
    published = in_welsh()
    with speaking("cy"):
        makers = lists.decision_maker_pages(published)
        ward = lists.ward_page("Abbey")
        former = lists.ward_page("Old Town", former=True)
    assert (makers["Cabinet"].title, makers["Cabinet"].introduction) == (
        "Penderfyniadau gan Cabinet",
        "Penderfyniadau a wnaed, neu sydd i’w gwneud, gan Cabinet.",
    )
    assert [title for title, _ in makers["Cabinet"].groups] == [
        "Penderfyniadau sydd i’w gwneud",
        "Penderfyniadau a wnaed",
    ]
    assert ward == (
        "Penderfyniadau sy’n effeithio ar ward Abbey",
        "Penderfyniadau sy’n effeithio ar ward Abbey, gan gynnwys y rhai ar gyfer y fwrdeistref gyfan.",
        "Nid oes unrhyw benderfyniadau ar gyfer y ward hon eto.",
    )
    assert former[0] == "Penderfyniadau sy’n effeithio ar Old Town (hen ward)"
    assert former[2] == ""


# -- sentences made from a notice's facts -------------------------------------------------------


def test_welsh_sentences_for_a_call_in_and_what_scrutiny_did():
    with speaking("cy"):
        referred = wording.status_sentence(
            record(
                notice(
                    called_in={
                        "date": "2026-07-14 09:00",
                        "by": "Councillors Ruth Evans and Tom Moore",
                        "reason": "To look again at the cost.",
                        "outcome": {"date": "2026-07-28", "result": "referred back"},
                    }
                )
            ),
            council(),
            at("2026-08-01 09:00"),
        )
        outcome = wording.call_in_outcome(at("2026-07-28"), "no further action", None)
        nothing_further = wording.no_further_action(at("2026-07-14"), at("2026-07-28"))
    assert referred == (
        "Cafodd y penderfyniad hwn ei alw i mewn. Ar 28 Gorffennaf 2026, cyfeiriodd y pwyllgor craffu’r "
        "penderfyniad yn ôl at y sawl a’i gwnaeth i’w ailystyried."
    )
    assert (
        outcome
        == "28 Gorffennaf 2026: Ni chymerodd y pwyllgor unrhyw gamau pellach. Gellir rhoi’r penderfyniad ar waith."
    )
    assert nothing_further == (
        "Cafodd ei alw i mewn ar 14 Gorffennaf 2026. Ar 28 Gorffennaf 2026, penderfynodd y pwyllgor craffu "
        "beidio â chymryd unrhyw gamau pellach."
    )


def test_welsh_exempt_information_cites_part_4_for_a_council_in_wales():
    with speaking("cy"):
        cited = wording.exempt_information(14, "the bids", "wales")
    assert cited == (
        "Atodlen 12A (Rhan 4), paragraff 14: gwybodaeth sy’n ymwneud â materion ariannol neu fusnes unrhyw "
        "berson penodol (gan gynnwys y cyngor). Heb ei gyhoeddi: the bids"
    )


def test_welsh_reasons_a_decision_is_key_or_urgent():
    with speaking("cy"):
        above = wording.key_reason("expenditure", 500_000, 24_000_000)
        significant = wording.key_reason("savings", 500_000, 100_000)
        urgent = wording.urgent("special urgency", "The tide will not wait.")
    assert above == "Gwariant uwchlaw’r trothwy ar gyfer penderfyniadau allweddol (£500,000)"
    assert significant == (
        "Arbedion sy’n sylweddol i gyllideb y gwasanaeth (y trothwy ar gyfer penderfyniadau allweddol yw £500,000)"
    )
    assert urgent == (
        "Ydy. Brys arbennig: cytunodd cadeirydd y pwyllgor craffu fod y penderfyniad yn fater brys ac na all "
        "aros. The tide will not wait."
    )


def test_welsh_timeline_sentences():
    with speaking("cy"):
        said = (
            wording.timeline_title("Northbrook town centre masterplan", many=True),
            wording.timeline_title("Northbrook town centre masterplan", many=False),
            wording.expected_on(at("2026-12-16")),
            wording.expected_on(None),
            wording.from_day(at("2026-11-30").date()),
            wording.made_step("Cabinet", agreed=True),
            wording.made_step("Director of Place", agreed=False),
            wording.called_in_by("Councillors Ruth Evans and Tom Moore"),
            wording.scrutiny_will_consider(""),
            wording.notice_link("Street lighting contract"),
        )
    assert said == (
        "O’r ymgynghoriad i’r penderfyniad: Northbrook town centre masterplan",
        "O’r ymgynghoriad i’r penderfyniad",
        "disgwylir ar 16 Rhagfyr 2026",
        "dyddiad i’w gadarnhau",
        "o 30 Tachwedd 2026 ymlaen",
        "Cytunodd Cabinet ar y cynnig.",
        "Ni chytunodd Director of Place ar y cynnig.",
        "Galwodd Councillors Ruth Evans and Tom Moore y penderfyniad i mewn.",
        "Bydd y pwyllgor craffu yn ei ystyried. Tan hynny, ni ellir rhoi’r penderfyniad ar waith.",
        "Hysbysiad o benderfyniad: Street lighting contract",
    )


def test_welsh_stale_notice_says_when_the_call_in_period_ended():
    with speaking("cy"):
        stale = pages.stale_notice(at("2026-11-27 17:00"), DecisionStatus.CALL_IN_PERIOD)
    assert stale is not None
    assert stale.heading == "Efallai fod y dudalen hon wedi dyddio"
    assert stale.message.startswith("Daeth yr amser i alw’r penderfyniad hwn i mewn i ben am 5yh ar 27 Tachwedd 2026.")


def test_every_decisions_sentence_has_welsh():
    """Each sentence marked in decisions' wording, pages and lists is in the Welsh catalogue, in Welsh."""
    welsh = gettext_for("cy")
    marked = {
        message if isinstance(message, str) else message[0]
        for module in (wording, pages, lists)
        for _, message, _, _ in extract_from_file(
            "python", module.__file__, {"_": None, "N_": None, "ngettext": (1, 2)}
        )
    }
    assert len(marked) > 150
    assert sorted(english for english in marked if welsh(english) == english) == []


def test_after_the_welsh_pages_decisions_are_in_english_again():
    in_welsh()
    hub = demo_at().hub
    assert hub.settings is not None
    english = PublishedDecisions(hub.decisions, hub.settings, parse_when(DEMO_NOW)[0])
    assert english.sentences["NDC-2026-031"] == "This decision can be called in until 5pm on 27 November 2026."
    assert (lists.count_of(2), lists.month_name("2026-03")) == ("2 decisions", "March 2026")
