"""Adverse events by kind of effect and kind of product, and the look-alikes they come from (EN/ES/RU)."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.adverse import AdverseFilter
from tests.filter_helpers import categories

CATEGORY = "health.adverse_event"


@pytest.fixture(scope="module")
def filt() -> AdverseFilter:
    return AdverseFilter(load_policy())


REPORTS = [
    # mood and the mind
    "since starting the new antidepressant i feel suicidal",
    "бабушка путается с тех пор как начала мочегонные",
    # the heart, the skin and hair, the senses
    "bought the fat burner here and my heart races at night",
    "el quemador me pone el corazón a mil",
    "losing clumps of hair since the new thyroid pill",
    "vision went blurry after the eye drops",
    "desde la vacuna tengo un zumbido en el oído",
    "con el anticoagulante me salen moretones y me sangran las encías",
    "после статинов ноют ноги",
    # a device that burns or blisters, a meter that reads wrong
    "the heating pad from your shop burned my leg",
    "la faja que compré me dejó ampollas",
    "грелка обожгла мне живот",
    "the glucose meter gave a wrong reading and i fainted",
    # a worse result, a stay in hospital, weight
    "my kidneys got worse on the new painkillers",
    "my wife was hospitalized after the weight loss shots",
    "на кветиапине набрала 8 кг",
    # medication errors, ingestion, an overdose already taken
    "the care home gave my dad someone else's pills",
    "my son swallowed three of my melatonin gummies",
    "me tomé toda la caja de pastillas",
    "только что выпила всю пачку таблеток, голова кружится",
    # serious outcomes, libido, procedures, ears and eyes, a meter that misled
    "my uncle had a stroke two days after the new hormone injection",
    "con el betabloqueante nuevo perdí la libido",
    "после укола гепарина огромная гематома",
    "ringing in my ears since the new diuretic",
    "the bp monitor gave wrong readings so i took extra pills",
    # a sale named beside a reporter is still a case
    "bought the bp pills on sale and now i get dizzy every morning",
    # "is this normal for me" asks about one's own effect
    "my ankles swell since i started the new pill, normal or should i call?",
]


@pytest.mark.parametrize("text", REPORTS)
def test_the_report_is_an_adverse_event(filt: AdverseFilter, text: str) -> None:
    assert CATEGORY in categories(filt, text)


LOOK_ALIKES = [
    # a question about changing one's dose: the symptom is what the medicine is for
    "on lexapro 10mg and still anxious, should i go up to 20?",
    "¿le subo la dosis a la sertralina? sigo con ansiedad",
    "пью сертралин месяц, тревога не уходит, повысить дозу?",
    # an overdose announced is not an effect of a medicine (the risk filter reads intent)
    "gonna take the whole bottle of pills tonight",
    "me voy a tomar toda la caja de pastillas",
    # fear before starting, hearsay, a known allergy always declared
    "i'm scared to start statins, my aunt had muscle pain",
    "me da miedo empezar la pastilla, dicen que da tos",
    "боюсь начинать статины, говорят мышцы болят",
    "siempre aviso que soy alérgica a la penicilina",
    # an advert with nobody's case in it
    "fat burner 50% off today, say goodbye to bloating, link in bio",
    # a dose question about a relative, an advert that names its link
    "my dad is 80 and on digoxin, his pulse is 50, should we reduce it?",
    "💊 BEST PRICES ON PAIN MEDS, LINK IN MY PROFILE 💊",
    # what a class of drug does not treat
    "antibiotics don't work on viruses, so they won't help your cold",
    # a past effect that is over
    "i was suicidal in 2019, therapy and meds saved my life",
    "no reaction to the booster, arm barely sore",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_look_alike_is_no_adverse_event(filt: AdverseFilter, text: str) -> None:
    assert CATEGORY not in categories(filt, text)
