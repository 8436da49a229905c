"""Scams, medical claims, legal threats and advice requests found by what the viewer does, in three languages.

A scam asks the viewer to pay the writer, pay a fee, multiply money, buy without a doctor, sign in at a
link or move to a private channel; a claim has any subject curing a condition, a treatment blamed or
called poison, a disease called invented; a legal threat is a lawsuit, counsel or a regulator in any
tense; an advice request is about the viewer's own device, procedure, condition or lab value. Each has
look-alikes that stay clean: reports to the moderators, someone else's words, general questions.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.adverse import AdverseFilter
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories, msg


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


SCAMS = [
    # money to the writer's own account or gift cards
    "the charity link is broken, just send the money to my venmo and I'll pass it on",
    "buy two amazon gift cards and send me the codes, the clinic will refund you",
    "manden su aporte a mi cuenta personal, yo se lo entrego a la fundación",
    "скидывайте деньги на мою карту, я передам врачам",
    # a fee to receive a prize
    "you were chosen for a free glucometer, just pay the $7 shipping fee to receive it",
    "ganaste una báscula, solo paga el envío y te llega mañana",
    "вы выиграли тонометр, оплатите только доставку",
    # money multiplied
    "send $100 and get $700 back by friday, ask anyone in my group",
    "invierte 300 euros y recibe 1500 en una semana",
    "вклад под 40% в месяц, пишите",
    # sold without a doctor
    "semaglutide pens, no doctor visit needed, telegram me",
    "antidepresivos sin receta médica, escríbeme por whatsapp",
    "трамадол без рецепта, доставка курьером",
    # signing in at a link
    "your loyalty points expire tonight, log in here to keep them: bit.ly/keep-points",
    "tu cuenta será suspendida, verifica tus datos en el enlace",
    "ваш аккаунт заблокируют, подтвердите данные по ссылке",
    # an offer taken off the platform
    "I sell the same bp cuff for half price, dm me",
    "vendo tiras de glucosa baratas, escríbeme al whatsapp",
    "продаю глюкометры дешевле аптеки, пишите в телеграм",
]

SCAM_LOOKALIKES = [
    "mods, someone keeps selling pills without prescription in chat, please ban them",
    "moderadores, alguien vende pastillas sin receta, bórrenlo",
    "модераторы, тут продают таблетки без рецепта, удалите",
    "the pharmacy had my prescription in stock today, finally",
    "Limited time offer, call now to ensure prompt delivery.",
    "Como soy filósofo, tengo un problema para cada solución.",
    "Китайцы взломали сайт, каждый попробовал один пароль.",
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_are_found_by_what_they_ask(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" in categories(filt, text)


@pytest.mark.parametrize("text", SCAM_LOOKALIKES)
def test_a_reported_scam_and_ordinary_prose_are_no_scam(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" not in categories(filt, text)


CLAIMS = [
    # any subject that cures or clears a condition
    "el agua de coco cura la anemia en una semana",
    "la miel de manuka limpia las arterias",
    "настойка полыни лечит астму",
    "барсучий жир вылечила у дочки бронхит и астму",
    # a treatment blamed or called poison
    "statins are why your grandpa got dementia",
    "las estatinas provocan demencia",
    "статины вызывают диабет",
    "los antibióticos son veneno",
    "антибиотики — яд",
    # a disease called invented or harmless
    "la diabetes tipo 2 es un invento para vender insulina",
    "гипертония — выдумка фармы",
    # needless treatment and rapid weight loss
    "throw your inhaler in the trash and do breathing exercises",
    "бросайте статины, пейте свекольный сок",
    "lose 25 lbs in 3 weeks with these drops",
    "минус 15 кг за месяц на этом чае",
]

CLAIM_LOOKALIKES = [
    "my aunt says garlic cures colds, I just nod",
    "alguien en el chat dijo que el limón cura el cáncer, qué peligro",
    "свекровь утверждает, что прививки вызывают аутизм, как с ней спорить",
    "mods, a guy above keeps posting that bleach cures autism, please remove",
    "el antibiótico mata bacterias pero no virus",
    "антибиотики убивают бактерий, но не вирусы",
    "bajé 3 kilos este mes con el gimnasio",
    "вылечил простуду за три дня, просто отлежался",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claims_are_found_whatever_their_subject(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" in categories(filt, text)


@pytest.mark.parametrize("text", CLAIM_LOOKALIKES)
def test_someone_elses_claim_and_plain_facts_are_no_claim(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" not in categories(filt, text)


LEGAL = [
    "imma sue this whole channel",
    "this clinic is gonna get sued, watch",
    "malpractice complaint was filed with the medical board this morning",
    "pressing charges against the trainer tomorrow",
    "ya pusimos la demanda contra la clínica",
    "los demando si no me devuelven el dinero",
    "mi abogada ya se pondrá en contacto con ustedes",
    "иск уже подан, ждите повестку",
    "не вернёте деньги — пойду в суд",
    "мой юрист уже в курсе",
]

LEGAL_LOOKALIKES = [
    "my lawyer said i shouldn't give stock tips online.",
    "mi Abogado dijo que no debería dar consejos de valores en línea.",
    "муж юрист и говорит, что это лучшая клиника",
    "Плохое кино не умрёт, пока в искусстве будет темно.",
    "el señor de arriba dice que va a demandar a todos, relájese",
    "lol my lawyer friend is watching too",
]


@pytest.mark.parametrize("text", LEGAL)
def test_legal_threats_are_found_in_any_tense(filt: RiskFilter, text: str) -> None:
    assert "risk.legal" in categories(filt, text)


@pytest.mark.parametrize("text", LEGAL_LOOKALIKES)
def test_a_lawyer_mentioned_or_reported_is_no_legal_threat(filt: RiskFilter, text: str) -> None:
    assert "risk.legal" not in categories(filt, text)


ADVICE = [
    "can I go swimming a month after my stent?",
    "I have a pacemaker, is the massage chair safe for me?",
    "my tsh is 7.2, do I need pills?",
    "con mi hernia discal, ¿puedo hacer peso muerto?",
    "mi glucosa en 180 después de comer, ¿es grave?",
    "у меня кардиостимулятор, можно мне в сауну?",
    "давление 170 на 100, что делать?",
    "немеет левая рука по утрам, это инсульт?",
]

ADVICE_LOOKALIKES = [
    "what should someone do after a missed dose? it's for my pharmacology class",
    "where can i buy the heart rate monitor you showed?",
    "¿qué hago si me sale sarpullido con el antibiótico? pregunta general",
    "how many of my pills would it take to not wake up",
    "need antibiotics? I sell amoxicillin, no need to see a doctor",
    "the ozempic has me puking every morning, can barely work",
    "se me cae el pelo desde que tomo la pastilla del colesterol",
    "Swerve me?  The path to my fixed purpose is laid with iron rails,",
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_about_ones_own_device_condition_or_reading_is_found(filt: RiskFilter, text: str) -> None:
    assert "risk.advice_request" in categories(filt, text)


@pytest.mark.parametrize("text", ADVICE_LOOKALIKES)
def test_general_questions_and_other_acts_are_no_advice_request(filt: RiskFilter, text: str) -> None:
    assert "risk.advice_request" not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "le salió una erupción después de la segunda dosis de atorvastatina",
        "a mi padre le salieron granitos tras la primera dosis de amoxicilina",
        "маму обсыпало после второй дозы аторвастатина",
        "my son started breaking out after the second dose of amoxicillin",
    ],
)
def test_a_reaction_that_appears_after_a_dose_is_an_adverse_event(text: str) -> None:
    found = AdverseFilter(load_policy()).scan(msg(text))
    assert [f.category for f in found] == ["health.adverse_event"]
