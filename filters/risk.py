"""Risky statements (first cut): a few phrase rules per category."""

from __future__ import annotations

import re

from castguard.model import ChatMessage, Finding, Severity
from castguard.policy import Policy

_RULES: dict[str, str] = {
    "risk.self_harm": r"\b(?:kill myself|end my life|want to die|suicidal|no reason to live)\b",
    "risk.threat": r"\b(?:i'?ll|i will|gonna|going to) (?:kill|hurt|shoot|find) (?:you|him|her|them|the doctor)\b",
    "risk.medical_claim": r"\b(?:cures? (?:diabetes|cancer|covid|autism)|stop taking (?:your|ur) (?:insulin|meds|medication))\b",
    "risk.legal": r"\b(?:sue (?:you|this clinic|the hospital)|my lawyer|lawsuit|report you to)\b",
}


class RiskFilter:
    """Phrase rules for threats, self-harm, medical claims and legal threats."""

    name = "risk"

    def __init__(self, policy: Policy) -> None:
        self.rules = [(category, re.compile(p, re.IGNORECASE)) for category, p in _RULES.items()]

    def scan(self, message: ChatMessage) -> list[Finding]:
        found: list[Finding] = []
        for category, pattern in self.rules:
            for m in pattern.finditer(message.text):
                found.append(Finding(category, Severity.WARN, m.start(), m.end(), f"{category}.phrase"))
        return found
