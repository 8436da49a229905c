"""Redaction replaces spans with their category and never leaks a fragment."""

from __future__ import annotations

from castguard.core.model import Author, ChatMessage, Finding, Severity
from castguard.core.policy import load_policy
from castguard.filters.privacy import PrivacyFilter
from castguard.filters.redact import label, redact


def F(category: str, start: int, end: int, severity: Severity = Severity.WARN) -> Finding:
    return Finding(category, severity, start, end, "test")


def test_spans_are_replaced_by_the_last_part_of_the_category() -> None:
    text = "call 212-867-5309 or mail a@b.com"
    assert redact(text, [F("privacy.phone", 5, 17), F("privacy.email", 26, 33)]) == "call [phone] or mail [email]"
    assert label("profanity") == "[profanity]"


def test_findings_in_any_order() -> None:
    text = "a 1 b 2 c"
    assert redact(text, [F("privacy.ssn", 6, 7), F("privacy.mrn", 2, 3)]) == "a [mrn] b [ssn] c"


def test_overlapping_spans_merge_under_the_most_severe() -> None:
    text = "Jane Smith has HIV, call 212-867-5309"
    findings = [
        F("privacy.health_disclosure", 0, 18, Severity.CRITICAL),
        F("profanity", 11, 14, Severity.WARN),
        F("privacy.phone", 25, 37, Severity.CRITICAL),
        F("privacy.id_number", 30, 37, Severity.WARN),
    ]
    assert redact(text, findings) == "[health_disclosure], call [phone]"


def test_touching_spans_leave_no_fragment() -> None:
    assert redact("abcdef", [F("privacy.ssn", 0, 3), F("privacy.card", 3, 6, Severity.CRITICAL)]) == "[card]"


def test_whole_message_and_out_of_range_findings_are_ignored_or_clamped() -> None:
    text = "hello world"
    assert redact(text, [F("crowd.raid", 0, 0)]) == text
    assert redact(text, [F("privacy.email", 6, 99)]) == "hello [email]"
    assert redact(text, []) == text


def test_only_restricts_to_categories_or_families() -> None:
    text = "damn, 212-867-5309"
    findings = [F("profanity", 0, 4), F("privacy.phone", 6, 18)]
    assert redact(text, findings, only={"privacy"}) == "damn, [phone]"
    assert redact(text, findings, only={"profanity"}) == "[profanity], 212-867-5309"


def test_redacting_what_the_privacy_filter_found_removes_every_identifier() -> None:
    text = "DOB 4/12/1961, MRN 00918273, call (312) 867-0148, jane dot doe at gmail dot com, 123 Main St"
    message = ChatMessage("t", "jsonl", "c", "1", Author("a", "v"), text, 0.0, 0.0)
    out = redact(text, PrivacyFilter(load_policy()).scan(message))
    assert out == "DOB [dob], MRN [mrn], call [phone], [email], [address]"
