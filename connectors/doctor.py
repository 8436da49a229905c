"""``castguard doctor``: are the platform credentials present, valid, and do they carry the needed scopes?

Each configured platform is checked against its own token-inspection endpoint
(base URLs configurable, like everything else). For every platform the report
lists the desk's actions one by one (:mod:`castguard.connectors.access`): which
this token can do and the scope missing for each, then the API versions in use
and, for YouTube, the quota the configured reader spends. Tokens are never printed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

import aiohttp

from castguard.connectors import access
from castguard.connectors.access import Access
from castguard.connectors.api import ApiReply, read_reply
from castguard.connectors.eventsub import plan as eventsub_plan
from castguard.connectors.facebook import SCOPES as FACEBOOK_SCOPES
from castguard.connectors.kick import SCOPES as KICK_SCOPES
from castguard.connectors.platforms import (
    GRAPH_API_EXPIRY,
    display_name,
    graph_version,
    graph_version_notice,
    platforms,
)
from castguard.connectors.quota import projected_per_hour
from castguard.connectors.runtime import redact
from castguard.connectors.settings import platform_settings, secrets_of
from castguard.connectors.twitch import LOCKDOWN_SCOPES, READ_SCOPE
from castguard.connectors.twitch import SCOPES as TWITCH_SCOPES
from castguard.connectors.youtube import QUOTA_COST
from castguard.connectors.youtube import SCOPE as YOUTUBE_SCOPE

#: The polling interval the doctor projects YouTube's quota with (seconds; YouTube asks for 2-5 s).
POLL_INTERVAL = 5.0
#: ``streamList`` calls an hour the doctor assumes (the server ends a stream now and then; each new one costs).
STREAMS_PER_HOUR = 12


@dataclass
class Check:
    """The findings for one platform."""

    platform: str
    ok: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    configured: bool = True
    """Credentials were given; without them the platform's sources are read-only or cannot be opened."""
    actions: list[Access] = field(default_factory=list)
    """Each desk action: can this token do it, and what is missing (filled once the token is read)."""
    api: list[str] = field(default_factory=list)
    """The API versions and endpoints used, and the quota (YouTube)."""


async def _get(session: aiohttp.ClientSession, url: str, **kwargs: Any) -> ApiReply:
    async with session.get(url, allow_redirects=False, **kwargs) as response:
        return await read_reply(response, 1 << 20)


async def check_twitch(session: aiohttp.ClientSession, cfg: Mapping[str, str]) -> Check:
    """Validate the Twitch token and compare its scopes with what the moderator's keys need."""
    check = Check("twitch")
    check.api.append("Helix (api.twitch.tv/helix); EventSub WebSocket for twitch+eventsub:; IRC for anonymous reading")
    check.actions = access.access(access.twitch_needs(), None)
    token = cfg.get("token")
    if not token:
        check.notes.append("no token: channels are read anonymously and actions stay on the desk")
        check.configured = False
        return check
    reply = await _get(session, cfg["auth_url"] + "/validate", headers={"Authorization": f"OAuth {token}"})
    if reply.status == 401:
        check.problems.append("token invalid or expired (validate answered 401)")
        return check
    if reply.status != 200 or not isinstance(reply.body, Mapping):
        check.problems.append(f"cannot validate the token (HTTP {reply.status})")
        return check
    body = reply.body
    check.ok.append(f"token valid for {body.get('login')} (user id {body.get('user_id')})")
    scopes = set(body.get("scopes") or [])
    check.actions = access.access(access.twitch_needs(), scopes)
    needed = {scope: kind.value for kind, scope in TWITCH_SCOPES.items()}
    for scope in sorted(set(needed) | {READ_SCOPE}):
        if scope in scopes:
            check.ok.append(f"scope {scope}")
        else:
            check.problems.append(f"missing scope {scope}")
    for scope in LOCKDOWN_SCOPES:
        if scope in scopes:
            check.ok.append(f"scope {scope} (lockdown)")
        else:
            check.notes.append(f"lockdown cannot change Twitch's own controls without scope {scope}")
    _eventsub_scopes(check, scopes)
    client_id = cfg.get("client_id")
    if client_id and body.get("client_id") and client_id != body.get("client_id"):
        check.problems.append("CASTGUARD_TWITCH_CLIENT_ID does not match the app that issued the token")
    elif not client_id:
        check.notes.append("no client id configured: the token's own client id is used")
    expires = body.get("expires_in")
    if isinstance(expires, int) and expires < 86400:
        check.notes.append(f"token expires in {expires // 3600}h {expires % 3600 // 60}m")
    return check


def _eventsub_scopes(check: Check, scopes: set[str]) -> None:
    """What ``twitch+eventsub:`` can subscribe to with these scopes, and the scope each missing event needs."""
    chosen, missing = eventsub_plan(scopes)
    if not chosen or not chosen[0].required:
        check.notes.append("EventSub (twitch+eventsub:) needs scope user:read:chat to read chat")
        return
    check.ok.append(f"EventSub (twitch+eventsub:): {len(chosen)} subscriptions: " + ", ".join(s.type for s in chosen))
    for note in missing:
        check.notes.append(f"EventSub {note}")


async def check_youtube(session: aiohttp.ClientSession, cfg: Mapping[str, str]) -> Check:
    """Inspect the Google OAuth token's scopes; project the quota the configured reader spends."""
    check = Check("youtube")
    needs = access.youtube_needs(bool(cfg.get("api_key")))
    check.actions = access.access(needs, None)
    _youtube_api(check, cfg)
    token = cfg.get("token")
    if not token:
        if cfg.get("api_key"):
            check.notes.append("API key only: chats are readable, actions stay on the desk")
        else:
            check.notes.append("no token or API key: YouTube sources cannot be opened")
        check.configured = False
        return check
    reply = await _get(session, cfg["token_info_url"], params={"access_token": token})
    if reply.status in (400, 401):
        check.problems.append("token invalid or expired")
        return check
    if reply.status != 200 or not isinstance(reply.body, Mapping):
        check.problems.append(f"cannot inspect the token (HTTP {reply.status})")
        return check
    scopes = str(reply.body.get("scope") or "").split()
    check.actions = access.access(needs, set(scopes))
    if YOUTUBE_SCOPE in scopes or "https://www.googleapis.com/auth/youtube" in scopes:
        check.ok.append("token valid with the youtube.force-ssl scope")
    else:
        check.problems.append(f"missing scope {YOUTUBE_SCOPE}")
    return check


def _youtube_api(check: Check, cfg: Mapping[str, str]) -> None:
    """The reader, its endpoint, and the quota it spends at the rates YouTube usually asks for."""
    reader = cfg.get("reader", "stream")
    try:
        daily = int(cfg.get("daily_quota") or 10_000)
    except ValueError:
        check.problems.append(f"[youtube] daily_quota {cfg.get('daily_quota', '')[:20]!r} is not a whole number")
        daily = 10_000
    polling = projected_per_hour(QUOTA_COST["list"], POLL_INTERVAL)
    streaming = QUOTA_COST["stream"] * STREAMS_PER_HOUR
    check.api.append(f"Data API v3 ({cfg.get('api_url', '')}); reader: {reader}")
    if reader == "stream":
        check.api.append(
            f"streamList over gRPC ({cfg.get('stream_url', '')}), stream_list.proto; polling is the fallback"
        )
    costs = ", ".join(f"{name} {units}" for name, units in QUOTA_COST.items())
    check.api.append(f"quota: {daily:,} units a day; units per call: {costs}")
    projected = streaming if reader == "stream" else polling
    check.api.append(
        f"quota: reading costs ~{projected:,.0f} units/h with {reader}"
        + (
            f" (about {STREAMS_PER_HOUR} streams an hour)"
            if reader == "stream"
            else f" (a call every {POLL_INTERVAL:g} s)"
        )
        + f"; polling would cost ~{polling:,.0f} units/h"
    )
    if projected * 24 > daily:
        check.notes.append(
            f"quota warning: reading alone projects ~{projected * 24:,.0f} units a day, over the daily quota of "
            f"{daily:,} (it runs out after ~{daily / projected:.1f} h of broadcast)"
        )
    elif polling * 24 > daily:
        check.notes.append(
            f"quota: if streamList falls back to polling, the daily quota of {daily:,} lasts ~{daily / polling:.1f} h"
        )


async def check_kick(session: aiohttp.ClientSession, cfg: Mapping[str, str]) -> Check:
    """Introspect the Kick token's scopes; check that Kick's webhook public key can be had."""
    check = Check("kick")
    check.actions = access.access(access.kick_needs(), None)
    listen, path = cfg.get("listen", ""), "/" + cfg.get("webhook_path", "").lstrip("/")
    check.api.append(f"public API v1 ({cfg.get('api_url', '')}); webhooks received on http://{listen}{path}")
    if cfg.get("public_key"):
        check.ok.append("webhook public key configured")
    token = cfg.get("token")
    if not token:
        check.notes.append(
            "no token: webhooks can still be read (subscribe the app on kick.com); actions stay on the desk"
        )
        check.configured = False
        return check
    reply = await _post(session, cfg["api_url"] + "/token/introspect", headers={"Authorization": f"Bearer {token}"})
    data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
    if reply.status == 401 or (isinstance(data, Mapping) and data.get("active") is False):
        check.problems.append("token invalid or expired")
        return check
    if reply.status != 200 or not isinstance(data, Mapping):
        check.problems.append(f"cannot introspect the token (HTTP {reply.status})")
        return check
    scopes = set(str(data.get("scope") or "").split())
    check.ok.append(f"token active ({data.get('token_type') or 'user'} token)")
    check.actions = access.access(access.kick_needs(), scopes)
    for scope in sorted(set(KICK_SCOPES.values())):
        if scope not in scopes:
            check.problems.append(f"missing scope {scope}")
    if not cfg.get("public_key"):
        key = await _get(session, cfg["api_url"] + "/public-key")
        data = key.body.get("data") if isinstance(key.body, Mapping) else None
        if key.status == 200 and isinstance(data, Mapping) and str(data.get("public_key", "")).startswith("-----"):
            check.ok.append("webhook public key available from Kick")
        else:
            check.problems.append(f"cannot fetch Kick's webhook public key (HTTP {key.status}): set [kick] public_key")
    return check


async def _post(session: aiohttp.ClientSession, url: str, **kwargs: Any) -> ApiReply:
    async with session.post(url, allow_redirects=False, **kwargs) as response:
        return await read_reply(response, 1 << 20)


async def check_facebook(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date | None = None) -> Check:
    """Warn about a Graph API version near or past its end, then list the page token's granted permissions."""
    check = Check("facebook")
    version = graph_version(cfg)
    check.actions = access.access(access.facebook_needs(bool(cfg.get("page_id"))), None)
    ends = GRAPH_API_EXPIRY.get(version)
    check.api.append(f"Graph API {version} " + (f"(available until {ends})" if ends else "(no end date announced)"))
    notice = graph_version_notice(version, today or dt.date.today())
    if notice is not None:
        expired, text = notice
        (check.problems if expired else check.notes).append(text)
    token = cfg.get("token")
    if not token:
        check.notes.append("no page token: Facebook sources cannot be opened")
        check.configured = False
        return check
    reply = await _get(session, cfg["graph_url"] + "/me/permissions", params={"access_token": token})
    error = reply.body.get("error") if isinstance(reply.body, Mapping) else None
    if isinstance(error, Mapping):
        code = error.get("code")
        if code == 190:
            check.problems.append("page token expired or revoked (code 190)")
        else:
            check.notes.append(f"cannot list permissions ({error.get('message')}): Facebook cannot tell")
        return check
    data = reply.body.get("data") if isinstance(reply.body, Mapping) else None
    if reply.status != 200 or not isinstance(data, list):
        check.problems.append(f"cannot list permissions (HTTP {reply.status})")
        return check
    granted = {p.get("permission") for p in data if isinstance(p, Mapping) and p.get("status") == "granted"}
    check.actions = access.access(
        access.facebook_needs(bool(cfg.get("page_id"))), {str(p) for p in granted if isinstance(p, str)}
    )
    for scope in FACEBOOK_SCOPES:
        (check.ok if scope in granted else check.problems).append(f"{'' if scope in granted else 'missing '}{scope}")
    if not cfg.get("page_id"):
        check.notes.append("no page_id: a ban blocks the author on the live video only, not from the page")
    return check


async def run_checks(settings: Mapping[str, Any] | None, today: dt.date | None = None) -> list[Check]:
    """Check every registered platform that has a check; network failures become problems, never exceptions."""
    checks = []
    today = today or dt.date.today()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
        for spec in platforms():
            if spec.doctor is None:
                continue
            cfg = platform_settings(settings, spec.name)
            try:
                check = await spec.doctor(session, cfg, today)
            except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                check = Check(
                    spec.name,
                    problems=[redact(f"cannot reach {spec.name}: {type(exc).__name__} {exc}", secrets_of(cfg))],
                )
            checks.append(check)
    return checks


def doctor_main(settings: Mapping[str, Any] | None, out: TextIO | None = None, today: dt.date | None = None) -> int:
    """Print a report of the platform credentials; 0 when nothing is wrong, 1 otherwise."""
    out = out or sys.stdout
    checks = asyncio.run(run_checks(settings, today))
    failed = False
    for check in checks:
        print(f"{display_name(check.platform)}:", file=out)
        for line in check.ok:
            print(f"  ok       {line}", file=out)
        for line in check.problems:
            print(f"  PROBLEM  {line}", file=out)
        for line in check.notes:
            print(f"  note     {line}", file=out)
        if check.actions:
            print("  actions with this token:", file=out)
            for can in check.actions:
                print(f"    {can.action:<9} {can.mark:<4} {can.detail}", file=out)
        for line in check.api:
            print(f"  api      {line}", file=out)
        failed = failed or bool(check.problems)
    print(verdict(checks), file=out)
    return 1 if failed else 0


def verdict(checks: list[Check]) -> str:
    """The last line: never "fine" about a platform whose sources the notes above say cannot be opened."""
    if any(check.problems for check in checks):
        return "some credentials need attention"
    ready = [display_name(check.platform) for check in checks if check.configured]
    missing = [display_name(check.platform) for check in checks if not check.configured]
    if not missing:
        return "credentials look fine"
    if not ready:
        return f"no platform credentials set up ({', '.join(missing)}): see the notes above for what still works"
    return f"credentials look fine for {', '.join(ready)}; not set up: {', '.join(missing)} (see the notes above)"
