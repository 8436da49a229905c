"""Per-platform settings: the config file's ``[twitch]`` / ``[youtube]`` / ``[facebook]`` tables and the environment.

Which settings each platform has, and their defaults, come from its
:class:`~castguard.connectors.platforms.PlatformSpec`. Environment variables win
(``CASTGUARD_TWITCH_TOKEN`` overrides ``[twitch] token``), so a token never has
to be written to a file or typed on a command line. Values are never logged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from castguard.connectors.platforms import platform as platform_spec


def platform_settings(
    settings: Mapping[str, Any] | None, platform: str, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Merged settings for ``platform``: defaults, then the config table, then ``CASTGUARD_<PLATFORM>_<KEY>``."""
    environ = os.environ if environ is None else environ
    spec = platform_spec(platform)
    merged = dict(spec.defaults) if spec is not None else {}
    table = (settings or {}).get(platform) or {}
    if isinstance(table, Mapping):
        for key, value in table.items():
            if value is not None and value != "":
                merged[str(key)] = " ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    prefix = f"CASTGUARD_{platform.upper()}_"
    for key in spec.settings if spec is not None else ():
        value = environ.get(prefix + key.upper())
        if value:
            merged[key] = value
    if spec is not None and spec.normalize is not None:
        spec.normalize(merged)
    for key in merged:
        if key.endswith("_url"):
            merged[key] = merged[key].rstrip("/")
    return merged


def secrets_of(values: Mapping[str, str]) -> tuple[str, ...]:
    """The credential values in a settings dict (to redact from any text shown or logged)."""
    return tuple(v for k, v in values.items() if k in ("token", "api_key") and v)
