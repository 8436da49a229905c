"""A complaint to an authority of any name, and a suit announced in the passive or as a noun, are legal acts.

The authority is read by the noun that names a body ("... board", "... commission", "colegio de ...", "agencia de
...", "...надзор"), not from a list of bodies, so a body no rule names is still one. Telling others where they may
complain, calling the police as a victim, and bodies in other settings stay clean.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy(None))


LEGAL = [
    # a clip, an ad or the clinic sent or reported to a body no rule names
    "forwarding this whole stream to the dental licensing commission tonight",
    "reporting your miracle-weight-loss ad to the consumer protection authority",
    "taking the clinic to the county health inspectors, enjoy",
    "le mandé tu anuncio al colegio de nutricionistas",
    "voy a enviar este vídeo a la agencia española de medicamentos",
    "voy directo a la defensoría del consumidor con las capturas",
    "перешлю ваш эфир в роспотребнадзор",
    "пожалуюсь в трудовую инспекцию на вашу клинику",
    "вызову санэпидемстанцию к вам в аптеку",
    # a suit announced in the passive or as a noun
    "you and your producer will be named as defendants",
    "expect a formal complaint and a lawsuit by monday",
    "we can settle this in court, your choice",
    "me uno a la demanda colectiva contra esta marca",
    "на клинику будет подан иск до конца недели",
    "ждите повестку, клоуны",
    "мой юрист уже готовит претензию",
]

CLEAN = [
    # others told where they may complain
    "you can report side effects to the FDA through their website",
    "you should send that to the consumer protection agency if it happens to you",
    # the police called by a victim, a body in another setting
    "hace años robaron en mi farmacia y tuvimos que llamar a la policía",
    "she sent her design to the school board and they loved it",
    "my brother works at the transport authority",
    "мой брат работает в полиции",
    "el colegio de médicos organiza una charla gratis el jueves",
]


@pytest.mark.parametrize("text", LEGAL)
def test_an_authority_turned_to_or_a_suit_announced_is_a_legal_act(filt: RiskFilter, text: str) -> None:
    assert "risk.legal" in categories(filt, text)


@pytest.mark.parametrize("text", CLEAN)
def test_where_others_may_complain_and_bodies_elsewhere_are_not(filt: RiskFilter, text: str) -> None:
    assert "risk.legal" not in categories(filt, text)
