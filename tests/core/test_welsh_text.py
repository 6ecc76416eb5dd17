"""A record's Welsh text, beside its English, checked only for a council that publishes in Welsh and English.

Both kinds carry it the same way (a ``welsh:`` block and ``index.cy.md``) and run the same rule,
``has_its_welsh_text``, over the shared ``core.welsh_text.welsh_text_missing``. The whole check, with its
exact output, is in the bad cases ``welsh-text-missing-for-a-bilingual-council`` of each kind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from consultations import examples as consultations
from decisions import examples as decisions
from haveyoursay.consultations import rules as consultation_rules
from haveyoursay.consultations.record import ConsultationRecord
from haveyoursay.core.body import read_body
from haveyoursay.core.london import parse_when
from haveyoursay.core.records import Checking
from haveyoursay.core.settings import CouncilSettings
from haveyoursay.core.welsh_text import LONGEST_BODY, WELSH_BODY_FILE, sections_match, welsh_body
from haveyoursay.decisions import rules as decision_rules
from haveyoursay.decisions.record import DecisionRecord
from haveyoursay.site.hub import load_hub
from hub_testing import BILINGUAL_DEMO, DEMO, DEMO_NOW

WELSH = {
    "title": "Newidiadau i oriau agor llyfrgelloedd",
    "summary": "Rydym am newid pryd mae ein llyfrgelloedd ar agor. Dywedwch wrthym beth yw eich barn.",
}
WELSH_BODY = """## Beth rydym yn ei gynnig

Rydym yn bwriadu agor ein llyfrgelloedd yn hwyrach yn ystod yr wythnos.

## Beth all newid o hyd

Yr union oriau agor ym mhob llyfrgell.

## Pam rydym yn ymgynghori

Mae angen i ni wybod pryd rydych yn defnyddio llyfrgelloedd.

## Beth sy’n digwydd nesaf

Bydd y Cabinet yn penderfynu ar yr oriau newydd ym mis Mehefin 2026.
"""


def bilingual(settings: CouncilSettings) -> CouncilSettings:
    """The same council publishing in Welsh and English (the languages setting is checked in tests/bad_settings)."""
    return settings.model_copy(update={"languages": ["en", "cy"]})


KINDS = {
    "consultation": (ConsultationRecord, consultations.consultation, consultation_rules, consultations.council()),
    "decision": (DecisionRecord, decisions.notice, decision_rules, decisions.ENGLAND),
}


def problems(kind: str, folder: Path | None, languages_cy: bool = True, **changes) -> list[str]:
    model, data, rules, settings = KINDS[kind]
    settings = bilingual(settings) if languages_cy else settings
    context = {"settings": settings, **({"folder": folder} if folder is not None else {})}
    record = model.model_validate(data(**changes), context=context)
    checking = Checking(settings, consultations.DEMO_NOW)
    return [str(p) for p in rules.has_its_welsh_text(record, consultations.AT, checking)]


@pytest.mark.parametrize("kind", KINDS)
def test_an_english_councils_record_needs_no_welsh(kind, tmp_path):
    assert problems(kind, tmp_path, languages_cy=False) == []


OWN_WORDS = {"consultation": {}, "decision": {"financial_summary": "Tua £24 miliwn."}}
"""What else each kind's example says in words of its own, in Welsh (a notice's financial summary)."""


@pytest.mark.parametrize("kind", KINDS)
def test_a_bilingual_councils_record_with_all_its_welsh_has_no_problem(kind, tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_text(WELSH_BODY, encoding="utf-8")
    assert problems(kind, tmp_path, welsh={**WELSH, **OWN_WORDS[kind]}) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_bilingual_councils_record_without_welsh_is_told_each_part(kind, tmp_path):
    own = (
        [
            "C.md:1: welsh.financial_summary: the Welsh of the financial summary is missing (add  financial_summary:  "
            "under  welsh:  in Welsh)"
        ]
        if kind == "decision"
        else []
    )
    assert problems(kind, tmp_path) == [
        "C.md:1: welsh.title: the Welsh title is missing (add  title:  under  welsh:  with the title in Welsh)",
        "C.md:1: welsh.summary: the Welsh summary is missing (add  summary:  under  welsh:  with one or two "
        "plain sentences in Welsh)",
        *own,
        "C.md:1: welsh: the Welsh body is missing: there is no index.cy.md (copy index.md's body into "
        "index.cy.md beside it and write it in Welsh, with the same '## ' sections in the same order)",
    ]


def test_a_decided_notice_needs_the_welsh_of_what_was_decided(tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_text(WELSH_BODY, encoding="utf-8")
    made = {"agreed": False, "date": "2026-07-08", "not_agreed_because": "Cabinet wants more options."}
    changed = {"record_of_decision": {**decisions.notice()["record_of_decision"], **made}}
    welsh = {**WELSH, **OWN_WORDS["decision"]}
    assert problems("decision", tmp_path, welsh=welsh, **changed) == [
        "C.md:1: welsh.not_agreed_because: the Welsh of why it was not agreed is missing (add  not_agreed_because:  "
        "under  welsh:  in Welsh)"
    ]
    welsh["not_agreed_because"] = "Mae’r Cabinet eisiau rhagor o ddewisiadau."
    assert problems("decision", tmp_path, welsh=welsh, **changed) == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_welsh_body_is_not_welsh(kind, tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_text("\n  \n", encoding="utf-8")
    assert problems(kind, tmp_path, welsh={**WELSH, **OWN_WORDS[kind]}) == [
        "C.md:1: welsh: index.cy.md is empty (copy index.md's body into index.cy.md beside it and write it "
        "in Welsh, with the same '## ' sections in the same order)",
    ]


def test_a_welsh_body_not_saved_as_utf8_is_named(tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_bytes(b"## Beth sy\x92n digwydd nesaf\n")
    assert problems("consultation", tmp_path, welsh=WELSH) == [
        "C.md:1: welsh: index.cy.md is not saved as UTF-8 text (save it as UTF-8 in your editor)",
    ]


def test_a_welsh_body_far_bigger_than_any_page_is_not_read(tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_bytes(b"## Testun\n\n" + b"a" * LONGEST_BODY)
    assert problems("consultation", tmp_path, welsh=WELSH) == [
        "C.md:1: welsh: index.cy.md is far too big for a page's text (copy index.md's body into index.cy.md beside "
        "it and write it in Welsh, with the same '## ' sections in the same order)",
    ]


def test_a_welsh_body_that_is_a_link_is_never_read(tmp_path):
    secret = tmp_path / "elsewhere.md"
    secret.write_text("## Not the council's\n\nSomething from elsewhere on the build machine.\n", encoding="utf-8")
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / WELSH_BODY_FILE).symlink_to(secret)
    model, data, _, settings = KINDS["consultation"]
    record = model.model_validate(data(welsh=WELSH), context={"settings": settings, "folder": folder})
    assert record.welsh.body_text is None


def test_a_record_checked_without_its_folder_is_asked_only_for_its_title_and_summary():
    assert problems("consultation", None, welsh={"title": WELSH["title"]}) == [
        "C.md:1: welsh.summary: the Welsh summary is missing (add  summary:  under  welsh:  with one or two "
        "plain sentences in Welsh)",
    ]


def test_the_welsh_block_takes_only_a_title_and_a_summary():
    with pytest.raises(ValueError, match="body"):
        ConsultationRecord.model_validate(consultations.consultation(welsh={**WELSH, "body": "Testun"}))


def test_the_welsh_body_becomes_sanitised_sections_for_the_page(tmp_path):
    (tmp_path / WELSH_BODY_FILE).write_text(WELSH_BODY + "\n<script>alert(1)</script>\n", encoding="utf-8")
    model, data, _, settings = KINDS["consultation"]
    record = model.model_validate(data(welsh=WELSH), context={"settings": settings, "folder": tmp_path})
    body, found = welsh_body(record.welsh, "consultations/library-hours/index.cy.md")
    assert body is not None
    assert [section.title for section in body.sections] == [
        "Beth rydym yn ei gynnig",
        "Beth all newid o hyd",
        "Pam rydym yn ymgynghori",
        "Beth sy’n digwydd nesaf",
    ]
    assert "<script" not in body.sections[-1].html
    assert [p.problem for p in found] == ["a <script> element is removed when this is published"]


def test_a_welsh_body_with_a_section_left_out_is_warned_about():
    english, _ = read_body(
        "## What we are proposing\n\nA.\n\n## What can still change\n\nB.\n\n## Why we are consulting\n\nC.\n\n"
        "## What happens next\n\nD.\n",
        "index.md",
        10,
    )
    welsh, _ = read_body("## Beth rydym yn ei gynnig\n\nA.\n\n## Beth sy’n digwydd nesaf\n\nD.\n", "index.cy.md", 1, ())
    assert [str(p) for p in sections_match(english, welsh, "consultations/library-hours/index.cy.md")] == [
        "consultations/library-hours/index.cy.md:1: body: warning: index.cy.md has 2 '## ' sections but index.md has 4 "
        "(give the Welsh body the same sections in the same order, each heading in Welsh)"
    ]
    assert sections_match(english, english, "index.cy.md") == []


def test_settings_publish_in_english_unless_welsh_is_listed():
    assert consultations.council().languages == ["en"]
    assert not consultations.council().bilingual
    assert bilingual(consultations.council()).bilingual


# -- the loaders, for a bilingual council: the Welsh body beside the English, section for section ----------


def bilingual_demo_hub(root=None):
    return load_hub(root or BILINGUAL_DEMO, parse_when(DEMO_NOW)[0])


def test_a_consultations_welsh_body_is_loaded_section_for_section_with_the_english():
    hub = bilingual_demo_hub()
    consultation = next(c for c in hub.consultations if c.slug == "library-opening-hours")
    welsh = consultation.welsh_body
    assert welsh is not None
    assert [s.title for s in welsh.sections] == [
        "Beth rydym yn ei gynnig",
        "Beth all newid o hyd",
        "Pam rydym yn ymgynghori",
        "Beth fydd yn digwydd nesaf",
    ]
    assert [s.key for s in welsh.sections] == [s.title for s in consultation.body.sections]
    assert welsh.section("What can still change").title == "Beth all newid o hyd", "found by the hub's own name"


def test_a_notices_welsh_body_keeps_the_hubs_order_of_parts_and_is_found_by_the_hubs_names():
    hub = bilingual_demo_hub()
    notice = next(n for n in hub.decisions if n.reference == "CCC-2026-004")
    welsh = notice.welsh_body
    assert welsh is not None
    assert [s.title for s in welsh.part_a] == [
        "Y penderfyniad y gofynnir amdano a’r camau a argymhellir",
        "Ymgynghori cyn penderfynu",
    ]
    assert welsh.section("Pre-decision consultation").title == "Ymgynghori cyn penderfynu"
    assert all(s.lowest_heading == 4 for s in welsh.part_a)


def test_an_english_councils_records_load_no_welsh_body():
    hub = bilingual_demo_hub(DEMO)
    assert all(c.welsh_body is None for c in hub.consultations)
    assert all(n.welsh_body is None for n in hub.decisions)


def test_the_check_warns_of_a_welsh_body_whose_sections_do_not_match(tmp_path):
    project = tmp_path / "hub"
    shutil.copytree(BILINGUAL_DEMO, project, symlinks=True)
    welsh = project / "consultations" / "play-areas" / WELSH_BODY_FILE
    welsh.write_text(welsh.read_text(encoding="utf-8").split("## Beth all newid")[0], encoding="utf-8")
    hub = bilingual_demo_hub(project)
    assert [str(p) for p in hub.problems.warnings if p.path.endswith(WELSH_BODY_FILE)] == [
        "consultations/play-areas/index.cy.md:1: body: warning: index.cy.md has 1 '## ' sections but index.md has 4 "
        "(give the Welsh body the same sections in the same order, each heading in Welsh)"
    ]
    assert "play-areas" in [c.slug for c in hub.consultations], "a warning: still published"


def test_a_welsh_document_is_checked_like_an_english_one(tmp_path):
    project = tmp_path / "hub"
    shutil.copytree(BILINGUAL_DEMO, project, symlinks=True)
    record = project / "consultations" / "library-opening-hours" / "index.md"
    record.write_text(
        record.read_text(encoding="utf-8").replace("file: cynnig-oriau-agor.md", "file: cynnig.md"), encoding="utf-8"
    )
    hub = bilingual_demo_hub(project)
    errors = [str(p) for p in hub.problems.errors if p.path.endswith("library-opening-hours/index.md")]
    assert len(errors) == 1 and "welsh.documents[1].file" in errors[0] and "cynnig.md" in errors[0], errors
    assert "library-opening-hours" not in [c.slug for c in hub.consultations], "a broken Welsh document: unpublished"


def test_a_records_welsh_documents_are_kept_apart_from_its_english_ones():
    hub = bilingual_demo_hub()
    consultation = next(c for c in hub.consultations if c.slug == "library-opening-hours")
    assert [d.file for d in consultation.record.documents] == ["proposal.pdf"]
    assert [d.file for d in consultation.record.welsh.documents] == ["cynnig-oriau-agor.md"]


def test_a_hidden_character_in_the_welsh_body_is_named_by_its_line(tmp_path):
    project = tmp_path / "hub"
    shutil.copytree(BILINGUAL_DEMO, project, symlinks=True)
    welsh = project / "consultations" / "play-areas" / WELSH_BODY_FILE
    lines = welsh.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace("dwy ardal", "dwy\u000bardal")
    welsh.write_text("".join(lines), encoding="utf-8")
    hub = bilingual_demo_hub(project)
    assert [str(p) for p in hub.problems.errors] == [
        "consultations/play-areas/index.cy.md:3: body: this line has a hidden control character, often pasted from "
        "Word (type the line again by hand; the hidden character is just after 'gennym arian i adeiladu dwy')"
    ]


def test_a_bilingual_outcome_needs_what_residents_said_and_what_we_did_in_welsh(tmp_path):
    project = tmp_path / "hub"
    shutil.copytree(BILINGUAL_DEMO, project, symlinks=True)
    record = project / "consultations" / "recycling-centre-hours" / "index.md"
    text = record.read_text(encoding="utf-8")
    start, end = text.index("  outcome:\n    you_said:"), text.index("opens:")
    record.write_text(text[:start] + text[end:], encoding="utf-8")
    hub = bilingual_demo_hub(project)
    assert [str(p) for p in hub.problems.errors] == [
        "consultations/recycling-centre-hours/index.md:6: welsh.outcome: the Welsh of what residents said and what "
        "we did is missing (add  outcome:  under  welsh:  with  you_said:  and  we_did:  in Welsh)"
    ]
