"""Named read models of a session recording: every figure a reviewer compares across views, defined once.

The desk's queue, the producer view, ``castguard follow``, search and every report format ask this
module what "flagged", "handled", "missed", a moderator's time to action, its median and p90, and a
severity's label mean, so that they cannot disagree. Each rule has a Python form (for a
:class:`MessageRecord` or an :class:`ActionRecord` in memory) and, where a report aggregates over a
million rows, its SQL twin next to it. Reads return small named rows, never tuples read by position.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from castguard.core.model import (
    POLICY_ACTOR,
    ActionKind,
    ActionRecord,
    ActionResult,
    MessageRecord,
    MessageState,
    Severity,
)
from castguard.session.audience import NEGATIVE_SENTIMENT, POSITIVE_SENTIMENT, Contributor
from castguard.session.store import FLAGGED_SQL, Store

__all__ = [
    "FLAGGED_SQL",
    "HANDLED_SQL",
    "HANDLING",
    "MISSED_SQL",
    "NOT_MODERATION",
    "QUEUE_SQL",
    "SEVERITY_LABELS",
    "flagged",
    "handled",
    "in_queue",
    "is_moderation",
    "median",
    "missed",
    "percentile",
    "severity_label",
]

# -- the rules ---------------------------------------------------------------------------------------

#: States in which a message is settled: a moderator (or the policy, or a ban of its author) decided on it.
HANDLED_STATES = frozenset({MessageState.APPROVED, MessageState.HIDDEN, MessageState.REMOVED})

#: Actions that count as handling a flagged message (the first one by a person times the moderator).
HANDLING = frozenset(
    {ActionKind.HIDE, ActionKind.DELETE, ActionKind.APPROVE, ActionKind.UNHIDE, ActionKind.ESCALATE,
     ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.WARN}
)  # fmt: skip

#: Entries of the action log that are not moderation: the room's mode, a note, reply steps short of sending.
NOT_MODERATION = frozenset(
    {ActionKind.LOCKDOWN, ActionKind.NOTE, ActionKind.REPLY_QUEUED, ActionKind.REPLY_BLOCKED,
     ActionKind.REPLY_REJECTED, ActionKind.PIN, ActionKind.UNPIN, ActionKind.LINK}
)  # fmt: skip

#: Actions that acknowledge an escalation: resolving an escalation nobody acknowledged acknowledges it too.
ACKNOWLEDGING = frozenset({ActionKind.ACKNOWLEDGE, ActionKind.RESOLVE})

#: Display labels of severities, the same in every view and report (:attr:`Severity.label`, as in policy files).
SEVERITY_LABELS: dict[Severity, str] = {severity: severity.label for severity in Severity}


def flagged(record: MessageRecord) -> bool:
    """A message needs a moderator's eye: a non-pass decision or a finding above info (see ``FLAGGED_SQL``)."""
    return record.verdict.flagged


def in_queue(record: MessageRecord) -> bool:
    """The review queue holds flagged and held messages (see ``QUEUE_SQL``)."""
    return record.verdict.flagged or record.state is MessageState.HELD


def handled(record: MessageRecord) -> bool:
    """Settled: approved, hidden, removed (also by a ban of its author) or escalated (see ``HANDLED_SQL``)."""
    return is_handled(record.state, record.escalation)


def missed(record: MessageRecord) -> bool:
    """A flagged or held message nobody settled: "pending" on the desk, a "missed risk" in a report (see
    ``MISSED_SQL``).

    A message is held when flagged (the policy's hold, a lockdown at warn and above), escalated (and so
    handled), or held by the policy after it was shown (a first-time chatter's flag that arrived late,
    ``hold`` in the action log): a message it judged clean that waits for a moderator all the same.
    """
    return (flagged(record) or record.state is MessageState.HELD) and not handled(record)


def is_flagged(decision: str, severity: int | None) -> bool:
    """:func:`flagged` of a stored row's decision and worst severity."""
    return decision != "pass" or (severity is not None and severity > Severity.INFO)


def is_handled(state: str, escalation: str | None) -> bool:
    """:func:`handled` of a stored row's state and escalation."""
    return state in HANDLED_STATES or escalation is not None


def is_missed(decision: str, severity: int | None, state: str, escalation: str | None) -> bool:
    """:func:`missed` of a stored row's decision, worst severity, state and escalation."""
    return (is_flagged(decision, severity) or state == MessageState.HELD.value) and not is_handled(state, escalation)


#: SQL twin of :func:`in_queue` (on the ``messages`` table).
QUEUE_SQL = f"({FLAGGED_SQL} OR state = 'held')"
#: SQL twin of :func:`handled`.
HANDLED_SQL = "(state IN (" + ", ".join(f"'{s.value}'" for s in sorted(HANDLED_STATES)) + ") OR escalation IS NOT NULL)"
#: SQL twin of :func:`missed`. The held messages are why it reads the table rather than the flagged messages'
#: index (about 0.3 s more on a 1,000,000-message recording: benchmarks/bench_report.py).
MISSED_SQL = f"({FLAGGED_SQL} OR state = 'held') AND NOT {HANDLED_SQL}"


def is_moderation(action: ActionRecord) -> bool:
    """An entry of the action log that moderates (not a note, the lockdown switch, or an unsent reply step)."""
    return action.kind not in NOT_MODERATION


def times_moderator(action: ActionRecord) -> bool:
    """Whether ``action`` can be the first handling of a message by a person (what time to action measures)."""
    return action.kind in HANDLING and action.actor != POLICY_ACTOR and action.result is not ActionResult.FAILED


_LABEL_OF_LEVEL: dict[int, str] = {int(severity): label for severity, label in SEVERITY_LABELS.items()}


def severity_label(value: int | None) -> str | None:
    """``info``, ``warn`` or ``critical`` (``None`` stays ``None``; an unknown level is written as a number)."""
    if value is None:
        return None
    return _LABEL_OF_LEVEL.get(value) or str(value)


def percentile(values: Iterable[float], q: float) -> float | None:
    """The nearest-rank ``q`` quantile (``q`` in 0..1) of ``values``, rounded to milliseconds; ``None`` when empty.

    The one definition behind every median and p90 castguard shows: the smallest value with at least
    ``q`` of the values at or below it.
    """
    ordered = sorted(values)
    if not ordered:
        return None
    return round(ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))], 3)


def median(values: Iterable[float]) -> float | None:
    """The median (the mean of the middle two of an even count), rounded to milliseconds; ``None`` when empty."""
    ordered = list(values)
    return round(statistics.median(ordered), 3) if ordered else None


def maximum(values: Iterable[float]) -> float | None:
    """The largest value, rounded to milliseconds like :func:`median`; ``None`` when empty."""
    largest = max(values, default=None)
    return None if largest is None else round(largest, 3)


_NOT_MODERATION_SQL = "(" + ", ".join(f"'{k.value}'" for k in sorted(NOT_MODERATION)) + ")"
_HANDLING_SQL = "(" + ", ".join(f"'{k.value}'" for k in sorted(HANDLING)) + ")"


def _flagged_on(alias: str) -> str:
    """``FLAGGED_SQL`` on the messages table named ``alias`` in a join."""
    return FLAGGED_SQL.replace("decision", f"{alias}.decision").replace("severity", f"{alias}.severity")


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _split(csv: str) -> tuple[str, ...]:
    return tuple(filter(None, csv.split(",")))


# -- rows ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts over a whole recording."""

    messages: int
    first_at: float | None
    last_at: float | None
    flagged: int
    missed: int
    by_state: dict[str, int]
    by_decision: dict[str, int]
    by_severity: dict[str, int]
    """Severity label → messages (worst finding)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source of the recording."""

    key: str
    platform: str
    capabilities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PolicyRow:
    """A policy that judged messages of the recording."""

    version: str
    name: str
    loaded_at: float
    messages_judged: int


@dataclass(frozen=True, slots=True)
class Bucket:
    """Counts of one time bucket of the timeline."""

    index: int
    messages: int = 0
    flagged: int = 0
    actions: int = 0
    """Moderation actions by people."""
    policy_actions: int = 0
    """Actions the policy took by itself (auto-hide)."""


@dataclass(frozen=True, slots=True)
class LoggedAction:
    """An entry of the action log with the message it is about (when known)."""

    id: int
    at: float
    actor: str
    kind: str
    message_seq: int | None
    author_id: str | None
    result: str
    reason: str
    response: str
    duration: int | None
    undoes: int | None
    hash: str
    arrived_at: float | None
    """When the message acted on arrived."""
    author_name: str | None

    @property
    def moderation(self) -> bool:
        """Not a note, the lockdown switch or an unsent reply step."""
        return self.kind not in NOT_MODERATION

    @property
    def by_policy(self) -> bool:
        """Taken by the policy itself (auto-hide), not by a person."""
        return self.actor == POLICY_ACTOR

    @property
    def seconds_after_arrival(self) -> float | None:
        """Seconds from the message's arrival to this moderation action (``None`` for a note or no message)."""
        if not self.moderation or self.arrived_at is None:
            return None
        return round(self.at - self.arrived_at, 3)


@dataclass(frozen=True, slots=True)
class ResponseTime:
    """A flagged message's first handling by a person: who, and how many seconds after it arrived."""

    seq: int
    actor: str
    seconds: float


@dataclass(frozen=True, slots=True)
class ModeratorFigures:
    """How much and how fast one person moderated."""

    actor: str
    actions: int
    """Moderation actions in the log (every kind, on messages or authors)."""
    handled: int
    """Flagged messages this person handled first."""
    median_seconds: float | None
    p90_seconds: float | None
    max_seconds: float | None


@dataclass(frozen=True, slots=True)
class ResponseFigures:
    """Time to action over everyone: the first handling of each flagged message by a person."""

    handled: int
    median_seconds: float | None
    p90_seconds: float | None
    max_seconds: float | None
    seconds: tuple[float, ...]
    """Every time to action (for a histogram)."""


def response_figures(times: Sequence[ResponseTime]) -> tuple[ResponseFigures, list[ModeratorFigures]]:
    """Overall and per-moderator figures of ``times`` (moderators' action counts left at 0)."""
    by_actor: dict[str, list[float]] = {}
    for t in times:
        by_actor.setdefault(t.actor, []).append(t.seconds)
    everyone = [t.seconds for t in times]
    overall = ResponseFigures(
        len(everyone), median(everyone), percentile(everyone, 0.9), maximum(everyone), tuple(everyone)
    )
    per = [
        ModeratorFigures(actor, 0, len(s), median(s), percentile(s, 0.9), maximum(s)) for actor, s in by_actor.items()
    ]
    return overall, per


class MessageRow(NamedTuple):
    """A message as listings show it (no findings, no raw form); a named tuple, as exports stream 10⁵ of them."""

    seq: int
    received_at: float
    source: str
    platform: str
    author_id: str
    author_name: str
    text: str
    categories: tuple[str, ...]
    severity: int | None
    decision: str
    state: str
    escalation: str | None

    @property
    def severity_label(self) -> str | None:
        """``info``, ``warn`` or ``critical``."""
        return severity_label(self.severity)

    @property
    def missed(self) -> bool:
        """Still pending: see :func:`missed`."""
        return is_missed(self.decision, self.severity, self.state, self.escalation)


_MESSAGE_ROW = (
    "m.seq, m.received_at, m.source, m.platform, m.author_id, m.author_name, m.text, m.categories, m.severity,"
    " m.decision, m.state, m.escalation"
)


def _message_row(r: Sequence[Any]) -> MessageRow:
    seq, at, source, platform, aid, name, text, cats, sev, decision, state, escalation = r
    return MessageRow(seq, at, source, platform, aid, name, text, _split(cats), sev, decision, state, escalation)


@dataclass(frozen=True, slots=True)
class Step:
    """One entry of a message's action history."""

    id: int
    at: float
    actor: str
    kind: str
    result: str
    undoes: int | None


def first_handling(row: MessageRow, steps: Iterable[Step]) -> Step | None:
    """The step of a flagged message's history that times its handling (the Python twin of :func:`response_times`)."""
    if not is_flagged(row.decision, row.severity):
        return None
    return next(
        (s for s in steps if s.kind in HANDLING and s.actor != POLICY_ACTOR and s.result != ActionResult.FAILED), None
    )


@dataclass(frozen=True, slots=True)
class RiskyAuthor:
    """An author with many flagged messages."""

    author_id: str
    name: str
    flagged: int
    critical: int
    messages: int
    first_flag_at: float
    last_flag_at: float
    timeouts: int
    bans: int
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CrowdFinding:
    """A raid or spike finding with the time of its message."""

    category: str
    at: float
    seq: int
    accounts: tuple[str, ...]
    detail: str
    source: str = ""
    """The source of the message (the accounts are author ids on it)."""


@dataclass(frozen=True, slots=True)
class EventRow:
    """A recorded connection, session or platform event."""

    at: float
    source: str
    kind: str
    state: str | None
    message_id: str | None
    author_id: str | None
    duration: int | None
    detail: str


# -- reads -------------------------------------------------------------------------------------------


def overview(store: Store) -> Overview:
    """Totals of the recording: messages, time span, flagged, missed, and counts by state, decision, severity."""
    db = store.db
    messages, first, last = db.execute("SELECT COUNT(*), MIN(received_at), MAX(received_at) FROM messages").fetchone()
    flagged_total = db.execute(f"SELECT COUNT(*) FROM messages WHERE {FLAGGED_SQL}").fetchone()[0]
    missed_total = db.execute(f"SELECT COUNT(*) FROM messages WHERE {MISSED_SQL}").fetchone()[0]
    by_state = dict(db.execute("SELECT state, COUNT(*) FROM messages GROUP BY state ORDER BY 2 DESC, 1").fetchall())
    by_decision = dict(db.execute("SELECT decision, COUNT(*) FROM messages GROUP BY decision ORDER BY 2 DESC, 1"))
    by_severity = {
        severity_label(sev) or "": n
        for sev, n in db.execute(
            "SELECT severity, COUNT(*) FROM messages WHERE severity IS NOT NULL GROUP BY severity ORDER BY 1 DESC"
        )
    }
    return Overview(messages, first, last, flagged_total, missed_total, by_state, by_decision, by_severity)


@dataclass(frozen=True, slots=True)
class RecordingSummary:
    """One line of ``castguard sessions``: what a recording is of, when, how long, how much."""

    title: str
    """The broadcast's recorded title, else the sources it was recorded from."""
    started_at: float | None
    """The first message's arrival (``None``: no message), else the file's creation."""
    duration: float
    """Seconds from the first message to the last."""
    messages: int
    flagged: int
    platforms: tuple[str, ...]


def broadcast_title(meta: dict[str, str], sources: Sequence[SourceRow]) -> str:
    """What a recording is of: its title when one was recorded, else the sources it was recorded from."""
    return meta.get("title") or meta.get("sources") or " ".join(s.key for s in sources)


def recording_summary(store: Store) -> RecordingSummary:
    """The recording's title, start, duration, message and flagged counts, and platforms (``castguard sessions``)."""
    db = store.db
    messages, first, last = db.execute("SELECT COUNT(*), MIN(received_at), MAX(received_at) FROM messages").fetchone()
    flagged_total = db.execute(f"SELECT COUNT(*) FROM messages WHERE {FLAGGED_SQL}").fetchone()[0]
    rows = sources(store)
    seen = [p for (p,) in db.execute("SELECT DISTINCT platform FROM messages ORDER BY platform")]
    platforms = tuple(dict.fromkeys([*(s.platform for s in rows), *seen]))
    meta = store.meta()
    started = first
    if started is None and meta.get("created_at"):
        try:
            started = float(meta["created_at"])
        except ValueError:
            started = None
    duration = (last - first) if first is not None and last is not None else 0.0
    return RecordingSummary(broadcast_title(meta, rows), started, duration, messages, flagged_total, platforms)


def sources(store: Store) -> list[SourceRow]:
    """The recording's sources in the order they were first seen."""
    rows = store.db.execute("SELECT key, platform, capabilities FROM sources ORDER BY first_seen")
    return [SourceRow(key, platform, _split(caps)) for key, platform, caps in rows]


def policies(store: Store) -> list[PolicyRow]:
    """Every policy that judged messages, in the order loaded, with how many messages each judged."""
    rows = store.db.execute(
        "SELECT p.version, p.name, p.loaded_at,"
        " (SELECT COUNT(*) FROM messages m WHERE m.policy_version = p.version)"
        " FROM policies p ORDER BY p.loaded_at"
    )
    return [PolicyRow(*row) for row in rows]


def policy_versions(store: Store) -> list[str]:
    """Versions of the policies recorded, oldest first."""
    return [v for (v,) in store.db.execute("SELECT version FROM policies ORDER BY loaded_at")]


def timeline(store: Store, origin: float, bucket: float, last: float) -> list[Bucket]:
    """Messages, flagged messages, people's and the policy's actions per bucket of ``bucket`` seconds."""
    counts: dict[int, dict[str, int]] = {}
    for b, n, flagged_n in store.db.execute(
        f"SELECT CAST((received_at - ?) / ? AS INTEGER) AS b, COUNT(*), SUM(CASE WHEN {FLAGGED_SQL} THEN 1 ELSE 0 END)"
        " FROM messages GROUP BY b",
        (origin, bucket),
    ):
        counts[b] = {"messages": n, "flagged": flagged_n}
    for b, people, policy in store.db.execute(
        "SELECT CAST((at - ?) / ? AS INTEGER) AS b, SUM(actor != ?), SUM(actor = ?) FROM actions"
        f" WHERE at >= ? AND at <= ? AND kind NOT IN {_NOT_MODERATION_SQL} GROUP BY b",
        (origin, bucket, POLICY_ACTOR, POLICY_ACTOR, origin, last + bucket),
    ):
        counts.setdefault(b, {}).update(actions=people, policy_actions=policy)
    return [Bucket(b, **c) for b, c in sorted(counts.items())]


def logged_actions(store: Store) -> Iterator[LoggedAction]:
    """The whole action log in order, each entry with its message's arrival and author name."""
    rows = store.db.execute(
        "SELECT a.id, a.at, a.actor, a.kind, a.message_seq, a.author_id, a.result, a.reason, a.response,"
        " a.duration, a.undoes, a.hash, m.received_at, m.author_name"
        " FROM actions a LEFT JOIN messages m ON m.seq = a.message_seq ORDER BY a.id"
    )
    for row in rows:
        yield LoggedAction(*row)


def response_times(store: Store) -> list[ResponseTime]:
    """The first handling of each flagged message by a person, in the order they happened.

    The rule of the producer view (:class:`castguard.session.stats.SessionStats`): the first successful
    action of a :data:`HANDLING` kind by anyone but the policy, timed from the message's arrival
    (:func:`first_handling` is its twin over a history already read).
    """
    rows = store.db.execute(
        "SELECT m.seq, a.actor, a.at - m.received_at FROM actions a JOIN messages m ON m.seq = a.message_seq"
        " WHERE a.id IN (SELECT MIN(id) FROM actions"
        f"  WHERE kind IN {_HANDLING_SQL} AND actor != ? AND result != 'failed' AND message_seq IS NOT NULL"
        "  GROUP BY message_seq)"
        f" AND {_flagged_on('m')} ORDER BY a.id",
        (POLICY_ACTOR,),
    )
    return [ResponseTime(seq, actor, max(seconds, 0.0)) for seq, actor, seconds in rows]


def missed_rows(store: Store, limit: int) -> list[MessageRow]:
    """Missed risks (queue items nobody settled), worst first, then oldest."""
    rows = store.db.execute(
        f"SELECT {_MESSAGE_ROW} FROM messages m WHERE {MISSED_SQL} ORDER BY m.severity DESC, m.received_at, m.seq"
        " LIMIT ?",
        (limit,),
    )
    return [_message_row(r) for r in rows]


def flagged_rows(store: Store, limit: int) -> list[MessageRow]:
    """Flagged messages in arrival order."""
    rows = store.db.execute(
        f"SELECT {_MESSAGE_ROW} FROM messages m WHERE {FLAGGED_SQL} ORDER BY m.received_at, m.seq LIMIT ?",
        (limit,),
    )
    return [_message_row(r) for r in rows]


def escalation_candidates(store: Store) -> list[MessageRow]:
    """Messages that were ever escalated (by the policy or a person), in arrival order."""
    rows = store.db.execute(
        f"SELECT {_MESSAGE_ROW} FROM messages m WHERE m.escalation IS NOT NULL OR m.decision = 'escalate'"
        " OR m.seq IN (SELECT message_seq FROM actions WHERE kind = 'escalate' AND message_seq IS NOT NULL)"
        " ORDER BY m.received_at, m.seq"
    )
    return [_message_row(r) for r in rows]


def histories(store: Store, seqs: Sequence[int]) -> dict[int, list[Step]]:
    """The action history of each of ``seqs`` (one query per 900 messages)."""
    out: dict[int, list[Step]] = {}
    for part in _chunks(list(seqs)):
        for seq, *step in store.db.execute(
            "SELECT message_seq, id, at, actor, kind, result, undoes FROM actions"
            f" WHERE message_seq IN ({_marks(part)}) ORDER BY id",
            tuple(part),
        ):
            out.setdefault(seq, []).append(Step(*step))
    return out


def moderation_histories(store: Store, seqs: Sequence[int]) -> dict[int, list[Step]]:
    """Successful moderation actions on each of ``seqs``, in order (notes and the lockdown left out)."""
    out: dict[int, list[Step]] = {}
    for part in _chunks(list(seqs)):
        for seq, *step in store.db.execute(
            "SELECT message_seq, id, at, actor, kind, result, undoes FROM actions"
            f" WHERE message_seq IN ({_marks(part)}) AND result != 'failed'"
            f" AND kind NOT IN {_NOT_MODERATION_SQL} ORDER BY id",
            tuple(part),
        ):
            out.setdefault(seq, []).append(Step(*step))
    return out


def author_names(store: Store, seqs: Iterable[int | None]) -> dict[int, str]:
    """Author display names of the given messages."""
    wanted = sorted({s for s in seqs if s is not None})
    out: dict[int, str] = {}
    for part in _chunks(wanted):
        out.update(store.db.execute(f"SELECT seq, author_name FROM messages WHERE seq IN ({_marks(part)})", part))
    return out


def risky_authors(store: Store, top: int = 10) -> list[RiskyAuthor]:
    """The authors with the most flagged messages (then the most critical), with their sanctions and categories."""
    db = store.db
    rows = db.execute(
        "WITH top AS (SELECT author_id, MAX(author_name) AS name, COUNT(*) AS flagged,"
        " SUM(CASE WHEN severity = 3 THEN 1 ELSE 0 END) AS critical, MIN(received_at) AS first_at,"
        f" MAX(received_at) AS last_at FROM messages WHERE {FLAGGED_SQL}"
        " GROUP BY author_id ORDER BY 3 DESC, 4 DESC, 1 LIMIT ?)"
        " SELECT t.author_id, t.name, t.flagged, t.critical,"
        " (SELECT COUNT(*) FROM messages m WHERE m.author_id = t.author_id), t.first_at, t.last_at,"
        " (SELECT COUNT(*) FROM actions a WHERE a.author_id = t.author_id AND a.kind = 'timeout'"
        "  AND a.result != 'failed'),"
        " (SELECT COUNT(*) FROM actions a WHERE a.author_id = t.author_id AND a.kind = 'ban' AND a.result != 'failed')"
        " FROM top t ORDER BY t.flagged DESC, t.critical DESC, t.author_id",
        (top,),
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    categories: dict[str, list[str]] = {}
    for aid, category in db.execute(
        "SELECT m.author_id, f.category FROM findings f JOIN messages m ON m.seq = f.message_seq"
        f" WHERE m.author_id IN ({_marks(ids)}) GROUP BY m.author_id, f.category"
        " ORDER BY m.author_id, COUNT(*) DESC, f.category",
        ids,
    ):
        categories.setdefault(aid, []).append(category)
    return [
        RiskyAuthor(aid, name, flagged_n, critical, total, first, last, timeouts, bans,
                    tuple(categories.get(aid, [])[:5]))
        for aid, name, flagged_n, critical, total, first, last, timeouts, bans in rows
    ]  # fmt: skip


def author_tallies(store: Store) -> list[Contributor]:
    """Every account of the session with its messages, negative and positive ones (the report's concentration)."""
    return [
        Contributor(source, author_id, name, n, negative, positive, last)
        for source, author_id, name, n, negative, positive, last in store.db.execute(
            "SELECT source, author_id, MAX(author_name), COUNT(*), SUM(sentiment < ?), SUM(sentiment > ?), MAX(seq)"
            " FROM messages GROUP BY source, author_id",
            (NEGATIVE_SENTIMENT, POSITIVE_SENTIMENT),
        )
    ]


def pins(store: Store) -> int:
    """Messages pinned to the on-air view (pins that were recorded as done)."""
    row = store.db.execute("SELECT COUNT(*) FROM actions WHERE kind = 'pin' AND result != 'failed'").fetchone()
    return int(row[0])


def negative_shares(store: Store, origin: float, bucket: float) -> dict[int, tuple[int, int]]:
    """Bucket index → (negative messages, messages), buckets of ``bucket`` seconds from ``origin``."""
    return {
        b: (negative, n)
        for b, negative, n in store.db.execute(
            "SELECT CAST((received_at - ?) / ? AS INTEGER) AS b, SUM(sentiment < ?), COUNT(*) FROM messages GROUP BY b",
            (origin, bucket, NEGATIVE_SENTIMENT),
        )
    }


def crowd_findings(store: Store) -> Iterator[CrowdFinding]:
    """Raid and spike findings in the order of their messages."""
    for category, at, seq, accounts, detail, source in store.db.execute(
        "SELECT f.category, m.received_at, m.seq, f.accounts, f.detail, m.source"
        " FROM findings f JOIN messages m ON m.seq = f.message_seq"
        " WHERE f.category IN ('crowd.raid', 'crowd.spike') ORDER BY m.received_at, m.seq"
    ):
        yield CrowdFinding(category, at, seq, _split(accounts), detail, source)


def display_names(store: Store, source: str, author_ids: Sequence[str]) -> dict[str, str]:
    """Author id → the display name of the account's latest message on ``source`` (accounts never seen: left out)."""
    names: dict[str, str] = {}
    ids = list(dict.fromkeys(author_ids))
    for i in range(0, len(ids), 900):
        part = ids[i : i + 900]
        for author_id, name in store.db.execute(
            "SELECT author_id, author_name FROM messages WHERE seq IN (SELECT MAX(seq) FROM messages"
            f" WHERE source = ? AND author_id IN ({_marks(part)}) GROUP BY author_id)",
            [source, *part],
        ):
            names[author_id] = name
    return names


def raid_seqs(store: Store, seqs: Sequence[int]) -> set[int]:
    """Those of ``seqs`` that carry a raid finding."""
    out: set[int] = set()
    for part in _chunks(list(seqs)):
        out.update(
            seq
            for (seq,) in store.db.execute(
                f"SELECT DISTINCT message_seq FROM findings WHERE category = 'crowd.raid'"
                f" AND message_seq IN ({_marks(part)})",
                part,
            )
        )
    return out


_EVENT_ROW = "at, source, kind, state, message_id, author_id, duration, detail"


def events_of_kinds(store: Store, kinds: Sequence[str], limit: int) -> list[EventRow]:
    """Events of the given kinds in order (at most ``limit``)."""
    rows = store.db.execute(
        f"SELECT {_EVENT_ROW} FROM events WHERE kind IN ({_marks(kinds)}) ORDER BY at, id LIMIT ?", (*kinds, limit)
    )
    return [EventRow(*r) for r in rows]


def event_counts(store: Store, kinds: Sequence[str]) -> dict[str, int]:
    """How many events of each of the given kinds were recorded."""
    return dict(store.db.execute(f"SELECT kind, COUNT(*) FROM events WHERE kind IN ({_marks(kinds)}) GROUP BY kind",
                                 tuple(kinds)).fetchall())  # fmt: skip


def acted_or_flagged(store: Store, after: int, size: int) -> list[MessageRow]:
    """Messages after ``after`` that were flagged or acted on, in order (a page of ``size``)."""
    rows = store.db.execute(
        f"SELECT {_MESSAGE_ROW} FROM messages m WHERE m.seq > ? AND ({FLAGGED_SQL}"
        " OR m.seq IN (SELECT message_seq FROM actions WHERE message_seq > ?)) ORDER BY m.seq LIMIT ?",
        (after, after, size),
    )
    return [_message_row(r) for r in rows]


def actors(store: Store) -> list[str]:
    """People who acted in the recording (not the policy), in order of their first action."""
    rows = store.db.execute(
        f"SELECT actor FROM actions WHERE actor != ? AND kind NOT IN {_NOT_MODERATION_SQL}"
        " GROUP BY actor ORDER BY MIN(id)",
        (POLICY_ACTOR,),
    )
    return [a for (a,) in rows]


# -- following a recording ---------------------------------------------------------------------------


def actions_after(store: Store, after: int, limit: int) -> list[ActionRecord]:
    """Entries of the action log with an id above ``after``, oldest first."""
    rows = store.db.execute("SELECT * FROM actions WHERE id > ? ORDER BY id LIMIT ?", (after, limit))
    return [Store.action_from_row(row) for row in rows]


def last_action_id(store: Store) -> int:
    """Id of the newest action in the log (0 when empty)."""
    return int(store.db.execute("SELECT COALESCE(MAX(id), 0) FROM actions").fetchone()[0])


def last_event_id(store: Store) -> int:
    """Id of the newest event (0 when none)."""
    return int(store.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])


def last_seq(store: Store) -> int:
    """Sequence number of the newest message (0 when none)."""
    return int(store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM messages").fetchone()[0])


def first_seq_since(store: Store, since: float) -> int | None:
    """The first message that arrived at or after ``since`` (``None`` when none did)."""
    row = store.db.execute("SELECT MIN(seq) FROM messages WHERE received_at >= ?", (since,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


@dataclass(frozen=True, slots=True)
class ConnectionRow:
    """The latest connection state of one source."""

    source: str
    state: str
    detail: str


def connection_states(store: Store, up_to_event: int) -> list[ConnectionRow]:
    """The latest connection event of every source up to event ``up_to_event``, by source key."""
    rows = store.db.execute(
        "SELECT source, state, detail FROM events WHERE id IN"
        " (SELECT MAX(id) FROM events WHERE kind = 'connection' AND id <= ? GROUP BY source) ORDER BY source",
        (up_to_event,),
    )
    return [ConnectionRow(*row) for row in rows]


#: The session event the recording desk writes when it stops (``castguard`` closed the recording).
STOPPED = "stopped"


def recording_stopped(store: Store, up_to_event: int) -> bool:
    """The recording desk had stopped at event ``up_to_event`` (and not started or resumed since)."""
    row = store.db.execute(
        "SELECT state FROM events WHERE kind = 'session' AND id <= ? ORDER BY id DESC LIMIT 1", (up_to_event,)
    ).fetchone()
    return row is not None and row[0] == STOPPED


def states_of(store: Store, seqs: Iterable[int]) -> dict[int, str]:
    """Current states of the given messages (read in chunks: SQLite limits bound parameters)."""
    out: dict[int, str] = {}
    for part in _chunks(sorted(seqs)):
        out.update(store.db.execute(f"SELECT seq, state FROM messages WHERE seq IN ({_marks(part)})", part))
    return out


def texts_of(store: Store, seqs: Sequence[int]) -> dict[int, str]:
    """Message texts as the recording holds them, by sequence number."""
    out: dict[int, str] = {}
    for part in _chunks(list(seqs)):
        rows = store.db.execute(f"SELECT seq, text FROM messages WHERE seq IN ({_marks(part)})", part)
        out.update({int(seq): str(text) for seq, text in rows})
    return out


def author_seqs(store: Store, source: str, author_id: str, *, on_chat_only: bool = True) -> list[int]:
    """Sequence numbers of an author's messages (still on the chat, by default), oldest first."""
    gone = "" if not on_chat_only else " AND state NOT IN ('hidden', 'removed')"
    rows = store.db.execute(
        f"SELECT seq FROM messages WHERE source = ? AND author_id = ?{gone} ORDER BY seq", (source, author_id)
    )
    return [int(seq) for (seq,) in rows]


def author_actions(store: Store, source: str, author_id: str) -> list[ActionRecord]:
    """The action log's entries on one author (their messages' actions, bans, warnings), oldest first."""
    store.flush()
    rows = store.db.execute("SELECT * FROM actions WHERE source = ? AND author_id = ? ORDER BY id", (source, author_id))
    return [store.action_from_row(r) for r in rows]


def authors_named(store: Store, wanted: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """Accounts whose id or name is ``wanted`` (any case), newest first: ``(source, author id, name)``."""
    store.flush()
    rows = store.db.execute(
        "SELECT source, author_id, author_name FROM messages WHERE author_id = ? OR lower(author_name) = lower(?)"
        " GROUP BY source, author_id ORDER BY MAX(seq) DESC LIMIT ?",
        (wanted, wanted, limit),
    )
    return [(str(source), str(author), str(name)) for source, author, name in rows]


# -- search and the author card -----------------------------------------------------------------------

#: ``FLAGGED_SQL`` that is never NULL, so a search may negate it (``-is:flagged``).
FLAGGED_CONDITION = "(decision != 'pass' OR COALESCE(severity, 0) >= 2)"


def matching_seqs(store: Store, where: str, params: Sequence[Any], limit: int) -> list[int]:
    """The newest ``limit`` messages matching a condition (compiled by :mod:`castguard.session.search`)."""
    condition = f"WHERE {where}" if where else ""
    sql = f"SELECT seq FROM messages {condition} ORDER BY seq DESC LIMIT ?"
    return [int(seq) for (seq,) in store.db.execute(sql, (*params, limit))]


def count_matching(store: Store, where: str, params: Sequence[Any], cap: int) -> int:
    """How many messages match a condition, counted up to ``cap``."""
    condition = f"WHERE {where}" if where else ""
    row = store.db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM messages {condition} LIMIT ?)", (*params, cap))
    return int(row.fetchone()[0])


def records_of(store: Store, seqs: Sequence[int]) -> list[MessageRecord]:
    """The records of the given messages (with findings), in sequence order."""
    out: list[MessageRecord] = []
    for part in _chunks(sorted(seqs)):
        out.extend(store.messages(where=f"seq IN ({_marks(part)})", params=tuple(part)))
    return out


@dataclass(frozen=True, slots=True)
class AuthorFigures:
    """Counts of one account's messages: by state, flagged, by finding category, and every action on it."""

    seqs: list[int]
    """Their latest messages (at most the limit asked), newest first."""
    states: dict[str, int]
    flagged: int
    categories: dict[str, int]
    actions: list[ActionRecord]


def author_figures(store: Store, source: str, author_id: str, limit: int) -> AuthorFigures:
    """What the author card shows of one account (one source's author id)."""
    db, params = store.db, (source, author_id)
    latest = "SELECT seq FROM messages WHERE source = ? AND author_id = ? ORDER BY seq DESC LIMIT ?"
    seqs = [seq for (seq,) in db.execute(latest, (*params, limit))]
    states = dict(
        db.execute("SELECT state, COUNT(*) FROM messages WHERE source = ? AND author_id = ? GROUP BY state", params)
    )
    flagged_n = store.count(f"source = ? AND author_id = ? AND {FLAGGED_SQL}", params)
    categories = dict(
        db.execute(
            "SELECT f.category, COUNT(DISTINCT f.message_seq) FROM findings f JOIN messages m ON m.seq = f.message_seq"
            " WHERE m.source = ? AND m.author_id = ? GROUP BY f.category ORDER BY 2 DESC",
            params,
        )
    )
    rows = db.execute(
        "SELECT * FROM actions WHERE author_id = ? AND (source = ? OR source IS NULL) ORDER BY id", (author_id, source)
    )
    return AuthorFigures(seqs, states, flagged_n, categories, [Store.action_from_row(r) for r in rows])


@dataclass(frozen=True, slots=True)
class AuthorPast:
    """One account's standing in one recording: what the author card shows of earlier sessions."""

    messages: int
    flagged: int
    last_seen: float | None
    sanctions: list[ActionRecord]
    """Bans, timeouts and unbans of the account, oldest first."""
    notes: list[ActionRecord]
    """Moderators' notes about the account, oldest first."""


def author_past(store: Store, platform: str, author_id: str) -> AuthorPast:
    """An account (``author_id`` on ``platform``, any channel) in this recording: counts, sanctions, notes."""
    db = store.db
    messages, flagged_n, last = db.execute(
        f"SELECT COUNT(*), COALESCE(SUM({FLAGGED_SQL}), 0), MAX(received_at) FROM messages"
        " WHERE author_id = ? AND platform = ?",
        (author_id, platform),
    ).fetchone()
    # Actions name the source (its platform is in the sources table) or, for older ones, only the message.
    rows = db.execute(
        "SELECT * FROM actions WHERE author_id = ? AND kind IN ('ban', 'timeout', 'unban', 'note')"
        " AND (source IN (SELECT key FROM sources WHERE platform = ?)"
        " OR message_seq IN (SELECT seq FROM messages WHERE author_id = ? AND platform = ?)) ORDER BY id",
        (author_id, platform, author_id, platform),
    )
    actions = [Store.action_from_row(r) for r in rows]
    sanctions = [a for a in actions if a.kind is not ActionKind.NOTE]
    notes = [a for a in actions if a.kind is ActionKind.NOTE and a.reason]
    return AuthorPast(int(messages), int(flagged_n), last, sanctions, notes)


def recording_start(store: Store) -> tuple[str, float | None]:
    """A recording's title and the time of its first message (``None`` when it has none), cheaply."""
    (first,) = store.db.execute("SELECT MIN(received_at) FROM messages").fetchone()
    return broadcast_title(store.meta(), sources(store)), first


def ledger_entry(store: Store, digest: str) -> int | None:
    """The number of the ledger entry with this hash (``None`` when there is none)."""
    row = store.db.execute("SELECT id FROM ledger WHERE hash = ?", (digest,)).fetchone()
    return None if row is None else int(row[0])
