"""What the demo broadcast's ordinary viewers say: varied chatter in the proportions a real chat has.

A finite list of lines is not a chat: at thousands of messages per second every
line would come back word for word from dozens of accounts a minute, which no
real audience does (and which a copy-paste detector rightly calls a raid).
Real viewers phrase the same question in their own words, make typos, and, the
bigger the chat, the more they answer with a short reaction ("lol", "W", "❤️")
or an emote wall instead of a sentence: large Twitch chats turn from
conversation into "crowdspeak", with shorter, more repetitive messages
(Nematzadeh et al., *Information overload in group communication: from
conversation to cacophony in the Twitch chat*, R. Soc. Open Sci. 2019;
Ford et al., *Chat Speed OP PogChamp*, CHI 2017).

:class:`Chatter` produces that mix:

- **questions and comments**, built from templates whose ``{a|b|c}`` slots
  and the viewer's own opener, closer, case and typos give hundreds of
  thousands of distinct texts (English, Spanish, Russian);
- **greetings** ("hi from Ohio"), where many viewers do coincide word for
  word, more so in a big chat;
- **short reactions** and **emote walls** ("KEKW KEKW KEKW", "❤️❤️❤️"), whose
  share grows with the size of the chat.
"""

# Templates read best one per line, however long.
# ruff: noqa: E501
from __future__ import annotations

import math
import random
import re

# Questions and comments. Each {a|b|c} slot is filled independently; "" is allowed as an option.
_TEMPLATES = (
    "{Is|Isn't} {coffee|caffeine|espresso|decaf|energy drink} {bad|ok|safe|risky} for {the heart|your heart|blood pressure|people with AFib|someone with high BP}{?| or is that a myth?|??| really?}",
    "{Is it normal|Is it common|Should I worry} {for|if} {blood pressure|BP|my BP|resting heart rate} {is|to be|gets} {higher|lower|all over the place} {in the morning|at night|after lunch|after coffee|when I'm stressed}?",
    "What's the difference between a {heart attack|cardiac arrest|stroke|angina attack} and {cardiac arrest|a heart attack|a panic attack|heartburn}{?| exactly?| again?}",
    "How {many minutes|much} {of cardio|of walking|of exercise|of zone 2} {per week|a week|a day|per day} do you {recommend|suggest|think is enough}{?| for beginners?| after 60?| for someone with a stent?}",
    "{Thank you|Thanks|Thanks so much|Many thanks} {Dr. Lee|doctor|doc|Dr Lee}, {this is|that was|this stream is|your explanation was} {so|really|super|very} {helpful|clear|useful|informative}",
    "Can you {talk about|explain|go over|say more about} {statins and muscle pain|beta blockers|blood thinners|cholesterol numbers|the new BP guidelines|LDL vs HDL|triglycerides|potassium}{?| next?| later?| please}",
    "My {dad|mom|grandpa|grandma|husband|uncle|brother} had a {stent|bypass|valve replacement|pacemaker put in} {last year|two years ago|in March|this spring} and {he's|she's|they're} doing {great|much better|fine} now{| ❤️| 🙏| thanks to his doctors}",
    "What are the {warning signs|early signs|symptoms|red flags} of {a stroke|a heart attack|heart failure|AFib} in {women|men|older adults|young people|diabetics}{?| specifically?| that people miss?}",
    "{lol|haha|lmao} the {audio|video|stream|sound} {cut out|froze|lagged|glitched} for a {second|sec|moment|bit}",
    "Can you {repeat|go back to|explain again} the {part|bit|slide} about {sodium|salt|sleep|stress|alcohol|sugar|fiber|omega-3}{?| please| pls}",
    "How accurate are {smartwatch ECGs|Apple Watch ECGs|fitness trackers|home BP cuffs|wrist monitors|pulse oximeters}{?| really?| compared to the hospital?}",
    "I started {walking|cycling|swimming|jogging|doing yoga} {30 min|20 minutes|an hour|every morning} {a day|daily|most days|} after the last {stream|show|episode|Q&A}{| 🚶| 💪| and feel better}",
    "Does {stress|poor sleep|shift work|grief|caffeine|dehydration} {actually|really|} {raise|affect|mess with} {cholesterol|blood pressure|heart rhythm|your heart}?",
    "{Will|Is} the {recording|replay|video|stream} {be available|going to be up|be posted|be on YouTube} {later|after|tomorrow|somewhere}?",
    "{This is my first time here|First time watching|New here|Just found this channel}{, love it|, great stuff| and loving it|!| 👋}",
    "{Omg|lol|haha} the {cat|dog|plant|clock|painting} in the background {😂|is so cute|lol|!|haha}",
    "What time is the next {Q&A|stream|episode|live|session}{?| on Thursday?| next week?| in Europe time?}",
    "Is the {keto|Mediterranean|DASH|vegan|carnivore|intermittent fasting} diet {safe|good|ok|recommended} for {people with AFib|heart patients|someone with high cholesterol|people over 60|diabetics}?",
    "{Shoutout|Big thanks|Respect|Love} to {the nurses|all the nurses|the cardiac nurses|the EMTs|the caregivers} in {chat|here|the chat}{| 💙| ❤️| 🙌}",
    "Can {high|low} {potassium|magnesium|sodium|thyroid levels|iron} cause {palpitations|skipped beats|fatigue|dizziness}?",
    "The {slides|charts|graphics|diagrams|explanations} are {really|so|very|super} {clear|helpful|good|easy to follow}{, thanks|!| today| 👍}",
    "{Great|Excellent|Awesome|Love this} {question|point|topic|explanation}{!| chat| 👏|}",
    "{Where|How} can I {find|get|download} the {slides|handout|notes|list of resources}{?| from today?| after the show?}",
    "{I'm|I am} a {nurse|paramedic|med student|cardiology tech|pharmacist|caregiver} and {this|this stream|Dr. Lee} is {spot on|so accurate|exactly right|very well explained}",
    "{Is|Are} {eggs|red meat|cheese|coconut oil|olive oil|nuts|dark chocolate|red wine} {good|bad|ok} for {cholesterol|the heart|blood pressure}{?| in moderation?| or not?}",
    "{Watching|Listening} {from|in} {the car|the hospital break room|my kitchen|bed|the gym|work} {lol|haha|🙈|}",
    "{Does|Can} {aspirin|fish oil|CoQ10|vitamin D|magnesium} {help|really help|do anything} for {the heart|heart health|prevention|cholesterol}?",
    "{What|Which} {blood pressure|cholesterol|resting heart rate|A1C} {number|level|reading} should {someone|a person|we|people} {aim for|worry about|watch} at {40|50|60|70|my age}?",
    "¿{El vino tinto|El café|El chocolate|El aceite de oliva} {realmente|de verdad|} es {bueno|malo} para el corazón?",
    "¿Cuál es la presión arterial {normal|ideal|buena} para {alguien de|una persona de|un hombre de|una mujer de} {50|60|65|70} años?",
    "{Gracias|Muchas gracias|Mil gracias} {doctora|Dra. Lee|por la información}{, muy útil|!| 🙏|, saludos}",
    "{Спасибо|Большое спасибо|Спасибо огромное}, {очень|очень-очень|крайне} {полезный|интересный|понятный} {эфир|стрим|разговор}",
    "Какой {пульс|уровень давления|холестерин} {считается|является} нормальным {в покое|после 60|для женщин|для мужчин}?",
)  # fmt: skip

_OPENERS = (
    ("", 14), ("Dr. Lee, ", 1), ("Question: ", 1), ("hey doc, ", 1), ("Hi! ", 1), ("@DrLee ", 1), ("ok ", 1),
    ("Sorry if asked already: ", 1), ("Q: ", 1), ("so ", 1), ("wait ", 1), ("Doc, ", 1), ("hello! ", 1),
)  # fmt: skip
_CLOSERS = (
    ("", 14), (" 🙏", 1), (" thanks!", 1), (" ❤️", 1), (" (asking for my mom)", 1), (" lol", 1), (" 👍", 1),
    (" great show", 1), (" asking for a friend", 1), (" ty", 1), (" 😊", 1), (" tia", 1), (" pls", 1), (" 💙", 1),
)  # fmt: skip

_ES_OPENERS = ("", "", "", "", "Doctora, ", "Pregunta: ", "Hola, ", "Oiga, ", "Buenas, ", "Una duda: ")
_ES_CLOSERS = ("", "", "", "", " 🙏", " gracias", " saludos", " desde México", " jaja", " ❤️", " porfa", " desde Lima")
_RU_OPENERS = ("", "", "", "", "Доктор, ", "Вопрос: ", "Здравствуйте! ", "Подскажите, ", "А ", "Скажите, ")
_RU_CLOSERS = ("", "", "", "", " 🙏", " спасибо", " заранее спасибо", " из Казани", " ❤️", " пожалуйста", " 👍")
_GREETINGS = ("hi", "hello", "hey", "hi all", "hello everyone", "greetings", "hola", "hi chat", "good morning")
# Where viewers say hello from, most common first (a few places account for most greetings).
_PLACES = (
    "Ohio", "Texas", "California", "Florida", "Mexico", "the UK", "Canada", "Germany", "Brazil", "New York",
    "Monterrey", "Kazan", "Madrid", "Chicago", "Michigan", "India", "the Philippines", "Nigeria", "Australia",
    "Arizona", "Georgia", "Poland", "Chile", "Bogotá", "Lima", "Moscow", "Kyiv", "Toronto", "Seattle", "Boston",
    "Puerto Rico", "Ireland", "Kenya", "Ghana", "Jamaica", "Peru", "Spain", "Portugal", "Italy", "France",
)  # fmt: skip
_REACTIONS = (
    "lol", "LOL", "lmao", "W", "L", "hi", "hii", "first", "yes", "no", "same", "true", "facts", "wow", "omg", "+1",
    "agreed", "thanks", "ty doc", "good q", "this", "^", "real", "nice", "so true", "haha", "❤️", "👋", "🙏", "👍",
    "💙", "🔥", "👏", "😂", "hola", "gracias", "привет", "спасибо", "wait what", "ok", "yep", "nope", "W doc",
)  # fmt: skip
_TWITCH_EMOTES = (
    "KEKW", "LUL", "PogChamp", "Kappa", "monkaS", "OMEGALUL", "PepeHands", "Sadge", "catJAM", "HeyGuys", "<3",
    "Pog", "EZ", "Clap", "FeelsGoodMan", "PauseChamp", "5Head", "POGGERS", "BibleThump", "NotLikeThis",
)  # fmt: skip
_EMOJI = ("❤️", "👏", "😂", "🙏", "👍", "🔥", "💙", "😮", "🫀", "🙌", "💯", "😭")

_SLOT = re.compile(r"\{([^{}]*)\}")


Template = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
"""A compiled template: its literal pieces and, between them, each slot's options."""


def compile_template(template: str) -> Template:
    """Split a ``{a|b|c}`` template into its literal pieces and its slots' options."""
    pieces = tuple(_SLOT.split(template)[::2])
    slots = tuple(tuple(m.group(1).split("|")) for m in _SLOT.finditer(template))
    return pieces, slots


def fill(rng: random.Random, template: Template) -> str:
    """One text of ``template``: every slot filled with one of its options."""
    pieces, slots = template
    parts = [pieces[0]]
    for options, literal in zip(slots, pieces[1:], strict=True):
        parts.append(rng.choice(options))
        parts.append(literal)
    return "".join(parts).replace("  ", " ").strip()


_COMPILED = tuple(compile_template(t) for t in _TEMPLATES)


def _weighted(pairs: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(p for p, _ in pairs), tuple(w for _, w in pairs)


_OPENER_CHOICES = _weighted(_OPENERS)
_CLOSER_CHOICES = _weighted(_CLOSERS)


# Incidents, each group with the texts a real viewer might post. {a|b} slots vary the wording per viewer
# (as for the ordinary chatter); <name> and <num> vary the personal details.
_INCIDENT_TEMPLATES: tuple[tuple[str, ...], ...] = (
    (
        "{Please pray for|Pray for|Thinking of} my {aunt|grandma|neighbor|cousin} <name>, she has {stage 3 heart failure|heart failure|cancer}, call her at (614) 555-0<num>{ she's lonely| she'd love that| she lives alone}",
        "my {neighbor|coworker|friend|cousin} <name> just got diagnosed with {HIV|cancer|herpes|hepatitis C}, {her|his} number is 415-555-2<num>",
        "mi {vecina|prima|tía} <name> tiene {cáncer|VIH|diabetes}, su teléfono es +34 612 345 <num>",
    ),
    (
        "{This is|This stream is|What a} f*cking {useless|joke|waste of time}, you doctors are all full of sh1t{| lmao| 🤡}",
        "what a load of {bullshit|crap and bullshit|fucking bullshit}, {fuuuuck|fuuuck|fuuuuuck} this {stream|show|doctor}",
        "este {doctor|programa|canal} es un {pendejo|cabrón|asco} de mierda",
    ),
    (
        "Forget statins, {cinnamon tea|garlic water|apple cider vinegar|turmeric} cures {diabetes and heart disease|heart disease|diabetes}, my {uncle|mom|neighbor} did it",
        "stop taking your {insulin|statins|blood pressure meds|heart meds}, this {supplement|tea|detox} cures {diabetes|heart disease|high blood pressure} in {30|14|10} days",
        "el {jugo de limón|bicarbonato|té verde} cura el cáncer, no necesitas {quimio|quimioterapia|médicos}",
    ),
    (
        "honestly I don't want to be alive anymore, I've been thinking about ending my life{| tonight| lately}",
        "I want to kill myself, nothing {helps|works|ever gets better}",
        "ya no quiero vivir, estoy pensando en suicidarme{| esta noche}",
    ),
    (
        "I'm going to sue this {hospital|clinic|channel}, my lawyer will hear about this{| tomorrow| today}",
        "I'm reporting you to the medical board and filing a lawsuit{| against this clinic| tomorrow}",
    ),
    (
        "FREE heart supplements!!! visit {cheap-cardio-pills|heart-deals|cardio-boost|pills4heart}.biz/<num> now",
        "Earn ${5000|3000|8000} a week from home 👉 bit.ly/3x<num>Deal",
        "BUY CHEAP {MEDS|PILLS|STATINS} ONLINE WITHOUT PRESCRIPTION {NOW|TODAY|HERE}",
    ),
    (
        "I'll be waiting outside the {clinic|hospital|studio} for that doctor after the {show|stream}",
    ),
    (
        "{nobody wants to hear from a|shut up you} {fat|ugly|old} {cow|pig|hag}, go back to your {own country|kitchen}",
        "women shouldn't be doctors, {get off the screen|go make a sandwich}{| sweetheart}",
    ),
    (
        "Hi, I'm Dr. Lee's assistant, DM me on WhatsApp for a private consultation and {discount|cheap} {meds|pills}",
        "{ozempic|semaglutide|xanax} no prescription needed, message me on telegram @{rx_direct|meds4u|pharma_plug}<num>",
    ),
    (
        "My patient's MRN is 00<num>913, can you look at her chart? DOB 04/12/1961",
        "email me at {jane.doe|j.doe|janedoe}<num>@gmail.com and I'll send my {husband's|mom's|dad's} test results",
    ),
)  # fmt: skip
INCIDENTS = tuple(tuple(compile_template(t) for t in group) for group in _INCIDENT_TEMPLATES)
"""The incident groups, compiled; the broadcast takes them in turn."""


def variants() -> int:
    """How many distinct question/comment texts the templates give (before openers, closers and typos)."""
    return sum(math.prod(len(options) for options in slots) for _, slots in _COMPILED)


class Chatter:
    """Ordinary viewer messages for a chat of ``rate`` messages/s (deterministic for a given ``rng``).

    The share of short reactions and emote walls grows with the logarithm of
    the rate: about a quarter of the messages of a small Q&A chat (a few
    messages/s), two thirds of a 2,000 messages/s one.
    """

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.rng = rng
        # 0 for a chat of a few messages/s, 1 at 2,000 messages/s and above.
        busy = min(1.0, max(0.0, math.log10(max(rate, 1.0) / 4.0) / math.log10(500.0)))
        self.busy = busy
        """How crowded the chat is, 0 (a few messages/s) to 1 (2,000 messages/s or more)."""
        self._kinds = ("sentence", "greeting", "reaction", "wall")
        # Viewers greet about once a show, so greetings stay a small share at any size.
        self._weights = (0.73 - 0.40 * busy, 0.03, 0.20 + 0.20 * busy, 0.04 + 0.20 * busy)
        # Zipf-like popularity: "hi from Ohio" is far more common than "hi from Ghana".
        self._place_weights = tuple(1.0 / (i + 1) for i in range(len(_PLACES)))

    def line(self, platform: str) -> str:
        """One ordinary message as a viewer on ``platform`` would type it."""
        rng = self.rng
        kind = rng.choices(self._kinds, self._weights)[0]
        if kind == "sentence":
            return self._sentence()
        if kind == "greeting":
            place = rng.choices(_PLACES, self._place_weights)[0]
            text = f"{rng.choice(_GREETINGS)} from {place}"
            return text + rng.choice(("", "", "!", " 👋", "!!"))
        if kind == "reaction":
            return rng.choice(_REACTIONS)
        return self._wall(platform)

    def _sentence(self) -> str:
        rng = self.rng
        core = fill(rng, rng.choice(_COMPILED))
        text = self.framed(core)
        style = rng.random()
        if style < 0.25:
            text = text.lower()
        elif style < 0.35:
            text = text.rstrip("?!.")
        elif style < 0.42:
            text = _typo(rng, text)
        return text

    def framed(self, core: str) -> str:
        """``core`` with the viewer's own opener and closer ("hey doc, ... thanks!"), in its language."""
        rng = self.rng
        if core[0] in "¿¡" or core.startswith(("Gracias", "Muchas", "Mil", "mi ", "el ", "este ", "ya ")):
            return rng.choice(_ES_OPENERS) + core + rng.choice(_ES_CLOSERS)
        if not core[0].isascii():
            return rng.choice(_RU_OPENERS) + core + rng.choice(_RU_CLOSERS)
        return rng.choices(*_OPENER_CHOICES)[0] + core + rng.choices(*_CLOSER_CHOICES)[0]

    def _wall(self, platform: str) -> str:
        rng = self.rng
        # 1 to 8 copies, short walls the most common.
        count = min(8, 1 + int(rng.expovariate(0.45)))
        if platform == "twitch" and rng.random() < 0.8:
            first = rng.choice(_TWITCH_EMOTES)
            if rng.random() < 0.25:
                second = rng.choice(_TWITCH_EMOTES)
                return " ".join(first if i % 2 == 0 else second for i in range(max(2, count)))
            return " ".join([first] * count)
        emoji = rng.choice(_EMOJI)
        return emoji * count if rng.random() < 0.6 else " ".join([emoji] * count)


def _typo(rng: random.Random, text: str) -> str:
    """Swap two neighbouring letters of one word, as hurried typing does."""
    spots = [i for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
