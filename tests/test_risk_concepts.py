"""Threats, self-harm and harassment are found by the concept they are an instance of, in English, Spanish and
Russian, and the same words in a quotation, a negation, an idiom, a hypothetical or everyday talk are left alone."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.normalize import deobfuscate
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories, msg


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


HARASSMENT = [
    # a group's people called dirty or lazy (the same nationality naming a thing is a look-alike below)
    "the chinese are dirty",
    "mexicans are lazy",
    # a person likened to an animal or a monster
    "the host looks like a pig in that outfit",
    "la presentadora parece una vaca",
    "pareces un mono con esa camisa",
    "ведущая похожа на свинью",
    "ты как обезьяна, честное слово",
    # a body part with a degrading word, or "with a face like that"
    "look at her nose lmao",
    "con esa cara deberías quedarte en casa",
    "у неё ноги кривые и жопа толстая",
    "с такой рожей только в цирке выступать",
    # sexual comments and orders about the host
    "show us your tits",
    "enséñanos las tetas, doctora",
    "раздевайся, красотка",
    "я бы её трахнул",
    # an insult after "shut up"
    "shut up you ugly hag",
    "cállate, gorda asquerosa",
    "заткнись уже, жирная корова",
    # worthlessness and comparative insults
    "you're a disgrace to medicine",
    "tienes cerebro de mosquito",
    "ты тупее пробки",
    "ты отброс общества",
    # a group degraded or likened to vermin, or wished ill
    "immigrants are like rats, they spread everywhere",
    "los gordos se lo buscaron, que se mueran",
    "все таджики грязные",
    "старики сами виноваты, лечить не надо",
    # a person's "place"
    "tu lugar es la cocina",
    "бабе место на кухне",
    # a disability, an accent or a faith met with scorn
    "why let a stutterer host the show, painful to listen",
    "¿por qué ponen a un tartamudo a presentar?",
    "инвалид на коляске ведёт фитнес, позор",
    "выучи сначала русский",
    # a masked slur, and words spelled out letter by letter
    "another tr*nny teaching yoga",
    "этот х*ч ещё и лечить нас будет",
    "u g l y   f a t   c o w",
    "т о л с т а я   с в и н ь я",
]

SELF_HARM = [
    # tired of living, never born
    "i'm so tired of existing",
    "estoy harta de vivir",
    "лучше бы я не родилась",
    "i wish i'd never been born",
    # a farewell read after the fact, a farewell asking forgiveness
    "by the time you read this i'll be gone",
    "cuando lean esto ya no estaré",
    "когда вы это прочитаете, меня уже не будет",
    "perdónenme por lo que voy a hacer",
    # lethal heights and doses
    "how many tylenol would it take",
    "qué altura necesita un puente para morir",
    "с какого этажа надо прыгнуть, чтобы наверняка",
    # the act in the first person, a split clitic, the object first
    "me voy a suicidar esta noche",
    "pienso en tirarme del balcón",
    "сегодня я себя убью, решено",
    "думаю выйти в окно",
    # harm being done now
    "sigo lastimándome los brazos",
    "me hago daño para sentir algo",
    "режу себе руки каждый день",
    # nobody would notice, the burden gone
    "nadie notaría si me muero",
    "никто не заметит, если я исчезну",
    "my family would be relieved if i was gone",
    "я только обуза",
    # medicine stopped on purpose, a rope bought
    "dejé la insulina a propósito",
    "специально бросил пить таблетки",
    "ya compré la cuerda",
    # what to mix to die, harm until it bleeds, belongings given away
    "which meds mixed together would stop my heart painlessly",
    "¿qué mezclar para morir sin dolor?",
    "подскажите, что смешать, чтобы умереть",
    "me rasqué los brazos hasta sangrar otra vez",
    "снова расцарапала себе руки до крови",
    "gave away all my stuff, won't be needing it",
    "раздала все вещи, они мне больше не понадобятся",
]

THREATS = [
    # "it would be a shame if", paying with one's life
    "would be a shame if your pharmacy caught fire one night",
    "como le pase algo a mi madre, lo pagas con tu vida",
    "жизнью заплатишь, обещаю",
    # careful going home, accidents happen to people like you
    "your wife should be careful driving home tonight",
    "a los médicos mentirosos les pasan accidentes",
    "этой медсестре лучше не выходить одной вечером",
    # one by one, a fate foretold
    "every single one of you shills will be dealt with, one by one",
    "esa doctora va a terminar en una zanja",
    "этого ведущего скоро найдут в лесу",
    "всех ваших врачей перережу по одному",
    # arriving armed, breaking everything, poison
    "i'm coming to the gala with a loaded glock",
    "o me atienden hoy o voy y rompo todo el consultorio",
    "подсыплю яд в ваши витамины",
    # knowing a routine, a day and a place
    "i know what time your shift ends",
    "sé a qué hora sales del hospital",
    "знаю, в какой школе учится твой сын",
    "friday 6pm, main entrance. you'll see",
    "в пятницу у вашего офиса, готовься",
    # a question whose answer is the threat
    "do you know how easy it is to find your address?",
    "¿sabes lo fácil que es encontrarte?",
    "как думаешь, сколько охраны тебе хватит?",
    # a plan told, waiting at the exit
    "already bought the ammo. see you at the gala",
    "alguien debería darle una lección al doctor, y ese voy a ser yo",
    "я подожду у выхода после эфира",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_abuse_is_found_by_its_concept(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_found_by_its_concept(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


@pytest.mark.parametrize("text", THREATS)
def test_threats_are_found_by_their_concept(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(filt, text)


LOOKALIKES = [
    # the speaker about themselves, a pet, praise, a compliment
    "i look like a potato today lol",
    "my dog eats like a pig",
    "she looks like a model in that dress",
    "haha my trainer is a monster, love her",
    "eres como mi hermana",
    "она похожа на маму",
    "с такой фигурой можно и в модели",
    "pareces cansada hoy, doctora",
    # everyday orders and comments on a workout
    "shut up and take my money",
    "покажи упражнение ещё раз",
    "muéstranos el ejercicio otra vez",
    "i'd smash my keyboard if the lag continues",
    # reported, not said
    "reported the guy who told the nurse to go back to her country",
    # tired of a city, the last message before dinner, effort, a haircut, carbs
    "i'm tired of living paycheck to paycheck",
    "this is my last comment, gotta cook dinner, bye!",
    "killing myself with these stairs every morning",
    "estoy harta de vivir en esta ciudad",
    "me corto el pelo mañana",
    "en definición estoy cortando carbohidratos",
    "me voy a colgar de la línea un rato",
    "устал жить в этом городе",
    "сегодня мой последний день отпуска",
    "хочу, чтобы всё закончилось хорошо",
    "никто не заметит, если я уйду пораньше с эфира",
    # dosing questions, a recovered past
    "how many mg of ibuprofen does it take to help a headache?",
    "cuántas pastillas necesito al día para la presión?",
    "hace años pensé en suicidarme, hoy estoy bien gracias a la terapia",
    # paying, suing, sports
    "вы за это ответите в суде",
    "you will pay $10 for shipping",
    "i find you very convincing, doc",
    "i'd rather die than sing karaoke lol",
    "prefiero morir de pie que vivir arrodillado",
    "which meds can be taken together safely?",
    "bought some ammo for the range this weekend",
    "я подожду у выхода, подруга, пойдём в кафе",
    # a nationality that names a thing, not its people
    "the chinese restaurant near me is dirty",
    "the chinese takeout smells amazing",
    "mexican food is dirty cheap lol",
    "el restaurante chino de mi barrio está sucio",
    "китайский ресторан рядом грязный",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_same_words_in_everyday_talk_are_left_alone(filt: RiskFilter, text: str) -> None:
    assert not categories(filt, text) & {"risk.threat", "risk.self_harm", "risk.harassment"}


SPEECH_ACTS = [
    # quotation and reporting
    'mods, he wrote "the host looks like a pig", ban him',
    'alguien escribió "pareces un mono", baneadlo',
    "он написал «ты как обезьяна», забаньте его",
    # negation
    "i would never say the host looks like a pig",
    "nunca diría que la presentadora parece una vaca",
    # hypothetical
    "if someone said the host looks like a pig i'd ban them",
    "si alguien dijera que pareces un mono, lo banearía",
    "если кто-то напишет «ты как обезьяна», я его забаню",
]


@pytest.mark.parametrize("text", SPEECH_ACTS)
def test_quoted_negated_and_hypothetical_abuse_is_left_alone(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


SUPPOSED_SPEECH = [
    "if anyone writes i'll kill you in chat, ban them on sight",
    "si alguien escribe te voy a matar, baneadlo",
    "если кто-то напишет «я тебя убью», сразу баньте",
]


@pytest.mark.parametrize("text", SUPPOSED_SPEECH)
def test_someone_elses_words_supposed_are_not_a_threat(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(filt, text)


def test_words_spelled_out_letter_by_letter_read_with_one_space_between_them() -> None:
    norm = deobfuscate("u g l y   f a t   c o w")
    assert norm.text == "ugly fat cow"
    # Every character of the readable copy still points at the original text.
    assert [norm.origin[i] for i in (0, 5, 9)] == [0, 10, 18]


def test_an_abuse_span_points_at_the_original_spelled_out_words(filt: RiskFilter) -> None:
    text = "lol u g l y   f a t   c o w"
    found = [f for f in filt.scan(msg(text)) if f.category == "risk.harassment"]
    assert found and text[found[0].start : found[0].end] in ("u g l y   f a t   c o w", "f a t   c o w")
