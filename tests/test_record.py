"""castguard record through the command line: its summary and exit status tell the truth about the sources."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from aiohttp import web

from tests.fakes.http import serve
from tests.test_cli import ROOT, castguard


async def run_castguard(*args: str, tmp: Path) -> tuple[int, str]:
    """The CLI in a subprocess without blocking the loop (the fake platforms run in this one)."""
    env = {"PATH": "/usr/bin:/bin", "CASTGUARD_DATA_DIR": str(tmp / "data"), "HOME": str(tmp)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "castguard", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_record_fails_when_every_source_failed(tmp_path: Path) -> None:
    async def refuse(request: web.Request) -> web.Response:
        return web.Response(status=401, text="bad token")

    app = web.Application()
    app.router.add_get("/ws", refuse)
    app.router.add_get("/sse", refuse)
    async with serve(app) as base:
        ws, sse = base.replace("http", "ws") + "/ws", "sse+" + base + "/sse"
        status, err = await run_castguard("record", ws, sse, "--for", "30s", "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert status == 1, err
    assert "recorded 0 messages" in err and "every source failed" in err
    assert f"{ws} failed: server refused the connection: HTTP 401 Unauthorized" in err
    assert f"{sse} failed: " in err and "answered HTTP 401" in err
    assert "Traceback" not in err


async def test_record_names_the_failed_source_and_keeps_what_the_others_sent(tmp_path: Path) -> None:
    chat = tmp_path / "chat.jsonl"
    chat.write_text(json.dumps({"id": "c1", "author": "ann", "text": "hello"}) + "\n")

    async def missing(request: web.Request) -> web.Response:
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/sse", missing)
    async with serve(app) as base:
        sse = "sse+" + base + "/sse"
        status, err = await run_castguard("record", str(chat), sse, "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert status == 1
    assert "recorded 1 messages" in err and "1 of 2 sources failed" in err and "answered HTTP 404" in err


def test_record_refuses_to_append_to_an_existing_session_without_resume(tmp_path: Path) -> None:
    chat = tmp_path / "chat.jsonl"
    chat.write_text(json.dumps({"id": "c1", "author": "ann", "text": "hello"}) + "\n")
    session = tmp_path / "s.db"
    assert castguard("record", str(chat), "-o", str(session), tmp=tmp_path).returncode == 0
    before = session.read_bytes()
    done = castguard("record", str(chat), "-o", str(session), tmp=tmp_path)
    assert done.returncode == 2
    assert f"{session} already exists: continue that session with --resume {session}" in done.stderr
    assert session.read_bytes() == before
    empty = tmp_path / "empty.db"  # what mktemp leaves: fine to record into
    empty.touch()
    assert castguard("record", str(chat), "-o", str(empty), tmp=tmp_path).returncode == 0


def test_record_counts_the_duplicates_it_drops(tmp_path: Path) -> None:
    chat = tmp_path / "chat.jsonl"
    lines = [{"id": "c1", "author": "ann", "text": "hello"}, {"id": "c1", "author": "ann", "text": "hello"},
             {"id": "c2", "author": "ann", "text": "hello"}, {"author": "bob", "text": "lol"},
             {"author": "bob", "text": "lol"}]  # fmt: skip
    chat.write_text("".join(json.dumps(x) + "\n" for x in lines))
    done = castguard("record", str(chat), "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    # c1 twice is one message; two id-less "lol"s are two.
    assert "recorded 4 messages (0 flagged, 1 duplicates dropped)" in done.stderr


def test_record_help_lists_the_exit_statuses(tmp_path: Path) -> None:
    done = castguard("record", "--help", tmp=tmp_path)
    assert done.returncode == 0
    assert "exit status:" in done.stdout and "1  a source failed" in done.stdout


def test_record_says_where_it_records_how_the_sources_are_and_how_far_it_got(tmp_path: Path) -> None:
    session = tmp_path / "live.db"
    done = castguard(
        "record", "demo", "--rate", "40", "--for", "3s", "--progress", "1s", "-o", str(session), tmp=tmp_path
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == f"castguard record: recording to {session} (stops after 3s or with Ctrl-C)"
    assert any(" demo connected (simulated broadcast" in line for line in lines), lines
    progress = [line for line in lines if line.endswith(" flagged") and " messages, " in line]
    assert progress, lines  # counts while it runs, not only at the end
    assert all(line.startswith("castguard record: 0:00:0") for line in progress)
