"""A legal act read by the means of the law it names, in English, Spanish and Russian.

The means (a suit, a court or judge, counsel, damages, a step of procedure) put on the speaker's side against the
addressee is a legal threat, whatever the wording: a step taken or announced, an ultimatum, evidence kept "for
court", counsel said to be acting, a class action rallied, a body notified about the stream. Suits filed by others
(news), a defendant's errand to court, a lawyer in the family and a judge on television stay clean.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

LEGAL = {
    "a legal step on the speaker's side": [
        "we have retained a solicitor about what your clinic did to my mother",
        "my husband is drafting a malpractice claim as we speak",
        "voy a interponer una querella contra la clínica",
        "ya hemos presentado la reclamación por negligencia médica",
        "готовлю претензию в вашу аптеку",
        "обратимся к адвокату, так это не оставим",
    ],
    "a legal means set as the price of a demand": [
        "refund me by friday or my lawyer files",
        "si no me devuelven el dinero acudiré a los tribunales",
        "либо возврат, либо иск, решайте",
    ],
    "evidence kept for a case": [
        "recorded the whole stream, the judge will enjoy it",
        "tengo capturas de todo para el juicio",
        "скриншоты сохранены, пригодятся в суде",
    ],
    "counsel said to act, a suit in the passive": [
        "our attorney will contact your office tomorrow",
        "se ha iniciado un procedimiento judicial contra el canal",
        "через суд взыщу всё до копейки",
    ],
    "a class action rallied": [
        "class action against this brand, who's joining?",
        "demanda colectiva contra la marca, ¿quién se une?",
        "коллективный иск против вашей клиники",
    ],
    "a legal means aimed at the addressee or the brand": [
        "a malpractice claim against this clinic is on its way",
        "ya va la denuncia contra la clínica",
        "готовится иск против вашей аптеки",
    ],
    "braced for, or said to end in court": [
        "brace yourselves for a lawsuit",
        "prepárense para el juicio, señores",
        "готовьтесь к суду",
    ],
    "a body notified about the stream": [
        "writing to the ministry of health about this stream",
        "esto va directo a la defensoría del consumidor",
        "напишу омбудсмену по правам пациентов",
    ],
}

CLEAN = [
    # a suit filed by others, told as news; a defendant's errand to court
    "Родители подали иск к школе, не отреагировавшей на травлю",
    "Бывшие сотрудники подали в суд на стартап, утверждая, что их обманули",
    "mañana tengo que ir al juzgado por lo del divorcio",
    "I have to go to court for a parking ticket tomorrow",
    # a lawyer in the family who likes the show, a judge on television
    "my cousin is a lawyer and she loves this channel",
    "mi hermana es abogada y nos recomendó este canal",
    "the judge on that baking show was so harsh lol",
    # the police called about one's own loss
    "I'm calling the police about my stolen bike",
]


@pytest.mark.parametrize(("concept", "text"), [(c, t) for c, texts in LEGAL.items() for t in texts])
def test_a_legal_means_on_the_speakers_side_is_a_legal_act(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.legal" in categories(risk, text), concept


@pytest.mark.parametrize("text", CLEAN)
def test_news_errands_jokes_and_hypotheticals_are_not(risk: RiskFilter, text: str) -> None:
    assert "risk.legal" not in categories(risk, text)
