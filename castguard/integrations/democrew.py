"""The demo broadcast's scripted desk: a second moderator who replies, a producer who approves.

When the demo plays a scripted scene with a cue (:mod:`castguard.connectors.demo_script`), this
session service does what the cue says, through the same workflows a person at the desk uses:
approved templates and free text go through :class:`castguard.session.replies.Replies` (screened,
approved by someone other than the writer, recorded with who), and an adverse-event case is
forwarded to the safety team by :func:`castguard.integrations.aeforward.forward` (the e-mail-ready
export in the outbox). So the recording and the report of a demo show every step of the
compliance workflows, each under the name of who did it.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from castguard.connectors.demo import DemoBroadcast
from castguard.connectors.demo_script import PRODUCER, SECOND_MODERATOR, Cue
from castguard.core.model import ActionKind, MessageRecord
from castguard.integrations.aeforward import ForwardError, SafetySettings, forward
from castguard.session.aecases import CaseError
from castguard.session.engine import ActionError, Session, SessionUpdate
from castguard.session.replies import Replies, message_language

log = logging.getLogger(__name__)

#: Cues waiting to be played (a demo has a dozen; the bound only guards against a runaway script).
MAX_WAITING = 200


class DemoCrew:
    """Plays the demo's cues on ``session``: replies as :data:`SECOND_MODERATOR`, approvals as :data:`PRODUCER`."""

    def __init__(
        self, session: Session, broadcast: DemoBroadcast, *, outbox: Path, think: float = 2.0, safety_to: str = ""
    ) -> None:
        """``think``: seconds the crew takes before acting on a cue (0 for a headless run on the demo's clock)."""
        self.session = session
        self.broadcast = broadcast
        self.replies = Replies(session)
        self.settings = SafetySettings(None, outbox, safety_to)
        self.think = think
        self.moderator = SECOND_MODERATOR
        self.producer = PRODUCER
        self.done: list[str] = []
        """What the crew did, one line each (for the log and tests)."""
        self._waiting: asyncio.Queue[tuple[int, Cue]] = asyncio.Queue(MAX_WAITING)
        self._current: tuple[int, Cue] | None = None
        """The cue :meth:`run` took and has not played yet (thinking about it)."""
        self._playing = asyncio.Lock()
        """Held while a cue is played: the end of the broadcast waits for it instead of cutting it off."""

    def on_update(self, update: SessionUpdate) -> None:
        """Session subscriber: note each scripted message as it is recorded."""
        if not isinstance(update, MessageRecord) or update.message.source != self.broadcast.key:
            return
        if update.message.reply_to is not None:
            return  # the broadcast's own replies
        cue = self.broadcast.cue(update.message.id)
        if cue is not None and not self._waiting.full():
            self._waiting.put_nowait((update.seq, cue))

    async def run(self) -> None:
        """Play the cues as their messages arrive, until cancelled."""
        while True:
            self._current = await self._waiting.get()
            if self.think:
                await asyncio.sleep(self.think)
            async with self._playing:
                await self._play_current()

    async def _play_current(self) -> None:
        taken, self._current = self._current, None
        if taken is not None:
            await self.play(*taken)

    async def drain(self, timeout: float = 60.0) -> None:
        """Play the cue under way and the ones still waiting (the broadcast ended first), in bounded time.

        A headless recording ends as soon as the script is read, with cues still waiting or one half played
        (the session then cancels :meth:`run`): the bound is for a crew that is stuck, not a slow one.
        """

        async def rest() -> None:
            async with self._playing:  # a cue being played is finished first, not cut off
                await self._play_current()
                while not self._waiting.empty():
                    await self.play(*self._waiting.get_nowait())

        try:
            await asyncio.wait_for(rest(), timeout)
        except TimeoutError:
            log.warning("demo crew: %d cues left unplayed", self._waiting.qsize())

    async def play(self, seq: int, cue: Cue) -> None:
        """Do what ``cue`` says for message ``seq``; a refusal is logged, never raised (it is a demo)."""
        try:
            if cue.template:
                record = self.session.record(seq)
                language = message_language(record.message.text) if record is not None else "en"
                sent = await self.replies.send_template(seq, cue.template, language, actor=self.moderator)
                self.done.append(f"#{seq}: {sent.kind.value} template {cue.template} ({language})")
            if cue.free_text:
                queued = self.replies.queue(seq, cue.free_text, actor=self.moderator)
                self.done.append(f"#{seq}: {queued.kind.value} free text")
                if cue.approve and queued.kind is ActionKind.REPLY_QUEUED:
                    approved = await self.replies.approve(queued.id, approver=self.producer)
                    self.done.append(f"#{seq}: {approved.kind.value} approved by {self.producer}")
            if cue.forward:
                await self._forward(seq)
        except (ActionError, CaseError, ForwardError, OSError) as exc:
            log.warning("demo crew: message #%s: %s", seq, exc)
            self.done.append(f"#{seq}: refused: {exc}")

    async def _forward(self, seq: int) -> None:
        book = self.session.cases
        case = book.by_message(seq)
        if case is None:
            self.done.append(f"#{seq}: no adverse-event case to forward")
            return
        region = self.session.pipeline.policy.default_region
        done, path = await forward(book, case.id, self.settings, actor=self.moderator, region=region,
                                   now=self.session.clock())  # fmt: skip
        self.done.append(f"#{seq}: case #{done.id} forwarded ({path.name})")
