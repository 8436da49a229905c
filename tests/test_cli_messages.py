"""The command line's own words: what a mistake is called, how long a run lasts, what to type next."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from castguard.core.durations import parse_duration, spoken
from castguard.session.past import AuthorPastHistory
from castguard.tui.author import past_lines
from tests.test_cli import castguard


@pytest.mark.parametrize(
    ("seconds", "text"), [(8_640_000, "100d"), (5400, "1h30m"), (90061, "1d1h1m1s"), (2.5, "2.5s"), (0, "0s")]
)
def test_a_duration_is_said_the_way_it_is_typed(seconds: float, text: str) -> None:
    assert spoken(seconds) == text
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("extra", [[], ["--fast"]])
def test_a_zero_duration_is_named_as_the_mistake(tmp_path: Path, extra: list[str]) -> None:
    done = castguard("record", "demo", *extra, "--for", "0s", "-o", str(tmp_path / "s.db"), tmp=tmp_path)
    assert done.returncode == 2
    assert "--for" in done.stderr and "no time at all" in done.stderr
    assert "demo source alone" not in done.stderr
    assert not (tmp_path / "s.db").exists()


def test_the_suggested_verify_command_can_be_pasted(tmp_path: Path) -> None:
    path = tmp_path / "odd name; rm -rf x.db"
    done = castguard("record", "demo", "--fast", "--for", "5s", "-o", str(path), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"castguard verify {shlex.quote(str(path))} --head HEAD" in done.stderr
    assert "(stops after 5s or with Ctrl-C)" in done.stderr


def test_an_author_card_on_a_fresh_data_folder_says_there_is_nothing_earlier() -> None:
    (line,) = past_lines(AuthorPastHistory(read=0))
    assert line.plain == "earlier sessions: none recorded yet"
    (line,) = past_lines(AuthorPastHistory(read=1))
    assert line.plain == "earlier sessions: not seen in the last recording"
    (line,) = past_lines(AuthorPastHistory(read=3))
    assert line.plain == "earlier sessions: not seen in the last 3 recordings"
