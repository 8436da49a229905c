"""Harassment read by the form that names its target, in English, Spanish and Russian.

A degrading word may itself name the target, shown at the host's work ("this cow is teaching cardio"); a fellow
viewer may be insulted by @handle; a compliment may be qualified by who the target is ("pretty for a fat girl");
emoji may stand for the insult; undressing may be asked; an illness wished; a people sent away; a mind belittled by
comparison; coded hate. The same words in praise, in a fable, about food or in a real question stay clean.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

ABUSE = {
    "a degrading word naming someone at the host's work": [
        "some fat pig in a lab coat telling us to eat less",
        "that walrus is hosting a fitness show now",
        "una cerda en bata explicando nutrición, lo que faltaba",
        "el mogólico del directo otra vez opinando",
        "корова в белом халате учит нас худеть",
        "очередная свинья ведёт эфир про диеты",
    ],
    "a slur naming someone by their role": [
        "they put a paki pharmacist on the night shift again",
        "advice from a tranny, no thanks",
        "слышь, черномазый, помолчи",
    ],
    "a viewer insulted by @handle": [
        "@kevin_22 you're so dumb, stop typing",
        "@marta eres una inútil, deja de escribir",
        "@вася ты тупой, не пиши сюда",
    ],
    "a compliment qualified by the target's identity": [
        "honestly you're quite smart for a girl from the village",
        "hablas muy bien para ser extranjera, de verdad",
        "для приезжей вы очень грамотно пишете",
    ],
    "emoji standing for the insult": [
        "the coach 🐖🐖",
        "la presentadora = 🐄🐄",
        "ведущая 🐒🤡",
    ],
    "undressing or touching asked of someone": [
        "take off the scrubs nurse 😏",
        "quítate la bata doctora 🥵",
        "раздевайся, медсестричка",
    ],
    "sexual violence wished on someone": [
        "someone should rape that mouthy host",
        "ojalá te violen, bocona",
        "тебя бы изнасиловать, может заткнёшься",
    ],
    "a mind mocked as illness, with a call to lock up": [
        "that schizo in the comments needs to be locked up",
        "la esquizofrénica del chat, al manicomio ya",
        "шизик опять пишет, в психушку его",
    ],
    "a people sent away": [
        "refugees treating our kids, send them back",
        "los inmigrantes que atienden aquí, fuera de mi país",
        "мигранты в поликлинике, уезжайте домой",
    ],
    "a degrading word beside 'shut up' or alone with its adjective": [
        "shut up you old hag",
        "cállate, vieja bruja",
        "заткнись, жирная свинья",
        "filthy pig",
        "gorda asquerosa",
        "тупая корова",
    ],
    "someone taken off screen for their body or identity": [
        "the deaf lady in the corner is distracting, cut her out",
        "qué gorda la doctora, apaguen la cámara",
        "уберите её, страшная же",
    ],
    "contempt by comparison": [
        "the trainer has a brain the size of a peanut",
        "la enfermera tiene cerebro de gallina",
        "мозги как у курицы у этого тренера",
    ],
    "an illness wished or called deserved": [
        "hope the host gets every side effect on that list",
        "ojalá le dé un infarto al presentador",
        "желаю тебе заболеть тем же",
    ],
    "coded hate": [
        "14/88 brothers, look who runs the clinic now",
        "el gran reemplazo ya está en las farmacias",
        "великое замещение уже в больницах",
    ],
    "a group said to control an industry": [
        "jews control big pharma, wake up",
        "los judíos controlan las farmacéuticas",
        "евреи контролируют фармацевтику",
    ],
    "the crowd sent to someone's profile": [
        "everyone go to her insta and spam her comments",
        "todos a su perfil a decirle lo que pensamos",
        "давайте все в личку к ней, завалим сообщениями",
    ],
}

CLEAN = [
    # a degrading noun that is a real animal, food or praise
    "the pig in the barn video is so cute",
    "my nana made the best lemon tart",
    "look at this old man go! 80 and still deadlifting",
    "una vaca en el establo dando leche",
    "свинья в хлеву, смотрите какая чистая",
    # an @handle teased by a friend without an insult, a language asked about
    "@dad stop eating the chips during the stream lol love u",
    "do you speak English?",
    "¿alguien habla español aquí?",
    "quiero aprender español con vosotros",
    # a fable and a proverb
    "Пусти бабу в рай, она и корову за собой приведёт.",
    "дважды в реку он вошёл, и вышел сухим",
    "Для женщины быть вполне искренней - то же, что показаться на людях без платья.",
    # a zoo, a brain and an IQ that are not a person's
    "two rabbits escaped from the zoo last night",
    "this cereal has the IQ of a spoon, my kid says lol",
]


@pytest.mark.parametrize(("concept", "text"), [(concept, text) for concept, texts in ABUSE.items() for text in texts])
def test_abuse_is_read_by_the_form_that_names_its_target(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.harassment" in categories(risk, text), concept


@pytest.mark.parametrize("text", CLEAN)
def test_the_same_words_about_animals_food_fables_or_a_question_are_not_abuse(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


MORE_ABUSE = {
    "sent off with contempt": [
        "get lost, nobody likes you here",
        "vete del chat, pesada",
        "исчезни, ты всех достал",
    ],
    "a rejection that is the abuse": [
        "nobody wants immigrants treating us, go home",
    ],
    "likened to a zoo or an asylum": [
        "she looks like she escaped from a zoo",
        "esa parece recién salida del manicomio",
        "тебе место в зоопарке",
    ],
    "a language demanded": [
        "your accent is awful, learn english",
        "habla en cristiano, por favor, que no se te entiende nada",
        "говори по-русски, понаехавший",
    ],
    "a group made the joke": [
        "no offense but muslims shouldn't be nurses",
        "chiste: ¿qué hace un gitano en la farmacia?",
        "без обид, но таджикам только улицы мести",
    ],
    "a disability word naming someone, laughed at": [
        "the stutterer on screen trying to read the script lol",
        "mira cómo camina la coja, qué risa",
        "заика опять в эфире, ахаха",
    ],
    "a headscarf mocked as a rag": [
        "the nurse with the rag on her head again",
        "otra con el trapo en la cabeza dando consejos",
        "сними тряпку с головы, доктор",
    ],
    "a degrading adjective before a people": [
        "filthy immigrants everywhere in that clinic",
        "malditos inmigrantes, llenan los hospitales",
        "вонючие мигранты заняли всю поликлинику",
    ],
    "a body shamed as unfit to show": [
        "you should be ashamed showing that belly on camera",
        "debería darte vergüenza mostrar esa panza",
        "как не стыдно показывать такое пузо",
    ],
    "hired for one's identity, praised 'for' it": [
        "la contrataron solo por ser mujer, se nota",
        "para ser india habla muy bien",
        "для бабы неплохо соображает",
    ],
}

MORE_CLEAN = [
    "my deaf grandma loves the captions, thank you",
    "mi abuela es sorda y lee los subtítulos",
    "being asked about the state of her health bothered her",
    "la serie de abogados de netflix está buenísima",
    "nobody should tell immigrants to go home",
    "no creo que los inmigrantes deban irse",
    "никто не говорит мигрантам уезжать домой",
]


@pytest.mark.parametrize(
    ("concept", "text"), [(concept, text) for concept, texts in MORE_ABUSE.items() for text in texts]
)
def test_contempt_by_its_figure_is_abuse(risk: RiskFilter, concept: str, text: str) -> None:
    assert "risk.harassment" in categories(risk, text), concept


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_a_rejection_denied_is_not_abuse(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)
