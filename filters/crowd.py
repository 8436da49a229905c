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
    The same substantive text (case, spacing and punctuation ignored) from at
    least ``copy_authors`` accounts within the window, in a burst above the
    chat's own baseline. Every copy from then on is marked. Three things keep
    a big chat's ordinary coincidences out (see :meth:`CrowdFilter._copy_bar`):

    - reactions are never copy-paste: a text needs ``copy_min_words``
      distinct words (emote walls, "W W W", emoji do not have them) unless it
      carries a link;
    - the copies needed grow with the chat: ``copy_share`` of the window's
      messages when that is more than ``copy_authors``;
    - a text the chat already used in the window before (a greeting, a
      running joke) must reach ``copy_baseline_factor`` times its copies
      there, on top of that.
``crowd.spike``
    The message rate over ``spike_window`` jumps to ``spike_factor`` times
    the baseline. Reported once per episode, on the message that crossed.

An organic burst (many authors, different texts) may be a spike; it is never
a raid. Each finding lists the accounts involved in ``Finding.accounts``.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, deque
from dataclasses import dataclass
from operator import itemgetter

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import CrowdSettings, Policy
from castguard.filters.prepass import Prepared, prepare

_NOBODY: frozenset[str] = frozenset()
_EDGES = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”‘’…"
# A link in a text ("bit.ly/x", "https://..."): the same cheap gate the spam filter uses.
_LINKISH = re.compile(r"\.[^\W\d_]{2}|://")
_WORDY = re.compile(r"[^\W_]")


@dataclass(slots=True)
class _Copies:
    """The accounts that posted one text within the window, and how many copies in all."""

    authors: dict[str, int]
    """Author id -> copies of the text from that author."""
    total: int
    substantive: bool
    """Words or a link, not a reaction (:func:`_substantive`); reactions are counted, never a raid."""


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
        # Plain dicts rather than Counters: this runs for every message, and a Counter per
        # distinct text costs more to build than the whole rest of the bookkeeping.
        self._by_author: dict[str, int] = {}
        self._by_text: dict[str, str | _Copies] = {}
        # text -> its author when one message in the window has it, else its copies
        self._older: deque[tuple[float, str]] = deque()
        # Repeated texts that left the window, for one more window: the chat's baseline for each.
        self._before: dict[str, int] = {}
        self._heavy: set[str] = set()
        self._recent: deque[float] = deque()
        self._seconds: deque[list[int]] = deque()  # [second, count] over the baseline window
        self._seconds_total = 0
        self._first: float | None = None
        self._last = 0.0
        self._spiking = False
        self.raid_accounts: frozenset[str] = _NOBODY
        """Accounts of the few-accounts raid currently running (empty when none)."""

    def update_policy(self, policy: Policy) -> None:
        """New thresholds; the window, the baseline and running episodes are kept."""
        self.settings = settings_from_policy(policy)

    # ------------------------------------------------------------------ stream
    def scan(self, message: ChatMessage) -> list[Finding]:
        """Record ``message`` in the window and report the crowd episodes it belongs to."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the copy-paste identity from the pipeline's shared pre-pass.

        The whole per-message bookkeeping is in this one function, with the settings and
        containers in local variables: it runs for every message of the stream.
        """
        now = message.received_at
        first = self._first
        if first is not None and now < self._last - 5.0:
            self.reset()
            first = None
        if first is None:
            first = self._first = now
        if now > self._last:
            self._last = now
        s = self.settings
        author = message.author.id
        n = len(prepared.text)
        key: str | None = None
        if n >= s.copy_min_chars:
            key = prepared.joined.strip(_EDGES)
            if len(key) < s.copy_min_chars:
                key = None
        events = self._events
        by_author = self._by_author
        heavy = self._heavy
        by_text = self._by_text
        before = self._before
        aging = self._older
        horizon = now - s.window
        while events and events[0][0] <= horizon:
            # Expire what left the window: usually one message for each one that arrives.
            then, old, old_key = events.popleft()
            left = by_author[old] - 1
            if left:
                by_author[old] = left
            else:
                del by_author[old]
            if left < s.account_rate:
                heavy.discard(old)
            if old_key is not None:
                copies = by_text.get(old_key)
                if copies is None:
                    pass
                elif isinstance(copies, str):
                    del by_text[old_key]  # the only message with this text: no baseline to keep
                else:
                    # A repeated text: its copies stay one more window as the chat's baseline for it.
                    aging.append((then, old_key))
                    before[old_key] = before.get(old_key, 0) + 1
                    copies.total -= 1
                    authors = copies.authors
                    mine = authors.get(old, 0) - 1
                    if mine > 0:
                        authors[old] = mine
                    else:
                        authors.pop(old, None)
                        if not authors:
                            del by_text[old_key]
        if aging:
            horizon -= s.window
            while aging and aging[0][0] <= horizon:
                _, old_key = aging.popleft()
                left = before[old_key] - 1
                if left:
                    before[old_key] = left
                else:
                    del before[old_key]
        events.append((now, author, key))
        count = by_author.get(author, 0) + 1
        by_author[author] = count
        if count >= s.account_rate:
            heavy.add(author)
        found: list[Finding] = []
        if key is not None:
            # Most texts are posted once: they keep just their author's id, and only a text
            # posted again gets a per-author count.
            copies = by_text.get(key)
            if copies is None:
                by_text[key] = author
                if s.copy_authors <= 1 and not before.get(key) and _substantive(prepared.words, s.copy_min_words, key):
                    detail = f"same text from 1 accounts in {s.window:.0f}s"
                    found.append(Finding("crowd.raid", Severity.CRITICAL, 0, n, "raid.copy_paste", detail, (author,)))
            else:
                if isinstance(copies, str):
                    # Decided once a text comes back: most are posted once and never need it.
                    pair = {author: 2} if copies == author else {copies: 1, author: 1}
                    substantive = _substantive(prepared.words, s.copy_min_words, key)
                    copies = by_text[key] = _Copies(pair, 2, substantive)
                else:
                    copies.total += 1
                    copies.authors[author] = copies.authors.get(author, 0) + 1
                authors = copies.authors
                if len(authors) >= s.copy_authors and copies.substantive:
                    habit = before.get(key, 0)
                    if copies.total >= self._copy_bar(len(events), now - first, habit):
                        accounts = tuple(a for a, _ in _most_common(authors, s.max_accounts))
                        detail = f"same text from {len(authors)} accounts ({copies.total} copies) in {s.window:.0f}s"
                        if habit:
                            detail += f", {habit} in the {s.window:.0f}s before"
                        finding = Finding("crowd.raid", Severity.CRITICAL, 0, n, "raid.copy_paste", detail, accounts)
                        found.append(finding)
        # Message rate: the spike window and per-second buckets for the baseline.
        recent = self._recent
        recent.append(now)
        horizon = now - s.spike_window
        while recent[0] <= horizon:
            recent.popleft()
            if not recent:
                break
        second = int(now)
        seconds = self._seconds
        last_second = seconds[-1] if seconds else None
        if last_second is not None and last_second[0] == second:
            last_second[1] += 1
        else:
            seconds.append([second, 1])
        total_seconds = self._seconds_total + 1
        horizon = now - s.baseline_window
        while seconds[0][0] < horizon:
            total_seconds -= seconds.popleft()[1]
            if not seconds:
                break
        self._seconds_total = total_seconds
        # A handful of flooding accounts driving the window?
        total = len(events)
        if not heavy or total < s.min_messages or len(heavy) > s.few_accounts:
            raiders = self.raid_accounts = _NOBODY
        else:
            share = sum(by_author[a] for a in heavy) / total
            raiders = self.raid_accounts = frozenset(heavy) if share >= s.few_share else _NOBODY
        if raiders and author in raiders:
            heaviest = sorted(raiders, key=lambda a: -by_author[a])[: s.max_accounts]
            share = sum(by_author[a] for a in raiders) / max(total, 1)
            detail = f"{len(heaviest)} accounts sent {share:.0%} of {total} messages in {s.window:.0f}s"
            found.append(Finding("crowd.raid", Severity.CRITICAL, 0, n, "raid.few_accounts", detail, tuple(heaviest)))
        if now - first >= s.warmup:
            # Rate spike: the current rate against the baseline before the spike window (see rates()).
            current = len(recent) / s.spike_window
            if current < s.spike_min_rate:
                self._spiking = False
            else:
                older = total_seconds - len(recent)
                if older < 0:
                    older = 0
                start = now - s.baseline_window
                if first > start:
                    start = first
                span = (now - s.spike_window) - start
                baseline = older / span if span > 0 else 0.0
                floor = baseline if baseline > 0.05 else 0.05
                if current >= s.spike_factor * floor:
                    if not self._spiking:
                        self._spiking = True
                        found.append(self._spike_finding(now, current, baseline, n))
                elif current < s.spike_factor * floor / 2:
                    # Hysteresis: a new episode needs the rate to settle first.
                    self._spiking = False
        return found

    def _copy_bar(self, messages: int, seen: float, baseline: int) -> float:
        """Copies of one text that make a raid.

        ``messages`` are in the window, which has been filling for ``seen`` seconds, and the text
        had ``baseline`` copies in the window before. The bar is at least ``copy_authors``; in a
        busy chat, ``copy_share`` of a window's messages at the current rate, because that many
        viewers typing the same words is what chance alone gives there; plus the text's own
        baseline times ``copy_baseline_factor``, because a raid is a burst.
        """
        s = self.settings
        if seen < s.window:
            # The window is still filling (the stream just started): judge by the rate so far.
            messages = int(messages * s.window / (seen if seen > 1.0 else 1.0))
        bar = s.copy_share * messages
        if bar < s.copy_authors:
            bar = s.copy_authors
        return bar + s.copy_baseline_factor * baseline

    # ------------------------------------------------------------------ rate
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

    def _spike_finding(self, now: float, current: float, baseline: float, n: int) -> Finding:
        s = self.settings
        recent = Counter(a for t, a, _ in self._events if t > now - s.spike_window)
        accounts = tuple(a for a, _ in recent.most_common(s.max_accounts))
        detail = f"{current:.1f} msg/s vs baseline {baseline:.1f} msg/s from {len(recent)} accounts"
        return Finding("crowd.spike", Severity.WARN, 0, n, "spike.rate", detail, accounts)


def _substantive(words: list[str], min_words: int, key: str) -> bool:
    """True for a text that can be copy-paste: ``min_words`` distinct words, or a link.

    Words are tokens with a letter or digit, so an emote wall ("KEKW KEKW KEKW"), "W W W W"
    or a run of emoji is a reaction however long it is.
    """
    if len(words) >= min_words:
        distinct = set(words)
        if len(distinct) >= min_words:
            odd = [w for w in distinct if not w.isalnum()]  # "doc," "don't" "💀💀" "!!!": look closer
            wordy = len(distinct) - len(odd)
            if wordy >= min_words:
                return True
            for w in odd:
                if _WORDY.search(w) is not None:
                    wordy += 1
                    if wordy >= min_words:
                        return True
    return _LINKISH.search(key) is not None


def _most_common(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """``Counter(counts).most_common(n)`` without building the Counter (ties keep insertion order)."""
    return heapq.nlargest(n, counts.items(), key=itemgetter(1))


def _text_key(text: str) -> str:
    """Copy-paste identity of a text: case, spacing and surrounding punctuation ignored."""
    return " ".join(text.lower().split()).strip(_EDGES)
