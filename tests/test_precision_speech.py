"""Advice requests and adverse events read by speech act: a purchase, a case supposed ahead, praise, a told joke,
a general statement or a cause denied is neither a request for advice on one's case nor a report of one."""

from __future__ import annotations

import pytest

from castguard.filters.adverse import AdverseFilter
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

NOT_ADVICE = [
    # shopping and paperwork
    "how do i get a prescription for my ozempic? through my own doctor?",
    "is there a generic version of my cholesterol med? mine is expensive",
    "can i order the bp monitor to my dad's address?",
    "cómo consigo receta para mi ozempic? con mi médico de cabecera?",
    "¿hay genérico de mi pastilla del colesterol? la mía es cara",
    "есть дженерик от моего холестерина? мой дорогой",
    "можно заказать тонометр на адрес папы?",
    # a side effect supposed before the medicine is started
    "if i get a cough on my enalapril is that normal? i start it next week",
    "si me da tos con el enalapril es normal? empiezo la semana que viene",
    "если появится кашель от моего эналаприла, это нормально? начну в понедельник",
    # praise of a product
    "my grandma's pill organizer helps her not double dose, recommend",
    "el pastillero de mi abuela le ayuda a no repetir dosis, lo recomiendo",
    # a joke told as a dialogue
    "— Что у вас болит? — Душа. — Это не к нам, это к психологу.",
    "—Doctor, ¿qué me pasa en el pulso? —Que mira el móvil toda la noche.",
]


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_what_asks_no_advice_on_ones_case_is_not_an_advice_request(risk: RiskFilter, text: str) -> None:
    assert "risk.advice_request" not in categories(risk, text)


STILL_ADVICE = [
    "can i take ibuprofen with my lisinopril?",
    "my legs hurt on the statin, should i stop it?",
    "puedo tomar ibuprofeno con mi enalapril?",
    "мне можно пить нурофен с моим бисопрололом?",
    "my bp is 170/100 after my amlodipine, what should i do?",
]


@pytest.mark.parametrize("text", STILL_ADVICE)
def test_a_question_about_ones_own_case_is_still_asked(risk: RiskFilter, text: str) -> None:
    assert "risk.advice_request" in categories(risk, text)


NOT_A_CASE = [
    # not taken yet
    "doc said dizziness can happen with bp meds, good to know before i start mine next month",
    "the pills arrived broken in the bottle, but i haven't taken any",
    "me dijeron que el enalapril da tos, empiezo la semana que viene",
    "сказали, что от эналаприла бывает кашель, начну со следующей недели",
    "si me sale alergia a un medicamento ¿qué hago?",
    # what a product does to anyone
    "paracetamol overdose damages the liver, keep your meds locked away",
    "la sobredosis de paracetamol daña el hígado, guardad bien los medicamentos",
    "передозировка парацетамола бьёт по печени, храните лекарства подальше",
    # the cause denied by the teller
    "my cousin says the vaccine gave her a fever but it was just a cold",
    "mi prima dice que la vacuna le dio fiebre pero fue un resfriado",
    "у сестры после прививки была температура, но это была простуда",
    # an idiom, a joke told as a dialogue
    "He swallowed the bitter pill of defeat and chased it with lemonade.",
    "—Doctor, no duermo nada con las pastillas. —Pues apague el móvil.",
]


@pytest.mark.parametrize("text", NOT_A_CASE)
def test_what_reports_no_case_is_not_an_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert "health.adverse_event" not in categories(adverse, text)


STILL_A_CASE = [
    "since starting metformin I've had constant diarrhea",
    "desde que tomo enalapril tengo tos seca",
    "после прививки у мамы поднялась температура",
    "my mom got a rash after her second dose of the shingles vaccine, but it was not a cold",
]


@pytest.mark.parametrize("text", STILL_A_CASE)
def test_a_report_of_a_case_is_still_one(adverse: AdverseFilter, text: str) -> None:
    assert "health.adverse_event" in categories(adverse, text)


METHOD_ASKED = [
    "which is less painful for me, pills or the bridge?",
    "would mixing my pills with alcohol make me fall asleep forever? that's what i want",
    "tengo 40 pastillas de propranolol, ¿son suficientes para acabar?",
    "si mezclo mis pastillas de la tensión con alcohol me quedo dormido para siempre?",
    "что менее больно для меня, таблетки или с моста?",
    "у меня 40 таблеток анаприлина, хватит чтобы всё закончить?",
]


@pytest.mark.parametrize("text", METHOD_ASKED)
def test_a_method_asked_for_ones_own_death_is_self_harm_not_advice(risk: RiskFilter, text: str) -> None:
    found = categories(risk, text)
    assert "risk.self_harm" in found and "risk.advice_request" not in found, found
