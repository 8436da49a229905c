"""The README's key and scope lists agree with the code they describe."""

from __future__ import annotations

import re
from pathlib import Path

from castguard.connectors.twitch import LOCKDOWN_SCOPES, READ_SCOPE, SCOPES
from castguard.tui.app import DeskApp
from castguard.tui.replay import ReplayScreen

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _keys(bindings: list) -> dict[str, set[str]]:
    return {b.id: set(b.key.split(",")) for b in bindings if getattr(b, "id", None)}


def test_the_twitch_token_paragraph_names_every_scope_the_doctor_checks() -> None:
    start = README.index("Twitch without a token")
    paragraph = README[start : README.index("\n- ", start)]
    for scope in (*SCOPES.values(), *LOCKDOWN_SCOPES, READ_SCOPE):
        assert f"`{scope}`" in paragraph, scope


def test_the_replay_key_line_lists_the_replay_speed_keys() -> None:
    line = next(x for x in README.splitlines() if x.strip().startswith("keys: space pause"))
    keys = _keys(ReplayScreen.BINDINGS)
    assert "minus" in keys["replay.slower"] and "plus" in keys["replay.faster"]
    assert "- + speed" in line
    assert not re.search(r"\d/\d/\d/\d speed", line), "1-4 switch the desk's views"


def test_the_raid_key_named_in_the_raids_section_is_the_desks() -> None:
    section = README[README.index("### Raids in a busy chat") :]
    section = section[: section.index("\n#")]
    (key,) = _keys(DeskApp.BINDINGS)["desk.raid"]
    assert f"act-on-the-raid key (`{key}`)" in section
