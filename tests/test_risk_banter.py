"""Banter and everyday words that look like risk: affection beside an insult, a handle's words, a farewell to an
everyday place, an absence from work, a drink's dose that "will kill you", in EN/ES/RU where the class has them."""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.mark.parametrize(
    "text",
    [
        "@rob ur such a dumbass for buying that waist trainer lol, love you man",
        "@kev you absolute dumbass, love u",
        "@dani eres un pendejo, te quiero amigo",
        "@тема ну ты и дебил, люблю тебя",
    ],
)
def test_affection_to_the_one_insulted_is_banter(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    ["@rob ur such a dumbass for buying that waist trainer", "eres un pendejo", "ну ты и дебил"],
)
def test_the_same_insult_without_affection_is_still_raised(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "nobody will ever love you, you fat disgusting cow",
        "no te quiero ver más, gorda asquerosa",
        "не люблю тебя, жирная корова, вали отсюда",
    ],
)
def test_love_denied_beside_abuse_is_no_banter(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


def test_a_weapon_word_inside_a_handle_is_a_name(risk: RiskFilter) -> None:
    assert "risk.threat" not in categories(risk, "@gunner_gaz enjoy 4th place again mate 🏆😉")
    assert "risk.threat" in categories(risk, "gun in hand, enjoy your last stream")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("goodbye all, going to the gym 💪", False),
        ("bye everyone, off to work", False),
        ("goodbye everyone, this is my last message", True),
    ],
)
def test_a_farewell_to_an_everyday_place_is_no_last_message(risk: RiskFilter, text: str, raised: bool) -> None:
    assert ("risk.self_harm" in categories(risk, text)) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("no one would miss me at work today, it's so slow", False),
        ("nobody would miss me in class anyway", False),
        ("nadie me extrañaría en clase, es tan aburrida", False),
        ("no one would miss me", True),
        ("nadie me extrañaría", True),
        ("никто не заметит если меня не станет", True),
    ],
)
def test_an_absence_from_a_place_is_no_wish_to_be_gone(risk: RiskFilter, text: str, raised: bool) -> None:
    assert ("risk.self_harm" in categories(risk, text)) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("that much caffeine is gonna kill you one day man", False),
        ("too much coffee will kill you", False),
        ("i'm gonna kill you one day man", True),
    ],
)
def test_a_dose_of_something_that_will_kill_you_is_generic(risk: RiskFilter, text: str, raised: bool) -> None:
    assert ("risk.threat" in categories(risk, text)) is raised
