"""Spam: links, shouting, repetition and symbol noise.

Every check starts with a test that costs well under a microsecond (is there a
dot? an upper-case letter? a non-ASCII character?) so ordinary chat pays
almost nothing. The only state is the per-author memory for repeated posts,
bounded and timed by ``ChatMessage.received_at``.
"""

from __future__ import annotations

import re
from collections import Counter

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy, SpamSettings
from castguard.filters.domains import TLDS, alternation
from castguard.filters.prepass import Prepared, prepare
from castguard.filters.privacy.email import emails

_DOMAIN = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+" + alternation(TLDS)
_LINK = re.compile(
    r"(?:https?://|hxxps?://|www\.)[^\s<>\"']+"  # explicit URLs
    r"|(?<![\w@.+-])" + _DOMAIN + r"(?![\w-])(?::\d{2,5})?(?:/[^\s<>\"']*)?",  # bare domains, not an e-mail's
    re.IGNORECASE,
)
# "example dot com", "example(dot)com", "example [.] com": spelled-out dots dodge link filters.
_DOTTED = re.compile(
    r"(?<![\w@])[a-z0-9-]{2,63}\s*(?:[(\[{]\s*(?:dot|\.)\s*[)\]}]|\s(?:dot|d0t)\s)\s*" + alternation(TLDS) + r"\b",
    re.IGNORECASE,
)
# Cheap gate before the link regexes: a dot followed by two letters, or a scheme.
_DOT_WORD = re.compile(r"\.[^\W\d_]{2}|://")
_HOST = re.compile(r"(?:[a-z]+://)?(?:www\.)?([^/:?#\s]+)", re.IGNORECASE)
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_LOWER = re.compile(r"[a-zß-öø-ÿа-яё]")
_SYMBOL = re.compile(r"[^\w\s]")


def _ascii_outside(pattern: re.Pattern[str]) -> bytes:
    """The ASCII characters that ``pattern`` (one character class) does not match, for ``bytes.translate``.

    Counting a class in pure-ASCII text is then one C loop, ``len(data.translate(None, outside))``,
    instead of a list of matches: same count, derived from the pattern itself.
    """
    return bytes(code for code in range(128) if pattern.fullmatch(chr(code)) is None)


_ASCII_NOT_SYMBOL = _ascii_outside(_SYMBOL)
_ASCII_NOT_UPPER = _ascii_outside(_UPPER)
_ASCII_NOT_LOWER = _ascii_outside(_LOWER)
_REPEAT_UNIT = re.compile(r"(.{1,12}?)\1{5,}", re.DOTALL)
_TOKEN_EDGE = ".,!?;:'\"()[]{}"


def settings_from_policy(policy: Policy) -> SpamSettings:
    """The spam part of a policy."""
    return policy.spam


class SpamFilter:
    """``spam.link``, ``spam.caps``, ``spam.repeat`` and ``spam.symbols``."""

    name = "spam"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.settings = settings_from_policy(policy)
        self.allow_domains = policy.allow_domains
        # author id -> (normalised text, count, time of the first of them): explicit, bounded state.
        # A plain dict keeps insertion order and is faster than OrderedDict for this.
        self._recent: dict[str, tuple[str, int, float]] = {}

    def update_policy(self, policy: Policy) -> None:
        """New thresholds and allow-list; the memory of recent posts is kept."""
        self.policy = policy
        self.settings = settings_from_policy(policy)
        self.allow_domains = policy.allow_domains

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Spam findings for one message."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the word list from the pipeline's shared pre-pass."""
        text = prepared.text
        found: list[Finding] = []
        dotted = "." in text and (_DOT_WORD.search(text) is not None or "[.]" in text or "(.)" in text)
        if dotted or "dot" in text or "DOT" in text:
            self._links(text, found)
        n = len(text)
        s = self.settings
        ascii = prepared.ascii
        if n >= s.caps_min_letters and not text.islower():
            if ascii:
                data = text.encode("ascii")
                upper = len(data.translate(None, _ASCII_NOT_UPPER))
            else:
                upper = len(_UPPER.findall(text))
            if upper >= s.caps_min_letters * s.caps_share:
                if ascii:
                    cased = upper + len(data.translate(None, _ASCII_NOT_LOWER))
                else:
                    cased = upper + len(_LOWER.findall(text))
                if cased >= s.caps_min_letters and upper >= s.caps_share * cased:
                    detail = f"{upper}/{cased} upper case"
                    found.append(Finding("spam.caps", Severity.INFO, 0, n, "caps.share", detail))
        if n >= 6:
            self._repeats(text, prepared.words, prepared.emoji, found)
        if n >= s.symbols_min and not text.isalnum():
            if ascii:
                symbols = len(text.encode("ascii").translate(None, _ASCII_NOT_SYMBOL))
            else:
                # Emoji are symbols too but never count, so at most (ASCII symbols + non-ASCII
                # characters that are not emoji) can count: below the minimum, no need to look closer.
                data = text.encode("ascii", "ignore")
                bound = len(data.translate(None, _ASCII_NOT_SYMBOL)) + (n - len(data)) - len(prepared.emoji)
                symbols = len(_SYMBOL.findall(text)) if bound >= s.symbols_min else 0
            if symbols >= s.symbols_min:
                visible = n - text.count(" ")
                emoji = len(prepared.emoji)
                if symbols - emoji >= s.symbols_min and symbols - emoji >= s.symbols_share * visible:
                    detail = f"{symbols - emoji} symbols"
                    found.append(Finding("spam.symbols", Severity.INFO, 0, n, "symbols.share", detail))
        if n >= 8:
            # The same author posting the same text again and again (copy-paste). Short
            # texts never count: "lol", "gg", "F" repeated are chat, not spam.
            author = message.author.id
            now = message.received_at
            recent = self._recent
            prev = recent.pop(author, None)
            joined = prepared.joined
            if prev is not None and prev[0] == joined and now - prev[2] <= s.copy_window:
                count = prev[1] + 1
                recent[author] = (joined, count, prev[2])
                if count >= s.copy_count:
                    detail = f"same text x{count}"
                    found.append(Finding("spam.repeat", Severity.WARN, 0, n, "repeat.copy", detail, (author,)))
            else:
                recent[author] = (joined, 1, now)
            if len(recent) > s.memory_authors:
                del recent[next(iter(recent))]
        return found

    def _links(self, text: str, found: list[Finding]) -> None:
        for m in _LINK.finditer(text):
            url = m.group(0).rstrip(".,!?;:)]}'\"")
            host = _HOST.match(url)
            domain = host.group(1).lower().rstrip(".") if host else ""
            if domain and _allowed(domain, self.allow_domains):
                continue
            found.append(Finding("spam.link", Severity.WARN, m.start(), m.start() + len(url), "link.url", domain))
        if "dot" in text.lower() or "[" in text or "(" in text:
            addresses: list[tuple[int, int]] | None = None
            for m in _DOTTED.finditer(text):
                if addresses is None:
                    # "jane dot doe at gmail dot com" is a spelled-out e-mail address (privacy.email reports
                    # it), not a link: the privacy filter's reading of addresses decides, one rule in one place.
                    hits = emails(text, text.lower(), True, frozenset(), frozenset())
                    addresses = [(h.start, h.end) for h in hits]
                if any(a <= m.start() and m.end() <= b for a, b in addresses):
                    continue
                detail = "spelled-out domain"
                found.append(Finding("spam.link", Severity.WARN, m.start(), m.end(), "link.spelled", detail))

    def _repeats(self, text: str, words: list[str], emoji: list[str], found: list[Finding]) -> None:
        s = self.settings
        n = len(text)
        if emoji:
            if len(emoji) >= s.emoji_flood and len(emoji) * 2 >= n - text.count(" ") - text.count("\ufe0f"):
                found.append(Finding("spam.repeat", Severity.WARN, 0, n, "repeat.emoji", f"{len(emoji)} emoji"))
                return
        if len(words) >= s.repeat_token and len(words) - len(set(words)) >= s.repeat_token - 1:
            tokens = [t for t in (w.strip(_TOKEN_EDGE) for w in words) if t]
            if len(tokens) - len(set(tokens)) >= s.repeat_token - 1:
                token, count = Counter(tokens).most_common(1)[0]
                if count >= s.repeat_token:
                    detail = f"{token[:40]!r} x{count}"
                    found.append(Finding("spam.repeat", Severity.WARN, 0, n, "repeat.token", detail))
                    return
        # One short unit pasted over and over without spaces ("buybuybuy...", "🤣🤣🤣...").
        # Few distinct characters for the length. A prefix has no more distinct characters
        # than the whole text, so a varied prefix settles it at a third of the cost.
        if n >= 24 and len(set(text[: n // 3])) * 6 <= n and len(set(text)) * 6 <= n:
            m = _REPEAT_UNIT.search(text)
            if m and m.end() - m.start() >= 24:
                found.append(Finding("spam.repeat", Severity.WARN, m.start(), m.end(), "repeat.run", ""))


def _allowed(domain: str, allowed: frozenset[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in allowed)
