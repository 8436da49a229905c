"""Identifiers recognised by their own format: SSN, card, IP, MAC, IBAN, VIN, Medicare MBI (phones: :mod:`.phones`).

Each detector returns candidate :class:`~castguard.filters.privacy.spans.Hit`\\ s; the
filter settles overlaps. Checksums and numbering plans (Luhn, ISO 7064 for
IBAN, the VIN check digit) do the real work: a regex only
proposes candidates.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator

from castguard.filters.privacy.spans import P_CHECKSUM, P_FORMAT, Hit

# --- order and ticket numbers --------------------------------------------------------------------------------------

_PHONE_WORDS = re.compile(
    r"(?:call|text|phone|cell|mobile|tel|txt|ring|reach|contact|number|whatsapp|fax|ll[aá]m|tel[eé]fono|"
    r"celular|m[oó]vil|n[uú]mero|звон|телефон|номер|тел)",
    re.IGNORECASE,
)


def vetoed(text: str, start: int, vetoes: list[tuple[int, int]]) -> bool:
    """Whether a number starting at ``start`` comes right after an order/ticket word with no phone word between."""
    for _v_start, v_end in vetoes:
        gap = start - v_end
        if 0 <= gap <= 24:
            if not _PHONE_WORDS.search(text, v_end, start):
                return True
    return False


# --- SSN -----------------------------------------------------------------------------------------------------------

_SSN_FORMATTED = re.compile(r"(?<![\w\-/.])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w\-/]|\.\d)")
_SSN_ANY = re.compile(r"(\d{3})[- .]?(\d{2})[- .]?(\d{4})(?![\w\-])")
_SSN_NEAR = re.compile(r"(?<![\w\-+])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w\-]|\.\d)")
_INTERNATIONAL_BEFORE = re.compile(r"\+(?:\d{1,4}[ \-]?)?$")
_BAD_SSN = frozenset({"078051120", "219099999", "123456789"})


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: no area 000, 666 or 900-999, no group 00, no serial 0000, no advertised samples."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return area + group + serial not in _BAD_SSN


def ssns_formatted(text: str, vetoes: list[tuple[int, int]]) -> list[Hit]:
    """Dashed or spaced SSNs (3-2-4), valid by SSA rules, not right after an order/ticket word.

    Digits after a ``+`` are an international phone number ("+992 372 12 3456"), not an SSN.
    """
    found: list[Hit] = []
    for m in _SSN_FORMATTED.finditer(text):
        if _INTERNATIONAL_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if ssn_valid(m.group(1), m.group(3), m.group(4)) and not vetoed(text, m.start(), vetoes):
            found.append(Hit("privacy.ssn", m.start(), m.end(), "ssn.format", P_FORMAT + 5))
    return found


def ssn_near(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first valid 9-digit SSN (one kind of separator or none) between ``start`` and ``end``."""
    for m in _SSN_NEAR.finditer(text, start, end):
        if ssn_valid(m.group(1), m.group(3), m.group(4)):
            return m.start(), m.end()
    return None


def ssn_token(text: str, pos: int) -> tuple[int, int] | None:
    """A 9-digit SSN (any separators) starting exactly at ``pos``."""
    m = _SSN_ANY.match(text, pos)
    if m and ssn_valid(m.group(1), m.group(2), m.group(3)):
        return m.start(), m.end()
    return None


# --- payment cards -------------------------------------------------------------------------------------------------

# A card number is digits in groups separated by single spaces or dashes. The rule (unchanged since it
# was the regular expression ``(?<![\w\-.])\d{2,6}(?:[ \-]?\d{1,7}){2,8}(?![\w\-]|\.\d)``) reads: 2-6
# digits, then 2-8 more pieces of 1-7 digits each, each piece optionally after one separator. As a
# backtracking regular expression that rule tries every way of cutting a long digit run into pieces
# (seconds for 40 digits, 77 s for a 2 KB message), so _card_runs applies it with arithmetic instead:
# _DIGIT_TOKEN finds the whole run of digit groups (one way to read it, linear time) and the piece
# counts decide where a candidate may end.
_DIGIT_TOKEN = re.compile(r"(?<![\w\-.])\d+(?:[ \-]\d+)*")
_DIGIT_GROUP = re.compile(r"\d+")
_CARD_END_BLOCKED = re.compile(r"[\w\-]|\.\d")
_GROUP_SPLIT = re.compile(r"[ \-]")
_HEAD = (2, 6)  # digits before the first piece
_PIECE = 7  # most digits in one piece
_PIECES = (2, 8)  # pieces after the head


def _pieces(length: int, first: bool) -> tuple[int, int]:
    """Fewest and most pieces a group of ``length`` digits can be cut into (the first group also holds the head)."""
    if first:
        rest = length - _HEAD[1]
        return (-(-rest // _PIECE) if rest > 0 else 0), length - _HEAD[0]
    return -(-length // _PIECE), length


def _card_runs(text: str, shortest: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each candidate card number, exactly where the rule above matches, in linear time.

    Runs of digit groups shorter than ``shortest`` characters are skipped (they cannot hold that many digits).

    From a group that may start a candidate, the candidate ends at the furthest later group end
    that the piece counts can reach (no more than 8 pieces, at least 2) and that is not followed
    by a word character, a dash or a decimal point: the first match a backtracking engine finds.
    """
    for token in _DIGIT_TOKEN.finditer(text):
        if token.end() - token.start() < shortest:
            continue
        groups = [(m.start(), m.end()) for m in _DIGIT_GROUP.finditer(text, token.start(), token.end())]
        i = 0
        while i < len(groups):
            start = groups[i][0]
            # A candidate starts after the run's start only after a space ("-" and "." join numbers).
            if (i and text[start - 1] != " ") or groups[i][1] - start < _HEAD[0]:
                i += 1
                continue
            low, high = _pieces(groups[i][1] - start, first=True)
            best = -1
            for j in range(i, len(groups)):
                if j > i:
                    more_low, more_high = _pieces(groups[j][1] - groups[j][0], first=False)
                    low, high = low + more_low, high + more_high
                if low > _PIECES[1]:
                    break
                if high >= _PIECES[0] and _CARD_END_BLOCKED.match(text, groups[j][1]) is None:
                    best = j
            if best < 0:
                i += 1
                continue
            yield start, groups[best][1]
            i = best + 1


def luhn(digits: str) -> bool:
    """The Luhn mod-10 checksum used by payment cards and IMEIs."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(d: str) -> bool:
    """Whether the number's prefix and length belong to a real card scheme (Visa, Mastercard, Amex...)."""
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925:
        return n in (16, 19)
    if p2 in (36, 38, 39) or 300 <= p3 <= 305:
        return n in (14, 16, 19)
    if 3528 <= p4 <= 3589 or p2 == 62:
        return 16 <= n <= 19
    if p2 == 50 or 56 <= p2 <= 69:
        return 13 <= n <= 19  # Maestro
    if p4 == 2200 or p4 == 2204:
        return n == 16  # Mir
    return False


def cards(text: str, vetoes: list[tuple[int, int]], card_words: list[tuple[int, int]]) -> list[Hit]:
    """Luhn-valid numbers of 13-19 digits with a real issuer prefix, in any grouping, each occurrence reported."""
    found: list[Hit] = []
    for run_start, run_end in _card_runs(text, shortest=13):
        # Digit groups of the run with their offsets: a run may hold a card and its CVV or expiry
        # ("4111 1111 1111 1111 123") or the same card written twice ("4111111111111111 4111111111111111").
        groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(text, run_start, run_end)]
        first = 0
        while first < len(groups):
            span = _card_at(text, groups, first)
            if span is None:
                first += 1
                continue
            start, end, used = span
            if vetoed(text, start, vetoes) and not any(0 <= start - e <= 24 for _, e in card_words):
                first += used
                continue
            found.append(Hit("privacy.card", start, end, "card.luhn", P_CHECKSUM))
            first += used
    return found


def _card_at(text: str, groups: list[tuple[int, int]], first: int) -> tuple[int, int, int] | None:
    """The longest card number made of ``groups[first:]`` (start, end, groups used), or None."""
    for count in range(min(len(groups) - first, 9), 0, -1):
        chosen = groups[first : first + count]
        digits = "".join(text[s:e] for s, e in chosen)
        if len(digits) < 13:
            return None
        if len(digits) <= 19 and luhn(digits) and issuer_ok(digits):
            return chosen[0][0], chosen[-1][1], count
    return None


# --- IP addresses --------------------------------------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?!\w|\.\d)")
# One run of hex digits, colons and dots (an IPv4 tail: "::ffff:192.0.2.128"), then a zone id ("%eth0"): a single
# character class repeated, so the scan is linear; ``ipaddress`` decides what the run is.
_IPV6 = re.compile(
    r"(?<![\w:.%])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]{2,45}(?:%[A-Za-z0-9_.\-]{1,16})?(?![\w:%])"
)


def ips(text: str, versions: list[tuple[int, int]]) -> list[Hit]:
    """IPv4 and IPv6 addresses; dotted version numbers ("v1.2.3.4", "version 10.0.0.1") are not."""
    found: list[Hit] = []
    if "." in text:
        for m in _IPV4.finditer(text):
            start = m.start()
            if any(0 <= start - end <= 12 for _, end in versions):
                continue
            found.append(Hit("privacy.ip", start, m.end(), "ip.v4", P_FORMAT))
    if "::" in text or text.count(":") >= 5:
        for m in _IPV6.finditer(text):
            candidate = m.group(0).rstrip(".")  # a sentence may end right after the address
            if sum(ch != ":" for ch in candidate.split("%")[0]) < 4 or not any(ch.isdigit() for ch in candidate):
                continue  # "::1" and emoticons are not a person's address, "dead::beef" is code
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            found.append(Hit("privacy.ip", m.start(), m.start() + len(candidate), "ip.v6", P_FORMAT))
    return found


# --- device, bank and vehicle identifiers --------------------------------------------------------------------------

_MAC = re.compile(r"(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:\-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_VIN = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
_VIN_VALUES.update({"P": 7, "R": 9})
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def iban_valid(iban: str) -> bool:
    """ISO 13616 / ISO 7064 mod-97 check."""
    s = iban.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False


def vin_valid(vin: str) -> bool:
    """North American VIN check digit (position 9)."""
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


def device_and_bank_ids(text: str, upper_run: bool) -> list[Hit]:
    """MAC addresses, IBANs and checksummed VINs: formats distinctive enough to need no context."""
    found: list[Hit] = []
    if ":" in text or "-" in text:
        for m in _MAC.finditer(text):
            found.append(Hit("privacy.id_number", m.start(), m.end(), "id.mac", P_FORMAT, "device"))
    if upper_run:
        for m in _IBAN.finditer(text):
            if iban_valid(m.group(0)):
                found.append(Hit("privacy.id_number", m.start(), m.end(), "id.iban", P_CHECKSUM, "account"))
        for m in _VIN.finditer(text):
            vin = m.group(0)
            if not vin.isdigit() and sum(ch.isdigit() for ch in vin) >= 5 and vin_valid(vin):
                found.append(Hit("privacy.id_number", m.start(), m.end(), "id.vin", P_CHECKSUM, "vehicle"))
    return found


# --- Medicare Beneficiary Identifier -------------------------------------------------------------------------------

_A = "AC-HJKMNP-RT-Y"  # letters allowed in an MBI (no S, L, O, I, B, Z)
_MBI = re.compile(rf"(?<![\w\-])[1-9][{_A}][{_A}0-9]\d(-?)[{_A}][{_A}0-9]\d\1[{_A}]{{2}}\d{{2}}(?![\w\-])")


def mbis(text: str) -> list[Hit]:
    """Medicare Beneficiary Identifiers (CMS format, with or without dashes)."""
    return [Hit("privacy.member_id", m.start(), m.end(), "member.mbi", P_CHECKSUM) for m in _MBI.finditer(text)]


def mbi_valid(token: str) -> bool:
    """Whether ``token`` (any case, dashes allowed) has the MBI format."""
    return _MBI.fullmatch(token.upper()) is not None


def digits_in(s: str) -> int:
    """Number of ASCII digits in ``s``."""
    return sum(1 for ch in s if "0" <= ch <= "9")


def spans_of(hits: Iterable[Hit]) -> list[tuple[int, int]]:
    """(start, end) of each hit."""
    return [(h.start, h.end) for h in hits]
