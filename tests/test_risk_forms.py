"""Threats, self-harm and abuse recognised by the form of the act, and the speech acts that cancel them."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters import speech
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy(None))


FORMS = [
    # harm slipped into food or drink
    ("risk.threat", "gonna put something in your coffee tomorrow, nurse"),
    ("risk.threat", "le voy a echar algo en la bebida al entrenador"),
    ("risk.threat", "подмешаю кое-что тебе в чай, доктор"),
    # a vehicle driven into a place
    ("risk.threat", "i'll drive my van right through the pharmacy window"),
    ("risk.threat", "voy a estrellar el carro contra la entrada del consultorio"),
    ("risk.threat", "протараню на джипе вход в вашу клинику"),
    # coming armed
    ("risk.threat", "i'm coming to the meetup with my knife"),
    ("risk.threat", "llego al evento con mi pistola, ya verás"),
    # harm already done to a car, or left at a door
    ("risk.threat", "just loosened the brakes on your car, drive safe"),
    ("risk.threat", "ponché las llantas de tu coche"),
    ("risk.threat", "проколол тебе шины на парковке"),
    # the family named with a warning
    ("risk.threat", "your son walks home alone, right? would be a shame"),
    ("risk.threat", "tus hijos van a pagar por esto"),
    ("risk.threat", "твоя жена ответит за твои слова"),
    # a place that will not stand
    ("risk.threat", "that gym won't be standing next month"),
    ("risk.threat", "ese consultorio va a arder esta noche"),
    ("risk.threat", "ваш офис скоро сгорит"),
    # the last show
    ("risk.threat", "enjoy your last episode, coach"),
    ("risk.threat", "disfruta tu último programa, doctor"),
    ("risk.threat", "это твой последний стрим"),
    # an obligation to hurt
    ("risk.threat", "somebody needs to break that trainer's arms"),
    ("risk.threat", "этого тренера пора пристрелить"),
    # asked on purpose: the question is the threat
    ("risk.threat", "you think the cameras will protect you when i get there?"),
    ("risk.threat", "¿crees que la policía te va a proteger?"),
    ("risk.threat", "думаешь, охрана тебя спасёт?"),
    # self-harm: the ending announced, the means taken or hoarded, a lethal dose asked
    ("risk.self_harm", "this weekend i'm ending it all"),
    ("risk.self_harm", "el viernes le pongo fin a todo"),
    ("risk.self_harm", "завтра всё закончу"),
    ("risk.self_harm", "what is a lethal dose of ibuprofen"),
    ("risk.self_harm", "cuál es la dosis letal de ese medicamento"),
    ("risk.self_harm", "какая летальная доза у снотворного"),
    ("risk.self_harm", "me acabo de tomar todo el frasco"),
    ("risk.self_harm", "выпила целую упаковку"),
    ("risk.self_harm", "коплю таблетки уже давно"),
    # abuse: a person noun with "de mierda", a group with a degrading predicate, sexual orders
    ("risk.harassment", "cállate viejo de mierda"),
    ("risk.harassment", "los migrantes solo vienen a robar"),
    ("risk.harassment", "мигранты это обуза"),
    ("risk.harassment", "muslims run the media, obviously"),
    ("risk.harassment", "bend over for the camera nurse"),
    ("risk.harassment", "медсестра, сними халат"),
    # worthlessness to someone's face, a condition mocked, a crowd called to pile on, an animal by emoji
    ("risk.harassment", "you're a sad piece of garbage, coach"),
    ("risk.harassment", "the deaf guy on the call, why even bother lol"),
    ("risk.harassment", "el sordo del audífono parece tonto"),
    ("risk.harassment", "глухой в эфире, тебе тут не место"),
    ("risk.harassment", "let's all spam her chat with clowns"),
    ("risk.harassment", "todos a insultar al presentador"),
    ("risk.harassment", "давайте затроллим этого тренера"),
    ("risk.harassment", "🐄 moo, the trainer is live"),
    ("risk.harassment", "у ведущего нос как у свиньи"),
    # spaced Cyrillic letters join into one word, "я" ending it and "с" opening it
    ("risk.harassment", "ж и р н а я  с в и н ь я ведущая"),
]


@pytest.mark.parametrize(("category", "text"), FORMS)
def test_acts_are_recognised_by_their_form(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


LOOKALIKES = [
    # a farewell, advice, a workout, a game
    "see you after the show doc, thanks for the tips!",
    "you'll regret not trying this recipe",
    "te vas a arrepentir si no pruebas esta receta",
    "watch your back posture on rows",
    "gonna smash this workout today",
    "vamos a reventar la meta de hoy",
    "сегодня убью эту тренировку",
    "killing myself laughing at chat",
    # news of a threat, a data complaint, a self-harm announcement is not a threat
    "the news said there was a bomb threat at the mall",
    "voy a denunciar por violar mis datos",
    "ya no aguanto, me voy a matar",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_hyperbole_farewells_and_news_are_not_threats(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(filt, text)


RECOVERED = [
    "3 years clean from self harm 🎉",
    "I used to self harm but I stopped in college",
    "llevo dos años sin cortarme, gracias por el directo",
    "hace tres años me quería matar, hoy estoy bien",
    "раньше резала себя, уже 3 года как нет",
    "два года назад хотела покончить с собой, сейчас всё хорошо",
]


@pytest.mark.parametrize("text", RECOVERED)
def test_a_past_act_with_recovery_since_is_not_a_disclosure(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(filt, text)


RELAPSED = [
    "I was clean from self harm for a year but I cut again tonight",
    "llevaba un año sin cortarme y otra vez me quiero matar",
    "раньше резала себя, и снова хочу покончить с собой",
]


@pytest.mark.parametrize("text", RELAPSED)
def test_a_relapse_is_a_disclosure(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("5 years clean from self harm today", "self harm"),
        ("hace dos años me cortaba", "cortaba"),
        ("раньше я резала руки", "резала"),
    ],
)
def test_the_recovered_speech_act_in_each_language(text: str, word: str) -> None:
    start = text.index(word)
    act = speech.context(text, start, start + len(word))
    assert act.recovered and not act.literal


def test_a_present_act_is_not_recovered() -> None:
    text = "i want to hurt myself"
    assert not speech.context(text, 10, len(text)).recovered


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "don't act surprised when you don't make it home tonight"),
        ("risk.threat", "you never know when i will kill you"),
        ("risk.threat", "nunca sabrás cuando te voy a matar"),
        ("risk.threat", "ты не узнаешь когда я тебя убью"),
        ("risk.self_harm", "никто не заметит если я покончу с собой"),
    ],
)
def test_a_negation_before_when_or_if_does_not_reach_the_clause_after(
    filt: RiskFilter, category: str, text: str
) -> None:
    assert category in categories(filt, text)


@pytest.mark.parametrize("text", ["i would never hurt you", "no voy a matarte", "я тебя не убью"])
def test_a_negation_in_the_same_clause_still_cancels(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "thinking about suicide every night, it's my plan",
        "suicidarme es lo único que pienso",
        "хочу суицид, всё надоело",
    ],
)
def test_suicide_named_as_a_plan_or_a_wish_is_self_harm(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


def test_killing_oneself_is_no_threat_in_russian(filt: RiskFilter) -> None:
    assert categories(filt, "никто не заплачет, когда я убью себя") == {"risk.self_harm"}


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "already popped all four of your tires lol"),
        ("risk.self_harm", "burned myself again last night lol whatever"),
        ("risk.self_harm", "me acabo de tomar todas mis pastillas jaja"),
        ("risk.self_harm", "выпила целую пачку, ахаха"),
    ],
)
def test_a_laugh_after_an_act_already_done_does_not_make_it_a_joke(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


def test_killing_oneself_after_the_stream_is_self_harm_not_a_threat(filt: RiskFilter) -> None:
    assert categories(filt, "gonna k1ll mys3lf after this stream") == {"risk.self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        # reported to the moderators
        "mods, someone is posting that garlic cures cancer, please remove",
        "someone on facebook says turmeric cures diabetes, can you address it",
        "reporté al de arriba que dice que el ajo cura el cáncer",
        "тут пишут что сода лечит рак, удалите",
        # a withdrawn or exposed study
        "that vaccines cause autism study was retracted years ago",
        "lo de que las vacunas causan autismo fue un fraude",
        "исследование, что прививки вызывают аутизм, отозвали",
    ],
)
def test_reported_and_debunked_claims_are_not_claims(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" not in categories(filt, text)


VEILED = [
    ("risk.threat", "pay me back by friday or it won't be pretty"),
    ("risk.threat", "accidents happen to hosts who lie about supplements"),
    ("risk.threat", "wait till you get to your car tonight, coach"),
    ("risk.threat", "coach 🔪 tonight"),
    ("risk.threat", "kill the streamer"),
    ("risk.threat", "been following that trainer home all week"),
    ("risk.threat", "te espero a la salida con unos compas"),
    ("risk.threat", "te seguí hasta tu casa ayer"),
    ("risk.threat", "заеду к вам разобраться с этим врачом"),
    ("risk.threat", "скоро поговорим по-другому"),
    ("risk.threat", "прослежу, чтобы этот врач больше никогда не работал"),
    ("risk.self_harm", "gonna stop taking my insulin, that's my plan"),
    ("risk.self_harm", "si dejo las pastillas del corazón me muero, eso quiero"),
    ("risk.self_harm", "перестану принимать лекарства, пусть быстрее"),
    ("risk.self_harm", "what dose of zolpidem is too much, asking for myself"),
    ("risk.self_harm", "¿cuántas pastillas de esas son demasiadas? pregunto por mí"),
    ("risk.self_harm", "какая доза снотворного опасна? спрашиваю для себя"),
]


@pytest.mark.parametrize(("category", "text"), VEILED)
def test_veiled_threats_and_self_harm_by_their_usual_shapes(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "should i double my insulin if i miss a dose? asking generally for my nursing class",
        "¿puedo tomar ibuprofeno con mi losartán? pregunta general",
        "можно мне пить нурофен с конкором? чисто теоретически",
    ],
)
def test_a_question_said_to_be_general_asks_no_advice(filt: RiskFilter, text: str) -> None:
    assert "risk.advice_request" not in categories(filt, text)


def test_a_general_disclaimer_does_not_hide_a_lethal_dose_question(filt: RiskFilter) -> None:
    assert "risk.self_harm" in categories(filt, "what is the lethal dose of my sleeping pills, asking generally")
