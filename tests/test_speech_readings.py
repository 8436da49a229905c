"""Speech acts that tell a real statement from its look-alike: a laugh beside a wish to die, a health question that
asks no advice on one's own case, a method asked for one's death, and what is no adverse-event case, in EN/ES/RU."""

from __future__ import annotations

import pytest

from castguard.filters import risk_model
from castguard.filters.adverse import AdverseFilter
from castguard.filters.risk import RiskFilter
from castguard.filters.speech import context
from tests.filter_helpers import categories

SELF_HARM = "risk.self_harm"
ADVICE = "risk.advice_request"
ADVERSE = "health.adverse_event"


# ------------------------------------------------------------------------------ a laugh and a wish to d
@pytest.mark.parametrize(
    "text",
    [
        # hopelessness, a farewell or a plan beside the laugh: deflection, not a joke
        "honestly i'm done with life lol",
        "i want to die lol nobody would even notice",
        "ya no quiero vivir jajaja",
        "quiero morirme jaja, ya no puedo más con nada",
        "не хочу больше жить хаха",
        "хочу умереть ахах, никому я не нужна",
    ],
)
def test_a_laugh_beside_hopelessness_does_not_take_a_wish_to_die_back(risk: RiskFilter, text: str) -> None:
    assert SELF_HARM in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        # the wish is blamed on a nuisance: a cause, a repetition supposed, a preference, a mishap, a chore
        "this spin class makes me want to die lol",
        "if i have to sit through one more budget meeting i'll kill myself lol",
        "me quiero morir, se me quemó la cena jaja",
        "prefiero morirme antes que volver al gimnasio jajaja",
        "от этой рекламы хочется умереть ахах",
        "если ещё раз услышу этот джингл, убью себя хаха",
    ],
)
def test_a_laugh_beside_a_nuisance_takes_a_wish_to_die_back(risk: RiskFilter, text: str) -> None:
    assert SELF_HARM not in categories(risk, text)


def test_the_laugh_reading_is_its_own_flag() -> None:
    text = "this spin class makes me want to die lol"
    start = text.index("want to die")
    act = context(text, start, start + len("want to die"))
    assert act.joking and act.laughed_off
    text = "i want to die lol nobody would notice"
    start = text.index("want to die")
    act = context(text, start, start + len("want to die"))
    assert act.joking and not act.laughed_off


# ------------------------------------------------------------------------------ advice on no one's own
@pytest.mark.parametrize(
    "text",
    [
        # asked ahead of any case
        "what do i do if i get hives from the new antibiotic? just planning ahead",
        "¿qué hago si me sale urticaria con el antibiótico? pregunto por si acaso",
        "что делать, если появится сыпь от антибиотика? спрашиваю на всякий случай",
        # a case supposed of anyone, what the signs of something are
        "is it dangerous if a toddler chews one of my blood pressure pills?",
        "what are the signs of a lithium overdose? my brother takes it",
        "¿cuáles son los síntomas de una sobredosis de litio? mi hermano lo toma",
        "какие признаки передозировки лития? брат его пьёт",
        # care of medicines at home, a claim checked, the question called general, a population's norm
        "how should i dispose of my old painkillers?",
        "is it true beetroot juice can replace my blood pressure pills?",
        "¿es verdad que el jengibre sustituye a mis pastillas de la tensión?",
        "правда ли, что свёкла заменяет таблетки от давления?",
        "можно ли мне пить кофе с моими таблетками? вопрос общий",
        "what's the usual starting dose of melatonin for adults? mine is in the cupboard",
        # a question about an order, an effect asked before the product is taken, advice thanked
        "when will my order of magnesium ship? my pills ran out",
        "is it normal to feel dizzy after the shingles shot? i get it tomorrow",
        "my heartburn is gone since i switched pills, thanks for the advice last week",
        # a comparison of foods, whether everyone has it
        "is salmon better for cholesterol than tuna? i take statins",
        "¿el aceite de oliva es mejor que la mantequilla para el colesterol? tomo estatinas",
        "у меня отекают ноги от жары, это у всех так?",
    ],
)
def test_a_health_question_about_no_ones_own_case_asks_no_advice(risk: RiskFilter, text: str) -> None:
    assert ADVICE not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "took isotretinoin and just found out i'm pregnant, what now?",
        "tomé isotretinoína y me enteré de que estoy embarazada, ¿qué hago?",
        "принимала роаккутан и только узнала о беременности. что теперь?",
    ],
)
def test_a_pregnancy_found_out_on_a_medicine_is_a_report_not_a_request(
    risk: RiskFilter, adverse: AdverseFilter, text: str
) -> None:
    assert ADVICE not in categories(risk, text)
    assert ADVERSE in categories(adverse, text)


@pytest.mark.parametrize(
    "text",
    [
        "my bp is 170/100 on lisinopril, should i double the dose?",
        "¿puedo tomar ibuprofeno con mi enalapril? me duele la rodilla",
        "мне 60, давление 170 на 100, можно мне выпить две таблетки?",
    ],
)
def test_an_own_case_still_asks_for_advice(risk: RiskFilter, text: str) -> None:
    assert ADVICE in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "is it true beetroot juice can replace my blood pressure pills?",
        "what do i do if i get hives from the new antibiotic? just planning ahead",
        "можно ли мне пить кофе с моими таблетками? вопрос общий",
    ],
)
def test_the_model_reads_no_ones_own_case_as_the_rules_do(text: str) -> None:
    readable = risk_model.readable_copy(text)
    assert not risk_model.confirmed(text, ADVICE, "pills", readable=readable)


# ------------------------------------------------------------------------------ a method asked for one'
@pytest.mark.parametrize(
    "text",
    [
        "looked up how many of my sleeping pills it takes. i have enough now",
        "tengo 40 pastillas de propranolol, ¿con eso se para el corazón?",
        "сколько мне нужно вколоть инсулина, чтобы всё закончилось?",
        "¿cuántas pastillas de mi abuela necesito para que se acabe todo?",
        "voy a tomar todas mis pastillas esta noche, adiós",
    ],
)
def test_a_method_asked_for_ones_death_is_self_harm_not_advice(risk: RiskFilter, text: str) -> None:
    found = categories(risk, text)
    assert SELF_HARM in found and ADVICE not in found


@pytest.mark.parametrize(
    "text",
    [
        "which of my sleeping pills would be the most painless to overdose on",
        "tengo las pastillas delante y solo quiero saber si duele",
        "would my clopidogrel and aspirin be enough to bleed out",
    ],
)
def test_a_medicine_as_the_means_of_ones_death_is_no_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert ADVERSE not in categories(adverse, text)


# ------------------------------------------------------------------------------ no adverse-event case
@pytest.mark.parametrize(
    "text",
    [
        # the effect blamed on something else
        "my dad's hives were from the shellfish, nothing to do with his pills",
        "el mareo de mi madre no tiene relación con la pastilla, fue el calor",
        "сыпь у мамы от стирального порошка, таблетки тут ни при чём",
        # of childhood, of long ago, over now
        "penicillin gave me hives as a kid, i just tell every doctor",
        "a mi abuelo la warfarina le dio una hemorragia hace muchos años",
        "у дедушки в молодости была аллергия на пенициллин",
        "got a headache the first days on the new pill, now totally fine",
        "tuve fiebre con la vacuna, nada grave, ya pasó",
        # nothing but a trifle, heard or read, what a product does to anyone
        "zero side effects from my flu shot",
        "the pharmacist said nausea can be a side effect of metformin, good to know",
        "читала, что тяжёлые реакции на прививку очень редки",
        "ibuprofen is bad for the kidneys in big doses",
        "чем опасна передозировка ибупрофена?",
        "how many mg of naproxen is too much for adults? my back is killing me",
        # the effect's cause named, and it is no product
        "my shoulder hurts from lifting, took two ibuprofen",
        "me duele la espalda de cargar cajas, ya tomé paracetamol",
        "болит колено после тренировки, выпил ибупрофен",
        # a harm supposed, praise of relief, an effect asked before the product is taken
        "if this booster harms my son i will never trust you again",
        "this ointment cleared my eczema in three days, love it",
        "после прививки будет температура? делаю её завтра",
    ],
)
def test_what_is_no_adverse_event_case_stays_clean(adverse: AdverseFilter, text: str) -> None:
    assert ADVERSE not in categories(adverse, text)


@pytest.mark.parametrize(
    "text",
    [
        "since starting the new statin my legs ache all day",
        "desde que tomo la pastilla nueva tengo mareos",
        "после прививки у сына поднялась температура",
    ],
)
def test_a_case_is_still_an_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert ADVERSE in categories(adverse, text)
