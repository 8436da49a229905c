"""Risk concepts beyond the phrasings of the first rules: other verbs, victims named by the act, veiled and
conditional threats, in English, Spanish and Russian; with the look-alikes each concept must leave alone."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from castguard.filters.speech import is_question
from tests.filter_helpers import msg


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


def categories(filt: RiskFilter, text: str) -> set[str]:
    return {f.category for f in filt.scan(msg(text))}


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
