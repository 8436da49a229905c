"""Phone numbers as people write them: international, national in any of the policy's regions, or bare digits.

A number is read in the order that costs least and says most:

1. **International** (``+44 20 7946 0958``, ``0044 20...``, ``011 44 20...``): libphonenumber validates it for the
   country its code names. Nothing else is needed.
2. **National, in one of the policy's regions** (``020 7946 0958``, ``06 12 34 56 78``, ``(11) 96123-4567``): the
   digits are tried against each region's numbering plan (``castguard.core.policy.DEFAULT_PHONE_REGIONS``, the main
   markets, unless the policy lists its own), as that region writes its numbers: with its trunk prefix where it
   writes one. A bare run of digits with neither grouping nor trunk prefix is read only as a number of the
   policy's first region: almost any run of 7 to 12 digits is valid somewhere, so validity alone proves little.
3. **With a phone word nearby** ("call me", "my number", "WhatsApp", "llámame", "звони", ...): the digits are also
   read as an international number missing its ``+`` and, failing that, against the plan of every region
   libphonenumber knows. The word is the evidence that the digits are a phone number at all; the plan only has to
   say that some country could dial them. Without a word, "44 20 7946 0958" is still read when its first group is
   the country code of the number the rest makes.

Ordinary chat costs nothing: the filter only calls :meth:`PhoneReader.find` when seven digits stand close
together, and the candidate pattern below is one linear scan. Plans are indexed by the length and first digit of
the number as written; each is checked with its own patterns (a length test and a full match, about a
microsecond), and only a plan that accepts the digits is confirmed with ``phonenumbers.parse``. Per message at most
:data:`MAX_CANDIDATES` digit runs are read, with at most :data:`MAX_CONFIRMATIONS` confirmations and
:data:`MAX_SPLITS` shorter readings each.

Shapes that are not phone numbers whatever the plan says are left alone before any plan is asked: dates, year
ranges, dotted version and section numbers, ISBNs, IPv4 addresses and payment cards (their own detectors'),
Brazilian postcodes, year-prefixed references, amounts written with thousands separators or followed by a currency
or a count (without a phone word), reference numbers (``#4158672671``, "order 4158672671").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata

from castguard.filters.privacy.numbers import luhn, vetoed
from castguard.filters.privacy.spans import P_PHONE, Hit
from castguard.filters.regex_gate import first_class

__all__ = ["MAX_CANDIDATES", "MAX_PLANS", "PhoneReader", "known_regions"]

#: Digit runs read per message (a message full of numbers costs at most this many readings).
MAX_CANDIDATES = 6
#: Numbering plans checked per digit run when a phone word widens the reading to every region.
MAX_PLANS = 260
#: Shorter readings tried when a digit run is two numbers written one after the other.
MAX_SPLITS = 3
#: libphonenumber confirmations per digit run (each costs tens of microseconds).
MAX_CONFIRMATIONS = 3

# A digit run in phone punctuation: an optional "+" or "(", then 6 to 17 digits with at most three separators
# between two digits. A separator is never a digit, so each repetition has one way to match: the scan is linear.
_RUN = re.compile(r"(?<!\w)(?:\+[ \t]?|\(\+?)?\d(?:[ \t\u00a0.\-()/]{0,3}\d){5,16}")
_EXTENSION = re.compile(r"[ \t]{0,3}(?:ext\.?|extension|x|доб\.?)[ \t]{0,3}\d{1,6}(?!\w)", re.IGNORECASE)
_GROUPS = re.compile(r"\d+")

# Words that say the digits are a phone number ("call me", "my number", "WhatsApp", "llámame", "звони"...),
# English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Russian and Ukrainian.
_CUE = re.compile(
    r"(?<!\w)(?:"
    r"call(?:s|ing|ed)?|phone|phones|cell|cellphone|cel|mobile|mob|tel|tlf|tfno|telf|text(?:s|ing)?|txt|sms|"
    r"ring|dial|fax|hotline|helpline|whats\s?app|wa|viber|telegram|signal|reach|contact|ph|"
    r"ll[aá]m(?:a|ame|enme|ar|en|e)|marca(?:me)?|tel[eé]fono|celular|m[oó]vil|wh?asap|guasap|"
    r"lig(?:a|ue|ar)|telefone|zap|zapzap|"
    r"appel(?:le|lez|er)?|t[eé]l[eé]phone|portable|joindre|"
    r"anruf(?:en)?|ruf|telefon|handy|nummer|erreichbar|"
    r"chiama(?:mi|te)?|cellulare|"
    r"bel(?:len)?|telefoon|mobiel|"
    r"zadzwo[nń]|dzwo[nń]|kom[oó]rka|"
    r"зв[оа]н\w{0,6}|позвон\w{0,5}|набер\w{0,4}|пиш\w{0,3}|телефон\w{0,2}|тел|моб\w{0,6}|в[ао]тс?ап\w{0,2}|"
    r"вайбер\w{0,2}|телеграм\w{0,2}|телег\w{0,2}|дзвон\w{0,5}"
    r")(?!\w)"
    # "number" only as someone's or a phone's number: "part number", "order number" are not phones.
    r"|(?<!\w)(?:my|his|her|their|our|your|ur|the|new|home|work|office|direct|contact|phone|cell|mobile|"
    r"mi|su|tu|mon|ma|son|sa|meine?|seine?|ihre?|mio|suo|meu|seu|мой|его|её|ее|их|наш|твой|ваш)"
    r"\s{1,3}(?:number|num|no\.|#|n[uú]mero|num[eé]ro|nummer|numer|номер)",
    re.IGNORECASE,
)
_CUE_BEFORE = 48
_CUE_AFTER = 32

# Digits that belong to something else, by the characters around them.
_CURRENCY = frozenset("$€£¥₹₽₴₺₩₱฿¢")
_REFERENCE = frozenset("#№")
_AMOUNT_AFTER = re.compile(
    r"[ \t]{0,2}(?:%|‰|[$€£¥₹₽₴]|(?:usd|eur|gbp|rub|руб\w*|₽|euros?|dollars?|bucks|pesos?|reais|rupees?|yen|"
    r"złotych|zł|kr|chf|views|viewers|subs|subscribers|followers|likes|people|steps|calories|kcal|km|miles?|"
    r"kg|lbs?|mg|ml|votes|members|users|years|год\w*|лет|человек|просмотр\w*|шаг\w*|personas|pasos|vistas)"
    r"(?!\w))",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\- ]\d{1,4}")
_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d[ \t]{0,2}[\-/][ \t]{0,2}(?:(?:1[89]|20)\d\d|\d\d)")
_YYYYMMDD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_REFERENCE_SHAPE = re.compile(r"(?:19[5-9]\d|20[0-4]\d)-\d[\d\-]{0,14}|\d{5}-\d{3}")
_IPV4_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[ .\u00a0,]\d{3})+")


@dataclass(frozen=True, slots=True)
class _Plan:
    """The parts of one region's numbering plan that the quick check needs (patterns compiled on first use)."""

    region: str
    trunk: str | None
    """``national_prefix``: the trunk prefix the region writes before national numbers ("0", "8", "1")."""
    prefix: str | None
    """``national_prefix_for_parsing``: the trunk prefix (and carrier code) a national number may start with."""
    transform: str | None
    general: str
    general_lengths: frozenset[int]
    types: tuple[tuple[frozenset[int], str, int], ...]
    """(possible lengths, pattern, mobile or fixed line) of every number type the region dials."""
    written_lengths: frozenset[int]
    """Digit counts a national number of this region can have as written (with or without its trunk prefix)."""
    written_first: frozenset[str]
    """Digits a national number of this region can start with as written (its trunk prefix's or its own)."""


_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)
_PLANS: dict[str, _Plan | None] = {}
_PATTERNS: dict[str, re.Pattern[str]] = {}
_BARE: dict[tuple[str, int], bool] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, kept: a few thousand numbering-plan patterns are more than ``re``'s own cache holds."""
    found = _PATTERNS.get(pattern)
    if found is None:
        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


def _written_bare(plan: _Plan, kind: int) -> bool:
    """Whether the region writes numbers of this kind without its trunk prefix (US "(201) 555-0123", CN mobiles)."""
    if not plan.trunk:
        return True
    key = (plan.region, kind)
    if key not in _BARE:
        example = phonenumbers.example_number_for_type(plan.region, kind)
        national = phonenumbers.PhoneNumberFormat.NATIONAL
        written = "" if example is None else phonenumbers.format_number(example, national)
        _BARE[key] = bool(written) and not "".join(ch for ch in written if ch.isdigit()).startswith(plan.trunk)
    return _BARE[key]


def _plan(region: str) -> _Plan | None:
    """The region's plan, read from libphonenumber's metadata on first use (None for an unknown region)."""
    if region in _PLANS:
        return _PLANS[region]
    meta = PhoneMetadata.metadata_for_region(region)
    plan = None
    if meta is not None and meta.general_desc is not None and meta.general_desc.national_number_pattern:
        general_lengths = frozenset(meta.general_desc.possible_length or ())
        types = []
        for name in _TYPES:
            desc = getattr(meta, name)
            if desc is None or not desc.national_number_pattern:
                continue
            lengths = frozenset(desc.possible_length or ()) or general_lengths
            kind = phonenumbers.PhoneNumberType.MOBILE if name == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
            types.append((lengths, desc.national_number_pattern, kind))
        npp = meta.national_prefix_for_parsing
        # A trunk prefix adds one to three digits (a carrier code more); transform rules can also add or remove a
        # few, so those plans accept every length within reach.
        spread = range(0, 5) if npp else range(0, 1)
        written = {n + k for n in general_lengths for k in spread}
        if meta.national_prefix_transform_rule:
            written |= {n - k for n in general_lengths for k in range(1, 5)}
        first = _first_digits(meta.general_desc.national_number_pattern)
        if npp:
            first |= _first_digits(npp)
        plan = _Plan(
            region,
            meta.national_prefix or None,
            npp or None,
            meta.national_prefix_transform_rule or None,
            meta.general_desc.national_number_pattern,
            general_lengths,
            tuple(types),
            frozenset(written),
            frozenset(first),
        )
    _PLANS[region] = plan
    return plan


def _first_digits(pattern: str) -> set[str]:
    """Digits a match of ``pattern`` can start with (every digit when the pattern does not say)."""
    first = first_class(pattern)
    if first is None:
        return set(_DIGITS)
    return {d for d in _DIGITS if re.fullmatch(first, d)}


_DIGITS = "0123456789"


def _national_digits(digits: str, plan: _Plan) -> str:
    """``digits`` without the trunk prefix, as libphonenumber's parser strips it (only when what is left fits)."""
    if plan.prefix is None:
        return digits
    prefix = _compiled(plan.prefix)
    m = prefix.match(digits)
    if m is None or (not m.group(0) and not plan.transform):
        return digits
    general = _compiled(plan.general)
    viable = general.fullmatch(digits) is not None
    groups = m.groups()
    if plan.transform and groups and groups[-1] is not None:
        stripped = prefix.sub(plan.transform, digits, count=1)
    else:
        stripped = digits[m.end() :]
    if viable and general.fullmatch(stripped) is None:
        return digits
    if len(stripped) not in plan.general_lengths and len(stripped) < len(digits):
        return digits  # too short once stripped: the parser keeps the digits whole
    return stripped


# How a national reading may treat digits written without the region's trunk prefix.
PREFIXED = 0
"""Only digits that start with the trunk prefix ("07911 123456" in the UK)."""
AS_WRITTEN = 1
"""Also digits of a type the region writes without one ("(201) 555-0123" in the US, mobiles in China)."""
ANY = 2
"""Also local numbers written without it ("1234567" in Germany, where numbers are written "030 1234567")."""


def _plan_accepts(digits: str, plan: _Plan, bare: int) -> bool:
    """Whether the region's plan has a number type these national digits fit (the quick check)."""
    if len(digits) not in plan.written_lengths:
        return False
    nsn = _national_digits(digits, plan)
    prefixed = nsn != digits
    n = len(nsn)
    if n not in plan.general_lengths or _compiled(plan.general).fullmatch(nsn) is None:
        return False
    for lengths, pattern, kind in plan.types:
        if n not in lengths:
            continue
        if not (prefixed or bare == ANY or (bare == AS_WRITTEN and _written_bare(plan, kind))):
            continue
        if _compiled(pattern).fullmatch(nsn) is not None:
            return True
    return False


def _confirmed(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """libphonenumber's own reading of ``raw`` (national for ``region``, international for None), when valid."""
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException:
        return None
    if region is None:
        return number if phonenumbers.is_valid_number(number) else None
    return number if phonenumbers.is_valid_number_for_region(number, region) else None


def known_regions(regions: Iterable[str]) -> tuple[str, ...]:
    """``regions`` upper-cased, unknown ones and repeats dropped, order kept."""
    out: list[str] = []
    for region in regions:
        code = region.upper()
        if code in phonenumbers.SUPPORTED_REGIONS and code not in out:
            out.append(code)
    return tuple(out)


Index = dict[tuple[int, str], tuple[_Plan, ...]]
"""Plans by the length and the first digit of a national number as written."""


def _by_length(regions: Sequence[str]) -> Index:
    index: dict[tuple[int, str], list[_Plan]] = {}
    for region in regions:
        plan = _plan(region)
        if plan is None:
            continue
        for n in plan.written_lengths:
            for d in plan.written_first:
                index.setdefault((n, d), []).append(plan)
    return {key: tuple(plans) for key, plans in index.items()}


_EVERY_REGION: Index = {}


def _every_region() -> Index:
    """Plans of every region libphonenumber knows, by written length (built on the first phone word)."""
    if not _EVERY_REGION:
        _EVERY_REGION.update(_by_length(sorted(phonenumbers.SUPPORTED_REGIONS)))
    return _EVERY_REGION


def _someone_elses(raw: str) -> bool:
    """Whether the whole run is an IPv4 address or a payment card (their own detectors read them)."""
    if _IPV4_SHAPE.fullmatch(raw):
        return True  # "192.253.44.111"
    if raw.lstrip("(").startswith("+"):
        return False  # a card is never written after a "+": "+54 9 11 4299-7606" is Argentine, even if Luhn-valid
    digits = "".join(_GROUPS.findall(raw))
    return 13 <= len(digits) <= 19 and luhn(digits)


def _phone_shaped(raw: str, groups: list[str]) -> bool:
    """False for dates, year ranges and dotted version or section numbers."""
    if _DATE.fullmatch(raw) and len(groups) == 3 and sum(map(len, groups)) <= 8:
        return False
    if _YEAR_RANGE.fullmatch(raw):
        return False
    if len(groups) == 1 and len(raw) == 8 and raw[:2] in ("19", "20") and _YYYYMMDD.fullmatch(raw):
        return False  # "20240318"
    if _REFERENCE_SHAPE.fullmatch(raw):
        return False  # "2024-88213" (a year, then a serial), "80010-090" (a Brazilian postcode)
    # "10.0.19045.2006", "4.2.1.7": versions and sections keep one-digit parts, so do ISBNs ("978-3-16-148410-0").
    singles = sum(len(g) == 1 for g in groups[1:])
    return not (singles >= 2 or ("." in raw and (singles or len(groups[0]) == 1)))


class PhoneReader:
    """Finds phone numbers in chat text, reading national numbers against a list of regions."""

    def __init__(self, regions: Sequence[str], allow: frozenset[str]) -> None:
        self.regions = known_regions(regions) or ("US",)
        """Regions whose national format is read without a phone word, most likely first."""
        self.allow = allow
        """Public numbers (the clinic's own line) as national digits or country code + national digits."""
        self._plans = _by_length(self.regions)
        self._first = _by_length(self.regions[:1])
        _every_region()  # built once per process (about a tenth of a second), not on the first phone word

    def find(self, text: str, vetoes: list[tuple[int, int]]) -> list[Hit]:
        """Phone numbers in ``text``; ``vetoes`` are (start, end) of order/ticket words ("order 4158672671")."""
        found: list[Hit] = []
        tried = 0
        for m in _RUN.finditer(text):
            start, end = m.span()
            if not self._standalone(text, start, end):
                continue
            if vetoes and vetoed(text, start, vetoes):
                continue
            tried += 1
            if tried > MAX_CANDIDATES:
                break
            ext = _EXTENSION.match(text, end)
            after = text[end] if end < len(text) else " "
            if ext is None and (after.isalpha() or after == "_"):
                continue  # "4158672671abc" is a token, not a number
            if _someone_elses(m.group(0)):
                continue
            ends = self._ends(m)
            if after.isdigit():
                ends = ends[1:]  # the run goes on beyond the longest number: only a shorter reading can be one
            for span_end in ends:
                number = self._read(text, text[start:span_end], start, span_end)
                if number is None:
                    continue
                if not self._allowed(number):
                    stop = ext.end() if ext is not None and span_end == end else span_end
                    found.append(Hit("privacy.phone", start, stop, "phone.libphonenumber", P_PHONE))
                break
        return found

    @staticmethod
    def _ends(m: re.Match[str]) -> list[int]:
        """Where the number in a run may end: the whole run first, then (for runs of two numbers written one after
        the other, "020 7946 0958 / 07400 123456") after each of its last few digit groups."""
        ends = [m.end()]
        if m.end() - m.start() > 12:
            groups = [g.end() for g in _GROUPS.finditer(m.string, m.start(), m.end())]
            ends += [e for e in reversed(groups[1:-1]) if e - m.start() >= 7][:MAX_SPLITS]
        return ends

    @staticmethod
    def _standalone(text: str, start: int, end: int) -> bool:
        """False for digits that continue a larger numeric token or follow a currency or reference sign."""
        if start > 0:
            before = text[start - 1]
            if before in _CURRENCY or before in _REFERENCE:
                return False
            if before in ".,:/-" and start > 1 and text[start - 2].isdigit():
                return False
            if before in " \t" and start > 1 and (text[start - 2] in _CURRENCY or text[start - 2] in _REFERENCE):
                return False
        return not (end < len(text) - 1 and text[end] in ".,:" and text[end + 1].isdigit())

    def _read(self, text: str, raw: str, start: int, end: int) -> phonenumbers.PhoneNumber | None:
        if raw.lstrip("(").startswith("+"):
            return _confirmed(raw, None)
        groups = _GROUPS.findall(raw)
        digits = "".join(groups)
        if digits.startswith("00") and not digits.startswith("000"):
            return _confirmed("+" + digits[2:], None)
        if digits.startswith("011"):
            number = _confirmed("+" + digits[3:], None)
            if number is not None:
                return number
        if not _phone_shaped(raw, groups):
            return None
        cue: bool | None = None  # looked up only when needed
        if _THOUSANDS.fullmatch(raw) or _AMOUNT_AFTER.match(text, end):
            cue = self._cue(text, start, end)
            if not cue:
                return None  # "1 234 567 viewers", "12.500.000 €"
        if len(digits) >= 7:
            # Grouped digits are read as each region writes its numbers. A bare run of digits is a weaker sign:
            # only a trunk prefix ("0612345678") or the policy's first region reads it.
            grouped = len(groups) > 1
            number = self._national(raw, digits, self._plans, AS_WRITTEN if grouped else PREFIXED)
            if number is None and not grouped:
                number = self._national(raw, digits, self._first, AS_WRITTEN)
            if number is not None:
                return number
        if cue is None:
            cue = self._cue(text, start, end)
        if cue:
            if len(digits) >= 8 and digits[0] != "0":
                number = _confirmed("+" + digits, None)
                if number is not None:
                    return number
            if len(digits) >= 7 or len(groups) >= 2:
                return self._national(raw, digits, _every_region(), ANY)
            return None
        # "44 20 7946 0958": an international number without its "+", its first group the country code.
        if len(groups) >= 3 and len(digits) >= 9 and digits[0] != "0":
            number = _confirmed("+" + digits, None)
            if number is not None and str(number.country_code) == groups[0]:
                return number
        return None

    def _national(self, raw: str, digits: str, index: Index, bare: int) -> phonenumbers.PhoneNumber | None:
        """The first region of ``index`` whose plan accepts ``digits`` and whose reading libphonenumber confirms."""
        confirmations = 0
        for plan in index.get((len(digits), digits[0]), ())[:MAX_PLANS]:
            if not _plan_accepts(digits, plan, bare):
                continue
            number = _confirmed(raw, plan.region)
            if number is not None:
                return number
            confirmations += 1
            if confirmations >= MAX_CONFIRMATIONS:
                break
        return None

    @staticmethod
    def _cue(text: str, start: int, end: int) -> bool:
        """A phone word shortly before the digits or just after them."""
        return _CUE.search(text, max(0, start - _CUE_BEFORE), start) is not None or (
            _CUE.search(text, end, min(len(text), end + _CUE_AFTER)) is not None
        )

    def _allowed(self, number: phonenumbers.PhoneNumber) -> bool:
        national = str(number.national_number)
        if national in self.allow or f"{number.country_code}{national}" in self.allow:
            return True
        return False
