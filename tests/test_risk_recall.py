"""Risk concepts beyond the phrasings of the first rules: other verbs, victims named by the act, veiled and
conditional threats, in English, Spanish and Russian; with the look-alikes each concept must leave alone."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from castguard.filters.speech import is_question
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


THREATS = [
    # an act that names its victim itself: no target word has to follow it
    "i'll snap your neck like a twig",
    "ill cave your skull in with a hammer",
    "keep talking and ill put you in the hospital",
    "i will end your life, mark my words",
    "im gonna slap the taste out of your mouth",
    "i'm gonna run that nurse over in the parking lot",
    "i'll make sure you never walk again nurse",
    # conditional and veiled
    "one more ban and i torch that studio with everyone inside",
    "after the stream ends im driving to your place and you're gonna regret every word",
    "watch what happens to your kids when you leave the building tonight",
    "someone is going to put a knife in that host and it might be me",
    "gonna pay the clinic a visit with my 12 gauge",
    # Spanish
    "voy a acabar contigo, maldita",
    "vas a terminar en una zanja",
    "cuando te encuentre te voy a ahorcar",
    "te voy a meter un balazo",
    "no vas a salir vivo de ese estudio",
    # Russian
    "я тебе ноги переломаю",
    "голову тебе оторву",
    "порежу тебя на куски",
    "мы сожжём твою студию",
    "ты у меня кровью харкать будешь",
    "тебе не жить, понял",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_in_other_words_are_found(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(filt, text)


THREAT_LOOKALIKES = [
    'he literally typed "i\'ll snap your neck" in my dms, mods please ban',
    "i'd never put you in the hospital, relax",
    "i'm gonna set this chat on fire tonight",
    "vamos a incendiar el chat esta noche",
    "зажжём этот чат сегодня вечером",
    "if i were a villain i'd burn the whole studio down",
    "we'll bury them today, the funeral is at noon",
    "cuando llegues a casa te voy a llamar",
    "me dijo que va a acabar contigo, ten cuidado",
    "он написал «голову тебе оторву», забаньте",
    "я бы никогда тебе ноги не переломал",
    "не переживай, тебе не жить в этом городе вечно",
]


@pytest.mark.parametrize("text", THREAT_LOOKALIKES)
def test_threat_lookalikes_are_clean(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    ["when i find you i'll end you", "cuando te encuentre te mato", "когда найду тебя, убью", "where you live i know"],
)
def test_a_subordinate_clause_without_a_mark_is_a_statement(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize("text", ["when is the next stream", "cuándo es el próximo directo", "когда следующий эфир?"])
def test_questions_that_open_with_when_still_ask(text: str) -> None:
    assert is_question(text)


HARASSMENT = [
    "@drmaya you're a brainless clown with a fake degree",
    "shut up you dumb cow",
    "what a braindead moron you are",
    "nobody wants to look at your ugly face, get off stream",
    "no one cares about you, you pathetic loser",
    "everyone here thinks you're a joke",
    "you look like a melted candle",
    "you should be ashamed to exist",
    "your voice grates, you talentless fraud",
    # Spanish
    "la presentadora es una tonta sin cerebro",
    "pedazo de idiota, no sirves para nada",
    "nadie te quiere aquí, payaso",
    "das asco, deberías dejar de transmitir",
    "tu cara da miedo",
    "eres patética",
    "vete a lavar platos, mujer",
    # Russian
    "ты никчёмная бездарность",
    "ты позор профессии, неуч",
    "никто тебя не любит, неудачник",
    "на тебя противно смотреть",
    "врачиха безмозглая, купила диплом",
    "овца тупая, молчи",
    "какая же ты мерзкая",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_insults_without_swear_words_are_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)


HARASSMENT_LOOKALIKES = [
    "i feel like a worthless piece of trash today",
    "he called her a pathetic loser, mods handle it",
    "what a waste of space that warehouse is",
    "nobody cares about the score, just have fun",
    "laugh and the world thinks you're an idiot",
    "el que tonto nace, tonto muere",
    "donde hay confianza, da asco",
    "qué ridículo fue ese partido",
    "no eres tonta, eres genial",
    "я сегодня такая тупая, забыла ключи",
    "ты не дура, ты молодец",
    "опытность - это убогая хижина",
    "если никто тебя не любит, заведи кота",
]


@pytest.mark.parametrize("text", HARASSMENT_LOOKALIKES)
def test_self_talk_proverbs_and_reports_are_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


SELF_HARM = [
    "i've got enough pills saved up to finally make it stop",
    "everyone would be happier if i was gone",
    "i'm a burden to everyone, it's time to go",
    "the bridge near my house is looking really tempting right now",
    "i relapsed and cut again last night",
    "i don't see the point in living anymore",
    "i can't keep living like this",
    "esta noche me tomo todas las pastillas",
    "no le encuentro sentido a la vida",
    "я устала жить",
    "смысла жить больше нет",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_hopelessness_burden_and_means_are_self_harm(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


SELF_HARM_LOOKALIKES = [
    "people got tired of living in a place called vespuccia",
    "my stream cut again, sorry chat",
    "me tomo las pastillas de la tensión cada mañana",
    "я устала от работы, пойду спать",
    "i'm a burden to my team in ranked lol",
]


@pytest.mark.parametrize("text", SELF_HARM_LOOKALIKES)
def test_self_harm_lookalikes_are_clean(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(filt, text)


CLAIMS = [
    "my aunt beat stage 4 cancer with nothing but carrot juice and prayer",
    "vitamin c megadoses wipe out the flu in a day",
    "doctors won't tell you this but baking soda dissolves kidney stones",
    "my supplement restores hearing loss in 30 days guaranteed",
    "autism is caused by the hep b shot at birth",
    "fluoride in tap water lowers your kids iq",
    "con bicarbonato te curas la diabetes en un mes",
    "el agua de mar cura la hipertensión",
    "el ajo sustituye a los antibióticos",
    "перекись водорода убивает все вирусы в крови",
    "чеснок заменяет антибиотики",
    "настойка мухомора излечивает онкологию",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claims_in_other_words_are_found(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" in categories(filt, text)


CLAIM_LOOKALIKES = [
    "my aunt beat stage 4 cancer after chemo, so proud of her",
    "does garlic clear up ear infections?",
    "говорят что сода лечит рак, это бред",
    "es mentira que el limón cure el cáncer",
    "vaccines don't cause autism",
]


@pytest.mark.parametrize("text", CLAIM_LOOKALIKES)
def test_claim_lookalikes_are_clean(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" not in categories(filt, text)


SCAMS = [
    "i can get you ozempic for half price, hit my telegram",
    "double your bitcoin in a day, send btc to this wallet",
    "need money fast? loans with no credit check, message me",
    "gana 5000 dólares a la semana desde casa, pregúntame cómo",
    "soy del equipo de soporte, necesito tu contraseña para verificar tu cuenta",
    "invierte 100 y recibe 1000 en 24 horas, garantizado",
    "tramadol y clonazepam a domicilio, mándame mensaje",
    "вложи 1000 рублей и получи 10000 через сутки",
    "удвою ваши биткоины за день, переводите на кошелек",
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_in_other_words_are_found(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" in categories(filt, text)


SCAM_LOOKALIKES = [
    "cuidado con los que venden pastillas sin receta",
    "самый безопасный способ удвоить свои деньги - сложить их вдвое",
    "never send your password to anyone claiming to be support",
    "my bank offered a loan with no credit check but i said no",
]


@pytest.mark.parametrize("text", SCAM_LOOKALIKES)
def test_scam_lookalikes_are_clean(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" not in categories(filt, text)


REPORTED_AND_HYPOTHETICAL = [
    ("risk.harassment", "quoting the message i got: you're a worthless piece of trash"),
    ("risk.medical_claim", "a user messaged me that garlic cures cancer, is that true"),
    ("risk.threat", "in my novel the killer says i know where you live"),
    ("spam.scam", "imagine if someone actually tried to sell xanax here"),
    ("risk.medical_claim", "mi vecino siempre dice que el ajo cura todo"),
    ("spam.scam", "supongamos que alguien vende ozempic sin receta aquí"),
    ("risk.threat", "en la película el malo dice que te va a matar"),
    ("risk.medical_claim", "моя бабушка всегда говорит что чеснок лечит рак"),
    ("risk.threat", "в фильме бандит говорит: я тебя убью"),
]


@pytest.mark.parametrize(("category", "text"), REPORTED_AND_HYPOTHETICAL)
def test_reported_fictional_and_hypothetical_lines_are_clean(filt: RiskFilter, category: str, text: str) -> None:
    assert category not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "imagine earning 5k a week from home, dm me",
        "what if i told you you can double your bitcoin in a day, dm me",
        "imagina ganar 5000 dólares a la semana desde casa, escríbeme",
    ],
)
def test_a_sales_pitch_that_opens_with_imagine_is_still_a_scam(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" in categories(filt, text)


def test_a_filler_word_before_a_spanish_statement_does_not_make_it_a_question() -> None:
    assert not is_question("bro tengo xanax sin receta, dm pa precios")
    assert not is_question("oye hay una bomba en la clínica")
    assert is_question("oye, ¿tengo que tomarla en ayunas?")


@pytest.mark.parametrize(
    "text",
    ["already poured gas around the back of the pharmacy. keep talking", "spilled some petrol behind your clinic"],
)
def test_a_fire_being_prepared_at_a_place_is_a_threat(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(filt, text)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "te meto un balazo si sigues"),
        ("risk.threat", "te parto la cabeza cuando salgas"),
        ("risk.threat", "te rajo la cara"),
        ("risk.harassment", "ojalá te mueras pronto"),
        ("risk.harassment", "muérete ya"),
        ("risk.harassment", "чтоб ты сдох"),
        ("risk.harassment", "сдохни, тварь"),
        ("risk.harassment", "i hope you die in a fire"),
    ],
)
def test_first_person_acts_and_death_wishes_in_every_language(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


@pytest.mark.parametrize(
    "text", ["ojalá se mueran los mosquitos del patio", "i hope you die laughing at this clip", "no te mueras de risa"]
)
def test_wishes_about_pests_and_laughter_are_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "someone needs to teach that nurse a lesson she won't forget"),
        ("risk.threat", "i'm coming for you and your whole family"),
        ("risk.threat", "you better hope we never meet in person"),
        ("risk.threat", "i have a bullet with your name on it"),
        ("risk.threat", "enjoy your last stream"),
        ("risk.threat", "say that again and you'll be eating through a straw"),
        ("risk.threat", "next time i see you, you're going in the ground"),
        ("risk.threat", "i will find out where you live and you will pay"),
        ("risk.self_harm", "tonight is the night i end everything"),
        ("risk.self_harm", "no one will miss me when i'm gone"),
        ("risk.self_harm", "i just want the pain to stop forever"),
        ("risk.self_harm", "i deserve to die"),
    ],
)
def test_veiled_threats_and_quiet_ideation_in_english(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


def test_deserving_to_die_said_of_oneself_is_self_harm_not_a_threat(filt: RiskFilter) -> None:
    assert "risk.threat" not in categories(filt, "i deserve to die")
    assert "risk.threat" in categories(filt, "you deserve to die, doc")


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.harassment", "ты вообще зачем эфиры ведёшь, бездарь"),
        ("risk.harassment", "убогая, кто тебя вообще пустил в эфир"),
        ("risk.harassment", "ты просто посмешище"),
        ("risk.harassment", "заткнись уже, никто тебя не спрашивал"),
        ("risk.harassment", "тебе только полы мыть, а не лечить"),
        ("risk.harassment", "eres la peor doctora que he visto"),
        ("risk.harassment", "qué asco de persona eres"),
        ("risk.harassment", "cállate ya, nadie te preguntó"),
        ("risk.harassment", "eres un chiste, das pena"),
        ("risk.harassment", "deberías estar limpiando casas, no dando consejos"),
        ("risk.threat", "я приду за тобой"),
        ("risk.threat", "я тебя достану, где бы ты ни была"),
        ("risk.threat", "sé en qué carro llegas, ten cuidado"),
        ("risk.threat", "un día de estos te agarro solo"),
    ],
)
def test_spanish_and_russian_insults_and_threats_in_other_words(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "берегитесь, овцы! у волков снова в моде овечьи шкуры",
        "неудачник, и перебирает подброшенные ему гроши",
        "el que tonto nace, tonto muere",
        "qué asco de tráfico hoy",
        "eres la mejor doctora que he visto",
    ],
)
def test_a_word_of_abuse_in_a_proverb_or_praise_is_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)
