"""Everyday talk that borrows a word of harm: a game's mission, a match, a kitchen accident, a city one is tired
of living in, an address asked for a gift, a courtroom show. Each beside the real statement it must not hide, in
EN/ES/RU."""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

CLEAN = [
    # a game's world: nobody's windows
    "we're gonna smash the windows in this heist mission",
    "i'll blow up the bridge in this level, cover me",
    "vamos a matarlos en el partido del domingo",
    "в этой миссии надо взорвать мост",
    # a cut while doing a chore
    "i cut myself peeling potatoes, typing with one hand lol",
    "cut my finger while chopping onions for the stream snack",
    "me corté pelando papas jaja",
    "порезалась когда чистила картошку",
    # tired of living in a place, with someone
    "estoy cansado de vivir en esta ciudad, me mudo en marzo",
    "ya estoy cansada de vivir con mis suegros",
    # an address asked for a gift
    "ya tengo tu dirección para enviarte el regalo",
]

LEGAL_CLEAN = [
    # a courtroom show as what the message is about
    "small claims court episodes are my guilty pleasure",
    "las series de abogados me encantan, demandan a todos",
    "судебные шоу смотрю каждый вечер, там все судятся",
]

STILL_FLAGGED = [
    ("risk.threat", "we're gonna smash your windows tonight"),
    ("risk.threat", "i'll shoot you in the parking lot"),
    ("risk.self_harm", "i cut myself again last night"),
    ("risk.self_harm", "i cut myself because i deserve it"),
    ("risk.self_harm", "estoy cansado de vivir"),
    ("risk.self_harm", "no tiene sentido seguir, estoy cansada de vivir"),
    ("risk.threat", "ya tengo tu dirección, cuídate"),
    ("risk.legal", "see you in court, i saved every episode"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_everyday_talk_with_a_word_of_harm_is_left_clean(risk: RiskFilter, text: str) -> None:
    assert not categories(risk, text) & {"risk.threat", "risk.self_harm"}, text


@pytest.mark.parametrize(("category", "text"), STILL_FLAGGED)
def test_the_statements_beside_them_are_still_flagged(risk: RiskFilter, category: str, text: str) -> None:
    assert category in categories(risk, text), text


@pytest.mark.parametrize("text", LEGAL_CLEAN)
def test_a_courtroom_show_talked_about_is_no_legal_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.legal" not in categories(risk, text), text
