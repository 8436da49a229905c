"""Threats and self-harm recognised by wider classes, in English, Spanish and Russian.

The classes of the act are wider than before: verbs of beating and killing of many regions in their inflections
("i'll batter you", "os mataré", "вальну его"), a body part broken, harm told in the progressive, a consequence of harm
after a condition, a victim's whereabouts known with a menace beside it, a meeting after the show out of sight, veiled
formulas, a weapon acquired before a meeting, what someone takes adulterated, a place set to burn, a crowd called to a
place with arms. Self-harm: a decision with its day, means gathered, a firearm with a decision, a farewell made final,
affairs settled, a place of falling reached, a lethal outcome asked of one's own medicines, a wish to be dead,
hopelessness closed by a short ending, harm done now, ideation, last words, gone for good.

Each keeps its look-alikes clean: the same words in sport, shopping, posture advice, a fan meeting, a pick-up, a
thing broken or a file deleted, a warning to take care, a question about a medicine, a journey home. Despair and a
condition's negator no longer hide the act that follows them ("no puedo más, me voy a matar", "if u dont refund me ill
burn your store down"), while a negator of the act itself still does.
"""

from __future__ import annotations

import pytest

from castguard.filters import speech
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

THREATS = [
    # verbs of harm of many regions, in their inflections
    "i'll batter you after the stream",
    "i'm gonna glass that presenter",
    "we'll flatten every one of you",
    "i will hunt each one of you down",
    "i'll rearrange your face, doc",
    "gonna knock him out cold",
    "i'll put you in the ground",
    "os mataré a todos, doctores",
    "voy a matarte cuando salgas",
    "te voy a cagar a palos en la puerta",
    "le vamos a meter plomo a ese médico",
    "te rompo la jeta, farmacéutico",
    "eres hombre muerto, doctor",
    "вальну его после эфира",
    "пришью тебя, доктор",
    "набью тебе морду у выхода",
    "посажу тебя на перо",
    "дам тебе по морде при встрече",
    # a body broken, acid thrown
    "i'm going to snap both your wrists",
    "te voy a romper las dos piernas",
    "сломаю тебе челюсть",
    "оболью ей лицо кислотой",
    # harm in the progressive, the act alone
    "i'm torching your pharmacy tonight",
    "we're hunting the receptionist down after work",
    "kill u",
    "burn down the clinic",
    # a consequence of harm after a condition, a family said to be unsafe
    "if you cut my dose again someone at the front desk gets hurt",
    "pay me back or your kids pay",
    "your family won't be safe until i get my refund",
    "si me vuelven a negar la receta, alguien de la ventanilla acaba en el hospital",
    "tus hijos no estarán seguros hasta que me pagues",
    "если опять откажете, кто-то из персонала пострадает",
    "твои дети не будут в безопасности, пока не вернёшь деньги",
    # the victim's whereabouts known, with a menace beside it
    "your son walks home from school at 4 right? 👀",
    "i followed your car to the gym yesterday. next time i won't stay in mine",
    "lovely porch, doc. lock your doors",
    "tu hija sale sola del colegio a las tres, ¿verdad?",
    "bonito jardín, sería una pena que ardiera 😈",
    "проезжал мимо твоего дома, скоро зайду",
    "твоя дочка из садика одна ходит, да?",
    # a meeting out of sight, veiled formulas
    "i'll be waiting for you by the staff entrance tonight",
    "see you after the show doc 😈",
    "a la salida arreglamos tú y yo",
    "подожду тебя у служебного входа",
    "you messed with the wrong family",
    "something bad is going to happen to your clinic",
    "vas a recibir lo que te mereces",
    "ты ещё пожалеешь, доктор",
    "с твоей семьёй что-то случится",
    # a weapon acquired before a meeting, a visit with arms
    "sharpened the machete, see you at the fair",
    "ya afilé el cuchillo, nos vemos el domingo",
    "купил обрез, увидимся в субботу",
    "we're coming to the gala with bats",
    "vamos a la clínica armados el lunes",
    "приедем к тебе в офис с битами",
    # what someone takes adulterated
    "i'm gonna spike the free samples at the booth",
    "le voy a echar algo en las pastillas a la farmacéutica",
    "подмешаю кое-что в ваши витамины",
    # a place set to burn
    "your studio goes up in flames tonight",
    "quemo la farmacia si no me atienden",
    "ночью ваша аптека сгорит",
    # a crowd called with arms
    "everyone go to the clinic on main street with bats",
    "todos a la farmacia con piedras el viernes",
    "все к аптеке, берите арматуру",
    # regional formulas of doom and of being found
    "te tenemos ubicado, doctor",
    "vas a amanecer en una zanja",
    "мы тебя найдём",
    "заказывай гроб, доктор",
    "you'll be sleeping with the fishes",
    "i know people who can make you disappear",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_is_recognised_by_its_wider_class(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


SELF_HARM = [
    # a decision with its day
    "made up my mind. saturday",
    "ya lo he decidido, mañana",
    "я всё решила. завтра",
    # means gathered, with alcohol or whole
    "whiskey and all my sleeping pills, goodbye",
    "me voy a tomar el frasco entero",
    "вино и все мои таблетки, прощайте",
    "вколю себе весь инсулин",
    # a firearm with a decision
    "dad's pistol is in my drawer for when i finally do it",
    "tengo el revólver de mi abuelo, es mi plan",
    "ружьё в шкафу, мой план",
    # a farewell made final, affairs settled
    "goodbye chat, for good this time",
    "no me busquen",
    "не ищите меня",
    "wrote letters for my kids and left them on the bed",
    "ya escribí las cartas",
    "написала прощальную записку",
    # a place of falling reached, a blade in hand
    "sitting on the bridge railing right now, nobody around",
    "estoy sentada en la cornisa, nadie me ve",
    "стою на краю крыши",
    "razor in my hand right now",
    # a lethal outcome asked of one's own medicines
    "which of my heart pills would stop my heart",
    "¿cuántas de mis pastillas para dormir hacen falta para no despertar?",
    "какие из моих таблеток смешать, чтобы сердце остановилось",
    # a wish to be dead, worth more dead
    "i'm worth more dead than alive",
    "prefiero estar muerto que seguir así",
    "устала жить",
    # hopelessness closed by a short ending
    "lost everything. ending it",
    "ya no tiene sentido. adiós",
    "смысла нет. сегодня",
    # harm done now, an overdose on purpose
    "burning myself with a lighter again",
    "me corto otra vez los brazos",
    "снова себя режу",
    "took triple my dose on purpose",
    # ideation
    "i think about dying every single night",
    "pienso en quitarme la vida todos los días",
    "каждую ночь думаю о смерти",
    # last words, gone for good
    "forgive me for what i'm about to do",
    "díganle a mi hermana que lo siento",
    "скажите маме, что мне жаль",
    "after tonight nobody has to see me again",
    "nadie me volverá a ver",
    "никто меня больше не увидит",
    # despair does not negate the act after it
    "NO PUEDO MÁS, ME VOY A MATAR",
    "can't take it anymore i'm going to kill myself",
    "больше не могу, убью себя",
    # a Cyrillic word written with a one or a Latin i
    "я хочу уб1ть себя",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_recognised_by_its_wider_class(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


LOOKALIKES = [
    # sport and games
    "we're gonna flatten them in the final",
    "мы порвём всех на благотворительном забеге",
    "vamos a masacrarlos en el partido",
    # things broken, files deleted, programs run
    "lo romperé si se cae otra vez",
    "lo eliminaré del grupo",
    "voy a ejecutarlo en la terminal",
    # posture and warmth
    "watch your back posture on deadlifts",
    "береги спину при становой тяге",
    # a fan meeting, a pick-up
    "see you after the show doc, thanks for the tips!",
    "te veo a la salida del cole para el café",
    "увидимся после эфира, доктор, спасибо!",
    "я подожду у выхода, подруга, пойдём в кафе",
    # compliments, journeys, warnings with no menace
    "nice house btw, love the plants",
    "bonita casa, por cierto",
    "хорошая у тебя квартира",
    "drove past your clinic today, the new sign looks great",
    # medicine questions and advice
    "can i have wine with my meds?",
    "¿puedo tomar vino con mis pastillas?",
    # idle phrases with the same words
    "tired of living in this city",
    "устал жить в этом городе",
    "i'm checking out the new stream",
    "goodbye for now, see you tomorrow",
    "adiós, hasta mañana",
    # a negator of the act itself still negates it
    "i would never batter anyone",
    "no voy a matarte, tranquilo",
    "я тебя никогда не трону",
    # aphorisms and errands with the same words
    "tired of living alone with three cats",
    "don't come looking for me for help with the homework",
    "a los mosquitos hay que matarlos antes de que piquen",
    "в спортзале береги спину и колени",
    # a condition with a negator in it, when the act is the condition's
    "if i don't kill this workout i'll be sad",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_same_words_without_the_act_are_left_clean(risk: RiskFilter, text: str) -> None:
    found = categories(risk, text)
    assert "risk.threat" not in found
    assert "risk.self_harm" not in found


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("NO PUEDO MÁS me voy a matar", "me voy a matar"),
        ("can't take it anymore im going to kill myself", "im going to kill myself"),
        ("больше не могу убью себя", "убью себя"),
    ],
)
def test_despair_is_not_a_negation_of_what_follows(text: str, act: str) -> None:
    lower = text.lower()
    start = lower.index(act)
    assert not speech.context(lower, start, start + len(act)).negated


@pytest.mark.parametrize(
    ("text", "act", "negated"),
    [
        ("if u dont refund me ill burn your store", "ill burn your store", False),
        ("si no me devuelven el dinero quemo la farmacia", "quemo la farmacia", False),
        ("если не вернёшь деньги сожгу аптеку", "сожгу аптеку", False),
        ("if i don't kill you", "kill you", True),
        ("no te voy a matar", "te voy a matar", True),
        ("я не убью тебя", "убью тебя", True),
    ],
)
def test_a_condition_keeps_its_negator(text: str, act: str, negated: bool) -> None:
    start = text.index(act)
    assert speech.context(text, start, start + len(act)).negated is negated


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("planning how ill make the manager suffer", "ill make the manager suffer"),
        ("pensando en cómo voy a hacerle daño", "voy a hacerle daño"),
        ("думаю как я его накажу", "я его накажу"),
    ],
)
def test_a_gerund_before_the_writer_is_not_a_generic_subject(text: str, act: str) -> None:
    start = text.index(act)
    assert not speech.context(text, start, start + len(act)).generic


def test_smoking_still_kills_generically() -> None:
    text = "smoking will kill you"
    start = text.index("will kill you")
    assert speech.context(text, start, len(text)).generic


REGIONAL = [
    # English of many countries
    "i'll bash you outside the pub",
    "mi a go kill yuh",
    "i will break your bones",
    "you'll see pepper",
    # Spanish blows named by their weapon, and regional ways to kill
    "te voy a meter un cuchillazo",
    "le vamos a caer a tiros",
    "te voy a hacer boleta",
    # Russian with the body first, and the killers foretold
    "ноги тебе вырву",
    "башку оторву",
    "тебя грохнут",
    "кровью умоешься",
]


@pytest.mark.parametrize("text", REGIONAL)
def test_regional_words_of_harm_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "te voy a dar un abrazo enorme",
        "le di un golazo al portero",
        "le voy a dar de baja a la suscripción",
        "я тебе руки пожму",
        "i'll chin up and keep going",
    ],
)
def test_hugs_goals_and_subscriptions_are_not_blows(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)
