"""Spam: links (not e-mail domains, allow-listed domains pass), shouting, repetition, symbol noise."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.filters.spam import SpamFilter
from tests.filter_helpers import msg


def cats(text: str, filt: SpamFilter | None = None) -> list[str]:
    return [f.category for f in (filt or SpamFilter(load_policy())).scan(msg(text))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("check out www.free-followers.com now", "www.free-followers.com"),
        ("go to https://bit.ly/3xYz!", "https://bit.ly/3xYz"),
        ("best pills at pharma-deals.ru", "pharma-deals.ru"),
        ("subscribe at mychannel.tv/live?ref=1", "mychannel.tv/live?ref=1"),
        ("dm me or visit example dot com", "example dot com"),
        ("example[.]com for deals", "example[.]com"),
    ],
)
def test_links_and_bare_domains(text: str, span: str) -> None:
    found = SpamFilter(load_policy()).scan(msg(text))
    links = [text[f.start : f.end] for f in found if f.category == "spam.link"]
    assert links == [span]


@pytest.mark.parametrize(
    "text",
    [
        "email me at bob@example.com",
        "e.g. 3.5mg at 10.30",
        "node.js rocks",
        "Dr.Smith said so",
        "version 2.0",
        "see cdc.gov for info",
        "https://www.nih.gov/health",
        "the end.Next time",
        "price $45.99",
        "file.txt",
    ],
)
def test_not_links(text: str) -> None:
    assert "spam.link" not in cats(text)


def test_policy_allow_domains_pass_with_subdomains() -> None:
    filt = SpamFilter(parse_policy('[allow]\ndomains = ["clinic.example.org"]\n'))
    assert cats("see clinic.example.org and portal.clinic.example.org", filt) == []
    assert cats("see other-clinic.example.org", filt) == ["spam.link"]


def test_caps_needs_twelve_cased_letters_and_eighty_percent() -> None:
    assert cats("THIS IS THE BEST STREAM EVER") == ["spam.caps"]
    assert cats("ПОЧЕМУ НИКТО НЕ ОТВЕЧАЕТ") == ["spam.caps"]
    assert cats("OMG LOL") == []  # too few letters
    assert cats("NASA and the USA are Great") == []  # mostly lower case
    assert cats("Hello From Texas Everyone") == []


def test_repeats_emoji_floods_tokens_and_runs() -> None:
    assert cats("😂😂😂😂😂😂😂😂😂😂😂😂") == ["spam.repeat"]
    assert cats("hi hi hi hi hi hi") == ["spam.repeat"]
    assert cats("buybuybuybuybuybuybuybuybuy") == ["spam.repeat"]
    assert cats("😂😂 so funny") == []
    assert cats("hi hi hi hi hi") == []  # five is chat
    assert cats("the the doctor said the the") == []


def test_same_author_pasting_the_same_text_again() -> None:
    filt = SpamFilter(load_policy())
    text = "follow my channel for free giveaways"
    results = [filt.scan(msg(text, author="bot", at=1000.0 + i)) for i in range(3)]
    assert [f.category for f in results[0]] == [] and [f.category for f in results[1]] == []
    assert [(f.category, f.rule, f.accounts) for f in results[2]] == [("spam.repeat", "repeat.copy", ("bot",))]
    # Another author, or the same text long after, is not a copy flood.
    assert filt.scan(msg(text, author="human", at=1003.0)) == []
    assert filt.scan(msg(text, author="bot2", at=1000.0)) == []
    assert filt.scan(msg(text, author="bot2", at=2000.0)) == []
    # Short reactions never count.
    assert all(filt.scan(msg("lol", author="fan", at=1000.0 + i)) == [] for i in range(5))


def test_symbol_noise() -> None:
    assert cats("░░░▒▒▒▓▓▓███▓▓▓▒▒▒░░░") == ["spam.symbols"]
    assert "spam.symbols" in cats("!!!!!!!!!!!!!!!!!!!!")
    assert cats("what?! really?! wow!!") == []


def test_update_policy_keeps_memory() -> None:
    filt = SpamFilter(load_policy())
    for i in range(2):
        filt.scan(msg("follow my channel for free giveaways", author="bot", at=float(i)))
    filt.update_policy(parse_policy("[spam]\ncopy_count = 3\n"))
    assert [f.rule for f in filt.scan(msg("follow my channel for free giveaways", author="bot", at=2.0))] == [
        "repeat.copy"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "mail me: jane dot doe at gmail dot com",
        "jane (at) gmail (dot) com",
        "escríbeme: juan punto perez arroba gmail dot com",
        "пиши: vasya собака mail dot ru",
    ],
)
def test_a_spelled_out_email_address_is_not_a_link(text: str) -> None:
    """The address is reported once, as privacy.email; its domain is not also spam.link."""
    verdict = Pipeline(load_policy()).evaluate(msg(text))
    assert "spam.link" not in verdict.categories
    assert "privacy.email" in verdict.categories


@pytest.mark.parametrize("text", ["look at example dot com", "visita tienda dot com", "заходи на shop dot ru"])
def test_a_spelled_out_domain_alone_is_still_a_link(text: str) -> None:
    assert "spam.link" in Pipeline(load_policy()).evaluate(msg(text)).categories
