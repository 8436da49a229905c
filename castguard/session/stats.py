"""The producer's figures, computed from session updates with no UI and no clock of its own.

:class:`SessionStats` is fed the records and actions of a session (live from
the engine, or tailed from a recording by :mod:`castguard.session.follow`) and answers
:meth:`SessionStats.snapshot` for a time the caller passes in. Counters are
kept in fixed time buckets, so memory stays flat however busy the chat is.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field, replace

from castguard.core.model import (
    POLICY_ACTOR,
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    EscalationState,
    MessageRecord,
    Severity,
)
from castguard.core.policy import DEFAULT_TRUSTED_ROLES, Policy, load_policy
from castguard.filters.healthstory import HealthStory
from castguard.session.audience import (
    NEGATIVE_SENTIMENT,
    AuthorWindow,
    Concentration,
    Stance,
    amplify_kind,
    stance,
)
from castguard.session.queries import HANDLING, flagged, median, percentile, times_moderator
from castguard.session.transitions import inverse

__all__ = [
    "HANDLING",
    "NEGATIVE_SENTIMENT",
    "Amplifiable",
    "Escalation",
    "ModeratorTimes",
    "RaidAlert",
    "SessionStats",
    "Snapshot",
    "is_alert",
]

#: Category families shown as rows of the producer view, in this order.
FAMILIES: tuple[str, ...] = ("privacy", "risk", "profanity", "spam", "crowd", "custom")
#: Most times to action kept per moderator (a person's actions in one broadcast stay far below it).
MAX_TIMES = 100_000
#: Up to this many accounts in the window the concentration is ranked afresh at every snapshot...
CHEAP_ACCOUNTS = 2000
#: ... above it, at most this often (seconds).
CONCENTRATION_REFRESH = 5.0
#: Most messages pinned at once (the oldest pin goes when a new one would pass it: the air has little room).
MAX_PINS = 5
#: A raid is active until this many seconds after its last message (raiders post many a second: a pause this
#: long means it has stopped; a new raid message makes it active again).
RAID_ENDED = 10.0
#: Display names remembered for raid lists (the accounts seen last; a raid's accounts posted within its window).
MAX_NAMES = 20_000
#: Findings that raise an alert (bell and flash): these families at critical severity, and raids.
ALERT_CATEGORIES: tuple[str, ...] = ("risk.self_harm", "privacy.", "crowd.raid")


def is_alert(record: MessageRecord) -> bool:
    """Whether a message carries a finding the producer must hear about at once."""
    for f in record.verdict.findings:
        if f.category == "crowd.raid" or (
            f.severity >= Severity.CRITICAL and any(f.category.startswith(p) for p in ALERT_CATEGORIES)
        ):
            return True
    return False


class _Buckets:
    """Counts per fixed-width time bucket, keeping only the newest ``span`` buckets."""

    def __init__(self, width: float, span: int) -> None:
        self.width = width
        self.span = span
        self.counts: OrderedDict[int, int] = OrderedDict()

    def add(self, at: float, n: int = 1) -> None:
        index = int(at // self.width)
        self.counts[index] = self.counts.get(index, 0) + n
        if len(self.counts) > self.span * 2:
            self.trim(index)

    def trim(self, newest: int) -> None:
        while self.counts and next(iter(self.counts)) <= newest - self.span:
            self.counts.popitem(last=False)

    def series(self, now: float) -> list[int]:
        """Counts of the last ``span`` buckets up to ``now``, oldest first."""
        last = int(now // self.width)
        return [self.counts.get(i, 0) for i in range(last - self.span + 1, last + 1)]

    def total(self, now: float, seconds: float) -> int:
        """Sum over the buckets that end within the last ``seconds``."""
        last = int(now // self.width)
        first = int((now - seconds) // self.width) + 1
        return sum(self.counts.get(i, 0) for i in range(first, last + 1))


@dataclass(frozen=True, slots=True)
class RaidAlert:
    """Accounts a crowd detector saw driving the chat together."""

    source: str
    accounts: tuple[str, ...]
    """Author ids, in the order they were first seen."""
    names: tuple[str, ...]
    """Display names (the id when no message of the account was seen)."""
    first_at: float
    last_at: float
    messages: int
    seq: int
    """The latest message carrying the finding (what the desk acts on)."""
    active: bool
    """Raid messages are still arriving (the last one less than :attr:`SessionStats.raid_ended` ago)."""

    @property
    def ended_at(self) -> float | None:
        """When the raid ended (its last message), ``None`` while it is active."""
        return None if self.active else self.last_at


@dataclass(frozen=True, slots=True)
class Escalation:
    """One item of the producer's escalation inbox."""

    seq: int
    author: str
    text: str
    escalated_at: float
    escalated_by: str
    note: str
    state: EscalationState
    acknowledged_at: float | None = None
    acknowledged_by: str = ""
    resolved_at: float | None = None

    @property
    def time_to_acknowledge(self) -> float | None:
        """Seconds from escalation to acknowledgement (``None`` while open)."""
        return None if self.acknowledged_at is None else self.acknowledged_at - self.escalated_at


@dataclass(frozen=True, slots=True)
class ModeratorTimes:
    """How fast one moderator handles flagged messages (:func:`castguard.session.queries.response_times`)."""

    actor: str
    actions: int
    """Flagged messages this moderator handled first."""
    median: float
    p90: float


@dataclass(frozen=True, slots=True)
class Amplifiable:
    """A message of the amplify lane: positive, a good question or a testimonial, and not flagged."""

    record: MessageRecord
    kind: str
    """``testimonial``, ``question`` or ``positive`` (:func:`castguard.session.audience.amplify_kind`)."""
    pinned: bool


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the producer view shows, at one moment."""

    at: float
    rates: dict[str, int]
    """Source → messages in the last minute."""
    total_rate: int
    flagged_rate: int
    """Flagged messages in the last minute."""
    bucket_seconds: float
    totals: list[int]
    """Messages per bucket, oldest first."""
    families: dict[str, list[int]]
    """Family → flagged messages per bucket, oldest first (same buckets as ``totals``)."""
    negative_share: float | None
    """Share of negative messages in the last minute (``None`` below the minimum sample)."""
    sentiment_alert: float
    raids: list[RaidAlert]
    escalations: list[Escalation]
    """Open first, then acknowledged, then resolved; oldest first within each."""
    median_time_to_acknowledge: float | None
    moderators: list[ModeratorTimes]
    lockdown: bool
    negative_trend: list[float | None] = field(default_factory=list)
    """Share of negative messages per bucket (same buckets as ``totals``; ``None`` for an empty bucket)."""
    concentration: Concentration | None = None
    """Contributor concentration over the last ``concentration_window`` seconds."""
    concentration_window: float = 0.0
    """Seconds the concentration covers (less than asked when a very busy chat reached the message cap)."""
    amplify: list[Amplifiable] = field(default_factory=list)
    """The amplify lane, newest first."""
    pinned: frozenset[int] = frozenset()
    """Messages the producer pinned to the on-air view."""
    pins: list[MessageRecord] = field(default_factory=list)
    """The pinned messages (as last seen), oldest pin first."""

    @property
    def stance(self) -> Stance | None:
        """PROTECT or PROMOTE: the negative share against the policy's threshold (``None`` below the sample)."""
        return stance(self.negative_share, self.sentiment_alert)

    @property
    def negative_alert(self) -> bool:
        """The share of negative messages is at or above the policy's threshold (:attr:`stance` is PROTECT)."""
        return self.stance is Stance.PROTECT

    @property
    def open_escalations(self) -> int:
        """Escalations nobody has acknowledged yet."""
        return sum(1 for e in self.escalations if e.state is EscalationState.OPEN)


@dataclass
class _Raid:
    source: str
    accounts: dict[str, str] = field(default_factory=dict)
    first_at: float = 0.0
    last_at: float = 0.0
    messages: int = 0
    seq: int = 0


class SessionStats:
    """Windowed figures of one session for the producer."""

    def __init__(
        self,
        *,
        sentiment_alert: float = 0.6,
        window: float = 60.0,
        bucket: float = 10.0,
        buckets: int = 30,
        min_sample: int = 20,
        raid_quiet: float = 120.0,
        raid_ended: float = RAID_ENDED,
        max_escalations: int = 2000,
        max_tracked: int = 20_000,
        concentration_window: float = 600.0,
        max_amplify: int = 200,
        policy: Policy | None = None,
    ) -> None:
        """``policy``: whose lists tell a health story from a testimonial (the shipped default when ``None``)."""
        self.sentiment_alert = sentiment_alert
        self.window = window
        self.bucket = bucket
        self.buckets = buckets
        self.min_sample = min_sample
        """Fewer messages than this in the window give no negative share (one angry message is not 100%)."""
        self.raid_quiet = raid_quiet
        """A raid finding within this long of the last one joins it; a later one starts a new alert."""
        self.raid_ended = raid_ended
        """A raid is shown active until this long after its last message: then it has ended, at that message."""
        self._names: OrderedDict[tuple[str, str], str] = OrderedDict()
        """(source, author id) → display name of the accounts seen lately (raids list accounts by name)."""
        self.max_escalations = max_escalations
        self.lockdown = False
        self._sources: dict[str, _Buckets] = {}
        self._flagged = _Buckets(1.0, int(window) + 1)
        self._totals = _Buckets(bucket, buckets)
        self._families = {f: _Buckets(bucket, buckets) for f in FAMILIES}
        self._negative = _Buckets(1.0, int(window) + 1)
        self._sampled = _Buckets(1.0, int(window) + 1)
        self._raids: list[_Raid] = []
        self._escalations: OrderedDict[int, Escalation] = OrderedDict()
        self._flagged_arrivals: OrderedDict[int, float] = OrderedDict()
        """seq → arrival of recent flagged messages not handled yet (for time-to-action)."""
        self._max_tracked = max_tracked
        self._times: dict[str, deque[float]] = {}
        self._action_kinds: OrderedDict[int, tuple[ActionKind, int | None]] = OrderedDict()
        self._records: OrderedDict[int, MessageRecord] = OrderedDict()
        self.concentration_window = concentration_window
        """Seconds over which contributor concentration is figured (a broadcast's last few minutes)."""
        self._authors = AuthorWindow(concentration_window)
        self._concentration_cache: tuple[float, Concentration] | None = None
        self._negative_trend = _Buckets(bucket, buckets)
        self._sampled_trend = _Buckets(bucket, buckets)
        self._max_amplify = max_amplify
        self._policy = policy
        self._story: HealthStory | None = None
        self._amplify: OrderedDict[int, tuple[MessageRecord, str]] = OrderedDict()
        self._pinned: OrderedDict[int, MessageRecord | None] = OrderedDict()
        """seq → the pinned message (``None`` when its record was not at hand), oldest pin first."""

    # -- feeding -------------------------------------------------------------------------------

    def _staff(self, author: Author) -> bool:
        """The channel's staff, moderators and trusted accounts (by the policy; by role alone without one)."""
        if self._policy is not None:
            return self._policy.is_trusted(author.id, author.name, author.roles)
        return not author.roles.isdisjoint(DEFAULT_TRUSTED_ROLES)

    def add_message(self, record: MessageRecord) -> None:
        """Count one new message."""
        m, v = record.message, record.verdict
        at = m.received_at
        source = self._sources.get(m.source)
        if source is None:
            source = self._sources[m.source] = _Buckets(1.0, int(self.window) + 1)
        source.add(at)
        self._totals.add(at)
        self._sampled.add(at)
        self._sampled_trend.add(at)
        if not self._staff(m.author):  # the channel's own people do not drive its audience
            self._authors.add(record)
        if v.sentiment < NEGATIVE_SENTIMENT:
            self._negative.add(at)
            self._negative_trend.add(at)
        self._offer_amplify(record)
        if flagged(record):
            self._flagged.add(at)
            for family in {f.category.split(".", 1)[0] for f in v.findings}:
                buckets = self._families.get(family)
                if buckets is None:
                    buckets = self._families[family] = _Buckets(self.bucket, self.buckets)
                buckets.add(at)
            self._flagged_arrivals[record.seq] = at
            if len(self._flagged_arrivals) > self._max_tracked:
                self._flagged_arrivals.popitem(last=False)
            self._remember(record)
        self._name(record)
        for f in v.findings:
            if f.category == "crowd.raid":
                self._raid(record, f.accounts)
        if record.escalation is not None:
            self._track_escalation(record, at, POLICY_ACTOR, "policy: " + ", ".join(v.categories))

    @property
    def story(self) -> HealthStory:
        """The screen that keeps health stories out of the amplify lane (built on first use)."""
        if self._story is None:
            self._story = HealthStory(self._policy if self._policy is not None else load_policy())
        return self._story

    def _offer_amplify(self, record: MessageRecord) -> None:
        if record.seq in self._amplify:
            # Screened on arrival: a state change only decides whether it is still on the chat.
            kind = amplify_kind(record)
        else:
            kind = amplify_kind(record, self.story)
        if kind is None:
            self._amplify.pop(record.seq, None)
            return
        self._amplify[record.seq] = (record, kind)
        while len(self._amplify) > self._max_amplify:
            self._amplify.popitem(last=False)

    def update_record(self, record: MessageRecord) -> None:
        """A message changed state: one hidden, held or escalated leaves the amplify lane (and the air)."""
        if record.seq in self._amplify:
            self._offer_amplify(record)
        if record.seq in self._pinned:
            self._pinned[record.seq] = record

    def _remember(self, record: MessageRecord) -> None:
        self._records[record.seq] = record
        if len(self._records) > 2000:
            self._records.popitem(last=False)

    def _name(self, record: MessageRecord) -> None:
        m = record.message
        key = (m.source, m.author.id)
        if self._names.get(key) != m.author.name:
            self._names[key] = m.author.name
        self._names.move_to_end(key)
        if len(self._names) > MAX_NAMES:
            self._names.popitem(last=False)

    def names_of(self, source: str, accounts: tuple[str, ...]) -> tuple[str, ...]:
        """Display names of ``accounts`` (author ids on ``source``), the id only for an account never seen."""
        return tuple(self._names.get((source, account), account) for account in accounts)

    def _raid(self, record: MessageRecord, accounts: tuple[str, ...]) -> None:
        m = record.message
        at = m.received_at
        involved = set(accounts) | {m.author.id}
        raid = next(
            (r for r in reversed(self._raids)
             if r.source == m.source and at - r.last_at <= self.raid_quiet and involved & r.accounts.keys()),
            None,
        )  # fmt: skip
        if raid is None:
            raid = _Raid(m.source, first_at=at)
            self._raids.append(raid)
            del self._raids[:-20]  # the latest raids are what a producer acts on
        for account in accounts:
            raid.accounts.setdefault(account, account)
        if m.author.id in raid.accounts or not accounts:
            raid.accounts[m.author.id] = m.author.name
        for account, name in raid.accounts.items():
            # Accounts named by a finding before their own message was seen: their name, not their id.
            if name == account:
                raid.accounts[account] = self._names.get((m.source, account), account)
        raid.last_at = max(raid.last_at, at)
        raid.messages += 1
        raid.seq = record.seq

    def _raid_names(self, raid: _Raid) -> tuple[str, ...]:
        """The raid's accounts by display name (one seen since the finding named it included)."""
        return tuple(
            self._names.get((raid.source, account), name) if name == account else name
            for account, name in raid.accounts.items()
        )

    def _track_escalation(self, record: MessageRecord, at: float, by: str, note: str) -> None:
        m = record.message
        self._escalations[record.seq] = Escalation(
            seq=record.seq, author=m.author.name, text=m.text[:300], escalated_at=at, escalated_by=by,
            note=note, state=EscalationState.OPEN,
        )  # fmt: skip
        while len(self._escalations) > self.max_escalations:
            # Drop the oldest resolved item first; open ones are never dropped silently before resolved ones.
            victim = next((k for k, e in self._escalations.items() if e.state is EscalationState.RESOLVED), None)
            self._escalations.pop(victim if victim is not None else next(iter(self._escalations)))

    def add_action(self, action: ActionRecord, record: MessageRecord | None = None) -> None:
        """Take one entry of the action log into account (``record``: the message it applies to, if known)."""
        if action.kind is ActionKind.LOCKDOWN:
            self.lockdown = action.reason == "on"
            return
        if action.result is ActionResult.FAILED or action.message_seq is None:
            return
        seq = action.message_seq
        if action.kind is ActionKind.PIN:
            self._pinned[seq] = record or self._records.get(seq) or self._amplify.get(seq, (None, ""))[0]
            while len(self._pinned) > MAX_PINS:
                self._pinned.popitem(last=False)
        elif action.kind is ActionKind.UNPIN:
            self._pinned.pop(seq, None)
        self._action_kinds[action.id] = (action.kind, seq)
        if len(self._action_kinds) > self._max_tracked:
            self._action_kinds.popitem(last=False)
        record = record or self._records.get(seq)
        if action.kind is ActionKind.ESCALATE and record is not None:
            self._track_escalation(record, action.at, action.actor, action.reason)
        elif action.kind is ActionKind.ACKNOWLEDGE and seq in self._escalations:
            e = self._escalations[seq]
            self._escalations[seq] = replace(
                e, state=EscalationState.ACKNOWLEDGED, acknowledged_at=action.at, acknowledged_by=action.actor
            )
        elif action.kind is ActionKind.RESOLVE and seq in self._escalations:
            e = self._escalations[seq]
            self._escalations[seq] = replace(
                e, state=EscalationState.RESOLVED, resolved_at=action.at,
                acknowledged_at=e.acknowledged_at if e.acknowledged_at is not None else action.at,
                acknowledged_by=e.acknowledged_by or action.actor,
            )  # fmt: skip
        elif action.kind is ActionKind.UNDO and action.undoes is not None:
            self._undo(action.undoes, seq)
        if times_moderator(action):
            arrived = self._flagged_arrivals.pop(seq, None)
            if arrived is not None:
                times = self._times.setdefault(action.actor, deque(maxlen=MAX_TIMES))
                times.append(max(action.at - arrived, 0.0))

    def _undo(self, undone: int, seq: int) -> None:
        kind, _ = self._action_kinds.get(undone, (None, None))
        e = self._escalations.get(seq)
        if kind is None or e is None:
            return
        back = inverse(kind).escalation  # the escalation's state after the undo; the figures follow it
        if back is None:
            self._escalations.pop(seq)
        elif back is EscalationState.OPEN:
            self._escalations[seq] = replace(e, state=back, acknowledged_at=None, acknowledged_by="")
        elif back is EscalationState.ACKNOWLEDGED:
            self._escalations[seq] = replace(e, state=back, resolved_at=None)

    def set_lockdown(self, on: bool) -> None:
        """Lockdown switched (live sessions publish it; recordings carry it as an action)."""
        self.lockdown = on

    # -- reading -------------------------------------------------------------------------------

    def _concentration(self, now: float) -> Concentration:
        # Ranking tens of thousands of accounts costs tens of milliseconds, and a ten-minute window moves
        # slowly: a busy chat's figures are at most CONCENTRATION_REFRESH seconds old.
        cached = self._concentration_cache
        if (
            cached is not None
            and self._authors.accounts > CHEAP_ACCOUNTS
            and 0 <= now - cached[0] < CONCENTRATION_REFRESH
        ):
            return cached[1]
        figures = self._authors.concentration(now)
        self._concentration_cache = (now, figures)
        return figures

    def snapshot(self, now: float) -> Snapshot:
        """The figures as of ``now`` (Unix time)."""
        w = self.window
        rates = {key: b.total(now, w) for key, b in sorted(self._sources.items())}
        sampled = self._sampled.total(now, w)
        negative = self._negative.total(now, w)
        share = negative / sampled if sampled >= self.min_sample else None
        raids = [
            RaidAlert(
                source=r.source, accounts=tuple(r.accounts), names=self._raid_names(r), first_at=r.first_at,
                last_at=r.last_at, messages=r.messages, seq=r.seq, active=now - r.last_at <= self.raid_ended,
            )
            for r in reversed(self._raids)
        ]  # fmt: skip
        order = {EscalationState.OPEN: 0, EscalationState.ACKNOWLEDGED: 1, EscalationState.RESOLVED: 2}
        escalations = sorted(self._escalations.values(), key=lambda e: (order[e.state], e.escalated_at, e.seq))
        acks = [e.time_to_acknowledge for e in escalations if e.time_to_acknowledge is not None]
        moderators = [
            ModeratorTimes(actor, len(times), median(times) or 0.0, percentile(times, 0.9) or 0.0)
            for actor, times in sorted(self._times.items())
            if times
        ]
        return Snapshot(
            at=now,
            rates=rates,
            total_rate=sum(rates.values()),
            flagged_rate=self._flagged.total(now, w),
            bucket_seconds=self.bucket,
            totals=self._totals.series(now),
            families={f: b.series(now) for f, b in self._families.items()},
            negative_share=share,
            sentiment_alert=self.sentiment_alert,
            raids=raids,
            escalations=escalations,
            median_time_to_acknowledge=median(acks),
            moderators=moderators,
            lockdown=self.lockdown,
            negative_trend=[
                n / t if t else None
                for n, t in zip(self._negative_trend.series(now), self._sampled_trend.series(now), strict=True)
            ],
            concentration=self._concentration(now),
            concentration_window=self._authors.covers(now),
            amplify=[
                Amplifiable(record, kind, record.seq in self._pinned)
                for record, kind in reversed(self._amplify.values())
            ],
            pinned=frozenset(self._pinned),
            pins=[r for r in self._pinned.values() if r is not None],
        )
