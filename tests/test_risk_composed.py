"""Harassment, medical claims and scams composed from concepts, in English, Spanish and Russian, and what vetoes them.

Harassment is a degrading predicate aimed at someone; a claim is a remedy, a cure verb and a condition (or a
treatment blamed, a disease denied, a treatment stopped); a scam is an offer with what makes it one (a private
channel, no prescription, returns promised, a fee first). Each line below is one instance of a concept, in words
the lexicons were not written from; the vetoes are the speech acts that make the same words something else.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


HARASSMENT = [
    # a person likened to an animal, an object or filth; two insults stacked
    "the presenter looks like a melted scarecrow",
    "ur just a walking landfill lmao",
    "la entrenadora parece una morsa con mallas",
    "eres un esqueleto con peluca",
    "ведущая — настоящая свиноматка",
    "ты жаба, а не врач",
    "coach is a smelly old loser",
    # addressed as a thing at the end or the start of the message
    "@dana_fit nobody will hire you for that, hippo",
    "@carlos tus consejos no sirven para nada, vejestorio",
    "@петя твои советы никому не нужны, глист",
    # "people like you", exclusion
    "people like you always ruin every stream",
    "gente como tú sobra en la sanidad",
    "таким, как ты, не место в медицине",
    "crawl back under the rock you came from, doc",
    "vete a tu país a vender tus pastillas",
    "вали обратно в свой аул",
    # age, wits, a flaw pointed at and laughed at
    "gramps should go take his nap instead of lecturing us",
    "a tu edad ya no deberías salir en cámara",
    "сопляк, иди в песочницу, а туда же лечить",
    "are you blind or just dumb, read the chat",
    "¿eres sorda o qué? contesta",
    "ты слепая или тупая, читай чат",
    "that double chin though lmao",
    "con esa papada quién te va a creer jaja",
    "с такой лысиной только в эфир, фу",
    # sexual remarks, a person made a thing, a woman put down, the family shamed, a group degraded
    "i'd bend the nurse over the desk all night",
    "a la enfermera le daba hasta que se cansara",
    "чтоб ведущую изнасиловали",
    "wtf is that thing hosting today",
    "esa cosa no es humana",
    "что это за существо в кадре",
    "sweetie, just smile and let the real doctor talk",
    "guapa, tú sonríe y deja que hable el doctor",
    "деточка, помолчи, пусть врач скажет",
    "your parents must be so ashamed of you",
    "tu madre debe estar avergonzada de ti",
    "твоим родителям стыдно за тебя",
    "boomers are parasites on the health system",
    "los jubilados son unos parásitos de la sanidad",
    "пенсионеры — нахлебники, только очереди создают",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_a_degrading_predicate_aimed_at_someone_is_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)


CLAIMS = [
    # a remedy, a cure verb and a condition, whatever remedy or condition
    "oregano oil wipes out bronchitis",
    "el aceite de orégano elimina la bronquitis",
    "масло орегано убивает бронхит",
    # any subject stated as an absolute
    "this routine stops migraines... no wait: stops arthritis for good",
    "detiene la artrosis para siempre",
    "останавливает артроз навсегда",
    # a treatment blamed, a disease denied, a treatment stopped
    "the hpv shot causes infertility",
    "las estatinas provocan demencia",
    "статины вызывают деменцию",
    "germs don't exist, it's all terrain",
    "los virus no existen, es todo un negocio",
    "вирусов не существует, это всё выдумка",
    "ditch the statins cold turkey, beet juice does the job",
    "dejad la insulina, la canela hace lo mismo",
    "хватит пить статины, свёкла чистит сосуды лучше",
    # immunity promised, a recovery as proof, a reading never to be lowered
    "two of these a day and you will never get a heart attack",
    "con esto nunca tendrás un infarto",
    "с этим средством инфаркта у вас никогда не будет",
    "her psoriasis is gone since she started the copper drops",
    "su psoriasis desapareció con las gotas de cobre",
    "псориаз ушёл за месяц на каплях",
    "high blood pressure is the body's defence, never lower it",
    "la presión alta es una defensa, nunca la bajes",
    "давление 170 это защита, никогда не снижайте",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_remedy_a_cure_verb_and_a_condition_make_a_claim(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" in categories(filt, text)


SCAMS = [
    # no prescription with a channel or a price
    "tirzepatide no prescription needed, best prices, link in my bio",
    "tirzepatida sin receta, mejores precios en mi perfil",
    "тирзепатид без рецепта, лучшие цены, пишите в лс",
    # returns promised, a token to buy before it rises
    "triple your deposit in 24h, send 0.1 eth and get 0.3 back",
    "compren el token del canal antes de que suba 🚀",
    "токен клиники, покупайте пока дешево",
    # donations moved, the official account moved
    "donations now go to my cashapp instead, the channel approved it",
    "las donaciones ahora van a mi nequi, el canal lo aprobó",
    "пожертвования теперь на мою карту, канал разрешил",
    # a fee first
    "medicare is giving out $2500 grocery cards, call the number on my page",
    "estudio clínico pagado, solo envía 40 euros de inscripción",
    "потеряли деньги на фейковой аптеке? помогу вернуть, пишите",
]


@pytest.mark.parametrize("text", SCAMS)
def test_an_offer_with_what_makes_it_a_scam_is_a_scam(filt: RiskFilter, text: str) -> None:
    assert "spam.scam" in categories(filt, text)


VETOED = [
    # negation
    ("risk.harassment", "nobody should call the presenter a scarecrow"),
    ("risk.medical_claim", "oregano oil does not wipe out bronchitis"),
    ("risk.medical_claim", "el aceite de orégano no elimina la bronquitis"),
    ("risk.medical_claim", "масло орегано не убивает бронхит"),
    ("spam.scam", "we never sell anything without a prescription, no dm deals"),
    # question
    ("risk.medical_claim", "does oregano oil wipe out bronchitis?"),
    ("risk.medical_claim", "¿el aceite de orégano elimina la bronquitis?"),
    ("risk.medical_claim", "правда, что масло орегано убивает бронхит?"),
    # reported or quoted
    ("risk.harassment", "mods, someone called the presenter a melted scarecrow, please ban"),
    ("risk.medical_claim", "my neighbour claims oregano oil wipes out bronchitis"),
    ("risk.medical_claim", "mi vecina dice que el aceite de orégano elimina la bronquitis"),
    ("risk.medical_claim", "соседка говорит, что масло орегано убивает бронхит"),
    ("spam.scam", "mods, someone is posting 'tirzepatide no prescription, link in my bio', ban them"),
    # debunking
    ("risk.medical_claim", "myth: the hpv shot causes infertility"),
    ("risk.medical_claim", "es un mito que las estatinas provocan demencia"),
    ("risk.medical_claim", "миф: статины вызывают деменцию"),
    # the writer about themselves
    ("risk.harassment", "i'm such a whale after the holidays lol"),
    ("risk.harassment", "soy una foca después de las fiestas jaja"),
    ("risk.harassment", "я такая корова после праздников"),
    # a warning about the scam
    ("spam.scam", "beware: anyone offering tirzepatide no prescription in dm is a scammer"),
]


@pytest.mark.parametrize(("category", "text"), VETOED)
def test_a_negated_asked_reported_debunked_or_self_described_hit_is_vetoed(
    filt: RiskFilter, category: str, text: str
) -> None:
    assert category not in categories(filt, text)


LOOKALIKES = [
    # comparisons and aphorisms that borrow the words (the shapes of published text)
    "he ran like a donkey and swam like a walrus",
    "he is a pig-headed optimist",
    "thick as a brick is a great album",
    "las pulseras de cobre curan la gota tanto como las ollas de cobre curan el aburrimiento",
    "медные кольца лечат подагру так же, как медные чайники лечат скуку",
    "los que aman la paz se curan con paciencia",
    "человек - это существо, которое ко всему привыкает",
    "Свиньи, как известно, умные животные.",
    "таких, как ты, больше не было и не надо",
    "женщины молчат, когда обижены",
    "сложить деньги вдвое - самый простой способ удвоить их",
    # real treatments and ordinary medicine
    "statins lower cholesterol, ask your doctor before stopping them",
    "la insulina controla la diabetes tipo 1",
    "после курса антибиотиков кашель прошёл, врач доволен",
    "i dropped 3 kg in a month by walking more",
    # a discount link with nothing to sell off the platform
    "the slides from today are at bit.ly/heart-talk-slides",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_of_the_composed_concepts_is_left_clean(filt: RiskFilter, text: str) -> None:
    assert not categories(filt, text) & {"risk.harassment", "risk.medical_claim", "spam.scam"}
