"""The hub's own words in each language: one gettext catalogue per language, complete and matching the code.

``core.translations`` marks every sentence with ``N_``; ``pybabel extract`` makes ``locales/messages.pot``
from them and the Welsh catalogue, ``locales/cy/LC_MESSAGES/hub.po``, translates each one. These tests
fail when a sentence is marked but not in the template, or in the template but not translated.
"""

from __future__ import annotations

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from haveyoursay.core import translations
from haveyoursay.core.translations import (
    CONSULTATION_STATUS_WORDS,
    DECISION_STATUS_WORDS,
    TEMPLATE,
    catalogue_file,
    gettext_for,
)
from hub_testing import REPO


def singular(message_id: str | tuple[str, ...]) -> str:
    """A sentence as the catalogue keys it: a counted one ("{count} page", "{count} pages") by its singular."""
    return message_id if isinstance(message_id, str) else message_id[0]


def template_ids() -> set[str]:
    with TEMPLATE.open("rb") as pot:
        return {singular(message.id) for message in read_po(pot) if message.id}


def welsh_catalogue():
    with catalogue_file("cy").open("rb") as po:
        return read_po(po, locale="cy", domain="hub")


KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
"""The names the code and templates say sentences with, as the README's pybabel command gives them."""


def marked_sentences() -> set[str]:
    """Every sentence marked in the package and the templates, found the way ``pybabel extract`` finds them
    (with the mapping in locales/babel.cfg): a plural sentence by its singular, as the catalogue keys it."""
    with (translations.LOCALES / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = extract_from_dir(str(REPO), method_map, options_map, keywords=KEYWORDS)
    return {message if isinstance(message, str) else message[0] for _, _, message, _, _ in found}


def test_the_template_holds_exactly_the_sentences_marked_in_the_code():
    marked = marked_sentences()
    assert len(marked) > 400
    assert template_ids() == marked, "run the pybabel extract command in the README, then pybabel update"


def test_every_sentence_in_the_template_has_welsh():
    catalogue = welsh_catalogue()
    welsh = {singular(message.id): message.string for message in catalogue if message.id}
    assert set(welsh) == template_ids()
    untranslated = sorted(english for english, words in welsh.items() if not str(words).strip())
    assert untranslated == []
    assert [message.id for message in catalogue if message.fuzzy and message.id] == []
    assert [message.id for message in catalogue.obsolete.values()] == []


def test_no_welsh_sentence_is_the_english_left_in_place():
    assert sorted(message.id for message in welsh_catalogue() if message.id and message.id == message.string) == []


def test_the_welsh_catalogue_passes_babels_own_checks():
    assert [(message.id, errors) for message, errors in welsh_catalogue().check()] == []


def test_english_gives_each_sentence_back_as_written():
    english = gettext_for("en")
    assert english("Closed: analysing feedback") == "Closed: analysing feedback"
    assert english("Skip to main content") == "Skip to main content"


def test_welsh_statuses_are_real_welsh():
    welsh = gettext_for("cy")
    assert [welsh(words) for words in CONSULTATION_STATUS_WORDS.values()] == [
        "Ar ddod",
        "Ar agor",
        "Ar gau: rydym yn dadansoddi’r adborth",
        "Canlyniad wedi’i gyhoeddi",
        "Wedi’i dynnu’n ôl",
    ]
    assert welsh(DECISION_STATUS_WORDS["in_force"]) == "Mewn grym"
    assert welsh(DECISION_STATUS_WORDS["called_in"]) == "Wedi’i alw i mewn"


def test_welsh_headings_and_date_words_are_looked_up():
    welsh = gettext_for("cy")
    assert welsh("Skip to main content") == "Neidio i’r prif gynnwys"
    assert welsh("Closes") == "Yn cau"
    assert welsh("Last updated") == "Diweddarwyd ddiwethaf"
    assert welsh("We asked, you said, we did") == "Gofynnon ni, dywedoch chi, gwnaethon ni"


def test_a_sentence_not_in_the_catalogue_stays_in_english():
    assert gettext_for("cy")("A sentence nobody marked") == "A sentence nobody marked"


def test_a_language_without_a_catalogue_is_refused():
    with pytest.raises(ValueError, match=r"^the hub has no catalogue for 'fr': it speaks en, cy$"):
        gettext_for("fr")
