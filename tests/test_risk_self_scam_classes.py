"""Self-harm and scams recognised by their classes, in English, Spanish and Russian, with their look-alikes.

Self-harm is read by what the writer says of their own act, in any tense and person of the verb: the act timed for
when nobody is there to stop it; a last appearance in the chat; affairs settled for "after"; treatment stopped or
thrown away with the end wished; a lethal amount asked for oneself ("for me", "lo quiero", "я хочу"); bleeding or
cutting now and not stopping; a farewell to the chat closed with "I'm done"; means counted out or loaded; a height
scouted; one's own danger ("scared of what I'll do to myself"); the wish or urge to hurt oneself; Russian in either
word order ("вены вскрою", "жить не хочу") and in Latin letters. The same words with an errand, a trip, a kitchen, a
hunt, a new account, a pool or a joke after them stay clean.

Scams: a seller's "they don't sell it here" is the offer's own claim, not a refutation of one.
"""

from __future__ import annotations

import pytest

from castguard.filters import speech
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

SELF_HARM = [
    # the act timed for when nobody can stop it
    "i'm doing it on saturday when my parents are away",
    "lo voy a hacer mañana cuando mis padres no estén",
    "сделаю это завтра, когда все уйдут",
    # the last appearance
    "after this you guys will never hear from me again",
    "today was my last stream for me",
    "será la última vez que me leen aquí",
    "это последний раз, когда вы слышите мой голос",
    # affairs settled for "after", needing nothing where one goes
    "cancelled my gym so no one has to deal with it after",
    "where i'm going i won't need any of this",
    "vendí la moto para que nadie tenga que pagar nada cuando ya no esté",
    "закрыл кредит, чтобы никому не пришлось платить потом",
    # treatment stopped or thrown away, the end wished
    "flushed all my lithium, so it ends",
    "tiré mis antidepresivos, quiero que todo se acabe",
    "выкинул весь инсулин, пусть всё закончится",
    # a lethal amount asked for oneself, the heart made to give out
    "how many of my blood thinners would it take, like 30? asking for me",
    "¿cuántas pastillas de mi abuela, todas juntas? es para mí",
    "сколько нужно таблеток, всю пачку? я хочу",
    "drinking energy drinks until my heart gives out",
    "voy a correr sin parar hasta que mi corazón se pare",
    # harm now, not stopped
    "i am bleeding a lot and i don't want it to stop",
    "estoy sangrando mucho y no quiero que pare",
    "кровь течёт, не хочу её останавливать",
    # a farewell to the chat, closed
    "it's been an honour chatting with you all, take care, goodbye",
    "ha sido un placer conocerles, cuídense, adiós",
    "скажите сестре, что я её любила",
    # means ready, a height scouted
    "my rifle is loaded for tonight",
    "the parking garage is tall enough, i went to look",
    "шагну с балкона этой ночью",
    # Russian in either order and in Latin letters; Spanish throwing oneself
    "под электричку лягу",
    "себе вены вскрою",
    "жить больше не хочу",
    "povesus' nochyu",
    "me voy a tirar del edificio",
    "estoy harta de vivir",
    # one's own danger, the wish to hurt oneself
    "i'm terrified of what i might do to myself",
    "no confío en mí cerca de los cuchillos",
    "не доверяю себе рядом с бритвой",
    "i really need to hurt myself again",
    "tengo ganas de hacerme daño",
    "опять хочется себя порезать",
    "я заслуживаю страданий",
    # the English of many places, the Spanish first-person present, Russian registers
    "gonnae top masel the night",
    "might just throw myself in front of the train tomorrow",
    "i wan comot for this world",
    "ion wanna be here no more",
    "me corto las venas esta noche",
    "me tiro del puente hoy",
    "ya no tiene caso vivir",
    "ya tengo la soga lista",
    "mañana ya no amanezco",
    "верёвка уже висит",
    "скорей бы умереть",
    "ухожу из этой жизни",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_recognised_by_its_class(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


LOOK_ALIKES = [
    # an errand or a surprise timed for a sleeping house
    "i'll do it when everyone is asleep, the tree has to be a surprise",
    "lo hago cuando todos duerman, así no ven los regalos",
    # a new account or a return named
    "last time you'll see my name in chat, switching to a new handle",
    "última vez que ven mi nombre aquí, me cambio de usuario mañana",
    # a trip, a kitchen, a hunt, a pool, a move
    "a donde voy no necesito paraguas",
    "my shotgun is loaded for tonight's duck hunt",
    "с крыши прыгну в бассейн",
    "в окно выйду покурить",
    "me voy a tirar a la piscina",
    "i'm done for tonight, it was nice chatting, take care",
    "me estoy despidiendo de todos porque me mudo",
    # medicine stopped on a doctor's word, a safe dose asked
    "stopped my statin because my doctor said so",
    "how many ibuprofen can i take in a day?",
    # someone else hurt, a game, a sore muscle
    "хочется сделать больно тому, кто это придумал",
    "i want to punch myself for missing that goal",
    # a swim, a bus stop, a cream, a knife kept for someone else, a boring channel
    "me tiro al mar ahora, el agua está buenísima",
    "gonna take the poison ivy cream back",
    "ya tengo el cuchillo listo para cuando salgas",
    "me despido, ya no vuelvo a este canal, es aburrido",
    "таблетки уже приготовила для поездки",
    "i'm gonna treat meself to a pint",
    # recovered long ago
    "i used to cut myself but i've been clean for years",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_without_the_act_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "can't stop thinking about killing myself",
        "no puedo dejar de pensar en quitarme la vida",
        "не могу перестать думать о самоубийстве",
    ],
)
def test_a_thought_that_will_not_stop_is_not_negated(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "don't cut yourself, please talk to someone",
        "no me voy a hacer daño, tranquilos",
        "я не буду себя резать, обещаю",
    ],
)
def test_a_negated_act_stays_negated(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    ("text", "recovered"),
    [
        ("llevo un año sin cortarme", True),
        ("llevo una semana sin comer, quiero desaparecer", False),
        ("three weeks without self harm!", True),
        ("two weeks without eating and i want to disappear", False),
    ],
)
def test_days_without_food_are_no_recovery(text: str, recovered: bool) -> None:
    start = text.index("sin" if "sin" in text else "without")
    assert speech.context(text, start, start + 3).recovered is recovered


def test_a_seller_saying_they_do_not_sell_it_here_is_no_debunking(risk: RiskFilter) -> None:
    assert "spam.scam" in categories(
        risk, "anyone with joint pain dm me privately, i have a remedy they don't sell here"
    )
    assert "spam.scam" in categories(risk, "message me, i have a natural cure they don't want you to know about")
    seller = "i have a remedy they don't sell here"
    assert not speech.context(seller, 0, len(seller)).debunking


@pytest.mark.parametrize(
    "text",
    [
        "that doesn't cure anything, it's a scam",
        "they don't cure diabetes, stop sharing this",
    ],
)
def test_a_refutation_is_still_debunking(text: str) -> None:
    assert speech.context(text, 0, len(text)).debunking
