"""The audit report as one self-contained HTML page with inline SVG charts.

No scripts, no external assets (a Content-Security-Policy forbids loading any),
and every string from the recording goes through :func:`html.escape`: chat text,
names, reasons and platform responses are hostile input.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from castguard.core.text import plain_output
from castguard.review.report import concentration_sentence, table

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif,Apple Color Emoji,Segoe UI Emoji,Noto Color Emoji;
margin:2rem auto;max-width:1200px;color:#1b1f24;
padding:0 1rem}
h1{margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:1px solid #dde;padding-bottom:.2rem}
.sub{color:#57606a;margin-top:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.6rem;margin:1rem 0}
.card{border:1px solid #dde;border-radius:6px;padding:.5rem .8rem}
.card b{display:block;font-size:1.5rem;font-variant-numeric:tabular-nums}
.card span{color:#57606a;font-size:.85rem}
.bad b{color:#b42318} .ok b{color:#1a7f37}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border:1px solid #d0d7de;padding:.25rem .45rem;font-size:.82rem;text-align:left;vertical-align:top}
th{background:#f6f8fa} td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.text{max-width:36rem;overflow-wrap:anywhere} td{overflow-wrap:anywhere} td.t span{white-space:nowrap}
.wide{overflow-x:auto}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
svg{max-width:100%;height:auto} svg text{font-family:system-ui,sans-serif}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.more{color:#57606a;font-style:italic}
"""


#: A time as the report writes it (UTC ISO 8601, seconds).
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def e(value: object) -> str:
    """Escape anything for HTML text and attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: object, empty: str = "") -> str:
    if value is None:
        return empty
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 100 else f"{value:.3g}" if value < 10 else f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return e(value)


def _clock(iso: str | None) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).strftime("%H:%M:%S" if iso[-9:-6] != ":00" else "%H:%M")


def _bucket(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds >= 60 else f"{seconds} s"


def timeline_svg(timeline: dict[str, Any], width: int = 1000, height: int = 240) -> str:
    """Messages, flagged messages and actions per bucket, as areas and dots."""
    points = timeline["points"]
    if not points:
        return '<p class="more">No messages.</p>'
    left, right, top, bottom = 48, 12, 12, 28
    w, h = width - left - right, height - top - bottom
    peak = max(max(p["messages"] for p in points), 1)
    n = len(points)
    step = w / max(n, 1)

    def x(i: float) -> float:
        return left + i * step

    def y(v: float) -> float:
        return top + h - h * v / peak

    def area(key: str) -> str:
        parts = [f"M{x(0):.1f},{y(0):.1f}"]
        for i, p in enumerate(points):
            parts.append(f"L{x(i):.1f},{y(p[key]):.1f}L{x(i + 1):.1f},{y(p[key]):.1f}")
        parts.append(f"L{x(n):.1f},{y(0):.1f}Z")
        return "".join(parts)

    out = [
        f'<svg role="img" aria-label="Messages and flags over time" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f'<rect x="{left}" y="{top}" width="{w}" height="{h}" fill="#fafbfc" stroke="#d0d7de"/>',
    ]
    for frac in (0.5, 1.0):
        yy = y(peak * frac)
        out.append(f'<line x1="{left}" x2="{left + w}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#e4e8ec"/>')
        out.append(f'<text x="{left - 6}" y="{yy + 4:.1f}" font-size="11" text-anchor="end">{int(peak * frac)}</text>')
    out.append(f'<path d="{area("messages")}" fill="#9fb3c8" fill-opacity="0.8"/>')
    out.append(f'<path d="{area("flagged")}" fill="#d1242f" fill-opacity="0.85"/>')
    for i, p in enumerate(points):
        if p["actions"]:
            r = min(2 + p["actions"] ** 0.5, 7)
            out.append(f'<circle cx="{x(i + 0.5):.1f}" cy="{top + 8}" r="{r:.1f}" fill="#0969da" fill-opacity=".8"/>')
        if p.get("policy_actions"):
            # The policy's own actions (auto-hide) are drawn apart: they are not a moderator's.
            r = min(2 + p["policy_actions"] ** 0.5, 7)
            out.append(f'<rect x="{x(i + 0.5) - r:.1f}" y="{top + 20 - r:.1f}" width="{2 * r:.1f}" '
                       f'height="{2 * r:.1f}" fill="#8c959f" fill-opacity=".8"/>')  # fmt: skip
    labels = min(8, n)
    for k in range(labels):
        i = round(k * (n - 1) / max(labels - 1, 1))
        out.append(
            f'<text x="{x(i + 0.5):.1f}" y="{height - 8}" font-size="11" text-anchor="middle">'
            f"{e(_clock(points[i]['at']))}</text>"
        )
    out.append("</svg>")
    legend = (
        '<div class="legend"><span><i class="sw" style="background:#9fb3c8"></i>messages</span>'
        '<span><i class="sw" style="background:#d1242f"></i>flagged</span>'
        '<span><i class="sw" style="background:#0969da;border-radius:50%"></i>moderator actions</span>'
        '<span><i class="sw" style="background:#8c959f"></i>policy actions (automatic)</span>'
        f"<span>per {_bucket(timeline['bucket_seconds'])}, UTC</span></div>"
    )
    return "".join(out) + legend


def bars_svg(title: str, items: Sequence[tuple[str, int]], color: str = "#d1242f", width: int = 480) -> str:
    """A horizontal bar chart."""
    if not items:
        return f'<p class="more">No {e(title.lower())}.</p>'
    row, label_w = 22, 190
    height = row * len(items) + 10
    peak = max(max(v for _, v in items), 1)
    out = [
        f'<svg role="img" aria-label="{e(title)}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, value) in enumerate(items):
        yy = 5 + i * row
        bar = (width - label_w - 70) * value / peak
        out.append(f'<text x="{label_w - 6}" y="{yy + 14}" font-size="12" text-anchor="end">{e(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{yy + 3}" width="{bar:.1f}" height="{row - 7}" fill="{color}"/>')
        out.append(f'<text x="{label_w + bar + 5:.1f}" y="{yy + 14}" font-size="12">{value:,}</text>')
    out.append("</svg>")
    return "".join(out)


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, text_cols: Sequence[int] = ()) -> str:
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if i in text_cols:
                cells.append(f'<td class="text">{e(value)}</td>')
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(f'<td class="n">{_num(value)}</td>')
            elif isinstance(value, str) and _TIMESTAMP.fullmatch(value):
                # The date and the time each stay on one line; a narrow column puts the time under the date.
                day, time = value.split("T", 1)
                cells.append(f'<td class="t"><span>{e(day)}</span>T<wbr><span>{e(time)}</span></td>')
            else:
                cells.append(f"<td>{e(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        return '<p class="more">None.</p>'
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    # Never wider than the page: a table that cannot fit scrolls inside its own box.
    return f'<div class="wide"><table><tr>{head}</tr>{"".join(body)}</table></div>'


def _card(label: str, value: object, cls: str = "") -> str:
    return f'<div class="card {cls}"><b>{_num(value, "–")}</b><span>{e(label)}</span></div>'


def _more(shown: int, total: int, what: str) -> str:
    return (
        f'<p class="more">{shown:,} of {total:,} {e(what)} listed (raise --limit for more).</p>'
        if total > shown
        else ""
    )


def _promote_or_protect(report: dict[str, Any]) -> list[str]:
    """The negative share against the threshold, its trend, the busiest accounts, advocates and detractors."""
    pp = report["promote_or_protect"]
    share = "n/a" if pp["negative_share"] is None else f"{pp['negative_share']:.0%}"
    trend = "".join(f"<td>{e('' if p['share'] is None else format(p['share'], '.0%'))}</td>" for p in pp["trend"])
    return [
        "<h2>Promote or protect</h2>",
        f"<p><strong>{e(pp['state'] or 'no messages')}</strong>: {e(share)} negative over the session "
        f"(protect at {e(format(pp['threshold'], '.0%'))}); {e(pp['protect_buckets'])} of {e(len(pp['trend']))} "
        f"buckets at or above it. {e(concentration_sentence(pp))}. Pinned on air: {e(pp['pins'])}.</p>",
        f"<table><tr><th>negative share per bucket</th>{trend}</tr></table>",
        "<h3>Top contributors</h3>",
        _table(*table(report, "concentration", pp["concentration"]["top"]), text_cols=(0, 1)),
        "<h3>Advocates</h3>",
        _table(*table(report, "concentration", pp["advocates"]), text_cols=(0, 1)),
        "<h3>Detractors</h3>",
        _table(*table(report, "concentration", pp["detractors"]), text_cols=(0, 1)),
    ]


def render_html(report: dict[str, Any]) -> str:
    """A single self-contained HTML page (every value escaped)."""
    s, t, tta, es = report["session"], report["totals"], report["time_to_action"], report["escalation_summary"]
    intact = report["action_log_intact"]
    problem = report["action_log_problem"]
    head = report["action_log_head"]
    chain = (
        f"intact ({head['entries']:,} entries, head {e(head['hash'][:16])}…)"
        if intact
        else f"BROKEN at entry #{e(problem['action'])}: {e(problem['reason'])}"
    )
    rec = report["recording"]
    covered = ", ".join(f"{what} {n:,}" for what, n in rec["covered"].items() if n)
    recording = (
        (f"Recording intact ({e(covered)} checked against its hash-chained ledger)" if rec["intact"]
         else "<b>Recording TAMPERED</b>: " + "; ".join(e(p) for p in rec["problems"]))
        + "".join(f"<br>Not covered: {e(n)}" for n in rec["not_covered"])
        + (f"<br>Session head: <code>{e(rec['head'])}</code>" if rec["head"] else "")
        + "".join(f"<br><b>Outcome unknown</b> (the platform may have acted): {e(o)}" for o in rec["unknown_outcomes"])
    )  # fmt: skip
    cards = "".join(
        [
            _card("messages", t["messages"]),
            _card("flagged", t["flagged"]),
            _card("moderator actions", t["moderator_actions"]),
            _card("policy actions (automatic)", t["policy_actions"]),
            _card("flagged messages handled", t["handled"]),
            _card("median seconds to action", tta["median_seconds"]),
            _card("p90 seconds to action", tta["p90_seconds"]),
            _card("escalations", t["escalations"]),
            _card("never acknowledged", es["unacknowledged"], "bad" if es["unacknowledged"] else "ok"),
            _card("missed risks", t["missed_risks"], "bad" if t["missed_risks"] else "ok"),
            _card("held at the end", t["held_at_end"]),
        ]
    )
    sources = ", ".join(f"{src['key']} ({src['platform']})" for src in s["sources"]) or "none recorded"
    policies = (
        "; ".join(f"{p['name']} {p['version']} ({p['messages_judged']:,} messages)" for p in s["policies"])
        or "none recorded"
    )
    categories = list(report["by_category"].items())[:20]
    decisions = list(report["by_decision"].items())
    delays = [(b["bin"], b["count"]) for b in tta["histogram"]]
    sections = [
        "<h1>castguard session report</h1>",
        f'<p class="sub">{e(s["broadcast"] or "broadcast not recorded")} · {e(s["first_message_at"])} to '
        f"{e(s['last_message_at'])} UTC · {e(s['file'])}</p>",
        f"<p>Moderators: {e(', '.join(s['moderators']) or 'none')}. "
        f"Reviewers: {e(', '.join(s['reviewers']) or 'none')}.</p>",
        f"<p>Sources: {e(sources)}. Policies: {e(policies)}.<br>Action log {chain}. Personal data "
        f"{'redacted' if s['redacted'] else '<b>NOT redacted</b>'}"
        f"{' (and redacted at rest in the recording)' if s['redacted_at_rest'] else ''}.<br>{recording}</p>",
        f'<div class="cards">{cards}</div>',
        "<h2>Timeline</h2>",
        timeline_svg(report["timeline"]),
        '<div class="charts"><div><h2>Flags by category</h2>',
        bars_svg("Flags by category", categories),
        "</div><div><h2>Decisions</h2>",
        bars_svg("Decisions", decisions, "#8250df"),
        "<h2>Time to action</h2>",
        bars_svg("Time to action", delays, "#0969da"),
        "</div></div>",
        "<h2>Moderators</h2>",
        _table(*table(report, "moderators")),
        "<h2>Escalations</h2>",
        f"<p>{es['count']:,} escalations, {es['acknowledged']:,} acknowledged; median time to acknowledge "
        f"{_num(es['median_seconds_to_acknowledge'], '–')} s, "
        f"longest {_num(es['max_seconds_to_acknowledge'], '–')} s.</p>",
        _table(*table(report, "escalations"), text_cols=(9,)),
        _more(len(report["escalations"]), es["count"], "escalations"),
        "<h2>Replies</h2>",
        "<p>Replies sent to viewers: the approved template and its version, or free text and who approved it; "
        "replies the privacy and claim filters blocked, with the reason.</p>",
        _table(*table(report, "replies"), text_cols=(10, 11)),
        "<h2>Adverse events</h2>",
        _table(*table(report, "adverse_events"), text_cols=(4, 5, 6, 7)),
        "<h2>Missed risks</h2>",
        "<p>Flagged or held messages still pending at the end: nobody hid, approved or escalated them, and no ban "
        "of their author settled them (the desk's queue shows them pending). Raid copies of one text share a row.</p>",
        _table(*table(report, "missed_risks"), text_cols=(2, 8)),
        _more(len(report["missed_risks"]), t["missed_risks"], "missed risks"),
        "<h2>Top risky authors</h2>",
        _table(*table(report, "top_risky_authors")),
        *_promote_or_protect(report),
        "<h2>Raid episodes</h2>",
        _table(*table(report, "raid_episodes"), text_cols=(4,)),
        "<h2>Actions</h2>",
        _table(*table(report, "actions"), text_cols=(8, 9)),
        "<h2>Reviewer notes</h2>",
        _table(*table(report, "notes"), text_cols=(4,)),
        "<h2>Seen on the platform (moderation by others)</h2>",
        _table(
            ["time", "source", "kind", "message id", "author id", "detail"],
            (
                [p["at"], p["source"], p["kind"], p["message_id"], p["author_id"], p["detail"]]
                for p in report["platform_events"]["events"]
            ),
        ),
        "<h2>Connections</h2>",
        _table(
            ["time", "source", "kind", "state", "detail"],
            ([c["at"], c["source"], c["kind"], c["state"], c["detail"]] for c in report["connection_events"]),
        ),
        "<h2>Flagged messages</h2>",
        _table(*table(report, "flagged_messages"), text_cols=(4,)),
        _more(len(report["flagged_messages"]), t["flagged"], "flagged messages"),
    ]
    body = plain_output("\n".join(sections))  # may well be printed to a terminal: no control character passes
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>castguard session report</title><style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )
