"""Platform-side lockdown: ``L`` also switches each platform's own controls, and lifting puts back what was there.

Twitch and Facebook are the loopback fakes speaking Helix and the Graph API; the desk test drives the demo.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from castguard.connectors.base import LockdownSource
from castguard.connectors.demo import DemoBroadcast
from castguard.connectors.facebook import FacebookSource
from castguard.connectors.twitch import TwitchSource
from castguard.connectors.youtube import YouTubeSource
from castguard.core.config import Config
from castguard.core.lockdown import (
    YOUTUBE_SAYS,
    Control,
    LockdownError,
    parse_controls,
    platform_lines,
    saved_settings,
)
from castguard.core.model import ActionKind, ActionResult
from castguard.core.policy import Policy, PolicyError, load_policy, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from castguard.tui.app import DeskApp
from tests.conftest import MakeSession
from tests.fakes.facebook import VIDEO_ID, FakeFacebook, graph_error
from tests.fakes.http import serve
from tests.fakes.twitch import FakeHelix
from tests.test_tui_support import settle

TOKEN = "tok-secret-123"
FB_TOKEN = "EAAB-page-secret"


@pytest.fixture
async def helix() -> AsyncIterator[tuple[FakeHelix, str]]:
    fake = FakeHelix(token=TOKEN)
    async with serve(fake.app) as base:
        yield fake, base


@pytest.fixture
async def facebook() -> AsyncIterator[tuple[FakeFacebook, str]]:
    fake = FakeFacebook(token=FB_TOKEN)
    async with serve(fake.app) as base:
        yield fake, base


@pytest.fixture
async def sources(
    helix: tuple[FakeHelix, str], facebook: tuple[FakeFacebook, str]
) -> AsyncIterator[tuple[TwitchSource, FacebookSource, YouTubeSource]]:
    twitch = TwitchSource(
        "clinic", {"twitch": {"token": TOKEN, "api_url": helix[1] + "/helix", "auth_url": helix[1] + "/oauth2"}}
    )
    fb = FacebookSource(VIDEO_ID, {"facebook": {"token": FB_TOKEN, "graph_url": facebook[1] + "/v26.0"}})
    youtube = YouTubeSource("live-chat-1", {"youtube": {"token": "ya29-secret"}})
    yield twitch, fb, youtube
    for source in (twitch, fb, youtube):
        await source.aclose()


def lockdown_actions(store: Store) -> list[Any]:
    return [a for a in store.actions() if a.kind is ActionKind.LOCKDOWN]


# -- the policy ----------------------------------------------------------------------------------------------


def test_the_shipped_policy_locks_twitch_facebook_and_the_demo_down() -> None:
    plan = load_policy().lockdown
    assert plan["twitch"] == (
        Control("shield_mode"),
        Control("followers_only", 600),
        Control("slow", 30),
        Control("chat_delay", 4),
    )
    assert plan["facebook"] == (Control("SLOW"), Control("FOLLOWER"))
    assert "youtube" not in plan
    assert parse_policy('name = "quiet"\n[lockdown]\ntwitch = []\n').lockdown == {"twitch": ()}


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('twitch = ["slow:5m"]', "slow must be between 3s and 120s"),
        ('twitch = ["chat_delay:3s"]', "chat_delay must be 2s, 4s or 6s"),
        ('twitch = ["followers_only:90s"]', "whole minutes"),
        ('twitch = ["shield_mode", "shield_mode"]', "listed twice"),
        ('twitch = ["raid_mode"]', "unknown control 'raid_mode'"),
        ('facebook = ["QUIET"]', "unknown comment mode 'QUIET'"),
        ('youtube = ["slow:30s"]', "YouTube has no API for chat modes"),
        ('kick = ["slow:30s"]', "unknown platform 'kick'"),
        ('twitch = "slow:30s"', "must be a list of controls"),
    ],
)
def test_a_control_the_platform_lacks_is_refused_with_its_line(line: str, says: str) -> None:
    with pytest.raises(PolicyError, match=says) as caught:
        parse_policy(f'name = "p"\n[lockdown]\n{line}\n')
    assert "<policy>:3:" in str(caught.value)


def test_durations_read_in_the_units_written() -> None:
    assert parse_controls("twitch", ["slow", "followers_only:1h", "chat_delay:6"]) == (
        Control("slow", 30),
        Control("followers_only", 3600),
        Control("chat_delay", 6),
    )
    with pytest.raises(LockdownError, match="not a duration"):
        parse_controls("demo", ["slow:soon"])


# -- the connectors against the fakes ------------------------------------------------------------------------


async def test_twitch_lock_reads_the_settings_first_and_unlock_puts_exactly_them_back(
    helix: tuple[FakeHelix, str], sources: tuple[TwitchSource, FacebookSource, YouTubeSource]
) -> None:
    fake = helix[0]
    twitch = sources[0]
    fake.chat_settings.update(slow_mode=True, slow_mode_wait_time=10, emote_mode=True)
    before = dict(fake.chat_settings)
    lock = await twitch.lock(load_policy().lockdown["twitch"])
    assert lock.result is ActionResult.DONE, lock.says
    assert lock.says == "twitch: shield mode on; followers-only 10m, slow 30s, chat delay 4s"
    assert fake.shield_active is True
    assert fake.chat_settings["follower_mode"] is True and fake.chat_settings["follower_mode_duration"] == 10
    assert fake.chat_settings["slow_mode_wait_time"] == 30
    assert fake.chat_settings["non_moderator_chat_delay_duration"] == 4
    # Read before written: the GETs come before the PUT and the PATCH.
    methods = [(c.method, c.path.removeprefix("/helix")) for c in fake.recorder.calls if c.path.startswith("/helix/")]
    assert methods.index(("GET", "/moderation/shield_mode")) < methods.index(("PUT", "/moderation/shield_mode"))
    assert methods.index(("GET", "/chat/settings")) < methods.index(("PATCH", "/chat/settings"))
    assert lock.before == {
        "shield_mode": False,
        "chat": {
            "follower_mode": False, "follower_mode_duration": None, "slow_mode": True, "slow_mode_wait_time": 10,
            "non_moderator_chat_delay": False, "non_moderator_chat_delay_duration": None,
        },
    }  # fmt: skip
    assert isinstance(twitch, LockdownSource)

    outcome = await twitch.unlock(json.loads(json.dumps(lock.before)))  # as read back from the recording
    assert outcome.result is ActionResult.DONE, outcome.response
    assert fake.shield_active is False
    assert fake.chat_settings == before  # slow 10s again, emote-only untouched, followers-only and delay off


async def test_twitch_without_a_token_holds_on_the_desk_only() -> None:
    twitch = TwitchSource("clinic", {"twitch": {}})
    lock = await twitch.lock((Control("shield_mode"),))
    assert lock.result is ActionResult.LOCAL and lock.before is None and "no token" in lock.says


async def test_twitch_refusing_one_control_keeps_the_one_it_applied(
    helix: tuple[FakeHelix, str], sources: tuple[TwitchSource, FacebookSource, YouTubeSource]
) -> None:
    fake = helix[0]
    fake.recorder.script(
        "PUT",
        "/helix/moderation/shield_mode",
        401,
        {"error": "Unauthorized", "status": 401, "message": "Missing scope"},
    )
    lock = await sources[0].lock((Control("shield_mode"), Control("slow", 30)))
    assert lock.result is ActionResult.DONE
    assert "shield mode refused: twitch 401: Missing scope" in lock.says and "slow 30s" in lock.says
    assert lock.before is not None and set(lock.before) == {"chat"}  # only what was changed is restored
    assert fake.shield_active is False and fake.chat_settings["slow_mode"] is True


async def test_facebook_adds_its_modes_and_lifting_restores_the_ones_before(
    facebook: tuple[FakeFacebook, str], sources: tuple[TwitchSource, FacebookSource, YouTubeSource]
) -> None:
    fake = facebook[0]
    fb = sources[1]
    fake.moderation = ["NO_HYPERLINK"]
    lock = await fb.lock((Control("SLOW"), Control("FOLLOWER")))
    assert lock.result is ActionResult.DONE, lock.says
    assert fake.moderation == ["NO_HYPERLINK", "SLOW", "FOLLOWER"]
    assert lock.before == {"modes": ["NO_HYPERLINK"]}
    posted = fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}")[-1]
    assert json.loads(posted.form["live_comment_moderation_setting"]) == ["NO_HYPERLINK", "SLOW", "FOLLOWER"]
    assert (await fb.unlock(lock.before)).result is ActionResult.DONE
    assert fake.moderation == ["NO_HYPERLINK"]

    fake.moderation = []  # nothing set before: lifting sets Facebook's default
    lock = await fb.lock((Control("PROTECTED_MODE"),))
    assert fake.moderation == ["PROTECTED_MODE"] and lock.before == {"modes": []}
    assert (await fb.unlock(lock.before)).result is ActionResult.DONE
    assert fake.moderation == []
    assert json.loads(fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}")[-1].form["live_comment_moderation_setting"]) == [
        "DEFAULT"
    ]


async def test_facebook_that_cannot_be_read_is_not_changed(
    facebook: tuple[FakeFacebook, str], sources: tuple[TwitchSource, FacebookSource, YouTubeSource]
) -> None:
    fake = facebook[0]
    fake.recorder.script("GET", f"/v26.0/{VIDEO_ID}", 400, graph_error(200, "Permissions error"))
    lock = await sources[1].lock((Control("SLOW"),))
    assert lock.result is ActionResult.FAILED and lock.before is None
    assert "comment modes not read" in lock.says and "Permissions error" in lock.says
    assert not fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}") and fake.moderation == []


# -- the session: one action, each platform's outcome, restored after the lift -------------------------------


async def test_lockdown_is_one_action_per_switch_and_lifting_restores_every_platform(
    helix: tuple[FakeHelix, str],
    facebook: tuple[FakeFacebook, str],
    sources: tuple[TwitchSource, FacebookSource, YouTubeSource],
    make_session: MakeSession,
    store: Store,
) -> None:
    twitch_fake, fb_fake = helix[0], facebook[0]
    twitch_fake.chat_settings.update(slow_mode=True, slow_mode_wait_time=5)
    fb_fake.moderation = ["NO_HYPERLINK"]
    session = make_session(*sources)

    on = await session.set_lockdown(True, actor="alex")
    assert on is not None and session.lockdown
    assert on.result is ActionResult.DONE and on.reason == "on"
    assert platform_lines(on.response) == [
        "twitch:clinic: done: shield mode on; followers-only 10m, slow 30s, chat delay 4s",
        f"facebook:{VIDEO_ID}: done: facebook 200: comment modes NO_HYPERLINK, SLOW, FOLLOWER",
        f"youtube:live-chat-1: desk only: {YOUTUBE_SAYS}",
    ]
    assert twitch_fake.shield_active and fb_fake.moderation == ["NO_HYPERLINK", "SLOW", "FOLLOWER"]
    assert await session.set_lockdown(True) is None  # already on: the platforms are not asked again
    assert len(twitch_fake.recorder.of("PUT", "/helix/moderation/shield_mode")) == 1

    off = await session.set_lockdown(False, actor="alex")
    assert off is not None and not session.lockdown and off.reason == "off"
    assert platform_lines(off.response) == [
        "twitch:clinic: done: chat settings restored; shield mode off",
        f"facebook:{VIDEO_ID}: done: facebook 200: comment modes restored",
    ]
    assert twitch_fake.shield_active is False
    assert twitch_fake.chat_settings["slow_mode_wait_time"] == 5 and not twitch_fake.chat_settings["follower_mode"]
    assert fb_fake.moderation == ["NO_HYPERLINK"]
    assert [a.reason for a in lockdown_actions(store)] == ["on", "off"]
    assert not store.unresolved_intents()  # each switch's intent has its outcome


async def test_each_platforms_line_names_it_once(make_session: MakeSession) -> None:
    session = make_session(DemoBroadcast(action_latency=0))
    on = await session.set_lockdown(True)
    assert on is not None
    assert platform_lines(on.response) == ["demo: done: shield mode, followers-only 10m, slow 30s"]
    off = await session.set_lockdown(False)
    assert off is not None
    assert platform_lines(off.response) == ["demo: done: chat controls restored (on now: none)"]


async def test_a_platform_that_fails_does_not_stop_the_others(
    helix: tuple[FakeHelix, str],
    facebook: tuple[FakeFacebook, str],
    sources: tuple[TwitchSource, FacebookSource, YouTubeSource],
    make_session: MakeSession,
) -> None:
    twitch_fake, fb_fake = helix[0], facebook[0]
    fb_fake.recorder.script("POST", f"/v26.0/{VIDEO_ID}", 403, graph_error(10, "Application does not have permission"))
    session = make_session(*sources)
    on = await session.set_lockdown(True)
    assert on is not None and on.result is ActionResult.DONE
    lines = platform_lines(on.response)
    assert lines[0].startswith("twitch:clinic: done:")
    assert lines[1].startswith(f"facebook:{VIDEO_ID}: failed: facebook 403: Application does not have permission")
    assert set(saved_settings(on.response)) == {"twitch:clinic"}  # nothing to restore on Facebook
    assert twitch_fake.shield_active and fb_fake.moderation == []

    off = await session.set_lockdown(False)
    assert off is not None and [line.split(":")[0] for line in platform_lines(off.response)] == ["twitch"]
    assert not fb_fake.recorder.of("POST", f"/v26.0/{VIDEO_ID}")[1:]  # Facebook not touched on the way out
    assert twitch_fake.shield_active is False


async def test_a_platform_that_raises_is_a_failed_line_and_the_desk_still_holds(
    make_session: MakeSession, store: Store
) -> None:
    class Broken(DemoBroadcast):
        key = "broken"

        async def lock(self, controls: tuple[Control, ...]) -> Any:
            raise ConnectionResetError("socket gone")

    demo = DemoBroadcast(action_latency=0)
    session = make_session(Broken(action_latency=0), demo)
    on = await session.set_lockdown(True)
    assert on is not None and session.lockdown and on.result is ActionResult.DONE
    assert "broken: failed: ConnectionResetError: socket gone" in platform_lines(on.response)
    assert demo.chat_modes == {"shield_mode": None, "followers_only": 600, "slow": 30}


async def test_every_platform_refusing_leaves_the_lockdown_on_the_desk_only(
    helix: tuple[FakeHelix, str], make_session: MakeSession
) -> None:
    twitch = TwitchSource("clinic", {"twitch": {"token": "wrong", "auth_url": helix[1] + "/oauth2"}})
    try:
        session = make_session(twitch)
        on = await session.set_lockdown(True)
        assert on is not None and on.result is ActionResult.LOCAL and session.lockdown
        assert "token invalid" in on.response and saved_settings(on.response) == {}
        assert "wrong" not in on.response  # the token never reaches the recording
    finally:
        await twitch.aclose()


async def test_a_restarted_desk_restores_what_the_lockdown_saved(
    helix: tuple[FakeHelix, str],
    sources: tuple[TwitchSource, FacebookSource, YouTubeSource],
    tmp_path: Path,
    policy: Policy,
) -> None:
    fake = helix[0]
    fake.chat_settings.update(follower_mode=True, follower_mode_duration=30)
    path = tmp_path / "show.db"
    first = Store(path)
    try:
        await Session(first, Pipeline(policy), [sources[0]], moderator="alex").set_lockdown(True)
    finally:
        first.close()
    assert fake.chat_settings["follower_mode_duration"] == 10

    again = Store(path)
    try:
        session = Session(again, Pipeline(policy), [sources[0]], moderator="alex")
        assert session.lockdown  # the recording says lockdown is on
        off = await session.set_lockdown(False)
        assert off is not None and off.result is ActionResult.DONE
    finally:
        again.close()
    assert fake.chat_settings["follower_mode"] is True and fake.chat_settings["follower_mode_duration"] == 30
    assert fake.shield_active is False


# -- the desk ------------------------------------------------------------------------------------------------


async def test_L_on_the_demo_says_what_the_platform_did_and_lifting_restores_it(store: Store, policy: Policy) -> None:
    demo = DemoBroadcast(rate=2.0, action_latency=0.01)
    demo.chat_modes["slow"] = 10  # the channel already ran slow mode before the raid
    session = Session(store, Pipeline(policy), [demo], moderator="alex", flush_interval=0.01)
    app = DeskApp(session, config=Config(data_dir=store.path.parent, alerts={"bell": False, "flash": False}))

    def said(text: str) -> bool:
        return any(text in n.message for n in app._notifications)

    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("L")
        await settle(
            pilot, lambda: said("demo: done: shield mode, followers-only 10m, slow 30s"), "the demo's lockdown"
        )
        assert app.screen.has_class("lockdown")
        assert demo.chat_modes == {"slow": 30, "shield_mode": None, "followers_only": 600}
        await pilot.press("L")
        await settle(pilot, lambda: said("demo: done: chat controls restored (on now: slow 10s)"), "the demo restored")
        assert demo.chat_modes == {"slow": 10}
        assert not app.screen.has_class("lockdown")
    assert [a.reason for a in lockdown_actions(store)] == ["on", "off"]
