"""castguard scan: one verdict per input message, bad lines reported and skipped."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from castguard.policy import load_policy
from castguard.scan import scan
from connectors.jsonfeed import FieldMap
from filters.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def run_scan(text: str) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    status = scan(io.StringIO(text), out, err, Pipeline(load_policy()))
    return status, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_good_input_gives_one_verdict_per_line() -> None:
    lines = [
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
    assert "line 3: expected a JSON object, got list" in err
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
    out, err = io.StringIO(), io.StringIO()
    line = json.dumps({"payload": {"body": "my ssn is 536-22-8941"}, "uuid": "u-1", "user": {"name": "x"}})
    status = scan(io.StringIO(line), out, err, Pipeline(load_policy()), FieldMap.parse("text=payload.body,id=uuid"))
    assert status == 0, err.getvalue()
    verdict = json.loads(out.getvalue())
    assert verdict["id"] == "u-1" and "privacy.ssn" in verdict["categories"]


def test_the_cli_reads_stdin_and_sets_the_exit_status() -> None:
    good = json.dumps({"id": "1", "author": "a", "text": "hello"}) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "castguard", "scan", "-"], input=good + "oops\n", capture_output=True, text=True,
        cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert json.loads(done.stdout)["id"] == "1"
    assert "line 2: invalid JSON" in done.stderr


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
