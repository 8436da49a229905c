"""A built-in simulated broadcast: "Ask the Cardiologist", streamed to Facebook, YouTube and Twitch at once.

The chat is realistic and mixed (English with some Spanish and Russian):
greetings, questions, thanks, and now and then the incidents a healthcare
brand dreads: a viewer posting a relative's phone number and diagnosis, a
profane rant, a "this cures diabetes" claim, a self-harm statement, a legal
threat, side effects reported after a medicine (adverse events, EN/ES/RU),
harassment of the host, a fake pharmacy posing as the doctor's assistant,
link spam and a raid of a few accounts flooding copy-paste text.

Its first minutes are scripted (:mod:`castguard.connectors.demo_script`): adverse-event
reports in three languages, the messages its scripted desk answers with approved and
free-text replies, and a detractor cluster, at the same simulated seconds every time.

It is deterministic for a given ``seed`` and behaves like a platform that
supports hide, delete, timeout and ban, so every key of the desk works; like
Twitch's AutoMod it holds some of the incidents posted on Twitch for a
moderator's decision (``a`` allows, ``h`` denies).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from castguard.connectors.demo_chat import INCIDENTS, Chatter, fill
from castguard.connectors.demo_script import Cue, scenes
from castguard.connectors.eventsub import AUTOMOD
from castguard.core.lockdown import Control, PlatformLock, control_text
from castguard.core.model import (
    HOLD_REASON,
    PLATFORM_HOLD,
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

_SURNAMES = ("Smith", "Garcia", "Ivanova", "Johnson", "López", "Chen")

INCIDENTS_PER_SECOND = 5.0

# Raids. The script runs one every RAID_PERIOD simulated seconds (the first at RAID_START), each lasting
# RAID_LENGTH seconds, alternating two kinds seen on real channels:
# - a flood: a handful of fresh accounts pasting the same text again and again (bot-like, ~1 message/s each);
# - a brigade: many fresh accounts (more in a bigger chat) each posting the same link once or twice.
RAID_START = 40.0
RAID_PERIOD = 60.0
RAID_LENGTH = 10.0
# Each raid has its own text, as separate campaigns do.
_FLOOD_TEXTS = (
    "THIS CLINIC KILLS PATIENTS 💀💀 BOYCOTT NOW 💀💀 #exposed",
    "DR LEE IS A FRAUD 🤡🤡 UNFOLLOW AND REPORT 🤡🤡",
    "big pharma shill alert 🚨🚨 dont trust this channel 🚨🚨",
)
_BRIGADE_TEXTS = (
    "Dr. Lee is lying to you about statins, the truth is here: statin-truth.info/exposed",
    "they don't want you to know this, watch before it's deleted: heart-secrets.live/video",
    "real doctors cure heart disease naturally, free webinar at natural-heart.click/join",
)
_FLOOD_ACCOUNTS = 5
#: Every this many incidents on Twitch, the simulated AutoMod holds the message for a moderator.
AUTOMOD_EVERY = 2
#: The reasons the simulated AutoMod gives, in turn (Twitch's categories and levels).
_AUTOMOD_REASONS = (
    "AutoMod category aggression level 3",
    "AutoMod category swearing level 4",
    "AutoMod category bullying level 2",
    "a blocked term",
)


class Line(NamedTuple):
    """One line of the demo script, with what the script meant it to be.

    ``scene`` is ground truth for benchmarks and tests (``chatter``, ``host``,
    ``mod``, ``incident``, ``raid``, or for the scripted minutes ``adverse_event``,
    ``privacy``, ``question``, ``praise`` and ``detractor``); it never reaches a
    :class:`ChatMessage`, so the filters cannot see it.
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
         ActionKind.WARN, ActionKind.REPLY, ActionKind.APPROVE}
    )  # fmt: skip
    host = Author("host", "Dr. Amara Lee", frozenset({"broadcaster"}))
    """Who the broadcast's replies come from (the demo desk acts as the channel's host)."""

    def __init__(
        self,
        seed: int = 7,
        rate: float = 4.0,
        duration: float | None = None,
        count: int | None = None,
        action_latency: float = 0.04,
        clock: Callable[[], float] = time.time,
        paced: bool = True,
    ) -> None:
        """``paced=False``: the script as fast as it is read, stamped on the demo's own clock (line ``n`` at
        ``(n - 1) / rate`` seconds after the start; ``duration`` then counts those seconds), for headless runs."""
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.seed = seed
        self.rate = rate
        self.duration = duration
        self.count = count
        self.action_latency = action_latency
        self.clock = clock
        """The broadcast's clock: it stamps the messages and ends the timeouts."""
        self.banned: dict[str, float | None] = {}
        """Author id → ban expiry (``None`` for permanent), as the simulated platform keeps it."""
        self.silenced = 0
        """Lines of the script a banned or timed-out viewer did not get to post."""
        self.hidden: set[str] = set()
        self.chat_modes: dict[str, int | None] = {}
        """Chat controls switched on, by name, with their duration (``None``: no duration), as lockdown set them."""
        self._in_flight = 0
        """Platform calls not answered yet (unpaced, the script waits for them)."""
        self._answered = asyncio.Event()
        self.replies: list[ChatMessage] = []
        """Replies sent through :meth:`reply`, in order."""
        self.paced = paced
        self.cues: dict[str, Cue] = {}
        """Message id → what the scripted desk does with it (filled as the script is read)."""
        self._started: float | None = None
        self._last_at = 0.0
        self._outbox: asyncio.Queue[ChatMessage] = asyncio.Queue(maxsize=1000)
        self.automod: dict[str, str] = {}
        """Message id → ``allowed`` / ``denied``: the held messages the desk decided (:meth:`perform`)."""
        self._held: set[str] = set()
        self._incidents = 0

    def script(self) -> Iterator[tuple[str, Author, str]]:
        """The endless, deterministic chat: (platform, author, text)."""
        for line in self.lines():
            yield line.platform, line.author, line.text

    def lines(self) -> Iterator[Line]:
        """:meth:`script` with each line's scene (what the script meant it to be).

        Line ``n`` (1-based) is due ``(n - 1) / rate`` seconds into the broadcast; raids are scheduled in
        those simulated seconds, so a raid looks the same at 4 and at 2,000 messages/s: a burst of a
        few seconds, not a fixed share of every few hundred lines.
        """
        rng = random.Random(self.seed)
        rate = self.rate
        # A real audience sends a message every half-minute or so each: the crowd grows with the rate,
        # so a stress run at thousands of messages/s does not look like a few accounts flooding.
        audience = max(240, int(rate * 30))
        # Kept as (id, name) pairs, each message getting its own Author: 60,000 long-lived Author objects
        # at 2,000 messages/s would only lengthen the desk's full garbage collections.
        viewers = [
            (f"u{i:05d}", f"{rng.choice(_FIRST)}_{rng.choice(_HANDLES)}{rng.randint(1, 99)}") for i in range(audience)
        ]
        chatter = Chatter(rng, rate)
        scripted = scenes(self.seed)
        next_scene = 0
        host = self.host
        mod = Author("mod1", "clinic_mod", frozenset({"moderator"}))
        # A brigade is bigger in a bigger chat: 10 accounts in a small one, 40 at 2,000 messages/s.
        brigade_size = min(60, max(10, round(rate / 50)))
        # An incident every 23 lines, but at most INCIDENTS_PER_SECOND: a big chat has more of them than a
        # small one, not a fixed share of every message (4% of 2,000 messages/s would be 87 threats a second).
        incident_every = max(23, round(rate / INCIDENTS_PER_SECOND))
        n = 0
        incident = 0
        episode = -1
        raiders: list[Author] = []
        raid_share = 0.0
        raid_text = _FLOOD_TEXTS[0]
        while True:
            n += 1
            at = (n - 1) / rate
            if next_scene < len(scripted) and at >= scripted[next_scene].at:
                # A scripted scene takes this line's place; the random chat's generator is left as it was.
                scene = scripted[next_scene]
                next_scene += 1
                if scene.cue is not None:
                    self.cues[f"demo-{self.seed}-{n}"] = scene.cue
                yield Line(scene.platform, scene.author, scene.text, scene.kind)
                continue
            platform = rng.choices(PLATFORMS, weights=(5, 3, 2))[0]
            if at >= RAID_START and (at - RAID_START) % RAID_PERIOD < RAID_LENGTH:
                current = int((at - RAID_START) // RAID_PERIOD)
                if current != episode:
                    episode = current
                    flood = episode % 2 == 0
                    size = _FLOOD_ACCOUNTS if flood else brigade_size
                    # Fresh accounts for every raid, as raids use.
                    raiders = [
                        Author(f"r{episode}-{i}", f"truth_seeker_{rng.randint(1000, 9999)}") for i in range(size)
                    ]
                    # Messages/s the raid sends: ~1 per flooding account, 1.5 per brigade account over the raid.
                    raid_rate = size * 1.0 if flood else size * 1.5 / RAID_LENGTH
                    raid_share = min(1.0, raid_rate / rate)
                    texts = _FLOOD_TEXTS if flood else _BRIGADE_TEXTS
                    raid_text = texts[(episode // 2) % len(texts)]
                if rng.random() < raid_share:
                    text = raid_text if rng.random() < 0.8 else raid_text.upper()
                    yield Line("twitch", rng.choice(raiders), text, "raid")
                    continue
            if n % 97 == 0:
                text = rng.choice(("Great questions everyone, keep them coming!", "Next up: blood pressure myths."))
                yield Line(platform, host, text, "host")
            elif n % 151 == 0:
                text = "Reminder: please don't share personal or medical details of others in chat."
                yield Line(platform, mod, text, "mod")
            elif n % incident_every == 0:
                group = INCIDENTS[incident % len(INCIDENTS)]
                incident += 1
                name = f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}"
                text = fill(rng, rng.choice(group)).replace("<name>", name).replace("<num>", str(rng.randint(100, 199)))
                text = chatter.framed(text)
                yield Line(platform, Author(*rng.choice(viewers)), text, "incident")
            else:
                yield Line(platform, Author(*rng.choice(viewers)), chatter.line(platform), "chatter")

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

    def cue(self, message_id: str) -> Cue | None:
        """What the scripted desk does with message ``message_id`` (``None`` for all but a few)."""
        return self.cues.get(message_id)

    def now(self) -> float:
        """The broadcast's time: its clock, or unpaced, the simulated time of the newest line."""
        if self.paced or self._started is None:
            return self.clock()
        return self._last_at

    async def events(self) -> AsyncIterator[SourceEvent]:
        """Emit the script at ``rate`` messages/s until ``duration`` or ``count`` is reached."""
        loop = asyncio.get_running_loop()
        self._started = self._last_at = self.clock()
        # Stamped on the broadcast's clock, like its messages (a fast run's end is its script's end).
        yield ConnectionEvent(
            self.key, ConnectionState.CONNECTED, "simulated broadcast (facebook, youtube, twitch)", at=self.now()
        )
        start = loop.time()
        interval = 1.0 / self.rate
        due = start
        for n, (platform, author, text, scene) in enumerate(self.lines(), start=1):
            if not self.paced:
                simulated = (n - 1) / self.rate
                if self.duration is not None and simulated >= self.duration:
                    break
                await asyncio.sleep(0)  # the desk's own work runs between two lines
                while self._in_flight:  # an action asked of the platform is answered before the next line
                    await self._answered.wait()
                self._last_at = self._started + simulated
            else:
                now = loop.time()
                if self.duration is not None and now - start >= self.duration:
                    break
                if due > now:
                    await asyncio.sleep(due - now)
                due += interval
            while not self._outbox.empty():
                yield self._outbox.get_nowait()
            received = self.now()
            if self.is_banned(author.id, received):
                # Like a real platform: a banned or timed-out viewer's messages never reach the chat.
                self.silenced += 1
                continue
            message = self.message(n, platform, author, text, received)
            if scene == "incident":
                message = self._automod(message)
            yield message
            if self.count is not None and n >= self.count:
                break
        while not self._outbox.empty():
            yield self._outbox.get_nowait()
        yield ConnectionEvent(self.key, ConnectionState.ENDED, "broadcast ended", at=self.now())

    def _automod(self, message: ChatMessage) -> ChatMessage:
        """Like Twitch's AutoMod: every :data:`AUTOMOD_EVERY`-th incident on Twitch is held for a moderator."""
        if message.platform != "twitch":
            return message
        self._incidents += 1
        if self._incidents % AUTOMOD_EVERY:
            return message
        self._held.add(message.id)
        reason = _AUTOMOD_REASONS[(self._incidents // AUTOMOD_EVERY) % len(_AUTOMOD_REASONS)]
        return replace(message, extra={**message.extra, PLATFORM_HOLD: AUTOMOD, HOLD_REASON: reason})

    def is_banned(self, author_id: str, now: float) -> bool:
        """The platform refuses ``author_id``'s messages at ``now`` (banned, or timed out until later)."""
        if author_id not in self.banned:
            return False
        until = self.banned[author_id]
        if until is None or now < until:
            return True
        del self.banned[author_id]  # the timeout is over
        return False

    async def _round_trip(self) -> None:
        """The platform's answer time: real seconds when paced; unpaced, seconds of the demo's own clock.

        Unpaced, the script waits for the answer (:meth:`events`), so an action is stamped a round trip
        after the message it acts on, as live, not after however many lines were read meanwhile.
        """
        if self.paced:
            await asyncio.sleep(self.action_latency)
            return
        self._in_flight += 1
        self._answered.clear()
        try:
            await asyncio.sleep(0)
            self._last_at += self.action_latency
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._answered.set()

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Act like a platform API: a short round trip, then a confirmation."""
        await self._round_trip()
        kind = request.kind
        if request.held or kind is ActionKind.APPROVE:
            return self._decide(request)
        if kind in (ActionKind.HIDE, ActionKind.DELETE) and request.message is not None:
            self.hidden.add(request.message.id)
            return ActionOutcome(ActionResult.DONE, f"demo {request.message.platform}: {kind.value} ok")
        if kind is ActionKind.UNHIDE and request.message is not None:
            self.hidden.discard(request.message.id)
            return ActionOutcome(ActionResult.DONE, f"demo {request.message.platform}: unhide ok")
        if request.author is None:
            return ActionOutcome(ActionResult.FAILED, "no author given")
        if kind in (ActionKind.TIMEOUT, ActionKind.BAN):
            if kind is ActionKind.TIMEOUT:
                if not request.duration:
                    return ActionOutcome(ActionResult.FAILED, "demo: a timeout needs a duration")
                self.banned[request.author.id] = self.now() + request.duration
            else:
                self.banned[request.author.id] = None
            what = f"timeout {request.duration}s" if kind is ActionKind.TIMEOUT else "ban"
            return ActionOutcome(ActionResult.DONE, f"demo: {what} of {request.author.id} ok")
        if kind is ActionKind.UNBAN:
            if not self.is_banned(request.author.id, self.now()):
                return ActionOutcome(ActionResult.FAILED, "demo: user is not banned")
            del self.banned[request.author.id]
            return ActionOutcome(ActionResult.DONE, f"demo: unban of {request.author.id} ok")
        if kind is ActionKind.WARN:
            return ActionOutcome(ActionResult.DONE, f"demo: warned {request.author.id}")
        return ActionOutcome(ActionResult.FAILED, f"demo platform does not support {kind.value}")

    def _decide(self, request: ActionRequest) -> ActionOutcome:
        """Allow or deny a message the simulated AutoMod holds (once, like Twitch)."""
        message = request.message
        if not request.held or message is None or message.id not in self._held:
            return ActionOutcome(ActionResult.FAILED, "demo: AutoMod holds no such message")
        self._held.discard(message.id)
        verdict = "allowed" if request.kind is ActionKind.APPROVE else "denied"
        self.automod[message.id] = verdict
        return ActionOutcome(ActionResult.DONE, f"demo twitch: AutoMod {verdict}")

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """Switch the simulated platform's chat controls on, like Twitch's Shield Mode and chat settings."""
        await self._round_trip()
        if not controls:
            return PlatformLock(ActionResult.LOCAL, "demo: the policy sets no demo controls: desk only")
        before = {c.name: self.chat_modes.get(c.name, False) for c in controls}
        for control in controls:
            self.chat_modes[control.name] = control.seconds
        return PlatformLock(ActionResult.DONE, "demo: " + ", ".join(control_text(c) for c in controls), before)

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Put the chat controls back as :meth:`lock` found them."""
        await self._round_trip()
        for name, was in before.items():
            if was is False:
                self.chat_modes.pop(name, None)
            elif was is None or (isinstance(was, int) and not isinstance(was, bool)):
                self.chat_modes[name] = was
        shown = ", ".join(control_text(Control(n, s)) for n, s in self.chat_modes.items()) or "none"
        return ActionOutcome(ActionResult.DONE, f"demo: chat controls restored (on now: {shown})")

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Post ``text`` as the host in reply to ``message``: it arrives in the feed like any chat line."""
        await self._round_trip()
        if self._outbox.full():
            return ActionOutcome(ActionResult.FAILED, "demo: too many replies waiting to be shown")
        now = self.now()
        sent = ChatMessage(
            source=self.key, platform=message.platform, channel=CHANNEL,
            id=f"demo-{self.seed}-reply-{len(self.replies) + 1}",
            author=self.host, text=text, sent_at=now, received_at=now, reply_to=message.id,
            extra={"reply_to_name": message.author.name},
        )  # fmt: skip
        self.replies.append(sent)
        self._outbox.put_nowait(sent)
        return ActionOutcome(ActionResult.DONE, f"demo {message.platform}: reply posted as {self.host.name}")

    async def aclose(self) -> None:
        return None
