"""``castguard doctor`` checks against the fake platforms' token-inspection endpoints."""

from __future__ import annotations

import datetime as dt
import io

import aiohttp
import pytest

from castguard.connectors.doctor import Check, check_facebook, check_twitch, doctor_main, run_checks, verdict
from tests.fakes.facebook import FakeFacebook
from tests.fakes.http import serve
from tests.fakes.twitch import FakeHelix
from tests.fakes.youtube import FakeYouTube


async def test_valid_credentials_with_every_scope() -> None:
    helix, youtube, facebook = FakeHelix(), FakeYouTube(), FakeFacebook()
    async with serve(helix.app) as tw, serve(youtube.app) as yt, serve(facebook.app) as fb:
        settings = {
            "twitch": {"token": helix.token, "client_id": helix.client_id, "auth_url": tw + "/oauth2"},
            "youtube": {"token": youtube.token, "token_info_url": yt + "/tokeninfo"},
            "facebook": {"token": facebook.token, "graph_url": fb + "/v26.0", "page_id": "1"},
        }
        checks = await run_checks(settings)
    assert [c.problems for c in checks] == [[], [], [], []]
    assert "token valid for moddy (user id 9001)" in checks[0].ok
    assert "scope moderator:manage:banned_users" in checks[0].ok


async def test_missing_scopes_and_bad_tokens_are_problems() -> None:
    helix = FakeHelix(scopes=("chat:read",))
    youtube, facebook = FakeYouTube(), FakeFacebook()
    async with serve(helix.app) as tw, serve(youtube.app) as yt, serve(facebook.app) as fb:
        settings = {
            "twitch": {"token": helix.token, "client_id": "some-other-app", "auth_url": tw + "/oauth2"},
            "youtube": {"token": "expired-token", "token_info_url": yt + "/tokeninfo"},
            "facebook": {"token": "revoked-token", "graph_url": fb + "/v26.0"},
        }
        checks = await run_checks(settings)
    twitch, yt_check, fb_check, _kick = checks
    assert "missing scope moderator:manage:chat_messages" in twitch.problems
    assert "lockdown cannot change Twitch's own controls without scope moderator:manage:shield_mode" in twitch.notes
    assert "lockdown cannot change Twitch's own controls without scope moderator:manage:chat_settings" in twitch.notes
    assert any("does not match" in p for p in twitch.problems)
    assert yt_check.problems == ["token invalid or expired"]
    assert fb_check.problems == ["page token expired or revoked (code 190)"]
    text = repr(checks)
    assert helix.token not in text and "expired-token" not in text and "revoked-token" not in text


async def test_unreachable_platform_is_a_problem_not_a_crash() -> None:
    checks = await run_checks({"twitch": {"token": "secret-token-1", "auth_url": "http://127.0.0.1:9/oauth2"}})
    assert checks[0].problems and "cannot reach twitch" in checks[0].problems[0]
    assert "secret-token-1" not in checks[0].problems[0]


def test_no_credentials_means_read_only_and_exit_zero() -> None:
    out = io.StringIO()
    assert doctor_main({}, out) == 0
    text = out.getvalue()
    assert "read anonymously" in text and "YouTube sources cannot be opened" in text
    assert "look fine" not in text  # the summary does not contradict the notes above it
    assert text.splitlines()[-1].startswith("no platform credentials set up (")


def test_the_summary_names_what_is_set_up_and_what_is_not() -> None:
    configured = Check("twitch", ok=["token valid"])
    bare = Check("youtube", notes=["no token or API key: YouTube sources cannot be opened"], configured=False)
    assert verdict([configured]) == "credentials look fine"
    assert verdict([configured, bare]) == "credentials look fine for Twitch; not set up: YouTube (see the notes above)"
    assert verdict([configured, bare, Check("facebook", problems=["page token expired"])]).startswith("some")


async def test_doctor_lists_eventsub_subscriptions_and_the_scope_each_missing_one_needs() -> None:
    helix = FakeHelix(scopes=("user:read:chat", "moderator:manage:automod"))
    async with serve(helix.app) as tw, aiohttp.ClientSession() as session:
        check = await check_twitch(session, {"token": helix.token, "auth_url": tw + "/oauth2"})
    [ok] = [line for line in check.ok if line.startswith("EventSub")]
    assert "channel.chat.message" in ok and "automod.message.hold" in ok
    assert (
        "EventSub channel.moderate: missing scope moderator:read:blocked_terms or moderator:manage:blocked_terms,"
        in (" ".join(check.notes))
    )
    assert (
        "EventSub channel.shield_mode.begin: missing scope moderator:read:shield_mode or moderator:manage:shield_mode"
        in (check.notes)
    )


async def test_doctor_lists_each_action_with_the_scope_it_misses() -> None:
    helix = FakeHelix(scopes=("chat:read", "moderator:manage:banned_users", "moderator:manage:shield_mode"))
    async with serve(helix.app) as tw, aiohttp.ClientSession() as session:
        check = await check_twitch(session, {"token": helix.token, "auth_url": tw + "/oauth2"})
    lines = {a.action: (a.mark, a.detail) for a in check.actions}
    assert [a.action for a in check.actions] == ["read", "hide", "timeout", "ban", "warn", "lockdown", "reply"]
    assert lines["read"][0] == "yes" and lines["timeout"] == ("yes", "moderator:manage:banned_users")
    assert lines["hide"] == ("NO", "missing moderator:manage:chat_messages (Twitch deletes: it cannot hide)")
    assert lines["lockdown"] == ("NO", "missing moderator:manage:chat_settings (Shield Mode and chat settings)")
    assert lines["reply"] == ("NO", "missing user:write:chat")


@pytest.mark.parametrize("page_id", ["552524000000001", ""])
async def test_doctor_says_what_a_facebook_ban_needs_and_where_it_blocks(page_id: str) -> None:
    facebook = FakeFacebook()
    facebook.permissions.remove("publish_video")
    async with serve(facebook.app) as fb, aiohttp.ClientSession() as session:
        cfg = {"token": facebook.token, "graph_url": fb + "/v26.0", "page_id": page_id}
        check = await check_facebook(session, cfg, dt.date(2026, 11, 30))
        facebook.permissions.append("publish_video")
        granted = await check_facebook(session, cfg, dt.date(2026, 11, 30))
    lines = {a.action: (a.mark, a.detail) for a in check.actions}
    where = "blocks on the live video and from the page" if page_id else "blocks on the live video only: no page_id"
    assert lines["ban"] == ("NO", f"missing publish_video ({where})")
    assert "missing publish_video" in check.problems
    assert {a.action: a.mark for a in granted.actions}["ban"] == "yes" and granted.problems == []
    # The default Graph version is live: no expiry warning with the shipped settings (protocols notes, 2026).
    assert check.api == ["Graph API v26.0 (no end date announced)"]


def test_the_report_prints_actions_api_versions_and_a_quota_warning_for_polling() -> None:
    out = io.StringIO()
    doctor_main({"youtube": {"api_key": "AIza-key", "reader": "poll", "daily_quota": "10000"}}, out)
    text = out.getvalue()
    youtube = text[text.index("YouTube:") : text.index("Facebook:")]
    assert "    read      yes  API key\n" in youtube
    assert (
        "    hide      NO   no token: needs youtube.force-ssl or youtube (YouTube deletes: it cannot hide)\n" in youtube
    )
    assert "    lockdown  n/a  YouTube has no API for chat modes" in youtube
    assert "  api      Data API v3 (https://www.googleapis.com/youtube/v3); reader: poll\n" in youtube
    assert "quota warning: reading alone projects ~86,400 units a day, over the daily quota of 10,000" in youtube
    assert "Graph API v26.0" in text and "Kick:" in text


def test_streaming_keeps_within_the_quota_and_says_what_the_fallback_would_cost() -> None:
    out = io.StringIO()
    doctor_main({"youtube": {"api_key": "AIza-key"}}, out)
    text = out.getvalue()
    assert "quota warning" not in text
    assert "reading costs ~60 units/h with stream" in text
    assert "if streamList falls back to polling, the daily quota of 10,000 lasts ~2.8 h" in text
