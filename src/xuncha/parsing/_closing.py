"""The facts a notice's closing states: where to send comments, read by :func:`contacts` with the one contact
grammar (:mod:`xuncha._contacts`). (The inspection its opening states is read in :mod:`._facts`.)
"""

from __future__ import annotations

from collections.abc import Callable

from xuncha import _contacts
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha.errors import InvariantError
from xuncha.models import Contact, ContactKind

_PHONE_VALUE = LazyPattern(_contacts.PHONE_IN_TEXT)
_WIDE_DASH = LazyPattern(r"(?<=[0-9])[—–](?=[0-9])")
_URL_VALUE = LazyPattern(_contacts.WEBSITE_IN_TEXT)
_BARE_URL = LazyPattern(_contacts.BARE_WEBSITE_IN_TEXT)
_EMAIL_VALUE = LazyPattern(_contacts.EMAIL)
_QUOTED_BOX = LazyPattern(r"[“\"]([^“”\"，,。；;：:\s]{2,40}?[ \u3000]?[0-9]+[ \u3000]?号邮政信箱)[”\"]")
_POSTCODE_VALUE = LazyPattern(r"(?<![0-9])[0-9]{6}(?![0-9])")
_POSTCODE_AFTER_ADDRESS = LazyPattern(r"[（(][ \t]*([0-9]{6})[ \t]*[）)]$")
# After a phone label: a short note ("座机:", "手机"), then numbers separated by 、 , / 或 (numbers apart by
# spaces are one match, cut by _add_phone).
_PHONE_NUMBER = _contacts.PHONE_IN_TEXT
_PHONE_LIST = LazyPattern(
    rf"[^0-9，,。；;\n|]{{0,8}}?{_PHONE_NUMBER}(?:[ \t]*(?:[、,，/／]|或)[ \t]*{_PHONE_NUMBER})*"
)
# Where an address ends: a sentence break, the next label (a postcode, a phone, an e-mail), the addressee after
# it (…卫计局102室,区委第一巡察组收,邮编…), or the next item's marker run into it on a page that lost its line
# breaks (…北二楼205室(二)专门值班电话:…).
_ADDRESS_END = LazyPattern(
    rf"[；;。\n|]|[（(][一二三四五六七八九十][）)]|[，,（(]?[ \t]*(?:{_contacts.labels_of('postcode')})"
    r"|[，,][ \t]*[^，,。；;\n]{2,30}?收(?=[，,。；;\n]|$)"
    rf"|[，,][ \t]*(?:{_contacts.labels_of('phone', 'email', 'website')})"
    # the next labelled contact run into it on a page that lost its line breaks (…某某宾馆邮政信箱:…)
    rf"|(?:{_contacts.labels_of('postal_address', 'phone', 'email', 'website', 'postcode')})[ \t]*[：:]"
)

# An address told as a sentence placing the box (在材料与化工学院三楼办公室门口设置联系信箱): the place alone.
_BOX_PLACED_AT = LazyPattern(
    r"[ \t\u3000]*在(?P<place>[^，,。；;]{2,60}?)(?:设置|设立|放置|安放|摆放|安装|设有)了?[^，,。；;在]{0,10}箱[ \t\u3000]*"
)


def contacts(closing: str) -> list[Contact]:
    """The phones, addresses, postcodes, e-mail addresses and websites the closing gives, each once."""
    found: list[Contact] = []
    if not closing:  # (most texts read have no closing and no contact line)
        return found
    seen: set[tuple[ContactKind, str]] = set()

    def add(kind: ContactKind, value: str, label: str | None) -> bool:
        value = value.strip(" \t\u3000")
        if not value or (kind, value) in seen:
            return bool(value)
        try:
            contact = Contact(kind, value, label)
        except InvariantError:
            return False
        seen.add((kind, value))
        found.append(contact)
        return True

    reading = fold(closing)  # labels in traditional characters too: 聯繫電話, 郵政地址
    for match in _contacts.label_pattern().finditer(reading):
        label = closing[match.start("label") : match.end("label")]
        kind = _contacts.kind_of_label(match.group("label"))
        rest = closing[match.end() : match.end() + 200]
        # (phones and postcodes are read folded and given in ASCII digits, as the model holds them:
        # 电话:１３９００００００００ is 13900000000)
        # (a dash of another width between an area code and a number is the hyphen: 0871—1234567)
        narrow = _WIDE_DASH.sub("-", reading[match.end() : match.end() + 200])
        if rest.startswith("|") and kind is not None:  # a table row: 通信地址 | 甲 | 乙 |
            cells = (narrow if kind in ("phone", "postcode") else rest).split("\n", 1)[0].split("|")
            for cell in cells:
                _cell_contact(kind, cell.strip(" \t\u3000"), label, add)
            continue
        if kind is None and match.group("colon") is not None and narrow[:1].isdigit():
            kind = "phone"  # "联系方式:1234567(8:30-17:30)": a bare number after a general label is a phone
        if kind == "phone":
            # A phone label names a number only when a colon or the number itself follows: "举报电话12388",
            # or the number in quotes: 监督专用电话“0000-12345678”.
            quoted = len(narrow) - len(narrow.lstrip("“\"'‘"))
            if quoted and narrow[quoted : quoted + 1].isdigit():
                narrow = narrow[quoted:]
            elif match.group("colon") is None and narrow[:1] not in "0123456789+（(":
                continue
            # The numbers listed after the label ("0371-1234567、13800000000"), not every figure of the sentence.
            field = _PHONE_LIST.match(narrow)
            written = None if match.group("label") in _contacts.VERBS else label
            for phone in _PHONE_VALUE.finditer(field.group() if field else ""):
                _add_phone(phone.group(), written, add)
        elif kind == "postal_address":
            if match.group("colon") is None and match.group("label") not in _contacts.ADDRESS_WITHOUT_COLON:
                continue
            end = _ADDRESS_END.search(reading, match.end(), match.end() + 200)
            value = rest[: end.start() - match.end()] if end else rest
            placed = _BOX_PLACED_AT.fullmatch(reading, match.end(), match.end() + len(value))
            if placed is not None:
                value = closing[placed.start("place") : placed.end("place")]
            postcode = _POSTCODE_AFTER_ADDRESS.search(narrow[: len(value)])
            if postcode:  # "…办公室（457000）": the postcode is its own contact
                add(ContactKind.POSTAL_ADDRESS, value[: postcode.start()], label)
                add(ContactKind.POSTCODE, postcode.group(1), None)
            else:
                add(ContactKind.POSTAL_ADDRESS, value, label)
        elif kind == "postcode":
            code = _POSTCODE_VALUE.match(narrow.lstrip(" \t"))
            if code:
                add(ContactKind.POSTCODE, code.group(), label)
        elif kind == "email":
            email = _EMAIL_VALUE.match(rest)
            if email:
                add(ContactKind.EMAIL, email.group(), label)
        elif kind == "website":
            url = _URL_VALUE.match(rest)
            if url:
                add(ContactKind.WEBSITE, url.group(), label)
    for box in _QUOTED_BOX.finditer(reading):  # 设立“某某市88号邮政信箱”: a numbered box named in quotes
        add(ContactKind.POSTAL_ADDRESS, closing[box.start(1) : box.end(1)], None)
    for address in _contacts.find_emails(closing):
        add(ContactKind.EMAIL, address.group(), None)
    for url in _BARE_URL.finditer(closing):
        add(ContactKind.WEBSITE, url.group().rstrip("."), None)
    return found


_Add = Callable[[ContactKind, str, "str | None"], bool]


def _add_phone(value: str, label: str | None, add: _Add) -> None:
    """A phone number, or numbers written apart by spaces ("0553-2590001 15200000001") when together they are
    too long for one. A bracket opened after the number and not closed starts a note: "1234567(8:30-17:30)"."""
    opened = max(value.rfind("("), value.rfind("（"))
    if opened > 0 and max(value.rfind(")"), value.rfind("）")) < opened:
        value = value[:opened]
    if not add(ContactKind.PHONE, value, label) and " " in value.strip():
        for part in value.split():
            add(ContactKind.PHONE, part, label)


def _cell_contact(kind: str, cell: str, label: str | None, add: _Add) -> None:
    """The contact one table cell gives after a label cell."""
    if not cell:
        return
    if kind == "phone":
        field = _PHONE_LIST.match(cell)
        for phone in _PHONE_VALUE.finditer(field.group() if field else ""):
            _add_phone(phone.group(), label, add)
    elif kind == "postal_address":
        add(ContactKind.POSTAL_ADDRESS, cell, label)
    elif kind == "email" and (email := _EMAIL_VALUE.match(cell)) is not None:
        add(ContactKind.EMAIL, email.group(), label)
    elif kind == "website" and (url := _URL_VALUE.match(cell)) is not None:
        add(ContactKind.WEBSITE, url.group(), label)
    elif kind == "postcode" and (code := _POSTCODE_VALUE.match(cell)) is not None:
        add(ContactKind.POSTCODE, code.group(), label)
