"""Who hosts a team session: a lease in Redis, and what the host publishes about itself for a successor.

The host holds ``castguard:SESSION:lease`` (``SET NX PX``) and renews it :data:`RENEWALS` times per lease;
the value is a random token of that host, so only its holder renews or releases it (a check-and-set
script). When the host dies the key expires after :data:`LEASE_MS`, and a standby desk that asks for it
(``castguard team standby`` or ``castguard join --standby``) becomes the host: that bounds the takeover at
the lease time plus the standby's poll interval and its start-up.

Beside the lease the host keeps a :class:`Hosting` record: its name and machine, its recording's path and
id, and the sources it runs with their options: what a successor needs to resume them. Like everything read
from Redis it is hostile input: :func:`decode_hosting` bounds and checks every field.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from castguard.core.text import MAX_NAME_CHARS, clean_text

#: The lease expires this long after the last renewal (milliseconds): the host is taken over after it.
LEASE_MS = 2500
#: The host renews its lease this many times per lease time (every 0.6 s): a missed renewal or two is no takeover.
RENEWALS = 4
#: A standby asks for the lease this often (seconds).
STANDBY_POLL = 0.25
#: Largest hosting record accepted (bytes).
MAX_HOSTING_BYTES = 16 * 1024
#: Sources a hosting record names at most.
MAX_SOURCES = 32

# Renew only a lease this holder still has; take it when nobody has it (1: held by the caller now, 0: not).
_RENEW = """
local held = redis.call('GET', KEYS[1])
if held == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not held then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def new_token() -> str:
    """A lease holder's token (random: a restarted host is a new holder)."""
    return uuid.uuid4().hex


class Lease:
    """One desk's claim to host the session (``key``), held under ``token``."""

    def __init__(self, client: Any, key: str, token: str | None = None, *, ms: int = LEASE_MS) -> None:
        self.client = client
        self.key = key
        self.token = token or new_token()
        self.ms = ms
        self.held = False
        """Whether the last exchange with Redis said this desk holds the lease."""

    async def acquire(self) -> bool:
        """Take the lease if nobody holds it (or keep it when this desk does); whether this desk holds it now."""
        self.held = bool(await self.client.eval(_RENEW, 1, self.key, self.token, self.ms))
        return self.held

    renew = acquire

    @property
    def interval(self) -> float:
        """How often the holder renews the lease (seconds)."""
        return self.ms / 1000 / RENEWALS

    async def release(self) -> None:
        """Give the lease up (only if this desk still holds it): a standby takes over at once."""
        await self.client.eval(_RELEASE, 1, self.key, self.token)
        self.held = False

    async def holder(self) -> str | None:
        """The token of whoever holds the lease now (``None``: nobody)."""
        raw = await self.client.get(self.key)
        return raw.decode("ascii", "replace")[:64] if isinstance(raw, bytes) else None


@dataclass(frozen=True, slots=True)
class Hosting:
    """What the host publishes about itself: who it is and what a successor resumes."""

    token: str
    """The lease token of this host."""
    name: str
    """The host desk's moderator."""
    machine: str
    """The host's machine name (a successor on the same machine continues the same recording file)."""
    recording: str
    """The recording's path on that machine."""
    session_id: str = ""
    """The recording's id (a successor on another machine names it as the recording it continues)."""
    sources: tuple[str, ...] = ()
    """The source specs the host runs."""
    options: dict[str, Any] = field(default_factory=dict)
    """Their options: ``seed``, ``rate``, ``follow``, ``fields``."""
    since: float = 0.0
    """When this host took the session (wall clock)."""
    ended: bool = False
    """The host stopped on purpose (the show is over): a standby does not take over."""
    redact: bool = False
    """The host also publishes the redacted view (observers read only that one)."""


def encode_hosting(hosting: Hosting) -> bytes:
    """The hosting record as bytes."""
    value = asdict(hosting)
    value["sources"] = list(hosting.sources)
    return json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8", "replace")


def _str(d: dict[str, Any], key: str, limit: int) -> str:
    value = d.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"hosting {key}: not a string of at most {limit} characters")
    return value


def decode_hosting(raw: Any) -> Hosting | None:
    """The hosting record from Redis, or ``None`` when there is none or it is not a valid one."""
    if not isinstance(raw, bytes | str) or len(raw) > MAX_HOSTING_BYTES:
        return None
    try:
        d = json.loads(raw)
        if not isinstance(d, dict):
            return None
        sources = d.get("sources", [])
        options = d.get("options", {})
        if not isinstance(sources, list) or len(sources) > MAX_SOURCES or not isinstance(options, dict):
            return None
        specs = tuple(s for s in sources if isinstance(s, str) and 0 < len(s) <= 1000 and s.isprintable())
        if len(specs) != len(sources):
            return None
        kept: dict[str, Any] = {}
        for key in ("seed", "rate", "follow", "fields"):
            value = options.get(key)
            if value is None or (key == "follow" and type(value) is bool):
                kept[key] = value
            elif key == "seed" and type(value) is int and abs(value) < 2**31:
                kept[key] = value
            elif key == "rate" and type(value) in (int, float) and 0 < value <= 1e6:
                kept[key] = float(value)
            elif key == "fields" and isinstance(value, str) and len(value) <= 1000 and value.isprintable():
                kept[key] = value
            else:
                return None
        since = d.get("since", 0.0)
        if type(since) not in (int, float) or not 0 <= since < 1e12:
            return None
        ended, redact = d.get("ended", False), d.get("redact", False)
        if type(ended) is not bool or type(redact) is not bool:
            return None
        token = _str(d, "token", 64)
        if not token.isascii() or not token.isalnum():
            return None
        recording = _str(d, "recording", 4096)
        if not recording.isprintable():
            return None
        return Hosting(
            token=token, name=clean_text(_str(d, "name", MAX_NAME_CHARS * 4), MAX_NAME_CHARS),
            machine=clean_text(_str(d, "machine", 255), 255), recording=recording,
            session_id=clean_text(_str(d, "session_id", 128), 128), sources=specs, options=kept, since=float(since),
            ended=ended, redact=redact,
        )  # fmt: skip
    except ValueError:
        return None
