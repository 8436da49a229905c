"""The demo broadcast shows the compliance workflows: its scripted minutes, recorded headless, then reported.

Adverse-event reports in the first and third person in English, Spanish and Russian; the second
moderator's approved replies; a free-text reply the producer approves; one blocked for echoing a phone
number; a detractor cluster the concentration names. Each must be in the recording and in the report.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from castguard.connectors.demo import DemoBroadcast
from castguard.connectors.demo_script import DETRACTORS, PRODUCER, SCRIPT_SECONDS, SECOND_MODERATOR, Cue, scenes
from castguard.integrations.democrew import DemoCrew
from castguard.session.aecases import CaseBook
from castguard.session.replies import reply_entries
from castguard.session.store import Store
from tests.conftest import MakeSession, chat
from tests.test_cli import castguard

PHONE = "555-0142"
CLUSTER = {a.id for a in DETRACTORS}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any], str]:
    """The demo's scripted minutes recorded headless on its own clock, and its report (JSON and Markdown)."""
    tmp = tmp_path_factory.mktemp("demo")
    path = tmp / "demo.db"
    done = castguard("record", "demo", "--fast", "--for", f"{SCRIPT_SECONDS:g}s", "-o", str(path), tmp=tmp)
    assert done.returncode == 0, done.stderr
    report = castguard("report", str(path), "--format", "json", tmp=tmp)
    assert report.returncode == 0, report.stderr
    md = castguard("report", str(path), "--format", "md", tmp=tmp)
    assert md.returncode == 0, md.stderr
    return path, tmp, json.loads(report.stdout), md.stdout


def test_fast_is_for_the_demo_alone_and_for_a_set_time(tmp_path: Path) -> None:
    done = castguard("record", "demo", "chat.jsonl", "--fast", "--for", "10s", tmp=tmp_path)
    assert done.returncode == 2 and "give the demo source alone" in done.stderr
    done = castguard("record", "demo", "--fast", tmp=tmp_path)
    assert done.returncode == 2 and "with --for" in done.stderr


def test_a_fast_recording_keeps_the_broadcasts_clock_for_connections_and_actions(
    recorded: tuple[Path, Path, dict[str, Any], str],
) -> None:
    path, _, report, _ = recorded
    store = Store(path, readonly=True)
    try:
        times = [r.message.received_at for r in store.messages()]
        events = {state: at for at, _, kind, state, _ in store.events() if kind == "connection"}
    finally:
        store.close()
    # The broadcast ended after its last line, not a wall-clock moment after it started.
    assert events["connected"] <= times[0] and events["ended"] >= times[-1] - 1.0
    # The policy's automatic hides took a platform round trip, not the lines read while it was on its way.
    hides = [a["seconds_to_action"] for a in report["actions"] if a["actor"] == "policy" and a["kind"] == "hide"]
    assert hides and max(hides) < 2.0


def test_record_prints_a_fast_broadcasts_events_at_its_own_time(tmp_path: Path) -> None:
    done = castguard("record", "demo", "--fast", "--for", "90s", "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "0:00:00 demo connected" in done.stderr and "0:01:29 demo ended" in done.stderr


def test_the_script_is_the_same_for_any_rate_and_seed_and_stays_within_its_minutes() -> None:
    assert [(s.at, s.text) for s in scenes(7) if s.kind != "detractor"] == [
        (s.at, s.text) for s in scenes(99) if s.kind != "detractor"
    ]
    assert scenes(7) == scenes(7) and all(s.at < SCRIPT_SECONDS for s in scenes(7))

    def first_lines(rate: float) -> list[tuple[str, str]]:
        demo = DemoBroadcast(seed=7, rate=rate)
        out: list[tuple[str, str]] = []
        for n, line in enumerate(demo.lines(), start=1):
            if (n - 1) / rate >= SCRIPT_SECONDS:
                break
            if line.scene in ("adverse_event", "privacy", "question", "praise"):
                out.append((line.scene, line.text))
        return out

    assert first_lines(4.0) == first_lines(40.0)
    kinds = [k for k, _ in first_lines(4.0)]
    assert kinds.count("adverse_event") >= 6 and "privacy" in kinds and "question" in kinds


def test_the_demo_records_adverse_events_in_three_languages_first_and_third_person(
    recorded: tuple[Path, Path, dict[str, Any], str],
) -> None:
    path, tmp, report, md = recorded
    store = Store(path, readonly=True)
    try:
        cases = {c.author_id: c for c in CaseBook(store).all()}
    finally:
        store.close()
    # First person: the reporter is the patient; third person: the relation named.
    assert cases["s-ae-en1"].elements["patient"] == "the reporter"
    assert cases["s-ae-en2"].elements["patient"] == "my dad"
    assert cases["s-ae-es1"].elements["patient"] == "the reporter"
    assert cases["s-ae-es2"].elements["patient"] == "a mi mamá"
    assert cases["s-ae-ru1"].elements["patient"] == "у мамы"
    assert cases["s-ae-ru2"].elements["patient"] == "the reporter"
    assert all(cases[a].complete for a in ("s-ae-en1", "s-ae-en2", "s-ae-es1", "s-ae-es2", "s-ae-ru1", "s-ae-ru2"))
    assert "host" not in cases  # the desk's own replies ("we have noted your report") open no case
    store = Store(path, readonly=True)
    try:
        # ... and are neither flagged nor waiting in the review queue.
        replies = [r for r in store.messages() if r.message.author.id == "host" and r.message.reply_to]
        assert replies and not [r for r in replies if r.verdict.flagged or r.verdict.categories]
    finally:
        store.close()
    # The report's section: every scripted case, the forwarded ones with who and how long it took.
    by_message = {c["message"]: c for c in report["adverse_events"]}
    for author in ("s-ae-en1", "s-ae-ru1", "s-ae-en2", "s-ae-en3"):
        entry = by_message[cases[author].message_seq]
        assert entry["status"] == "forwarded" and entry["forwarded_by"] == SECOND_MODERATOR
        assert entry["seconds_to_forward"] == pytest.approx(cases[author].time_to_forward, abs=1e-3)
        assert 0 <= entry["seconds_to_forward"] < SCRIPT_SECONDS and entry["forwarded_in_time"] is True
    assert by_message[cases["s-ae-es1"].message_seq]["status"] == "open"
    assert len(list((tmp / "data" / "outbox").glob("ae-case-*.eml"))) == 4
    assert "## Adverse events" in md and "my dad" in md and "у мамы" in md


def test_the_demo_records_approved_replies_one_approved_free_text_and_one_blocked(
    recorded: tuple[Path, Path, dict[str, Any], str],
) -> None:
    path, _, report, md = recorded
    store = Store(path, readonly=True)
    try:
        entries = reply_entries(store.actions())
    finally:
        store.close()
    sent = [e for e in entries if e.action.kind.value == "reply"]
    templates = {(e.template, e.language) for e in sent if e.template}
    assert {("side-effect", "en"), ("side-effect", "es"), ("side-effect", "ru"), ("thanks", "en")} <= templates
    assert all(e.action.actor == SECOND_MODERATOR for e in entries if e.action.kind.value != "reply_rejected")
    (free,) = [e for e in sent if not e.template]
    assert free.approved_by == PRODUCER and free.queued is not None and "slides" in free.text
    (blocked,) = [e for e in entries if e.action.kind.value == "reply_blocked"]
    assert "privacy.phone" in blocked.blocked_because and PHONE not in blocked.text
    assert all(PHONE not in e.text for e in entries)  # never sent, never stored as written

    rows = report["replies"]
    assert any(r["step"] == "sent" and r["template"] == "side-effect" and r["version"] == 1 for r in rows)
    assert any(r["step"] == "sent" and r["template"] is None and r["approved_by"] == PRODUCER for r in rows)
    assert any(r["step"] == "blocked" and "privacy.phone" in (r["blocked_because"] or "") for r in rows)
    # The template's own approver, from the policy the recording holds.
    assert any(r["template"] == "side-effect" and r["approved_by"] == "Pharmacovigilance" for r in rows)
    assert "## Replies" in md and PRODUCER.replace("_", "\\_") in md and "Pharmacovigilance" in md


def test_the_demo_detractor_cluster_drives_most_negative_messages_and_is_named(
    recorded: tuple[Path, Path, dict[str, Any], str],
) -> None:
    _, _, report, md = recorded
    pp = report["promote_or_protect"]
    top = {a["author_id"] for a in pp["concentration"]["top"]}
    assert top and top <= CLUSTER  # the top 1% of contributors are the cluster's accounts
    assert {a["author_id"] for a in pp["detractors"][: len(CLUSTER)]} == CLUSTER
    cluster_negative = sum(a["negative"] for a in pp["detractors"] if a["author_id"] in CLUSTER)
    assert cluster_negative / pp["concentration"]["negative"] > 0.5
    assert "real\\_talk\\_rita" in md  # named in the report (Markdown escapes the underscores)


async def test_the_producer_view_on_the_demo_names_the_cluster_and_offers_no_health_story(
    store: Store, tmp_path: Path
) -> None:
    from castguard.core.config import Config
    from castguard.core.policy import load_policy
    from castguard.filters.healthstory import HealthStory
    from castguard.filters.pipeline import Pipeline
    from castguard.session.audience import amplify_kind
    from castguard.session.engine import Session
    from castguard.tui.app import DeskApp
    from castguard.tui.audience import AudienceLane
    from tests.test_tui_support import TICK, screen_text, settle

    demo = DemoBroadcast(seed=7, rate=4.0, duration=SCRIPT_SECONDS, paced=False, action_latency=0.0)
    policy = load_policy()
    session = Session(store, Pipeline(policy), [demo], moderator="alex", flush_interval=0.01)
    session.clock = demo.now
    config = Config(data_dir=tmp_path / "data", alerts={"bell": False, "flash": False})
    app = DeskApp(session, config=config, clock=demo.now, role="producer", tick_interval=TICK)
    async with app.run_test(size=(160, 45)) as pilot:
        lane = app.query_one(AudienceLane)
        await settle(pilot, lambda: session.counts["messages"] >= 600, "the scripted minutes")
        await settle(pilot, lambda: {r.account.author_id for r in lane.rows if r.group == "detractors"
                                     and r.account is not None} >= CLUSTER, "the cluster named")  # fmt: skip
        top = {r.account.author_id for r in lane.rows if r.group == "top" and r.account is not None}
        assert top and top <= CLUSTER
        assert "real_talk_rita" in screen_text(app) and "of the negative" in screen_text(app)
        offered = [r.message.record.message for r in lane.rows if r.message is not None]
        assert offered, "the demo's chat has praise and good questions to amplify"
        story = HealthStory(policy)
        assert not [m.text for m in offered if story.reasons(m)]
        # The chat's own health stories ("My uncle had a pacemaker put in...") were there, and left out.
        records = [r for r in map(session.record, range(1, session.counts["messages"] + 1)) if r is not None]
        left_out = [r for r in records if amplify_kind(r) is not None and amplify_kind(r, story) is None]
        assert left_out and not {r.seq for r in left_out} & {
            m.record.seq for m in app.stats.snapshot(demo.now()).amplify
        }


async def test_the_end_of_a_recording_waits_for_the_cue_being_played(make_session: MakeSession, tmp_path: Path) -> None:
    """A cue the crew is in the middle of (a forward writing its e-mail) is finished, not cut off, at the end."""
    broadcast = DemoBroadcast(paced=False)
    session = make_session(broadcast)
    crew = DemoCrew(session, broadcast, outbox=tmp_path, think=0.0)
    broadcast.cues["demo-7-1"] = Cue(forward=True)
    played: list[int] = []
    started = asyncio.Event()

    async def slow_play(seq: int, cue: Cue) -> None:
        started.set()
        await asyncio.sleep(0.2)  # the forward's file and webhook take their time
        played.append(seq)

    crew.play = slow_play  # type: ignore[method-assign]
    record = session.ingest(chat("my mom got a rash after the vaccine", source="demo", msg_id="demo-7-1"))
    assert record is not None
    crew.on_update(record)
    runner = asyncio.create_task(crew.run())
    await started.wait()
    await crew.drain()  # the broadcast ended: the session drains its services, then cancels them
    runner.cancel()
    assert played == [session.store.last_seq]
