"""Adverse events told through the product's link to a part of the body, by cause ("the dye gave me a swollen
face", "el parche me dejó la piel roja", "эти таблетки меня вырубают") or by time ("since the implant my period has
not stopped", "desde el DIU la regla me dura dos semanas", "после прививки месячные пришли раньше"); products named
by kind (devices worn or implanted, cosmetics, classes of drug by initials, misspellings) and effects in lay words
(mood, reflux, taste, a reading out of range, sickness told with faces), and the look-alikes: the body part named
as what the product is for, a change for the better, a cause supposed, side effects as a topic, an effect known
since childhood (EN/ES/RU).
"""

from __future__ import annotations

import pytest

from castguard.filters.adverse import AdverseFilter
from castguard.filters.adverse_link import linked_body
from tests.filter_helpers import categories

CATEGORY = "health.adverse_event"

REPORTS = [
    # the product as the cause, no listed symptom
    "the new inhaler made my voice go hoarse",
    "the steroids made my grandad completely paranoid",
    "las pastillas nuevas me tienen fatal",
    "las pastillas me sientan fatal desde el lunes",
    "эти таблетки меня вырубают, сплю по 14 часов",
    "this antibiotic is killing me",
    # a time link and a body system
    "since the implant my period has not stopped for three weeks",
    "my gran's ankles are huge ever since they started her on the new heart pill",
    "desde que me pusieron el implante tengo la regla cada dos semanas",
    "después de la vacuna la regla me vino muy abundante",
    "после прививки месячные пришли на неделю раньше",
    "после нового крема лицо горит и шелушится",
    "cuando empecé con el parche se me puso la piel roja",
    # products by kind: devices, cosmetics, classes by initials, misspellings
    "the knee brace rubbed my skin raw",
    "hair dye gave me a swollen face",
    "ssris killed my sex drive",
    "startd the antibotic and now my mouth is all white and sore",
    "спираль вызвала у меня кровотечение",
    "el tinte me dejó la cara hinchada y roja",
    # effects in lay words
    "turmeric capsules gave me awful reflux",
    "everything tastes like metal since starting the new antibiotic",
    "my nan's sodium went dangerously low on the new water pill",
    "new pill + me = 🤢🤮 every single morning",
    "desde el antibiótico tengo sabor metálico en la boca",
    "на новых таблетках металлический привкус во рту",
    # a body word before the product, tied by a strong time or cause link
    "my daughter's hair thinned a lot after starting valproate",
    "a mi abuela se le bajó el sodio por el antidepresivo",
    "у дочки сильно поредели волосы после вальпроата",
    # Spanish and Russian verbs of what the product did to the person
    "las gotas de hierro le mancharon los dientes a mi hija",
    "el gel para los dientes le durmió la boca a mi bebé",
    "наколенник натёр мне кожу до крови",
    "от габапентина меня шатает весь день",
    # forms and classes by their lay names
    "the sedatives knocked me out for two days straight",
    "с нейролептиков трясёт и слюни текут",
]


@pytest.mark.parametrize("text", REPORTS)
def test_the_report_is_an_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert CATEGORY in categories(adverse, text)


LOOK_ALIKES = [
    # the body part is what the product is for
    "the doctor put me on statins for my heart",
    "tomo pastillas para la tensión desde hace años",
    "пью таблетки от давления уже год",
    "i take metformin to control my sugar",
    # a change for the better, a product that helped
    "since the new pills my skin is clearer than ever",
    "the pills made me feel so much better",
    "since starting the pill my periods are lighter and regular",
    "desde que tomo las pastillas mi piel está mucho mejor",
    "las pastillas me sientan genial",
    "после таблеток давление в норме",
    "таблетки меня спасли",
    "крем от прыщей отлично работает, кожа чистая",
    "the vaccine gave me peace of mind before the trip",
    "my gran is on warfarin since her heart op, doing well",
    # a cause supposed or asked, side effects as a topic, an effect known since childhood, nerves before a dose
    "the new inhaler could make my voice go hoarse, the pharmacist said",
    "¿las pastillas pueden dejarte la piel seca?",
    "what's the difference in side effects between the pill and the coil",
    "i'm allergic to penicillin, noted in my file since childhood",
    "i'm nervous about the booster because my arm got sore last time, but i'll go anyway",
    # the product and the body apart, nobody's effect
    "i take my pills after breakfast with my coffee",
    "i put the cream on my face every night",
    # a reading told from a meal, a product on which a condition is named, a body in the second person
    "tengo el azúcar en 290 después del desayuno, cuánta insulina me pongo",
    "I have heart disease and I'm on two meds",
    "good thing you're bald from chemo, at least it hides your ugly hair",
    # denied, or a clause of who gave it
    "llevo 5 años con la metformina y nunca me ha hecho daño",
    "puedo mezclar la aspirina con el clopidogrel que me dio el cardiólogo",
    # claims, plots, myths, scams, leaflets, intended effects, a dose alone
    "our detox tea dissolves blood clots, no need for blood thinners",
    "от вакцины от ковида у всех теперь тромбы, это специально",
    "the vaccine gave my kid autism, wake up",
    "a mi tía la estafaron con unas gotas milagrosas, ojo con eso",
    "в инструкции к таблеткам написано: сонливость, усталость, тошнота",
    "the water pill makes me pee a lot, which is the point lol",
    "the dose makes the poison, as Paracelsus taught",
    "this antibacterial spray kills 99.9% of germs",
    "эти капли сняли мне 15 кг, пишите в вотсап",
    # a textbook's or a leaflet's register
    "Insulin overdose results in hypoglycaemia, treated with glucose or glucagon.",
    "La digoxina en niveles tóxicos provoca náuseas, visión amarillenta y arritmias.",
    "Бета-блокаторы нельзя резко отменять из-за риска рикошетной тахикардии.",
    # a product given up
    "когда я отказался от помощи лекарств, тело стало сильнее",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_look_alike_is_no_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert CATEGORY not in categories(adverse, text)


def test_the_linked_body_word_is_the_span_returned() -> None:
    text = "since the implant my period has not stopped"
    start = text.index("implant")
    span = linked_body(text, 0, len(text), start, start + len("implant"))
    assert span is not None
    assert text[span[0] : span[1]] == "period"


def test_no_link_no_body_span() -> None:
    text = "the implant is small and my period is due"
    start = text.index("implant")
    assert linked_body(text, 0, len(text), start, start + len("implant")) is None
