"""E-mail addresses, plain and lightly obfuscated ("jane dot doe at gmail dot com")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from castguard.filters.domains import SPELLED_EMAIL_TLDS, alternation
from castguard.filters.privacy.spans import P_FORMAT, Hit

_PLAIN = re.compile(
    r"(?<![\w.+\-@])[\w][\w.+%\-]*@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-]|\.\w)"
)

# A spelled-out dot and "at". Atomic ((?>...)): what follows each is a letter or digit, never a space,
# so giving back some of their spaces can never lead to a match; without it every failing attempt
# retried every shorter run of spaces against the whole list of domains.
_DOT = r"(?>\s*(?:\.|\(dot\)|\[dot\]|\{dot\}|<dot>|\[\.\]|\(\.\))\s*|\s+(?:dot|punto|точка)\s+)"
_AT = r"(?P<at>(?>\s*(?:@|\(at\)|\[at\]|\{at\}|<at>|\(@\)|\[@\])\s*|\s+(?:at|arroba|собака)\s+))"
_TLDS = alternation(SPELLED_EMAIL_TLDS)
_PROVIDERS = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|yandex|live|msn|gmx|mail)"
_OBFUSCATED = re.compile(
    rf"(?<![\w.+\-@])(?P<local>[a-z0-9][a-z0-9_+\-]*(?:{_DOT}[a-z0-9_+\-]+)*){_AT}"
    rf"(?P<domain>(?:[a-z0-9\-]+{_DOT}){{0,3}}{_TLDS}(?![\w])|{_PROVIDERS}(?:{_DOT}[a-z]{{2,6}}){{0,2}}(?![\w]))",
    re.IGNORECASE,
)
# A spelled-out dot is looked for from the start of a run of spaces only, not from inside it. The
# replacements are the same (from inside a run the same dot is found, or none), but a run of spaces
# is no longer rescanned from each of its characters.
_DOT_SUB = re.compile(r"(?:(?<!\s)|(?!\s))" + _DOT, re.IGNORECASE)
# Where a spelled-out local part may start (the start of _OBFUSCATED), its first word, and each
# further piece ("dot doe") of it; see _obfuscated.
_LOCAL_START = re.compile(r"(?<![\w.+\-@])[a-z0-9]", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[a-z0-9][a-z0-9_+\-]*", re.IGNORECASE)
_NEXT_PIECE = re.compile(rf"{_DOT}([a-z0-9_+\-]+)", re.IGNORECASE)
# The sign or word of an "at" (without its spaces): a local part ends before one.
_AT_SIGN = re.compile(r"@|\(at\)|\[at\]|\{at\}|<at>|\(@\)|\[@\]|(?<=\s)(?:at|arroba|собака)(?=\s)", re.IGNORECASE)

#: Words that come before "at" in ordinary sentences ("look at google dot com" is not an address).
_NOT_LOCAL = frozenset(
    """
    me us him her them it this that there here look looking looked stare staring laugh laughing mad angry good
    bad great best home work meet meeting arrive arrived arriving see you everyone anyone someone nobody
    aim shot shoot right back first last least most all both one is are was were be been am available
    estoy esta está nos vemos en eso esto
    """.split()
)


def emails(text: str, lower: str, obfuscation_hint: bool, allow: frozenset[str], domains: frozenset[str]) -> list[Hit]:
    """Plain addresses anywhere, spelled-out ones when the message carries an obfuscation hint."""
    found: list[Hit] = []
    if "@" in text:
        for m in _PLAIN.finditer(text):
            if not _allowed(m.group(0).lower(), m.group("domain").lower(), allow, domains):
                found.append(Hit("privacy.email", m.start(), m.end(), "email.pattern", P_FORMAT + 10))
    if obfuscation_hint:
        for m in _obfuscated(lower):
            if any(h.start < m.end() and m.start() < h.end for h in found):
                continue
            at = m.group("at").strip()
            local = m.group("local")
            spelled_local = _DOT_SUB.sub(".", local)
            spoken_at = at in ("at", "arroba", "собака")
            if spoken_at and (local in _NOT_LOCAL or ("." not in spelled_local and _only_word(local))):
                # "write to me at gmail dot com" is a sentence; a bare word before a spoken "at" needs a provider.
                if local in _NOT_LOCAL or not _is_provider(m.group("domain")):
                    continue
            address = f"{spelled_local}@{_DOT_SUB.sub('.', m.group('domain'))}"
            domain = address.split("@", 1)[1]
            if "." not in domain and m.group("at").strip() == "@":
                continue  # "@gmail" alone is a mention
            if not _allowed(address, domain, allow, domains):
                found.append(Hit("privacy.email", m.start(), m.end(), "email.obfuscated", P_FORMAT + 10))
    return found


def _obfuscated(lower: str) -> Iterator[re.Match[str]]:
    """The matches of ``_OBFUSCATED.finditer(lower)``, in linear time.

    A search tries the pattern from every word start, and from each it reads the
    whole spelled-out local part ahead ("z dot z dot z ..."): quadratic in a long
    one that has no "at" after it. But an attempt from a later piece of a local part
    can only reach what the attempt from its start reached, and what follows (the
    "at" and the domain) does not depend on where the attempt started: when the
    attempt from the start fails, every piece of that local part is skipped. Words
    inside a spelled-out dot (the "dot" of "x dot y") are still tried: from there
    the pieces are different ones.
    """
    last_at = -1
    for sign in _AT_SIGN.finditer(lower):
        last_at = sign.start()
    resume = 0
    failed: set[int] = set()
    for candidate in _LOCAL_START.finditer(lower, 0, max(last_at, 0)):  # a local part starts before an "at"
        start = candidate.start()
        if start < resume or start in failed:
            continue
        m = _OBFUSCATED.match(lower, start)
        if m is not None:
            yield m
            resume = m.end()
            continue
        first = _FIRST_WORD.match(lower, start)
        pos = first.end() if first else start + 1
        while (piece := _NEXT_PIECE.match(lower, pos)) is not None:
            failed.add(piece.start(1))
            pos = piece.end()


def _only_word(local: str) -> bool:
    return local.isalpha()


def _is_provider(domain: str) -> bool:
    return re.match(_PROVIDERS, domain, re.IGNORECASE) is not None


def _allowed(address: str, domain: str, allow: frozenset[str], domains: frozenset[str]) -> bool:
    if address in allow:
        return True
    return any(domain == d or domain.endswith("." + d) for d in domains)
