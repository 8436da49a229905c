"""Threats and self-harm recognised by the class of the act, not by a listed phrase, in English, Spanish and Russian.

A threat is any verb of killing, wounding, burning or blowing up after any form of intent, aimed at a person, a
family, a pet or a place; someone else told to do it; harm wished on someone by an agent or foretold in the passive;
a device set to go off. Self-harm is one's heart wished to stop, treatment stopped so that death comes, means kept
for it, the dead one wants to join, being found by one's family, hopelessness beside an ending. Each keeps the
speech-act vetoes: negated, reported, hypothetical, generic, idiomatic or playful uses are left clean.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


THREATS = [
    # the act of harm as a class, after any form of intent
    "let's strangle the receptionist when she locks up",
    "i'm coming to poison your whole family",
    "someone is going to cripple that coach",
    "i promise i'll hunt down every one of you",
    "we finna torch your pharmacy",
    "next time i'll make the nurse bleed",
    "te vamos a ahorcar en la entrada, doctor",
    "voy a envenenarte el café, farmacéutica",
    "o le doy una paliza al entrenador o no me llamo Juan",
    "задушу тебя своими руками, доктор",
    "твою аптеку сожгу вместе с товаром",
    "закопаю этого тренера, клянусь",
    # someone else told to do it
    "somebody go and stab the host after the show",
    "que alguien le dé una paliza al presentador",
    "отпиздите ему морду, он это заслужил",
    # violence wished on someone by an agent
    "i hope somebody shoots you in the parking garage",
    "ojalá te apuñalen al salir del estudio",
    "чтоб тебя пырнули у подъезда",
    # harm foretold in the passive, and no one safe
    "that nurse is going to be found in the river",
    "no one at your clinic is going to be safe on monday",
    "vas a salir del estudio en ambulancia",
    "el doctor será ejecutado el lunes",
    "его вынесут из студии вперёд ногами",
    "живым оттуда не выйдет, обещаю",
    # a device set to go off, fire opened
    "the box under the stage goes off at 9",
    "i'm going to open fire at the health fair",
    "el paquete explota a las cinco",
    "открою огонь прямо на празднике",
    "коробка в холле рванёт во время эфира",
    # menace formulas with a negation of their own
    "you'll never see it coming, doc",
    "no sabes con quién te metiste, doctora",
    "тебе не поздоровится, ведущий",
    # ultimatums: a demand or a provocation, then its consequence
    "answer my emails or else, doc",
    "keep ignoring me and see what happens",
    "o me das la receta o te arrepentirás",
    "vuelve a bloquearme y verás",
    "верните деньги или пожалеете",
    "только попробуй ещё раз и тебе конец",
    # a see-you with a weapon beside it
    "see you tonight doc 🔪",
    "nos vemos mañana 🔪",
    "до скорой встречи 🔪",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_is_recognised_by_the_class_of_its_act(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(filt, text)


SELF_HARM = [
    # one's heart wished to stop
    "i pray my heart just stops tonight",
    "ojalá el corazón se me pare mientras duermo",
    "вот бы сердце остановилось прямо сейчас",
    # treatment stopped so that death comes
    "quit taking my insulin so it can take me",
    "dejé la insulina a propósito",
    "перестала принимать таблетки специально",
    # means kept, asked to be enough
    "saved up my sleeping pills for when i'm ready",
    "are these 30 tablets enough to not wake up",
    "¿bastan veinte pastillas para no despertar?",
    "коплю снотворное уже месяц",
    # joining the dead, being found
    "my wife died last year and i'm going to join her",
    "murió mi madre y me quiero ir con ella",
    "после смерти мужа хочу к нему",
    "my roommate will find me in the morning",
    "mi hermana me va a encontrar mañana",
    "соседи найдут меня утром",
    # hopelessness beside an ending
    "nobody would miss me, this is goodbye",
    "ya no puedo más, esta noche se acaba",
    "я обуза, прощайте",
    # harm being done now
    "my arms won't stop bleeding",
    "me vuelvo a cortar cada noche",
    "снова порезала себе руки",
    # harm hidden or measured
    "where should i cut so nobody notices",
    "¿dónde me corto para que no se note?",
    "где резать, чтобы не было видно",
    "llevo tres noches quemándome",
    "снова прижигаю себя сигаретой",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_recognised_without_the_usual_words(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


LOOKALIKES = [
    # negated
    "i would never strangle anyone, i'm a nurse",
    "nunca le daría una paliza a nadie",
    "я бы никогда не задушил человека",
    # reported or quoted
    "he wrote 'i'll poison your family', mods please ban him",
    "alguien escribió «te vamos a ahorcar», banéenlo",
    "он написал «задушу тебя», забаньте",
    # hypothetical
    "imagine if someone hunted down every one of you in a movie",
    "en la película el malo le dice al doctor que lo va a ahorcar",
    "в фильме герой говорит «открою огонь»",
    # generic statements and idioms
    "smoking is going to cripple your lungs",
    "this heat is going to kill me",
    "me muero de risa con este directo",
    # games and sports
    "let's hurt their chances in the second half, go team",
    "vamos a romper la meta de donaciones",
    "мы порвём всех на забеге",
    # an ultimatum that is a sales pitch, a question or a kindness
    "try the new flavour, you will not regret it",
    "pruébalo y verás qué diferencia",
    "попробуй и увидишь разницу",
    "see you soon doc 🍪",
    # fireworks, work, a benign leaving
    "the fireworks go off at 9 after the gala",
    "no puedo más con este calor, me voy a la playa para siempre jaja",
    # a recovered past and help offered
    "i used to cut, two years clean now",
    "if you're thinking of stopping your meds to die, please call 988",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_of_a_harm_class_is_left_clean(filt: RiskFilter, text: str) -> None:
    found = categories(filt, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found


OBFUSCATED = [
    ("risk.threat", "i will k.i.l.l. y.o.u. doc"),
    ("risk.threat", "уб1ю тебя д0ктор"),
    ("risk.self_harm", "уб1ю себя после стрима"),
    ("risk.self_harm", "gonna u n a l i v e tonight"),
]


@pytest.mark.parametrize(("category", "text"), OBFUSCATED)
def test_a_dotted_word_a_russian_soft_sign_as_a_digit_and_spelled_slang_are_read(
    filt: RiskFilter, category: str, text: str
) -> None:
    assert category in categories(filt, text)


FORETOLD_THREATS = [
    # a death foretold to the reader, someone coming after them
    "the host will die slowly, mark my words",
    "that surgeon won't live to see christmas",
    "no vas a llegar vivo a fin de mes, doctor",
    "не доживёшь до понедельника, ведущий",
    "if the lab loses my results again i will come for you",
    "voy a ir por ti cuando acabe el directo",
    "приду за тобой после эфира",
    # a child taken, a crew hired
    "gonna snatch your daughter at the bus stop",
    "me voy a llevar a tu hija del colegio",
    "украду твоего сына, тогда поймёшь",
    "hired a couple of guys to wait for the nurse after her shift",
    "les pagué a unos pibes para que te esperen en la salida",
    "заплатил пацанам, они встретят тебя вечером",
    # a weapon made ready or named for them
    "got a machete with your name on it",
    "el machete ya está afilado para cuando salgas",
    "топор уже наточил, жду у подъезда",
    # an event ending in blood, a volunteer for a punishment
    "the 10k will end in a bloodbath",
    "la gala va a terminar en tragedia",
    "этот марафон закончится кровью",
    "that pharmacist deserves a bullet and i'll deliver",
    "ese médico merece un tiro y yo se lo doy",
    "всех этих фармацевтов надо перестрелять, и я начну",
    # being followed, a shame if someone broke them
    "i was following you all week, nice gym",
    "te estuve siguiendo desde el lunes",
    "жаль будет, если кто-то порежет это личико",
]


@pytest.mark.parametrize("text", FORETOLD_THREATS)
def test_a_threat_foretold_hired_or_prepared_is_recognised(filt: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(filt, text)


SELF_HARM_MORE = [
    # death preferred to a trouble, worth more dead
    "lost my job, the only way out is the rope",
    "prefiero matarme antes que contarles a mis papás",
    "выход только один — с моста",
    "the life insurance pays more than i'm worth alive",
    # means made ready for oneself, a note
    "bought rope this morning, learning the knot tonight",
    "my gun is cleaned and ready, for me not them",
    "finished my suicide note, sorry everyone",
    "ya escribí una carta para mis hijos",
    # a method measured
    "how long would it take to bleed out",
    "¿cuánto tarda uno en desangrarse?",
    "как безболезненно уйти из жизни",
    # harm now, hoarding, following the dead
    "my thighs are covered in fresh cuts",
    "tengo muchas ganas de hacerme daño",
    "очень хочется сделать себе больно сейчас",
    "been hoarding my oxy for the right moment",
    "guardé las que tenía para el final",
    "since my brother died i've been planning to follow him",
]


@pytest.mark.parametrize("text", SELF_HARM_MORE)
def test_self_harm_prepared_measured_or_done_now_is_recognised(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


MORE_LOOKALIKES = [
    # a death foretold that is generic, a hobby or news
    "smokers will die slowly if they don't quit",
    "I've been watching you since season one, love the show",
    "my son would rather die than be seen with me at the mall",
    "a rope with your name on it for the climbing class, coach",
    "the party will end in a bloodbath of confetti, haha",
    # means and notes that are not an ending
    "bought rope for the hammock, found a good tree",
    "wrote a note to the teacher about the field trip",
    "ya escribí la carta a los Reyes Magos",
    "how long does a tattoo take to heal?",
    "все уже решено на пятницу: идём в кино",
]


@pytest.mark.parametrize("text", MORE_LOOKALIKES)
def test_a_look_alike_of_a_foretold_or_prepared_act_is_left_clean(filt: RiskFilter, text: str) -> None:
    found = categories(filt, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found


DECIDED = [
    ("risk.threat", "we'll meet after the gala whether you like it or not"),
    ("risk.threat", "paso por tu casa esta noche, quieras o no"),
    ("risk.threat", "приеду к тебе, нравится тебе или нет"),
    ("risk.threat", "next time it's you, not your car"),
    ("risk.threat", "la próxima vez eres tú, doctora"),
    ("risk.threat", "в следующий раз будешь ты"),
    ("risk.self_harm", "if the chemo fails i'm done with life"),
    ("risk.self_harm", "si no me dan el trasplante me quito de en medio"),
    ("risk.self_harm", "если не вылечат, жить дальше не буду"),
    ("risk.self_harm", "downed all my pills from the medicine cabinet"),
    ("risk.self_harm", "ya estoy lista, voy a hacerme daño esta noche"),
    ("risk.self_harm", "только что наглоталась все таблетки"),
]


@pytest.mark.parametrize(("category", "text"), DECIDED)
def test_a_forced_meeting_or_a_decided_ending_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


DECIDED_LOOKALIKES = [
    "one last song before i go to bed",
    "un último café antes de irme al trabajo",
    "quítate de en medio que no veo la pantalla",
    "hit the gym whether you like it or not, your heart will thank you",
    "последнюю песню перед уходом на перерыв",
]


@pytest.mark.parametrize("text", DECIDED_LOOKALIKES)
def test_a_look_alike_of_a_decided_ending_is_left_clean(filt: RiskFilter, text: str) -> None:
    found = categories(filt, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found
