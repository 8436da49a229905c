"""``castguard ae``: list, edit, open, forward, acknowledge and export the adverse-event cases of a recording."""

from __future__ import annotations

import csv
import email
import io
import json
import stat
import xml.etree.ElementTree as ET
from email.policy import default as email_default
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from castguard.cli import main
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.aeforward import ForwardError, SafetySettings, forward
from castguard.session.aecases import CaseBook, CaseStatus
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.conftest import chat

KEY = "the-safety-team-sealing-key"
REPORT = "my mom got a rash after her second dose of the shingles vaccine, call me at 415-555-0199"
HOSTILE = 'I got a headache after ibuprofen </E.i.1.1a>]]><x>&amp; "=cmd|calc" \x1b[31m\u202e'


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASTGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CASTGUARD_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("CASTGUARD_AE_KEY", KEY)
    monkeypatch.setenv("USER", "pv-officer")
    return tmp_path


def recording(path: Path, *texts: str, redact: bool = True) -> Path:
    store = Store(path, redact_at_rest=redact)
    session = Session(store, Pipeline(load_policy()), moderator="alex")
    session.cases.seal_key = KEY.encode()
    for i, text in enumerate(texts):
        session.ingest(chat(text, author=f"u{i}", name=f"Viewer {i}", at=1_750_000_000.0 + i))
    store.close()
    return path


def ae(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["ae", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_day_0_the_checklist_and_the_deadline(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = recording(env / "s.db", REPORT, "the vaccine gave a fever")
    code, out, _ = ae(capsys, "list", str(path))
    assert code == 0
    assert "case #1" in out and "day 0 " in out and "overdue by" in out  # recorded long ago: past its 24 h
    assert "[x] suspect product: vaccine" in out and "[x] adverse event: rash" in out
    assert "[ ] identifiable patient: (not known yet)" in out  # case #2 names nobody


def test_edit_then_open_records_who_and_why(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = recording(env / "s.db", REPORT)
    code, out, _ = ae(capsys, "edit", str(path), "1", "--patient", "reporter's mother, 71")
    assert code == 0 and "[x] identifiable patient: reporter's mother, 71" in out
    code, out, _ = ae(capsys, "open", str(path), "1", "--reason", "safety follow-up call")
    assert code == 0 and "415-555-0199" in out and "opened by pv-officer (recorded)" in out
    store = Store(path, readonly=True)
    history = CaseBook(store).case(1).history
    assert [(e.kind, e.actor) for e in history] == [("edit", "pv-officer"), ("opened", "pv-officer")]
    assert history[1].value == "safety follow-up call" and store.check().intact
    store.close()


def test_open_without_the_key_says_so(env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any) -> None:
    path = recording(env / "s.db", REPORT)
    monkeypatch.delenv("CASTGUARD_AE_KEY")
    code, out, err = ae(capsys, "open", str(path), "1", "--reason", "check")
    assert code == 2 and "sealed" in err and "CASTGUARD_AE_KEY" in err and "415" not in out


def test_forward_writes_a_private_eml_with_the_e2b_record_then_ack(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = recording(env / "s.db", REPORT)
    outbox = env / "outbox"
    code, out, err = ae(capsys, "forward", str(path), "1", "--outbox", str(outbox))
    assert code == 0, err
    (eml,) = outbox.glob("*.eml")
    assert stat.S_IMODE(eml.stat().st_mode) == 0o600
    message = email.message_from_bytes(eml.read_bytes(), policy=email_default)
    assert "Adverse-event report US-CASTGUARD-" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "[x] suspect product: vaccine" in body and "Day 0" in body
    (attachment,) = list(message.iter_attachments())
    record = json.loads(attachment.get_content())["safetyReports"][0]
    assert record["G.k"][0]["G.k.2.2"] == "vaccine" and record["C.1.4"] == "20250615150640+0000"
    assert "415-555-0199" not in eml.read_text()  # the recording's redacted text travels; the original stays sealed

    code, _, err = ae(capsys, "forward", str(path), "1", "--outbox", str(outbox))
    assert code == 1 and "already forwarded" in err
    code, out, _ = ae(capsys, "ack", str(path), "1", "--note", "PV-0042")
    assert code == 0 and "acknowledged by pv-officer" in out
    store = Store(path, readonly=True)
    case = CaseBook(store).case(1)
    store.close()
    assert case.status is CaseStatus.ACKNOWLEDGED and case.forwarded_by == "pv-officer"


@pytest.mark.parametrize("fmt", ["json", "csv", "xml"])
def test_export_is_valid_one_case_per_report_and_duplicates_linked(
    env: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path = recording(env / "s.db", REPORT, REPORT + "!", HOSTILE, redact=False)
    out_file = env / f"cases.{fmt}"
    code, _, err = ae(capsys, "export", str(path), "--format", fmt, "-o", str(out_file))
    assert code == 0, err
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    text = out_file.read_text(encoding="utf-8")
    if fmt == "json":
        reports = json.loads(text)["safetyReports"]
        ids = [r["C.1.1"] for r in reports]
        links = [[link["C.1.10.r"] for link in r["C.1.10"]] for r in reports]
        events = [r["E.i"][0]["E.i.1.1a"] for r in reports]
        narrative = reports[2]["H.1"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        ids = [r["C.1.1"] for r in rows]
        links = [[x for x in r["C.1.10.r"].split("; ") if x] for r in rows]
        events = [r["E.i.1.1a"] for r in rows]
        narrative = rows[2]["H.1"]
    else:
        root = ET.fromstring(text.encode())  # well-formed, or this raises
        reports_x = root.findall("safetyReport")
        ids = [r.findtext("C.1.1") or "" for r in reports_x]
        links = [[e.text or "" for e in r.iter("C.1.10.r")] for r in reports_x]
        events = [r.findtext("E.i/E.i.1.1a") or "" for r in reports_x]
        narrative = reports_x[2].findtext("H.1") or ""
        assert root.find("safetyReport/G.k/G.k.2.2") is not None
    assert len(ids) == 3 and len(set(ids)) == 3  # one case per report
    assert links[1] == [ids[0]] and ids[1] in links[0]  # the duplicate and its first report point at each other
    assert links[2] == [] and events[0] == "rash"
    assert "</E.i.1.1a>]]><x>" in narrative  # hostile text survives as text, never as markup
    if fmt == "csv":
        assert '"=cmd' not in text.split("\n", 1)[1].split(",")[0]


def test_export_of_a_recording_without_cases(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = recording(env / "s.db", "hello there")
    code, out, _ = ae(capsys, "export", str(path), "--format", "xml")
    assert code == 0 and ET.fromstring(out).tag == "safetyReports"


async def safety_team(statuses: list[int]) -> tuple[TestServer, list[dict[str, Any]]]:
    received: list[dict[str, Any]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        status = statuses.pop(0) if statuses else 200
        headers = {"Location": "https://elsewhere.example/"} if 300 <= status < 400 else {}
        return web.Response(status=status, headers=headers)

    app = web.Application()
    app.router.add_post("/pv", hook)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server, received


async def test_forward_posts_the_case_to_the_safety_webhook(tmp_path: Path) -> None:
    path = recording(tmp_path / "s.db", REPORT)
    server, received = await safety_team([])
    store = Store(path)
    try:
        book = CaseBook(store)
        settings = SafetySettings(str(server.make_url("/pv")), tmp_path / "outbox")
        case, eml = await forward(book, 1, settings, actor="alex", region="US")
    finally:
        await server.close()
        store.close()
    assert case.status is CaseStatus.FORWARDED and "safety webhook" in case.forwarded_via
    assert received[0]["safetyReport"]["E.i"][0]["E.i.1.1a"] == "rash" and eml.exists()


@pytest.mark.parametrize("status", [302, 500])
async def test_a_webhook_that_redirects_or_fails_leaves_the_case_open(tmp_path: Path, status: int) -> None:
    path = recording(tmp_path / "s.db", REPORT)
    server, received = await safety_team([status])
    store = Store(path)
    try:
        book = CaseBook(store)
        settings = SafetySettings(str(server.make_url("/pv")), tmp_path / "outbox")
        with pytest.raises(ForwardError, match=f"HTTP {status}.*stays open"):
            await forward(book, 1, settings, actor="alex", region="US")
        assert book.case(1).status is CaseStatus.OPEN and len(received) == 1  # posted once, redirect not followed
    finally:
        await server.close()
        store.close()


def test_the_safety_webhook_must_be_https(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="https"):
        SafetySettings.from_config({"webhook_url": "http://pv.example.com/hook"}, default_outbox=tmp_path)
