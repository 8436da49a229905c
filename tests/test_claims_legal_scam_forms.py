"""Medical claims, legal acts and scams recognised by their forms, in English, Spanish and Russian.

Each form is a concept (a rhetorical question that carries a claim, a condition called a myth, a cause blamed
on water or vaccines, a regulator written to, evidence kept for counsel, a backup account, a paid private
consultation...), so every language has its own line, and each has look-alikes that must stay clean.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy(None))


FORMS = [
    # a claim asked as a rhetorical question, a joke or an "imagine": the question is the claim
    ("risk.medical_claim", "why do people still take statins when garlic fixes cholesterol for free"),
    ("risk.medical_claim", "imagine paying for chemo when the cure is in your kitchen lol"),
    ("risk.medical_claim", "¿por qué siguen tomando pastillas cuando el ajo cura la presión?"),
    ("risk.medical_claim", "зачем вы пьёте статины, если чеснок лечит холестерин?"),
    # a condition called a myth, a hoax or an invention
    ("risk.medical_claim", "hypertension is a hoax invented to sell pills"),
    ("risk.medical_claim", "el colesterol es un invento de las farmacéuticas"),
    # a cause blamed on water, towers or vaccines, with the harm named
    ("risk.medical_claim", "the fluoride they put in tap water is making our kids dumber"),
    ("risk.medical_claim", "el flúor de la pasta te atonta el cerebro"),
    ("risk.medical_claim", "фтор в зубной пасте отупляет детей"),
    # treatment thrown away, toxins flushed out, the passive, "the best medicine for", without treatment
    ("risk.medical_claim", "toss your inhalers in the trash and breathe salt air instead"),
    ("risk.medical_claim", "it's the parasites that cause diabetes, this tea kills them"),
    ("risk.medical_claim", "las toxinas que causan el cáncer salen con este jugo"),
    ("risk.medical_claim", "чай очищает от шлаков, и давление уходит навсегда"),
    ("risk.medical_claim", "arthritis has been reversed with turmeric in thousands of people"),
    ("risk.medical_claim", "raw honey is the best medicine for asthma"),
    ("risk.medical_claim", "el ajo es la mejor medicina para la presión"),
    ("risk.medical_claim", "сода — лучшее средство от рака"),
    ("risk.medical_claim", "i reversed my diabetes without any meds"),
    ("risk.medical_claim", "curamos la diabetes sin insulina"),
    ("risk.medical_claim", "лечу гипертонию без таблеток"),
    ("risk.medical_claim", "this oil works even when chemo fails"),
    ("risk.medical_claim", "el protocolo funciona cuando la quimio falla"),
    ("risk.medical_claim", "есть методика, когда химия бессильна"),
    # a reported claim passed on with a call to spread it is the writer's own
    ("risk.medical_claim", "my uncle says garlic cures high blood pressure, share this"),
    ("risk.medical_claim", "mi vecina dice que el limón cura el cáncer, compartan"),
    # a remedy said to be all one needs, a disease redefined, a treatment nobody needs, a vaccine giving the disease
    ("risk.medical_claim", "for diabetes, cinnamon is all you need"),
    ("risk.medical_claim", "el ajo es lo único que necesitas para curar la presión"),
    ("risk.medical_claim", "cancer is really a fungus, treat it with baking soda"),
    ("risk.medical_claim", "el cáncer es un hongo y nada más"),
    ("risk.medical_claim", "рак — это просто грибок"),
    ("risk.medical_claim", "nobody needs antidepressants, go for a walk"),
    ("risk.medical_claim", "nadie necesita antidepresivos, sal a caminar"),
    ("risk.medical_claim", "выкиньте эутирокс, пейте йод"),
    ("risk.medical_claim", "the flu shot gives you the flu, skip it"),
    ("risk.medical_claim", "la vacuna te da la gripe"),
    ("risk.medical_claim", "от прививки только заболеваешь гриппом"),
    # legal: a regulator written to, a regulator asked about with the clip sent, evidence for counsel
    ("risk.legal", "I emailed the state board about your clinic this morning"),
    ("risk.legal", "what will the FDA say when i send them this video?"),
    ("risk.legal", "¿qué dirá la Profeco de esto? se los mando hoy"),
    ("risk.legal", "что скажет прокуратура про вашу рекламу? отправляю сегодня"),
    ("risk.legal", "recorded the whole call, it's going to my lawyer"),
    ("risk.legal", "guardé las capturas como prueba para la demanda"),
    ("risk.legal", "сохранил скрины для суда"),
    ("risk.legal", "my grievance against the pharmacy has been filed"),
    ("risk.legal", "мы будем судиться с аптекой"),
    ("risk.legal", "подам на вас в суд за обман"),
    # legal: counsel to be heard from, a suit in the works, legal action announced
    ("risk.legal", "you'll be hearing from our attorneys"),
    ("risk.legal", "the lawsuit is being drafted right now"),
    ("risk.legal", "emprenderemos acciones legales contra la clínica"),
    ("risk.legal", "будем разбираться в суде"),
    # scams: a prescription written for money, a fee after a giveaway, a free prize behind a link
    ("spam.scam", "i can write you a script for anything, $40"),
    ("spam.scam", "we're giving away a blender, just pay $10 shipping"),
    ("spam.scam", "бесплатный айфон первым подписчикам, ссылка в профиле"),
    # scams: a street drug with a private channel, a prescription drug asked for without a script
    ("spam.scam", "need adderall? hmu on snap"),
    ("spam.scam", "¿clonazepam sin receta? escríbeme al privado"),
    ("spam.scam", "феназепам в наличии, пишите в тг"),
    # a backup or official account, a raffle moved to a chat app
    ("spam.scam", "this is my backup account, message me for the giveaway prize"),
    ("spam.scam", "esta es mi cuenta de respaldo, escríbeme para tu receta"),
    ("spam.scam", "это мой запасной аккаунт, пишите в личку"),
    # a paid private consultation
    ("spam.scam", "i can read your blood work privately for $40 via cashapp"),
    ("spam.scam", "interpreto tu electro por 300 pesos, depósito al privado"),
    ("spam.scam", "расшифрую анализы за 500 рублей, перевод на карту"),
    # a romance opener
    ("spam.scam", "hello dear, widowed army doctor here, would love to get to know you, add me on telegram"),
    ("spam.scam", "soy viudo y médico militar, quiero conocerte"),
    ("spam.scam", "я вдовец, военный врач, хочу познакомиться"),
    # funds recovered through a handle
    ("spam.scam", "recovered my stolen bitcoin thanks to @chainfix_pro"),
    ("spam.scam", "recuperé mi dinero gracias a @hackerrecupera"),
    ("spam.scam", "вернул свои деньги через @vozvrat_help"),
    # care paid in crypto, a handle that names medicines, weight loss sold in private, help offered in private
    ("spam.scam", "our detox clinic accepts bitcoin only"),
    ("spam.scam", "la clínica acepta bitcoin, escríbenos"),
    ("spam.scam", "t.me/rx_deals"),
    ("spam.scam", "drop 15 kg in a month with my tea, dm me"),
    ("spam.scam", "минус 15 кг за месяц, заказ в лс"),
    ("spam.scam", "i'll tell you privately what worked for my knees"),
    ("spam.scam", "te mandé solicitud, tengo algo para tu ansiedad"),
    ("spam.scam", "you qualify for a medical grant, just pay the $150 processing fee"),
    ("spam.scam", "пришлите СНИЛС и номер карты для выплаты"),
    ("spam.scam", "got extra inhalers, cheaper than the pharmacy, dm me"),
    ("spam.scam", "trabajo en la farmacéutica, te consigo el medicamento"),
]


@pytest.mark.parametrize(("category", "text"), FORMS)
def test_the_form_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


LOOK_ALIKES = [
    # debunking, negation and the idea named without being held
    ("risk.medical_claim", "myth: fluoride makes kids dumb. it does not"),
    ("risk.medical_claim", "cholesterol is not a myth, take your statins"),
    ("risk.medical_claim", "the idea that cholesterol is a myth is dangerous"),
    ("risk.medical_claim", "why are you still taking insulin? did your doctor change it?"),
    ("risk.medical_claim", "my knee healed without surgery, physio did wonders"),
    # a claim reported without a call to spread it stays someone else's
    ("risk.medical_claim", "my uncle says garlic cures high blood pressure, which is nonsense"),
    # legal look-alikes: a friend, a lawyer's advice about something else
    ("risk.legal", "screenshotted the recipe for my lawyer friend"),
    ("risk.legal", "mi abogado dijo que no debería dar consejos de inversión en línea"),
    # scams: a prescription talked about, a new account, a warning, a report to the moderators
    ("spam.scam", "my doctor prescribed me ozempic and the pharmacy finally had it in stock"),
    ("spam.scam", "anyone else on ozempic getting nausea? dm me if you want to compare notes"),
    ("spam.scam", "lost my old login, this is my new account, follow me here"),
    ("risk.medical_claim", "honestly sleep is all you need sometimes"),
    ("risk.medical_claim", "why do you still use that old inhaler when the new one works better for you?"),
    ("risk.legal", "heard from my attorney that the house sale closed"),
    ("spam.scam", "lost 20 lbs in 2 months with my dietitian, so proud"),
    ("spam.scam", "I'll tell you privately later, it's a surprise"),
    ("spam.scam", "the clinic accepts insurance and card only"),
    ("spam.scam", "the hospital never asks for donations on telegram, the only real donation link is on screen"),
    ("spam.scam", '@mod there\'s a fake "assistant" asking people to dm on telegram'),
]


@pytest.mark.parametrize(("category", "text"), LOOK_ALIKES)
def test_the_look_alike_stays_clean(filt: RiskFilter, category: str, text: str) -> None:
    assert category not in categories(filt, text)
