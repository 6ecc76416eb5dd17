"""The shared field types at their edges: email, phone, whole numbers, wards, text, and what reaches a calendar.

Each is the field as ``hub check`` reads it (the model with the council's
settings), through ``consultations.examples``: a consultation built in
Python, changed in one field, with the problems at line 1 of C.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from consultations.examples import OUTCOME, at, consultation, problems, record
from haveyoursay.consultations.record import Consultation
from haveyoursay.core.body import read_body
from haveyoursay.core.fields import Email, Phone, Pounds, Text, WholeNumber, phone_link, phone_parts
from haveyoursay.core.problems import Locator
from haveyoursay.site.calendars import event_calendar


def check(**changes) -> list[str]:
    """The problems of the example consultation with ``changes``, while it is open (so with no reminders)."""
    return problems(consultation(**changes), now=at("2026-03-10 09:00"))


def contact_email(value: str) -> list[str]:
    return check(contact={"name": "Priya Shah", "email": value})


# -- email: exactly one plain address ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "libraries@northbrook.example",
        "priya.shah@northbrook.gov.uk",
        "o'brien+libraries@northbrook.gov.uk",
        "first_last-2@mail.northbrook.example",
    ],
)
def test_a_plain_address_is_an_email(address):
    assert contact_email(address) == []


@pytest.mark.parametrize(
    "address, problem, hint",
    [
        (
            "name%40council.example?cc=someone@elsewhere.example",
            "has web-address codes like %40 in it",
            "type the address itself, with an ordinary @",
        ),
        (
            "name@council.example?cc=someone@elsewhere.example",
            "has more than an email address in it",
            "write only the address, name@council.example: anything after it, like ?cc=, could send residents' "
            "emails to someone else",
        ),
        (
            "name@council.example?bcc=someone@elsewhere.example&subject=Hi",
            "has more than an email address in it",
            "write only the address, name@council.example: anything after it, like ?cc=, could send residents' "
            "emails to someone else",
        ),
        ("mailto:name@council.example", "starts with 'mailto:'", "write only the address, name@council.example"),
        ("MAILTO:name@council.example", "starts with 'mailto:'", "write only the address, name@council.example"),
        ("Priya <p@x.example>", "has a name as well as an email address", "write only the address, p@x.example"),
        ("<p@x.example>", "has a name as well as an email address", "write only the address, p@x.example"),
        (
            "a@x.example, b@x.example",
            "is more than one email address",
            "give one address, such as the team's shared mailbox",
        ),
        (
            "a@x.example; b@x.example",
            "is more than one email address",
            "give one address, such as the team's shared mailbox",
        ),
        (
            "a@x.example b@x.example",
            "is more than one email address",
            "give one address, such as the team's shared mailbox",
        ),
        ("a@b@x.example", "is more than one email address", "give one address, such as the team's shared mailbox"),
        (
            "libraries @northbrook.example",
            "is not an email address",
            "write it like name@northbrook.gov.uk, with no spaces",
        ),
        (
            "libraries at northbrook.example",
            "is not an email address",
            "write it like name@northbrook.gov.uk, with no spaces",
        ),
        ("name@council", "is not an email address", "write it like name@northbrook.gov.uk, with no spaces"),
        ("name@council.123", "is not an email address", "write it like name@northbrook.gov.uk, with no spaces"),
        ("name@-council.example", "is not an email address", "write it like name@northbrook.gov.uk, with no spaces"),
        ("name..x@council.example", "is not an email address", "write it like name@northbrook.gov.uk, with no spaces"),
        ("name!x@council.example", "is not an email address", "write it like name@northbrook.gov.uk, with no spaces"),
        (
            "na\u00efve@council.example",
            "is not an email address",
            "write it like name@northbrook.gov.uk, with no spaces",
        ),
        (
            "x" * 65 + "@council.example",
            "is not an email address",
            "write it like name@northbrook.gov.uk, with no spaces",
        ),
    ],
)
def test_an_email_field_is_exactly_one_plain_address(address, problem, hint):
    assert contact_email(address) == [f"C.md:1: contact.email: '{address}' {problem} ({hint})"]


def test_a_long_hostile_address_is_refused_quickly():
    for address in ("a@" + "a" * 50_000 + "!", "a@" + "a." * 50_000 + "1", "a" * 100_000 + "@x.example"):
        assert len(contact_email(address)) == 1


# -- phone numbers: a UK number, with an extension if it has one --------------------------------------------------


@pytest.mark.parametrize(
    "number, dialled, extension",
    [
        ("01632 960 123", "+441632960123", ""),
        ("+44 (0)1632 960000", "+441632960000", ""),
        ("+44(0)1632 960000", "+441632960000", ""),
        ("+44 1632 960 000", "+441632960000", ""),
        ("(01632) 960-245", "+441632960245", ""),
        ("01632 960 245 ext 245", "+441632960245", "245"),
        ("01632 960 245 ext. 245", "+441632960245", "245"),
        ("01632 960 245, extension 245", "+441632960245", "245"),
        ("01632 960 245 Ext 245", "+441632960245", "245"),
        ("01632 960 245 x245", "+441632960245", "245"),
        ("+44 (0)1632 960245 x 12", "+441632960245", "12"),
        ("020 7946 0000", "+442079460000", ""),
    ],
)
def test_a_uk_number_with_an_optional_extension_is_a_phone_number(number, dialled, extension):
    assert check(contact={"name": "Priya Shah", "phone": number}) == []
    assert phone_parts(number) == (dialled, extension)
    assert phone_link(number) == f"tel:{dialled}" + (f";ext={extension}" if extension else "")


@pytest.mark.parametrize(
    "number",
    [
        "01632 960",
        "01632 960 245 ext",
        "01632 960 245 ext 1234567",
        "01632 960 245 ext. 24a5",
        "+33 1 23 45 67 89",
        "+44 (0)(0)1632 960000",
        "\uff10\uff11\uff16\uff13\uff12 960 123",
        "01632 960 123 or 01632 960 124",
        "0" + " " * 100_000 + "1632960123",
    ],
)
def test_anything_else_is_not_a_phone_number(number):
    found = check(contact={"name": "Priya Shah", "phone": number})
    assert len(found) == 1 and "is not a UK phone number" in found[0]


# -- whole numbers: one type for counts and amounts -----------------------------------------------------------


class Counted(BaseModel):
    responses: WholeNumber
    amount: Pounds = 0


@pytest.mark.parametrize(
    "written, number",
    [(412, 412), ("412", 412), ("1,234", 1234), ("1,234,567", 1234567), ("1 234", 1234), ("1_234", 1234), (12.0, 12)],
)
def test_a_whole_number_may_be_written_with_thousands_separators(written, number):
    assert Counted(responses=written).responses == number
    assert check(outcome={**OUTCOME, "responses": written}) == []


@pytest.mark.parametrize("written", ["£175,622", "175,622", "£ 175622", 175622])
def test_pounds_are_the_same_whole_number_with_a_pound_sign(written):
    assert Counted(responses=1, amount=written).amount == 175622


@pytest.mark.parametrize(
    "written, problem",
    [
        ("about 400", "should be a whole number (write digits only, like 412)"),
        ("1,23,", "should be a whole number (write digits only, like 412)"),
        (",123", "should be a whole number (write digits only, like 412)"),
        ("12.5", "should be a whole number (write digits only, like 412)"),
        (12.5, "should be a whole number (write digits only, like 412)"),
        (True, "should be a whole number (write digits only, like 412)"),
        ("\uff14\uff11\uff12", "should be a whole number (write digits only, like 412)"),
        ("£412", "should be a whole number (write digits only, like 412)"),
        (-3, "must be 0 or more (check the number)"),
        ("-3", "must be 0 or more (check the number)"),
        (10**15, "is too big a number to be right (check the number)"),
        ("9" * 5000, "is too big a number to be right (check the number)"),
        (int("9" * 4000), "is too big a number to be right (check the number)"),
        (float("inf"), "should be a whole number (write digits only, like 412)"),
    ],
)
def test_anything_else_is_not_a_whole_number(written, problem):
    assert check(outcome={**OUTCOME, "responses": written}) == [f"C.md:1: outcome.responses: {problem}"]


def test_an_amount_in_words_names_the_value_and_how_to_write_pounds():
    with pytest.raises(ValidationError) as error:
        Counted(responses=1, amount="about 85 thousand pounds")
    assert error.value.errors()[0]["msg"] == "'about 85 thousand pounds' is not an amount in pounds"
    assert error.value.errors()[0]["ctx"]["hint"] == "write whole pounds, like 175622 or £175,622"


# -- wards and topics: a list, not one text with commas -----------------------------------------------------------


def test_wards_written_as_one_text_with_commas_are_told_to_be_a_list():
    assert check(wards="Castle, Riverside") == [
        "C.md:1: wards: 'Castle, Riverside' is one piece of text, not a list "
        "(write a list in square brackets:  wards: [Castle, Riverside])"
    ]
    assert check(topics="Libraries and culture, Housing") == [
        "C.md:1: topics: 'Libraries and culture, Housing' is one piece of text, not a list "
        "(write a list in square brackets:  topics: [Libraries and culture, Housing])"
    ]


def test_one_ward_alone_is_still_a_list_of_one():
    assert record(consultation(wards="Castle")).wards == ("Castle",)
    assert record(consultation(wards="all")).wards == ("all",)


# -- hidden characters never reach a page or a calendar -----------------------------------------------------------


class Texts(BaseModel):
    text: Text | None = None
    email: Email | None = None
    phone: Phone | None = None


@pytest.mark.parametrize("character", ["\x00", "\x0b", "\x1b", "\x7f", "\x85", "\x9b", "\u2028"])
def test_a_record_built_in_python_with_a_hidden_character_is_refused_by_the_model(character):
    for field, value in (("text", "Library hours"), ("email", "libraries@x.example"), ("phone", "01632 960 123")):
        assert getattr(Texts.model_validate({field: value}), field) == value
        for where in (1, 5, len(value) - 1):
            with pytest.raises(ValidationError):
                Texts.model_validate({field: value[:where] + character + value[where:]})
    event = {"title": f"Drop-in{character}session", "start": "2026-03-10 14:00", "end": "2026-03-10 16:00"}
    found = check(events=[event])
    assert found == [
        "C.md:1: events[1].title: has a hidden control character, often pasted from Word "
        "(delete the text and type it again by hand)"
    ]


CTL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # RFC 5545: no control characters but HTAB (and CRLF line ends)


def test_an_event_calendar_holds_no_control_characters(tmp_path):
    event = {
        "title": "Drop-in session\tat Castle Library",
        "start": "2026-03-10 14:00",
        "end": "2026-03-10 16:00",
        "venue": "Castle Library",
        "address": "1 Castle Street,\nNorthbrook NB1 1AA",
        "access": "Step-free; hearing loop \u2013 \u201cask at the desk\u201d; caf\u00e9 \U0001f600",
        "online": "https://meet.northbrook.example/drop-in?id=1&x=2",
    }
    checked = record(consultation(title="Library \u201chours\u201d, \u00a3 and \u20ac", events=[event]))
    body, _ = read_body("## What we are proposing\n\nText.\n", "C.md", 1)
    consultation_ = Consultation(
        slug="library-hours", folder=Path(tmp_path), record=checked, body=body, at=Locator("C.md")
    )

    ics = event_calendar(consultation_, 0, "https://haveyoursay.northbrook.example/", checked.opens)

    lines = ics.split(b"\r\n")
    assert lines[-1] == b"" and all(CTL.search(line) is None for line in lines)
    assert b"SUMMARY:Drop-in session\tat Castle Library (Library \xe2\x80\x9chours\xe2\x80\x9d\\, \xc2\xa3 and" in ics


def test_a_page_dials_the_extension_after_the_number_not_as_more_digits():
    from haveyoursay.site.components import tel

    assert tel("01632 960 245 ext 245") == "tel:+441632960245;ext=245"
    assert tel("+44 (0)1632 960 000") == "tel:+441632960000"


def test_the_schema_accepts_what_the_check_accepts():
    """Editors underline what the schema refuses, so it must take an extension and BST or GMT."""
    from haveyoursay.core.fields import _PHONE_SCHEMA, _WHEN_SCHEMA

    assert re.match(_PHONE_SCHEMA["pattern"], "01632 960 245 ext 245")
    assert re.match(_PHONE_SCHEMA["pattern"], "01632 960 245, x12")
    assert not re.match(_PHONE_SCHEMA["pattern"], "call the office")
    assert re.match(_WHEN_SCHEMA["pattern"], "2026-10-25 01:30 BST")
    assert re.match(_WHEN_SCHEMA["pattern"], "2026-03-12")
    assert not re.match(_WHEN_SCHEMA["pattern"], "12/03/2026")
