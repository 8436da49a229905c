"""A legal step read by its class, in English, Spanish and Russian, and the legal talk that threatens nobody.

A day in court foretold, a formal notice served, a licence to be taken away, the other side told to ready its
insurer, copies sent to counsel and a regulator, a relative who is counsel coming for them, a refund set against a
legal step, and a legal step asked as a question are legal threats. A joke among friends, a laugh about suing one's
own gym, a counterfactual about someone else's case and others' suits told as news are not.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

LEGAL = {
    "a day in court foretold": [
        "good luck justifying that to a jury, doc",
        "nos vemos en los tribunales, señora",
        "в суде будешь оправдываться за свои капли",
    ],
    "a formal notice served or a licence to be taken away": [
        "take this as your official warning before we file",
        "queda como advertencia formal antes de iniciar acciones",
        "считайте это письменной претензией к вашей клинике",
        "i'll make sure your licence is revoked",
        "voy a pedir que le retiren la licencia a esa farmacéutica",
        "добьюсь, чтобы вас лишили лицензии",
    ],
    "the other side told to ready its insurer or lawyers; a case number held": [
        "warn your legal team to get ready, it's coming",
        "tu departamento jurídico que se vaya preparando",
        "пусть ваши юристы готовятся",
        "expect a summons next week",
        "van a tener noticias de mis abogados",
        "будешь объясняться с моим юристом",
    ],
    "a consumer body or a claim form named": [
        "escribiré a la OCU sobre su tienda",
        "исковое заявление уже подано",
        "вызываю юриста, хватит",
    ],
    "copies or evidence sent to counsel or a regulator": [
        "my solicitor already has everything you posted",
        "all the receipts are going to my lawyer tonight",
        "el bufete ya tiene copias de los chats",
        "presenté una queja formal ante la oficina del consumidor",
        "роспотребнадзор узнает о вашем магазине",
    ],
    "a relative who is counsel coming for them": [
        "my sister is an attorney and she is coming for this channel",
        "mi tía es abogada y ya está preparando todo contra ustedes",
    ],
    "a refund set against a legal step": [
        "give me my deposit back or i'm going to court",
        "o me reembolsan o procedo judicialmente",
        "верните деньги, иначе пишу претензию",
    ],
    "a legal step asked, the question being the threat": [
        "should i forward this clip to my attorney?",
        "¿quieres que hable con mi abogado?",
        "хотите, чтобы я обратился к юристу?",
    ],
    "a legal step in two words": [
        "attorney. tomorrow.",
        "demanda. mañana.",
        "юрист. завтра.",
    ],
}

NOT_OURS = {
    "a joke among friends addressed by @handle": [
        "@maria I'm calling my lawyer on you for eating my fries lol",
        "@pablo te voy a demandar por spoiler jajaja",
        "@маша звоню своему адвокату, ахаха",
    ],
    "a laugh about suing one's own gym or trainer": [
        "voy a demandar a mi gimnasio por estas agujetas jajaja",
        "gonna sue my trainer for this leg day lmao",
        "подам в суд на свой зал за эту тренировку ахаха",
    ],
    "a counterfactual about someone else's case": [
        "if a clinic did that to me I'd sue",
        "si una clínica me hiciera eso, la demandaría",
        "если бы клиника так со мной поступила, я бы подала в суд",
    ],
    "others' suits told as news": [
        "the parents filed a suit against the school board",
        "los padres presentaron una demanda contra la escuela",
        "родители подали иск против школы",
    ],
}


@pytest.mark.parametrize(("concept", "text"), [(c, t) for c, texts in LEGAL.items() for t in texts])
def test_a_legal_step_of_any_class_is_a_legal_threat(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.legal" in categories(risk, text), concept


@pytest.mark.parametrize(("concept", "text"), [(c, t) for c, texts in NOT_OURS.items() for t in texts])
def test_legal_talk_that_threatens_nobody_is_left_clean(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.legal" not in categories(risk, text), concept


@pytest.mark.parametrize(
    "text",
    [
        # money owed back is no sore back: an ultimatum, not a joke about one's body
        "send me my money back or i'm taking you to court",
        # a laugh with a friend does not take back a suit against the addressee or the clinic
        "gonna sue u lol",
        "@clinic_x refund me or I sue lol",
        # a condition put to the addressee is an ultimatum, not a counterfactual
        "if you do that again I'll sue",
        # the writer's own family suing is not news
        "the family and I filed a suit against your pharmacy",
    ],
)
def test_a_laugh_or_a_condition_aimed_at_the_addressee_still_threatens(risk: RiskFilter, text: str) -> None:
    assert "risk.legal" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm getting a firm mattress next week",
        "the judge on that cooking show is brutal",
        "my mom is a lawyer and she loves your recipes",
        "вызову такси после эфира",
    ],
)
def test_everyday_words_of_the_same_classes_are_not_legal_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.legal" not in categories(risk, text)
