"""Audit reports of a recorded session: what viewers saw, what the moderators did, how fast.

:func:`build_report` computes everything with SQL aggregates and bounded
listings (a million-message recording is never loaded into memory); the
renderers turn the result into JSON, Markdown, CSV or one self-contained HTML
page (:mod:`castguard.review.report_html`). Personal data (the spans of privacy
findings, and personal data typed into reasons and notes) is redacted unless
``redact=False``.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Callable, Iterator
from typing import IO, Any

from castguard.core.model import Finding
from castguard.core.policy import load_policy
from castguard.core.text import plain_output, safe_json
from castguard.session.ledger import Head
from castguard.session.redaction import free_text_redactor, redact_text
from castguard.session.replies import reply_entries
from castguard.session.store import FLAGGED_SQL, RecordingCheck, Store

#: Actors that are not people: their actions do not count in moderators' time-to-action.
AUTOMATIC_ACTORS = frozenset({"policy"})
#: Raid and spike findings further apart than this (seconds) are separate episodes.
EPISODE_GAP = 120.0
#: Most points on the volume timeline; longer sessions use wider buckets.
MAX_BUCKETS = 1440
#: Sessions up to this long (seconds) are charted in 10-second buckets instead of minutes.
SHORT_SESSION = 600.0
#: Default number of rows in each listing (flagged messages, missed risks, escalations).
DEFAULT_LIMIT = 1000

_NOT_ACTIONS = ("lockdown", "note", "reply_queued", "reply_blocked", "reply_rejected")


def iso(ts: float | None) -> str | None:
    """UTC ISO 8601 time of a timestamp (``None`` stays ``None``)."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds") if ts is not None else None


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))], 3)


class _Texts:
    """Message texts for listings, redacted unless asked otherwise (findings read in one query per listing)."""

    def __init__(self, store: Store, redact: bool) -> None:
        self.store = store
        self.redact = redact

    def of(self, rows: list[tuple[Any, ...]], seq_col: int = 0, text_col: int = 1) -> dict[int, str]:
        texts = {r[seq_col]: r[text_col] for r in rows}
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
    db = store.db
    texts = _Texts(store, redact)
    free = free_text_redactor(store.recorded_policy() or load_policy()) if redact else (lambda s: s)
    meta = store.meta()
    total, first, last = db.execute("SELECT COUNT(*), MIN(received_at), MAX(received_at) FROM messages").fetchone()
    flagged_total = db.execute(f"SELECT COUNT(*) FROM messages WHERE {FLAGGED_SQL}").fetchone()[0]
    by_state = dict(db.execute("SELECT state, COUNT(*) FROM messages GROUP BY state ORDER BY 2 DESC").fetchall())
    by_decision = dict(db.execute("SELECT decision, COUNT(*) FROM messages GROUP BY decision ORDER BY 2 DESC"))
    by_severity = {
        {1: "info", 2: "warn", 3: "critical"}.get(sev, str(sev)): n
        for sev, n in db.execute(
            "SELECT severity, COUNT(*) FROM messages WHERE severity IS NOT NULL GROUP BY severity ORDER BY 1 DESC"
        )
    }
    actions, stats = _actions(store, free)
    escalations, escalation_stats = _escalations(store, texts, limit)
    missed, missed_total = _missed(store, texts, limit)
    check = store.check()
    chain = check.action_chain
    entries, head = store.chain_head()
    recording_head = store.head(head_key)
    notes = store.notes()
    report: dict[str, Any] = {
        "session": {
            "file": str(store.path),
            "created_at": iso(float(meta["created_at"])) if "created_at" in meta else None,
            "first_message_at": iso(first),
            "last_message_at": iso(last),
            "duration_seconds": round(last - first, 3) if first is not None else 0,
            "schema_version": store.schema_version,
            "sources": [
                {"key": k, "platform": p, "capabilities": [c for c in caps.split(",") if c]}
                for k, p, caps in db.execute("SELECT key, platform, capabilities FROM sources ORDER BY first_seen")
            ],
            "policies": [
                {"version": v, "name": n, "loaded_at": iso(at), "messages_judged": count}
                for v, n, at, count in db.execute(
                    "SELECT p.version, p.name, p.loaded_at,"
                    " (SELECT COUNT(*) FROM messages m WHERE m.policy_version = p.version)"
                    " FROM policies p ORDER BY p.loaded_at"
                )
            ],
            "redacted": redact,
            "redacted_at_rest": store.redact_at_rest,
        },
        "totals": {
            "messages": total,
            "flagged": flagged_total,
            "actions": len(actions),
            "moderator_actions": stats["count"],
            "escalations": escalation_stats["count"],
            "missed_risks": missed_total,
            "held_at_end": by_state.get("held", 0),
            "notes": len(notes),
        },
        "timeline": _timeline(store, first, last),
        "by_category": store.category_counts(),
        "by_severity": by_severity,
        "by_decision": by_decision,
        "by_state": by_state,
        "time_to_action": stats["overall"],
        "moderators": stats["moderators"],
        "actions": actions,
        "escalations": escalations,
        "escalation_summary": escalation_stats,
        "replies": _replies(store, free),
        "adverse_events": _adverse_events(store, free, limit),
        "top_risky_authors": _risky_authors(store),
        "raid_episodes": _episodes(store),
        "missed_risks": missed,
        "flagged_messages": _flagged(store, texts, limit),
        "platform_events": _platform_events(store, limit),
        "connection_events": [
            {"at": iso(at), "source": source, "kind": kind, "state": state, "detail": detail}
            for at, source, kind, state, detail in db.execute(
                "SELECT at, source, kind, state, detail FROM events WHERE kind IN ('connection', 'session')"
                " ORDER BY at, id LIMIT ?",
                (limit,),
            )
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


def _timeline(store: Store, first: float | None, last: float | None) -> dict[str, Any]:
    if first is None or last is None:
        return {"bucket_seconds": 60, "start": None, "points": []}
    span = max(last - first, 1.0)
    # Per minute; a short session (a test broadcast, an imported clip) gets 10-second buckets to show a shape.
    bucket = 10 if span <= SHORT_SESSION else 60 * max(1, math.ceil(span / 60 / MAX_BUCKETS))
    origin = math.floor(first / bucket) * bucket
    counts: dict[int, list[int]] = {}
    for b, n, flagged in store.db.execute(
        f"SELECT CAST((received_at - ?) / ? AS INTEGER) AS b, COUNT(*), SUM(CASE WHEN {FLAGGED_SQL} THEN 1 ELSE 0 END)"
        " FROM messages GROUP BY b",
        (origin, bucket),
    ):
        counts[b] = [n, flagged, 0]
    for b, n in store.db.execute(
        "SELECT CAST((at - ?) / ? AS INTEGER) AS b, COUNT(*) FROM actions WHERE at >= ? AND at <= ?"
        " AND kind NOT IN ('lockdown', 'note') GROUP BY b",
        (origin, bucket, origin, last + bucket),
    ):
        counts.setdefault(b, [0, 0, 0])[2] = n
    top = max(counts) if counts else 0
    points = []
    for b in range(0, top + 1):
        n, flagged, acted = counts.get(b, (0, 0, 0))
        points.append({"at": iso(origin + b * bucket), "messages": n, "flagged": flagged, "actions": acted})
    return {"bucket_seconds": bucket, "start": iso(origin), "points": points}


def _actions(store: Store, free: Callable[[str], str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows = store.db.execute(
        "SELECT a.id, a.at, a.actor, a.kind, a.message_seq, a.author_id, a.result, a.reason, a.response,"
        " a.duration, a.undoes, a.hash, m.received_at, m.author_name"
        " FROM actions a LEFT JOIN messages m ON m.seq = a.message_seq ORDER BY a.id"
    )
    out: list[dict[str, Any]] = []
    delays: dict[str, list[float]] = {}
    for id_, at, actor, kind, seq, author_id, result, reason, response, duration, undoes, digest, arrived, name in rows:
        seconds = round(at - arrived, 3) if arrived is not None else None
        out.append(
            {
                "id": id_,
                "at": iso(at),
                "actor": actor,
                "kind": kind,
                "message": seq,
                "author": name,
                "author_id": author_id,
                "result": result,
                "reason": free(reason),
                "response": response,
                "duration": duration,
                "undoes": undoes,
                "seconds_to_action": seconds,
                "hash": digest,
            }
        )
        if actor not in AUTOMATIC_ACTORS and kind not in _NOT_ACTIONS and seconds is not None and kind != "undo":
            delays.setdefault(actor, []).append(max(seconds, 0.0))
    everyone = [d for ds in delays.values() for d in ds]
    moderators = [
        {
            "actor": actor,
            "actions": len(ds),
            "median_seconds": _quantile(ds, 0.5),
            "p90_seconds": _quantile(ds, 0.9),
            "max_seconds": round(max(ds), 3),
        }
        for actor, ds in sorted(delays.items(), key=lambda kv: -len(kv[1]))
    ]
    overall = {
        "count": len(everyone),
        "median_seconds": _quantile(everyone, 0.5),
        "p90_seconds": _quantile(everyone, 0.9),
        "max_seconds": round(max(everyone), 3) if everyone else None,
    }
    manual = sum(1 for a in out if a["actor"] not in AUTOMATIC_ACTORS and a["kind"] not in _NOT_ACTIONS)
    return out, {"count": manual, "overall": overall, "moderators": moderators}


#: What each step of the reply workflow is called in the report.
_REPLY_STEPS = {"reply": "sent", "reply_queued": "waiting for approval", "reply_blocked": "blocked",
                "reply_rejected": "rejected"}  # fmt: skip


def _replies(store: Store, free: Callable[[str], str]) -> list[dict[str, Any]]:
    """Every reply step: who, which template and version or free text, approved by whom, blocked and why."""
    names = dict(store.db.execute(
        "SELECT seq, author_name FROM messages WHERE seq IN (SELECT message_seq FROM actions WHERE kind LIKE 'reply%')"
    ).fetchall())  # fmt: skip
    out: list[dict[str, Any]] = []
    for entry in reply_entries(store.actions()):
        action = entry.action
        step = _REPLY_STEPS[action.kind.value]
        if action.kind.value == "reply" and action.result.value == "failed":
            step = "not sent (platform)"
        out.append({
            "id": action.id, "at": iso(action.at), "step": step, "by": action.actor, "message": action.message_seq,
            "to": names.get(action.message_seq), "template": entry.template or None,
            "version": entry.version or None, "language": entry.language or None,
            "approved_by": entry.approved_by or None, "blocked_because": entry.blocked_because or None,
            "text": free(entry.text), "response": action.response,
        })  # fmt: skip
    return out


def _escalations(store: Store, texts: _Texts, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    db = store.db
    rows = db.execute(
        "SELECT seq, text, received_at, author_name, decision, escalation FROM messages"
        " WHERE escalation IS NOT NULL OR decision = 'escalate'"
        " OR seq IN (SELECT message_seq FROM actions WHERE kind = 'escalate' AND message_seq IS NOT NULL)"
        " ORDER BY received_at, seq"
    ).fetchall()
    listed = rows[:limit]
    shown = texts.of(listed)
    out: list[dict[str, Any]] = []
    ack_delays: list[float] = []
    unacknowledged = 0
    for seq, _text, arrived, author, decision, state in rows:
        history = db.execute(
            "SELECT id, at, actor, kind, result, undoes FROM actions WHERE message_seq = ? ORDER BY id", (seq,)
        ).fetchall()
        undone = {u for _i, _a, _w, kind, result, u in history if kind == "undo" and result != "failed"}
        valid = [
            (i, at, who, kind) for i, at, who, kind, result, _u in history if result != "failed" and i not in undone
        ]
        opened_at, opened_by = (arrived, "policy") if decision == "escalate" else (None, None)
        for _i, at, who, kind in valid:
            if kind == "escalate" and opened_at is None:
                opened_at, opened_by = at, who
        if opened_at is None:
            continue  # an escalation that was undone
        ack = next(((at, who) for _i, at, who, kind in valid if kind == "acknowledge" and at >= opened_at), None)
        res = next(((at, who) for _i, at, who, kind in valid if kind == "resolve" and at >= opened_at), None)
        to_ack = round(ack[0] - opened_at, 3) if ack else None
        if to_ack is None:
            unacknowledged += 1
        else:
            ack_delays.append(max(to_ack, 0.0))
        if len(out) < len(listed):
            out.append(
                {
                    "message": seq,
                    "at": iso(arrived),
                    "author": author,
                    "text": shown.get(seq, ""),
                    "opened_at": iso(opened_at),
                    "opened_by": opened_by,
                    "acknowledged_at": iso(ack[0]) if ack else None,
                    "acknowledged_by": ack[1] if ack else None,
                    "seconds_to_acknowledge": to_ack,
                    "resolved_at": iso(res[0]) if res else None,
                    "resolved_by": res[1] if res else None,
                    "seconds_to_resolve": round(res[0] - opened_at, 3) if res else None,
                    "state": state,
                }
            )
    stats = {
        "count": len(ack_delays) + unacknowledged,
        "acknowledged": len(ack_delays),
        "unacknowledged": unacknowledged,
        "median_seconds_to_acknowledge": _quantile(ack_delays, 0.5),
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


def _missed(store: Store, texts: _Texts, limit: int) -> tuple[list[dict[str, Any]], int]:
    """Flagged messages nobody acted on (not hidden, approved, escalated, removed, nor their author sanctioned)."""
    where = (
        f"{FLAGGED_SQL} AND m.state NOT IN ('hidden', 'removed')"
        " AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.message_seq = m.seq AND a.result != 'failed'"
        " AND a.kind NOT IN ('note', 'undo'))"
    )
    count = store.db.execute(f"SELECT COUNT(*) FROM messages m WHERE {where}").fetchone()[0]
    rows = store.db.execute(
        "SELECT m.seq, m.text, m.received_at, m.author_name, m.author_id, m.categories, m.severity, m.decision,"
        f" m.state FROM messages m WHERE {where} ORDER BY m.severity DESC, m.received_at LIMIT ?",
        (limit,),
    ).fetchall()
    shown = texts.of(rows)
    return [
        {"seq": seq, "at": iso(at), "author": name, "author_id": aid, "text": shown[seq],
         "categories": [c for c in cats.split(",") if c], "severity": _severity(sev), "decision": decision,
         "state": state}
        for seq, _t, at, name, aid, cats, sev, decision, state in rows
    ], count  # fmt: skip


def _severity(value: int | None) -> str | None:
    return {1: "info", 2: "warn", 3: "critical"}.get(value) if value is not None else None


def _flagged(store: Store, texts: _Texts, limit: int) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT seq, text, received_at, platform, author_name, categories, severity, decision, state, escalation"
        f" FROM messages WHERE {FLAGGED_SQL} ORDER BY received_at, seq LIMIT ?",
        (limit,),
    ).fetchall()
    shown = texts.of(rows)
    return [
        {
            "seq": seq,
            "at": iso(at),
            "platform": platform,
            "author": name,
            "text": shown[seq],
            "categories": [c for c in cats.split(",") if c],
            "severity": _severity(sev),
            "decision": decision,
            "state": state,
            "escalation": escalation,
        }
        for seq, _t, at, platform, name, cats, sev, decision, state, escalation in rows
    ]


def _risky_authors(store: Store, top: int = 10) -> list[dict[str, Any]]:
    db = store.db
    out = []
    for author_id, name, flagged, critical, first, last in db.execute(
        "SELECT author_id, MAX(author_name), COUNT(*), SUM(CASE WHEN severity = 3 THEN 1 ELSE 0 END),"
        f" MIN(received_at), MAX(received_at) FROM messages WHERE {FLAGGED_SQL}"
        " GROUP BY author_id ORDER BY 3 DESC, 4 DESC, 1 LIMIT ?",
        (top,),
    ).fetchall():
        total = db.execute("SELECT COUNT(*) FROM messages WHERE author_id = ?", (author_id,)).fetchone()[0]
        sanctions = dict(
            db.execute(
                "SELECT kind, COUNT(*) FROM actions WHERE author_id = ? AND kind IN ('timeout', 'ban')"
                " AND result != 'failed' GROUP BY kind",
                (author_id,),
            ).fetchall()
        )
        categories = [
            c
            for (c,) in db.execute(
                "SELECT f.category FROM findings f JOIN messages m ON m.seq = f.message_seq WHERE m.author_id = ?"
                " GROUP BY f.category ORDER BY COUNT(*) DESC LIMIT 5",
                (author_id,),
            )
        ]
        out.append(
            {
                "author": name,
                "author_id": author_id,
                "flagged": flagged,
                "critical": critical,
                "messages": total,
                "categories": categories,
                "timeouts": sanctions.get("timeout", 0),
                "bans": sanctions.get("ban", 0),
                "first_flag_at": iso(first),
                "last_flag_at": iso(last),
            }
        )
    return out


def _episodes(store: Store) -> list[dict[str, Any]]:
    """Raid and spike findings grouped into episodes, with the accounts involved."""
    episodes: list[dict[str, Any]] = []
    current: dict[str, dict[str, Any]] = {}
    for category, at, accounts, detail in store.db.execute(
        "SELECT f.category, m.received_at, f.accounts, f.detail"
        " FROM findings f JOIN messages m ON m.seq = f.message_seq"
        " WHERE f.category IN ('crowd.raid', 'crowd.spike') ORDER BY m.received_at, m.seq"
    ):
        episode = current.get(category)
        if episode is None or at - episode["_last"] > EPISODE_GAP:
            episode = {
                "category": category,
                "_first": at,
                "_last": at,
                "messages": 0,
                "_accounts": {},
                "detail": detail,
            }
            current[category] = episode
            episodes.append(episode)
        episode["_last"] = at
        episode["messages"] += 1
        for account in accounts.split(","):
            if account:
                episode["_accounts"][account] = None
    out = []
    for e in episodes:
        accounts = list(e["_accounts"])
        out.append(
            {
                "category": e["category"],
                "start": iso(e["_first"]),
                "end": iso(e["_last"]),
                "seconds": round(e["_last"] - e["_first"], 3),
                "messages": e["messages"],
                "account_count": len(accounts),
                "accounts": accounts[:100],
                "detail": e["detail"],
            }
        )
    return out


def _platform_events(store: Store, limit: int) -> dict[str, Any]:
    db = store.db
    kinds = ("deleted", "timed_out", "banned", "cleared", "gap")
    marks = ",".join("?" * len(kinds))
    counts = dict(db.execute(f"SELECT kind, COUNT(*) FROM events WHERE kind IN ({marks}) GROUP BY kind", kinds))
    listed = [
        {
            "at": iso(at),
            "source": source,
            "kind": kind,
            "message_id": mid,
            "author_id": aid,
            "duration": dur,
            "detail": detail,
        }
        for at, source, kind, mid, aid, dur, detail in db.execute(
            "SELECT at, source, kind, message_id, author_id, duration, detail FROM events"
            f" WHERE kind IN ({marks}) ORDER BY at, id LIMIT ?",
            (*kinds, limit),
        )
    ]
    return {"counts": counts, "events": listed}


# -- renderers -----------------------------------------------------------------------------------


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


def _md_table(headers: list[str], rows: list[list[object]]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(md(v) for v in row) + " |" for row in rows),
        "",
    ]


# -- tables shared by the Markdown and HTML renderers -------------------------------------------


def _join(values: list[str], limit: int | None = None) -> str:
    return ", ".join(values[:limit] if limit else values)


#: Section name → (column headers, how to make a row from one entry of that section).
TABLES: dict[str, tuple[list[str], Callable[[dict[str, Any]], list[object]]]] = {
    "moderators": (
        ["moderator", "actions", "median s", "p90 s", "max s"],
        lambda m: [m["actor"], m["actions"], m["median_seconds"], m["p90_seconds"], m["max_seconds"]],
    ),
    "actions": (
        ["#", "time", "actor", "action", "message", "author", "result", "seconds to action", "reason", "response"],
        lambda a: [a["id"], a["at"], a["actor"], a["kind"], a["message"], a["author"], a["result"],
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
    "raid_episodes": (
        ["kind", "start", "end", "messages", "accounts", "detail"],
        lambda r: [r["category"], r["start"], r["end"], r["messages"],
                   f"{r['account_count']}: " + _join(r["accounts"], 30), r["detail"]],
    ),
    "missed_risks": (
        ["#", "time", "author", "severity", "categories", "decision", "state", "text"],
        lambda m: [m["seq"], m["at"], m["author"], m["severity"], _join(m["categories"]), m["decision"],
                   m["state"], m["text"]],
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


def table(report: dict[str, Any], section: str) -> tuple[list[str], list[list[object]]]:
    """Headers and rows of one of the report's tables (the same in every format)."""
    headers, row = TABLES[section]
    return headers, [row(entry) for entry in report[section]]


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
        f"- File: `{md(s['file'])}`",
        f"- Messages: {t['messages']} ({md(s['first_message_at'])} to {md(s['last_message_at'])})",
        f"- Flagged: {t['flagged']}; missed risks (flagged, never acted on): {t['missed_risks']}",
        f"- Actions: {t['actions']} ({t['moderator_actions']} by moderators); median time to action: "
        f"{md(tta['median_seconds'])} s, p90 {md(tta['p90_seconds'])} s",
        f"- Escalations: {es['count']} ({es['unacknowledged']} never acknowledged); median time to acknowledge: "
        f"{md(es['median_seconds_to_acknowledge'])} s",
        f"- Action log intact: {md(intact)} ({report['action_log_head']['entries']} entries, head "
        f"`{report['action_log_head']['hash'][:16]}`)",
        *_md_recording(report["recording"]),
        f"- Personal data redacted: {'yes' if s['redacted'] else 'no'}"
        + (" (and at rest in the recording)" if s["redacted_at_rest"] else ""),
        "",
        f"## Timeline (messages / flagged / actions per {report['timeline']['bucket_seconds']} s)",
        "",
        *_md_table(
            ["time", "messages", "flagged", "actions"],
            [[p["at"], p["messages"], p["flagged"], p["actions"]] for p in report["timeline"]["points"]],
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
        "## Raid episodes",
        "",
        *_md_table(*table(report, "raid_episodes")),
        f"## Missed risks ({report['totals']['missed_risks']}: flagged, never acted on)",
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
]


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula and a terminal will not obey (chat text is hostile)."""
    text = "" if value is None else plain_output(str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(store: Store, *, redact: bool = True) -> Iterator[list[str]]:
    """One row per message that was flagged or acted on, with how it was handled (streamed)."""
    db = store.db
    yield CSV_COLUMNS
    last = 0
    while True:
        rows = db.execute(
            "SELECT seq, received_at, platform, source, author_name, author_id, text, categories, severity, decision,"
            f" state, escalation FROM messages WHERE seq > ? AND ({FLAGGED_SQL}"
            " OR seq IN (SELECT message_seq FROM actions WHERE message_seq > ?)) ORDER BY seq LIMIT 2000",
            (last, last),
        ).fetchall()
        if not rows:
            return
        seqs = [r[0] for r in rows]
        findings: dict[int, tuple[Finding, ...]] = store.findings_of(seqs) if redact else {}
        marks = ",".join("?" * len(seqs))
        history: dict[int, list[tuple[Any, ...]]] = {}
        for row in db.execute(
            f"SELECT message_seq, at, actor, kind FROM actions WHERE message_seq IN ({marks})"
            " AND result != 'failed' AND kind NOT IN ('note', 'lockdown') ORDER BY id",
            seqs,
        ):
            history.setdefault(row[0], []).append(row)
        for seq, at, platform, source, name, aid, text, cats, sev, decision, state, escalation in rows:
            acts = history.get(seq, [])
            first = acts[0] if acts else None
            shown = redact_text(text, findings.get(seq, ())) if redact else text
            yield [
                csv_cell(v)
                for v in (
                    seq,
                    iso(at),
                    platform,
                    source,
                    name,
                    aid,
                    shown,
                    cats.replace(",", " "),
                    _severity(sev),
                    decision,
                    state,
                    escalation,
                    len(acts),
                    first[3] if first else "",
                    first[2] if first else "",
                    iso(first[1]) if first else "",
                    round(first[1] - at, 3) if first else "",
                    " ".join(dict.fromkeys(a[2] for a in acts)),
                )
            ]
        last = rows[-1][0]


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
