"""Audit reports of a recorded session: JSON, Markdown and a self-contained HTML page.

Personal data found by the privacy filters is redacted unless asked otherwise.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from typing import Any

from castguard.model import ActionKind, Finding, MessageRecord
from castguard.store import Store


def redact_spans(text: str, findings: tuple[Finding, ...]) -> str:
    """Replace the spans of privacy findings with ``[category]``."""
    spans = sorted((f.start, f.end, f.category) for f in findings if f.category.startswith("privacy.") and f.end > f.start)
    out: list[str] = []
    pos = 0
    for start, end, category in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(f"[{category.split('.', 1)[1]}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _iso(ts: float | None) -> str | None:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds") if ts else None


def build_report(store: Store, *, redact: bool = True) -> dict[str, Any]:
    """Everything an auditor needs, as plain data."""
    meta = store.meta()
    decisions: Counter[str] = Counter()
    states: Counter[str] = Counter()
    authors: Counter[str] = Counter()
    author_names: dict[str, str] = {}
    flagged: list[dict[str, Any]] = []
    arrival: dict[int, float] = {}
    total = 0
    first = last = None
    for record in store.messages():
        total += 1
        m = record.message
        first = first if first is not None else m.received_at
        last = m.received_at
        decisions[record.verdict.decision.value] += 1
        states[record.state.value] += 1
        if record.verdict.flagged:
            arrival[record.seq] = m.received_at
            authors[m.author.id] += 1
            author_names[m.author.id] = m.author.name
            flagged.append(_flagged_entry(record, redact))
    actions = []
    for a in store.actions():
        arrived = arrival.get(a.message_seq) if a.message_seq is not None else None
        actions.append(
            {
                "id": a.id,
                "at": _iso(a.at),
                "actor": a.actor,
                "kind": a.kind.value,
                "message": a.message_seq,
                "author": a.author_id,
                "result": a.result.value,
                "reason": a.reason,
                "response": a.response,
                "seconds_to_action": round(a.at - arrived, 3) if arrived is not None else None,
                "hash": a.hash,
            }
        )
    moderator_actions = [a for a in actions if a["actor"] != "policy" and a["kind"] != ActionKind.LOCKDOWN.value]
    delays = sorted(a["seconds_to_action"] for a in moderator_actions if a["seconds_to_action"] is not None)
    chain = store.verify_chain()
    return {
        "session": {
            "file": str(store.path),
            "created_at": _iso(float(meta["created_at"])) if "created_at" in meta else None,
            "first_message_at": _iso(first),
            "last_message_at": _iso(last),
            "schema_version": meta.get("schema_version"),
            "redacted": redact,
        },
        "totals": {
            "messages": total,
            "flagged": len(flagged),
            "actions": len(actions),
            "moderator_actions": len(moderator_actions),
        },
        "by_category": store.category_counts(),
        "by_decision": dict(decisions),
        "by_state": dict(states),
        "top_flagged_authors": [
            {"author": author_names[a], "author_id": a, "flagged": n} for a, n in authors.most_common(10)
        ],
        "time_to_action": {
            "median_seconds": delays[len(delays) // 2] if delays else None,
            "max_seconds": delays[-1] if delays else None,
        },
        "actions": actions,
        "flagged_messages": flagged,
        "connection_events": [
            {"at": _iso(at), "source": source, "kind": kind, "state": state, "detail": detail}
            for at, source, kind, state, detail in store.events()
        ],
        "action_log_intact": chain is None,
        "action_log_problem": None if chain is None else {"action": chain.action_id, "reason": chain.reason},
    }


def _flagged_entry(record: MessageRecord, redact: bool) -> dict[str, Any]:
    m, v = record.message, record.verdict
    text = redact_spans(m.text, v.findings) if redact else m.text
    return {
        "seq": record.seq,
        "at": _iso(m.received_at),
        "platform": m.platform,
        "author": m.author.name,
        "text": text,
        "categories": v.categories,
        "decision": v.decision.value,
        "state": record.state.value,
        "escalation": record.escalation.value if record.escalation else None,
    }


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON."""
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _md_cell(value: object) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown (tables escape chat text)."""
    s, t = report["session"], report["totals"]
    lines = [
        "# castguard session report",
        "",
        f"- File: `{s['file']}`",
        f"- Messages: {t['messages']} ({s['first_message_at']} to {s['last_message_at']})",
        f"- Flagged: {t['flagged']}; actions: {t['actions']} ({t['moderator_actions']} by moderators)",
        f"- Action log intact: {'yes' if report['action_log_intact'] else 'NO: ' + str(report['action_log_problem'])}",
        f"- Personal data redacted: {'yes' if s['redacted'] else 'no'}",
        "",
        "## Flags by category",
        "",
        "| category | messages |",
        "|---|---|",
        *(f"| {c} | {n} |" for c, n in report["by_category"].items()),
        "",
        "## Actions",
        "",
        "| # | time | actor | action | message | result | seconds to action | response |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {a['id']} | {a['at']} | {_md_cell(a['actor'])} | {a['kind']} | {_md_cell(a['message'])} "
            f"| {a['result']} | {_md_cell(a['seconds_to_action'])} | {_md_cell(a['response'])} |"
            for a in report["actions"]
        ),
        "",
        "## Flagged messages",
        "",
        "| # | time | platform | author | text | categories | decision | state |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {m['seq']} | {m['at']} | {m['platform']} | {_md_cell(m['author'])} | {_md_cell(m['text'])} "
            f"| {', '.join(m['categories'])} | {m['decision']} | {m['state']} |"
            for m in report["flagged_messages"]
        ),
        "",
    ]
    return "\n".join(lines)


def render_html(report: dict[str, Any]) -> str:
    """A single self-contained HTML page (every value escaped)."""
    e = html.escape
    s, t = report["session"], report["totals"]
    cats = report["by_category"]
    peak = max(cats.values(), default=1)
    bars = "".join(
        f'<div class="bar"><span class="label">{e(c)}</span>'
        f'<span class="fill" style="width:{100 * n / peak:.1f}%"></span><span class="n">{n}</span></div>'
        for c, n in cats.items()
    )
    actions = "".join(
        "<tr>" + "".join(f"<td>{e(str(a[k] if a[k] is not None else ''))}</td>" for k in
                         ("id", "at", "actor", "kind", "message", "result", "seconds_to_action", "response")) + "</tr>"
        for a in report["actions"]
    )  # fmt: skip
    flagged = "".join(
        f"<tr><td>{m['seq']}</td><td>{e(m['at'] or '')}</td><td>{e(m['platform'])}</td><td>{e(m['author'])}</td>"
        f"<td>{e(m['text'])}</td><td>{e(', '.join(m['categories']))}</td><td>{e(m['decision'])}</td>"
        f"<td>{e(m['state'])}</td></tr>"
        for m in report["flagged_messages"]
    )
    intact = "intact" if report["action_log_intact"] else f"BROKEN: {e(str(report['action_log_problem']))}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>castguard session report</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #ccd;padding:.25rem .5rem;font-size:.85rem;text-align:left;vertical-align:top}}
.bar{{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}} .label{{width:14rem}}
.fill{{display:inline-block;height:1rem;background:#c0392b}} .n{{font-variant-numeric:tabular-nums}}
</style></head><body>
<h1>castguard session report</h1>
<p>{t['messages']} messages from {e(str(s['first_message_at']))} to {e(str(s['last_message_at']))};
{t['flagged']} flagged; {t['actions']} actions ({t['moderator_actions']} by moderators).
Action log {intact}. Personal data {'redacted' if s['redacted'] else 'NOT redacted'}.</p>
<h2>Flags by category</h2>{bars}
<h2>Actions</h2><table><tr><th>#</th><th>time</th><th>actor</th><th>action</th><th>message</th><th>result</th>
<th>seconds to action</th><th>response</th></tr>{actions}</table>
<h2>Flagged messages</h2><table><tr><th>#</th><th>time</th><th>platform</th><th>author</th><th>text</th>
<th>categories</th><th>decision</th><th>state</th></tr>{flagged}</table>
</body></html>
"""


RENDERERS = {"json": render_json, "md": render_markdown, "html": render_html}
