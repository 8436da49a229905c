"""config.toml is checked against one schema: a typo or a wrong type is one line naming the file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from castguard.cli import main
from castguard.connectors.platforms import config_tables
from castguard.core.config import ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path, platforms=config_tables())
    return str(caught.value)


def test_a_misspelt_setting_in_a_platform_table_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[twitch]\nclient_id = "abc"\ntokn = "secret"\n')
    assert error_of(path) == f"{path}:3: unknown key 'tokn' in [twitch] (did you mean token?)"


def test_a_misspelt_table_is_an_error_at_its_header(tmp_path: Path) -> None:
    path = write(tmp_path, 'moderator = "alex"\n\n[twich]\ntoken = "secret"\n')
    assert error_of(path) == f"{path}:3: unknown key 'twich' (did you mean twitch?)"
    path = write(tmp_path, 'moderator = "alex"\nyoutub.token = "secret"\n')
    assert error_of(path) == f"{path}:2: unknown key 'youtub' (did you mean youtube?)"


def test_a_value_of_the_wrong_type_is_an_error_that_does_not_repeat_the_value(tmp_path: Path) -> None:
    path = write(tmp_path, '[alerts]\nbell = "no"\n')
    assert error_of(path) == f"{path}:2: [alerts] bell must be true or false, not a string"
    path = write(tmp_path, '[webhook]\nurl = "https://hooks.example/secret"\nretries = 2.5\n')
    assert error_of(path) == f"{path}:3: [webhook] retries must be a whole number, not a number"
    path = write(tmp_path, "[facebook]\ntoken = 12345678901234\npage_id = { id = 1 }\n")
    assert error_of(path) == (
        f"{path}:3: [facebook] page_id must be a string, a number, true/false or a list of strings, not a table"
    )
    path = write(tmp_path, 'moderator = ["a"]\n')
    assert error_of(path) == f"{path}:1: moderator must be a string, not a list"
    path = write(tmp_path, 'keymap = "x"\n')
    assert error_of(path) == f"{path}:1: [keymap] must be a table, not a string"


def test_unknown_keys_of_the_fixed_sections_are_errors(tmp_path: Path) -> None:
    path = write(tmp_path, '[adverse_events]\noutbox = "/tmp/out"\nwebhook = "https://x.example"\n')
    assert error_of(path) == f"{path}:3: unknown key 'webhook' in [adverse_events] (did you mean webhook_url?)"


def test_a_valid_config_loads_as_before(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'moderator = "alex"\n[keymap]\n"desk.hide" = "x"\n[alerts]\nbell = false\n'
        '[twitch]\ntoken = "t"\ncaps = ["twitch.tv/tags"]\n[youtube]\nmin_poll_interval = 2\n'
        "[sse]\nidle_timeout = 30\n",
    )
    config = load_config(path, platforms=config_tables())
    assert config.moderator == "alex" and config.keymap == {"desk.hide": "x"} and config.alerts == {"bell": False}
    assert config.platforms == {
        "twitch": {"token": "t", "caps": ["twitch.tv/tags"]},
        "youtube": {"min_poll_interval": 2},
        "sse": {"idle_timeout": 30},
    }


def test_every_command_reports_a_config_error_as_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[youtube]\napi_key = "k"\npoll = 3\n')
    for command in (["doctor"], ["sessions"], ["policy", "check", str(tmp_path / "none.toml")]):
        assert main(["--config", str(path), *command]) == 2
        err = capsys.readouterr().err
        assert err == f"castguard: {path}:3: unknown key 'poll' in [youtube] (known: api_key, api_url, " \
                      "daily_quota, min_poll_interval, reader, stream_failures, stream_url, token, " \
                      "token_info_url)\n"  # fmt: skip


def test_a_keymap_id_no_binding_has_is_an_error_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, '[keymap]\n"desk.hide" = "x"\n"desk.hid" = "y"\n')
    assert main(["--config", str(path), "doctor"]) == 2
    assert (
        capsys.readouterr().err
        == f"castguard: {path}:3: [keymap] unknown binding id 'desk.hid' (did you mean desk.hide?)\n"
    )
    path = write(tmp_path, '[keymap]\n"zzz" = "y"\n')
    assert main(["--config", str(path), "demo"]) == 2
    assert capsys.readouterr().err == (
        f"castguard: {path}:2: [keymap] unknown binding id 'zzz' (the help screen, ?, lists every id)\n"
    )
