"""Audit reports: contents, redaction by default, every format, hostile text, and a real browser."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from castguard.core.model import (
    ActionKind,
    ActionResult,
    Author,
    ChatMessage,
    Decision,
    Finding,
    MessageRecord,
    Severity,
    Verdict,
)
from castguard.review.report import build_report, render, render_markdown, table
from castguard.review.report_html import _STYLE, render_html
from castguard.session.store import Store
from tests.recordings import PHONE, T0, make_recording
from tests.test_cli import castguard

HOSTILE = '<script>alert("x")</script> =HYPERLINK("http://evil") | **bold** [link](http://evil)'


@pytest.fixture
async def recording(tmp_path: Path) -> Path:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    store = Store(path)
    # A raid: two bursts of crowd findings a few minutes apart, and a hostile display name and text.
    for i, at in enumerate([T0 + 300, T0 + 301, T0 + 302, T0 + 900]):
        seq = store.next_seq()
        raid = Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd.raid", "copy-paste flood",
                       (f"r{i}", f"r{i + 1}"))  # fmt: skip
        message = ChatMessage("fake", "twitch", "c", f"raid{i}", Author(f"r{i}", HOSTILE), HOSTILE, at, at)
        store.add_message(MessageRecord(seq, message, Verdict((raid,), Decision.HOLD, Severity.CRITICAL)))
    store.add_note(f"viewer leaked {PHONE}; hide faster", author="rev", message_seq=2)
    store.close()
    return path


def report_of(path: Path, **options: object) -> dict:
    store = Store(path, readonly=True)
    try:
        return build_report(store, **options)  # type: ignore[arg-type]
    finally:
        store.close()


async def test_report_contents(recording: Path) -> None:
    r = report_of(recording)
    t = r["totals"]
    assert t["messages"] == 14 and t["flagged"] == 10
    store = Store(recording, readonly=True)
    profane = sum("profanity" in m.verdict.categories for m in store.messages())
    store.close()
    assert profane >= 3 and r["by_category"]["profanity"] == profane and r["by_category"]["crowd.raid"] == 4
    assert r["by_decision"]["hold"] >= 4
    assert r["session"]["sources"][0]["key"] == "fake"
    assert r["session"]["policies"][0]["messages_judged"] == 10

    # Timeline per minute: the first minute holds the ten live messages and the actions.
    first = r["timeline"]["points"][0]
    assert r["timeline"]["bucket_seconds"] == 60 and first["messages"] >= 10 - 1
    assert sum(p["messages"] for p in r["timeline"]["points"]) == 14
    # Moderators' actions (all but the lockdown), and the policy's auto-hide apart: it is not a moderator's.
    assert sum(p["actions"] for p in r["timeline"]["points"]) == 6
    assert sum(p["policy_actions"] for p in r["timeline"]["points"]) == 1
    assert (t["actions"], t["moderator_actions"], t["policy_actions"], t["log_entries"]) == (7, 6, 1, 8)

    # Every action with its actor and time from the message's arrival.
    by_kind = {(a["kind"], a["actor"]): a for a in r["actions"]}
    assert by_kind[("hide", "kim")]["seconds_to_action"] == 2.5
    assert by_kind[("hide", "policy")]["seconds_to_action"] == 0.25
    assert by_kind[("timeout", "kim")]["author_id"] == "troll"
    # Time to action is the producer view's: the first handling of each flagged message by a person
    # (hide #3 after 2.5 s, approve #6 after 1.5 s, timeout #4's author after 6.75 s); the moderators'
    # table adds up to the moderators' actions.
    kim = next(m for m in r["moderators"] if m["actor"] == "kim")
    assert kim["actions"] == 6 and kim["handled"] == 3 and kim["median_seconds"] == 2.5
    assert kim["p90_seconds"] == 6.75 and r["time_to_action"]["p90_seconds"] == 6.75
    assert sum(m["actions"] for m in r["moderators"]) == t["moderator_actions"]
    assert all(m["actor"] != "policy" for m in r["moderators"])

    # Escalations with time to acknowledge and resolve.
    (esc,) = r["escalations"]
    assert esc["message"] == 4 and esc["opened_by"] == "policy"
    assert esc["seconds_to_acknowledge"] == 3.0 and esc["acknowledged_by"] == "kim"
    assert esc["seconds_to_resolve"] == 6.5 and esc["state"] == "resolved"
    assert r["escalation_summary"]["unacknowledged"] == 0

    # Missed risks: what the desk's queue still shows pending at the end: message 9, message 6 (approved,
    # then the approval undone: held again) and the raid messages, the raid's copies of one text on one row.
    missed = {seq for m in r["missed_risks"] for seq in m["seqs"]}
    assert {6, 9} <= missed and {2, 3, 4, 8}.isdisjoint(missed)
    assert r["totals"]["missed_risks"] == len(missed) == 6
    (raid,) = [m for m in r["missed_risks"] if m["copies"] > 1]
    assert raid["copies"] == 4 and len(raid["authors"]) == 1  # four accounts, one hostile display name

    troll = r["top_risky_authors"][0]
    assert troll["author_id"] == "troll" and troll["flagged"] == 3 and troll["timeouts"] == 1

    episodes = r["raid_episodes"]
    assert [(e["messages"], e["account_count"]) for e in episodes] == [(3, 4), (1, 2)]
    assert episodes[0]["accounts"] == ["r0", "r1", "r2", "r3"]
    # Listed by display name, as on the desk (these four raiders share one hostile name).
    assert episodes[0]["names"] == [HOSTILE] * 4

    assert r["platform_events"]["counts"] == {"deleted": 1}
    assert r["action_log_intact"] and r["action_log_head"]["entries"] == 8


async def test_the_report_names_the_broadcast_and_who_worked_on_it(recording: Path) -> None:
    r = report_of(recording)
    assert r["session"]["broadcast"] == "fake"  # no title recorded: the sources it was recorded from
    assert r["session"]["moderators"] == ["kim"] and r["session"]["reviewers"] == ["rev"]
    store = Store(recording, readonly=True)
    try:
        md_text = render_markdown(build_report(store))
        html = render_html(build_report(store))
    finally:
        store.close()
    assert "- Broadcast: fake" in md_text and "- Moderators: kim; reviewers: rev" in md_text
    assert "Moderators: kim. Reviewers: rev." in html


async def test_a_note_is_not_a_moderation_action_and_the_policy_is_not_a_moderator(recording: Path) -> None:
    store = Store(recording)
    store.add_action(actor="kim", kind=ActionKind.NOTE, result=ActionResult.DONE, message_seq=9, reason="watch")
    store.close()
    r = report_of(recording)
    note = next(a for a in r["actions"] if a["kind"] == "note")
    assert note["seconds_to_action"] is None
    kim = next(m for m in r["moderators"] if m["actor"] == "kim")
    assert kim["actions"] == 6 and r["totals"]["moderator_actions"] == 6 and r["totals"]["log_entries"] == 9
    assert 9 in {seq for m in r["missed_risks"] for seq in m["seqs"]}  # a note settles nothing
    policy_hide = next(a for a in r["actions"] if a["actor"] == "policy")
    _headers, rows = table(r, "actions")
    assert rows[[a["id"] for a in r["actions"]].index(policy_hide["id"])][2] == "policy (automatic)"


async def test_markdown_tables_have_no_blank_cells(recording: Path) -> None:
    store = Store(recording, readonly=True)
    try:
        text = render_markdown(build_report(store))
    finally:
        store.close()
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows and not [line for line in rows if re.search(r"\|\s*\|", line)]
    assert "median time to action: 2.5 s, p90 6.75 s" in text


async def test_personal_data_is_redacted_by_default_in_every_format(recording: Path) -> None:
    store = Store(recording, readonly=True)
    for fmt in ("json", "md", "html", "csv"):
        out = io.StringIO()
        render(store, fmt, out=out)
        text = out.getvalue()
        assert PHONE not in text, fmt  # in a message, a moderator's reason and a reviewer's note
        assert "jane.doe@gmail.com" not in text, fmt
        assert "[phone]" in text.replace("\\[", "[").replace("\\]", "]"), fmt
        out = io.StringIO()
        render(store, fmt, redact=False, out=out)
        assert PHONE in out.getvalue(), fmt
    store.close()
    r = report_of(recording)
    assert r["session"]["redacted"] is True
    assert any("[phone]" in a["reason"] for a in r["actions"]) and "[phone]" in r["notes"][0]["text"]


async def test_hostile_chat_text_stays_text_in_every_format(recording: Path) -> None:
    r = report_of(recording)
    page = render_html(r)
    assert "<script" not in page and "&lt;script&gt;" in page
    # Self-contained: no external stylesheet, script, image or font, and a policy forbidding them.
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert not re.search(r"url\(", page)
    assert page.count("<svg") >= 3
    md = render_markdown(r)
    assert "<script" not in md and "\\*\\*bold\\*\\*" in md and "\\[link\\]" in md
    # A "|" in chat text must not add a column: every row has its table header's number of cell breaks.
    lines = md.splitlines()
    breaks = [len(re.findall(r"(?<!\\)\|", line)) for line in lines]
    columns = 0
    for i, line in enumerate(lines):
        if line.startswith("|---"):
            columns = breaks[i - 1]
        elif "HYPERLINK" in line:
            assert breaks[i] == columns, line

    store = Store(recording, readonly=True)
    out = io.StringIO()
    render(store, "csv", out=out)
    store.close()
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    header = rows[0]
    assert header[:3] == ["seq", "received_at", "platform"]
    hostile = [row for row in rows[1:] if "HYPERLINK" in row[header.index("text")]]
    assert hostile and all(not cell.startswith(("=", "+", "-", "@")) for row in hostile for cell in row)
    handled = {row[0]: row for row in rows[1:]}
    assert handled["3"][header.index("first_action")] == "hide"
    assert handled["3"][header.index("seconds_to_first_action")] == "2.5"


async def test_report_command_line(recording: Path, tmp_path: Path) -> None:
    for fmt in ("html", "md", "json", "csv"):
        out = tmp_path / f"report.{fmt}"
        done = castguard("report", str(recording), "--format", fmt, "-o", str(out), tmp=tmp_path)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 500 and PHONE not in out.read_text()
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["totals"]["messages"] == 14
    done = castguard("report", str(recording), "-o", str(tmp_path / "full.json"), "--unredacted", tmp=tmp_path)
    assert done.returncode == 0 and PHONE in (tmp_path / "full.json").read_text()
    assert (tmp_path / "full.json").stat().st_mode & 0o077 == 0  # personal data: owner-only
    done = castguard("report", str(recording), "--format", "json", "--limit", "2", tmp=tmp_path)
    assert len(json.loads(done.stdout)["flagged_messages"]) == 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(page: Path, size: str) -> bytes:
    """The PNG headless Chromium draws of ``page`` in a window of ``size`` ("WIDTH,HEIGHT")."""
    shot = page.with_suffix(".png")
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--hide-scrollbars", f"--window-size={size}", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return shot.read_bytes()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium) ")
async def test_the_html_report_renders_in_headless_chromium(recording: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    store = Store(recording, readonly=True)
    with page.open("w", encoding="utf-8") as out:
        render(store, "html", out=out)
    store.close()
    data = screenshot(page, "1280,2000")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    # The charts drew: the page is far from blank (a blank PNG of this size compresses to a few KB).
    assert len(data) > 40_000


def _pixels(png: bytes) -> tuple[int, list[bytes]]:
    """Bytes per pixel and the rows of a non-interlaced 8-bit RGB or RGBA PNG (what Chromium's screenshots are)."""
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert png[24] == 8 and png[25] in (2, 6) and png[28] == 0, "8-bit RGB or RGBA, not interlaced"
    bpp = 3 if png[25] == 2 else 4
    chunks, at = [], 8
    while at < len(png):
        size, kind = int.from_bytes(png[at : at + 4], "big"), png[at + 4 : at + 8]
        if kind == b"IDAT":
            chunks.append(png[at + 8 : at + 8 + size])
        at += 12 + size
    raw, stride, rows = zlib.decompress(b"".join(chunks)), width * bpp, []
    previous = bytearray(stride)
    for y in range(height):
        row_filter, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a, b = line[i - bpp] if i >= bpp else 0, previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if row_filter == 1:
                line[i] = (line[i] + a) & 0xFF
            elif row_filter == 2:
                line[i] = (line[i] + b) & 0xFF
            elif row_filter == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif row_filter == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return bpp, rows


def _colour_emoji_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    listed = subprocess.run([fc_list, ":color=true"], capture_output=True, text=True, timeout=30).stdout
    return "Emoji" in listed


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium) ")
@pytest.mark.skipif(not _colour_emoji_font(), reason="no colour emoji font (apt-get install fonts-noto-color-emoji)")
def test_the_html_report_draws_chat_emoji_in_colour(tmp_path: Path) -> None:
    """The report asks for a colour emoji font: "great show ❤️ 🎉" is not drawn as grey boxes or outlines."""
    page = tmp_path / "emoji.html"
    page.write_text(
        f"<html><head><meta charset=utf-8><style>{_STYLE}</style></head><body><p>great show ❤️ 🎉 🤡</p></body></html>",
        encoding="utf-8",
    )
    bpp, rows = _pixels(screenshot(page, "400,120"))
    colourful = sum(
        1 for row in rows for i in range(0, len(row), bpp) if max(row[i : i + 3]) - min(row[i : i + 3]) > 120
    )
    assert colourful > 50, "the emoji were drawn without colour: no colour emoji font was used"


async def test_escalations_are_listed_in_the_order_they_were_opened(tmp_path: Path) -> None:
    from castguard.core.model import ActionKind
    from castguard.core.policy import load_policy
    from castguard.filters.pipeline import Pipeline
    from castguard.session.engine import Session
    from tests.conftest import FakeSource, chat

    now = [T0]
    store = Store(tmp_path / "s.db")
    session = Session(store, Pipeline(load_policy()), [FakeSource("fake")], moderator="kim", clock=lambda: now[0],
                      auto_actions=False)  # fmt: skip
    session.ingest(chat("is this stream any good", author="a", msg_id="m1", at=T0))
    now[0] = T0 + 2
    session.ingest(chat("I will kill you", author="b", msg_id="m2", at=T0 + 2))  # escalated by the policy at +2 s
    now[0] = T0 + 10
    await session.act(ActionKind.ESCALATE, 1)  # the first message, escalated by hand at +10 s
    store.flush()
    report = build_report(store)
    store.close()
    assert [(e["message"], e["opened_by"]) for e in report["escalations"]] == [(2, "policy"), (1, "kim")]


def page_width(page: Path, window: str) -> int:
    """The document's scroll width as headless Chromium lays ``page`` out in a window of ``window``."""
    probe = page.with_name("probe.html")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text(encoding="utf-8"))
    script = "<script>document.body.dataset.w = document.documentElement.scrollWidth</script>"
    probe.write_text(html.replace("</body>", script + "</body>"), encoding="utf-8")
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         f"--window-size={window}", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    found = re.search(r'data-w="(\d+)"', done.stdout)
    assert found, done.stderr[-2000:]
    return int(found.group(1))


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium) ")
def test_the_html_report_needs_no_horizontal_scrolling_at_1280_pixels(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    done = castguard("record", "demo", "--fast", "--for", "120s", "-o", str(path), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    page = tmp_path / "report.html"
    done = castguard("report", str(path), "-o", str(page), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Adverse events" in page.read_text(encoding="utf-8")  # the widest table is there
    assert page_width(page, "1280,900") <= 1280
