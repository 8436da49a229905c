"""Spanish and Russian threats recognised by their class when no violent verb is named.

Each class is a kind of menace, not a sentence: doom foretold to the one addressed (a death, never waking, a life to
be paid with, days counted, the regional idioms of "you're finished"), a meeting out of sight or a visit sent,
others called to do it, something that will "happen" to someone or at an event, being watched or followed, a
weapon held beside a known place, a place or a car harmed, a parcel left in a lobby, harm in the passive future,
whereabouts known, and verbs of harm the earlier classes lacked (with their Latin spellings in Russian).

Each keeps its look-alikes clean: a countdown to a launch, a visit to a friend, a lesson in sport, a child's school
asked about kindly, a toy pistol, a demolition, a song, a sleepless night, a laugh after guessing someone's city, a
proverb of fate, a penalty kick; "after the show" alone is no longer a threat in Russian (a meeting with viewers).
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

THREATS_ES = [
    # doom foretold to the one addressed
    "usted va a morir por lo que le hizo a mi padre",
    "esta noche no vas a despertar, doctora",
    "ustedes pagan con su vida si mi hijo no sale del quirófano",
    "que vaya encomendando su alma, el jueves paso por su consulta",
    "te quedan dos días, presentadora",
    "tic tac, coach",
    "ya te cargó el payaso, nutricionista",
    "van a saber lo que es sufrir, todos los del turno",
    "el viernes en la feria no queda nadie vivo",
    # a meeting out of sight, a visit sent, people hired
    "la espero a la salida del estudio, señora",
    "esta noche te visitamos, doctor",
    "ya le llegará su visita a esa enfermera",
    "pagué a unos compas para que vayan a visitarte",
    "tengo gente en tu colonia, no lo olvides",
    # others called
    "denle su merecido a ese farmacéutico, de mi parte",
    "que le partan la cara al entrenador, pago yo",
    # something that will happen
    "a tu hija le puede pasar algo muy feo, piénsalo",
    "el domingo en la maratón va a pasar algo grande, no vayan",
    "yo en tu lugar no saldría sola esta noche",
    # watched, followed
    "te estoy mirando desde la esquina ahora mismo",
    "llevamos dos semanas siguiéndote, doctor",
    "sé a qué hora cierras el consultorio",
    # a weapon beside a known place
    "tengo una escopeta y sé dónde atiende usted",
    "entro a la clínica armado el lunes",
    "mira lo que me compré 🔪 adivina para quién es",
    # a place or a car harmed, a parcel, the passive future
    "tu consultorio amanece en cenizas cualquier día",
    "le aflojé los frenos a la camioneta de la doctora",
    "dejé una mochila en el vestíbulo, corran",
    "ese gimnasio va a ser incendiado el sábado",
    "le voy a echar veneno al café de la recepción",
    # verbs the classes lacked
    "te cago a trompadas cuando te vea",
    "te busco y te encuentro, cobarde",
    "te vamos a hacer pedazos, farmacéutico",
    "lo mandamos a urgencias si vuelve a abrir",
    # an attack planned, accidents, going out alone, a night visit, tyres, a place that bursts at a time
    "lo tengo todo calculado para la inauguración del hospital",
    "los enfermeros a veces sufren accidentes, cuídate",
    "la cajera que me cobró de más, que no ande sola",
    "paso esta noche a tu casa, ya sabes para qué",
    "te pinchan las llantas cualquier noche de estas",
    "hoy explota la clínica del centro",
    # a family known or complimented with a pity, the remembering
    "sé cómo se llama tu hija, doctor",
    "tu esposa es muy guapa, sería una pena",
    "te vas a acordar de mí, doctora",
    # what is threatened: a pet, an address published, a wish by an agent, a named end, a question, a child waited for
    "a tu gatito le puede pasar algo, presentadora",
    "voy a subir tu domicilio al grupo",
    "ojalá alguien te acuchille al salir",
    "la doctora Ruiz no va a ver el año nuevo",
    "¿te imaginas tu farmacia en cenizas?",
    "mis hermanos ya conocen tu cara",
    "esta noche no amanece esa clínica",
    "péguenle al coach cuando salga",
    # veiled: people like you, disappearing, a family member alone, a night outside, "your last show", nowhere to hide
    "los farmacéuticos como usted terminan mal",
    "nadie te encontraría en el río",
    "tu abuela sigue viviendo sola, ¿no?",
    "ya tengo tu domicilio",
    "te vi con tu esposa en el mercado",
    "estuve toda la noche frente a tu casa",
    "este es tu último programa",
    "no vas a poder esconderte, doctor",
]

THREATS_RU = [
    # doom foretold
    "за мою сестру ты ответишь жизнью",
    "кровью смоешь, фармацевт",
    "этот лекарь уже не жилец",
    "пиши завещание, тренер",
    "хана тебе, ведущая",
    "осталось два дня, доктор",
    "ты у меня допрыгаешься",
    "вы будете страдать, как страдал мой отец",
    "вашу клинику сотрут... нет, ваш центр будет стёрт с лица земли",
    "ваша безопасность больше не гарантируется",
    # a meeting out of sight, a visit, people sent
    "выйди после смены во двор, разговор есть",
    "тебя скоро навестят, доктор",
    "передадут тебе привет мои друзья",
    "пацаны с района уже подъедут к вашей аптеке",
    "с тренером разберутся после эфира",
    # something that will happen
    "с твоей дочкой может кое-что случиться",
    "на марафоне случится кое-что, не приходите",
    "пусть бережётся, передайте ему",
    # watched, followed, whereabouts
    "смотрю на тебя из окна напротив",
    "пятый день за тобой хожу",
    "сфотографировал твою машину у клиники",
    "знаю, во сколько ты уходишь из студии",
    # a weapon beside a known place, a car or a place harmed
    "у меня есть обрез, и я знаю, где ваш кабинет",
    "принесу нож к вам в регистратуру",
    "перерезал тормоза на машине ведущей",
    "витрины будут разбиты этой ночью",
    "оставил пакет у входа, бегите",
    # verbs the classes lacked, Latin spellings
    "отметелим этого фармацевта толпой",
    "угроблю тебя, как ты угробил моего отца",
    "zarezhu tebya posle efira",
    "в асфальт тебя закатаю, провизор",
    "доберусь я до вас, лекари",
    # an attack planned, accidents, going out alone, a night visit, tyres
    "всё спланировал на вашу презентацию",
    "несчастные случаи бывают с докторами",
    "медсестре из ночной смены лучше одной не ходить",
    "ночью зайду к тебе домой",
    "проколю тебе шины у клиники",
    # a family known or complimented with a pity, an idiom of trouble
    "знаю, в какую школу ходит твой сын",
    "ваша дочка очень милая, жаль будет",
    "ну всё, кому-то не поздоровится",
    "после эфира жди у выхода, доктор",
    # what is threatened: a pet, an address published, a wish by an agent, a named end, a question, a child waited for
    "с вашей кошкой может что-нибудь случиться",
    "солью твой домашний адрес",
    "чтоб тебе руки оторвали, лекарь",
    "тренер Олег не доживёт до лета",
    "представь свой офис в огне",
    "дождусь твоего сына у школы",
    "к утру вашей клиники не будет",
    "побейте этого фармацевта, кто рядом",
    # veiled: people like you, disappearing, a family member alone, a night outside, "your last show", nowhere to hide
    "врачи вроде тебя плохо кончают",
    "тебя никто не найдёт в болоте",
    "твоя бабушка живёт одна, верно?",
    "видел вас с женой в парке",
    "всю ночь караулил у твоего подъезда",
    "это твой последний стрим, наслаждайся",
    "тебе не спрятаться, доктор",
]

LOOKALIKES_ES = [
    "te quedan dos días para inscribirte al taller, no te lo pierdas",
    "tic tac bajo la almohada, el reloj de mi abuela",
    "mañana te visito, amiga, llevo el pastel",
    "el equipo les dio una lección en la final",
    "ese edificio va a ser demolido el año que viene",
    "tengo una pistola de agua para el carnaval, nos vemos en la plaza",
    "vas a morir de risa con este video",
    "sé dónde vive la felicidad: en mi cocina",
    "¿a qué colegio van tus hijos? el mío busca escuela",
    "me compré un cuchillo nuevo para la cocina",
    "el doctor dijo que no me quedan pocas opciones, estoy tranquilo",
    "hay que fusilar al portero desde el punto penal",
    "a cada santo le llega su hora",
    "mañana paso por tu casa a dejarte el libro",
    "tu hija es muy linda, saludos a la familia",
    "mi abuelo no va a ver la navidad, dice el médico",
    "al doctor le queda poco para jubilarse",
    "voy a subir la dirección de la farmacia de guardia",
    "la gente como tú hace falta en este mundo",
    "ya tengo tu dirección para mandarte el libro, gracias",
    "yo no saldría de casa hoy con esta lluvia",
]

LOOKALIKES_RU = [
    "до пятницы осталось три дня, ждём запуск",
    "лучше бы я вчера не проснулся так рано",
    "знаю, где ты живёшь, ахах, ты сама сказала Казань",
    "навещу бабушку в больнице на выходных",
    "тик-так часы в коридоре всю ночь",
    "старый дом будет снесён весной",
    "после эфира поговорим в комментариях, доктор",
    "в субботу на марафоне будет много людей",
    "купил нож для рыбалки",
    "ты попал в самую точку",
    "иногда только промахнувшись понимаешь, как ты попал.",
    "после эфира увидимся на встрече с подписчиками!",
    "бабушка в больнице, всякое бывает в её возрасте",
    "ночью зайду в аптеку за лекарством",
    "колокол треснул, разбейте его на две части",
    "выложу адрес аптеки в описании",
    "такие как ты делают мир лучше",
    "есть твой адрес для доставки, спасибо",
    "я бы сегодня не выходил из дома, на улице минус тридцать",
]


@pytest.mark.parametrize("text", THREATS_ES + THREATS_RU)
def test_a_spanish_or_russian_menace_is_recognised_by_its_class(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize("text", LOOKALIKES_ES + LOOKALIKES_RU)
def test_the_same_words_without_a_menace_stay_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)
