"""Threats and self-harm that never name the act, in English, Spanish and Russian, and their look-alikes."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import msg


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


def categories(filt: RiskFilter, text: str) -> list[str]:
    return [f.category for f in filt.scan(msg(text))]


IMPLIED = [
    # someone's routine or family watched, told to them (asked or smiled, it is still the menace)
    ("risk.threat", "you leave the back door of the studio at 6 every evening, same route, doc"),
    ("risk.threat", "spotted your truck at the gym this morning. would be a shame 🙂"),
    ("risk.threat", "your little girl walks home alone after school, right?"),
    ("risk.threat", "qué linda tu casa, ya la encontré, nos vemos pronto doctora"),
    ("risk.threat", "tus hijos van solos al colegio? cuídate"),
    ("risk.threat", "уютный у тебя двор, вчера мимо проходил"),
    ("risk.threat", "как там твой сын, всё в той же школе? береги его"),
    # an "accident" promised
    ("risk.threat", "be careful in that parking garage, people slip all the time"),
    ("risk.threat", "sería una lástima que a tu farmacia le pasara algo"),
    ("risk.threat", "с такими, как ты, случаются несчастные случаи"),
    ("risk.threat", "будет жаль, если с клиникой что-то случится"),
    # a car or a place harmed
    ("risk.threat", "your tires will be slashed by morning"),
    ("risk.threat", "something is gonna go boom in your lobby"),
    ("risk.threat", "tu camioneta amanece sin llantas mañana"),
    ("risk.threat", "твоя тачка сгорит этой ночью"),
    # a date set, an event that will not finish
    ("risk.threat", "two days left. mark your calendar"),
    ("risk.threat", "your fundraiser won't finish, trust me"),
    ("risk.threat", "tu evento no va a terminar, ya verás"),
    ("risk.threat", "до субботы, ты понял"),
    # a weapon brought, a doom told, a wish then offered, an ultimatum
    ("risk.threat", "see you at the meet and greet, me with my loaded pistol"),
    ("risk.threat", "te vas a morir hoy, presentador"),
    ("risk.threat", "ты сдохнешь, доктор"),
    ("risk.threat", "ojalá te mueras, y si no, lo hago yo"),
    ("risk.threat", "raise my copay again and you won't like what happens"),
    ("risk.threat", "no te va a gustar lo que va a pasar"),
    ("risk.threat", "тебе не понравится, что будет"),
    # self-harm: hopelessness with a leaving announced
    ("risk.self_harm", "nobody would notice anyway, I'm leaving for good tonight"),
    ("risk.self_harm", "i'm tired of fighting, ending it this weekend"),
    ("risk.self_harm", "ya no tiene sentido, esta noche me voy"),
    ("risk.self_harm", "больше не могу, сегодня всё закончу"),
    # a last message, a height, permission, a painless dose, slang
    ("risk.self_harm", "this is my last message, thank you all for everything"),
    ("risk.self_harm", "este es mi último mensaje, gracias por todo"),
    ("risk.self_harm", "это моё последнее сообщение, спасибо всем"),
    ("risk.self_harm", "i'm standing on the bridge, it's so quiet up here"),
    ("risk.self_harm", "estoy en la azotea, todo está tranquilo, ya estoy lista"),
    ("risk.self_harm", "стою на крыше, тут так тихо"),
    ("risk.self_harm", "is an overdose of sleeping pills painless?"),
    ("risk.self_harm", "gonna sewerslide tonight 🙃"),
    ("risk.self_harm", "всё, выпилюсь сегодня"),
]


@pytest.mark.parametrize(("category", "text"), IMPLIED)
def test_an_act_implied_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


SPELLED = [
    ("risk.threat", "i w i l l k i l l y o u doc"),
    ("risk.threat", "t e v o y a m a t a r"),
    ("risk.threat", "я т е б я у б ь ю"),
    ("risk.self_harm", "m e   v o y   a   m a t a r"),
    ("risk.self_harm", "х0чу ум3р3ть"),
    ("risk.threat", "т ы  т р у п"),
]


@pytest.mark.parametrize(("category", "text"), SPELLED)
def test_a_threat_spelled_out_letter_by_letter_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


LOOKALIKES = [
    # negated, quoted, hypothetical
    "I would never say your tires will be slashed, relax",
    "he wrote 'something is gonna go boom in your lobby', mods ban him",
    "nadie dijo que tu evento no va a terminar",
    "он написал «ты сдохнешь», забаньте его",
    # sports and games, photos, a fundraiser that takes off, weather, sleep
    "we're going to destroy them in the final on sunday",
    "les vamos a dar una paliza en la final del torneo",
    "разгромим их в финале турнира",
    "I'll shoot some photos of the gala for the newsletter",
    "voy a disparar unos retratos del equipo",
    "let's blow up the fundraiser, 20k to go",
    "давайте взорвём чат лайками",
    "me voy a morir con este calor, 42 grados",
    "going to sleep forever... until noon tomorrow",
    # a legal act with a veiled ending is the legal act
    "you'll pay for this in court, my lawyer has the file",
    "подам иск в суд, мало не покажется",
    # farewells for now, a last stream as a role
    "this is my last stream as a mod, moving to another job. love you all",
    "this is my last comment, gotta cook dinner, bye!",
    # routines and families told kindly
    "your kids are so cute, do they like the school?",
    "qué bonita tu casa, ¿dónde compraste esas cortinas?",
    # self-harm as a topic, and people pointed to help
    "what are the warning signs of self harm in teenagers?",
    "self harm is often about coping, not about dying",
    "если кто-то думает о суициде, позвоните на телефон доверия",
    "if anyone here is thinking about suicide please call 988, you matter",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_is_left_clean(filt: RiskFilter, text: str) -> None:
    found = categories(filt, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found


def test_a_report_ends_where_the_writer_speaks_in_a_clause_of_their_own(filt: RiskFilter) -> None:
    assert "risk.self_harm" in categories(filt, "they said I need dialysis, I'd rather overdose on my pills than that")
    assert "risk.threat" not in categories(filt, "he wrote, I will find you, mods please ban")


def test_the_better_business_bureau_keeps_its_name_in_an_obfuscated_message(filt: RiskFilter) -> None:
    # the leetspeak sends the message through the readable copy, where "BBB" once became "bb"
    assert "risk.legal" in categories(filt, "I wrote to the BBB about this cl1nic")
