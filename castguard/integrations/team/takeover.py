"""Taking over a team session whose host died: wait for its lease, then resume its recording from the stream.

A standby desk (``castguard team standby``, ``castguard join --standby``) asks for the session's lease every
:data:`~castguard.integrations.team.lease.STANDBY_POLL` seconds while the host's :class:`Hosting` record says
a host is running (not ``ended``). It gets it once the dead host's lease expires, and then:

* **the recording.** On the host's machine (same machine name, the file still there) the successor
  continues **the same file**: one hash chain, one session id, and the dead host's own record of which
  intents it carried out, so an intent acknowledged before the crash is never carried out twice and one
  it was in the middle of is reported as unknown rather than risked again. On another machine the
  dead host's file is out of reach: the successor starts **a new recording** that names the one it continues
  (meta ``team.continues``: the dead recording's id and path) and takes in the outcomes the stream
  carried, so intents already done are not done again.
* **what the dead host published but had not written.** The host publishes a message as soon as it is
  judged and writes it with the next flush (every 50 ms): after ``kill -9`` the stream can hold messages
  the file lacks. :func:`recover` adds them to the recording, numbered as the members saw them.
* **what the dead host wrote but had not published.** The other way round, its outbox could hold updates
  already in the file: :func:`unpublished` finds the messages and actions the stream lacks, and the
  successor publishes them first, so no desk is left with a hole.
* **the sources.** The successor opens the sources the host ran (its record names them and their
  options): a re-read source (a file, a replayed backlog) sends messages already recorded, and the
  session drops them as duplicates.

Everything read from Redis is hostile: the records go through :mod:`.wire` and :mod:`.lease`'s checks.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from castguard.core.model import ActionRecord, MessageRecord
from castguard.integrations.team.lease import STANDBY_POLL, Hosting, Lease, decode_hosting
from castguard.integrations.team.link import Keys, cancelled_inside, entry_text, reconnect_backoff, redis_errors
from castguard.integrations.team.wire import Outcome, WireError, decode_update
from castguard.session.actions import StateChange
from castguard.session.store import Store

log = logging.getLogger(__name__)

#: Stream entries read per round trip while recovering.
READ_PAGE = 2000
#: Meta key of a recording that continues another host's (on another machine).
CONTINUES_META = "team.continues"


async def wait_for_lease(
    client: Any, keys: Keys, lease: Lease, *, poll: float = STANDBY_POLL, say: Callable[[str], None] | None = None
) -> Hosting:
    """Wait until a running host's lease is free and take it; the dead host's record.

    A session with no host yet, or whose host ended it on purpose, is not taken over: the standby waits on
    (a new host may start). A Redis outage is waited out.
    """
    errors = redis_errors()
    retry = reconnect_backoff()
    said = ""
    while True:
        cancelled_inside()
        try:
            hosting = decode_hosting(await client.get(keys.hosting))
            if hosting is not None and not hosting.ended and hosting.token != lease.token:
                if await lease.acquire():
                    return hosting
                state = f"standing by: {hosting.name} hosts"
            else:
                state = "standing by: no host running" if hosting is None or hosting.ended else "standing by"
            retry.reset()
            delay = poll
        except errors as exc:
            cancelled_inside()
            state, delay = f"standing by: Redis unreachable ({type(exc).__name__})", retry.next_delay()
        if say is not None and state != said:
            say(state)
            said = state
        await asyncio.sleep(delay)


async def read_window(client: Any, keys: Keys) -> list[object]:
    """Every valid update the session's stream still holds, oldest first (invalid entries are skipped)."""
    updates: list[object] = []
    start = "-"
    while True:
        page = await client.xrange(keys.updates, min=start, count=READ_PAGE)
        for entry_id, fields in page:
            try:
                updates.append(decode_update((fields or {}).get(b"w", b"")))
            except WireError as exc:
                log.warning("team: entry %r skipped while recovering: %s", entry_id, exc)
        if len(page) < READ_PAGE:
            return updates
        last = entry_text(page[-1][0])
        start = "(" + last


def same_recording(hosting: Hosting, machine: str | None = None) -> Path | None:
    """The dead host's recording when this desk can continue it (same machine, file still there)."""
    here = machine if machine is not None else socket.gethostname()[:255]
    path = Path(hosting.recording)
    if hosting.machine == here and hosting.recording and path.is_file():
        return path
    return None


def recover(store: Store, updates: list[object], *, continues: Hosting | None = None) -> int:
    """Write to ``store`` the messages the stream holds beyond what it recorded; how many.

    The dead host wrote its messages in order, so what it lacks is everything numbered after its last
    message. Each is taken as the stream last showed it (its latest state). With ``continues`` (a new
    recording on another machine) the outcomes the stream carried are remembered too, so the intents they
    answer are not carried out again, and the recording names the one it continues.
    """
    from castguard.integrations.team.host import INTENT_META

    last = store.last_seq
    latest: dict[int, MessageRecord] = {}
    outcomes: dict[str, Outcome] = {}
    for update in updates:
        if isinstance(update, MessageRecord) and update.seq > last:
            latest[update.seq] = update
        elif isinstance(update, StateChange) and update.record.seq in latest:
            latest[update.record.seq] = update.record
        elif isinstance(update, Outcome):
            outcomes[update.intent] = update
    for seq in sorted(latest):
        store.add_message(latest[seq])
    store.flush()
    if continues is not None:
        store.set_meta(CONTINUES_META, f"{continues.session_id} {continues.recording}"[:4200])
        for intent, outcome in outcomes.items():
            if store.meta_value(INTENT_META + intent) is None:
                done = "" if outcome.action_id is None else str(outcome.action_id)
                # The action ids are the dead recording's: kept for the record, never looked up here.
                store.set_meta(INTENT_META + intent, done if outcome.ok else "refused:" + outcome.error)
    if latest:
        store.log_session("recovered", f"{len(latest)} message(s) from the team stream")
    return len(latest)


def unpublished(store: Store, updates: list[object]) -> list[MessageRecord | ActionRecord]:
    """The messages and actions the recording holds beyond the last ones the stream carried, in order.

    Nothing when the stream carried nothing: a session whose window was lost with Redis is resynced from
    the snapshot, not replayed from the start of the recording.
    """
    seqs = [u.seq for u in updates if isinstance(u, MessageRecord)]
    action_ids = [u.id for u in updates if isinstance(u, ActionRecord)]
    if not seqs:
        return []
    out: list[MessageRecord | ActionRecord] = list(store.messages(after=max(seqs)))
    last_action = max(action_ids, default=0)
    out.extend(a for a in store.actions() if a.id > last_action)
    return out
