"""Profanity (first cut): better-profanity's word list compiled into one regex."""

from __future__ import annotations

import re
from importlib import resources

from castguard.model import ChatMessage, Finding, Severity
from castguard.policy import Policy


def _wordlist() -> list[str]:
    text = resources.files("better_profanity").joinpath("profanity_wordlist.txt").read_text(encoding="utf-8")
    return [w.strip().lower() for w in text.splitlines() if w.strip()]


class ProfanityFilter:
    """Whole-word matches against better-profanity's list, minus the policy's allowed terms."""

    name = "profanity"
    _pattern: re.Pattern[str] | None = None

    def __init__(self, policy: Policy) -> None:
        words = [w for w in _wordlist() if w not in policy.allow_terms]
        words.sort(key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)

    def scan(self, message: ChatMessage) -> list[Finding]:
        return [
            Finding("profanity", Severity.WARN, m.start(), m.end(), "profanity.wordlist")
            for m in self.pattern.finditer(message.text)
        ]
