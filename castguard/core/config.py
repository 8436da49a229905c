"""User configuration: one TOML file under the XDG config dir, loaded once and passed down.

Credentials live here or in environment variables, never on the command line,
and are never written to recordings or logs.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path

APP = "castguard"

#: Config tables that are not platforms.
_SECTIONS = frozenset({"keymap", "alerts", "webhook", "verify", "adverse_events"})
#: Setting names that hold a secret (a token, a key, a password), in any table.
_SECRET_WORDS = ("token", "secret", "password", "key")
#: Shortest accepted head-signing key.
MIN_HEAD_KEY = 16


class ConfigError(ValueError):
    """The configuration file cannot be used."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for a castguard run."""

    data_dir: Path
    """Where recordings go by default (``$XDG_DATA_HOME/castguard/sessions``)."""
    moderator: str = ""
    """Name recorded as the actor of this desk's actions (default: the login name)."""
    policy: Path | None = None
    """Policy file used when ``--policy`` is not given (default: the shipped healthcare policy)."""
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id → keys, overriding the desk's defaults (``hide = "x"``)."""
    platforms: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per-platform settings (``[twitch]``, ``[youtube]``, ``[facebook]``): tokens, ids, base URLs."""
    alerts: dict[str, Any] = field(default_factory=dict)
    """Alert settings (``bell``, ``flash``)."""
    webhook: dict[str, Any] = field(default_factory=dict)
    """Escalation webhook (``url``, ``redact``)."""
    head_key: bytes | None = None
    """Key that signs a recording's head (HMAC-SHA256): ``CASTGUARD_HEAD_KEY`` or ``[verify] head_key``."""
    ae_key: bytes | None = None
    """Key that seals adverse-event originals under redact-at-rest: ``CASTGUARD_AE_KEY`` or
    ``[adverse_events] seal_key``."""
    safety: dict[str, Any] = field(default_factory=dict)
    """The safety team's intake (``[adverse_events]``: ``webhook_url``, ``outbox`` for .eml files)."""
    path: Path | None = None
    """The config file read (``None`` when there was none)."""
    warnings: tuple[str, ...] = ()
    """Problems worth saying at startup (a file holding credentials that others can read)."""

    @property
    def sessions_dir(self) -> Path:
        """Folder of recordings."""
        return self.data_dir / "sessions"


def default_config_path() -> Path:
    """``$CASTGUARD_CONFIG`` or ``$XDG_CONFIG_HOME/castguard/config.toml``."""
    env = os.environ.get("CASTGUARD_CONFIG")
    return Path(env) if env else user_config_path(APP) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file (a missing file means defaults)."""
    path = path or default_config_path()
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    data_dir = Path(os.environ.get("CASTGUARD_DATA_DIR") or data.get("data_dir") or user_data_path(APP))
    platforms = {k: v for k, v in data.items() if isinstance(v, dict) and k not in _SECTIONS}
    policy = data.get("policy")
    verify = data.get("verify", {})
    key = os.environ.get("CASTGUARD_HEAD_KEY") or (verify.get("head_key") if isinstance(verify, dict) else None)
    if key is not None and len(str(key)) < MIN_HEAD_KEY:
        raise ConfigError(f"the head-signing key must be at least {MIN_HEAD_KEY} characters long")
    safety = data.get("adverse_events", {})
    if not isinstance(safety, dict):
        raise ConfigError(f"{path}: [adverse_events] must be a table")
    ae_key = os.environ.get("CASTGUARD_AE_KEY") or safety.get("seal_key")
    if ae_key is not None and len(str(ae_key)) < MIN_HEAD_KEY:
        raise ConfigError(f"the adverse-event sealing key must be at least {MIN_HEAD_KEY} characters long")
    warnings = []
    if data and _holds_credentials(data) and _readable_by_others(path):
        warnings.append(f"{path} holds credentials and can be read by other users: make it private (chmod 600 {path})")
    return Config(
        data_dir=data_dir.expanduser(),
        moderator=str(data.get("moderator") or os.environ.get("USER") or "moderator"),
        policy=Path(policy).expanduser() if policy else None,
        keymap={str(k): str(v) for k, v in data.get("keymap", {}).items()},
        platforms=platforms,
        alerts=dict(data.get("alerts", {})),
        webhook=dict(data.get("webhook", {})),
        head_key=str(key).encode() if key else None,
        ae_key=str(ae_key).encode() if ae_key else None,
        safety={k: v for k, v in safety.items() if k != "seal_key"},
        path=path if data else None,
        warnings=tuple(warnings),
    )


def _holds_credentials(data: dict[str, Any]) -> bool:
    """True when the config holds a token, key, password or webhook URL (a webhook URL is its own secret)."""
    if isinstance(data.get("webhook"), dict) and data["webhook"].get("url"):
        return True
    if isinstance(data.get("adverse_events"), dict) and data["adverse_events"].get("webhook_url"):
        return True
    for name, table in data.items():
        if not isinstance(table, dict) or name == "keymap":
            continue
        for key, value in table.items():
            if value and any(word in str(key).lower() for word in _SECRET_WORDS):
                return True
    return False


def _readable_by_others(path: Path) -> bool:
    """True when the group or other users may read ``path``."""
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False
