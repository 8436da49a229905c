"""Self-harm said in quiet voices, recognised by its classes in English, Spanish and Russian, with look-alikes.

The classes: a last message to the chat with no return named; the writer as a weight others would be free of; the
means kept and looked at; a dose asked for its lethality with a supply or an insistence; numbness that wants
everything stopped for good; a death hoped to come from outside; treatment stopped to let death come; no other way
out; someone close doing it right now; cuts hidden or tended; pills already swallowed; nobody to notice; going and
not coming back; one's own terms before an illness; thinking how to end it; absence foretold; a will set "you know
why"; a death wish said to be meant. Hyperbole, recovered episodes, support offered to others, a trip named and
the topic talked about stay clean.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

SELF_HARM = [
    # a last message with no return named
    "probably my last post here. look after each other",
    "este es mi último directo, perdón a todos",
    "последний раз пишу в этот чат. берегите себя",
    # the writer a weight others would be free of
    "my kids would be happier without me in it",
    "sobro en esta vida, ya lo sé",
    "освобожу семью от себя",
    # the means kept and looked at
    "i've been staring at the rope in the garage every night",
    "el carbón ya está en el cuarto y cerré todo",
    "высыпала все таблетки и пересчитала, 52",
    # a dose asked for its lethality
    "how many codeine before your heart stops? i have a full pack",
    "cuántos clonazepam son demasiados? tengo una caja entera",
    "сколько снотворного нужно, не для лечения",
    # numbness that wants everything stopped for good
    "i just want everything to stop. for good",
    "me voy a dormir y ojalá fuera para siempre",
    "сдаюсь насовсем",
    # a death hoped to come from outside
    "praying the lord takes me tonight",
    "ojalá un bus me atropelle mañana",
    "хоть бы под поезд попасть",
    # treatment stopped to let death come
    "stopped taking my insulin, so i can die",
    "таблетки бросила принимать, пусть скорее",
    # no other way out
    "the only way out for me is to die",
    "la única salida es morirme",
    "выхода нет. только с моста",
    # someone close doing it now
    "my sister says she's gonna jump, she's on the bridge, what do i do",
    "mi novio me escribió que se quiere matar y no contesta, ayuda",
    "подруга прислала фото таблеток и не отвечает, помогите",
    # cuts hidden or tended
    "how do i hide my fresh cuts from my mum",
    "mis papás no saben que me corto",
    "ношу кофту, чтобы порезы не видели",
    # pills already swallowed
    "i've already swallowed all my sleeping tablets. sorry everyone",
    "me tragué todo el frasco hace rato",
    "наглоталась таблеток, не знаю что будет",
    # nobody to notice
    "if i died tonight nobody would notice for weeks",
    "nadie notaría si me muero",
    "меня никто не заметит",
    # going and not coming back
    "heading out to the lake tonight and i'm not coming back",
    "me voy al monte y no vuelvo nunca",
    "никуда не вернусь",
    # one's own terms, thinking how to end it, absence foretold, a will set
    "i won't let it take me slowly, i'll go on my own terms",
    "keep thinking about how to end it",
    "pienso en el suicidio todos los días",
    "if you read this in the morning, i'm gone",
    "не ищите меня",
    "hice mi testamento a los 20, ya saben para qué",
    "не собираюсь дожить до 18",
    # a death wish said to be meant
    "i want to die. not joking",
    "me quiero morir, en serio",
    "хочу умереть, я серьёзно",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_quiet_self_harm_is_recognised_by_its_class(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


LOOK_ALIKES = [
    # a last message with a return named, a trip, a new channel
    "my last post for tonight, see you tomorrow",
    "este es mi último directo del año, nos vemos en enero",
    "последний раз пишу перед отпуском",
    # hyperbole and jokes
    "i want to die lol this exam",
    "me quiero morir de la vergüenza jaja",
    "хочу исчезнуть из родительского чата",
    # recovered long ago
    "i used to think everyone would be better off without me, now i know that's not true",
    "резала руки в школе, 7 лет чистая",
    # support offered to others, topic talk
    "if your friend says she wants to die, stay with her and call a helpline",
    "can we talk about how to support a brother who self harms",
    "el suicidio es un tema del que hay que hablar",
    # a dose asked for safety, a hunt, a garden, a relationship ended
    "how many ibuprofen can i take for a headache? need to know",
    "got the rifle out of the safe to clean it before the season",
    "washing the car with a hose",
    "thinking of ending it with my boyfriend",
    "going to the gym and not stopping until i hit 100kg",
    "me voy a la playa y no vuelvo hasta el domingo",
    "stopped taking my meds because my doctor said so",
    # someone close, in the past, with no danger now; a wish told by someone close, help asked, nothing happening now
    "my brother stopped taking his pills and is doing much better",
    "my friend says she's going to end it, how do i help her?",
    "mi amiga dice que se quiere morir, cómo la ayudo?",
    "последний раз в чате на время сессии, пока!",
    "scroll up, the last message was spam",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_without_the_act_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i used to think everyone would be better off without me, now i know that's not true",
        "antes pensaba que nadie me extrañaría, ahora sé que no era verdad",
        "резала руки в школе, 7 лет чистая",
        "quiero desaparecer... del grupo de whatsapp de la familia",
        "хочу исчезнуть из родительского чата",
        "how do i help a friend who self harms",
        "cómo apoyar a una amiga que se corta",
    ],
)
def test_a_past_belief_a_chat_left_or_help_for_another_is_not_self_harm(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    ["quiero desaparecer de este mundo", "хочу исчезнуть навсегда", "i used to cut, now i'm cutting again"],
)
def test_disappearing_for_good_and_a_relapse_stay_self_harm(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm holding my pills and i don't know why i'm typing",
        "gonna use everything i have left tonight",
        "drinking until i never wake up",
        "thinking about just steering into a tree on the motorway",
        "cut really deep, so much blood, dont call anyone",
        "i'm on the edge of the multistorey roof",
        "i've made my peace, i'll join my wife",
        "when she goes, i'm going too",
        "nobody cares if i live or die",
        "by the weekend i'll be gone, by my own hand",
        "a nadie le importo, ya lo tengo decidido",
        "ya estoy lista para irme",
        "держаться мне не за что",
        "смерть уже не пугает",
    ],
)
def test_the_means_in_hand_and_the_act_decided_are_self_harm(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir de la vergüenza jaja",
        "holding the knife wrong, chef says",
        "cut really deep while chopping onions, so much blood lol",
        "i'm taking the whole bag of chips to the party",
        "ya estoy lista para irme al trabajo",
        "ночью уйду на смену",
        "drinking coffee until i wake up properly",
    ],
)
def test_an_errand_a_kitchen_and_an_idiom_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)
