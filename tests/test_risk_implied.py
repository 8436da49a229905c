"""Threats and self-harm that never name the act, in English, Spanish and Russian, and their look-alikes."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


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


WITHOUT_THE_WORD = [
    # an ultimatum and its consequence
    ("risk.threat", "cancel my bill by monday or you'll find out what I'm capable of"),
    ("risk.threat", "me pagan hoy o alguien de ustedes sale lastimado"),
    ("risk.threat", "верни деньги, или узнаешь, на что я способен"),
    # waiting outside
    ("risk.threat", "i'm waiting out front of your studio, you can't hide forever"),
    ("risk.threat", "te estamos esperando afuera del consultorio"),
    ("risk.threat", "встретимся у подъезда, доктор"),
    # people sent or hired
    ("risk.threat", "I know some guys who would happily break that coach's arms"),
    ("risk.threat", "mandé a mis primos a visitar tu farmacia"),
    ("risk.threat", "отправил пацанов навестить твой зал"),
    # followed, a weapon by slang, tampering
    ("risk.threat", "been following your car for two weeks and you never noticed"),
    ("risk.threat", "bringing my strap to the gala saturday"),
    ("risk.threat", "подсыплю кое-что в твой чай"),
    ("risk.threat", "voy a echarle algo raro a tu café"),
    # arson, an evacuation, a doom promised
    ("risk.threat", "a can of gas and your little pharmacy is gone"),
    ("risk.threat", "le prendemos fuego a tu consultorio"),
    ("risk.threat", "подпалю твою аптеку ночью"),
    ("risk.threat", "you will bleed for what you did"),
    ("risk.threat", "vas a sangrar, doctora"),
    ("risk.threat", "хана тебе, доктор"),
    # self-harm: affairs in order, a lethal amount asked, an overdose taken, treatment stopped
    ("risk.self_harm", "gave away my cat and paid off my debts, ready now"),
    ("risk.self_harm", "donde voy no las necesito, regalo mis cosas"),
    ("risk.self_harm", "раздаю книги, мне они больше не понадобятся"),
    ("risk.self_harm", "how many of my sleeping pills would stop my heart"),
    ("risk.self_harm", "cuántas pastillas para no despertar más"),
    ("risk.self_harm", "сколько таблеток, чтобы не проснуться"),
    ("risk.self_harm", "flushed my insulin on purpose so it ends faster"),
    ("risk.self_harm", "dejé de tomar las pastillas a propósito, quiero que termine"),
    ("risk.self_harm", "бросила лекарства специально, пусть всё закончится"),
    # a blade at hand, a burden no more, goodnight forever
    ("risk.self_harm", "the razor is next to me again"),
    ("risk.self_harm", "tengo la cuchilla en la mano"),
    ("risk.self_harm", "лезвие рядом, снова"),
    ("risk.self_harm", "soon I won't be anyone's burden anymore"),
    ("risk.self_harm", "buenas noches para siempre, chat"),
    ("risk.self_harm", "спокойной ночи навсегда, чат"),
]


@pytest.mark.parametrize(("category", "text"), WITHOUT_THE_WORD)
def test_an_act_that_never_names_itself_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


STORIES_AND_IDIOMS = [
    # a story or the news told
    "the film ends with the hero jumping off a bridge, I cried",
    "la noticia dice que el sospechoso del tiroteo fue detenido",
    "в новостях: подозреваемого в поджоге аптеки задержали",
    # a meeting for a photo, cooking, bath bombs, the day's pills, a break from social media
    "i'll be waiting outside the studio for a selfie with you after the show!",
    "te espero a la salida para la foto, doctora",
    "smash the garlic and beat the eggs, then fry",
    "the bath bombs at your pharmacy are so cute",
    "ya me tomé las pastillas del día",
    "me voy a desaparecer de las redes un mes",
    # a laugh after hyperbole that is not a plan told
    "if this queue gets any longer i'm walking into the sea lol",
    # "watch your back" in the gym
    "watch your back posture on deadlifts",
]


@pytest.mark.parametrize("text", STORIES_AND_IDIOMS)
def test_a_story_an_idiom_or_a_trade_word_is_left_clean(filt: RiskFilter, text: str) -> None:
    found = categories(filt, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found


OTHER_ORDERS = [
    # the concepts above in the word orders and forms writers use
    ("risk.threat", "it'd be a real shame if your brakes gave out on the highway"),
    ("risk.threat", "ojalá no le pase nada a tu farmacia, de verdad"),
    ("risk.threat", "тормоза откажут, и что тогда, доктор"),
    ("risk.threat", "your daughter goes to Jefferson Middle School, right?"),
    ("risk.threat", "tu hija sale sola del colegio, ¿verdad?"),
    ("risk.threat", "жена твоя одна по вечерам гуляет, да?"),
    ("risk.threat", "that was just a warning, the next one is you"),
    ("risk.threat", "eso fue solo una advertencia, doctora"),
    ("risk.threat", "это было только предупреждение"),
    ("risk.threat", "з4р3жу тебя после эфира"),
    ("risk.threat", "te v a m o s a q u e m a r la clínica"),
]


@pytest.mark.parametrize(("category", "text"), OTHER_ORDERS)
def test_a_concept_is_recognised_in_other_word_orders(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


def test_the_news_about_a_threat_is_not_one_but_a_threat_to_call_the_news_is(filt: RiskFilter) -> None:
    assert "risk.threat" not in categories(filt, "the news says the suspect who shot up the ER was arrested")
    assert "risk.threat" in categories(filt, "shooting up the ER tomorrow at noon, tell the news")


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "i know where you live, see you in chat"),
        ("risk.threat", "te voy a matar, nos vemos en los comentarios"),
        ("risk.threat", "я знаю где ты живёшь, увидимся в комментариях"),
        ("risk.harassment", "boomers in chat are too stupid to use the promo code"),
        ("risk.harassment", "ugly cow, smile for the photo"),
    ],
)
def test_a_pastime_beside_a_hit_clears_only_threats_and_self_harm_that_borrow_its_words(
    filt: RiskFilter, category: str, text: str
) -> None:
    """The chat or the comments named beside a threat are not a game; a photo beside abuse does not excuse it."""
    assert category in categories(filt, text)
