"""Privacy leaks in chat: the HIPAA Safe Harbor identifiers that text can carry.

:class:`PrivacyFilter` reports phone numbers, e-mail addresses, SSNs, payment
cards, dates of birth, medical record numbers, health-plan member ids, other
identifiers (licence, account, device, vehicle), street addresses, IP
addresses and health disclosures about an identifiable person, each with its
exact span in ``ChatMessage.text``.

Speed comes from doing almost nothing on ordinary chat: one lower-casing, one
Aho-Corasick keyword pass and one digit test decide which detectors run. The
expensive validators (libphonenumber, checksums, name matching) only see
candidates.
"""

from __future__ import annotations

import re

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import triggers
from castguard.filters.prepass import Prepared, has_digit
from castguard.filters.privacy import lexicon as lx
from castguard.filters.privacy.address import addresses
from castguard.filters.privacy.contextual import context_ids, dates_of_birth
from castguard.filters.privacy.email import emails
from castguard.filters.privacy.health import health_findings
from castguard.filters.privacy.keywords import Keyword, find_keywords, same_length_lower
from castguard.filters.privacy.numbers import (
    cards,
    device_and_bank_ids,
    ips,
    mbis,
    ssns_formatted,
)
from castguard.filters.privacy.phones import PhoneReader
from castguard.filters.privacy.spans import Hit, settle

__all__ = ["SEVERITY", "PrivacyFilter"]

#: Severity each category carries before the policy applies its own.
SEVERITY: dict[str, Severity] = {
    "privacy.phone": Severity.CRITICAL,
    "privacy.email": Severity.WARN,
    "privacy.ssn": Severity.CRITICAL,
    "privacy.card": Severity.CRITICAL,
    "privacy.dob": Severity.WARN,
    "privacy.mrn": Severity.CRITICAL,
    "privacy.member_id": Severity.CRITICAL,
    "privacy.id_number": Severity.WARN,
    "privacy.address": Severity.CRITICAL,
    "privacy.ip": Severity.WARN,
    "privacy.health_disclosure": Severity.CRITICAL,
    "privacy.self_disclosure": Severity.INFO,
}

# Seven digits close together: the least any phone, SSN or card number has.
_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_FOUR_DIGITS = re.compile(r"\d(?:\D{0,3}\d){3}")
# A postcode beside a place name: "33102 Paderborn", "Manchester M19 2LL", "Jaipur 302006".
_POSTCODE_PLACE = re.compile(
    r"\d{4,5}[ \t]{1,2}[A-ZÄÖÜ]|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w])|[A-Z][a-z]{2,20}[ \t]{1,2}[1-9]\d{5}(?!\d)"
)
_UPPER_ID = re.compile(r"[A-Z]{2}\d\d|[A-Z0-9]{17}")
_ID_KINDS = frozenset({lx.MRN, lx.MEMBER, lx.SSN, lx.IDNUM})
_NO_KINDS: frozenset[str] = frozenset()


class PrivacyFilter:
    """Personal identifiers and health disclosures, with the policy's allow-lists applied."""

    name = "privacy"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.phones = PhoneReader(policy.phone_regions, policy.allow_phones)
        """Reads phone numbers, national ones against the policy's regions."""
        self.allow_emails = policy.allow_emails
        self.allow_domains = policy.allow_domains

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Findings for ``message.text``; every span indexes that text exactly."""
        hits = self.hits(message.text)
        if not hits:
            return []
        return [Finding(h.category, SEVERITY[h.category], h.start, h.end, h.rule, h.detail) for h in hits]

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the lower-cased text and its keywords from the pipeline's shared pre-pass."""
        text = prepared.text
        if not text:
            return []
        keywords = prepared.keywords
        if keywords is None:
            keywords = triggers.shared(prepared)[0]
        digit = prepared.digit
        if not keywords and not digit and "@" not in text:
            # Every detector needs a digit, an "@" or a context word (most chat has none of them).
            return []
        lower = prepared.lower
        if len(lower) != len(text):
            lower = same_length_lower(text)
        hits = self._hits(text, lower, keywords, digit)
        if not hits:
            return []
        return [Finding(h.category, SEVERITY[h.category], h.start, h.end, h.rule, h.detail) for h in hits]

    def hits(self, text: str) -> list[Hit]:
        """Settled candidate spans for ``text`` (what :meth:`scan` reports, without the Finding wrapper)."""
        if not text:
            return []
        lower = same_length_lower(text)
        return self._hits(text, lower, find_keywords(lower), has_digit(text, text.isascii()))

    def _hits(self, text: str, lower: str, keywords: list[Keyword], digit: bool) -> list[Hit]:
        """:meth:`hits`, given ``lower`` (offsets as in ``text``), the keywords found in it and whether ``text``
        holds a digit (:attr:`Prepared.digit <castguard.filters.prepass.Prepared.digit>`)."""
        kinds = {k.kind for k in keywords} if keywords else _NO_KINDS
        hits: list[Hit] = []
        # Any digit at all? Most chat has none.
        if digit:
            vetoes = [(k.start, k.end) for k in keywords if k.kind == lx.VETO]
            if _SEVEN_DIGITS.search(text) is not None:
                hits += self.phones.find(text, vetoes)
                hits += ssns_formatted(text, vetoes)
                card_words = [(k.start, k.end) for k in keywords if k.kind == lx.CARD]
                hits += cards(text, vetoes, card_words)
            # IPv4 needs four digits; a compressed IPv6 address may have fewer ("fe80::1").
            if ("." in text and _FOUR_DIGITS.search(text) is not None) or "::" in text or text.count(":") >= 5:
                hits += ips(text, [(k.start, k.end) for k in keywords if k.kind == lx.VERSION])
            if not kinds.isdisjoint(_ID_KINDS):
                hits += context_ids(text, keywords)
            if lx.BIRTH in kinds:
                hits += dates_of_birth(text, keywords)
            # A street word, or a postcode ("Auf der Heide 14, 33102 Paderborn", "112 Kingsway, Manchester M19 2LL").
            if lx.ADDRESS in kinds or _POSTCODE_PLACE.search(text) is not None:
                hits += addresses(text)
            if len(text) >= 11 and _UPPER_ID.search(text) is not None:
                hits += mbis(text)
                hits += device_and_bank_ids(text, upper_run=True)
            elif ":" in text or "-" in text:
                hits += device_and_bank_ids(text, upper_run=False)
        if "@" in text or lx.EMAIL_HINT in kinds:
            hits += emails(text, lower, lx.EMAIL_HINT in kinds, self.allow_emails, self.allow_domains)
        if lx.CONDITION in kinds:
            hits += health_findings(text, lower, [k for k in keywords if k.kind == lx.CONDITION])
        return settle(hits) if hits else hits
