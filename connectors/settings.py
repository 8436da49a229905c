"""Per-platform settings: the config file's ``[twitch]`` / ``[youtube]`` / ``[facebook]`` tables and the environment.

Environment variables win (``CASTGUARD_TWITCH_TOKEN`` overrides
``[twitch] token``), so a token never has to be written to a file or typed on
a command line. Values are never logged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

#: Setting names each platform understands (also the suffixes of its environment variables).
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "twitch": (
        "token",
        "client_id",
        "login",
        "irc_url",
        "api_url",
        "auth_url",
        "caps",
        "origin",
        "moderator_id",
        "broadcaster_id",
        "eventsub_url",
        "eventsub_irc",
    ),
    "youtube": ("token", "api_key", "api_url", "token_info_url", "min_poll_interval"),
    "facebook": ("token", "page_id", "graph_url", "stream_url", "comment_rate", "mode"),
    "sse": ("idle_timeout",),
}

DEFAULTS: dict[str, dict[str, str]] = {
    "twitch": {
        "irc_url": "wss://irc-ws.chat.twitch.tv:443",
        "api_url": "https://api.twitch.tv/helix",
        "auth_url": "https://id.twitch.tv/oauth2",
        "caps": "twitch.tv/tags twitch.tv/commands",
        "eventsub_url": "wss://eventsub.wss.twitch.tv/ws",
        "eventsub_irc": "on",
    },
    "youtube": {
        "api_url": "https://www.googleapis.com/youtube/v3",
        "token_info_url": "https://oauth2.googleapis.com/tokeninfo",
        "min_poll_interval": "1.0",
    },
    "facebook": {
        "graph_url": "https://graph.facebook.com/v19.0",
        "stream_url": "https://streaming-graph.facebook.com",
        "comment_rate": "one_hundred_per_second",
        "mode": "stream",
    },
}


def platform_settings(
    settings: Mapping[str, Any] | None, platform: str, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Merged settings for ``platform``: defaults, then the config table, then ``CASTGUARD_<PLATFORM>_<KEY>``."""
    environ = os.environ if environ is None else environ
    merged = dict(DEFAULTS.get(platform, {}))
    table = (settings or {}).get(platform) or {}
    if isinstance(table, Mapping):
        for key, value in table.items():
            if value is not None and value != "":
                merged[str(key)] = " ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    prefix = f"CASTGUARD_{platform.upper()}_"
    for key in KNOWN_KEYS.get(platform, ()):
        value = environ.get(prefix + key.upper())
        if value:
            merged[key] = value
    for url_key in ("irc_url", "eventsub_url", "api_url", "auth_url", "graph_url", "stream_url", "token_info_url"):
        if url_key in merged:
            merged[url_key] = merged[url_key].rstrip("/")
    if platform == "twitch" and merged.get("token"):
        merged["token"] = merged["token"].removeprefix("oauth:")
    return merged


def secrets_of(values: Mapping[str, str]) -> tuple[str, ...]:
    """The credential values in a settings dict (to redact from any text shown or logged)."""
    return tuple(v for k, v in values.items() if k in ("token", "api_key") and v)
