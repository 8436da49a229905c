"""A team host whose platform never answers an action: the process a test kills in the middle of one.

    python -m tests.fakes.stuck_host URL SESSION RECORDING

It hosts SESSION (one held message, #1) with a short lease, and prints ``calling the platform`` (flushed) when a
member's intent reaches the platform call, which then blocks for good: the test sends ``kill -9`` at that point.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, Author, ChatMessage, SourceEvent
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.lease import Lease
from castguard.integrations.team.link import Keys, connect
from castguard.session.engine import Session
from castguard.session.store import Store

#: What the fake says when the platform call starts.
CALLING = "calling the platform"
#: The lease of this host (milliseconds): short, so that the test's successor gets it soon after the kill.
LEASE_MS = 500


class StuckPlatform:
    """One message, then nothing; an action is never answered."""

    key = "stuck"
    platform = "twitch"
    capabilities = frozenset({ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN})

    async def events(self) -> AsyncIterator[SourceEvent]:
        yield ChatMessage("stuck", "twitch", "c", "m1", Author("u1", "viewer1"), "you are full of shit", 1.0, 1.0)
        await asyncio.Event().wait()

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        print(CALLING, flush=True)
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        pass


async def main(url: str, session_name: str, recording: Path) -> None:
    keys = Keys(session_name)
    session = Session(Store(recording), Pipeline(load_policy()), [StuckPlatform()], moderator="dead")
    client = connect(url)
    host = TeamHost(session, client, keys, name="dead", lease=Lease(client, keys.lease, ms=LEASE_MS))
    session.add_service(host)
    await session.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
