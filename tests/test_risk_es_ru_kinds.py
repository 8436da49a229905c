"""Spanish threats told by a regional verb of beating, a debt or a warning, and Russian abuse recognised by its kind.

Spanish: blows given in the first person with the clitics of every person and in the present, periphrastic and
synthetic future ("te agarro a piñas", "os vamos a moler a palos", "le reventaré la cabeza"), a beating "you'll get",
"you'll pay / regret it / find out" in tuteo, voseo and ustedes, whereabouts known beside a warning, a visit
announced, property harmed, days counted, a blade beside a warning, people hired. Russian: prison and youth slang for
a degraded person, a beast with a scornful adjective, a face likened to a drunk's, brains denied, bodies and ages
mocked, origin sent back, women sent to the kitchen, sexual demands of the host, insults in Latin letters; menace in
street and prison speech (perfective future, a debt of words, a grave to dig, a beating ordered to others).

Each keeps its look-alikes clean (a beating in a game, a praise in slang, a car sold, a countdown to a launch, a
farm, a kitchen, a woman's own body talk), and worry about a relative's illness is no death foretold.
"""

from __future__ import annotations

import pytest

from castguard.filters import speech
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

THREATS_ES = [
    # blows given, every person of the clitic, future forms
    "a ese farmacéutico lo agarro a piñas apenas lo cruce",
    "os vamos a moler a palos, cabrones",
    "te caeremos a coñazos en la salida",
    "las agarro a trompadas a las dos",
    "te meto una hostia que te giro la cara",
    "le voy a pegar un balazo al coach",
    "le reventaré la cabeza al fisio",
    "te voy a sacar la cresta cuando te pille",
    "esa nutri se va a llevar un combo en el hocico",
    "te dejo sin dientes la próxima vez",
    # you will pay, regret it, find out
    "me las vas a pagar, doctora",
    "me las pagaréis todos",
    "te vai a arrepentir cabro",
    "os vais a acordar de mí",
    "no te vas a salvar de esta",
    "te vas a enterar, cabrón",
    "vas a ver lo que te pasa cuando salgas",
    # whereabouts known beside a warning, a visit, property, days counted, a blade, people hired
    "sé dónde queda tu consultorio doctora, cuídate",
    "ya sé en qué colegio está tu hijo, sigue hablando",
    "ya los ubiqué a todos, mods",
    "os vamos a hacer una visita a la clínica",
    "le voy a ponchar las llantas al entrenador",
    "te rayo el coche esta noche",
    "cuenta los días, nutri",
    "disfruta tus likes mientras puedas caminar",
    "cuídate mucho doc 🔪",
    "ya le pagué a alguien para que te espere a la salida",
    # no escape, watch your back, everyone at a place, a death taken on by the writer, a veiled warning
    "no os vais a salvar ninguno",
    "camina mirando para atrás cuando salgas del gym",
    "estaré enfrente de tu consultorio mañana temprano",
    "el lunes no va a quedar ni uno de pie en esa clínica",
    "que se pudran todos, y yo pongo la gasolina",
    "te vamos a mandar al otro mundo, falso doctor",
    "tengo cómo llegar a ti y a los tuyos",
]

LOOKALIKES_ES = [
    "me saqué la cresta entrenando hoy",
    "nadie se salva solo, cuídense entre todos",
    "de la muerte nadie se salva, pero de la reunión del lunes sí",
    "partiste la madre con este tema, gracias",
    "me rompí la cara jugando fútbol, qué dolor",
    "te vas a enterar de todo en el próximo live",
    "vas a ver qué rico queda el pastel",
    "sé dónde queda tu consultorio, mañana paso a pedir cita",
    "voy a vender el carro viejo, alguien interesado?",
    "cuenta los días para las vacaciones jaja",
    "cuídate al picar la cebolla 🔪 en la receta de hoy",
    "mientras puedas caminar, camina: es el mejor ejercicio",
    "ya le pagué a la nutri por la consulta",
    "la abuela no va a llegar a navidad, está muy malita",
    "mi perrito no llega a fin de año, el veterinario dice que tiene cáncer",
    "no te vas a salvar del frío sin abrigo jaja",
    "te arrepentirás de no venir a la clase del sábado",
    "anda mirando el calendario para la próxima cita",
    "estoy afuera de la clínica esperando mi turno",
    "mejor que no salgas sola de noche, está lloviendo mucho",
    "no va a quedar nadie sin su regalo de navidad",
    "ya no vas a poder transmitir por el corte de luz de mañana",
]

HARASSMENT_RU = [
    # slang for a degraded person
    "фуфлыжник, чмо, сиди и не отсвечивай",
    "ведущий душнила и скуф",
    "твоё место у параши, лепила",
    "с тобой за одним столом сидеть западло",
    # a beast with scorn, a face likened, brains denied
    "тупая коза, сколько можно",
    "ты тупую овцу из себя строишь",
    "гусь надутый, а не врач",
    "крыса аптечная, вот кто ты",
    "рожа у ведущего как у алкаша с вокзала",
    "у тебя вместо мозгов опилки",
    "на тебя смотреть противно",
    # bodies and ages, origin, women, sexual demands, Latin letters
    "лысый карлик, а строит из себя профессора",
    "старая карга опять учит нас",
    "диетолог с тремя подбородками опять про сахар",
    "иди свиней корми, а не людей лечи",
    "тебе бы мужика нормального",
    "покажи сиськи, тогда посмотрю",
    "снимешь халат — подпишусь",
    "doktor ty dolboyob",
    "ti ne trener, ti svinya",
]

LOOKALIKES_RU = [
    "коза на ферме дала молоко, полезно ли козье молоко?",
    "на кухне у меня стоит мультиварка, что в ней приготовить?",
    "я тупенькая, можно ещё раз объяснить про инсулин?",
    "у моей свекрови второй подбородок, как ей помочь?",
    "мычит как корова — это про нашу корову Зорьку, она заболела",
    "сними пробу с супа и скажи, солёный ли",
    "покажи упражнение ещё раз, пожалуйста",
    "дед в деревне держит свиней и коз",
    "я лох, забыл выключить плиту",
]

THREATS_RU = [
    # street and prison menace in the perfective future, a debt of words, a grave, a beating ordered, Latin letters
    "выбьем из него всю дурь",
    "закатаем его в асфальт после эфира",
    "устроим вам весёлую жизнь",
    "за каждое слово ответишь, лепила",
    "поставим тебя на счётчик",
    "ройте себе яму, аптекари",
    "мочите эту медсестру",
    "ty pokoynik, vedushaya",
    "s tebya sprosyat",
]

LOOKALIKES_RU_THREAT = [
    "бейте яйца венчиком до пены",
    "гасите свет перед сном",
    "устрою тебе праздник на день рождения",
    "копай картошку, пока тепло",
    "ответишь за слова в суде",
]

WORRY = [
    "бабушка сказала что не доживёт до весны",
    "врач сказал, что дед не доживёт до нового года",
    "кот старенький, боюсь не доживёт до лета",
    "la abuela no va a llegar a navidad, está muy malita",
]


@pytest.mark.parametrize("text", THREATS_ES)
def test_a_spanish_menace_is_recognised_by_its_verb_and_forms(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize("text", LOOKALIKES_ES)
def test_spanish_look_alikes_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize("text", HARASSMENT_RU)
def test_russian_abuse_is_recognised_by_its_kind(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


@pytest.mark.parametrize("text", LOOKALIKES_RU)
def test_russian_look_alikes_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize("text", THREATS_RU)
def test_russian_street_menace_is_recognised(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize("text", LOOKALIKES_RU_THREAT)
def test_russian_street_look_alikes_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize("text", WORRY)
def test_worry_about_a_relatives_illness_is_neither_threat_nor_self_harm(risk: RiskFilter, text: str) -> None:
    found = categories(risk, text)
    assert "risk.threat" not in found
    assert "risk.self_harm" not in found


@pytest.mark.parametrize("text", ["твоя мать не доживёт до весны", "ты не доживёшь до весны"])
def test_the_same_words_aimed_at_the_one_addressed_stay_a_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    "sentence", ["qué bonito hablas, lástima que te voy a dejar sin lengua", "que se cuiden las enfermeras"]
)
def test_a_spanish_exclamation_or_wish_without_a_mark_is_no_question(sentence: str) -> None:
    assert not speech.is_question(sentence)


def test_a_spanish_question_with_a_mark_stays_a_question() -> None:
    assert speech.is_question("¿qué bonito color es ese?")
