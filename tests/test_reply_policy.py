"""The reply library in the policy: approved templates, validated with the line at fault, and shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from castguard.core.policy import PolicyError, check_policy_main, load_policy, parse_policy, policy_warnings

GOOD = """
name = "brand"
[safety]
line = "call our safety line"
[[replies]]
id = "thanks"
language = "en"
version = 3
approver = "Medical-Legal"
text = "Thanks, {author}! {safety_line}"
"""


def test_shipped_default_offers_each_kind_of_reply_in_each_language() -> None:
    policy = load_policy()
    by_language: dict[str, set[str]] = {}
    for template in policy.replies:
        by_language.setdefault(template.language, set()).add(template.id)
        assert template.approver and template.version >= 1
    expected = {"thanks", "no-advice", "crisis", "privacy", "side-effect"}
    assert by_language == {"en": expected, "es": expected, "ru": expected}
    assert policy.crisis_line and "988" in policy.crisis_line
    assert policy.safety_line
    assert not [w for w in policy_warnings(policy) if "reply" in w]


def test_a_template_keeps_its_id_version_approver_and_placeholders() -> None:
    policy = parse_policy(GOOD, "p.toml")
    (template,) = policy.replies
    assert (template.id, template.language, template.version, template.approver) == ("thanks", "en", 3, "Medical-Legal")
    assert template.placeholders == {"author", "safety_line"}
    assert policy.safety_line == "call our safety line"


ENTRY = '[[replies]]\nid = "a"\nlanguage = "en"\napprover = "x"\ntext = "hi {author}"\n'


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (ENTRY.replace("hi {author}", "hi {name}"), 5, "unknown placeholder(s) {name}"),
        (ENTRY.replace("hi {author}", "hi {author"), 5, "unbalanced brace"),
        (ENTRY + ENTRY, 7, "duplicate reply id 'a' for language en"),
        (ENTRY.replace('approver = "x"\n', ""), 1, "needs approver"),
        (ENTRY.replace('approver = "x"', 'approver = ""'), 4, "needs approver"),
        (ENTRY.replace('"en"', '"fr"'), 3, "unknown language 'fr'"),
        (ENTRY.replace('id = "a"', 'id = "A b"'), 2, "reply id 'A b'"),
        (ENTRY + "version = 0\n", 6, "version must be a whole number"),
        (ENTRY + 'tone = "warm"\n', 6, "unknown key 'tone' in [[replies]]"),
        (ENTRY.replace("hi {author}", "x" * 501), 5, "longer than 500"),
        ("[safety]\nline = 3\n", 2, "safety.line must be a string"),
    ],
)
def test_invalid_reply_templates_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(text, "p.toml")
    assert f"p.toml:{line}:" in str(err.value)
    assert words in str(err.value)


def test_the_same_id_in_another_language_is_a_translation_not_a_duplicate() -> None:
    policy = parse_policy(ENTRY + ENTRY.replace('"en"', '"es"'), "p.toml")
    assert [(t.id, t.language) for t in policy.replies] == [("a", "en"), ("a", "es")]


def test_a_placeholder_with_nothing_to_fill_it_is_a_warning() -> None:
    policy = parse_policy(ENTRY.replace("hi {author}", "{crisis_line}"), "p.toml")
    assert any("{crisis_line}" in w and "[crisis] line" in w for w in policy_warnings(policy))


def test_policy_check_lists_the_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert check_policy_main(str(path)) == 0
    out = capsys.readouterr().out
    assert "replies: 1 approved templates" in out
    assert "thanks" in out and "v3" in out and "approved by Medical-Legal" in out


def test_policy_check_reports_a_bad_template_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.toml"
    path.write_text(GOOD.replace("{safety_line}", "{phone}"), encoding="utf-8")
    assert check_policy_main(str(path)) == 1
    assert f"{path}:10: reply 'thanks': unknown placeholder(s) {{phone}}" in capsys.readouterr().err
