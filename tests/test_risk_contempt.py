"""Contempt aimed at a person without an insult word, in English, Spanish and Russian.

A professional's competence belittled, a viewer dismissed, a crowd's verdict on a viewer, a body part mocked by
comparison, a voice, an accent, a stutter or a disability mocked, an identity said to unfit someone for patients,
sexual remarks about the host or staff, and worth denied are harassment; each is a class of predicate aimed at a
role, a second person or an @handle. The same words about a thing, a compliment or one's own tiredness are not.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

CONTEMPT = {
    "a professional's competence belittled": [
        "that pharmacist can't even count pills, what a joke",
        "the surgeon probably got his diploma out of a vending machine",
        "the receptionist is only there for her smile",
        "clueless nurse can't even take a pulse",
        "la dentista no sabe ni limpiar un diente",
        "ese fisio está ahí solo por su cara bonita",
        "тренерша даже планку держать не умеет",
        "этот врач купил диплом в переходе",
    ],
    "a viewer dismissed": [
        "@old_pete nobody wants your life story, log off",
        "@rita_b you type like a toddler, go back to school",
        "@sergio nadie te preguntó, cállate",
        "никому здесь не интересно, вали",
    ],
    "a crowd's verdict on a viewer, a crowd sent to report one": [
        "@ken_j you are the reason this chat sucks, everybody agrees",
        "todos a denunciar a @marco_fit",
        "@oleg из-за тебя в чате тошно, все так считают",
    ],
    "a body part mocked by comparison": [
        "the coach's neck has more rolls than reps lol",
        "your forehead deserves its own time zone",
        "el presentador tiene más papada que seguidores",
        "у тренера больше подбородков чем подписчиков",
    ],
    "speech, accent or disability mocked": [
        "the guest talks like a robot, unbearable",
        "aprende a hablar español primero, doctora",
        "ведущая говорит как робот, пусть молчит",
    ],
    "an identity said to unfit someone for patients": [
        "the nurse in a hijab shouldn't be allowed near patients",
        "el médico de turbante que no toque a nadie... que no toque pacientes",
        "врач в хиджабе ничего не понимает",
    ],
    "sexual remarks about the host or staff": [
        "i'd love a private session with the trainer in my bed",
        "quiero una clase privada con la profe en mi cama",
        "хочу индивидуальное занятие с тренершей у меня дома в постели",
    ],
    "worth denied": [
        "от тебя тошнит, уходи",
    ],
    "looks that should be hidden, an age sent away, a group barred from a field": [
        "with that nose you really shouldn't laugh on camera",
        "с таким носом тебе лучше не показываться",
        "at her age she should be in a care home",
        "в вашем возрасте место на пенсии... нет, в вашем возрасте пора в богадельню",
        "бабам в хирургии не место",
        "голосок писклявый, уши болят",
        "menuda pinta de borracho tiene el presentador",
        "esa chiflada tendría que estar internada",
    ],
    "a stutter mocked": [
        "d-d-d-doctor c-c-can't even t-t-talk lmao",
        "t-t-tartamudo, ni hablar sabe",
    ],
}

CLEAN = [
    # a thing mocked, not a person
    "my phone can't even hold a charge, what a joke",
    "esta app no sabe ni guardar una foto",
    "меня тошнит от этой жары",
    # a compliment, a wish, a question about a guest
    "the guest looks like she had a great holiday",
    "nobody asked me, but I loved this episode",
    "la invitada habla como una profesional",
    "с такими ногами можно бегать марафоны",
    "at your age you should try yoga",
    # a proverb or advice with "пусть молчит"
    "Тот, кто совершил благодеяние, пусть молчит.",
    "Ты ничего не понимаешь, если говоришь любимой женщине: «Пойми!».",
    # a refusal that is not aimed at anyone; a thing, or a chatbot scolded, is not worthless abuse
    "no vale la pena discutir",
    "este cable no sirve para nada",
    "no sirves para nada",
    # a stutter spelled out in a song or a story, no one mocked
    "You keep it cool when it's t-t-tight",
    "she said s-s-so cold outside and shivered",
]


@pytest.mark.parametrize(("concept", "text"), [(c, t) for c, texts in CONTEMPT.items() for t in texts])
def test_contempt_aimed_at_a_person_is_harassment(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.harassment" in categories(risk, text), concept


@pytest.mark.parametrize("text", CLEAN)
def test_the_same_words_about_things_compliments_and_proverbs_are_not(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "mods, someone said nobody wants my stories, log off, please remove them",
        'he wrote "that nurse can\'t even take a pulse", ban him',
    ],
)
def test_contempt_reported_to_the_moderators_is_not_the_writers(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)
