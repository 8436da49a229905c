"""``castguard scan --jobs N``: the per-message filters in N worker processes, the stream filters in order.

Most filters judge a message by itself (privacy, profanity, risk, the sentiment scorer): they run
in the workers, a batch at a time. The filters that watch the stream (:data:`STREAM_FILTERS`: the
spam filter's copy memory, raid and spike detection) keep state across messages and authors, so
they run in this process, over every message in input order, exactly as with one process. The
policy step then sees the same findings in the same order: the output is byte for byte the output
of ``--jobs 1``.

Workers are forked from this process once the pipeline is built (nothing is rebuilt or reloaded),
and at most two batches per worker are in flight, so memory stays bounded on any input.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Any

from castguard.core.model import Author, ChatMessage, Finding, Verdict
from castguard.review.scan import Failed, Note, judge

if TYPE_CHECKING:
    from castguard.filters.base import Filter
    from castguard.filters.pipeline import Pipeline, Scorer

#: Filters that keep state across messages: they must see the whole stream in order, in one process.
STREAM_FILTERS = frozenset({"spam", "crowd"})

Batch = list[tuple[str, ChatMessage | Note]]
Row = tuple[Any, ...]
Judged = tuple[list[Finding], float] | BaseException

_worker: tuple[list[Filter], Scorer | None] | None = None
"""The per-message filters and the scorer, set in this process before the workers fork."""


def jobs_for(requested: int) -> int:
    """The worker count for ``--jobs`` (0: every core this process may use)."""
    if requested > 0:
        return requested
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def judged_in_pool(
    pipeline: Pipeline, batches: Iterator[Batch], jobs: int
) -> Iterator[tuple[Batch, list[Verdict | Failed]]]:
    """Each batch with its verdicts, in input order, the per-message filters judged by ``jobs`` workers.

    A pipeline that is not a plain :class:`~castguard.filters.pipeline.Pipeline` (a test double, the replay's)
    is judged in this process.
    """
    from castguard.filters.pipeline import Pipeline

    if type(pipeline) is not Pipeline or "fork" not in multiprocessing.get_all_start_methods():
        for batch in batches:
            yield batch, judge(pipeline, _messages(batch))
        return
    global _worker
    split = next((i for i, f in enumerate(pipeline.filters) if f.name in STREAM_FILTERS), len(pipeline.filters))
    _worker = (pipeline.filters[:split], pipeline.scorer)
    given = _Given()
    parent = Pipeline(pipeline.policy, factories=[], scorer=given if pipeline.scorer is not None else None)
    parent.filters = [given, *pipeline.filters[split:]]  # the stream filters, with their state, in order
    pending: deque[tuple[Batch, list[ChatMessage], AsyncResult[list[Judged]]]] = deque()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for batch in batches:
            messages = _messages(batch)
            pending.append((batch, messages, pool.apply_async(_judge_rows, ([_row(m) for m in messages],))))
            if len(pending) >= 2 * jobs:
                yield _finish(parent, given, *pending.popleft())
        while pending:
            yield _finish(parent, given, *pending.popleft())
    _worker = None


def _messages(batch: Batch) -> list[ChatMessage]:
    return [entry for _, entry in batch if not isinstance(entry, Note)]


def _finish(
    parent: Pipeline, given: _Given, batch: Batch, messages: list[ChatMessage], result: AsyncResult[list[Judged]]
) -> tuple[Batch, list[Verdict | Failed]]:
    """The verdicts of a batch: the workers' findings, then the stream filters and the policy here."""
    judged = result.get()
    ok: list[ChatMessage] = []
    for message, own in zip(messages, judged, strict=True):
        if not isinstance(own, BaseException):
            given.found[id(message)] = own
            ok.append(message)
    try:
        verdicts = iter(judge(parent, ok))
    finally:
        given.found.clear()
    # A message a worker failed on is never shown to the stream filters (as when evaluate raises).
    return batch, [Failed(own) if isinstance(own, BaseException) else next(verdicts) for own in judged]


class _Given:
    """The workers' findings and sentiment for each message, as the first filter and the scorer."""

    name = "workers"

    def __init__(self) -> None:
        self.found: dict[int, tuple[list[Finding], float]] = {}

    def scan(self, message: ChatMessage) -> list[Finding]:
        """The findings of the per-message filters."""
        return self.found[id(message)][0]

    def score(self, message: ChatMessage) -> float:
        """The sentiment score."""
        return self.found[id(message)][1]


def _row(m: ChatMessage) -> Row:
    """A message as plain values: much cheaper to send to a worker than the dataclass."""
    a = m.author
    return (m.source, m.platform, m.channel, m.id, a.id, a.name, a.roles, m.text, m.sent_at, m.received_at, m.raw,
            m.reply_to, m.kind, m.extra)  # fmt: skip


def _message(r: Row) -> ChatMessage:
    return ChatMessage(r[0], r[1], r[2], r[3], Author(r[4], r[5], r[6]), r[7], r[8], r[9], r[10], r[11], r[12], r[13])


def _judge_rows(rows: list[Row]) -> list[Judged]:
    """In a worker: the raw findings and sentiment of each message (filter by filter, like ``evaluate_many``)."""
    from castguard.filters.prepass import prepare

    assert _worker is not None
    filters, scorer = _worker
    messages = [_message(r) for r in rows]
    try:
        prepared = [prepare(m.text) for m in messages]
        found: list[list[Finding]] = [[] for _ in messages]
        for filt in filters:
            shared = getattr(filt, "scan_prepared", None)
            hits = map(shared, messages, prepared) if shared is not None else map(filt.scan, messages)
            for so_far, hit in zip(found, hits, strict=True):
                if hit:
                    so_far += hit
        scores = _scores(scorer, messages, prepared)
        return list(zip(found, scores, strict=True))
    except Exception:
        pass  # judged again one by one below: only the message at fault loses its verdict
    judged: list[Judged] = []
    for m in messages:
        try:
            p = prepare(m.text)
            own: list[Finding] = []
            for filt in filters:
                shared = getattr(filt, "scan_prepared", None)
                own += shared(m, p) if shared is not None else filt.scan(m)
            judged.append((own, _scores(scorer, [m], [p])[0]))
        except Exception as exc:
            judged.append(exc)
    return judged


def _scores(scorer: Scorer | None, messages: list[ChatMessage], prepared: list[Any]) -> list[float]:
    if scorer is None:
        return [0.0] * len(messages)
    shared = getattr(scorer, "score_prepared", None)
    if shared is not None:
        return list(map(shared, messages, prepared))
    return list(map(scorer.score, messages))
