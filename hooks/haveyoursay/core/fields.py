"""The field types every record shares, and plain-English validation errors.

Records are pydantic models (so the JSON Schema editors use comes from the
same source as the checks), but pydantic's messages are written for
developers; `problems_from` rewrites each one for an officer. Consultations
and decision notices take their dates, contacts, wards and topics from here,
so a ward is checked the same way on both.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .london import WhenProblem, parse_when
from .problems import Location, Problem, Severity, field_name
from .source import HIDDEN_CHARACTER, Source


class RecordModel(BaseModel):
    """Unknown fields are errors: a misspelt field would otherwise vanish silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def officer_error(problem: str, hint: str = "", item: int | None = None) -> PydanticCustomError:
    """A problem in officers' words; ``item`` is the position of the list item at fault (from 0)."""
    context: dict[str, Any] = {"problem": problem, "hint": hint}
    if item is not None:
        context["item"] = item
    return PydanticCustomError("hub", "{problem}", context)


EMPTY = ("is empty", "write some text here, or delete the field if it is optional")

HIDDEN_PROBLEM = "has a hidden control character, often pasted from Word"
HIDDEN_HINT = "delete the text and type it again by hand"


def _text(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        raise officer_error(*EMPTY)
    if isinstance(value, str) and HIDDEN_CHARACTER.search(value):
        raise officer_error(HIDDEN_PROBLEM, HIDDEN_HINT)
    return value


Text = Annotated[str, AfterValidator(_text)]

# -- email: exactly one plain address, so a reply can only ever go to the council ------------

_EMAIL_LOCAL = r"[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*"
_DOMAIN_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"^({_EMAIL_LOCAL})@((?:{_DOMAIN_LABEL}\.)+[A-Za-z]{{2,63}})$")


_NOT_ONLY_AN_ADDRESS = [  # (what gives it away, problem, hint); {address} is the address in it, if there is one
    (r"^mailto:", "starts with 'mailto:'", "write only the address{address}"),
    (r"[<>]", "has a name as well as an email address", "write only the address{address}"),
    (r"%[0-9A-Fa-f]{2}", "has web-address codes like %40 in it", "type the address itself, with an ordinary @"),
    (
        r"[?&=#]",
        "has more than an email address in it",
        "write only the address{address}: anything after it, like ?cc=, could send residents' emails to someone else",
    ),
    (r"@.*@|[,;]", "is more than one email address", "give one address, such as the team's shared mailbox"),
]


def _email(value: str) -> str:
    """Exactly one plain address: letters, digits and . _ - + ' before the @, and a real domain after it."""
    address = value.strip()
    for clue, problem, hint in _NOT_ONLY_AN_ADDRESS:
        if re.search(clue, address, re.IGNORECASE):
            inside = re.search(r"[^\s<>:?&=#,;@]+@[^\s<>?&=#,;@]+", address)
            raise officer_error(f"'{value}' {problem}", hint.format(address=f", {inside.group(0)}" if inside else ""))
    if len(address) > 254 or not _EMAIL.match(address) or len(address.split("@")[0]) > 64:
        raise officer_error(
            f"'{value}' is not an email address", "write it like name@northbrook.gov.uk, with no spaces"
        )
    return address


# -- phone numbers: a UK number, with an extension if it has one ------------------------------

_EXTENSION = re.compile(r"^(?P<number>.*?)[\s,]*(?:ext(?:ension)?\.?|x)\s*(?P<extension>[0-9]{1,6})\s*$", re.IGNORECASE)
_PHONE_HINT = "write 10 or 11 digits starting with 0, like 01632 960 123, or +44 1632 960 123"


def phone_parts(value: str) -> tuple[str, str]:
    """A UK number as +44 and its digits, and its extension: "01632 960 000 ext 245" is ("+441632960000", "245")."""
    if len(value) > 60:  # longer than any phone number; and keeps the patterns below quick
        raise ValueError("too long for a phone number")
    extension = _EXTENSION.match(value)
    number, ext = (extension.group("number"), extension.group("extension")) if extension else (value, "")
    number = re.sub(r"^\s*\+44\s*\(0\)", "+44", number)
    digits = re.sub(r"[\s()-]", "", number)
    digits = "0" + digits[3:] if digits.startswith("+44") else digits
    if not re.fullmatch(r"0[0-9]{9,10}", digits):
        raise ValueError(f"{value!r} is not a UK phone number")
    return "+44" + digits[1:], ext


def phone_link(value: str) -> str:
    """The RFC 3966 tel: link for a checked phone number: tel:+441632960245;ext=245."""
    number, extension = phone_parts(value)
    return f"tel:{number}" + (f";ext={extension}" if extension else "")


def _phone(value: Any) -> str:
    value = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(value, str):
        raise officer_error(f"'{value}' is not a phone number", "write a UK number like 01632 960 123")
    if HIDDEN_CHARACTER.search(value):
        raise officer_error(HIDDEN_PROBLEM, HIDDEN_HINT)
    try:
        phone_parts(value)
    except ValueError:
        raise officer_error(f"'{value}' is not a UK phone number", _PHONE_HINT) from None
    return value.strip()


_URL = re.compile(r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]+)?(?:[/?#][^\s\x00-\x1f\x7f-\x9f]*)?$")


def _web_address(value: str) -> str:
    if not _URL.match(value):
        raise officer_error(f"'{value}' is not a web address", "write the full address starting with https://")
    return value


Email = Annotated[str, AfterValidator(_email), WithJsonSchema({"type": "string", "format": "email"})]
_PHONE_SCHEMA = {"type": "string", "pattern": r"^[0-9 +()-]+([ ,]*([Ee]xt(ension)?\.?|[Xx]) ?[0-9]{1,6})?$"}
Phone = Annotated[str, BeforeValidator(_phone), WithJsonSchema(_PHONE_SCHEMA)]
WebAddress = Annotated[
    str, AfterValidator(_web_address), WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"})
]

# -- whole numbers: 1234, 1,234 and (for money) £1,234 all mean the same ----------------------

MOST_DIGITS = 15
"""More digits than any count or amount a council writes (a trillion pounds has 13)."""


def whole_number(
    problem: str = "should be a whole number", hint: str = "write digits only, like 412", *, pounds: bool = False
) -> Any:
    """Checks a whole number of 0 or more: 412, "1,234", 1_234 (or "£1,234" for pounds); ``problem`` may use {value}."""

    def check(value: Any) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            text = value.strip().removeprefix("£" if pounds else "").strip()
            if re.fullmatch(r"-?[0-9](?:[0-9]|[,_ ](?=[0-9]))*", text):
                digits = re.sub(r"[,_ ]", "", text)  # never int() a long one: Python refuses over 4,300 digits
                value = int(digits) if len(digits) <= MOST_DIGITS + 1 else 10**MOST_DIGITS
        if isinstance(value, bool) or not isinstance(value, int):
            shown = value if not isinstance(value, str) or len(value) <= 40 else value[:40] + "..."
            raise officer_error(problem.format(value=shown), hint)
        if value >= 10**MOST_DIGITS:
            raise officer_error("is too big a number to be right", "check the number")
        if value < 0:
            raise officer_error("must be 0 or more", "check the number")
        return value

    return check


WholeNumber = Annotated[int, BeforeValidator(whole_number())]
"""A count officers write, like responses: 412 or 1,234."""
_POUNDS = ("'{value}' is not an amount in pounds", "write whole pounds, like 175622 or £175,622")
Pounds = Annotated[int, BeforeValidator(whole_number(*_POUNDS, pounds=True))]
"""Whole pounds: 175622, "£175,622" and 175_622 all mean the same."""

_WHEN_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?( ?(BST|GMT))?)?$",
    "description": "A date (2026-03-12) or a date and 24-hour time (2026-03-12 17:00), UK time.",
}


def _when(end_of_day: bool) -> Any:
    def parse(value: Any) -> datetime:
        try:
            return parse_when(value, end_of_day=end_of_day)[0]
        except WhenProblem as problem:
            raise officer_error(problem.problem, problem.hint) from None

    return parse


StartTime = Annotated[datetime, BeforeValidator(_when(False)), WithJsonSchema(_WHEN_SCHEMA)]
"""A date alone means the start of that day (00:00)."""
EndTime = Annotated[datetime, BeforeValidator(_when(True)), WithJsonSchema(_WHEN_SCHEMA)]
"""A date alone means the end of that day (shown as 11:59pm)."""


def did_you_mean(word: Any, choices: Any) -> str:
    matches = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else ""


def known_fields(model: type[BaseModel], location: Location) -> list[str]:
    """The field names allowed at a location, for "did you mean" hints."""
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(argument)
        if found is not None:
            return found
    return None


_TYPE_WORDS = {
    "string_type": (
        "should be text",
        "put it in double quotes if it is only a number, or a word like yes, no, true or false",
    ),
    "int_type": ("should be a whole number", "write digits only, like 412"),
    "int_parsing": ("should be a whole number", "write digits only, like 412"),
    "int_from_float": ("should be a whole number", "write digits only, like 412"),
    "bool_type": ("should be true or false", "write true or false"),
    "bool_parsing": ("should be true or false", "write true or false"),
    "list_type": (
        "should be a list",
        "write it as [First, Second] or put each item on its own line starting with '- '",
    ),
    "model_type": (
        "should be a group of fields",
        "indent the fields that belong to it by two spaces on the lines below",
    ),
    "dict_type": (
        "should be a group of fields",
        "indent the fields that belong to it by two spaces on the lines below",
    ),
    "too_short": ("must not be empty", "add at least one item"),
    "string_too_short": ("must not be empty", "write some text here"),
}


def problems_from(
    error: ValidationError,
    source: Source,
    model: type[BaseModel],
    prefix: Location = (),
    missing_hints: dict[str, str] | None = None,
) -> list[Problem]:
    """Turn pydantic's errors into officer-readable problems at the right lines."""
    problems = []
    for detail in error.errors(include_url=False):
        location = tuple(detail["loc"])
        kind = detail["type"]
        ctx = detail.get("ctx") or {}
        name = field_name(location)
        line = source.line_of(prefix + location)
        if kind == "hub":
            problem, hint = ctx["problem"], ctx.get("hint", "")
            if ctx.get("item") is not None:
                location += (ctx["item"],)
                name, line = field_name(location), source.line_of(prefix + location)
        elif kind == "missing":
            parent = field_name(location[:-1])
            problem = "this field is required"
            hint = (missing_hints or {}).get(_pattern(location)) or f"add a line '{location[-1]}: ...'" + (
                f" to {parent}, lined up with its other fields" if parent else ""
            )
            line = source.line_of(prefix + location[:-1])
        elif kind == "string_type" and detail.get("input") is None:
            problem, hint = EMPTY
        elif kind == "string_too_long":
            problem = (
                f"is too long: {len(str(detail.get('input', '')))} characters, and the most is {ctx.get('max_length')}"
            )
            hint = "shorten it; the detail can go in the summary or the body"
        elif kind == "extra_forbidden":
            choices = known_fields(model, location[:-1])
            guess = did_you_mean(location[-1], choices)
            problem = f"'{location[-1]}' is not a field we know"
            hint = f"did you mean '{guess}'?" if guess else "the fields you can use here are: " + ", ".join(choices)
        elif kind in ("literal_error", "enum"):
            expected = ctx.get("expected", "").replace(chr(39), "")
            guess = did_you_mean(detail.get("input"), re.split(r", | or ", expected))
            problem = f"'{detail.get('input')}' is not one of the choices"
            hint = (f"did you mean '{guess}'? " if guess else "") + f"choose one of: {expected}"
        elif kind in _TYPE_WORDS:
            problem, hint = _TYPE_WORDS[kind]
        elif kind == "greater_than_equal":
            problem, hint = f"must be {ctx.get('ge')} or more", "check the number"
        elif kind == "greater_than":
            problem, hint = f"must be more than {ctx.get('gt')}", "check the number"
        elif kind == "less_than_equal":
            problem, hint = f"must be {ctx.get('le')} or less", "check the number"
        elif kind == "less_than":
            problem, hint = f"must be less than {ctx.get('lt')}", "check the number"
        else:
            problem, hint = detail["msg"], "check this field against the template"
        problems.append(Problem(source.path, line, name, problem, hint, Severity.ERROR))
    return problems


def _pattern(location: Location) -> str:
    return ".".join("*" if isinstance(part, int) else str(part) for part in location)


# -- wards, topics and contacts, the same for every kind of record ------------------


def _listed(kind: str) -> Any:
    """Wards and topics are a list of names; one name alone, or wards: all, is a list of one."""

    def check(value: Any, info: ValidationInfo) -> list[Any]:
        settings = (info.context or {}).get("settings")
        if isinstance(value, str) and value.strip():
            if kind == "wards" and value.strip().casefold() == "all":
                return ["all"]
            known = {name.casefold() for name in getattr(settings, kind, None) or ()}
            if "," in value and value.strip().casefold() not in known:
                names = ", ".join(part.strip() for part in value.split(",") if part.strip())
                raise officer_error(
                    f"'{value.strip()}' is one piece of text, not a list",
                    f"write a list in square brackets:  {kind}: [{names}]",
                )
            return [value]
        example = ", ".join((getattr(settings, kind, None) or ["First", "Second"])[:2])
        how = f"like  {kind}: [{example}]" + ("  or  wards: all  if every ward is affected" if kind == "wards" else "")
        if value is None or value == [] or isinstance(value, str):
            raise officer_error("is empty", f"add at least one of the council's {kind}, {how}")
        if not isinstance(value, list):
            raise officer_error("should be a list", f"write the {kind} as a list, {how}")
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            if kind == "wards" and len(value) > 1 and str(item).strip().casefold() == "all":
                raise officer_error(
                    "'all' cannot be mixed with ward names", "write  wards: all  on its own", item=index
                )
            folded = str(item).strip().casefold()
            if folded in seen:
                raise officer_error(f"'{item}' is listed twice", "delete one of them", item=index)
            seen[folded] = index
        return value

    return check


def _one_of(kind: str) -> Any:
    """Each ward or topic must come from the council's own list (checked one by one, so all are reported)."""

    def check(value: Any, info: ValidationInfo) -> str:
        name = str(value).strip()
        if kind == "wards" and name.casefold() == "all":
            return "all"
        settings = (info.context or {}).get("settings")
        if settings is None:
            return name
        allowed: list[str] = list(getattr(settings, kind, []) or [])
        former: list[str] = list(getattr(settings, "former_wards", []) or []) if kind == "wards" else []
        by_folded = {known.casefold(): known for known in allowed + former}  # former wards: on older records
        if name.casefold() not in by_folded:
            guess = did_you_mean(name, allowed)
            hint = (f"did you mean '{guess}'? " if guess else "") + f"the {kind} are: " + ", ".join(allowed)
            raise officer_error(f"'{name}' is not one of the council's {kind}", hint)
        return by_folded[name.casefold()]

    return check


ALL_WARDS = ("all",)
"""What ``wards: all`` becomes: the record affects every ward."""

_WARDS_SCHEMA = {
    "anyOf": [{"const": "all"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}],
    "description": "Ward names from the council's ward list, or: all",
}
Wards = Annotated[
    tuple[Annotated[str, BeforeValidator(_one_of("wards"))], ...],
    BeforeValidator(_listed("wards")),
    Field(json_schema_extra=_WARDS_SCHEMA),
]
Topics = Annotated[tuple[Annotated[str, BeforeValidator(_one_of("topics"))], ...], BeforeValidator(_listed("topics"))]


class Contact(RecordModel):
    """A named officer residents can ask: a consultation's contact, a notice's report author."""

    name: Text
    role: Text | None = None
    team: Text | None = None
    email: Email | None = None
    phone: Phone | None = None
