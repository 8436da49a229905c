"""Claims, legal acts, scams, advice requests and adverse events by concept, in English, Spanish and Russian.

Each concept is checked in every language with lines of its own wording (not the evaluation data's), and each
speech act that must leave a line clean has look-alikes: a debunking, a negation, someone else's news, a scam
refused, a question that is general knowledge, an expected sore arm, a case that turned out fine.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.adverse import AdverseFilter
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy(None))


CONCEPTS = [
    # a vaccine said to harm: "= autism", sterility, people dropping dead because of it
    ("risk.medical_claim", "the mmr vaccine = autism, simple as that"),
    ("risk.medical_claim", "healthy teenagers are dying suddenly because of the boosters"),
    ("risk.medical_claim", "esa vacuna nueva deja infértiles a los chicos"),
    ("risk.medical_claim", "вакцина от гриппа делает женщин бесплодными"),
    # a disease planned to sell treatments, vaccines said to shed
    ("risk.medical_claim", "covid was engineered to sell vaccines, wake up"),
    ("risk.medical_claim", "la pandemia fue planeada para vendernos vacunas"),
    ("risk.medical_claim", "ковид был спланирован, чтобы продавать вакцины"),
    ("risk.medical_claim", "stay away from vaccinated people, they shed"),
    # a remedy means never falling ill or never needing a treatment
    ("risk.medical_claim", "a spoon of turmeric every morning means you will never get cancer"),
    ("risk.medical_claim", "si comes ajo crudo nunca te va a dar un infarto"),
    ("risk.medical_claim", "если есть чеснок каждый день, инфаркта никогда не будет"),
    ("risk.medical_claim", "имбирь и мёд защищают от любого вируса"),
    # treatments made to keep people sick
    ("risk.medical_claim", "statins are designed to keep you sick so you keep paying"),
    ("risk.medical_claim", "las pastillas de la presión están hechas para que sigas enfermo"),
    ("risk.medical_claim", "таблетки специально выпускают, чтобы люди болели"),
    # a treatment said to kill you, quit cold turkey, thrown away
    ("risk.medical_claim", "anyone taking blood thinners should just quit, they rot your gut"),
    ("risk.medical_claim", "los antidepresivos te están matando, tíralos a la basura ya"),
    ("risk.medical_claim", "статины вас убивают, выкиньте их сегодня"),
    ("risk.medical_claim", "бросьте пить таблетки от давления, лечитесь чесноком"),
    # a testimony: off a treatment thanks to a remedy, a pacemaker no longer needed
    ("risk.medical_claim", "two years off my insulin thanks to cinnamon, doctors are clueless"),
    ("risk.medical_claim", "dejé las pastillas de la tensión gracias a la cúrcuma"),
    ("risk.medical_claim", "слезла с таблеток благодаря чесноку"),
    # a miracle product that fixes a condition forever, a passive cure, a condition "flushed out"
    ("risk.medical_claim", "these miracle capsules and your sugar is normal forever"),
    ("risk.medical_claim", "con estas gotas milagrosas la diabetes desaparece para siempre"),
    ("risk.medical_claim", "чудо-капли: давление нормализуется навсегда"),
    ("risk.medical_claim", "tumors are starved out by a strict fasting protocol"),
    ("risk.medical_claim", "la hipertensión se quita para siempre con ajo"),
    ("risk.medical_claim", "холестерин выводится отваром овса"),
    # claims whose form holds a negation: a cause denied, the treatment blamed "not the disease", nobody telling
    ("risk.medical_claim", "smoking never caused a single cancer, look it up"),
    ("risk.medical_claim", "it's the chemo, not the tumour, that kills people"),
    ("risk.medical_claim", "why don't doctors tell you that garlic reverses heart disease?"),
    ("risk.medical_claim", "¿por qué nadie dice que la cúrcuma cura el cáncer?"),
    ("risk.medical_claim", "babies don't need the flu shot if you breastfeed"),
    ("risk.medical_claim", "kids never need to get vaccinated if they eat organic"),
    ("risk.medical_claim", "reiki cured my atrial fibrillation"),
    # the writer's own certainty is no report
    ("risk.medical_claim", "я уверен, что чеснок лечит рак"),
    ("risk.medical_claim", "garlic kills cancer cells, the doctors hide it"),
    # a remedy instead of a treatment, doctors poisoning people, natural immunity above a vaccine, cancer cells killed
    ("risk.medical_claim", "drink beet juice instead of your blood pressure pills"),
    ("risk.medical_claim", "toma té de jamaica en lugar de las pastillas de la presión"),
    ("risk.medical_claim", "пейте чай из боярышника вместо таблеток"),
    ("risk.medical_claim", "doctors are slowly killing us with these prescriptions"),
    ("risk.medical_claim", "los médicos nos están envenenando con tanta pastilla"),
    ("risk.medical_claim", "врачи нас травят химией"),
    ("risk.medical_claim", "natural immunity is way better than the vaccine"),
    ("risk.medical_claim", "soursop tea kills cancer cells, look it up"),
    # legal: a judge or a court to decide, also asked
    ("risk.legal", "you should have fixed my bill. now it's a matter for the courts"),
    ("risk.legal", "do you want a judge to hear about this?"),
    ("risk.legal", "¿quieren explicarlo frente a un juez? porque así será"),
    ("risk.legal", "не вернёте деньги — пусть решает суд"),
    # legal: counsel engaged, damages pursued, a suit joined, a relative's lawyer, action started
    ("risk.legal", "my attorney is cc'd on every message you send me"),
    ("risk.legal", "we are seeking damages for what your nurse did"),
    ("risk.legal", "preparing a lawsuit against this pharmacy as we speak"),
    ("risk.legal", "signed up for the class action against this pharmacy today"),
    ("risk.legal", "my sister already called a lawyer about your clinic"),
    ("risk.legal", "hemos interpuesto una demanda contra la clínica"),
    ("risk.legal", "me sumé a la demanda colectiva contra ustedes"),
    ("risk.legal", "присоединилась к коллективному иску против аптеки"),
    ("risk.legal", "муж уже позвонил юристу насчёт вашей клиники"),
    # legal: regulators gone to or tagged, "lawyer up"
    ("risk.legal", "tagged the state medical board on my post about this clinic"),
    ("risk.legal", "mañana voy a consumo con todas las facturas"),
    ("risk.legal", "напишу в роспотребнадзор про вашу аптеку"),
    ("risk.legal", "i'm about to lawyer up, enjoy your last week"),
    ("risk.legal", "voy a ir a la agencia de protección de datos por esto"),
    # legal: one's own suit asked as a question (the question is the threat), a gerund that is the writer's own
    ("risk.legal", "do you realize i'm going to sue the whole clinic?"),
    ("risk.legal", "¿saben que les voy a poner una demanda?"),
    ("risk.legal", "ты понимаешь, что я на тебя в суд подам?"),
    ("risk.legal", "sharing this everywhere, my lawyer is in the loop"),
    ("risk.medical_claim", "posting this for everyone: garlic cures high blood pressure"),
    # scams: an order through a private channel, a pharmacy's domain, prize data, a VIP channel, locked accounts
    ("spam.scam", "mis gotas para adelgazar, pídelas por whatsapp"),
    ("spam.scam", "капли для похудения, заказывайте в личку"),
    ("spam.scam", "order yours through telegram before they sell out"),
    ("spam.scam", "cheap cialis at best-rx-pills.shop, no script needed"),
    ("spam.scam", "buy your statins from my site cheapmedsnow dot com"),
    ("spam.scam", "congrats to our winner! send your address and card number to claim"),
    ("spam.scam", "¡ganaste! envía tus datos y tu tarjeta para el envío"),
    ("spam.scam", "победитель розыгрыша, пришлите номер карты для приза"),
    ("spam.scam", "join my vip channel, 20x returns every week"),
    ("spam.scam", "gano 500 euros al día desde casa, escríbeme"),
    ("spam.scam", "зарабатываю 50к в неделю из дома, пишите в личку"),
    ("spam.scam", "your account will be suspended today, verify here"),
    ("spam.scam", "su cuenta será bloqueada, confirme sus datos aquí"),
]


@pytest.mark.parametrize(("category", "text"), CONCEPTS)
def test_the_concept_is_recognised(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


LOOK_ALIKES = [
    # debunking, negation, a real cure with a real treatment, a treatment's effect on cells
    ("risk.medical_claim", "myth: the mmr vaccine = autism. it was a fraudulent study"),
    ("risk.medical_claim", "my hepatitis was cured with antivirals at the hospital"),
    ("risk.medical_claim", "mi hepatitis se curó con el tratamiento del hospital"),
    ("risk.medical_claim", "no dejen la insulina sin hablar con su médico"),
    ("risk.medical_claim", "you can't get anything done on a monday"),
    # legal: someone else's lawsuit in the news, a television idiom, a prediction in a story
    ("risk.legal", "saw the news about the class action against that vape brand"),
    ("risk.legal", "vi en las noticias la demanda colectiva contra la tabacalera"),
    ("risk.legal", "в новостях: коллективный иск против производителя"),
    ("risk.legal", "in this episode the villain tells him to lawyer up"),
    ("risk.medical_claim", "my aunt keeps posting that garlic cures high blood pressure"),
    # a claim of the past, a counterfactual, a rumour asked about, someone to be talked out of it
    ("risk.medical_claim", "in the 1920s people used to think radium water cured arthritis"),
    ("risk.medical_claim", "раньше считали, что кровопускание лечит всё"),
    ("risk.medical_claim", "si el ajo curara la diabetes nadie tomaría insulina"),
    ("risk.medical_claim", "doc, what about the rumors that vaccines cause autism?"),
    ("risk.medical_claim", "mi tía cree que la cúrcuma cura el cáncer, ¿cómo la convenzo?"),
    # a real treatment acting on cells, a cure with a real treatment
    ("risk.medical_claim", "radiation kills the tumour cells, that's why it tires you"),
    ("risk.medical_claim", "у папы вылечили пневмонию антибиотиками"),
    # a treatment in place of another one is no remedy claim
    ("risk.medical_claim", "my doctor put me on the generic instead of the brand pills"),
    # a moderation request about someone else's advice
    ("risk.medical_claim", "mods, remove the guy who keeps telling people to stop their insulin"),
    # one's own stop told in the past is no order to stop
    ("risk.medical_claim", "бросила статины, начались судороги в ногах"),
    ("risk.legal", "do you know if the clinic is open on sundays?"),
    # scams refused or warned about, an innocent private message
    # a pharmacy's site named with nothing sold on it is a link, not a scam
    ("spam.scam", "the schedule is on meds-clinic.org"),
    ("spam.scam", "someone tried to sell me ozempic on telegram, i blocked them"),
    ("spam.scam", "me quisieron vender pastillas sin receta por whatsapp, lo bloqueé"),
]


@pytest.mark.parametrize(("category", "text"), LOOK_ALIKES)
def test_the_look_alike_stays_clean(filt: RiskFilter, category: str, text: str) -> None:
    assert category not in categories(filt, text)


ADVICE = [
    # a condition of one's own or a relative's, a reading with its number, what a symptom means
    "my son has a heart murmur, can he play football?",
    "my sugar is 320 after lunch, what do i do",
    "i have angina, is it safe for me to do this workout?",
    "mi hija tiene taquicardia, ¿le doy algo?",
    "tengo el colesterol en 260, ¿qué hago?",
    "у мамы стенокардия, ей можно в бассейн?",
    "у меня после операции шов горячий, это инфекция?",
    # "if" that means "whether" keeps the question one's own
    "can you tell from my ecg if i have afib?",
]


@pytest.mark.parametrize("text", ADVICE)
def test_the_advice_request_is_recognised(filt: RiskFilter, text: str) -> None:
    assert "risk.advice_request" in categories(filt, text)


NOT_ADVICE = [
    # general knowledge read about, logistics, a statement that something is normal, a past visit told
    "i read a study about myocarditis in athletes, how common is it?",
    "¿cómo me inscribo a la revisión gratuita de colesterol?",
    "немного болит рука после прививки, это нормально",
    "my toddler swallowed a vitamin and we had to go to the hospital",
    "cut my finger cooking, how long do i hold pressure on it?",
    # a question whose aim is death or harm asks for a method: self-harm, never a request for medical advice
    "how many of my heart pills would make my heart stop? i want it to be final",
    "¿cuántas pastillas de insulina para morir dormido?",
    "сколько моих таблеток выпить, чтобы умереть во сне?",
    # how to use a product, a supposed case asked in advance, warning signs in general, an overdose told
    "how do i inject my insulin without bruising?",
    "¿cómo me aplico la crema del brazo?",
    "if i get a fever after the booster, should i call the clinic?",
    "my mom had a stroke, what are the warning signs of another one?",
    "дедушка случайно выпил двойную дозу, теперь слабость",
    # sugar the food is no reading
    "могу ли я одолжить у вас стакан сахара?",
]


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_the_question_is_no_advice_request(filt: RiskFilter, text: str) -> None:
    assert "risk.advice_request" not in categories(filt, text)


ADVERSE = [
    # a procedure or implant, a misspelt vaccine, a shot named in Spanish, a treatment named as such
    "since the ablation i get dizzy every morning",
    "después del cateterismo tengo un hematoma que no se va",
    "после стентирования немеет рука",
    "after the vacine my whole arm went numb",
    "después del shot me salió un sarpullido",
    "a mi abuelo le dio fiebre con el tratamiento nuevo",
    # numbness or a lump where it went in, a counterfeit's colour, someone else's medicine given
    "desde la inyección tengo un bulto duro en el brazo",
    "got the pills from the sale and they're a different color, my bp went crazy",
    "la enfermera le dio a mi madre las pastillas de otro paciente",
    # a product given up and its withdrawal, a device that read "normal", an exposure not known at the time
    "quit my paroxetine cold turkey and the dizziness is unbearable",
    "dejé el clonazepam de golpe y tengo temblores",
    "бросил пароксетин резко, начались головокружения",
    "the glucometer showed normal but i passed out an hour later",
    "el tensiómetro marcaba normal y acabé en urgencias",
    "took isotretinoin not knowing i was pregnant",
    "принимала препарат, не зная о беременности",
    "от этого бада отекли ноги",
    "у мамы после прививки поднялось давление",
    # a permission question after an effect dated from the product stays a report
    "since starting the new pills i get dizzy, can i take them at night instead?",
]


@pytest.mark.parametrize("text", ADVERSE)
def test_the_adverse_event_is_recognised(adverse: AdverseFilter, text: str) -> None:
    assert "health.adverse_event" in categories(adverse, text)


NOT_ADVERSE = [
    # the soreness expected after a shot, a case that turned out fine, an effect older than the product,
    # an idiom of being fed up, a claim about treatments, a supposed case
    "had my flu shot this morning, arm is a bit sore",
    "me pusieron la vacuna y me duele el brazo",
    "сделали прививку, рука болит",
    "grandpa took his pill twice by mistake, called the nurse line and he's fine",
    "la abuela tomó la pastilla dos veces, llamamos y está bien",
    "бабушка выпила таблетку дважды, позвонили врачу, всё хорошо",
    "my headaches started before the pills, the doctor is still looking",
    "so tired of waiting for my prescription to be ready",
    "blood pressure pills are designed to keep you sick",
    "what do i do if my kid swallows one of my pills?",
    "my hepatitis se curó con el tratamiento antiviral",
    # a product given up with no withdrawal after it: the effect is the disease's
    "my aunt quit her heart pills for herbs and ended up in the er",
    # permission asked before taking: the effect is why one asks, not an outcome
    "i'm 20 weeks pregnant, can i take the sleep gummies you sell?",
    "tuve fiebre con la primera dosis, ¿me pongo la segunda?",
    "у меня была сыпь на первую прививку, делать вторую?",
    # a question about what a vaccine usually does, a product that "helped", a claim about supplements
    "от прививки бывает температура? завтра иду",
    "therapy and my meds helped so much with the panic attacks",
    "эти бады полностью заменяют таблетки от давления",
]


@pytest.mark.parametrize("text", NOT_ADVERSE)
def test_the_look_alike_is_no_adverse_event(adverse: AdverseFilter, text: str) -> None:
    assert "health.adverse_event" not in categories(adverse, text)
