"""Adverse events told in lay words of the body part or system they touch, of one's own or a relative's product,
and the look-alikes that deny the effect, give it to no one or tell of it long ago (EN/ES/RU).

The effect classes: swelling told by its size, a mind dulled or foggy, mood and energy lost, a splitting head,
tremor, fainting in the progressive, a limb that would not move, an allergic shock, kidney stones and gout, skin
turned grey or blue, a liver or clotting test gone wrong, gums that bleed, a pressure out of control, a product
that "sat badly" or does nothing any more. The product classes: supplements by their kind (magnesium, a green tea
extract, a detox tea), energy and electrolyte drinks, fat burners, tablets called "tabs", Russian brand names of old
diuretics.
"""

from __future__ import annotations

import pytest

from castguard.filters.adverse import AdverseFilter
from tests.filter_helpers import categories

CATEGORY = "health.adverse_event"

REPORTS = [
    # swelling by its size, a dulled mind, mood and energy
    "since the new blood pressure pill my feet look like balloons",
    "the melatonin makes me foggy the whole next day",
    "mi papá anda deprimido y sin energía desde el nuevo betabloqueante",
    "после ашваганды в голове туман",
    "на этих таблетках голова раскалывается каждый день",
    # tremor, fainting, a limb that would not move
    "the fat burner had me shaking and nearly passing out",
    "con el quemagrasas estoy temblando todo el día",
    "от жиросжигателя трясло весь вечер",
    "after my flu shot i couldn't move my arm",
    # allergic shock, stones, gout, skin colour
    "mi hijo tuvo anafilaxia con la amoxicilina",
    "у дочки анафилактический шок на антибиотик",
    "my sister got kidney stones from the keto pills you sell",
    "con el diurético me dio un ataque de gota",
    "на гипотиазиде обострилась подагра",
    "my dad's skin turned grey on the amiodarone",
    # laboratory values gone wrong, bleeding gums, pressure out of control
    "mis transaminasas salieron altísimas con el extracto de té verde",
    "после детокс-чая печеночные пробы плохие",
    "на варфарине кровоточат десны",
    "since the generic my blood pressure is all over the place",
    "desde el genérico la presión no se controla",
    # a product that sat badly or stopped working
    "the magnesium capsules give me awful headaches",
    "las pastillas keto me sentaron fatal",
    "my sleeping tabs don't do anything anymore",
    "мамины таблетки перестали помогать",
    "the electrolyte drink gave me heart palpitations",
]


@pytest.mark.parametrize("text", REPORTS)
def test_the_report_is_an_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert CATEGORY in categories(adverse, text)


LOOK_ALIKES = [
    # the effect denied
    "no side effects at all from the magnesium, sleeping great",
    "con el quemagrasas no tuve ningún temblor",
    "от экстракта никакой тошноты не было",
    # what a product is for
    "magnesium for my headaches works well",
    # someone else long ago, in general, a film
    "in general fat burners can cause shaking",
    "the article says energy drinks can cause palpitations",
    # no product at all
    "this match has me shaking",
    "me muero de risa con este directo",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_look_alike_is_no_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert CATEGORY not in categories(adverse, text)
