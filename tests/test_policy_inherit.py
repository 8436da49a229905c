"""A partial policy file keeps every protection of the shipped default it does not change, and says what it changes."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from castguard.core.model import CATEGORIES, Decision, Severity
from castguard.core.policy import (
    PolicyError,
    check_policy_main,
    dump_toml,
    load_policy,
    parse_policy,
    policy_changes,
)


def policy_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_partial_policy_keeps_the_defaults_it_does_not_change(tmp_path: Path) -> None:
    path = policy_file(tmp_path, '[categories]\n"profanity" = { decision = "flag" }\n')
    policy, shipped = load_policy(path), load_policy()
    assert policy.rule("profanity").decision is Decision.FLAG
    assert policy.rule("profanity").severity is shipped.rule("profanity").severity
    assert policy.rule("risk.self_harm").decision is Decision.ESCALATE
    assert policy.rule("privacy.phone") == shipped.rule("privacy.phone")
    assert policy.crisis_guidance == shipped.crisis_guidance and policy.replies == shipped.replies
    assert policy.allow_domains == shipped.allow_domains and policy.name == "clinic"


def test_a_category_rule_keeps_the_fields_it_leaves_out(tmp_path: Path) -> None:
    policy = load_policy(policy_file(tmp_path, '[categories]\n"risk.self_harm" = { decision = "hold" }\n'))
    assert policy.rule("risk.self_harm").severity is Severity.CRITICAL
    assert policy.rule("risk.self_harm").decision is Decision.HOLD


def test_an_empty_policy_file_is_the_shipped_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = policy_file(tmp_path, "")
    policy, shipped = load_policy(path), load_policy()
    assert [policy.rule(c) for c in CATEGORIES] == [shipped.rule(c) for c in CATEGORIES]
    assert policy_changes(policy, shipped) == []
    assert check_policy_main(str(path)) == 0
    assert capsys.readouterr().out.endswith("\nno changes from the shipped default policy\n")


def test_a_family_rule_replaces_the_default_rules_of_its_family(tmp_path: Path) -> None:
    policy = load_policy(
        policy_file(
            tmp_path,
            '[categories]\n"privacy" = { severity = "info", decision = "flag" }\n'
            '"privacy.ssn" = { severity = "critical", decision = "hide" }\n',
        )
    )
    assert policy.rule("privacy.phone").decision is Decision.FLAG
    assert policy.rule("privacy.ssn").decision is Decision.HIDE
    assert policy.rule("spam.link") == load_policy().rule("spam.link")


def test_a_list_replaces_the_default_list(tmp_path: Path) -> None:
    policy = load_policy(policy_file(tmp_path, 'replies = []\n[allow]\ndomains = ["example.org"]\n'))
    assert policy.replies == () and policy.allow_domains == frozenset({"example.org"})
    assert policy.allow_phones == load_policy().allow_phones


def test_policy_check_says_what_a_file_changes_from_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = policy_file(
        tmp_path,
        'name = "clinic"\n[categories]\n"risk.self_harm" = { decision = "hold" }\n"spam.caps" = { enabled = false }\n'
        '[allow]\ndomains = ["cdc.gov", "example.org"]\n[spam]\ncaps_share = 0.9\n[sentiment]\nalert_share = 0.5\n'
        '[crisis]\nguidance = ""\n',
    )
    assert check_policy_main(str(path)) == 0
    out = capsys.readouterr().out
    changes = out.split("changes from the shipped default policy:\n", 1)[1].splitlines()
    assert changes == [
        "  categories.risk.self_harm: critical escalate -> critical hold",
        "  categories.spam.caps: info flag -> info flag (disabled)",
        "  allow.domains: added 'example.org'; removed '988lifeline.org', 'fda.gov', 'medlineplus.gov', 'nih.gov', "
        "'who.int'",
        "  crisis.guidance: cleared",
        "  sentiment.alert_share: 0.6 -> 0.5",
        "  spam.caps_share: 0.8 -> 0.9",
    ]
    assert "warning: no [crisis] guidance" in out


def test_a_region_without_a_numbering_plan_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = policy_file(tmp_path, 'name = "clinic"\nregion = "XX"\n')
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert (
        str(caught.value) == f"{path}:2: region 'XX' is not a region with a phone numbering plan (such as US, GB, DE)"
    )
    with pytest.raises(PolicyError, match="<policy>:1: region 'xx' is not a region"):
        parse_policy('region = "xx"\n')


def test_unknown_keys_and_bad_types_in_a_partial_file_name_its_line(tmp_path: Path) -> None:
    path = policy_file(tmp_path, "# clinic\n\n[spam]\ncaps_shar = 0.9\n")
    with pytest.raises(PolicyError, match=rf"^{path}:4: unknown key in \[spam\] 'caps_shar'"):
        load_policy(path)
    path = policy_file(tmp_path, "name = 3\n")
    with pytest.raises(PolicyError, match=rf"^{path}:1: name must be a string$"):
        load_policy(path)
    path = policy_file(tmp_path, '[categories]\n"risk.threat" = { decision = "shout" }\n')
    with pytest.raises(PolicyError, match=rf"^{path}:2: category 'risk.threat'"):
        load_policy(path)


def test_the_recorded_text_is_the_whole_policy_that_judged(tmp_path: Path) -> None:
    policy = load_policy(policy_file(tmp_path, '[categories]\n"profanity" = { decision = "flag" }\n'))
    again = parse_policy(policy.source_text, "<recorded policy>")
    assert [again.rule(c) for c in CATEGORIES] == [policy.rule(c) for c in CATEGORIES]
    assert again.replies == policy.replies and again.crisis_guidance == policy.crisis_guidance
    assert again.name == "clinic" and policy.version != load_policy().version


def test_written_toml_reads_back_the_same_even_for_hostile_strings() -> None:
    data = {
        "name": 'a "quoted" \\ name\x7f\u202e\n',
        "n": 3,
        "x": 0.25,
        "on": True,
        "list": ["é", "[bold]", "\t"],
        "empty": [],
        "table": {"weird key": {"inner": "v"}, "k": []},
        "entries": [{"id": "a"}, {"id": "b", "text": "{author}"}],
    }
    assert tomllib.loads(dump_toml(data)) == data


def test_a_name_cannot_add_keys_to_the_recorded_text(tmp_path: Path) -> None:
    path = policy_file(tmp_path, 'name = "x\\ncustom = [{ term = \\"ok\\" }]\\r\\nregion = \\"GB\\""\n')
    policy = load_policy(path)
    again = parse_policy(policy.source_text, "<recorded policy>")
    assert again.custom == () and again.default_region == "US" and again.name == policy.name
