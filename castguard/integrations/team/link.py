"""A desk's link to the team: the Redis connection, the session's keys, heartbeats and the roster.

Both the host and the members hold one. ``redis`` is imported here only, when a team desk starts: the
embedded desk never needs it. Credentials never come from the command line (it shows in the process list):
a URL with a user or password is refused, and ``CASTGUARD_REDIS_USERNAME`` / ``CASTGUARD_REDIS_PASSWORD``
or the config file's ``[team] username`` / ``password`` give the ACL user.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from castguard.core.backoff import Backoff
from castguard.core.config import REDIS_CREDENTIAL_ENV
from castguard.integrations.team.claims import (
    HEARTBEAT_INTERVAL,
    PRESENCE_TTL,
    Member,
    decode_heartbeat,
    encode_heartbeat,
    marks,
)
from castguard.integrations.team.wire import ROLES, Claim

log = logging.getLogger(__name__)

#: A session name: what Redis keys are made of.
_SESSION_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}\Z")
#: Longest a Redis command may take before the link counts as down (seconds).
COMMAND_TIMEOUT = 5.0
#: Desks on the roster at most (a hostile writer cannot make a desk read a million heartbeats).
MAX_ROSTER = 64
#: Longest a desk spends on each of its last words to Redis when it stops (seconds): a desk closing on a busy
#: machine (its app and its event loop shutting down at once) took more than a second to leave the roster.
LEAVE_TIMEOUT = 3.0
#: First and longest wait before connecting again (seconds).
BACKOFF_FIRST, BACKOFF_MAX = 0.2, 5.0


class TeamError(ValueError):
    """A team option that cannot work (a bad URL or session name)."""


@dataclass(frozen=True, slots=True)
class Keys:
    """The Redis keys of one session."""

    session: str

    def _key(self, what: str) -> str:
        return f"castguard:{self.session}:{what}"

    @property
    def updates(self) -> str:
        """The stream of session updates (written by the host)."""
        return self._key("updates")

    @property
    def intents(self) -> str:
        """The stream of members' intents (read by the host through :attr:`group`)."""
        return self._key("intents")

    @property
    def snapshot(self) -> str:
        """The late joiners' snapshot."""
        return self._key("snapshot")

    @property
    def roster(self) -> str:
        """The set of desk names that have sent a heartbeat."""
        return self._key("roster")

    @property
    def redacted(self) -> str:
        """The stream of session updates with personal data taken out (``[team] redact``): the observers' view."""
        return self._key("redacted")

    @property
    def redacted_snapshot(self) -> str:
        """The late joiners' snapshot of the redacted view."""
        return self._key("redacted-snapshot")

    def view(self, redacted: bool) -> tuple[str, str]:
        """The stream and snapshot keys of the raw view or the redacted one."""
        return (self.redacted, self.redacted_snapshot) if redacted else (self.updates, self.snapshot)

    @property
    def lease(self) -> str:
        """Who hosts the session: the host's token, expiring unless renewed (:mod:`.lease`)."""
        return self._key("lease")

    @property
    def hosting(self) -> str:
        """What the host publishes about itself for a successor (:class:`.lease.Hosting`)."""
        return self._key("hosting")

    def intent(self, intent_id: str) -> str:
        """What became of one intent: claimed before the platform is called, its outcome written after (expires)."""
        return self._key(f"intent:{intent_id}")

    def presence(self, name: str) -> str:
        """One desk's heartbeat (expires)."""
        return self._key(f"presence:{name}")

    group = "hosts"
    """The intents stream's consumer group."""


def check_url(url: str) -> str:
    """``url`` if it names a Redis server without a password; :class:`TeamError` otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TeamError(f"--team: {exc}") from None
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise TeamError("--team: expected redis://HOST:PORT/DB or rediss://HOST:PORT/DB")
    if parts.password or parts.username:
        raise TeamError("--team: no credentials in the URL (it shows in the process list): "
                        "set CASTGUARD_REDIS_USERNAME and CASTGUARD_REDIS_PASSWORD")  # fmt: skip
    if parts.path not in ("", "/") and not parts.path.strip("/").isdigit():
        raise TeamError("--team: the database is a number (redis://HOST:PORT/0)")
    del port
    return url


def check_session(name: str) -> str:
    """``name`` if it can name a team session (letters, digits, ``_ . -``)."""
    if not _SESSION_NAME.match(name):
        raise TeamError("session name: 1 to 64 letters, digits, '_', '.' or '-'")
    return name


def credentials(settings: Mapping[str, Any] | None = None) -> dict[str, str | None]:
    """The ACL user, password and TLS authority: the environment first, then the config file's ``[team]``."""
    settings = settings or {}

    def pick(env: str, key: str) -> str | None:
        value = os.environ.get(env) or settings.get(key)
        return str(value) if value else None

    return {key: pick(env, key) for key, env in REDIS_CREDENTIAL_ENV.items()}


def connect(url: str, settings: Mapping[str, Any] | None = None) -> Any:
    """An asyncio Redis client for ``url``; credentials from the environment or ``settings`` (``[team]``).

    ``rediss://`` is TLS with the server's certificate checked (against ``ca_file`` when given).
    """
    import redis.asyncio as aioredis  # only team desks need redis

    found = credentials(settings)
    tls: dict[str, Any] = {}
    if urlsplit(url).scheme == "rediss" and found["ca_file"]:
        tls["ssl_ca_certs"] = found["ca_file"]
    return aioredis.Redis.from_url(
        check_url(url), username=found["username"], password=found["password"],
        socket_timeout=COMMAND_TIMEOUT, socket_connect_timeout=COMMAND_TIMEOUT, decode_responses=False,
        retry_on_timeout=False, health_check_interval=0, **tls,
    )  # fmt: skip


def redis_errors() -> tuple[type[Exception], ...]:
    """What a lost or refused connection raises."""
    import redis.exceptions as rexc

    return (rexc.ConnectionError, rexc.TimeoutError, OSError, asyncio.TimeoutError)


async def read_roster(client: Any, keys: Keys, now: float, ttl: float = PRESENCE_TTL) -> list[Member]:
    """The desks whose heartbeat is fresh, the host first, then by name (stale names are taken off the set)."""
    names = await client.srandmember(keys.roster, MAX_ROSTER) or []
    names = [n for n in names if isinstance(n, bytes) and len(n) <= 400]
    beats = await client.mget([keys.presence(n.decode("utf-8", "replace")) for n in names]) if names else []
    roster, gone = [], []
    for name, raw in zip(names, beats, strict=True):
        member = decode_heartbeat(raw)
        if member is None:
            gone.append(name)
        elif now - member.seen_at <= ttl * 2:
            roster.append(member)
    if gone:
        await client.srem(keys.roster, *gone)
    return sorted(roster, key=lambda m: (not m.host, m.name))


class TeamLink:
    """One desk's presence in the team session, and what it knows of the others.

    ``run`` sends the heartbeat and reads the roster until cancelled; a Redis outage only marks the link
    disconnected (:attr:`connected`) and the loop tries again.
    """

    def __init__(
        self, client: Any, keys: Keys, *, name: str, role: str, host: bool,
        clock: Callable[[], float] = time.time, interval: float = HEARTBEAT_INTERVAL, ttl: float = PRESENCE_TTL,
    ) -> None:  # fmt: skip
        if role not in ROLES:
            raise TeamError(f"role: one of {', '.join(ROLES)}")
        self.client = client
        self.keys = keys
        self.name = name
        self.role = role
        self.host = host
        self.clock = clock
        self.interval = interval
        self.ttl = ttl
        self.connected = False
        """Whether the last exchange with Redis worked."""
        self.detail = "connecting"
        """The link's state in words, for the status line."""
        self.selected: int | None = None
        self.active_at = clock()
        self.roster: list[Member] = []
        """Desks whose heartbeat is fresh, this one included, by name."""
        self.claims: dict[int, Claim] = {}
        """Actions under way, by message (from the host's claim updates)."""
        self._wake = asyncio.Event()
        self._beating = asyncio.Lock()
        """Held by a heartbeat in flight and by leaving: a late heartbeat never puts a desk that left back."""
        self._left = False

    @property
    def session(self) -> str:
        """The team session's name."""
        return self.keys.session

    def select(self, seq: int | None) -> None:
        """This desk's moderator selected a message (or none): the soft lease goes out with the next heartbeat."""
        self.active_at = self.clock()
        if seq != self.selected:
            self.selected = seq
            self._wake.set()

    def touch(self) -> None:
        """This desk's moderator did something (idle time restarts)."""
        self.active_at = self.clock()

    def apply_claim(self, claim: Claim) -> None:
        """A claim taken or released, as the host published it."""
        if claim.on:
            self.claims[claim.seq] = claim
        else:
            self.claims.pop(claim.seq, None)

    def marks(self) -> dict[int, str]:
        """Rows other desks have selected or are acting on, with who."""
        return marks(self.roster, self.claims, self.name)

    def set_connected(self, ok: bool, detail: str) -> None:
        """Record the state of the connection to Redis."""
        self.connected, self.detail = ok, detail

    def me(self) -> Member:
        """This desk's own heartbeat."""
        return Member(self.name, self.role, self.host, self.selected, self.active_at, self.clock())

    async def beat(self) -> None:
        """Send this desk's heartbeat and read everyone's."""
        me = self.me()
        async with self._beating:
            if self._left:
                return
            pipe = self.client.pipeline(transaction=False)
            pipe.set(self.keys.presence(self.name), encode_heartbeat(me), px=int(self.ttl * 1000))
            pipe.sadd(self.keys.roster, self.name)
            await pipe.execute()
        self.roster = await read_roster(self.client, self.keys, me.seen_at, self.ttl)

    async def run(self) -> None:
        """Heartbeats until cancelled; a Redis outage is a state, not an error."""
        errors = redis_errors()
        while True:
            cancelled_inside()  # the Redis client can swallow a cancellation that lands mid-command
            try:
                await self.beat()
                if not self.connected:
                    self.set_connected(True, "connected")
            except errors as exc:
                cancelled_inside()
                self.set_connected(False, f"Redis unreachable ({type(exc).__name__})")
                self.roster = [self.me()]
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), self.interval)
            except TimeoutError:
                pass

    async def leave(self) -> None:
        """Take this desk off the roster (best effort, bounded: it expires anyway)."""
        try:
            await asyncio.wait_for(self._leave(), LEAVE_TIMEOUT)
        except Exception:
            log.debug("leaving the roster failed", exc_info=True)

    async def _leave(self) -> None:
        async with self._beating:
            self._left = True
            await self.client.delete(self.keys.presence(self.name))
            await self.client.srem(self.keys.roster, self.name)

    async def close(self, before: Callable[[], Awaitable[None]] | None = None) -> None:
        """The desk's last words to Redis (``before``, then leaving the roster), then every connection closed.

        It runs to the end even when cancelled again meanwhile (a desk's tasks are cancelled more than once
        on the way out: the app, then the event loop): an interrupted close used to skip closing the client,
        leaving its connections open outside any pool until the garbage collector found them.
        """
        await finish(self._close(before))

    async def _close(self, before: Callable[[], Awaitable[None]] | None) -> None:
        try:
            if before is not None:
                try:
                    await asyncio.wait_for(before(), LEAVE_TIMEOUT)
                except Exception:
                    log.debug("team: the last update before closing failed", exc_info=True)
            await self.leave()
        finally:
            await self.client.aclose()


async def finish(work: Coroutine[Any, Any, None]) -> None:
    """Run ``work`` to its end even if the caller is cancelled meanwhile; the cancellation is raised after it.

    For bounded clean-up only (every step of ``work`` has a timeout).
    """
    task = asyncio.ensure_future(work)
    cancelled = False
    while not task.done():
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.done():
                break
            cancelled = True
    if cancelled:
        raise asyncio.CancelledError
    task.result()


async def stream_for(client: Any, keys: Keys, role: str) -> str | None:
    """The stream a desk of ``role`` reads: observers get the redacted one when the host publishes it.

    ``None`` for an observer while no host has said whether it redacts: it must not read the raw stream meanwhile.
    """
    from castguard.integrations.team.lease import decode_hosting

    if role != "observer":
        return keys.updates
    hosting = decode_hosting(await client.get(keys.hosting))
    if hosting is None:
        return None
    return keys.redacted if hosting.redact else keys.updates


def entry_text(entry_id: object) -> str:
    """A stream entry id as Redis returned it (bytes, or text with ``decode_responses``)."""
    return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)


def cancelled_inside() -> None:
    """Re-raise a cancellation the Redis client swallowed (a cancel landing mid-command can end as a timeout
    or as a normal reply; the task still says it is being cancelled)."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def reconnect_backoff() -> Backoff:
    """The wait before a team desk connects to Redis again: short at first (a blip), capped at a few seconds."""
    return Backoff(initial=BACKOFF_FIRST, factor=2.0, cap=BACKOFF_MAX, jitter=0.4)
