"""Hostile strings from outside never reach the terminal: names, ids, titles, errors, reports, scan, logs, the desk.

Every string a platform, a file or a URL supplies is cleaned where the domain objects are built, and every text
castguard prints is safe for a terminal: JSON escapes what it cannot show, plain text drops it, diagnostics show
it as a visible escape.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import re
import sqlite3
from pathlib import Path

import pytest
from aiohttp import web
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as ws_serve

from castguard import cli
from castguard.connectors import open_source
from castguard.connectors.irc import IrcChat
from castguard.connectors.jsonfeed import json_event
from castguard.connectors.runtime import Backoff
from castguard.core.model import (
    ActionOutcome,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.policy import Policy
from castguard.core.text import clean_text
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.conftest import chat
from tests.fakes.events import EventReader
from tests.fakes.http import serve
from tests.test_tui_support import make_desk, rows_shown, screen_text, settle

HOSTILE = {
    "osc-title": "\x1b]0;pwn\x07",
    "reset": "\x1bc",
    "csi": "\x1b[2J\x1b[31m",
    "csi-8bit": "\x9b2J",
    "c1": "\x85\x90\x9d",
    "bidi-override": "\u202e",
    "bidi-isolate": "\u2066",
    "zero-width": "\u200b\u200d\ufeff",
    "surrogate": "\ud800",
}
ON_THE_WIRE = {k: v for k, v in HOSTILE.items() if k != "surrogate"}  # what UTF-8 bytes can carry
hostile = pytest.mark.parametrize("bad", list(HOSTILE.values()), ids=list(HOSTILE))

# Written out here, not imported: what a terminal must never receive raw. Tabs and line breaks are layout.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def terminal_safe(text: str) -> bool:
    """Nothing in ``text`` can act on a terminal or reorder what it shows."""
    return _UNSAFE.search(text) is None


# -- the boundary: domain objects -------------------------------------------------------------


@hostile
def test_names_ids_and_details_are_cleaned_where_domain_objects_are_built(bad: str) -> None:
    author = Author(f"u{bad}1", f"mallory{bad}", frozenset({f"vip{bad}"}))
    message = ChatMessage(
        source=f"feed{bad}", platform="sse", channel=f"clinic{bad}", id=f"m{bad}1", author=author,
        text="hello", sent_at=1.0, received_at=1.0, reply_to=f"m{bad}0",
    )  # fmt: skip
    closed = ConnectionEvent(f"feed{bad}", ConnectionState.RECONNECTING, f"connection closed (4000 {bad})")
    seen = PlatformEvent(f"feed{bad}", PlatformEventKind.BANNED, f"m{bad}", f"u{bad}", detail=f"{bad} banned")
    outcome = ActionOutcome(ActionResult.FAILED, f"HTTP 400: {bad}")
    strings = [
        author.id, author.name, *author.roles, message.source, message.channel, message.id, message.reply_to,
        closed.source, closed.detail, seen.source, seen.message_id, seen.author_id, seen.detail, outcome.response,
    ]  # fmt: skip
    for value in strings:
        assert isinstance(value, str) and terminal_safe(value), ascii(value)
        value.encode("utf-8")  # storable
    assert author.name.startswith("mallory") and "vip" in next(iter(author.roles))
    assert message.source == closed.source == seen.source  # the same key, however it is cleaned


def test_ids_that_differ_only_in_hostile_characters_stay_distinct_and_bounded() -> None:
    ids = ["a", "a\x1b", "a\x9b", "a\u202e", "a\ud800", "x" * 5000 + "1", "x" * 5000 + "2"]
    cleaned = [Author(i, "n").id for i in ids]
    assert len(set(cleaned)) == len(ids)
    assert all(len(c) <= 200 for c in cleaned)
    assert Author("a\x1b", "n").id == "a\\x1b"  # shown, not obeyed
    assert Author(Author("a\x1b", "n").id, "n").id == "a\\x1b"  # cleaning a clean id changes nothing


def test_an_emoji_is_one_known_width_on_every_terminal() -> None:
    """A variation selector makes terminals disagree on a heart's width: the desk's rows would leave stray cells."""
    from rich.cells import cell_len

    for raw in ("love it ❤️❤️❤️", "ok ✔️", "☺︎ fine", "1️⃣ first"):
        shown = clean_text(raw)
        assert "\ufe0f" not in shown and "\ufe0e" not in shown
        assert cell_len(shown) == len(shown) - shown.count("\u20e3")  # one cell per character, keycaps combine
    assert clean_text("ship it 👍") == "ship it 👍"  # emoji that are emoji by default are left alone
    assert Author("u1", "Ana❤️").name == "Ana❤"


def test_names_and_details_have_a_short_bound() -> None:
    assert len(Author("u", "N" * 10_000).name) <= 100
    assert len(ConnectionEvent("s", ConnectionState.FAILED, "E" * 1_000_000).detail) <= 1000
    assert len(ActionOutcome(ActionResult.FAILED, "R" * 1_000_000).response) <= 1000


# -- through the connectors ---------------------------------------------------------------------


@hostile
def test_generic_json_names_ids_and_channels_are_clean(bad: str) -> None:
    obj = {"id": f"m{bad}", "author": {"id": f"u{bad}", "name": f"mallory{bad}"}, "text": "hi", "channel": f"c{bad}"}
    message = json_event(obj, source="feed", platform="jsonl", channel="x", received_at=1.0, fallback_id="line-1")
    assert isinstance(message, ChatMessage)
    for value in (message.id, message.author.id, message.author.name, message.channel):
        assert terminal_safe(value), ascii(value)
    assert message.author.name.startswith("mallory")


@pytest.mark.parametrize("bad", list(ON_THE_WIRE.values()), ids=list(ON_THE_WIRE))
def test_twitch_display_names_and_ids_are_clean(bad: str) -> None:
    proto = IrcChat(source="twitch:clinic", platform="twitch", channel="clinic", nick="justinfan1")
    line = (
        f"@display-name=Mallory{bad};id=m1{bad};room-id=1;user-id=42{bad};tmi-sent-ts=1 "
        ":mallory!mallory@mallory.tmi.twitch.tv PRIVMSG #clinic :hello"
    )
    [message] = [e for e in proto.receive(line, 1.0) if isinstance(e, ChatMessage)]
    for value in (message.author.name, message.author.id, message.id):
        assert terminal_safe(value), ascii(value)
    assert message.author.name.startswith("Mallory")


@pytest.mark.parametrize("bad", list(ON_THE_WIRE.values()), ids=list(ON_THE_WIRE))
async def test_sse_ids_and_event_names_are_clean(bad: str) -> None:
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        body = {"author": f"mallory{bad}", "text": "hello"}  # no id of its own: the SSE id is used
        await response.write(f"id: 7{bad}\nevent: chat{bad}\ndata: {json.dumps(body)}\n\n".encode())
        await release.wait()
        return response

    app = web.Application()
    app.router.add_get("/events", stream)
    async with serve(app) as base:
        reader = EventReader(open_source("sse+" + base + "/events", {}, backoff=Backoff(initial=0.01)))
        [message] = await reader.messages(1)
        assert terminal_safe(message.id) and terminal_safe(message.author.name) and message.id.startswith("7")
        release.set()
        await reader.close()


@pytest.mark.parametrize("bad", list(ON_THE_WIRE.values()), ids=list(ON_THE_WIRE))
async def test_websocket_close_reasons_are_clean(bad: str) -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.close(4000, f"go away {bad}")

    async with ws_serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        reader = EventReader(open_source(f"ws://127.0.0.1:{port}/chat", {}, backoff=Backoff(initial=0.01)))
        event = await reader.state(ConnectionState.RECONNECTING)
        assert "go away" in event.detail and terminal_safe(event.detail), ascii(event.detail)
        await reader.close()


# -- CLI errors and log lines ---------------------------------------------------------------------


@hostile
@pytest.mark.parametrize(
    "argv",
    [["record", "{f}.jsonl"], ["scan", "{f}.jsonl"], ["report", "{f}.db"], ["verify", "{f}.db"], ["watch", "{f}"]],
    ids=["record", "scan", "report", "verify", "watch"],
)
def test_error_messages_show_hostile_file_names_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, argv: list[str]
) -> None:
    if bad == HOSTILE["surrogate"]:
        bad = os.fsdecode(b"\xff")  # how a file name that is not UTF-8 reaches Python: a lone low surrogate
    name = str(tmp_path / f"missing{bad}")
    status = cli.main([a.format(f=name) for a in argv])
    out, err = capsys.readouterr()
    assert status != 0
    assert "missing" in err and terminal_safe(err) and terminal_safe(out), ascii(err)
    assert len([line for line in err.splitlines() if line]) == 1  # one line


async def test_log_lines_escape_what_a_source_quotes(tmp_path: Path) -> None:
    path = tmp_path / "chat\x1b]0;pwn\x07\u202e.jsonl"
    path.write_text('{"text": "fine"}\n{broken\n', encoding="utf-8")
    written = io.StringIO()
    handler = logging.StreamHandler(written)
    handler.setFormatter(cli.SafeFormatter(cli.LOG_FORMAT))  # what the CLI logs to stderr and castguard.log with
    logging.getLogger().addHandler(handler)
    try:
        reader = EventReader(open_source(str(path), {}))
        await reader.rest()
        await reader.close()
    finally:
        logging.getLogger().removeHandler(handler)
    log = written.getvalue()
    assert "skipped input" in log and "\\x1b]0;pwn\\x07\\u202e" in log  # the file stays recognisable
    assert terminal_safe(log), ascii(log)


# -- reports and scan --------------------------------------------------------------------------


@pytest.fixture
def hostile_recording(tmp_path: Path, policy: Policy) -> Path:
    """A recording whose rows hold raw hostile strings (written by an older castguard, or edited)."""
    path = tmp_path / "session.db"
    store = Store(path)
    session = Session(store, Pipeline(policy), moderator="alex")
    records = [session.ingest(chat(f"{i}: call me at 415-555-2671", author=f"u{i}")) for i in range(len(HOSTILE))]
    store.flush()
    store.close()
    db = sqlite3.connect(path, isolation_level=None)
    for record, (key, bad) in zip(records, HOSTILE.items(), strict=True):
        assert record is not None
        # sqlite cannot hold a lone surrogate as text: that one is written as what an old file may hold.
        value = bad if key != "surrogate" else "\ufffd"
        db.execute(
            "UPDATE messages SET author_name = ?, author_id = ?, text = ?, msg_id = ? WHERE seq = ?",
            (f"mallory{value}", f"u{value}{record.seq}", f"text {value} call 415-555-2671", f"m{value}", record.seq),
        )
    db.execute(
        "INSERT INTO events (at, source, kind, state, detail) VALUES (1, ?, 'connection', 'failed', ?)",
        ("feed\x1b]0;pwn\x07", "closed \x1bc\x9b2J\u202e"),
    )
    db.close()
    return path


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "html"])
def test_report_to_stdout_is_safe_for_a_terminal(
    hostile_recording: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert cli.main(["report", str(hostile_recording), "--format", fmt, "--unredacted"]) == 0
    out = capsys.readouterr().out
    assert "mallory" in out
    assert terminal_safe(out), ascii([line for line in out.splitlines() if not terminal_safe(line)])
    if fmt == "json":
        report = json.loads(out)  # escaped, not dropped: the JSON still says exactly what was recorded
        names = {m["author"] for m in report["flagged_messages"]}
        assert "mallory\x1b]0;pwn\x07" in names and "mallory\u202e" in names
        assert "\\u001b]0;pwn\\u0007" in out and "\\u202e" in out


@hostile
def test_scan_output_is_safe_for_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    source = tmp_path / "chat.jsonl"
    lines = [
        json.dumps({"id": f"m{bad}", "author": f"mallory{bad}", "text": f"call me {bad} at 415-555-2671"}),
        json.dumps({"id": "m", "author": "plain", "text": "hello"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["scan", str(source)]) == 0
    out = capsys.readouterr().out
    assert terminal_safe(out), ascii(out)
    verdicts = [json.loads(line) for line in out.splitlines()]
    assert len(verdicts) == 2 and verdicts[0]["id"] != verdicts[1]["id"]
    assert "privacy.phone" in verdicts[0]["categories"]


# -- the desk ----------------------------------------------------------------------------------


@hostile
async def test_an_author_name_with_escapes_renders_cleaned_in_the_feed(store: Store, policy: Policy, bad: str) -> None:
    name = f"[b]mallory[/b]{bad}"
    app, _source = make_desk(store, policy, [chat(f"hello {bad} doctor", author=f"m{bad}", name=name)])
    async with app.run_test(size=(180, 30)) as pilot:
        feed = await rows_shown(pilot, app, 1)
        await settle(pilot, lambda: "[b]mallory[/b]" in screen_text(app), "the row drawn")
        shown = screen_text(app)
        assert "[b]mallory[/b]" in shown and terminal_safe(shown), ascii(shown)
        assert terminal_safe(feed.rows[0].message.author.name)
        await pilot.press("w")  # "Watching <name>": a notification quoting the name
        await settle(pilot, lambda: any("Watching" in n.message for n in app._notifications), "the toast")
        [toast] = [n for n in app._notifications if "Watching" in n.message]
        assert not toast.markup and "[b]mallory[/b]" in toast.message and terminal_safe(toast.message)
        assert app.is_running
