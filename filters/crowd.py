"""Crowd detectors: raids (a few accounts flooding, copy-paste floods) and rate spikes.

Unlike the other filters this one looks at the stream, so it keeps state: a
sliding window of recent messages, per-author and per-text counts, per-second
rate buckets for the baseline, and the episodes currently running. All time
comes from ``ChatMessage.received_at`` (replays give the same answers at any
speed); nothing reads the system clock. The pipeline keeps this filter across
policy reloads (:meth:`CrowdFilter.update_policy`), so a reload never resets
a raid in progress.

What is reported
----------------
``crowd.raid`` / ``raid.few_accounts``
    A handful of accounts (at most ``few_accounts``), each posting at a
    bot-like rate, together produce at least ``few_share`` of the window's
    traffic. Every message from those accounts is marked while it lasts.
``crowd.raid`` / ``raid.copy_paste``
    The same text (case, spacing and punctuation ignored) from at least
    ``copy_authors`` accounts within the window. Every copy is marked.
``crowd.spike``
    The message rate over ``spike_window`` jumps to ``spike_factor`` times
    the baseline. Reported once per episode, on the message that crossed.

An organic burst (many authors, different texts) may be a spike; it is never
a raid. Each finding lists the accounts involved in ``Finding.accounts``.
"""

from __future__ import annotations

from collections import Counter, deque

from castguard.model import ChatMessage, Finding, Severity
from castguard.policy import CrowdSettings, Policy

_EDGES = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”‘’…"


def settings_from_policy(policy: Policy) -> CrowdSettings:
    """The crowd part of a policy."""
    return policy.crowd


class CrowdFilter:
    """Windowed raid and spike detection over the message stream."""

    name = "crowd"

    def __init__(self, policy: Policy) -> None:
        self.settings = settings_from_policy(policy)
        self.reset()

    def reset(self) -> None:
        """Forget the stream (a replay seek backwards calls this)."""
        self._events: deque[tuple[float, str, str | None]] = deque()
        self._by_author: Counter[str] = Counter()
        self._by_text: dict[str, Counter[str]] = {}
        self._heavy: set[str] = set()
        self._recent: deque[float] = deque()
        self._seconds: deque[list[int]] = deque()  # [second, count] over the baseline window
        self._seconds_total = 0
        self._first: float | None = None
        self._last = 0.0
        self._spiking = False
        self.raid_accounts: frozenset[str] = frozenset()
        """Accounts of the few-accounts raid currently running (empty when none)."""

    def update_policy(self, policy: Policy) -> None:
        """New thresholds; the window, the baseline and running episodes are kept."""
        self.settings = settings_from_policy(policy)

    # ------------------------------------------------------------------ stream
    def scan(self, message: ChatMessage) -> list[Finding]:
        """Record ``message`` in the window and report the crowd episodes it belongs to."""
        now = message.received_at
        if self._first is not None and now < self._last - 5.0:
            self.reset()
        if self._first is None:
            self._first = now
        self._last = max(self._last, now)
        s = self.settings
        author = message.author.id
        key = _text_key(message.text) if len(message.text) >= s.copy_min_chars else None
        if key is not None and len(key) < s.copy_min_chars:
            key = None
        self._expire(now)
        self._events.append((now, author, key))
        count = self._by_author[author] + 1
        self._by_author[author] = count
        if count >= s.account_rate:
            self._heavy.add(author)
        if key is not None:
            self._by_text.setdefault(key, Counter())[author] += 1
        self._count_rate(now)

        found: list[Finding] = []
        n = len(message.text)
        if key is not None:
            authors = self._by_text[key]
            if len(authors) >= s.copy_authors:
                accounts = tuple(a for a, _ in authors.most_common(s.max_accounts))
                detail = f"same text from {len(authors)} accounts in {s.window:.0f}s"
                found.append(Finding("crowd.raid", Severity.CRITICAL, 0, n, "raid.copy_paste", detail, accounts))
        self._few_accounts()
        if author in self.raid_accounts:
            heavy = sorted(self.raid_accounts, key=lambda a: -self._by_author[a])[: s.max_accounts]
            share = sum(self._by_author[a] for a in self.raid_accounts) / max(len(self._events), 1)
            detail = f"{len(heavy)} accounts sent {share:.0%} of {len(self._events)} messages in {s.window:.0f}s"
            found.append(Finding("crowd.raid", Severity.CRITICAL, 0, n, "raid.few_accounts", detail, tuple(heavy)))
        spike = self._spike(now)
        if spike is not None:
            found.append(Finding("crowd.spike", Severity.WARN, 0, n, "spike.rate", spike[0], spike[1]))
        return found

    def _expire(self, now: float) -> None:
        horizon = now - self.settings.window
        events = self._events
        by_author = self._by_author
        while events and events[0][0] <= horizon:
            _, author, key = events.popleft()
            left = by_author[author] - 1
            if left:
                by_author[author] = left
            else:
                del by_author[author]
            if left < self.settings.account_rate:
                self._heavy.discard(author)
            if key is not None:
                authors = self._by_text.get(key)
                if authors is not None:
                    authors[author] -= 1
                    if authors[author] <= 0:
                        del authors[author]
                    if not authors:
                        del self._by_text[key]

    def _few_accounts(self) -> None:
        """Decide whether a handful of flooding accounts is driving the window."""
        s = self.settings
        total = len(self._events)
        heavy = self._heavy
        if total < s.min_messages or not heavy or len(heavy) > s.few_accounts:
            self.raid_accounts = frozenset()
            return
        share = sum(self._by_author[a] for a in heavy) / total
        self.raid_accounts = frozenset(heavy) if share >= s.few_share else frozenset()

    # ------------------------------------------------------------------ rate
    def _count_rate(self, now: float) -> None:
        s = self.settings
        self._recent.append(now)
        while self._recent and self._recent[0] <= now - s.spike_window:
            self._recent.popleft()
        second = int(now)
        if self._seconds and self._seconds[-1][0] == second:
            self._seconds[-1][1] += 1
        else:
            self._seconds.append([second, 1])
        self._seconds_total += 1
        while self._seconds and self._seconds[0][0] < now - s.baseline_window:
            self._seconds_total -= self._seconds.popleft()[1]

    def rates(self, now: float) -> tuple[float, float]:
        """(current messages/s over the spike window, baseline messages/s before it)."""
        s = self.settings
        current = len(self._recent) / s.spike_window
        cut = now - s.spike_window
        older = max(self._seconds_total - len(self._recent), 0)
        start = max(self._first if self._first is not None else now, now - s.baseline_window)
        span = cut - start
        baseline = older / span if span > 0 else 0.0
        return current, baseline

    def _spike(self, now: float) -> tuple[str, tuple[str, ...]] | None:
        s = self.settings
        if self._first is None or now - self._first < s.warmup:
            return None
        current = len(self._recent) / s.spike_window
        if current < s.spike_min_rate:
            self._spiking = False
            return None
        _, baseline = self.rates(now)
        floor = max(baseline, 0.05)
        if current >= s.spike_factor * floor:
            if self._spiking:
                return None
            self._spiking = True
            recent = Counter(a for t, a, _ in self._events if t > now - s.spike_window)
            accounts = tuple(a for a, _ in recent.most_common(s.max_accounts))
            detail = f"{current:.1f} msg/s vs baseline {baseline:.1f} msg/s from {len(recent)} accounts"
            return detail, accounts
        if current < s.spike_factor * floor / 2:
            # Hysteresis: a new episode needs the rate to settle first.
            self._spiking = False
        return None


def _text_key(text: str) -> str:
    """Copy-paste identity of a text: case, spacing and surrounding punctuation ignored."""
    return " ".join(text.lower().split()).strip(_EDGES)
