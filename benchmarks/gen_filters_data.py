"""Generate the labelled chat set used by ``bench_filters.py`` (deterministic).

    python benchmarks/gen_filters_data.py   # writes benchmarks/data/filters_labelled.jsonl

Each line is ``{"text", "lang", "labels"}`` where ``labels`` lists the
categories a careful human moderator would give the message (``profanity``,
``risk.*``, ``spam.*``); an empty list is clean chat. Messages are built from
hand-written chat lines of a healthcare live stream in English, Spanish and
Russian, with swearing disguised the way chat disguises it (leetspeak,
stretching, spacing, masks, look-alike letters) and many hard negatives:
clinical vocabulary, Scunthorpe-style words, acronyms, hyperbole, general
health questions, prices, times and e-mail addresses.

The lines were written from moderation experience, not from castguard's rule
lists, and include phrasings castguard does not catch.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).parent / "data" / "filters_labelled.jsonl"

CLEAN_EN = [
    "great stream today, thanks doc",
    "what time does the clinic open on saturday?",
    "hi from ohio!",
    "is there a replay of this later?",
    "audio is a bit low",
    "thank you for explaining this so clearly",
    "my appointment got moved to 3:30, anyone else?",
    "the slides are really helpful",
    "love this channel",
    "can you talk about flu shots next week?",
    "how long does the covid booster last in general?",
    "what is the normal range for blood pressure?",
    "how does insulin actually work?",
    "what are common side effects of statins in general?",
    "is the clinic accepting new patients?",
    "the parking lot is full again lol",
    "omg this is so useful",
    "lmao the cat in the background",
    "first time watching, hello everyone",
    "gg",
    "lol",
    "W stream",
    "thanks Dr. Patel!",
    "the price went up to $45.99 this year",
    "order #55512 still not shipped",
    "meeting at 10.30 tomorrow",
    "e.g. vitamin D levels, i.e. in winter",
    "version 2.0 of the app is better",
    "node.js dev here, nice stream",
    "email the front desk at frontdesk@clinic-example.com",
    "who else is watching from work",
    "sending love to everyone dealing with this",
    "that was a great explanation of HIV testing",
    "herpes is way more common than people think",
    "rectal exams are nothing to be scared of",
    "anal fissures are so painful, good to know treatment options",
    "sperm count drops with heat, interesting",
    "sex education should start early",
    "my uncle lives in Scunthorpe",
    "the penis and vagina slides were very clear",
    "they graduated summa cum laude",
    "breast cancer screening saves lives",
    "the nurse was so kind",
    "class starts at 9",
    "we need to assess the risk first",
    "cocktail hour after the webinar?",
    "reading Dickens on my break",
    "shiitake mushrooms are good for you",
    "hello hello can you hear me",
    "she is a therapist",
    "great analysis of the data",
    "grapes are high in sugar",
    "the assassin in that show",
    "this lag is killing me",
    "i'm dying of laughter",
    "dying to try that recipe",
    "this song is to die for",
    "I could kill for a coffee right now",
    "you killed it today!",
    "the doctor said the antibiotics kill bacteria",
    "killer presentation",
    "what dose of ibuprofen is safe for adults in general?",
    "can you mix tylenol and advil?",
    "is there a cure for the common cold?",
    "does green tea cure cancer?",
    "no, tea does not cure cancer",
    "never stop taking your insulin without your doctor",
    "don't stop your meds without talking to your doctor",
    "I would never hurt anyone",
    "I'm not going to sue, just asking",
    "the lawsuit against the drug company was in the news",
    "kill the lights please",
    "my dog is dying for a walk",
    "suicide prevention month is important",
    "where can I find self harm resources for my students?",
    "988 is the crisis line, good reminder",
    "check the cdc.gov page for details",
    "info at nih.gov",
    "fda.gov has the recall list",
    "See you all next week",
    "ok",
    "Thanks!",
    "I have a question about billing",
    "Great job team",
    "I take my meds every morning",
    "my mom watches every week",
    "I had covid last year, it was rough",
    "ASAP",
    "NASA",
    "USA USA",
    "Hello From Texas",
    "drink more water people",
    "happy birthday doc!",
    "I'm so tired today",
    "this is the best health channel",
    "Yes",
    "no",
    "same",
    "the hell's kitchen episode was fun",
    "damn right",
    "cool",
    "where is the link to the survey?",
    "HIV PrEP is free at the clinic now",
    "what are the symptoms of diabetes?",
    "how many hours of sleep do adults need?",
    "oral medication or injection, which is more common?",
    "the stroke unit is on floor 4",
    "organ donation saves lives",
    "screw caps on the pill bottles are hard to open",
    "strip tests for glucose are expensive",
    "I'm so pumped for this",
]
CLEAN_ES = [
    "hola a todos desde México",
    "gracias doctora, muy claro",
    "¿a qué hora abre la clínica?",
    "saludos desde Bogotá",
    "¿cuál es la dosis normal de paracetamol para adultos?",
    "excelente explicación",
    "me muero de risa con el gato",
    "me muero por probar esa receta",
    "la computadora se trabó",
    "la disputa fue en el congreso",
    "qué buen programa",
    "el VIH ya tiene tratamiento",
    "el examen rectal no duele tanto",
    "educación sexual en las escuelas ya",
    "¿el té verde cura el cáncer?",
    "no, el té no cura el cáncer",
    "nunca dejes de tomar tu insulina sin tu médico",
    "buenísimo",
    "jajaja",
    "gracias por todo",
    "¿hay repetición?",
    "el precio es $120.50",
    "la cita es a las 10.30",
]
CLEAN_RU = [
    "привет всем",
    "спасибо, очень полезно",
    "во сколько открывается клиника?",
    "отличный эфир",
    "какая обычная доза парацетамола для взрослых?",
    "умираю со смеху",
    "ВИЧ сейчас лечится",
    "столько рублей за прием",
    "у меня бляшка на зубах",
    "врач оскорбляет пациентов? не верю",
    "нужно употреблять больше воды",
    "чай не лечит рак",
    "никогда не бросайте инсулин без врача",
    "спасибо доктору",
    "ахаха",
    "всем добра",
    "корабля не видно",
    "где посмотреть запись?",
    "цена 350 рублей",
]

PROFANE_EN = [
    "what the fuck is this",
    "this is fucking amazing",
    "fuck this lag",
    "holy shit that's crazy",
    "shut up bitch",
    "you're such an asshole",
    "this guy is a dickhead",
    "bullshit, doctors lie",
    "damn that's expensive",
    "what a cunt",
    "piss off",
    "go fuck yourself",
    "motherfucker cut me off in the parking lot",
    "you dumbass",
    "shitty audio again",
    "stfu already",
    "wtf was that",
    "crap stream today",
    "this is such bullshit",
    "son of a bitch",
    "eat shit",
    "fucking finally",
    "hell yeah, fuck yes",
    "total clusterfuck",
    "stupid prick",
    "screw you, asshole",
    "slut",
    "what a whore",
    "he's a fag",
    "retard",
    "suck my dick",
    "kiss my ass",
    "bastard",
]
PROFANE_ES = [
    "qué puta mierda",
    "eres un pendejo",
    "chinga tu madre",
    "vete a la mierda",
    "hijo de puta",
    "cabrón de mierda",
    "no mames, qué pinche lag",
    "me cago en todo",
    "joder qué caro",
    "gilipollas",
    "puto el que lo lea",
    "coño ya",
    "la concha de tu madre",
    "pendeja",
    "malparido",
]
PROFANE_RU = [
    "какого хуя",
    "пиздец просто",
    "блять опять лагает",
    "сука ну что такое",
    "иди нахуй",
    "ебаный стрим",
    "ну и мудак",
    "заебал уже",
    "хуйня какая-то",
    "да похуй",
    "долбоеб",
    "охуеть цены",
    "пошел ты нахер",
]
# Ways chat disguises a swear word; each takes and returns a word.
MISSED_EN = ["biatch", "azz", "a-hole", "f off", "mf", "bs", "effin idiot", "sh1te"]


def disguise(word: str, rnd: random.Random) -> str:
    """One obfuscated spelling of ``word``."""
    kind = rnd.choice(["leet", "stretch", "space", "mask", "homoglyph", "caps", "dots"])
    if kind == "leet":
        table = {"a": "@", "i": "1", "o": "0", "e": "3", "s": "$", "t": "7"}
        chars = list(word)
        positions = [i for i, c in enumerate(chars) if c in table]
        for i in rnd.sample(positions, k=min(len(positions), rnd.randint(1, 2))):
            chars[i] = table[chars[i]]
        return "".join(chars)
    if kind == "stretch":
        vowels = [i for i, c in enumerate(word) if c in "aeiouу"]
        i = rnd.choice(vowels) if vowels else len(word) - 1
        return word[:i] + word[i] * rnd.randint(3, 6) + word[i + 1 :]
    if kind == "space":
        return rnd.choice([" ", ".", "-", "_"]).join(word)
    if kind == "mask" and len(word) >= 4:
        i = rnd.randint(1, len(word) - 2)
        return word[:i] + "*" * rnd.randint(1, min(2, len(word) - 1 - i)) + word[i + rnd.randint(1, 1) :]
    if kind == "homoglyph":
        table = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у"}
        return "".join(table.get(c, c) if rnd.random() < 0.5 else c for c in word)
    if kind == "caps":
        return word.upper()
    return ".".join(word)


DISGUISED = ["fuck", "shit", "bitch", "asshole", "cunt", "fucking", "bullshit", "dick", "pussy", "whore"]
CARRIERS = ["{w} this", "what the {w}", "you {w}", "{w} off mods", "this stream is {w}", "lol {w}", "{w}!!", "omg {w}"]

RISK = {
    "risk.threat": [
        ("en", "I'll be waiting outside the clinic"),
        ("en", "I know where you live doc"),
        ("en", "I'm going to find you and hurt you"),
        ("en", "someone should shoot that doctor"),
        ("en", "watch your back, nurse"),
        ("en", "I will burn this clinic down"),
        ("en", "you're dead, just wait"),
        ("en", "go kill yourself"),
        ("en", "kys"),
        ("en", "we'll make you pay for this"),
        ("en", "I'm bringing a gun to the clinic tomorrow"),
        ("en", "you deserve to die"),
        ("en", "gonna beat up that doctor after the show"),
        ("en", "I hope someone bombs your office"),
        ("es", "te voy a matar"),
        ("es", "sé dónde vives"),
        ("es", "te espero afuera de la clínica"),
        ("es", "vamos a quemar la clínica"),
        ("ru", "я тебя убью"),
        ("ru", "я знаю где ты живешь"),
        ("ru", "тебе конец"),
        ("ru", "взорву вашу клинику"),
        ("ru", "найду тебя и прибью"),
    ],
    "risk.self_harm": [
        ("en", "I want to die"),
        ("en", "i just want to kill myself"),
        ("en", "I don't want to live anymore"),
        ("en", "I'm thinking about ending my life"),
        ("en", "everyone would be better off without me"),
        ("en", "I'm going to take all my pills tonight"),
        ("en", "I've been cutting myself again"),
        ("en", "honestly i feel suicidal"),
        ("en", "there's no reason to live"),
        ("en", "nobody would miss me"),
        ("en", "I can't do this anymore, I want to end it all"),
        ("en", "I wish I was dead"),
        ("en", "planning to overdose this weekend"),
        ("en", "tonight is my last night on earth"),
        ("es", "me quiero morir"),
        ("es", "no quiero vivir"),
        ("es", "voy a quitarme la vida"),
        ("es", "ya no tengo razones para vivir"),
        ("ru", "хочу умереть"),
        ("ru", "не хочу жить"),
        ("ru", "покончу с собой"),
        ("ru", "всем будет лучше без меня"),
    ],
    "risk.medical_claim": [
        ("en", "this tea cures cancer"),
        ("en", "stop taking your insulin, cinnamon works better"),
        ("en", "vaccines cause autism"),
        ("en", "essential oils cure covid"),
        ("en", "bleach cures autism"),
        ("en", "you don't need chemo, just juice"),
        ("en", "drink MMS to get rid of hiv"),
        ("en", "turmeric reverses diabetes"),
        ("en", "doctors don't want you to know this trick"),
        ("en", "HIV is a hoax"),
        ("en", "throw away your inhaler, breathing exercises are enough"),
        ("en", "apple cider vinegar beats metformin"),
        ("en", "raw garlic cures infections better than antibiotics"),
        ("en", "fasting heals cancer, chemo is poison"),
        ("es", "este té cura el cáncer"),
        ("es", "deja de tomar tu insulina"),
        ("es", "las vacunas causan autismo"),
        ("es", "el dióxido de cloro cura el covid"),
        ("ru", "чай лечит рак"),
        ("ru", "бросьте принимать инсулин"),
        ("ru", "прививки вызывают аутизм"),
        ("ru", "сода вылечивает рак"),
    ],
    "risk.legal": [
        ("en", "I'm going to sue this clinic"),
        ("en", "my lawyer will be in touch"),
        ("en", "I'll report you to the medical board"),
        ("en", "see you in court"),
        ("en", "this is a HIPAA violation, I'm filing a complaint"),
        ("en", "we will take you to court"),
        ("en", "I'm calling my attorney right now"),
        ("en", "class action against this hospital incoming"),
        ("en", "I'll file a complaint with the state board"),
        ("en", "expect a lawsuit"),
        ("es", "los voy a demandar"),
        ("es", "nos vemos en los tribunales"),
        ("es", "voy a poner una denuncia"),
        ("ru", "подам на вас в суд"),
        ("ru", "засужу вашу клинику"),
        ("ru", "напишу жалобу в прокуратуру"),
    ],
    "risk.advice_request": [
        ("en", "how much ibuprofen can I take with my blood pressure meds?"),
        ("en", "my mom has a fever of 39, should we go to the ER?"),
        ("en", "should I double my insulin dose tonight?"),
        ("en", "I have chest pain, is it serious?"),
        ("en", "can I take tylenol while pregnant?"),
        ("en", "my son has a rash on his arm, what should I do?"),
        ("en", "is it safe for me to stop my antidepressants?"),
        ("en", "I've had a headache for 5 days, worried"),
        ("en", "what dose of melatonin should I give my 4 year old"),
        ("en", "my husband's A1C is 9, is that bad?"),
        ("en", "I missed two birth control pills, am I pregnant?"),
        ("en", "can I mix xanax with alcohol tonight?"),
        ("es", "¿puedo tomar ibuprofeno con mis pastillas para la presión?"),
        ("es", "mi hijo tiene fiebre, ¿qué hago?"),
        ("es", "tengo dolor en el pecho, ¿es normal?"),
        ("ru", "сколько мне пить таблеток от давления?"),
        ("ru", "у меня болит голова третий день, что делать?"),
        ("ru", "можно ли мне совмещать антибиотик с алкоголем?"),
    ],
}
SPAM = {
    "spam.link": [
        "check out www.free-followers.com",
        "FREE V-BUCKS at bit.ly/3xYz",
        "visit cheap-meds.shop for deals",
        "https://tinyurl.com/xyz123 click",
        "best pills at pharma-deals.ru",
        "dm me or go to example dot com",
        "subscribe at mychannel.tv now",
        "win prizes: prize-zone.xyz/claim",
        "cheap viagra at rx-store.net",
        "mira esto: ofertas.mx/promo",
        "заходи на bonus-casino.ru",
    ],
    "spam.caps": [
        "THIS IS THE BEST STREAM EVER",
        "WHY IS NOBODY ANSWERING MY QUESTION",
        "STOP IGNORING ME DOCTOR",
        "FIRST TIME HERE AND LOVING IT",
        "VIVA MEXICO CABRONES NO",
        "ПОЧЕМУ НИКТО НЕ ОТВЕЧАЕТ",
        "HELLO EVERYONE FROM FLORIDA",
    ],
    "spam.repeat": [
        "😂😂😂😂😂😂😂😂😂😂😂😂",
        "❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️",
        "hi hi hi hi hi hi hi hi",
        "lol lol lol lol lol lol lol",
        "hahahahahahahahahahahahahahahaha",
        "spam spam spam spam spam spam spam",
        "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",
        "buybuybuybuybuybuybuybuybuybuy",
    ],
    "spam.symbols": [
        "░░░▒▒▒▓▓▓███▓▓▓▒▒▒░░░",
        "$$$$$$$$$$$$$$$$",
        "!!!!!!!!!!!!!!!!!!!!",
        "~~~~~~~~~~~~~~~~~~~~~~",
        "¯\\_(ツ)_/¯ ¯\\_(ツ)_/¯ ¯\\_(ツ)_/¯ ¯\\_(ツ)_/¯",
        "(╯°□°)╯︵ ┻━┻ ┻━┻ ┻━┻ ┻━┻",
    ],
}
DECOR = ["", "", "", " lol", "!", "!!", " 😂", " 🙏", " pls", "...", " tbh", "?"]


def _vary(text: str, rnd: random.Random) -> str:
    """Small chat-like variation that keeps the meaning (and the label)."""
    r = rnd.random()
    if r < 0.15:
        text = text.capitalize()
    elif r < 0.25 and not text.isupper():
        text = text.lower()
    return text + rnd.choice(DECOR)


def build(rnd: random.Random) -> list[dict[str, object]]:
    """Every labelled message, in a fixed order."""
    rows: list[dict[str, object]] = []

    def add(text: str, lang: str, labels: list[str]) -> None:
        rows.append({"text": text, "lang": lang, "labels": sorted(set(labels))})

    for lang, lines in (("en", CLEAN_EN), ("es", CLEAN_ES), ("ru", CLEAN_RU)):
        for line in lines:
            for _ in range(6):
                text = _vary(line, rnd)
                labels = ["profanity"] if line.startswith("damn") else []
                add(text, lang, labels)
    for lang, lines in (("en", PROFANE_EN), ("es", PROFANE_ES), ("ru", PROFANE_RU)):
        for line in lines:
            for _ in range(4):
                add(_vary(line, rnd), lang, ["profanity"])
    for word in DISGUISED:
        for _ in range(12):
            add(rnd.choice(CARRIERS).format(w=disguise(word, rnd)), "en", ["profanity"])
    for word in MISSED_EN:
        add(f"you {word}", "en", ["profanity"])
    for category, lines in RISK.items():
        for lang, line in lines:
            for _ in range(4):
                add(_vary(line, rnd), lang, [category])
    for category, lines in SPAM.items():
        for line in lines:
            for _ in range(4):
                text = line if category != "spam.caps" else line + rnd.choice(["", "!!", " !!!"])
                labels = [category]
                if category == "spam.caps" and "CABRONES" in line:
                    labels.append("profanity")
                add(text, "xx", labels)
    rnd.shuffle(rows)
    return rows


def main() -> None:
    """Write the data set."""
    rows = build(random.Random(SEED))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
