"""A small, fully known broadcast recording for replay, report and verify tests.

Times are fixed (``T0`` plus a few seconds) so that times to action and to
acknowledge are exact.
"""

from __future__ import annotations

from pathlib import Path

from castguard.core.model import ActionKind, PlatformEvent, PlatformEventKind
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.conftest import FakeSource, chat

T0 = 1_750_000_000.0
PHONE = "415-555-0132"

TEXTS = [
    ("viewer1", "hello doctor"),  # 1
    ("leaky", f"my number is {PHONE} call me"),  # 2: privacy.phone -> hide (auto-hidden by the policy)
    ("troll", "what a load of crap"),  # 3: profanity -> hold; hidden by kim
    ("troll", "I will kill you"),  # 4: risk.threat -> escalate; acknowledged and resolved by kim
    ("viewer2", "thanks for the stream"),  # 5
    ("viewer3", "email me at jane.doe@gmail.com"),  # 6: privacy.email -> hold; approved then undone
    ("viewer1", "is aspirin ok daily?"),  # 7
    ("troll", "crap again"),  # 8: profanity; deleted on the platform by someone else
    ("viewer4", "this is crap"),  # 9: profanity; nobody acts: a missed risk
    ("viewer2", "bye"),  # 10
]


async def make_recording(path: Path, *, redact_at_rest: bool = False, platform_actions: bool = True) -> None:
    """Record the broadcast above, with moderator actions, a platform deletion and a lockdown.

    ``platform_actions=False``: the source cannot act, so hides are desk-only and no action has an
    intent (as in recordings made before intents existed).
    """
    now = [T0]
    store = Store(path, redact_at_rest=redact_at_rest)
    source = FakeSource("fake") if platform_actions else FakeSource("fake", capabilities=frozenset())
    session = Session(store, Pipeline(load_policy()), [source], moderator="kim", clock=lambda: now[0],
                      auto_actions=False)  # fmt: skip
    for i, (author, text) in enumerate(TEXTS):
        now[0] = T0 + i
        session.ingest(chat(text, author=author, msg_id=f"m{i + 1}", at=T0 + i))
        if i == 1:
            now[0] = T0 + 1.25
            await session.act(ActionKind.HIDE, 2, actor="policy", reason="policy: auto-hide")
        if i == 4:
            now[0] = T0 + 4.5
            await session.act(ActionKind.HIDE, 3)  # 2.5 s after message 3 arrived
        if i == 6:
            now[0] = T0 + 6.0
            await session.act(ActionKind.ACKNOWLEDGE, 4)  # 3.0 s after the escalation opened
            now[0] = T0 + 6.5
            await session.act(ActionKind.APPROVE, 6, reason=f"fine, call {PHONE}")
            now[0] = T0 + 6.75
            await session.undo(6)
        if i == 7:
            session.observe(PlatformEvent("fake", PlatformEventKind.DELETED, message_id="m8", at=T0 + 7.5))
        if i == 8:
            now[0] = T0 + 8.5
            await session.set_lockdown(True)
    now[0] = T0 + 9.5
    await session.act(ActionKind.RESOLVE, 4)
    now[0] = T0 + 9.75
    await session.act(ActionKind.TIMEOUT, 4, duration=600, reason="threat")
    store.close()
