"""Privacy leaks: phone numbers and e-mail addresses (first cut)."""

from __future__ import annotations

import re

import phonenumbers

from castguard.model import ChatMessage, Finding, Severity
from castguard.policy import Policy

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b")
_DIGITS = re.compile(r"\d")


class PrivacyFilter:
    """Phone numbers validated by libphonenumber, e-mail addresses; allow-lists from the policy."""

    name = "privacy"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def scan(self, message: ChatMessage) -> list[Finding]:
        text = message.text
        found: list[Finding] = []
        if "@" in text:
            for m in _EMAIL.finditer(text):
                address, domain = m.group(0).lower(), m.group(1).lower()
                if address in self.policy.allow_emails or _domain_allowed(domain, self.policy.allow_domains):
                    continue
                found.append(Finding("privacy.email", Severity.WARN, m.start(), m.end(), "email.pattern"))
        if sum(1 for _ in _DIGITS.finditer(text)) >= 7:
            for match in phonenumbers.PhoneNumberMatcher(text, self.policy.default_region):
                digits = f"{match.number.country_code}{match.number.national_number}"
                if str(match.number.national_number) in self.policy.allow_phones or digits in self.policy.allow_phones:
                    continue
                found.append(Finding("privacy.phone", Severity.CRITICAL, match.start, match.end, "phone.libphonenumber"))
        return found


def _domain_allowed(domain: str, allowed: frozenset[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in allowed)
