"""castguard scan: one verdict per input message; every other line named with its number and reason."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from castguard.connectors.jsonfeed import FieldMap
from castguard.core.model import Author, ChatMessage, Finding, Verdict
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.review import scan as scan_module
from castguard.review.scan import EXIT_FAILED, EXIT_USAGE
from castguard.review.scan import main as scan_main

ROOT = Path(__file__).resolve().parents[1]


def run_scan(
    data: str | bytes, pipeline: Pipeline | None = None, fields: FieldMap | None = None
) -> tuple[int, list[dict[str, Any]], str]:
    """``castguard scan FILE`` on ``data``: the exit status, the verdicts and what went to stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chat.jsonl"
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = scan_main(str(path), pipeline or Pipeline(load_policy()), fields)
    return status, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_good_input_gives_one_verdict_per_line() -> None:
    lines: list[dict[str, Any]] = [
        {"id": "1", "author": "ann", "text": "Great stream, thanks!"},
        {"id": "2", "author": {"id": "u2", "name": "bob"}, "text": "my mom's cell is (415) 555-2671"},
    ]
    status, verdicts, err = run_scan("\n".join(json.dumps(x) for x in lines) + "\n")
    assert status == 0 and err == ""
    assert [v["id"] for v in verdicts] == ["1", "2"]
    assert verdicts[0] == {"id": "1", "categories": [], "findings": [], "decision": "pass"}
    phone = verdicts[1]["findings"][0]
    assert verdicts[1]["categories"] == ["privacy.phone"]
    assert lines[1]["text"][phone["start"] : phone["end"]] == "(415) 555-2671"
    assert verdicts[1]["decision"] == "hide"


def test_malformed_lines_are_named_and_skipped() -> None:
    text = "\n".join(
        [
            json.dumps({"id": "1", "author": "a", "text": "ok"}),
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"id": "4", "author": "a"}),
            json.dumps({"id": "5", "author": "a", "text": "still scanned"}),
        ]
    )
    status, verdicts, err = run_scan(text)
    assert status == 1
    assert [v["id"] for v in verdicts] == ["1", "5"]
    assert "line 2: invalid JSON" in err
    assert "line 3 (array item 1): expected a JSON object, got str" in err
    assert "line 4: no text field" in err


def test_chat_downloader_exports_are_understood() -> None:
    items = [
        {"message_id": "abc", "message": "email me jane.doe@gmail.com", "timestamp": 1714564800123456,
         "message_type": "text_message", "author": {"id": "UC1", "name": "Jane"}},
        {"message_type": "ban_user", "author": {"id": "UC2", "name": "x"}, "timestamp": 1714564801000000},
    ]  # fmt: skip
    status, verdicts, err = run_scan(json.dumps(items))
    assert status == 0, err
    assert [v["id"] for v in verdicts] == ["abc"]  # the ban event is not a message
    assert verdicts[0]["categories"] == ["privacy.email"]


def test_other_json_shapes_map_with_fields() -> None:
    line = json.dumps({"payload": {"body": "my ssn is 536-22-8941"}, "uuid": "u-1", "user": {"name": "x"}})
    status, verdicts, err = run_scan(line, fields=FieldMap.parse("text=payload.body,id=uuid"))
    assert status == 0, err
    assert verdicts[0]["id"] == "u-1" and "privacy.ssn" in verdicts[0]["categories"]


def test_the_cli_reads_stdin_and_sets_the_exit_status() -> None:
    good = json.dumps({"id": "1", "author": "a", "text": "hello"}) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "castguard", "scan", "-"], input=good + "oops\n", capture_output=True, text=True,
        cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert json.loads(done.stdout)["id"] == "1"
    assert "line 2: invalid JSON" in done.stderr


def test_a_scan_does_not_load_the_live_session_engine() -> None:
    """Scan starts up without the desk's engine (its imports cost a tenth of a scan's start-up), and still
    stores each message's display-safe text (control characters out, the original kept as ``raw``)."""
    code = (
        "import io, sys\n"
        "from castguard.review.scan import entries\n"
        "from castguard.review.jsoninput import read_json\n"
        'data = b\'{"id": "1", "author": "a", "text": "hi\\\\u0007 there"}\\n\'\n'
        "[[(_, m)]] = entries(read_json(io.BytesIO(data)), None)\n"
        "assert (m.text, m.raw) == ('hi there', 'hi\\x07 there'), (m.text, m.raw)\n"
        "assert 'castguard.session.engine' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr


def ok(i: int, text: str = "hello") -> str:
    return json.dumps({"id": f"ok{i}", "author": "a", "text": f"{text} {i}"})


HOSTILE_LINES = [
    (b"\xff\xfe not UTF-8", "invalid UTF-8"),
    (b'{"id": "x", "author": "a", "text": "n", "n": ' + b"9" * 4301 + b"}", "number too long"),
    (b'{"id": "x", "author": "a", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b'{"id": "x", "text": "half a line', "invalid JSON"),
]


@pytest.mark.parametrize(("bad", "reason"), HOSTILE_LINES, ids=["utf8", "digits", "nesting", "cut"])
def test_a_bad_line_is_named_and_everything_after_it_is_judged(bad: bytes, reason: str) -> None:
    data = b"\n".join([ok(1).encode(), bad, ok(3).encode(), ok(4).encode()])
    status, verdicts, err = run_scan(data)
    assert status == 1
    assert [v["id"] for v in verdicts] == ["ok1", "ok3", "ok4"]
    assert "line 2: " in err and reason in err


def test_a_lone_surrogate_in_an_id_still_gets_its_verdict() -> None:
    line = '{"id": "\\ud800", "author": "a", "text": "my ssn is 536-22-8941"}\n' + ok(2) + "\n"
    command = [sys.executable, "-m", "castguard", "scan", "-"]
    done = subprocess.run(command, input=line.encode(), capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(x) for x in done.stdout.decode("utf-8").splitlines())
    # Ids are cleaned where messages are built: the lone surrogate is kept as a visible escape.
    assert first["id"] == "\\ud800" and "privacy.ssn" in first["categories"]
    assert second["id"] == "ok2"


def test_a_first_line_starting_with_a_bracket_does_not_swallow_the_file() -> None:
    for first in ('["a", "list"]', "[not json at all", '[{"id": "a1", "author": "a", "text": "in an array"}'):
        status, verdicts, err = run_scan("\n".join([first, ok(2), ok(3)]) + "\n")
        assert [v["id"] for v in verdicts if v["id"].startswith("ok")] == ["ok2", "ok3"], (first, err)
        assert status == 1 and "line 1" in err


@pytest.mark.parametrize("data", ["", "\n\n  \n", "[]"])
def test_an_input_without_messages_scanned_nothing(data: str) -> None:
    status, verdicts, err = run_scan(data)
    assert status == EXIT_USAGE and verdicts == []
    assert err == "nothing scanned: the input holds no messages\n"


def test_a_file_that_is_not_json_is_refused_in_one_line() -> None:
    csv = "time,author,text\n" + "".join(f"12:{n:02d},viewer{n},hello there\n" for n in range(60))
    for data in (csv, "just one line of notes\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8):
        status, verdicts, err = run_scan(data)
        assert status == EXIT_USAGE and verdicts == []
        assert len(err.splitlines()) == 1 and "not JSON lines or a JSON array" in err and "line 1" in err, err


def test_a_few_bad_lines_before_good_ones_are_named_one_by_one() -> None:
    status, verdicts, err = run_scan("\n".join(["oops", "# comment", ok(3), "oops again", ok(5)]) + "\n")
    assert [v["id"] for v in verdicts] == ["ok3", "ok5"]
    assert status == 1 and "line 1" in err and "line 2" in err and "line 4" in err


def test_pretty_printed_and_one_line_arrays_are_read_item_by_item() -> None:
    items = [{"id": f"m{i}", "author": "a", "text": f"msg {i}, with ] and {{ inside"} for i in range(5)]
    items[2] = {"id": "m2", "author": "a"}  # no text: named, and the array goes on
    for text in (json.dumps(items, indent=2), json.dumps(items)):
        status, verdicts, err = run_scan(text)
        assert [v["id"] for v in verdicts] == ["m0", "m1", "m3", "m4"]
        assert status == 1 and "(array item 3): no text field" in err


def test_a_message_type_never_hides_text_from_the_scan() -> None:
    lines = [
        {"message_type": "text_message", "id": "t1", "author": "x", "text": "my ssn is 536-22-8941"},
        {"message_type": "ban_user", "message": "call 415-555-2671", "author": {"id": "UC1", "name": "x"}},
        {"message_type": "placeholder", "timestamp": 1},
    ]
    status, verdicts, err = run_scan("\n".join(json.dumps(x) for x in lines))
    assert status == 0, err
    assert [v["categories"] for v in verdicts] == [["privacy.ssn"], ["privacy.phone"]]
    assert "line 3: not a chat message (placeholder)" in err  # no text anywhere: named, not silently dropped


def test_an_overlong_line_is_skipped_while_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    with path.open("wb") as handle:  # a 64 MB first line, then two ordinary ones
        for _ in range(64):
            handle.write(b"x" * (1 << 20))
        handle.write(("\n" + ok(2) + "\n" + ok(3) + "\n").encode())
    out, err = io.StringIO(), io.StringIO()
    tracemalloc.start()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = scan_main(str(path), Pipeline(load_policy()))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == 1 and "line 1: longer than" in err.getvalue()
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == ["ok2", "ok3"]
    assert peak < 16 << 20  # a 200 MB line cost 464 MB when it was read whole


class BreaksOn:
    """A pipeline that fails (a castguard bug, not bad input) on one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.real = Pipeline(load_policy())

    def evaluate(self, message: ChatMessage) -> Verdict:
        if message.text == self.text:
            raise KeyError("a bug")
        return self.real.evaluate(message)


def test_castguard_failing_on_a_line_names_it_goes_on_and_exits_3() -> None:
    status, verdicts, err = run_scan(
        "\n".join([ok(1), ok(2, "boom"), "{bad json", ok(4)]),
        BreaksOn("boom 2"),  # type: ignore[arg-type]
    )
    assert status == EXIT_FAILED == 3  # distinct from 1, "some input was bad"
    assert [v["id"] for v in verdicts] == ["ok1", "ok4"]
    assert "line 2: castguard failed on this line" in err and "line 3: invalid JSON" in err


def test_a_closed_output_stops_the_scan_with_its_own_status(monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((ok(1) + "\n").encode())))
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    assert scan_main("-", Pipeline(load_policy())) == EXIT_FAILED
    assert "cannot write the verdicts: Broken pipe" in errors.getvalue()
    assert not sys.stdin.buffer.closed  # standard input is not the scan's to close


def test_the_exit_statuses_are_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "castguard", "scan", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0
    for status in ("0  every input line", "1  some input lines", "2  nothing was scanned", "3  castguard failed"):
        assert status in done.stdout


def test_an_empty_or_blank_text_gets_a_clean_verdict() -> None:
    lines = [
        {"id": "1", "author": "a", "text": ""},
        {"id": "2", "author": "a", "text": "   \t "},
        {"id": "3", "author": "a", "message": ""},
    ]
    status, verdicts, err = run_scan("\n".join(json.dumps(x) for x in lines) + "\n")
    assert status == 0 and err == ""
    clean = {"categories": [], "findings": [], "decision": "pass"}
    assert verdicts == [{"id": str(i), **clean} for i in (1, 2, 3)]


# -- batches, workers and the broadcast's clock ---------------------------------------------------


def mixed_file() -> bytes:
    """Ordinary chat, flagged lines, a copy-paste raid, a spammer, bad lines, an array and a non-chat item."""
    lines = []
    for i in range(400):
        text = ["great stream thanks doc", "my ssn is 536-22-8941", "I will kill you", "FREE V-BUCKS AT bit.ly/x"][
            i % 4
        ]
        lines.append(json.dumps({"id": f"c{i}", "author": f"u{i % 37}", "text": f"{text} {i}", "timestamp": i}))
        if i % 50 == 7:
            lines.append("{broken json")
        if i % 90 == 3:
            lines.append(json.dumps([{"id": f"a{i}", "author": "arr", "text": "in an array é"}, "not an object"]))
    for i in range(40):  # the same words from many accounts within seconds: a raid
        raid = {"id": f"r{i}", "author": f"raider{i}", "text": "this channel is a scam go to evil dot com"}
        lines.append(json.dumps({**raid, "timestamp": 400 + i / 10}))
    for i in range(10):  # one account posting the same text again and again
        lines.append(
            json.dumps({"id": f"s{i}", "author": "spammer", "text": "buy my course now please", "timestamp": 405 + i})
        )
    lines.append(json.dumps({"message_type": "placeholder", "timestamp": 1}))
    return ("\n".join(lines) + "\n").encode("utf-8") + b"\xff not UTF-8\n"


def scan_bytes(data: bytes, pipeline: Pipeline, jobs: int = 1) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = scan_module.scan(io.BytesIO(data), out, err, pipeline, jobs=jobs)
    return status, out.getvalue(), err.getvalue()


def test_batches_and_workers_write_exactly_what_one_message_at_a_time_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = mixed_file()
    batched = scan_bytes(data, Pipeline(load_policy()))
    workers = scan_bytes(data, Pipeline(load_policy()), jobs=2)
    monkeypatch.setattr(scan_module, "BATCH", 1)  # one message per evaluate call: the reference
    single = scan_bytes(data, Pipeline(load_policy()))
    assert batched == single == workers
    status, out, err = single
    assert (
        status == 1
        and "line 10: invalid JSON" in err
        and "invalid UTF-8" in err
        and "not a chat message (placeholder)" in err
    )
    categories = {c for line in out.splitlines() for c in json.loads(line)["categories"]}
    assert {"crowd.raid", "spam.repeat", "privacy.ssn", "risk.threat"} <= categories  # the stream filters had work


class Explodes:
    """A per-message filter with a bug: it fails on one text."""

    name = "explodes"

    def __init__(self, policy: object) -> None:
        pass

    def scan(self, message: ChatMessage) -> list[Finding]:
        if "boom" in message.text:
            raise KeyError("a bug")
        return []


def test_a_worker_failing_on_a_line_names_it_and_exits_3_like_one_process() -> None:
    from castguard.filters import default_factories

    data = "\n".join([ok(1), ok(2, "boom"), "{bad json", ok(4)]).encode()
    factories = [Explodes, *default_factories()]
    results = [scan_bytes(data, Pipeline(load_policy(), factories), jobs=jobs) for jobs in (1, 2)]
    assert results[0] == results[1]
    status, out, err = results[0]
    assert status == EXIT_FAILED
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["ok1", "ok4"]
    assert "line 2: castguard failed on this line (KeyError)" in err and "line 3: invalid JSON" in err


def test_the_verdicts_follow_the_broadcasts_clock_not_the_reading_speed() -> None:
    def copies(step: float) -> bytes:
        lines = [json.dumps({"id": f"r{i}", "author": f"viewer{i}", "text": "everyone go report this channel now",
                             "timestamp": 1_700_000_000 + i * step}) for i in range(12)]  # fmt: skip
        return ("\n".join(lines) + "\n").encode()

    _, burst, _ = scan_bytes(copies(0.5), Pipeline(load_policy()))
    _, spread, _ = scan_bytes(copies(600.0), Pipeline(load_policy()))  # ten minutes apart: a habit, not a raid
    assert "crowd.raid" in burst
    assert "crowd.raid" not in spread


def test_the_verdict_line_is_what_json_dumps_writes() -> None:
    pipeline = Pipeline(load_policy())
    texts = ["hello", "my ssn is 536-22-8941 and call 415-555-2671", 'fuck "quotes" \\ é ☃ \u2028', "I will kill you"]
    for i, text in enumerate(texts):
        for message_id in (f"id-{i}", 'é"\\\u0001', "\ud800"):
            message = ChatMessage("scan", "jsonl", "", message_id, Author("a", "a"), text, 0.0, 0.0)
            verdict = pipeline.evaluate(message)
            expected = json.dumps(scan_module.verdict_json(message, verdict), ensure_ascii=False)
            if message_id == "\ud800":
                expected = json.dumps(scan_module.verdict_json(message, verdict), ensure_ascii=True)
            assert scan_module.verdict_line(message, verdict) == expected


def test_verdict_lines_stay_exact_for_every_finding_whatever_was_written_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The JSON around each kind of finding is remembered (a few kinds, written over and over); the memory is
    # bounded and what it holds never leaks into another finding's offsets, rule or category.
    from castguard.core.model import Decision, Severity

    monkeypatch.setattr(scan_module, "_FINDING_JSON_KEPT", 3)
    message = ChatMessage("scan", "jsonl", "", "m1", Author("a", "a"), "some text", 0.0, 0.0)
    for i in range(12):
        findings = tuple(
            Finding(
                f"risk.cat{(i + k) % 5}",
                Severity(k % 3 + 1),
                i + k,
                i + k + 4,
                f'rule.{i % 4}"' + ("\u00e9" if i == 11 else ""),
            )
            for k in range(3)
        )
        verdict = Verdict(findings, Decision.FLAG if i % 2 else Decision.HIDE, Severity.WARN)
        expected = json.dumps(scan_module.verdict_json(message, verdict), ensure_ascii=False)
        assert scan_module.verdict_line(message, verdict) == expected
        assert len(scan_module._FINDING_JSON) <= 3


def test_jobs_on_the_command_line() -> None:
    good = "".join(ok(i) + "\n" for i in range(300))
    command = [sys.executable, "-m", "castguard", "scan", "-"]
    one = subprocess.run([*command, "--jobs", "1"], input=good + "oops\n", capture_output=True, text=True, cwd=ROOT,
                         timeout=60)  # fmt: skip
    every = subprocess.run([*command, "--jobs", "0"], input=good + "oops\n", capture_output=True, text=True, cwd=ROOT,
                           timeout=60)  # fmt: skip
    assert one.returncode == every.returncode == 1
    assert one.stdout == every.stdout and one.stderr == every.stderr
    assert len(one.stdout.splitlines()) == 300
    wrong = subprocess.run([*command, "--jobs", "-1"], input=good, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert wrong.returncode == 2 and "--jobs" in wrong.stderr
