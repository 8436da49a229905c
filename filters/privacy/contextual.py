"""Identifiers that only context can name, and dates of birth.

A medical record number is just digits; "MRN 00482913" makes it one. For each
context keyword the filter found, these detectors look a few words ahead for
an identifier-shaped token. "my MRN is on the portal" has no token, so it is
not a leak; "mRNA" and "MRI" are not keywords at all.
"""

from __future__ import annotations

import re

from castguard.filters.privacy import lexicon as lx
from castguard.filters.privacy.keywords import Keyword
from castguard.filters.privacy.numbers import digits_in, mbi_valid, ssn_near, ssn_token
from castguard.filters.privacy.spans import P_CONTEXT, Hit

_MAX_LEAD = 32
# Words allowed between the keyword and the identifier ("MRN is 0048...", "policy no. W123..."). At most
# _MAX_LEAD + 1 of them are read: each is at least one character, so that many already make a lead too
# long, and a message repeating a keyword that is also a lead word ("plate plate plate ...") is no longer
# read to its end from every keyword.
_LEAD = re.compile(
    r"(?:[\s:#=\-–—,()\[\]'\"№*]|\.(?=\s*[\w#])|(?:is|was|are|es|era|number|numbers|num|no|nr|nº|n°|номер|id|el|la|"
    r"mi|my|his|her|their|our|de|del|it's|its|will|be|here|here's|of|the|this|that|for|at|on|card|plate|—)(?!\w))"
    rf"{{0,{_MAX_LEAD + 1}}}",
    re.IGNORECASE,
)
# How far an SSN may stand from the word that names it, after it and before it.
_SSN_AFTER = 40
_SSN_BEFORE = 30
_CLAUSE_END = re.compile(r"[.!;]\s|\n")

_TOKENS = {
    # Record numbers: optional letter prefix, then digits with dashes or spaces between digit groups.
    lx.MRN: re.compile(r"(?:[A-Z]{1,4}[\-\s]?)?\d(?:[\d\-]|\s(?=\d)){3,18}[\dA-Z]?(?![\w\-])", re.IGNORECASE),
    # Plan member ids, licences, accounts, plates, serials: letters and digits, short groups.
    lx.MEMBER: re.compile(r"[A-Z0-9](?:[A-Z0-9]|[\-\s/](?=[A-Z]{0,4}\d)){3,34}(?![\w\-])", re.IGNORECASE),
    lx.IDNUM: re.compile(r"[A-Z0-9](?:[A-Z0-9]|[\-\s/](?=[A-Z]{0,4}\d)){3,34}(?![\w\-])", re.IGNORECASE),
}
_MIN_DIGITS = {lx.MRN: 5, lx.MEMBER: 4, lx.IDNUM: 3}
_RULES = {lx.MRN: "mrn.context", lx.MEMBER: "member.context", lx.IDNUM: "id.context", lx.SSN: "ssn.context"}
_CATEGORY = {
    lx.MRN: "privacy.mrn",
    lx.MEMBER: "privacy.member_id",
    lx.IDNUM: "privacy.id_number",
    lx.SSN: "privacy.ssn",
}


def context_ids(text: str, keywords: list[Keyword]) -> list[Hit]:
    """Identifiers announced by a keyword just before them (record, member, SSN, licence, account, device...)."""
    found: list[Hit] = []
    seen_end = -1
    for kw in keywords:
        kind = kw.kind
        if kind not in _CATEGORY or kw.end <= seen_end:
            continue
        if kind == lx.SSN:
            span = _ssn_around(text, kw)
            if span is None:
                continue
            start, end = span
            found.append(Hit("privacy.ssn", start, end, "ssn.context", P_CONTEXT, kw.word))
            seen_end = max(seen_end, end)
            continue
        lead = _LEAD.match(text, kw.end)
        pos = lead.end() if lead else kw.end
        if pos - kw.end > _MAX_LEAD or pos >= len(text):
            continue
        m = _TOKENS[kind].match(text, pos)
        if m is None:
            continue
        start, end = m.start(), m.end()
        token = text[start:end].rstrip(" -/")
        end = start + len(token)
        if digits_in(token) < _MIN_DIGITS[kind]:
            continue
        if kind == lx.MEMBER and mbi_valid(token):
            found.append(Hit("privacy.member_id", start, end, "member.mbi", P_CONTEXT))
            seen_end = end
            continue
        found.append(Hit(_CATEGORY[kind], start, end, _RULES[kind], P_CONTEXT, kw.word))
        seen_end = end
    return found


def _ssn_around(text: str, kw: Keyword) -> tuple[int, int] | None:
    """A 9-digit SSN the keyword names: right after it ("SSN: 287654321", "the SSN on file: 287-65-4321"), or
    just before it in the same clause ("287654321 is my SSN")."""
    lead = _LEAD.match(text, kw.end)
    if lead is not None and lead.end() - kw.end <= _MAX_LEAD:
        span = ssn_token(text, lead.end())
        if span is not None:
            return span
    clause_end = _CLAUSE_END.search(text, kw.end, kw.end + _SSN_AFTER)
    span = ssn_near(text, kw.end, clause_end.start() if clause_end else min(len(text), kw.end + _SSN_AFTER))
    if span is not None:
        return span
    lo = max(0, kw.start - _SSN_BEFORE)
    for m in _CLAUSE_END.finditer(text, lo, kw.start):
        lo = m.end()
    return ssn_near(text, lo, kw.start)


# --- dates of birth ----------------------------------------------------------------------------------------------

_EN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(
    "|".join(
        (
            r"(?<![\w/.\-:])(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})(?:[/.\-](?P<y>\d{4}|\d{2}))?(?![\w/\-:]|\.\d)",
            rf"(?<![\w\-])(?P<iy>{_YEAR})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\w\-])",
            rf"\b{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+{_YEAR})?\b",
            rf"\b\d{{1,2}}\s+de\s+{_ES_MONTH}(?:\s+(?:de|del)\s+{_YEAR})?\b",
            rf"(?<!\w)\d{{1,2}}\s+{_RU_MONTH}(?:\s+{_YEAR}(?:\s*(?:г\.|года|г(?!\w)))?)?",
        )
    ),
    re.IGNORECASE,
)
_DOB_WINDOW = 48


def _plausible(m: re.Match[str]) -> bool:
    a, b = m.group("a"), m.group("b")
    if a is not None:
        x, y = int(a), int(b)
        if not ((1 <= x <= 12 and 1 <= y <= 31) or (1 <= y <= 12 and 1 <= x <= 31)):
            return False
        if m.group("y") is None and m.group(0).count(".") == 1:
            return False  # "3.5" is a number, not a date
        return True
    if m.group("iy") is not None:
        return 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
    return True


def dates_of_birth(text: str, keywords: list[Keyword]) -> list[Hit]:
    """Dates whose nearest context word is a birth word (born, DOB, cumpleaños, дата рождения...).

    Only full or day-and-month dates count: a birth year alone is allowed by Safe Harbor.
    Appointment, refill and delivery dates lose to their own, nearer, context word.
    """
    births = [(k.start, k.end) for k in keywords if k.kind == lx.BIRTH]
    if not births:
        return []
    events = [(k.start, k.end) for k in keywords if k.kind == lx.EVENT]
    found: list[Hit] = []
    for m in _DATE.finditer(text):
        if not _plausible(m):
            continue
        start, end = m.start(), m.end()
        birth = _distance(births, start, end)
        if birth > _DOB_WINDOW:
            continue
        if events and _distance(events, start, end) < birth:
            continue
        found.append(Hit("privacy.dob", start, end, "dob.context", P_CONTEXT - 5))
    return found


def _distance(words: list[tuple[int, int]], start: int, end: int) -> int:
    best = 1 << 30
    for w_start, w_end in words:
        if w_end <= start:
            d = start - w_end
        elif w_start >= end:
            d = w_start - end + 8  # a word after the date ("3/15/85 is my DOB") is weaker evidence
        else:
            d = 0
        best = min(best, d)
    return best
