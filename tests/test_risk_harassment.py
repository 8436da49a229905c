"""Harassment by concept, in English, Spanish and Russian: abuse aimed at a person or a group without the words
the first rules listed; the speech acts that make the same words someone else's (told to the moderators,
criticised, self-described); and published lines that are not abuse at all."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


ABUSE = {
    "told they should not exist": [
        "you shouldn't exist",
        "your parents should have aborted you",
        "the world would be better if you disappeared",
        "no deberías existir",
        "tus padres debieron abortarte",
        "el mundo estaría mejor sin ti",
        "тебя не должно существовать",
        "мир стал бы лучше без тебя",
        "никто не заплачет, если ты сдохнешь",
    ],
    "a crowd sent against a person": [
        "everyone report her channel, let's get it taken down",
        "raid her insta, she deserves it",
        "guys mass report @jenny_md",
        "todos a denunciar su canal hasta que lo cierren",
        "reporten en masa a @jenny_md",
        "все жалуемся на её канал, пока не закроют",
        "давайте массово зарепортим @jenny_md",
    ],
    "know your place": [
        "know your place, woman",
        "shut up and smile sweetie, nobody asked your opinion",
        "women should be seen and not heard",
        "calladita te ves más bonita",
        "vete a fregar, mujer",
        "знай своё место, женщина",
        "твоё дело молчать и улыбаться",
        "иди борщ вари, а не кардиологию объясняй",
    ],
    "a group given a hostile generalisation": [
        "muslims can't be trusted, not one of them",
        "jews control the media and this channel too",
        "mexicans are ruining this country",
        "trans people are mentally ill, period",
        "los judíos controlan los medios",
        "los venezolanos vienen a quitarnos el trabajo",
        "los gays están enfermos de la cabeza",
        "таджики отнимают у нас работу",
        "геи больные на голову",
    ],
    "likened to vermin": [
        "you're nothing but a parasite",
        "these people breed like rats",
        "eres una parásita",
        "se reproducen como ratas",
        "ты паразит",
        "плодятся как тараканы",
    ],
    "weight, age, voice and accent mocked": [
        "lay off the donuts doc",
        "she has a face for radio",
        "how many chins does the host have now",
        "you're way too old to be on camera",
        "cant understand a word with that thick accent, speak properly",
        "la presentadora está gordísima, que se ponga a dieta",
        "qué voz tan chillona, cambien de presentadora",
        "ya estás muy vieja para la tele",
        "ведущая разжирела, пусть сядет на диету",
        "сколько подбородков у ведущего",
        "голос как у бензопилы, уберите её",
    ],
    "a body word used as a name": [
        "eat a salad fatty",
        "hey baldy, the light is reflecting off your head",
        "oye calvo, te brilla la cabeza",
        "эй лысый, у тебя голова блестит",
    ],
    "an illness or disability used against someone": [
        "@mike_22 go take your meds, psycho",
        "wheelchair boy thinks he can coach fitness lol",
        "deaf people shouldn't be hosting a podcast",
        "@pepe_22 tómate tus pastillas, loco",
        "tú estás para el manicomio",
        "@pasha_22 выпей таблетки, психопат",
        "заика учит нас говорить, смешно",
    ],
    "gender mocked, sexuality called disgusting": [
        "he talks like a girl, man up",
        "the host is obviously gay, disgusting",
        "habla como una niña, sé hombre",
        "pareces un hombre con esas manos",
        "говорит как девчонка, будь мужиком",
        "ведущий гей, противно смотреть",
    ],
    "class contempt": [
        "peasants like you can't afford the treatment anyway",
        "tienes pinta de pobre, búscate un trabajo de verdad",
        "gentuza como tú no debería tener canal",
        "быдло вроде тебя не должно вести канал",
    ],
    "sexual remarks": [
        "the host is so hot, i want to see her without that lab coat",
        "wear something shorter next time",
        "send me a private pic sweetheart",
        "la doctora está buenísima, quiero verla sin bata",
        "ponte algo más corto la próxima vez",
        "хочу увидеть её без халата",
        "надень юбку покороче в следующий раз",
    ],
    "looks mocked through a mirror, a shape, a body part on camera": [
        "someone buy this woman a mirror",
        "my guy is shaped like a fridge and wants to teach cardio",
        "how is a guy with that gut teaching fitness",
        "imagine being bald from chemo and still going on camera, have some shame",
        "your voice makes my ears bleed, let someone else talk",
        "who let grandma in the chat, go take your dentures out and nap",
        "que alguien le compre un espejo a la presentadora",
        "con esa panza enseñando fitness, por favor",
        "¿quién dejó a esta vieja en el directo?",
        "пусть она сначала похудеет, а потом учит нас",
        "кто пустил эту жирную в эфир",
        "с таким пузом учит нас правильно питаться",
    ],
    "an identity with a role met with scorn": [
        "a female surgeon? no thanks, they're too emotional",
        "a man teaching yoga? so gay lol",
        "only a lesbian would dress like that",
        "una india explicando medicina, lo que faltaba",
        "this doctora es una india ignorante, go home",
        "черномазый врач, ну конечно",
        "только баба могла бы так одеться",
    ],
    "sexual degradation and rape wished": [
        "the host is a walking std",
        "she's the office mattress, everyone knows it",
        "ojalá te violen",
        "es el colchón del barrio",
        "она местная подстилка",
        "чтоб тебя пустили по кругу",
    ],
    "a group blamed or given a vice": [
        "hijabi nurses are a security risk, just saying",
        "los negros no saben de medicina",
        "los chinos comen de todo, por eso el covid",
        "хохлы опять ноют",
    ],
    "sent off to find a husband": [
        "go find a husband instead of lecturing us",
        "búscate un marido en vez de dar consejos",
        "иди мужика себе найди, а не эфиры веди",
    ],
    "weight or age said to unfit someone, clothes and decency, a shame for a race": [
        "she is very fat for teaching the exercises no?",
        "is she pregnant or just fat lol",
        "young lady you should be ashamed, dressing like a harlot for the camera",
        "In my day a lady would not show her arms like that on the television. Disgraceful.",
        "you are a shame for your race",
        "why this man talk like woman, is not normal",
        "esa doctora es muy gorda para enseñar ejercicio no?",
        "¿está embarazada o solo gorda? jaja",
        "pareces una papa con pelo",
        "gitana sucia fuera de mi canal",
        "las niñas no deberían ser doctoras, que sean enfermeras",
        "porque ese hombre habla como mujer, no es normal",
        "эта врачиха слишком толстая, чтобы учить упражнениям",
        "она беременная или просто жирная? ахах",
        "ты похожа на картошку с волосами",
        "В наше время приличная женщина так не одевалась, позорище",
        "вы приезжие всегда приходите и всё забираете",
        "девочкам нельзя быть врачами, пусть будут медсёстрами",
        "грязная цыганка, вон из моего канала",
    ],
    "a job said to be got by identity or by bed": [
        "she only got that job because she's a woman",
        "everyone knows she slept with the director to get on air",
        "an indian doctor? give me a real doctor",
        "seguro le dieron el puesto por ser mujer",
        "se acostó con el jefe para salir en cámara",
        "её взяли только потому что баба",
        "на должность попала через постель",
    ],
    "a person labelled by a condition and mocked": [
        "the wheelchair guy asking questions again lol",
        "@kim is clearly autistic, ignore the weirdo",
        "la sorda pidiendo subtítulos otra vez, qué pesada",
        "mira al mongolito haciendo sentadillas",
        "глухая опять просит субтитры, надоела",
    ],
    "illness wished, persistence promised, a crowd set on someone": [
        "hope you get the cancer you keep talking about",
        "ojalá te dé un infarto, mentirosa",
        "чтоб ты сама заболела",
        "i'll be in every one of your streams until you quit",
        "voy a estar en todos tus directos hasta que lo dejes",
        "буду в каждом твоём эфире, пока не уйдёшь",
        "chat let's make this nurse cry",
        "hagamos llorar a la presentadora",
        "все идём к ней в комменты",
    ],
    "sexual requests": [
        "camera guy zoom in on the trainer's chest",
        "what's your bra size doc",
        "muéstranos más escote doctora",
        "покажи декольте, доктор",
        "ведущая, наклонись ещё разок к камере",
    ],
    "told to let a man explain, to wait for the cemetery, likened to a convict": [
        "let a man explain it, sweetie",
        "deja que un hombre lo explique",
        "пусть мужчина объяснит",
        "old people in chat should be quiet and wait to die",
        "los viejos del chat, a esperar su turno en el cementerio",
        "старичьё, идите на кладбище очередь занимать",
        "the nurse with all those tattoos looks like a convict",
        "la enfermera parece una presidiaria",
        "медсестра как зэчка",
        "🐒🍌 doctor lol",
    ],
    "worth degraded by degree, a swear as a name, a slur by a role, violence asked for a group": [
        "@tom ur the dumbest person in this chat",
        "you're too stupid to be allowed online",
        "eres la más tonta del chat",
        "@саня ты самый тупой в чате",
        "this dickhead doctor is a total fraud",
        "заткнись, долбоёб",
        "ведущий мудак конченый",
        "puta la enfermera",
        "урод доктор",
        "all the foreign doctors there should be lined up and shot",
        "a todos los médicos extranjeros habría que matarlos",
        "всех этих приезжих врачей надо перестрелять",
    ],
    "a body word as a role's label, a body that fills the frame, an illness called deserved": [
        "baldy doc's head is blinding me",
        "fatty on the left is gonna break the treadmill",
        "sir your gut is blocking the camera",
        "a fitness stream hosted by a whale, classic",
        "who takes fitness advice from a midget",
        "the host has hiv so obviously he deserves it",
        "is she just slow in the head",
        "she's a clown not a pharmacist",
        "you people should go back where you came from",
        "boomers in chat are too stupid to use the promo code",
        "you are very ugly woman",
        "typical hysterical female doctor",
        "14 words, this clinic is being taken over by (((them)))",
        "el calvo del chat otra vez",
        "una gorda vendiendo batidos para adelgazar, qué chiste",
        "tiene sida, se lo merece",
        "es una payasa, no una farmacéutica",
        "лысый доктор опять в кадре",
        "с таким акцентом тебе только на рынке торговать",
        "сам виноват, что сердечник",
        "ты очень некрасивая женщина",
        "клоун, а не врач",
    ],
    "masked slurs": [
        "you're a dumb c*nt",
        "shut up you stupid b*tch nobody asked",
        "eres una z*rra",
        "заткнись, п*дор",
    ],
}


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{concept}: {text}") for concept, lines in ABUSE.items() for text in lines]
)
def test_abuse_without_the_listed_words_is_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)


NOT_THE_WRITERS_ABUSE = {
    "someone else's abuse told to the moderators": [
        "whoever called the host a cow needs a timeout",
        "mods please remove the creep asking the nurse to take off her scrubs",
        "mods, @troll92 keeps telling the nurse to show feet, please ban",
        "moderadores, @troll92 le sigue pidiendo fotos sin ropa a la doctora, baneen",
        "alguien le dijo vaca gorda a la doctora, baneenlo",
        "кто-то назвал ведущую жирной коровой, забаньте",
    ],
    "abuse named and criticised": [
        "telling women to go back to the kitchen is not ok",
        "saying people like her shouldn't exist is cruel, stop it",
        "calling the host a fat pig is bullying, knock it off",
        "decirle a una mujer que vuelva a la cocina no está bien",
        "decir que los inmigrantes son una plaga es racismo",
        'говорить женщине "знай своё место" - это хамство',
    ],
    "the writer describing themselves": [
        "me watching a fitness stream with a pizza, im such a fat pig lol",
        "soy una cerda, me comí todo el pastel",
        "я такая корова сегодня, объелась",
    ],
    "neutral words about groups, compliments": [
        "immigrants are the backbone of our hospitals",
        "los inmigrantes sostienen los hospitales",
        "мигранты работают в наших больницах",
        "the doctor looks lovely today, great dress",
        "la doctora está guapísima hoy",
        "ведущая сегодня прекрасно выглядит",
        "i'm too old for this stuff",
        "nobody would miss you if you left the chat for a bit lol",
        "el tren va retrasado otra vez",
    ],
    "people named without scorn": [
        "a man fell off his bike lol",
        "a female doctor explaining my results lol, so nice",
        "While he was in the posture, an old lady passed an inquired if he",
        "Женщины как револьверы - опасны только в руках новичка.",
    ],
    "kind words about people": [
        "my grandma is a nurse and she looks great for her age",
        "mi abuela fue enfermera y se ve muy bien",
        "моя бабушка была медсестрой и отлично выглядит",
        "is she pregnant? congrats if so!",
        "the chinese doctor explained it really well",
    ],
    "self-roasts and idioms": [
        "lol I look like a potato after leg day",
        "me doing planks looks like a seal on a rock 😂",
        "he's a dinosaur about technology but a great doctor",
        "Я работаю как лошадь, ем как свинья, устаю как собака.",
        "Правда - это правда; правда с большой буквы - химера, пустое место.",
        "Un científico es un hombre tan endeble y humano como cualquiera",
    ],
    "swear words about things": [
        "the asshole of the galaxy is a black hole",
        "Что было раньше - курица или яйцо, знает только петух.",
    ],
    "ugly things, a group's possession, a word mentioned": [
        "that ugly christmas sweater on the trainer is amazing 😂",
        'the myth that women\'s heart attacks are "just anxiety" needs to die',
        "the doc explained that 'retarded' was once a medical term and why it's offensive now",
        "«чурка» - это оскорбление, не пишите так",
        "'sudaca' es un insulto, no lo uses",
    ],
    "numbers": ["what a great show, greetings from town 1488", "order 1488 shipped, 14 words max in the note"],
    "fairy tales": ["I was once a handsome, charming prince and then a mean, ugly old witch cast a spell"],
    "banter": ["@mike you're so slow on the treadmill, grandpa 😂 (love you bro)"],
}


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{act}: {text}") for act, lines in NOT_THE_WRITERS_ABUSE.items() for text in lines],
)
def test_reported_criticised_and_self_described_abuse_is_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


#: Lines of Debian's fortunes that the harassment rules flagged, each for a reason of its own kind.
PUBLISHED = [
    # a line technology, not a sexual acronym
    "the world, DSL *starts* at the speeds where US fibre lets off",
    # an expletive about a thing, not a slur at the reader
    "to install your new aerial, which is the biggest son-of-a-bitch you",
    # "pig-headed" is stubborn
    "I am firm.  You are obstinate.  He is a pig-headed fool.",
    # past narration of a remark
    "22-year-old beauty remark that he was too old and out of shape for her.  The",
    # "retrasados" is late, "tan perra" is lousy
    "¿Por qué, cuanto más retrasados estamos dura más la luz roja del",
    "Lunes: ¡qué manera tan perra de pasar un séptimo de vida!",
    # a definition ("X - это Y"), nobody addressed
    "Истина - это корова, которая не дает скептикам молока, предоставляя им",
    # jokes and verses the new concepts must leave alone
    "If you sow your wild oats, hope for a crop failure.",
    "And did those feet, in ancient times,",
    "Women are all alike.  When they're maids they're mild as milk: once make 'em",
    "equivocación, algo que no debería existir, y el verdadero objetivo de la",
    "Все женщины одинаковы - каждая неповторима.",
    "Мир тесен? Садись на диету.",
    "Клизма, знай свое место!",
    "Оставьте их: они - слепые вожди слепых; а если слепой ведет слепого,",
    "his removal from the net and phoning his employer to get him fired.",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_published_lines_are_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        "you're a dumb son of a bitch",
        "eres una perra",
        "eres un retrasado",
        "ты - корова",
        "pharmacist girl has dsl 👅",
        "you're too fat to be a coach",
    ],
)
def test_the_fixed_words_still_catch_abuse(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)
