"""End-to-end through the command line: record the demo, report it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def castguard(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "CASTGUARD_DATA_DIR": str(tmp / "data"), "HOME": str(tmp)}
    return subprocess.run(
        [sys.executable, "-m", "castguard", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=90
    )


def test_record_the_demo_then_report_it(tmp_path: Path) -> None:
    session = tmp_path / "s.db"
    done = castguard("record", "demo", "--for", "2s", "--rate", "60", "-o", str(session), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    report = castguard("report", str(session), "--format", "json", tmp=tmp_path)
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert data["totals"]["messages"] >= 60
    assert data["by_category"], "the demo broadcast always contains incidents"
    assert data["flagged_messages"]
    assert data["action_log_intact"] is True
    # Privacy spans are redacted in reports by default.
    assert all("555-0" not in m["text"] for m in data["flagged_messages"])

    md = castguard("report", str(session), "--format", "md", tmp=tmp_path)
    assert md.returncode == 0 and "# castguard session report" in md.stdout


def test_clear_errors_for_bad_arguments(tmp_path: Path) -> None:
    done = castguard("record", "nosuch:thing", "--for", "1s", "-o", str(tmp_path / "x.db"), tmp=tmp_path)
    assert done.returncode == 2 and "unknown source 'nosuch:thing'" in done.stderr
    done = castguard("report", str(tmp_path / "missing.db"), tmp=tmp_path)
    assert done.returncode == 2 and "no such session" in done.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[categories]\n"privacy.phone" = { severity = "loud" }\n')
    done = castguard("policy", "check", str(bad), tmp=tmp_path)
    assert done.returncode == 1 and "bad.toml:2" in done.stderr and "unknown severity" in done.stderr


def test_a_recording_is_found_by_its_name_in_the_sessions_folder(tmp_path: Path) -> None:
    assert castguard("record", "demo", "--for", "1s", "--rate", "30", tmp=tmp_path).returncode == 0
    recordings = list((tmp_path / "data").rglob("*.db"))
    assert len(recordings) == 1
    name = recordings[0].stem
    for command in (["report", name, "--format", "json"], ["verify", name], ["ae", "list", name]):
        for spelled in (name, f"{name}.db"):
            done = castguard(*[spelled if part == name else part for part in command], tmp=tmp_path)
            assert done.returncode == 0, (command, spelled, done.stderr)
    missing = castguard("report", "no-such-session", tmp=tmp_path)
    assert missing.returncode == 2 and "no-such-session" in missing.stderr
