"""``castguard team status|tail|act`` against a host on a real Redis: what scripts and bots can rely on."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from castguard.cli import main
from castguard.core.model import ActionKind, MessageState
from castguard.core.policy import Policy
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.session.store import Store
from tests.conftest import FakeSource, MakeSession, chat
from tests.fakes.redisd import RedisServer
from tests.team_helpers import needs_redis, redis_client, redis_server, until
from tests.test_team_desk import LEAK, hosted, member

pytestmark = needs_redis
__all__ = ["redis_client", "redis_server"]
ROOT = Path(__file__).resolve().parent.parent


async def team(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``castguard team ...`` (in a thread: it runs its own event loop) and what it printed."""
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["team", *args])
    out, err = capsys.readouterr()
    return code, out, err


async def test_status_shows_the_host_the_desks_with_role_and_idle_time_the_claims_and_the_stream(
    make_session: MakeSession, redis_server: RedisServer, policy: Policy, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    async with hosted(make_session, redis_server, ["hello", LEAK]) as (_session, host, _source):
        pat = member(redis_server, policy, tmp_path, "pat", role="producer")
        task = asyncio.create_task(pat.run())
        try:
            await until(lambda: pat.link.connected and len(pat.link.roster) == 2, what="pat on the roster")
            pat.link.select(2)
            await until(lambda: any(m.selected == 2 for m in host.link.roster), what="pat's lease")
            code, out, _err = await team(capsys, "status", redis_server.url, "show", "--json")
            assert code == 0
            status = json.loads(out)
            assert status["host"]["name"] == "host" and status["host"]["lease"] and not status["host"]["ended"]
            desks = {m["name"]: m for m in status["members"]}
            assert desks["pat"]["role"] == "producer" and desks["pat"]["selected"] == 2
            assert desks["host"]["host"] and desks["pat"]["idle"] >= 0
            assert status["stream"]["length"] >= 2 and status["stream"]["age"] is not None
            assert status["intents"] == {"pending": 0, "lag": 0}
            code, out, _err = await team(capsys, "status", redis_server.url, "show")
            assert code == 0 and "host host on" in out and "(hosting)" in out and "pat  producer" in out
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            pat.close()


async def test_act_exit_status_says_whether_the_action_was_done(
    make_session: MakeSession, redis_server: RedisServer, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    async with hosted(make_session, redis_server, ["hello", LEAK]) as (session, _host, source):
        url = redis_server.url
        code, out, _ = await team(capsys, "act", url, "show", "hide", "#2", "--moderator", "bot", "--reason", "spam")
        assert code == 0 and out.strip() == "hide #2: done (action 1)"
        assert session.record(2).state is MessageState.HIDDEN and len(source.requests) == 1
        # Someone else pressing hide on it now is told who did it, and the status says not done.
        code, _, err = await team(capsys, "act", url, "show", "hide", "2", "--moderator", "ana")
        assert code == 1 and "bot already hid #2" in err
        code, _, err = await team(capsys, "act", url, "show", "approve", "999", "--moderator", "ana")
        assert code == 1 and "not done" in err
        code, _, err = await team(capsys, "act", url, "show", "hide", "two", "--moderator", "ana")
        assert code == 2 and "not a message reference" in err
        code, _, err = await team(capsys, "act", url, "show", "hide", "1", "--moderator", "olga", "--role", "observer")
        assert code == 2 and "observer" in err
        code, _, err = await team(capsys, "act", url, "show", "ban", "2", "--moderator", "pat", "--role", "producer")
        assert code == 1 and "producer cannot ban" in err
        assert [a.actor for a in store.actions()] == ["bot"]
        # Nobody hosts this one: no answer in time is its own status.
        code, _, err = await team(capsys, "act", url, "nohost", "hide", "1", "--moderator", "ana", "--timeout", "0.5")
        assert code == 3 and "did not answer" in err


async def test_act_on_a_platform_that_refuses_is_not_done(
    make_session: MakeSession, redis_server: RedisServer, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FakeSource(events=[chat(LEAK)], fail_with="403 missing scope", hold_open=True)
    session = make_session(source)
    host = TeamHost(session, connect(redis_server.url), Keys("refused"), name="host")
    session.add_service(host)
    task = asyncio.create_task(session.run())
    try:
        await until(lambda: session.counts["messages"] == 1 and host.link.host, what="hosting")
        code, _, err = await team(capsys, "act", redis_server.url, "refused", "hide", "1", "--moderator", "bot")
        assert code == 1 and "failed on the platform" in err and "403" in err
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_producer_bans_only_when_the_policy_says_so(
    make_session: MakeSession, redis_server: RedisServer, capsys: pytest.CaptureFixture[str]
) -> None:
    async with hosted(make_session, redis_server, [LEAK], producer_can_ban=True) as (_session, _host, source):
        code, out, err = await team(capsys, "act", redis_server.url, "show", "ban", "1", "--moderator", "pat",
                                    "--role", "producer", "--reason", "abuse")  # fmt: skip
        assert code == 0 and out.startswith("ban #1: done"), err
        assert [r.kind for r in source.requests] == [ActionKind.BAN]


async def tail_process(tmp_path: Path, *args: str) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASTGUARD_")}
    env.update(CASTGUARD_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "castguard", "team", "tail", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None
    ready = await asyncio.wait_for(process.stderr.readline(), 60)
    assert b"following" in ready, ready
    return process


async def read_lines(process: asyncio.subprocess.Process, count: int) -> list[bytes]:
    assert process.stdout is not None
    return [await asyncio.wait_for(process.stdout.readline(), 30) for _ in range(count)]


async def test_tail_prints_each_flagged_message_as_an_ascii_json_line_with_its_reference_and_verdict(
    make_session: MakeSession, redis_server: RedisServer, tmp_path: Path
) -> None:
    async with hosted(make_session, redis_server, ["before the tail"]) as (session, _host, _source):
        process = await tail_process(tmp_path, redis_server.url, "show", "--flagged", "--json")
        try:
            session.ingest(chat("hello, lovely show"))
            session.ingest(chat("\u202eevil\u202c \x1b[31mshit\x1b[0m caf\u00e9 \u0001", author="troll"))
            session.ingest(chat(LEAK))
            lines = await read_lines(process, 2)
        finally:
            process.terminate()
            await process.wait()
        for line in lines:
            assert line.endswith(b"\n") and all(32 <= b < 127 for b in line[:-1]), line  # nothing raw reaches a tty
        first, second = (json.loads(line) for line in lines)
        assert (first["ref"], second["ref"]) == (3, 4)  # the calm message is not flagged: left out
        assert first["flagged"] and first["decision"] != "pass" and "profanity" in " ".join(first["categories"])
        assert "\u202e" not in first["text"] and "\x1b" not in first["text"] and "caf\u00e9" in first["text"]
        assert second["text"] == LEAK and second["state"] == MessageState.HELD.value


async def test_observers_read_a_redacted_view_and_never_the_raw_stream(
    make_session: MakeSession, redis_server: RedisServer, redis_client: Any, policy: Policy, tmp_path: Path
) -> None:
    from castguard.integrations.team.redact import Redactor
    from castguard.integrations.team.wire import decode_snapshot, decode_update
    from castguard.session.redaction import free_text_redactor

    phone = "call me at 212-555-0147 about my chemo"
    redactor = Redactor(free_text_redactor(policy))
    async with hosted(make_session, redis_server, [phone], redactor=redactor) as (session, host, _source):
        olga = member(redis_server, policy, tmp_path, "olga", role="observer")
        ana = member(redis_server, policy, tmp_path, "ana")
        tasks = [asyncio.create_task(m.run()) for m in (olga, ana)]
        try:
            await until(lambda: olga.record(1) is not None and ana.record(1) is not None, what="both fed")
            seen = olga.record(1)
            assert "212-555-0147" not in seen.message.text and "[phone]" in seen.message.text
            assert seen.message.author.name.startswith("viewer-") and seen.message.author.id == seen.message.author.name
            assert olga.stream == Keys("show").redacted
            assert "212-555-0147" in ana.record(1).message.text  # a moderator's desk reads the raw stream
            await session.act(ActionKind.NOTE, 1, actor="host", reason="caller 212-555-0147 wants a callback")
            await until(lambda: not host.outbox, what="published")
            redacted = [decode_update(f[b"w"]) for _i, f in await redis_client.xrange(Keys("show").redacted)]
            assert not any("212-555-0147" in repr(u) for u in redacted)
            assert len(redacted) == await redis_client.xlen(Keys("show").updates)  # the same updates, redacted
            # The late joiners' snapshots: the observers' one redacted, the moderators' one whole.
            while (raw := await redis_client.get(Keys("show").redacted_snapshot)) is None:
                await asyncio.sleep(0.02)
            observed = decode_snapshot(raw)
            assert [r.seq for r in observed.records] == [1] and "212-555-0147" not in repr(observed)
            assert "[phone]" in observed.records[0].message.text
            whole = decode_snapshot(await redis_client.get(Keys("show").snapshot))
            assert "212-555-0147" in whole.records[0].message.text
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            olga.close()
            ana.close()


def test_credentials_on_the_command_line_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "status", "redis://desk:secret@127.0.0.1:6379/0", "show"]) == 2
    assert "no credentials in the URL" in capsys.readouterr().err
    assert main(["team", "status", "redis://127.0.0.1:6379/0", "bad name!"]) == 2
