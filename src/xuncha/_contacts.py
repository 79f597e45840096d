"""The one grammar of contacts: the labels a notice writes before a contact and the shapes of the values.

A notice's closing invites comments and gives where to send them: "联系电话：0371-12345678", "邮政地址：…",
"电子邮箱：xcb@example.cn". The labels (:data:`LABELS`) and the value shapes (:data:`EMAIL`, :data:`PHONE`,
:data:`POSTCODE`, :data:`WEBSITE`) are written here once and read by

- the models: :class:`xuncha.models.Contact` validates its ``value`` with :func:`value_problem`;
- the cleaner: a line that starts with a label (:func:`label_line_at`) is never joined to its neighbours;
- the parser: a paragraph that opens with a label starts the closing (:func:`label_pattern`), and the contacts
  are read with :func:`label_pattern`, :func:`find_emails`, :data:`PHONE_IN_TEXT` and :data:`WEBSITE_IN_TEXT`;
- the checker (:mod:`xuncha.checks.contacts`), for its phone and e-mail checks: its labels are
  ``labels_of("phone")`` and ``labels_of("email")`` (alternations of the labels of one kind, spaced spellings
  such as 电 话 included), an e-mail is well formed when ``value_problem("email", value)`` is None, and an
  e-mail scan is :func:`find_emails`, linear on any text.

A colon after a label may be either width ("电话:" and "电话："). The value shapes are ECMA-safe pattern sources
(the JSON Schema embeds them); a whole value is matched with ``fullmatch``, never with ``$``, which would also
accept a trailing newline.

>>> value_problem("email", "xcb@example.cn") is None, value_problem("postcode", "45700")
(True, 'not a six-digit postcode')
>>> [m.group() for m in find_emails("来信请寄 a.b@example.org.cn 或 xcb@example.cn。")]
['a.b@example.org.cn', 'xcb@example.cn']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

__all__ = [
    "ADDRESS_WITHOUT_COLON",
    "BARE_WEBSITE_IN_TEXT",
    "DEFAULT_LABELS",
    "EMAIL",
    "LABELS",
    "PHONE",
    "PHONE_IN_TEXT",
    "POSTCODE",
    "VERBS",
    "WEBSITE",
    "WEBSITE_IN_TEXT",
    "contact_line_at",
    "find_emails",
    "kind_of_label",
    "label_line_at",
    "label_pattern",
    "labels_of",
    "opens_closing",
    "value_problem",
]

#: (label as written, the kind of contact it introduces — a :class:`xuncha.models.ContactKind` value — or None
#: for a label that names no value of its own, and whether the label alone, without a colon, is enough to say
#: that a paragraph opening with it starts the closing). Longer labels are tried first wherever they are read.
LABELS: Final[tuple[tuple[str, str | None, bool], ...]] = (
    ("联系电话", "phone", True),
    ("监督电话", "phone", True),
    ("举报电话", "phone", True),
    ("咨询电话", "phone", False),
    ("值班电话", "phone", False),
    ("电话", "phone", False),
    ("手机", "phone", False),
    ("热线", "phone", False),  # 举报热线, 监督热线
    ("座机", "phone", False),
    ("传真", "phone", True),
    ("邮政地址", "postal_address", True),
    ("通讯地址", "postal_address", True),
    ("通信地址", "postal_address", True),
    ("联系地址", "postal_address", True),
    ("来信地址", "postal_address", False),
    ("来信请寄", "postal_address", False),
    ("邮寄地址", "postal_address", False),
    ("地址", "postal_address", False),
    ("邮政信箱", "postal_address", True),
    ("信箱", "postal_address", False),
    ("邮编", "postcode", True),
    ("邮政编码", "postcode", True),
    ("电子邮箱", "email", True),
    ("电子信箱", "email", True),
    ("电子邮件", "email", True),
    ("电子邮箱地址", "email", True),  # …地址 after an e-mail label is the e-mail's, not a postal address
    ("电子邮件地址", "email", True),
    ("邮箱地址", "email", True),
    ("邮箱", "email", True),
    ("E-mail", "email", False),
    ("E-Mail", "email", False),
    ("Email", "email", False),
    ("EMail", "email", False),
    ("e-mail", "email", False),
    ("email", "email", False),
    ("网站", "website", False),
    ("网址", "website", True),
    ("门户网站", "website", False),
    ("拨打", "phone", False),  # a verb, not a label: see VERBS
    ("来访接待室", "postal_address", False),
    ("信访接待地点", "postal_address", False),
    ("接待地点", "postal_address", False),
    ("办公地点", "postal_address", False),  # 巡察组办公地点：…宾馆, where the group receives visitors
    # Where a box is set up or placed (信访意见箱设置地点：…大厅): the place letters are dropped at.
    ("设置地点", "postal_address", False),
    ("放置地点", "postal_address", False),
    ("设置位置", "postal_address", False),
    # Boxes set up on the inspected premises and the like: labels that give no contact, read so that the 信箱
    # inside them is not taken for a postal box.
    ("举报信箱", None, False),
    ("联系信箱", None, False),
    ("巡察信箱", None, False),
    ("巡视信箱", None, False),
    ("意见箱", None, False),
    ("联系人", None, True),
    ("联系方式", None, True),
    ("监督举报", None, True),
    ("监督方式", None, True),
    ("举报方式", None, True),
)
#: The label written for a contact that has none of its own (the first label of its kind above).
DEFAULT_LABELS: Final = {kind: label for label, kind, _ in reversed(LABELS) if kind is not None}
#: Words in :data:`LABELS` that are verbs ("请拨打12388"): a contact read after one keeps no label.
VERBS: Final = frozenset({"拨打"})
_KIND = {label: kind for label, kind, _ in LABELS}
_COLON = "[：:]"

# --------------------------------------------------------------------------- value shapes (pattern sources)

#: An e-mail address.
EMAIL: Final = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
#: A phone number as a whole value: digits, brackets, dashes and spaces, an extension after 转 or a dash.
PHONE: Final = r"\+?[0-9()（）\- ]+(?:(?:转|-)[0-9]+)?"
#: A postcode: six digits.
POSTCODE: Final = r"[0-9]{6}"
#: A web address as a whole value, with or without its scheme.
WEBSITE: Final = r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::[0-9]+)?(?:/\S*)?"

#: A phone number inside text, after its label: it starts and ends with a digit (or a bracket first).
PHONE_IN_TEXT: Final = r"\+?[0-9（）()][0-9（）()\- ]{1,30}[0-9](?:转[0-9]{1,6})?"
#: A web address inside text after its label: the path stops at the first character an address cannot hold.
WEBSITE_IN_TEXT: Final = (
    r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::[0-9]+)?(?:/[A-Za-z0-9._~%/?#=&+\-]*)?"
)
#: A web address inside text with no label: it must say it is one (a scheme or www.).
BARE_WEBSITE_IN_TEXT: Final = r"(?:https?://|www\.)[A-Za-z0-9._~%/?#=&+:\-]+"

# The longest an address's local part and domain may be (RFC 5321: 64 and 255): a scan for addresses looks
# no further than this around each @, so that its cost grows with the text, not with the text squared.
_LOCAL_LIMIT = 64
_DOMAIN_LIMIT = 255
_LOCAL_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


@functools.cache
def _whole(kind: str) -> re.Pattern[str]:
    return re.compile({"email": EMAIL, "phone": PHONE, "postcode": POSTCODE, "website": WEBSITE}[kind])


@functools.cache
def _domain() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def value_problem(kind: str, value: str) -> str | None:
    """Why ``value`` is not shaped like a contact of ``kind`` (a ContactKind value); None when it is.

    A postal address may be any text; a phone number holds 3 to 20 digits."""
    if kind == "email" and _whole(kind).fullmatch(value) is None:
        return "not shaped like an e-mail address"
    if kind == "phone":
        digits = sum(ch.isdigit() for ch in value)
        if _whole(kind).fullmatch(value) is None or not 3 <= digits <= 20:
            return "not shaped like a phone number"
    if kind == "postcode" and _whole(kind).fullmatch(value) is None:
        return "not a six-digit postcode"
    if kind == "website" and _whole(kind).fullmatch(value) is None:
        return "not shaped like a web address"
    return None


class _Found:
    """An e-mail address found in a text, with the parts of :class:`re.Match` that readers use."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string = string
        self._start = start
        self._end = end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self.string[self._start : self._end]


def find_emails(text: str, start: int = 0, end: int | None = None) -> Iterator[_Found]:
    """Every e-mail address in ``text[start:end]``, left to right, as :data:`EMAIL` would find them.

    The scan goes from @ to @: it looks back over the local part (at most 64 characters, never past the last
    address found) and reads the domain after the @ (at most 255), so a long run of letters or digits costs
    one pass instead of one pass per character."""
    stop = len(text) if end is None else end
    floor = start  # nothing before this belongs to an address still to be found
    at = text.find("@", start, stop)
    while at >= 0:
        first = at
        while first > floor and at - first < _LOCAL_LIMIT and text[first - 1] in _LOCAL_CHARACTERS:
            first -= 1
        domain = _domain().match(text, at + 1, min(stop, at + 1 + _DOMAIN_LIMIT)) if first < at else None
        if domain is not None:
            yield _Found(text, first, domain.end())
            floor = domain.end()
            at = text.find("@", floor, stop)
        else:
            floor = at + 1
            at = text.find("@", at + 1, stop)


def kind_of_label(label: str) -> str | None:
    """The kind of contact (a ContactKind value) a label introduces; None for 联系人 and the like.

    Spaces inside a label are typesetting: 电 话 is 电话."""
    return _KIND.get(label.replace(" ", "").replace("\u3000", ""))


#: Labels that introduce an address without a colon after them ("来信请寄某某路1号"); every other address label
#: needs one, for 设有举报信箱和信访接待室 names no address.
ADDRESS_WITHOUT_COLON: Final = frozenset({"来信请寄"})


def _spaced(label: str) -> str:
    """A label as a pattern that also takes it typeset with spaces between its characters: 电 话, 邮 编."""
    return "[ \u3000]?".join(re.escape(ch) for ch in label)


@functools.cache
def _labels() -> str:
    return "|".join(_spaced(label) for label in sorted(_KIND, key=len, reverse=True))


def labels_of(*kinds: str) -> str:
    """The labels of the given kinds (ContactKind values) as a pattern alternation, longest first."""
    return "|".join(_spaced(label) for label in sorted(_KIND, key=len, reverse=True) if _KIND[label] in kinds)


@functools.cache
def label_pattern() -> re.Pattern[str]:
    """A label with the colon and spaces after it (``label`` group; the colon is optional)."""
    return re.compile(rf"(?P<label>{_labels()})[ \t]*(?P<colon>{_COLON})?[ \t]*")


@functools.cache
def _label_line() -> re.Pattern[str]:
    return re.compile(rf"[ \t\u3000]*(?:{_labels()})[ \t]*{_COLON}")


@functools.cache
def _contact_line() -> re.Pattern[str]:
    # A few words may stand before the label: 专门值班电话, 举报电子邮箱, 巡察组联系电话.
    return re.compile(rf"[ \t\u3000]*[^，,。；;：:、|\s]{{0,6}}?(?P<label>{_labels()})[ \t]*(?:{_COLON}|\|)")


def contact_line_at(text: str, pos: int = 0) -> bool:
    """True when a contact label with a colon (or a table cell after it) opens ``text`` at ``pos``, the label
    naming a contact: "举报电话：…", "通信地址 | …" (not "联系人：…")."""
    head = text[pos : pos + 24]  # a label and its colon come first: most paragraphs have neither
    if "：" not in head and ":" not in head and "|" not in head:
        return False
    match = _contact_line().match(text, pos)
    return match is not None and kind_of_label(match.group("label")) is not None


def label_line_at(text: str) -> bool:
    """True when ``text`` starts with a label and a colon: "联系电话：…", "邮箱: …"."""
    # (no colon, no label line: most lines, at one look)
    return ("：" in text or ":" in text) and _label_line().match(text) is not None


@functools.cache
def _opening() -> re.Pattern[str]:
    bare = "|".join(_spaced(label) for label, _, alone in LABELS if alone)
    return re.compile(rf"(?:{_labels()})[ \t]*{_COLON}|(?:{bare}|邮政)")


def opens_closing(text: str, pos: int = 0) -> bool:
    """True when a contact label opens ``text`` at ``pos``: with a colon after it, or one that needs none."""
    return _opening().match(text, pos) is not None
