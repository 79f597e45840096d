"""Contacts: phone numbers (landline, mobile, service number) and e-mail addresses, read from the text itself
(the model refuses a malformed address, so the notice alone cannot show one)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from xuncha._contacts import labels_of, value_problem
from xuncha.checks._context import Context, quote
from xuncha.checks._registry import Code, Severity, rule
from xuncha.models import Contact, ContactKind, Span

__all__: list[str] = []

# --------------------------------------------------------------------------- the contact a value belongs to


class _Contacts:
    """The notice's contacts, to name the one a value read from the text belongs to: the first whose value is
    it or holds it. Only values at fault are looked up, each once, by one search of all values joined."""

    def __init__(self, contacts: Sequence[Contact]) -> None:
        self.contacts = contacts
        self._joined: str | None = None
        self._starts: list[int] = []
        self._found: dict[str, str] = {}

    def path(self, value: str) -> str:
        if value not in self._found:
            self._found[value] = self._search(value)
        return self._found[value]

    def _search(self, value: str) -> str:
        if self._joined is None:
            # NUL cannot stand in a value read from text, so no match runs from one value into the next.
            self._joined = "\0".join(contact.value for contact in self.contacts)
            position = 0
            for contact in self.contacts:
                self._starts.append(position)
                position += len(contact.value) + 1
        if not self.contacts:
            return "$.closing"
        at = self._joined.find(value)
        if at < 0:
            return "$.closing"
        return f"$.contacts[{bisect.bisect_right(self._starts, at) - 1}]"


# --------------------------------------------------------------------------- phones


# The phone labels of the contact grammar (xuncha._contacts), and two of its labels that name no one kind of
# contact but are followed by a number often enough to be read as phone labels here: 联系方式 and 举报方式.
_PHONE_WORDS_BESIDE_THE_GRAMMAR = "联系方式|举报方式"


@functools.cache
def _phone_label() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{labels_of('phone')}|{_PHONE_WORDS_BESIDE_THE_GRAMMAR})(?:号码)?"
        r"(?:[^：:，。；\n]{0,8}?(?P<colon>[：:])\s*)?"
    )


_DIGIT = "0-9０-９"
# One number: an optional country code, an optional area code in brackets, digits with dashes or spaces
# between them, an optional extension (转8001). Brackets that do not hold an area code ("（工作日）") end it.
_PHONE_CHUNK = (
    rf"(?:[+＋][{_DIGIT}]{{2}}[\s\-－]?)?(?:[(（][{_DIGIT}]{{2,4}}[)）]\s*)?"
    rf"[{_DIGIT}](?:[{_DIGIT}\-－—–‐ ]*[{_DIGIT}])?(?:\s*转\s*[{_DIGIT}]+)?"
)
_PHONE_NOTE = r"(?:\s*[(（][^()（）0-9０-９]{1,10}[)）])?"  # 0393-7775123（工作日）
_PHONE_VALUE = re.compile(
    rf"{_PHONE_CHUNK}{_PHONE_NOTE}(?:\s*(?:、|,|，|/|／|或)\s*{_PHONE_CHUNK}{_PHONE_NOTE})*"
)
_PHONE_PIECE = re.compile(_PHONE_CHUNK)
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_EXTENSION = re.compile(r"(.*[0-9０-９])\s*[-－]\s*[0-9０-９]{1,6}")
_PUNCTUATION = re.compile(r"[\s\-－—–‐()（）]")
_INTERNATIONAL = re.compile(r"\+86|0086")
_DIGITS_AND_EXTENSION = re.compile(r"[0-9]+(?:转[0-9]+)?")

MALFORMED_PHONE = Code(
    "malformed-phone", Severity.ERROR, "a phone number that is no landline, mobile or service number"
)
WITHOUT_AREA_CODE = Code("phone-without-area-code", Severity.INFO, "a landline written without its area code")


def _phone_problem(value: str) -> tuple[str, str] | None:
    """Why a phone number is malformed, as (code, reason); None when it is a well-formed number."""
    problem = _number_problem(value)
    extension = _EXTENSION.fullmatch(value)
    if problem is not None and extension is not None and _number_problem(extension.group(1)) is None:
        return None  # 0391-3568110-8001: an extension after a dash
    return problem


def _number_problem(value: str) -> tuple[str, str] | None:
    compact = value.translate(_ASCII_DIGITS).replace("＋", "+")
    compact = _PUNCTUATION.sub("", compact)
    international = _INTERNATIONAL.match(compact)
    if international:
        compact = compact[international.end() :]
        # Written from abroad, a landline drops the 0 of its area code: +86 10 62345678.
        if not (compact.startswith("1") and len(compact.split("转")[0]) == 11):
            compact = "0" + compact
    if not _DIGITS_AND_EXTENSION.fullmatch(compact):
        return "malformed-phone", "it holds characters other than digits, dashes and brackets"
    digits = compact.split("转")[0]
    if digits.startswith("1"):
        if len(digits) in (3, 5):
            return None
        if len(digits) != 11:
            return "malformed-phone", f"it starts with 1 but has {len(digits)} digits (a mobile has 11)"
        if digits[1] not in "3456789":
            return "malformed-phone", f"a mobile number starts with 13 to 19, not {digits[:2]}"
        return None
    if digits.startswith(("400", "800")) and len(digits) == 10:
        return None
    if digits.startswith("9") and len(digits) == 5:
        return None
    if digits.startswith("0") and len(digits) < 4:
        return "malformed-phone", f"it has only {len(digits)} digits"
    if digits.startswith("0"):
        # Area codes: 010 and 02X take three digits, every other one four.
        area_length = 3 if digits[1] in "12" else 4
        area, local = digits[:area_length], digits[area_length:]
        if len(local) not in (7, 8):
            return (
                "malformed-phone",
                f"after the area code {area} it has {len(local)} digits (a landline has 7 or 8)",
            )
        if local[0] in "01":
            return "malformed-phone", f"the local number after the area code {area} starts with {local[0]}"
        return None
    if len(digits) in (7, 8) and digits[0] not in "01":
        return "phone-without-area-code", "it has no area code"
    return "malformed-phone", f"it has {len(digits)} digits, which fits no landline, mobile or service number"


def _phone_values(text: str) -> Iterator[tuple[str, int, bool]]:
    """Every number written after a phone label (电话：…, several joined by 、 or 或), with its offset, and
    whether an earlier number after the same label gave an area code (0393-7775123、7775124 shares it)."""
    for label in _phone_label().finditer(text):
        value = _PHONE_VALUE.match(text, label.end())
        if value is None:
            # A label with no digits after it, such as 电话：待定, is not a number to check.
            continue
        if label["colon"] is None and sum(ch.isdigit() for ch in value.group()) < 5:
            continue  # "热线电话2次" counts calls; a number run in without a colon is at least 5 digits
        area_given = False
        for piece in _PHONE_PIECE.finditer(text, value.start(), value.end()):
            yield piece.group(), piece.start(), area_given
            area_given = area_given or piece.group().lstrip("(（").startswith(("0", "０"))


_PHONE_REST = re.compile(r"[0-9０-９][0-9０-９\-－]*")
_EMAIL_REST = re.compile(r"[A-Za-z0-9._%+\-@]*[A-Za-z0-9]")


def _wrapped_rest(text: str, end: int, rest: re.Pattern[str]) -> str:
    """What continues a value on the next lines, when the value ends its line: hard wraps that the cleaned text
    did not join (a line that starts with a label, 电子邮箱：abc@exa / mple.cn, is kept apart). A dot left at the
    end of a line (abc@example. / cn) is part of what continues."""
    found = ""
    for _ in range(3):  # an address is cut at most a few times
        dot = "." if text.startswith(".\n", end) else ""
        if not text.startswith("\n", end + len(dot)):
            break
        start = end + len(dot) + 1
        while start < len(text) and text[start] in " \t\u3000":
            start += 1
        match = rest.match(text, start)
        if match is None:
            break
        found += dot + match.group()
        end = match.end()
    return found


@rule(MALFORMED_PHONE, WITHOUT_AREA_CODE)
def check_phones(context: Context) -> None:
    """Phone numbers: a landline 0XXX-XXXXXXX, a mobile of 11 digits, or a service number such as 12388."""
    contacts = _Contacts(context.notice.contacts if context.notice is not None else ())
    if context.source is not None:
        for value, offset, area_given in _phone_values(context.text):
            rest = _wrapped_rest(context.text, offset + len(value), _PHONE_REST)
            if rest and _phone_problem(value) is not None and _phone_problem(value + rest) is None:
                continue  # 联系电话：0739-58\n62017 on a label line the text kept apart: whole, it is fine
            span = context.original(offset, offset + len(value))
            _report_phone(context, value, span, contacts, area_given)
        return
    for index, contact in enumerate(contacts.contacts):
        if contact.kind is ContactKind.PHONE:
            _report_phone(context, contact.value, None, f"$.contacts[{index}]")


def _report_phone(
    context: Context, value: str, span: Span | None, path: str | _Contacts, area_given: bool = False
) -> None:
    """Report a malformed number; ``path`` is the model path, or the contacts to find it in (only then)."""
    problem = _phone_problem(value)
    if problem is not None and not (area_given and problem[0] == "phone-without-area-code"):
        code, reason = problem
        where = path.path(value) if isinstance(path, _Contacts) else path
        context.add(code, f'phone number "{quote(value)}": {reason}', where, span)


# --------------------------------------------------------------------------- e-mail addresses


# The characters of an address around its @. An @ with an ASCII name before it is an address; "@青禾发布" (a
# social-media handle) is not.
_ADDRESS_RUN = re.compile(r"[A-Za-z0-9._%+\-@＠]+")
_AT = re.compile(r"[@＠]")
_NAME_CHARACTER = re.compile(r"[^@＠]")
# A comma typed for the last dot (abc@163,com) is taken in, so that the message can say so.
_COMMA_FOR_DOT = re.compile(r"[,，][A-Za-z]{2,6}(?![A-Za-z0-9])")


@functools.cache
def _email_label() -> re.Pattern[str]:
    # The e-mail labels of the contact grammar; 电子邮件地址 and 邮箱地址 are read whole.
    return re.compile(rf"(?:{labels_of('email')})\s*[：:]\s*")


_EMAIL_VALUE = re.compile(r"[^\s，。；;、<>《》（）()“”]+")


def _at_tokens(text: str) -> Iterator[tuple[int, str]]:
    """Every run of address characters that holds an @ after a name character, from that character on (with a
    comma typed for its last dot), with its offset.

    Each run is read once: a pattern that looked for the @ from every start would read a long run of letters
    once per letter.
    """
    position = 0
    while True:
        run = _ADDRESS_RUN.search(text, position)
        if run is None:
            return
        position = run.end()
        ats = [at.start() for at in _AT.finditer(text, run.start(), run.end())]
        name = _NAME_CHARACTER.search(text, run.start(), run.end())
        if not ats or name is None or name.start() > ats[-1]:
            continue
        comma = _COMMA_FOR_DOT.match(text, run.end())
        end = comma.end() if comma is not None else run.end()
        position = end
        yield name.start(), text[name.start() : end]


def _email_problem(value: str) -> str | None:
    if "＠" in value:
        return "it uses the full-width ＠ instead of @"
    if value.count("@") != 1:
        return "it has no single @" if "@" in value else "it has no @"
    if value_problem("email", value) is None:  # exactly when the Contact model would accept it
        return None
    local, domain = value.split("@")
    if not local:
        return "nothing stands before the @"
    if "," in domain or "，" in domain:
        return "a comma stands where a dot belongs"
    if "." not in domain:
        return f'the domain "{quote(domain)}" has no dot'
    if ".." in value or domain.startswith(".") or domain.endswith("."):
        return "it has an empty part between dots"
    return "it has characters an address cannot hold"


@rule(
    Code(
        "malformed-email",
        Severity.ERROR,
        "an e-mail address not shaped like one (no @, full-width ＠, no dot in the domain …)",
    )
)
def check_emails(context: Context) -> None:
    """E-mail addresses in the text (the model refuses malformed ones, so the raw text is scanned)."""
    contacts = _Contacts(context.notice.contacts if context.notice is not None else ())
    if context.source is None:
        for index, contact in enumerate(contacts.contacts):
            if contact.kind is ContactKind.EMAIL and _email_problem(contact.value):
                context.add(
                    "malformed-email", f'e-mail "{quote(contact.value)}" is malformed', f"$.contacts[{index}]"
                )
        return
    text = context.text
    found: dict[int, str] = {}
    for offset, token in _at_tokens(text):
        found[offset] = token.rstrip(".")
    for label in _email_label().finditer(text):
        value = _EMAIL_VALUE.match(text, label.end())
        if value is not None and value.start() not in found:
            found[value.start()] = value.group().rstrip(".")
    for offset, address in sorted(found.items()):
        problem = _email_problem(address)
        rest = _wrapped_rest(text, offset + len(address), _EMAIL_REST)
        if problem is not None and rest and _email_problem(address + rest) is None:
            continue  # cut by a line wrap the text kept (a label line): whole, it is fine
        if problem is not None:
            context.add(
                "malformed-email",
                f'e-mail "{quote(address)}": {problem}',
                contacts.path(address),
                context.original(offset, offset + len(address)),
            )
