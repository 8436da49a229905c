"""The reply library in the policy: approved templates, validated with the line at fault, and shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import (
    Policy,
    PolicyError,
    check_policy_main,
    load_policy,
    parse_policy,
    policy_warnings,
)
from castguard.session.replies import ReplyScreen, fill

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
    assert policy.crisis_line and "findahelpline.com" in policy.crisis_line
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


def _reply(policy: Policy, template_id: str, language: str, text: str, name: str = "Rosa_mx12") -> str:
    template = next(t for t in policy.replies if t.id == template_id and t.language == language)
    message = ChatMessage("demo", "youtube", "c", "1", Author("u1", name), text, 0.0, 0.0)
    return fill(template, message, policy)


@pytest.mark.parametrize(
    ("language", "text", "own_words", "resource"),
    [
        ("en", "I don't want to live anymore", "harm yourself", "988"),
        ("es", "ya no quiero vivir", "hacerte daño", "número local de emergencias"),
        ("ru", "я больше не хочу жить", "причинить себе вред", "112"),
    ],
)
def test_the_crisis_and_safety_lines_are_in_the_viewers_language(
    language: str, text: str, own_words: str, resource: str
) -> None:
    policy = load_policy()
    crisis = _reply(policy, "crisis", language, text)
    assert own_words in crisis and resource in crisis and "findahelpline.com" in crisis
    side_effect = _reply(policy, "side-effect", language, text)
    assert side_effect.endswith(policy.contact_line("safety", language) + ".")
    if language != "en":
        assert "call or text" not in crisis and "drug safety team" not in side_effect


def test_a_language_without_a_line_of_its_own_gets_a_resource_for_any_country() -> None:
    policy = load_policy()
    line = policy.contact_line("crisis", "de")
    assert line == policy.crisis_line and "988" not in line
    assert "local emergency number" in line and "findahelpline.com" in line


def test_a_line_for_the_broadcasts_region_comes_before_the_languages() -> None:
    table = '[crisis.line]\n"*" = "any"\nes = "español"\n"es-MX" = "Línea de la Vida"\n'
    assert parse_policy('region = "MX"\n' + table, "p.toml").contact_line("crisis", "es") == "Línea de la Vida"
    assert parse_policy('region = "AR"\n' + table, "p.toml").contact_line("crisis", "es") == "español"
    assert parse_policy('region = "AR"\n' + table, "p.toml").contact_line("crisis", "ru") == "any"


def test_a_policy_file_with_one_line_replaces_the_shipped_lines_for_every_language(tmp_path: Path) -> None:
    path = tmp_path / "brand.toml"
    path.write_text('[crisis]\nline = "Call the clinic\'s nurse line."\n', encoding="utf-8")
    policy = load_policy(path)
    assert {policy.contact_line("crisis", lang) for lang in ("en", "es", "ru")} == {"Call the clinic's nurse line."}


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ('[crisis.line]\nspanish = "x"', "is not a language"),
        ("[crisis.line]\nes = 3", "crisis.line.es must be a string"),
        ('[safety]\nline = ["a"]', "safety.line must be a string or a table"),
        (f'[safety.line]\nes = "{"x" * 501}"', "longer than 500"),
    ],
)
def test_contact_lines_are_validated(table: str, error: str) -> None:
    with pytest.raises(PolicyError, match=error):
        parse_policy(table, "p.toml")


def test_a_template_whose_language_has_no_line_is_warned_about() -> None:
    text = GOOD.replace('line = "call our safety line"', '[safety.line]\nes = "x"')
    warnings = [w for w in policy_warnings(parse_policy(text, "p.toml")) if "safety_line" in w]
    assert warnings and "in en uses {safety_line}" in warnings[0]


def test_every_shipped_reply_fits_a_youtube_message_and_passes_the_outgoing_check() -> None:
    policy = load_policy()
    screen = ReplyScreen(policy)
    like = ChatMessage("demo", "youtube", "c", "1", Author("host", "Dr. Amara Lee"), "", 0.0, 0.0)
    for template in policy.replies:
        text = _reply(policy, template.id, template.language, "hola", name="x" * 25)
        assert len(text) <= 200, (template.id, template.language, len(text))
        assert not screen.check(text, like).blocked, (template.id, template.language)
