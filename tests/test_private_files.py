"""Files castguard writes that hold personal data or credentials are private to their owner."""

from __future__ import annotations

import argparse
import logging
import stat
from dataclasses import replace
from pathlib import Path

from castguard import cli
from castguard.core.config import Config
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.conftest import chat
from tests.recordings import make_recording
from tests.test_cli import castguard


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_desk_log_is_owner_only_even_when_it_was_not(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    config = Config(data_dir=tmp_path / "data")
    old = tmp_path / "old"
    (old / "castguard.log").parent.mkdir()
    (old / "castguard.log").write_text("an earlier run\n")
    (old / "castguard.log").chmod(0o644)
    try:
        for data_dir in (config.data_dir, old):  # a first run, and a log an older castguard left readable
            cli._desk_logging(argparse.Namespace(verbose=False), replace(config, data_dir=data_dir))
            logging.getLogger("castguard").warning("author Jane_Smith_RN: platform said no")
            for handler in list(root.handlers):
                root.removeHandler(handler)
                handler.close()
            log = data_dir / "castguard.log"
            assert mode(log) == 0o600 and "Jane_Smith_RN" in log.read_text()
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
    assert "an earlier run" in (old / "castguard.log").read_text()  # kept, only made private


async def test_a_report_replaces_a_readable_file_with_an_owner_only_one(tmp_path: Path) -> None:
    session = tmp_path / "s.db"
    await make_recording(session)
    for name in ("report.html", "export.csv", "fresh.md"):
        out = tmp_path / name
        if name != "fresh.md":
            out.write_text("last week's report")
            out.chmod(0o644)
        done = castguard("report", str(session), "--unredacted", "-o", str(out), tmp=tmp_path)
        assert done.returncode == 0, done.stderr
        assert mode(out) == 0o600, name
        assert "last week's report" not in out.read_text() and "415-555-0132" in out.read_text()
    assert not list(tmp_path.glob(".*.part"))  # nothing left half-written beside them


def test_a_readable_config_holding_credentials_is_warned_about(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('moderator = "kim"\n[webhook]\nurl = "https://hooks.example.org/services/SECRET"\n')
    config.chmod(0o644)
    done = castguard("--config", str(config), "sessions", tmp=tmp_path)
    assert done.returncode == 0
    assert "holds credentials and can be read by other users" in done.stderr and "chmod 600" in done.stderr
    assert "SECRET" not in done.stderr
    done = castguard("--config", str(config), "doctor", tmp=tmp_path)
    assert done.returncode == 1 and "PROBLEM" in done.stdout and "can be read by other users" in done.stdout

    config.chmod(0o600)
    done = castguard("--config", str(config), "sessions", tmp=tmp_path)
    assert "can be read by other users" not in done.stderr
    # Readable by others but holding nothing secret: no warning.
    harmless = tmp_path / "harmless.toml"
    harmless.write_text('moderator = "kim"\n[keymap]\n"desk.hide" = "x"\n')
    harmless.chmod(0o644)
    done = castguard("--config", str(harmless), "sessions", tmp=tmp_path)
    assert "can be read by other users" not in done.stderr


def test_redact_at_rest_keeps_no_display_names(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    store = Store(path, redact_at_rest=True)
    session = Session(store, Pipeline(load_policy()), moderator="kim", auto_actions=False)
    message = chat("does anyone else get dizzy on this?", author="u-1001", name="Jane_Smith_RN")
    extra = {"login": "janesmithrn", "reply_to_name": "Bob_Jones_MD", "color": "#FF0000"}
    first = session.ingest(replace(message, extra=extra))
    second = session.ingest(chat("thanks", author="u-1001", name="Jane_Smith_RN"))
    other = session.ingest(chat("hello", author="u-2002", name="Someone_Else"))
    assert first and second and other
    assert first.message.author.name == "Jane_Smith_RN"  # the live desk still shows who wrote it
    store.close()

    raw = b"".join(p.read_bytes() for p in tmp_path.glob("private.db*"))
    for name in (b"Jane_Smith_RN", b"janesmithrn", b"Bob_Jones_MD", b"Someone_Else"):
        assert name not in raw, name
    reopened = Store(path, readonly=True)
    names = [r.message.author.name for r in reopened.messages()]
    assert names[0] == names[1] != names[2] and all(n.startswith("viewer-") for n in names)
    assert next(reopened.messages()).message.extra == {"color": "#FF0000"}
    assert reopened.check().intact
    reopened.close()
