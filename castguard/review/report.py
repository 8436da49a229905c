"""Audit reports of a recorded session: what viewers saw, what the moderators did, how fast.

:func:`build_report` computes everything from the session's read models
(:mod:`castguard.session.queries`: SQL aggregates and bounded listings, so a
million-message recording is never loaded into memory), with the same
definitions of "flagged", "missed", time to action and p90 as the desk; the
renderers turn the result into JSON, Markdown, CSV or one self-contained HTML
page (:mod:`castguard.review.report_html`). Personal data (the spans of privacy
findings, and personal data typed into reasons and notes) is redacted unless
``redact=False``.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from castguard.core.model import POLICY_ACTOR, Finding
from castguard.core.policy import load_policy
from castguard.core.text import plain_output, safe_json
from castguard.session import queries
from castguard.session.audience import NAMED, Contributor, concentration, stance
from castguard.session.ledger import Head
from castguard.session.queries import MessageRow, median, percentile
from castguard.session.redaction import free_text_redactor, redact_text
from castguard.session.replies import reply_entries
from castguard.session.store import RecordingCheck, Store

#: Actors that are not people: their actions do not count in moderators' time-to-action.
AUTOMATIC_ACTORS = frozenset({POLICY_ACTOR})
#: Raid and spike findings further apart than this (seconds) are separate episodes.
EPISODE_GAP = 120.0
#: Most points on the volume timeline; longer sessions use wider buckets.
MAX_BUCKETS = 1440
#: Sessions up to this long (seconds) are charted in 10-second buckets instead of minutes.
SHORT_SESSION = 600.0
#: Default number of rows in each listing (flagged messages, missed risks, escalations).
DEFAULT_LIMIT = 1000
#: Upper bounds (seconds) and labels of the time-to-action histogram's bins; a last bin holds the rest.
DELAY_BINS = ((5, "< 5 s"), (15, "5–15 s"), (30, "15–30 s"), (60, "30–60 s"), (120, "1–2 min"), (300, "2–5 min"))


def iso(ts: float | None) -> str | None:
    """UTC ISO 8601 time of a timestamp (``None`` stays ``None``)."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds") if ts is not None else None


class _Texts:
    """Message texts for listings, redacted unless asked otherwise (findings read in one query per listing)."""

    def __init__(self, store: Store, redact: bool) -> None:
        self.store = store
        self.redact = redact

    def of(self, rows: Sequence[MessageRow]) -> dict[int, str]:
        texts = {r.seq: r.text for r in rows}
        if not self.redact:
            return texts
        findings = self.store.findings_of(list(texts))
        return {seq: redact_text(text, findings.get(seq, ())) for seq, text in texts.items()}


def build_report(
    store: Store, *, redact: bool = True, limit: int = DEFAULT_LIMIT, head_key: bytes | None = None
) -> dict[str, Any]:
    """Everything an auditor needs, as plain data (listings capped at ``limit`` rows each).

    ``head_key`` signs the recording's head written in the report.
    """
    texts = _Texts(store, redact)
    free = free_text_redactor(store.recorded_policy() or load_policy()) if redact else (lambda s: s)
    meta = store.meta()
    totals = queries.overview(store)
    first, last = totals.first_at, totals.last_at
    actions, stats = _actions(store, free)
    escalations, escalation_stats = _escalations(store, texts, limit)
    missed = _missed(store, texts, limit)
    check = store.check()
    chain = check.action_chain
    entries, head = store.chain_head()
    recording_head = store.head(head_key)
    notes = store.notes()
    sources = queries.sources(store)
    report: dict[str, Any] = {
        "session": {
            "file": str(store.path),
            "broadcast": _broadcast(meta, sources),
            "moderators": queries.actors(store),
            "reviewers": list(dict.fromkeys(n.author for n in notes)),
            "created_at": iso(float(meta["created_at"])) if "created_at" in meta else None,
            "first_message_at": iso(first),
            "last_message_at": iso(last),
            "duration_seconds": round(last - first, 3) if first is not None and last is not None else 0,
            "schema_version": store.schema_version,
            "sources": [{"key": s.key, "platform": s.platform, "capabilities": list(s.capabilities)} for s in sources],
            "policies": [
                {
                    "version": p.version,
                    "name": p.name,
                    "loaded_at": iso(p.loaded_at),
                    "messages_judged": p.messages_judged,
                }
                for p in queries.policies(store)
            ],
            "redacted": redact,
            "redacted_at_rest": store.redact_at_rest,
        },
        "totals": {
            "messages": totals.messages,
            "flagged": totals.flagged,
            "actions": stats["actions"],
            "moderator_actions": stats["moderator_actions"],
            "policy_actions": stats["policy_actions"],
            "log_entries": len(actions),
            "handled": stats["overall"]["handled"],
            "escalations": escalation_stats["count"],
            "missed_risks": totals.missed,
            "held_at_end": totals.by_state.get("held", 0),
            "notes": len(notes),
        },
        "timeline": _timeline(store, first, last),
        "by_category": store.category_counts(),
        "by_severity": totals.by_severity,
        "by_decision": totals.by_decision,
        "by_state": totals.by_state,
        "time_to_action": stats["overall"],
        "moderators": stats["moderators"],
        "actions": actions,
        "escalations": escalations,
        "escalation_summary": escalation_stats,
        "replies": _replies(store, free),
        "adverse_events": _adverse_events(store, free, limit),
        "top_risky_authors": _risky_authors(store),
        "promote_or_protect": _promote_or_protect(store, first, last),
        "raid_episodes": _episodes(store),
        "missed_risks": missed,
        "flagged_messages": _flagged(store, texts, limit),
        "platform_events": _platform_events(store, limit),
        "connection_events": [
            {"at": iso(ev.at), "source": ev.source, "kind": ev.kind, "state": ev.state, "detail": ev.detail}
            for ev in queries.events_of_kinds(store, ("connection", "session"), limit)
        ],
        "notes": [
            {
                "id": n.id,
                "at": iso(n.at),
                "author": n.author,
                "position": iso(n.position),
                "message": n.message_seq,
                "text": free(n.text),
            }
            for n in notes
        ],
        "action_log_intact": chain is None,
        "action_log_problem": None if chain is None else {"action": chain.action_id, "reason": chain.reason},
        "action_log_head": {"entries": entries, "hash": head},
        "recording": _recording(check, recording_head, free),
        "limits": {"rows": limit},
    }
    return report


def _broadcast(meta: dict[str, str], sources: list[queries.SourceRow]) -> str | None:
    """What the recording is of: its title when one was recorded, else the sources it was recorded from."""
    return queries.broadcast_title(meta, sources) or None


def _recording(check: RecordingCheck, head: Head | None, free: Callable[[str], str]) -> dict[str, Any]:
    """The check of the whole recording against its ledger, and the head to keep elsewhere."""
    ledger = check.ledger
    problems = list(ledger.problems) if ledger else []
    if ledger and ledger.more:
        problems.append(f"and {ledger.more} more")
    return {
        "intact": check.intact,
        "head": str(head) if head is not None else None,
        "problems": problems,
        "covered": dict(ledger.checked) if ledger else {},
        "not_covered": [check.not_covered] if check.not_covered else list(ledger.sealed_late if ledger else ()),
        "unknown_outcomes": [free(intent.describe()) for intent in check.unknown_outcomes],
    }


def _buckets(first: float, last: float) -> tuple[int, float]:
    """The timeline's bucket width and origin (the promote-or-protect trend uses the same buckets)."""
    span = max(last - first, 1.0)
    # Per minute; a short session (a test broadcast, an imported clip) gets 10-second buckets to show a shape.
    bucket = 10 if span <= SHORT_SESSION else 60 * max(1, math.ceil(span / 60 / MAX_BUCKETS))
    return bucket, math.floor(first / bucket) * bucket


def _timeline(store: Store, first: float | None, last: float | None) -> dict[str, Any]:
    if first is None or last is None:
        return {"bucket_seconds": 60, "start": None, "points": []}
    bucket, origin = _buckets(first, last)
    counts = {b.index: b for b in queries.timeline(store, origin, bucket, last)}
    top = max(counts) if counts else 0
    points = []
    for i in range(0, top + 1):
        b = counts.get(i) or queries.Bucket(i)
        points.append({"at": iso(origin + i * bucket), "messages": b.messages, "flagged": b.flagged,
                       "actions": b.actions, "policy_actions": b.policy_actions})  # fmt: skip
    return {"bucket_seconds": bucket, "start": iso(origin), "points": points}


def delay_histogram(seconds: Sequence[float]) -> list[tuple[str, int]]:
    """Times to action in bins (``< 5 s`` ... ``> 5 min``)."""
    counts = [0] * (len(DELAY_BINS) + 1)
    for s in seconds:
        counts[next((i for i, (bound, _label) in enumerate(DELAY_BINS) if s < bound), len(DELAY_BINS))] += 1
    return list(zip([label for _bound, label in DELAY_BINS] + ["> 5 min"], counts, strict=True))


def _actions(store: Store, free: Callable[[str], str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The action log, and how much and how fast each person moderated (the producer view's figures)."""
    out: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    policy = 0
    for a in queries.logged_actions(store):
        out.append(
            {
                "id": a.id,
                "at": iso(a.at),
                "actor": a.actor,
                "kind": a.kind,
                "message": a.message_seq,
                "author": a.author_name,
                "author_id": a.author_id,
                "result": a.result,
                "reason": free(a.reason),
                "response": a.response,
                "duration": a.duration,
                "undoes": a.undoes,
                "seconds_to_action": a.seconds_after_arrival,
                "by_policy": a.by_policy,
                "hash": a.hash,
            }
        )
        if a.moderation:
            if a.by_policy:
                policy += 1
            else:
                counts[a.actor] = counts.get(a.actor, 0) + 1
    overall, per = queries.response_figures(queries.response_times(store))
    figures = {m.actor: m for m in per}
    moderators = []
    for actor in sorted(set(counts) | set(figures), key=lambda name: (-counts.get(name, 0), name)):
        m = figures.get(actor)
        moderators.append({
            "actor": actor, "actions": counts.get(actor, 0), "handled": m.handled if m else 0,
            "median_seconds": m.median_seconds if m else None, "p90_seconds": m.p90_seconds if m else None,
            "max_seconds": m.max_seconds if m else None,
        })  # fmt: skip
    stats = {
        "actions": sum(counts.values()) + policy,
        "moderator_actions": sum(counts.values()),
        "policy_actions": policy,
        "overall": {
            "handled": overall.handled,
            "count": overall.handled,
            "median_seconds": overall.median_seconds,
            "p90_seconds": overall.p90_seconds,
            "max_seconds": overall.max_seconds,
            "histogram": [{"bin": label, "count": n} for label, n in delay_histogram(overall.seconds)],
        },
        "moderators": moderators,
    }
    return out, stats


#: What each step of the reply workflow is called in the report.
_REPLY_STEPS = {"reply": "sent", "reply_queued": "waiting for approval", "reply_blocked": "blocked",
                "reply_rejected": "rejected"}  # fmt: skip


def _replies(store: Store, free: Callable[[str], str]) -> list[dict[str, Any]]:
    """Every reply step: who, which template and version or free text, approved by whom, blocked and why."""
    entries = list(reply_entries(store.actions()))
    names = queries.author_names(store, (e.action.message_seq for e in entries))
    policy = store.recorded_policy()
    # A template's approval is the policy's (its approver for that version): the report names it.
    approvers = {(t.id, t.language, t.version): t.approver for t in policy.replies} if policy is not None else {}
    out: list[dict[str, Any]] = []
    for entry in entries:
        action = entry.action
        step = _REPLY_STEPS[action.kind.value]
        if action.kind.value == "reply" and action.result.value == "failed":
            step = "not sent (platform)"
        approved_by = entry.approved_by or approvers.get((entry.template, entry.language, entry.version), "")
        out.append({
            "id": action.id, "at": iso(action.at), "step": step, "by": action.actor, "message": action.message_seq,
            "to": names.get(action.message_seq) if action.message_seq is not None else None,
            "template": entry.template or None,
            "version": entry.version or None, "language": entry.language or None,
            "approved_by": approved_by or None, "blocked_because": entry.blocked_because or None,
            "text": free(entry.text), "response": action.response,
        })  # fmt: skip
    return out


def _escalations(store: Store, texts: _Texts, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Escalations in the order they were opened (a message escalated late comes after those opened before)."""
    rows = queries.escalation_candidates(store)
    history = queries.histories(store, [r.seq for r in rows])
    opened: list[tuple[float, str, MessageRow, Any, Any, float | None]] = []
    ack_delays: list[float] = []
    unacknowledged = 0
    for row in rows:
        steps = history.get(row.seq, [])
        undone = {s.undoes for s in steps if s.kind == "undo" and s.result != "failed"}
        valid = [s for s in steps if s.result != "failed" and s.id not in undone]
        opened_at, opened_by = (row.received_at, POLICY_ACTOR) if row.decision == "escalate" else (None, None)
        for s in valid:
            if s.kind == "escalate" and opened_at is None:
                opened_at, opened_by = s.at, s.actor
        if opened_at is None or opened_by is None:
            continue  # an escalation that was undone
        # Resolving an open escalation acknowledges it too (the producer view's rule).
        ack = next((s for s in valid if s.kind in queries.ACKNOWLEDGING and s.at >= opened_at), None)
        res = next((s for s in valid if s.kind == "resolve" and s.at >= opened_at), None)
        to_ack = round(ack.at - opened_at, 3) if ack else None
        if to_ack is None:
            unacknowledged += 1
        else:
            ack_delays.append(max(to_ack, 0.0))
        opened.append((opened_at, opened_by, row, ack, res, to_ack))
    opened.sort(key=lambda e: (e[0], e[2].seq))
    listed = opened[:limit]
    shown = texts.of([e[2] for e in listed])
    out: list[dict[str, Any]] = []
    for opened_at, opened_by, row, ack, res, to_ack in listed:
        if row.seq not in shown:
            continue
        out.append(
            {
                "message": row.seq,
                "at": iso(row.received_at),
                "author": row.author_name,
                "text": shown[row.seq],
                "opened_at": iso(opened_at),
                "opened_by": opened_by,
                "acknowledged_at": iso(ack.at) if ack else None,
                "acknowledged_by": ack.actor if ack else None,
                "seconds_to_acknowledge": to_ack,
                "resolved_at": iso(res.at) if res else None,
                "resolved_by": res.actor if res else None,
                "seconds_to_resolve": round(res.at - opened_at, 3) if res else None,
                "state": row.escalation,
            }
        )
    stats = {
        "count": len(ack_delays) + unacknowledged,
        "acknowledged": len(ack_delays),
        "unacknowledged": unacknowledged,
        "median_seconds_to_acknowledge": median(ack_delays),
        "p90_seconds_to_acknowledge": percentile(ack_delays, 0.9),
        "max_seconds_to_acknowledge": round(max(ack_delays), 3) if ack_delays else None,
    }
    return out, stats


def _adverse_events(store: Store, free: Callable[[str], str], limit: int) -> list[dict[str, Any]]:
    """Adverse-event cases: day 0, the four elements, the deadline and the time it took to forward."""
    from castguard.session.aecases import ELEMENTS, CaseBook

    out = []
    for case in CaseBook(store).all()[:limit]:
        forward = case.time_to_forward
        out.append(
            {
                "case": case.id,
                "message": case.message_seq,
                "day0": iso(case.day0),
                "deadline": iso(case.deadline),
                "elements": {key: free(case.elements.get(key, "")) for key in ELEMENTS},
                "missing": case.missing,
                "status": case.status.value,
                "forwarded_at": iso(case.forwarded_at),
                "forwarded_by": case.forwarded_by,
                "seconds_to_forward": round(forward, 3) if forward is not None else None,
                "forwarded_in_time": None if case.forwarded_at is None else case.forwarded_at <= case.deadline,
                "acknowledged_at": iso(case.acknowledged_at),
                "acknowledged_by": case.acknowledged_by,
                "duplicate_of": case.duplicate_of,
                "original_sealed": case.sealed,
            }
        )
    return out


def _missed(store: Store, texts: _Texts, limit: int) -> list[dict[str, Any]]:
    """Queue items nobody settled (the desk's "pending" at the end), raid copies of one text on one row."""
    rows = queries.missed_rows(store, limit)
    shown = texts.of(rows)
    raids = queries.raid_seqs(store, [r.seq for r in rows])
    out: list[dict[str, Any]] = []
    copies: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r.seq in raids:
            group = copies.get(r.text)
            if group is not None:
                group["copies"] += 1
                group["seqs"].append(r.seq)
                if r.author_name not in group["authors"]:
                    group["authors"].append(r.author_name)
                continue
        entry = {"seq": r.seq, "at": iso(r.received_at), "author": r.author_name, "author_id": r.author_id,
                 "text": shown[r.seq], "categories": list(r.categories), "severity": r.severity_label,
                 "decision": r.decision, "state": r.state, "copies": 1, "seqs": [r.seq],
                 "authors": [r.author_name]}  # fmt: skip
        if r.seq in raids:
            copies[r.text] = entry
        out.append(entry)
    return out


def _flagged(store: Store, texts: _Texts, limit: int) -> list[dict[str, Any]]:
    rows = queries.flagged_rows(store, limit)
    shown = texts.of(rows)
    return [
        {
            "seq": r.seq,
            "at": iso(r.received_at),
            "platform": r.platform,
            "author": r.author_name,
            "text": shown[r.seq],
            "categories": list(r.categories),
            "severity": r.severity_label,
            "decision": r.decision,
            "state": r.state,
            "escalation": r.escalation,
        }
        for r in rows
    ]


def _risky_authors(store: Store, top: int = 10) -> list[dict[str, Any]]:
    return [
        {
            "author": a.name,
            "author_id": a.author_id,
            "flagged": a.flagged,
            "critical": a.critical,
            "messages": a.messages,
            "categories": list(a.categories),
            "timeouts": a.timeouts,
            "bans": a.bans,
            "first_flag_at": iso(a.first_flag_at),
            "last_flag_at": iso(a.last_flag_at),
        }
        for a in queries.risky_authors(store, top)
    ]


def _contributor(c: Contributor) -> dict[str, Any]:
    return {"author": c.name, "author_id": c.author_id, "source": c.source, "messages": c.messages,
            "negative": c.negative, "positive": c.positive}  # fmt: skip


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _promote_or_protect(store: Store, first: float | None, last: float | None) -> dict[str, Any]:
    """The negative share against the policy's threshold, its trend, and contributor concentration."""
    threshold = (store.recorded_policy() or load_policy()).sentiment_alert
    trend: list[dict[str, Any]] = []
    if first is not None and last is not None:
        bucket, origin = _buckets(first, last)
        counts = queries.negative_shares(store, origin, bucket)
        for i in range(0, max(counts, default=-1) + 1):
            negative, n = counts.get(i, (0, 0))
            trend.append({"at": iso(origin + i * bucket), "messages": n, "negative": negative,
                          "share": _share(negative / n if n else None)})  # fmt: skip
    c = concentration(queries.author_tallies(store))
    share = c.negative / c.messages if c.messages else None
    state = stance(share, threshold)
    return {
        "threshold": threshold,
        "negative_share": _share(share),
        "state": state.value.upper() if state is not None else None,
        "peak_share": max((p["share"] for p in trend if p["share"] is not None), default=None),
        "protect_buckets": sum(1 for p in trend if p["share"] is not None and p["share"] >= threshold),
        "trend": trend,
        "concentration": {
            "authors": c.authors,
            "messages": c.messages,
            "negative": c.negative,
            "top_accounts": len(c.top),
            "author_share": _share(c.author_share),
            "message_share": _share(c.message_share),
            "negative_share": _share(c.negative_share),
            "top": [_contributor(x) for x in c.top[:NAMED]],
        },
        "advocates": [_contributor(x) for x in c.advocates],
        "detractors": [_contributor(x) for x in c.detractors],
        "pins": queries.pins(store),
    }


def concentration_sentence(pp: dict[str, Any]) -> str:
    """ "0.2% of contributors drove 40% of the activity": the report's headline of concentration."""
    c = pp["concentration"]
    if not c["authors"]:
        return "No messages."
    negative = "n/a" if c["negative_share"] is None else f"{c['negative_share']:.0%}"
    return (
        f"{c['author_share']:.1%} of contributors ({c['top_accounts']} of {c['authors']}) drove "
        f"{c['message_share']:.0%} of the activity and {negative} of the negative messages"
    )


def _episodes(store: Store) -> list[dict[str, Any]]:
    """Raid and spike findings grouped into episodes, with the accounts involved."""
    episodes: list[dict[str, Any]] = []
    current: dict[str, dict[str, Any]] = {}
    for f in queries.crowd_findings(store):
        episode = current.get(f.category)
        if episode is None or f.at - episode["_last"] > EPISODE_GAP:
            episode = {
                "category": f.category,
                "_source": f.source,
                "_first": f.at,
                "_last": f.at,
                "messages": 0,
                "_accounts": {},
                "detail": f.detail,
            }
            current[f.category] = episode
            episodes.append(episode)
        episode["_last"] = f.at
        episode["messages"] += 1
        for account in f.accounts:
            episode["_accounts"][account] = None
    out = []
    for e in episodes:
        accounts = list(e["_accounts"])[:100]
        # Accounts by display name, as the desk lists them (the ids stay under "accounts").
        known = queries.display_names(store, e["_source"], accounts)
        out.append(
            {
                "category": e["category"],
                "start": iso(e["_first"]),
                "end": iso(e["_last"]),
                "seconds": round(e["_last"] - e["_first"], 3),
                "messages": e["messages"],
                "account_count": len(e["_accounts"]),
                "accounts": accounts,
                "names": [known.get(a, a) for a in accounts],
                "detail": e["detail"],
            }
        )
    return out


def _platform_events(store: Store, limit: int) -> dict[str, Any]:
    kinds = ("deleted", "timed_out", "banned", "cleared", "gap")
    listed = [
        {
            "at": iso(ev.at),
            "source": ev.source,
            "kind": ev.kind,
            "message_id": ev.message_id,
            "author_id": ev.author_id,
            "duration": ev.duration,
            "detail": ev.detail,
        }
        for ev in queries.events_of_kinds(store, kinds, limit)
    ]
    return {"counts": queries.event_counts(store, kinds), "events": listed}


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON (control, escape and bidi characters written as ``\\u`` escapes)."""
    return safe_json(report, indent=2) + "\n"


# Inside a table cell only these can start markup (emphasis, code, links, raw HTML, cell breaks).
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|~"})


def md(value: object) -> str:
    """A value safe inside a Markdown table cell: specials escaped, one line, no raw HTML."""
    text = "" if value is None else str(value)
    # Angle brackets become entities, so no renderer ever sees a tag (escaping them with "\\" is not universal).
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.translate(_MD_SPECIAL).replace("\n", " ").replace("\r", " ")


#: What a Markdown cell shows when there is no value (a blank cell reads as a rendering fault).
NO_VALUE = "–"


def _md_cell(value: object) -> str:
    text = md(value)
    return text if text.strip() else NO_VALUE


def _md_table(headers: list[str], rows: list[list[object]]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows),
        "",
    ]


# -- tables shared by the Markdown and HTML renderers -------------------------------------------


def _join(values: list[str], limit: int | None = None) -> str:
    return ", ".join(values[:limit] if limit else values)


def _actor(action: dict[str, Any]) -> str:
    """Who took an action; the policy's own actions say so (they are not a moderator's)."""
    return "policy (automatic)" if action["actor"] in AUTOMATIC_ACTORS else str(action["actor"])


def seconds(value: object) -> str:
    """A figure in seconds for a sentence (``n/a`` when there is none)."""
    return "n/a" if value is None else f"{value} s"


#: Section name → (column headers, how to make a row from one entry of that section).
TABLES: dict[str, tuple[list[str], Callable[[dict[str, Any]], list[object]]]] = {
    "moderators": (
        ["moderator", "actions", "flagged messages handled", "median s", "p90 s", "max s"],
        lambda m: [m["actor"], m["actions"], m["handled"], m["median_seconds"], m["p90_seconds"], m["max_seconds"]],
    ),
    "actions": (
        ["#", "time", "actor", "action", "message", "author", "result", "seconds to action", "reason", "response"],
        lambda a: [a["id"], a["at"], _actor(a), a["kind"], a["message"], a["author"], a["result"],
                   a["seconds_to_action"], a["reason"], a["response"]],
    ),
    "escalations": (
        ["message", "opened", "by", "acknowledged", "by", "seconds to acknowledge", "resolved", "state", "author",
         "text"],
        lambda x: [x["message"], x["opened_at"], x["opened_by"], x["acknowledged_at"], x["acknowledged_by"],
                   x["seconds_to_acknowledge"], x["resolved_at"], x["state"], x["author"], x["text"]],
    ),
    "replies": (
        ["#", "time", "step", "by", "to", "message", "template", "version", "approved by", "blocked because", "text",
         "platform answer"],
        lambda r: [r["id"], r["at"], r["step"], r["by"], r["to"], r["message"], r["template"] or "free text",
                   r["version"], r["approved_by"], r["blocked_because"], r["text"], r["response"]],
    ),
    "adverse_events": (
        ["case", "message", "day 0", "deadline", "patient", "reporter", "product", "event", "status",
         "forwarded by", "seconds to forward", "in time", "acknowledged", "duplicate of"],
        lambda c: [c["case"], c["message"], c["day0"], c["deadline"], c["elements"]["patient"] or "MISSING",
                   c["elements"]["reporter"] or "MISSING", c["elements"]["product"] or "MISSING",
                   c["elements"]["event"] or "MISSING", c["status"], c["forwarded_by"], c["seconds_to_forward"],
                   c["forwarded_in_time"], c["acknowledged_at"], c["duplicate_of"]],
    ),
    "top_risky_authors": (
        ["author", "id", "flagged", "critical", "messages", "timeouts", "bans", "categories"],
        lambda a: [a["author"], a["author_id"], a["flagged"], a["critical"], a["messages"], a["timeouts"],
                   a["bans"], _join(a["categories"])],
    ),
    "concentration": (
        ["account", "id", "source", "messages", "negative", "positive"],
        lambda a: [a["author"], a["author_id"], a["source"], a["messages"], a["negative"], a["positive"]],
    ),
    "raid_episodes": (
        ["kind", "start", "end", "messages", "accounts", "detail"],
        lambda r: [r["category"], r["start"], r["end"], r["messages"],
                   f"{r['account_count']}: " + _join(r["names"], 30), r["detail"]],
    ),
    "missed_risks": (
        ["#", "time", "author", "severity", "categories", "decision", "state", "copies", "text"],
        lambda m: [m["seq"], m["at"], _join(m["authors"], 10) + (f" +{len(m['authors']) - 10} more"
                   if len(m["authors"]) > 10 else ""), m["severity"], _join(m["categories"]), m["decision"],
                   m["state"], m["copies"], m["text"]],
    ),
    "notes": (
        ["written", "reviewer", "recording time", "message", "note"],
        lambda n: [n["at"], n["author"], n["position"], n["message"], n["text"]],
    ),
    "flagged_messages": (
        ["#", "time", "platform", "author", "text", "categories", "decision", "state"],
        lambda m: [m["seq"], m["at"], m["platform"], m["author"], m["text"], _join(m["categories"]),
                   m["decision"], m["state"]],
    ),
}  # fmt: skip


def table(
    report: dict[str, Any], section: str, entries: list[dict[str, Any]] | None = None
) -> tuple[list[str], list[list[object]]]:
    """Headers and rows of one of the report's tables (the same in every format); ``entries`` in place of
    ``report[section]`` for a table whose rows live elsewhere (the promote-or-protect lists)."""
    headers, row = TABLES[section]
    return headers, [row(entry) for entry in (report[section] if entries is None else entries)]


def md_promote_or_protect(report: dict[str, Any]) -> list[str]:
    """The promote-or-protect section as Markdown."""
    pp = report["promote_or_protect"]
    share = "n/a" if pp["negative_share"] is None else f"{pp['negative_share']:.0%}"
    peak = "n/a" if pp["peak_share"] is None else f"{pp['peak_share']:.0%}"
    return [
        "## Promote or protect",
        "",
        f"- State: **{pp['state'] or 'no messages'}** ({share} negative over the session; protect at "
        f"{pp['threshold']:.0%}; peak {peak}; {pp['protect_buckets']} of {len(pp['trend'])} buckets at or above it)",
        f"- Concentration: {md(concentration_sentence(pp))}",
        f"- Messages pinned to the on-air view: {pp['pins']}",
        "",
        *_md_table(
            ["time", "messages", "negative", "share"],
            [
                [p["at"], p["messages"], p["negative"], "" if p["share"] is None else f"{p['share']:.0%}"]
                for p in pp["trend"]
            ],
        ),
        "### Top contributors",
        "",
        *_md_table(*table(report, "concentration", pp["concentration"]["top"])),
        "### Advocates",
        "",
        *_md_table(*table(report, "concentration", pp["advocates"])),
        "### Detractors",
        "",
        *_md_table(*table(report, "concentration", pp["detractors"])),
    ]


def _md_recording(rec: dict[str, Any]) -> list[str]:
    """The recording's check as Markdown list items (problems, what is not covered, unknown outcomes)."""
    covered = ", ".join(f"{what} {n}" for what, n in rec["covered"].items() if n)
    lines = [
        "- Recording intact (every row checked against its hash-chained ledger): "
        + (f"yes ({md(covered)})" if rec["intact"] else "**NO**"),
        *(f"  - {md(p)}" for p in rec["problems"]),
        *(f"  - not covered: {md(n)}" for n in rec["not_covered"]),
    ]
    if rec["head"]:
        lines.append(f"- Session head (`castguard verify SESSION --head` this report): `{rec['head']}`")
    for outcome in rec["unknown_outcomes"]:
        lines.append(f"- Outcome unknown (the platform may have acted): {md(outcome)}")
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown (every chat string escaped; no raw HTML, no terminal control passes through)."""
    s, t, tta = report["session"], report["totals"], report["time_to_action"]
    es = report["escalation_summary"]
    intact = "yes" if report["action_log_intact"] else f"NO: {report['action_log_problem']}"
    lines = [
        "# castguard session report",
        "",
        f"- Broadcast: {md(s['broadcast'] or 'not recorded')}",
        f"- Moderators: {md(', '.join(s['moderators']) or 'none')}; "
        f"reviewers: {md(', '.join(s['reviewers']) or 'none')}",
        f"- File: `{md(s['file'])}`",
        f"- Messages: {t['messages']} ({md(s['first_message_at'])} to {md(s['last_message_at'])})",
        f"- Flagged: {t['flagged']}; missed risks (flagged or held, never settled): {t['missed_risks']}",
        f"- Actions: {t['actions']} ({t['moderator_actions']} by moderators, {t['policy_actions']} by the policy"
        f" itself); flagged messages handled by moderators: {t['handled']}; median time to action: "
        f"{md(seconds(tta['median_seconds']))}, p90 {md(seconds(tta['p90_seconds']))}",
        f"- Escalations: {es['count']} ({es['unacknowledged']} never acknowledged); median time to acknowledge: "
        f"{md(seconds(es['median_seconds_to_acknowledge']))}",
        f"- Action log intact: {md(intact)} ({report['action_log_head']['entries']} entries, head "
        f"`{report['action_log_head']['hash'][:16]}`)",
        *_md_recording(report["recording"]),
        f"- Personal data redacted: {'yes' if s['redacted'] else 'no'}"
        + (" (and at rest in the recording)" if s["redacted_at_rest"] else ""),
        "",
        f"## Timeline (messages / flagged / actions per {report['timeline']['bucket_seconds']} s)",
        "",
        *_md_table(
            ["time", "messages", "flagged", "moderator actions", "policy actions"],
            [
                [p["at"], p["messages"], p["flagged"], p["actions"], p["policy_actions"]]
                for p in report["timeline"]["points"]
            ],
        ),
        "## Flags by category",
        "",
        *_md_table(["category", "messages"], [[c, n] for c, n in report["by_category"].items()]),
        "## Decisions",
        "",
        *_md_table(["decision", "messages"], [[d, n] for d, n in report["by_decision"].items()]),
        "## Moderators",
        "",
        *_md_table(*table(report, "moderators")),
        "## Actions",
        "",
        *_md_table(*table(report, "actions")),
        "## Escalations",
        "",
        *_md_table(*table(report, "escalations")),
        "## Replies",
        "",
        *_md_table(*table(report, "replies")),
        "## Adverse events",
        "",
        *_md_table(*table(report, "adverse_events")),
        "## Top risky authors",
        "",
        *_md_table(*table(report, "top_risky_authors")),
        *md_promote_or_protect(report),
        "## Raid episodes",
        "",
        *_md_table(*table(report, "raid_episodes")),
        f"## Missed risks ({report['totals']['missed_risks']}: flagged or held, never settled; raid copies on one row)",
        "",
        *_md_table(*table(report, "missed_risks")),
        "## Reviewer notes",
        "",
        *_md_table(*table(report, "notes")),
        "## Flagged messages",
        "",
        *_md_table(*table(report, "flagged_messages")),
    ]
    # Read in a terminal as often as rendered: recorded names, reasons and file names lose any control character.
    return plain_output("\n".join(lines))


# -- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "seq",
    "received_at",
    "platform",
    "source",
    "author",
    "author_id",
    "text",
    "categories",
    "severity",
    "decision",
    "final_state",
    "escalation",
    "actions",
    "first_action",
    "first_action_by",
    "first_action_at",
    "seconds_to_first_action",
    "actors",
    "missed",
    "handled_by",
    "seconds_to_handle",
]
"""``missed``: still pending at the end (the desk's rule); ``handled_by`` and ``seconds_to_handle``: the first
handling of a flagged message by a person, the time to action of the report's and the producer view's medians."""


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula and a terminal will not obey (chat text is hostile)."""
    if value is None:
        return ""
    text = str(value)
    if not text.isprintable():  # the quick check (a printable string has nothing plain_output removes)
        text = plain_output(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(store: Store, *, redact: bool = True) -> Iterator[list[str]]:
    """One row per message that was flagged or acted on, with how it was handled (streamed)."""
    yield CSV_COLUMNS
    last = 0
    while True:
        rows = queries.acted_or_flagged(store, last, 2000)
        if not rows:
            return
        seqs = [r.seq for r in rows]
        findings: dict[int, tuple[Finding, ...]] = store.findings_of(seqs) if redact else {}
        history = queries.moderation_histories(store, seqs)
        for r in rows:
            handled = queries.first_handling(r, history.get(r.seq, ()))
            acts = history.get(r.seq, [])
            first = acts[0] if acts else None
            shown = redact_text(r.text, findings.get(r.seq, ())) if redact else r.text
            yield [
                csv_cell(v)
                for v in (
                    r.seq,
                    iso(r.received_at),
                    r.platform,
                    r.source,
                    r.author_name,
                    r.author_id,
                    shown,
                    " ".join(r.categories),
                    r.severity_label,
                    r.decision,
                    r.state,
                    r.escalation,
                    len(acts),
                    first.kind if first else "",
                    first.actor if first else "",
                    iso(first.at) if first else "",
                    round(first.at - r.received_at, 3) if first else "",
                    " ".join(dict.fromkeys(a.actor for a in acts)),
                    "yes" if r.missed else "",
                    handled.actor if handled else "",
                    round(max(handled.at - r.received_at, 0.0), 3) if handled else "",
                )
            ]
        last = rows[-1].seq


def write_csv(store: Store, out: IO[str], *, redact: bool = True) -> int:
    """Write the CSV export; returns the number of data rows."""
    writer = csv.writer(out)
    count = -1
    for row in csv_rows(store, redact=redact):
        writer.writerow(row)
        count += 1
    return count


def render(
    store: Store,
    fmt: str,
    *,
    redact: bool = True,
    limit: int = DEFAULT_LIMIT,
    out: IO[str],
    head_key: bytes | None = None,
) -> None:
    """Write the report of ``store`` in ``fmt`` (``json``, ``md``, ``html`` or ``csv``) to ``out``."""
    if fmt == "csv":
        write_csv(store, out, redact=redact)
        return
    report = build_report(store, redact=redact, limit=limit, head_key=head_key)
    if fmt == "html":
        from castguard.review.report_html import render_html

        out.write(render_html(report))
    elif fmt == "md":
        out.write(render_markdown(report))
    elif fmt == "json":
        out.write(render_json(report))
    else:
        raise ValueError(f"unknown report format {fmt!r} (json, md, html, csv)")


FORMATS = ("html", "md", "json", "csv")
