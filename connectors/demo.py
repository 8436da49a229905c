"""A built-in simulated broadcast: "Ask the Cardiologist", streamed to Facebook, YouTube and Twitch at once.

The chat is realistic and mixed (English with some Spanish and Russian):
greetings, questions, thanks, and now and then the incidents a healthcare
brand dreads: a viewer posting a relative's phone number and diagnosis, a
profane rant, a "this cures diabetes" claim, a self-harm statement, a legal
threat, link spam and a raid of a few accounts flooding copy-paste text.

It is deterministic for a given ``seed`` and behaves like a platform that
supports hide, delete, timeout and ban, so every key of the desk works.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Iterator
from typing import NamedTuple

from castguard.model import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    SourceEvent,
)

CHANNEL = "ask-the-cardiologist"
PLATFORMS = ("facebook", "youtube", "twitch")

_FIRST = (
    "Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tom", "Fatima", "Lucas", "Ngozi", "Sven",
    "Yuki", "Dmitri", "Sofia", "Ahmed", "Grace", "Mateo", "Hannah", "Ivan", "Lena", "Omar", "Chloe", "Diego",
    "Anya", "Ben", "Elena", "Kofi", "Rosa", "Sam",
)  # fmt: skip
_HANDLES = (
    "heartbeat", "runner", "nana", "cardio", "beats", "mom_of_3", "gymrat", "nurse", "retired", "coffee",
    "garden", "bluesky", "tx", "la", "mx", "spb", "walker", "yoga", "bakes", "fisher",
)  # fmt: skip

_CHATTER = (
    "Hi everyone, watching from Ohio!",
    "Good morning doctor 👋",
    "Hola a todos, saludos desde Monterrey",
    "Привет из Казани!",
    "Is it normal for blood pressure to be higher in the morning?",
    "What's the difference between a heart attack and cardiac arrest?",
    "How many minutes of cardio per week do you recommend?",
    "Thank you Dr. Lee, this is so helpful",
    "Can you talk about statins and muscle pain?",
    "My dad had a stent last year and he's doing great now ❤️",
    "Is coffee bad for the heart or is that a myth?",
    "¿El vino tinto realmente es bueno para el corazón?",
    "Спасибо, очень полезный эфир",
    "What are the warning signs of a stroke in women?",
    "lol the audio cut out for a second",
    "Great question!",
    "Can you repeat the part about sodium?",
    "How accurate are smartwatch ECGs?",
    "I started walking 30 min a day after the last stream 🚶",
    "Does stress actually raise cholesterol?",
    "Will the recording be available later?",
    "¿Cuál es la presión arterial normal para alguien de 60 años?",
    "Какой пульс считается нормальным в покое?",
    "This is my first time here, love it",
    "Omg the cat in the background 😂",
    "What time is the next Q&A?",
    "Is the keto diet safe for people with AFib?",
    "Shoutout to the nurses in chat 💙",
    "Can high potassium cause palpitations?",
    "The slides are really clear, thanks",
)

# Viewers phrase the same question in their own words; these vary the chatter so that ordinary talk is not
# mistaken for a copy-paste flood (the crowd detector ignores case, spacing and punctuation, not words).
_OPENERS = ("", "", "", "Dr. Lee, ", "Question: ", "hey doc, ", "Hi! ", "@DrLee ", "Sorry if asked already: ")
_CLOSERS = (
    "", "", "", " 🙏", " thanks!", " ❤️", " (asking for my mom)", " lol", " from Texas", " 👍", " great show",
    " asking for a friend", " ty", " 😊", " first time watching",
)  # fmt: skip

# Incidents, each with the text pattern a real viewer might post; {name} and {num} vary per run.
_INCIDENTS: tuple[tuple[str, ...], ...] = (
    (
        "Please pray for my aunt {name}, she has stage 3 heart failure, call her at (614) 555-0{num} she's lonely",
        "my neighbor {name} just got diagnosed with HIV, her number is 415-555-2{num}",
        "mi vecina {name} tiene cáncer, su teléfono es +34 612 345 {num}",
    ),
    (
        "This is f*cking useless, you doctors are all full of sh1t",
        "what a load of bullshit, fuuuuck this stream",
        "este doctor es un pendejo de mierda",
    ),
    (
        "Forget statins, cinnamon tea cures diabetes and heart disease, my uncle did it",
        "stop taking your insulin, this supplement cures diabetes in 30 days",
        "el jugo de limón cura el cáncer, no necesitas quimio",
    ),
    (
        "honestly I don't want to be alive anymore, I've been thinking about ending my life",
        "I want to kill myself, nothing helps",
        "ya no quiero vivir, estoy pensando en suicidarme",
    ),
    (
        "I'm going to sue this hospital, my lawyer will hear about this",
        "I'm reporting you to the medical board and filing a lawsuit",
    ),
    (
        "FREE heart supplements!!! visit cheap-cardio-pills.biz/deal now",
        "Earn $5000 a week from home 👉 bit.ly/3xFakeDeal",
        "BUY CHEAP MEDS ONLINE WITHOUT PRESCRIPTION NOW",
    ),
    (
        "I'll be waiting outside the clinic for that doctor after the show",
    ),
    (
        "My patient's MRN is 00482913, can you look at her chart? DOB 04/12/1961",
        "email me at jane.doe@gmail.com and I'll send my husband's test results",
    ),
)  # fmt: skip
_RAID_TEXT = "THIS CLINIC KILLS PATIENTS 💀💀 BOYCOTT NOW 💀💀 #exposed"


class Line(NamedTuple):
    """One line of the demo script, with what the script meant it to be.

    ``scene`` is ground truth for benchmarks and tests (``chatter``, ``host``,
    ``mod``, ``incident`` or ``raid``); it never reaches a :class:`ChatMessage`,
    so the filters cannot see it.
    """

    platform: str
    author: Author
    text: str
    scene: str


class DemoBroadcast:
    """A simulated three-platform healthcare live chat that supports every moderator action."""

    key = "demo"
    platform = "demo"
    capabilities = frozenset(
        {ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN,
         ActionKind.WARN}
    )  # fmt: skip

    def __init__(
        self,
        seed: int = 7,
        rate: float = 4.0,
        duration: float | None = None,
        count: int | None = None,
        action_latency: float = 0.04,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.seed = seed
        self.rate = rate
        self.duration = duration
        self.count = count
        self.action_latency = action_latency
        self.banned: dict[str, float | None] = {}
        """Author id → ban expiry (``None`` for permanent), as the simulated platform keeps it."""
        self.hidden: set[str] = set()

    def script(self) -> Iterator[tuple[str, Author, str]]:
        """The endless, deterministic chat: (platform, author, text)."""
        for line in self.lines():
            yield line.platform, line.author, line.text

    def lines(self) -> Iterator[Line]:
        """:meth:`script` with each line's scene (what the script meant it to be)."""
        rng = random.Random(self.seed)
        # A real audience sends a message every half-minute or so each: the crowd grows with the rate,
        # so a stress run at thousands of messages/s does not look like a few accounts flooding.
        audience = max(240, int(self.rate * 30))
        viewers = [
            Author(f"u{i:05d}", f"{rng.choice(_FIRST)}_{rng.choice(_HANDLES)}{rng.randint(1, 99)}")
            for i in range(audience)
        ]
        host = Author("host", "Dr. Amara Lee", frozenset({"broadcaster"}))
        mod = Author("mod1", "clinic_mod", frozenset({"moderator"}))
        raiders = [Author(f"r{i}", f"truth_seeker_{rng.randint(1000, 9999)}") for i in range(5)]
        n = 0
        incident = 0
        while True:
            n += 1
            platform = rng.choices(PLATFORMS, weights=(5, 3, 2))[0]
            if n % 97 == 0:
                text = rng.choice(("Great questions everyone, keep them coming!", "Next up: blood pressure myths."))
                yield Line(platform, host, text, "host")
            elif n % 151 == 0:
                text = "Reminder: please don't share personal or medical details of others in chat."
                yield Line(platform, mod, text, "mod")
            elif n % 23 == 0:
                group = _INCIDENTS[incident % len(_INCIDENTS)]
                incident += 1
                name = f"{rng.choice(_FIRST)} {rng.choice(('Smith', 'Garcia', 'Ivanova', 'Johnson', 'López', 'Chen'))}"
                text = rng.choice(group).format(name=name, num=f"{rng.randint(100, 199)}")
                yield Line(platform, rng.choice(viewers), text, "incident")
            elif n % 400 in range(300, 340):
                # A raid: a handful of fresh accounts flooding copy-paste text for a short while.
                text = _RAID_TEXT if rng.random() < 0.8 else _RAID_TEXT.upper()
                yield Line("twitch", rng.choice(raiders), text, "raid")
            else:
                line = f"{rng.choice(_OPENERS)}{rng.choice(_CHATTER)}{rng.choice(_CLOSERS)}"
                yield Line(platform, rng.choice(viewers), line, "chatter")

    def message(self, n: int, platform: str, author: Author, text: str, received_at: float) -> ChatMessage:
        """Line ``n`` (1-based) of the script as the broadcast delivers it at ``received_at``."""
        return ChatMessage(
            source=self.key,
            platform=platform,
            channel=CHANNEL,
            id=f"demo-{self.seed}-{n}",
            author=author,
            text=text,
            sent_at=received_at - 0.2,
            received_at=received_at,
        )

    async def events(self) -> AsyncIterator[SourceEvent]:
        """Emit the script at ``rate`` messages/s until ``duration`` or ``count`` is reached."""
        loop = asyncio.get_running_loop()
        yield ConnectionEvent(self.key, ConnectionState.CONNECTED, "simulated broadcast (facebook, youtube, twitch)")
        start = loop.time()
        interval = 1.0 / self.rate
        due = start
        for n, (platform, author, text) in enumerate(self.script(), start=1):
            now = loop.time()
            if self.duration is not None and now - start >= self.duration:
                break
            if due > now:
                await asyncio.sleep(due - now)
            due += interval
            yield self.message(n, platform, author, text, time.time())
            if self.count is not None and n >= self.count:
                break
        yield ConnectionEvent(self.key, ConnectionState.ENDED, "broadcast ended")

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Act like a platform API: a short round trip, then a confirmation."""
        await asyncio.sleep(self.action_latency)
        kind = request.kind
        if kind in (ActionKind.HIDE, ActionKind.DELETE) and request.message is not None:
            self.hidden.add(request.message.id)
            return ActionOutcome(ActionResult.DONE, f"demo {request.message.platform}: {kind.value} ok")
        if kind is ActionKind.UNHIDE and request.message is not None:
            self.hidden.discard(request.message.id)
            return ActionOutcome(ActionResult.DONE, f"demo {request.message.platform}: unhide ok")
        if request.author is None:
            return ActionOutcome(ActionResult.FAILED, "no author given")
        if kind in (ActionKind.TIMEOUT, ActionKind.BAN):
            self.banned[request.author.id] = time.time() + request.duration if request.duration else None
            what = f"timeout {request.duration}s" if kind is ActionKind.TIMEOUT else "ban"
            return ActionOutcome(ActionResult.DONE, f"demo: {what} of {request.author.id} ok")
        if kind is ActionKind.UNBAN:
            if self.banned.pop(request.author.id, 0) == 0:
                return ActionOutcome(ActionResult.FAILED, "demo: user is not banned")
            return ActionOutcome(ActionResult.DONE, f"demo: unban of {request.author.id} ok")
        if kind is ActionKind.WARN:
            return ActionOutcome(ActionResult.DONE, f"demo: warned {request.author.id}")
        return ActionOutcome(ActionResult.FAILED, f"demo platform does not support {kind.value}")

    async def aclose(self) -> None:
        return None
