"""Policy files: the shipped default, every section, and errors that name the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from castguard.core.model import Decision, Severity
from castguard.core.policy import (
    DEFAULT_PHONE_REGIONS,
    CrowdSettings,
    PolicyError,
    PolicyWatcher,
    SpamSettings,
    check_policy_main,
    describe_policy,
    load_policy,
    parse_policy,
)


def test_shipped_default_is_valid_and_healthcare_minded() -> None:
    policy = load_policy()
    assert policy.rule("risk.self_harm").decision is Decision.ESCALATE
    assert policy.rule("risk.self_harm").severity is Severity.CRITICAL
    assert "988" in policy.crisis_guidance
    assert "cdc.gov" in policy.allow_domains
    assert policy.profanity_mild == "info" and policy.profanity_languages == {"en", "es", "ru"}
    assert policy.spam == SpamSettings() and policy.crowd == CrowdSettings()
    assert policy.sentiment_enabled and policy.sentiment_window == 60


def test_every_section_is_read() -> None:
    policy = parse_policy(
        """
name = "brand"
region = "gb"
regions = ["ie", "GB", "fr"]
[categories]
profanity = { severity = "critical", decision = "hide" }
spam = { severity = "info", decision = "pass" }
[allow]
terms = ["Frak"]
domains = ["Clinic.Example"]
phones = ["+1 (555) 010-0000"]
emails = ["press@clinic.example"]
[trusted]
authors = ["DrJane"]
roles = ["vip"]
[crisis]
guidance = "  Call 111.  "
[sentiment]
alert_share = 0.5
window = 120
enabled = false
[profanity]
terms = ["Gorram"]
mild = "off"
languages = ["en", "es"]
[spam]
caps_min_letters = 20
copy_window = 30.5
[crowd]
few_accounts = 3
spike_factor = 6
copy_min_words = 4
copy_share = 0.001
copy_baseline_factor = 1.5
[[custom]]
term = "miracle cure"
category = "risk.medical_claim"
severity = "critical"
decision = "hold"
[[custom]]
regex = "promo ?code"
label = "promo"
"""
    )
    assert policy.name == "brand" and policy.default_region == "GB"
    assert policy.phone_regions == ("GB", "IE", "FR")
    assert policy.rule("profanity").decision is Decision.HIDE
    assert policy.rule("spam.caps").decision is Decision.PASS  # family rule
    assert policy.allow_terms == {"frak"} and policy.allow_domains == {"clinic.example"}
    assert policy.allow_phones == {"15550100000"}
    assert policy.is_trusted("x", "drjane", frozenset()) and policy.is_trusted("x", "y", frozenset({"vip"}))
    assert not policy.is_trusted("x", "y", frozenset({"moderator"}))
    assert policy.crisis_guidance == "Call 111."
    assert (policy.sentiment_alert, policy.sentiment_window, policy.sentiment_enabled) == (0.5, 120.0, False)
    assert policy.profanity_terms == ("gorram",) and policy.profanity_mild == "off"
    assert policy.spam.caps_min_letters == 20 and policy.spam.copy_window == 30.5
    assert policy.crowd.few_accounts == 3 and policy.crowd.spike_factor == 6.0
    assert (policy.crowd.copy_min_words, policy.crowd.copy_share, policy.crowd.copy_baseline_factor) == (4, 0.001, 1.5)
    assert [r.label for r in policy.custom] == ["miracle cure", "promo"]
    assert any(policy.custom[0].pattern.finditer("a MIRACLE CURE!"))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('name = "x"\n[categories]\nprofanity = { severity = "loud" }\n', 3, "unknown severity"),
        ('[categories]\n"risk.nope" = { severity = "warn" }\n', 2, "unknown category"),
        ('[categories]\nprofanity = { severity = "warn", decision = "delete" }\n', 2, "delete"),
        ('[categories]\nprofanity = { severity = "warn", colour = "red" }\n', 2, "colour"),
        ('[allow]\nterms = ["a"]\ndomain = ["x.com"]\n', 3, "unknown key in [allow]"),
        ('[allow]\nterms = "damn"\n', 2, "list of strings"),
        ("[sentiment]\nalert_share = 1.5\n", 2, "alert_share"),
        ('[profanity]\nmild = "loud"\n', 2, "profanity.mild"),
        ('[profanity]\nlanguages = ["en", "fr"]\n', 2, "fr"),
        ("[spam]\ncaps_share = 2\n", 2, "at most 1"),
        ("[crowd]\nfew_accounts = 2.5\n", 2, "whole number"),
        ("[crowd]\nwindow = -1\n", 2, "greater than zero"),
        ("[crowd]\nwindows = 60\n", 2, "unknown key in [crowd]"),
        ("[crowd]\ncopy_share = 1.5\n", 2, "at most 1"),
        ("[crowd]\ncopy_min_words = 2.5\n", 2, "whole number"),
        ("[crowd]\nwindow = 60\ncopy_baseline_factor = 0.5\n", 3, "copy_baseline_factor must be at least 1"),
        ('[[custom]]\nterm = "a"\n\n[[custom]]\nregex = "(unclosed"\n', 5, "invalid regex"),
        ('[[custom]]\nregex = "x*"\n', 2, "empty string"),
        ('[[custom]]\ncategory = "custom"\n', 1, "term or regex"),
        ('[[custom]]\nterm = "a"\ncategory = "risk.nope"\n', 3, "unknown category"),
        ('[[custom]]\nterm = "a"\ndecision = "zap"\n', 3, "zap"),
        ('colour = "red"\n', 1, "unknown section or key"),
        ('region = "USA"\n', 1, "two-letter"),
        ('name = "x"\nregions = ["US", "XX"]\n', 2, "unknown region code(s) XX"),
        ('regions = "US"\n', 1, "list of two-letter region codes"),
        ("[categories\n", 1, "invalid TOML"),
    ],
)
def test_invalid_policies_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(text, "brand.toml")
    message = str(err.value)
    assert message.startswith("brand.toml:")
    assert words in message
    if "invalid TOML" in message:
        assert f"line {line}" in message
    else:
        assert message.startswith(f"brand.toml:{line}:")


def test_phone_regions_default_to_the_main_markets_with_the_policy_region_first() -> None:
    shipped = load_policy()
    assert shipped.phone_regions == DEFAULT_PHONE_REGIONS and shipped.phone_regions[0] == "US"
    assert parse_policy('region = "ES"\n').phone_regions == ("ES", *(r for r in DEFAULT_PHONE_REGIONS if r != "ES"))


def test_check_policy_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        'name = "good"\n[categories]\n"risk.self_harm" = { severity = "critical", decision = "pass" }\n'
        '[crisis]\nguidance = ""\n'
    )
    assert check_policy_main(str(good)) == 0
    out = capsys.readouterr().out
    assert "policy 'good'" in out and "risk.self_harm" in out
    assert "warning: risk.self_harm is not escalated" in out and "warning: no [crisis] guidance" in out
    assert "categories.risk.self_harm: critical escalate -> critical pass" in out and "crisis.guidance: cleared" in out
    bad = tmp_path / "bad.toml"
    bad.write_text("[spam]\ncaps_share = 3\n")
    assert check_policy_main(str(bad)) == 1
    assert f"{bad}:2:" in capsys.readouterr().err
    assert check_policy_main(str(tmp_path / "missing.toml")) == 1
    assert "cannot read policy" in capsys.readouterr().err


def test_describe_default_has_no_warnings() -> None:
    assert "warning" not in describe_policy(load_policy())


def test_watcher_reloads_and_keeps_the_last_good_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('name = "one"\n')
    watcher = PolicyWatcher(path, load_policy(path))
    assert watcher.check() is None  # first look records the mtime; same content, nothing new
    path.write_text('name = "two"\n')
    import os

    os.utime(path, (1, 1))
    assert (new := watcher.check()) is not None and new.name == "two"
    path.write_text("[crowd]\nwindow = 0\n")
    os.utime(path, (2, 2))
    with pytest.raises(PolicyError):
        watcher.check()
    assert watcher.policy.name == "two"


def test_redact_at_rest_is_a_recording_setting() -> None:
    from castguard.core.policy import PolicyError, parse_policy

    assert parse_policy("[recording]\nredact_at_rest = true\n").redact_at_rest is True
    assert parse_policy("").redact_at_rest is False
    try:
        parse_policy('[recording]\nredact_at_rest = "yes"\n', "p.toml")
    except PolicyError as exc:
        assert "p.toml:2" in str(exc) and "redact_at_rest" in str(exc)
    else:
        raise AssertionError("a non-boolean redact_at_rest must be refused")


def test_the_team_table_says_whether_producers_ban_and_whether_observers_get_a_redacted_view() -> None:
    from castguard.core.policy import default_policy_text, parse_policy

    default = parse_policy(default_policy_text(), "default")
    assert (default.team_producer_can_ban, default.team_redact) == (False, False)
    both = parse_policy(default_policy_text() + "\n[team]\nproducer_can_ban = true\nredact = true\n", "team")
    assert (both.team_producer_can_ban, both.team_redact) == (True, True)
    with pytest.raises(PolicyError, match=r"team\.redact must be true or false"):
        parse_policy(default_policy_text() + "\n[team]\nredact = 'yes'\n", "team")
    with pytest.raises(PolicyError, match="unknown key"):
        parse_policy(default_policy_text() + "\n[team]\nobservers_ban = true\n", "team")
