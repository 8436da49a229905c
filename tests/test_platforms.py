"""The platform registry: a platform registered once is opened, configured, doctored and rendered everywhere."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from castguard.connectors import ReadOnlySource, SourceError, open_source
from castguard.connectors.doctor import Check, doctor_main
from castguard.connectors.platforms import (
    GRAPH_API_EXPIRY,
    GRAPH_API_VERSION,
    Opener,
    PlatformSpec,
    config_tables,
    graph_version,
    graph_version_notice,
    register,
    specs_help,
    unregister,
)
from castguard.connectors.settings import platform_settings
from castguard.core.config import ConfigError, load_config
from castguard.core.model import (
    Author,
    ChatMessage,
    Decision,
    MessageRecord,
    MessageState,
    Verdict,
)
from castguard.tui.detail import detail_renderable
from castguard.tui.render import FULL_ROW, feed_segments


class RumbleSource(ReadOnlySource):
    """A source of the fake platform: remembers what it was opened with."""

    platform = "rumble"

    def __init__(self, channel: str, settings: Mapping[str, str]) -> None:
        self.key = f"rumble:{channel}"
        self.channel = channel
        self.settings = settings

    async def events(self) -> AsyncIterator[Any]:
        return
        yield

    async def aclose(self) -> None:
        return None


def _open_rumble(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> RumbleSource:
    return RumbleSource(spec.removeprefix("rumble:"), platform_settings(settings, "rumble"))


async def _doctor_rumble(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date) -> Check:
    check = Check("rumble")
    (check.ok if cfg.get("token") else check.problems).append(f"token {'set' if cfg.get('token') else 'missing'}")
    return check


RUMBLE = PlatformSpec(
    "rumble",
    "Rumble",
    "RU",
    "bold black on #53fc18",
    openers=(Opener("rumble:CHANNEL", _open_rumble, prefixes=("rumble:",)),),
    settings=("token", "api_url"),
    defaults={"api_url": "https://api.rumble.com/public/v1/"},
    doctor=_doctor_rumble,
)


@pytest.fixture
def rumble() -> Iterator[PlatformSpec]:
    register(RUMBLE)
    try:
        yield RUMBLE
    finally:
        unregister("rumble")


def test_a_platform_registered_once_is_opened_with_its_settings_and_the_environment(
    rumble: PlatformSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASTGUARD_RUMBLE_TOKEN", "from-the-environment")
    source = open_source("rumble:clinic", {"rumble": {"token": "from-the-file"}})
    assert isinstance(source, RumbleSource) and source.channel == "clinic"
    assert source.settings == {"api_url": "https://api.rumble.com/public/v1", "token": "from-the-environment"}
    assert "rumble:CHANNEL" in specs_help()


def test_a_registered_platform_has_a_checked_config_table(rumble: PlatformSpec, tmp_path: Path) -> None:
    assert config_tables()["rumble"] == ("token", "api_url")
    path = tmp_path / "config.toml"
    path.write_text('[rumble]\ntoken = "t"\napi_ur = "https://example.org"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, platforms=config_tables())
    assert str(caught.value) == f"{path}:3: unknown key 'api_ur' in [rumble] (did you mean api_url?)"


def test_a_registered_platform_is_doctored(rumble: PlatformSpec) -> None:
    out = io.StringIO()
    assert doctor_main({"rumble": {"token": "t"}}, out) == 0
    assert "Rumble:\n  ok       token set" in out.getvalue()
    out = io.StringIO()
    assert doctor_main({}, out) == 1
    assert "Rumble:\n  PROBLEM  token missing" in out.getvalue()


def _record(platform: str) -> MessageRecord:
    message = ChatMessage(f"{platform}:clinic", platform, "clinic", "m1", Author("u1", "Ana"), "hello", 1.0, 2.0)
    return MessageRecord(1, message, Verdict((), Decision.PASS, None, 0.0, "v1"), MessageState.VISIBLE)


def test_a_registered_platform_is_rendered_with_its_badge(rumble: PlatformSpec) -> None:
    row = feed_segments(_record("rumble"), layout=FULL_ROW)
    [badge] = [segment for segment in row if segment.text == "RU"]
    assert badge.style is not None and str(badge.style) == "bold black on #53fc18"
    head = _plain(detail_renderable(_record("rumble"), [])).splitlines()[0]
    assert head.startswith("RU #1")


def _plain(renderable: Any) -> str:
    from rich.console import Console

    console = Console(width=100, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_an_unknown_platform_still_renders_and_an_unknown_spec_names_every_known_form() -> None:
    row = feed_segments(_record("mastodon"), layout=FULL_ROW)
    assert any(segment.text == "MA" for segment in row)
    with pytest.raises(SourceError, match=r"unknown source 'rumble:clinic': expected demo, twitch:CHANNEL, .* or -$"):
        open_source("rumble:clinic")


def test_a_spec_prefix_or_name_is_registered_once(rumble: PlatformSpec) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register(RUMBLE)
    with pytest.raises(ValueError, match="'twitch:' is already taken"):
        register(
            PlatformSpec("other", "Other", "OT", openers=(Opener("twitch:X", _open_rumble, prefixes=("twitch:",)),))
        )


# -- Facebook Graph API versions ---------------------------------------------------------------------------------


def test_the_default_graph_version_is_the_newest_and_live() -> None:
    newest = max(GRAPH_API_EXPIRY, key=lambda v: tuple(int(part) for part in v[1:].split(".")))
    assert GRAPH_API_VERSION == newest
    ends = GRAPH_API_EXPIRY[GRAPH_API_VERSION]
    assert ends is None or ends > dt.date(2026, 11, 30)
    assert platform_settings({}, "facebook")["graph_url"] == f"https://graph.facebook.com/{GRAPH_API_VERSION}"


def test_the_graph_version_is_configurable() -> None:
    settings = platform_settings({"facebook": {"graph_version": "v24.0"}}, "facebook")
    assert settings["graph_url"] == "https://graph.facebook.com/v24.0" and graph_version(settings) == "v24.0"
    proxied = platform_settings({"facebook": {"graph_url": "https://proxy.example/v23.0/"}}, "facebook")
    assert graph_version(proxied) == "v23.0"


def test_doctor_warns_when_the_graph_version_ends_within_60_days_and_fails_when_it_has_ended() -> None:
    assert graph_version_notice("v20.0", dt.date(2026, 7, 25)) is None
    assert graph_version_notice("v20.0", dt.date(2026, 7, 26)) == (
        False,
        "Graph API v20.0 expires on 2026-09-24 (in 60 days): move to v26.0",
    )
    assert graph_version_notice("v19.0", dt.date(2026, 5, 21)) == (
        True,
        'Graph API v19.0 expired on 2026-05-21: set [facebook] graph_version = "v26.0"',
    )
    expired, text = graph_version_notice("v18.0", dt.date(2026, 1, 1)) or (False, "")
    assert expired and "expired before 2026-05-21" in text
    assert graph_version_notice("nineteen", dt.date(2026, 1, 1)) == (
        True,
        "Graph API version 'nineteen' is not a version (like v26.0)",
    )


def test_doctor_reports_an_expired_graph_version_as_a_problem() -> None:
    out = io.StringIO()
    settings = {"facebook": {"graph_version": "v19.0"}}
    assert doctor_main(settings, out, today=dt.date(2026, 11, 30)) == 1
    assert 'PROBLEM  Graph API v19.0 expired on 2026-05-21: set [facebook] graph_version = "v26.0"' in out.getvalue()
    out = io.StringIO()
    assert doctor_main({"facebook": {"graph_version": "v21.0"}}, out, today=dt.date(2026, 12, 1)) == 0
    assert "note     Graph API v21.0 expires on 2027-01-21 (in 51 days)" in out.getvalue()
