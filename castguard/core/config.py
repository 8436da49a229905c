"""User configuration: one TOML file under the XDG config dir, loaded once and passed down.

Credentials live here or in environment variables, never on the command line,
and are never written to recordings or logs.
"""

from __future__ import annotations

import difflib
import os
import stat
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path

from castguard.core.tomlsource import Locator

APP = "castguard"

#: Setting names that hold a secret (a token, a key, a password), in any table.
_SECRET_WORDS = ("token", "secret", "password", "key")
#: Shortest accepted head-signing key.
MIN_HEAD_KEY = 16


class MapOf:
    """A table whose keys are free (``[keymap]``: binding id → keys), each value of one type."""

    __slots__ = ("value",)

    def __init__(self, value: type) -> None:
        self.value = value


#: A platform setting: a string, a number, true/false or a list of strings (``caps = ["a", "b"]``).
PLATFORM_VALUE = (str, int, float, bool, list)

#: The config file's schema, in one place: each key's type, or a table's own schema. The platform tables
#: (``[twitch]``, ``[youtube]``, ``[sse]`` ...) come from the platform registry, which the caller passes to
#: :func:`load_config`: the ground floor does not know the connectors.
SCHEMA: dict[str, Any] = {
    "data_dir": str,
    "moderator": str,
    "policy": str,
    "keymap": MapOf(str),
    "alerts": {"bell": bool, "flash": bool},
    "webhook": {"url": str, "redact": bool, "retries": int},
    "verify": {"head_key": str},
    "adverse_events": {"webhook_url": str, "outbox": str, "seal_key": str},
    "team": {"username": str, "password": str, "ca_file": str},
    "web": {"token": str, "tls_cert": str, "tls_key": str},
}

_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    list: "a list",
    dict: "a table",
}


class ConfigError(ValueError):
    """The configuration file cannot be used."""


#: The environment variables that carry the team desk's Redis credentials, by their ``[team]`` key: they override
#: the config file, and the browser desk hands them to its tabs' processes this way (never on a command line).
REDIS_CREDENTIAL_ENV = {
    "username": "CASTGUARD_REDIS_USERNAME",
    "password": "CASTGUARD_REDIS_PASSWORD",
    "ca_file": "CASTGUARD_REDIS_CA",
}


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
    team: dict[str, Any] = field(default_factory=dict)
    """The team desk's Redis credentials (``[team]``: ``username``, ``password``, ``ca_file`` for rediss://);
    ``CASTGUARD_REDIS_USERNAME`` / ``CASTGUARD_REDIS_PASSWORD`` / ``CASTGUARD_REDIS_CA`` override them."""
    web: dict[str, Any] = field(default_factory=dict)
    """The browser desk (``[web]``: ``token``, ``tls_cert``, ``tls_key``); ``CASTGUARD_WEB_TOKEN`` overrides the
    token."""
    path: Path | None = None
    """The config file read (``None`` when there was none)."""
    warnings: tuple[str, ...] = ()
    """Problems worth saying at startup (a file holding credentials that others can read)."""
    locator: Locator | None = field(default=None, repr=False, compare=False)
    """Where each key sits in the file, for errors found after loading (:meth:`check_keymap`)."""

    @property
    def sessions_dir(self) -> Path:
        """Folder of recordings."""
        return self.data_dir / "sessions"

    def where(self, table: str, key: str | None = None) -> str:
        """``file:line`` of ``key`` in ``table`` (the file alone when the line is unknown)."""
        origin = str(self.path or default_config_path())
        return self.locator.where(origin, table, key) if self.locator is not None else origin

    def check_keymap(self, known: Collection[str]) -> None:
        """Raise :class:`ConfigError` for a ``[keymap]`` id that no binding of the desk has (a typo binds nothing)."""
        for binding in self.keymap:
            if binding not in known:
                raise ConfigError(
                    f"{self.where('keymap', binding)}: [keymap] unknown binding id {binding[:40]!r} "
                    f"{_hint(binding, known, '(the help screen, ?, lists every id)')}"
                )


def default_config_path() -> Path:
    """``$CASTGUARD_CONFIG`` or ``$XDG_CONFIG_HOME/castguard/config.toml``."""
    env = os.environ.get("CASTGUARD_CONFIG")
    return Path(env) if env else user_config_path(APP) / "config.toml"


def load_config(path: Path | None = None, platforms: Mapping[str, Collection[str]] | None = None) -> Config:
    """Read and validate the config file (a missing file means defaults).

    ``platforms`` maps each platform table to the setting names it accepts (the platform registry's
    :func:`castguard.connectors.platforms.config_tables`); with ``None`` any other table is taken as a
    platform's, unchecked. Unknown keys and values of the wrong type raise :class:`ConfigError` naming the
    file, the line and the key.
    """
    path = path or default_config_path()
    data: dict[str, Any] = {}
    where = Locator("")
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
        where = Locator(text)
    _validate(data, platforms, lambda table, key: where.where(str(path), table, key))
    data_dir = Path(os.environ.get("CASTGUARD_DATA_DIR") or data.get("data_dir") or user_data_path(APP))
    platform_tables = {k: v for k, v in data.items() if isinstance(v, dict) and k not in SCHEMA}
    policy = data.get("policy")
    verify = data.get("verify", {})
    key = os.environ.get("CASTGUARD_HEAD_KEY") or verify.get("head_key")
    if key is not None and len(str(key)) < MIN_HEAD_KEY:
        raise ConfigError(f"the head-signing key must be at least {MIN_HEAD_KEY} characters long")
    safety = data.get("adverse_events", {})
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
        keymap=dict(data.get("keymap", {})),
        platforms=platform_tables,
        alerts=dict(data.get("alerts", {})),
        webhook=dict(data.get("webhook", {})),
        head_key=str(key).encode() if key else None,
        ae_key=str(ae_key).encode() if ae_key else None,
        safety={k: v for k, v in safety.items() if k != "seal_key"},
        team=dict(data.get("team", {})),
        web=dict(data.get("web", {})),
        path=path if data else None,
        warnings=tuple(warnings),
        locator=where,
    )


def _validate(
    data: dict[str, Any], platforms: Mapping[str, Collection[str]] | None, where: Callable[[str, str | None], str]
) -> None:
    """Check ``data`` against :data:`SCHEMA` and the platform tables; raise the first problem with its line."""
    for name, value in data.items():
        spec = SCHEMA.get(name)
        if spec is None and isinstance(value, dict) and (platforms is None or name in platforms):
            known = platforms.get(name) if platforms is not None else None
            for key, setting in value.items():
                if known is not None and key not in known:
                    raise ConfigError(f"{where(name, key)}: unknown key {key[:40]!r} in [{name}] {_hint(key, known)}")
                _check_value(setting, PLATFORM_VALUE, f"[{name}] {key[:40]}", where(name, key))
        elif spec is None:
            tables = sorted(set(SCHEMA) | set(platforms or ()))
            raise ConfigError(f"{where('', name)}: unknown key {name[:40]!r} {_hint(name, tables)}")
        elif isinstance(spec, MapOf):
            _check_value(value, dict, f"[{name}]", where("", name))
            for key, setting in value.items():
                _check_value(setting, spec.value, f"[{name}] {key[:40]}", where(name, key))
        elif isinstance(spec, dict):
            _check_value(value, dict, f"[{name}]", where("", name))
            for key, setting in value.items():
                if key not in spec:
                    raise ConfigError(f"{where(name, key)}: unknown key {key[:40]!r} in [{name}] {_hint(key, spec)}")
                _check_value(setting, spec[key], f"[{name}] {key[:40]}", where(name, key))
        else:
            _check_value(value, spec, name, where("", name))


def _check_value(value: Any, wanted: type | tuple[type, ...], what: str, at: str) -> None:
    """Raise when ``value`` is not of ``wanted``; the message says the type, never the value (it may be a secret)."""
    kinds = wanted if isinstance(wanted, tuple) else (wanted,)
    if isinstance(value, bool):
        ok = bool in kinds
    elif isinstance(value, int):
        ok = int in kinds or float in kinds
    elif isinstance(value, list):
        ok = list in kinds and all(isinstance(item, str) for item in value)
    else:
        ok = isinstance(value, kinds)
    if not ok:
        shown = [k for k in kinds if not (k is int and float in kinds)]
        words = [_TYPE_NAMES[k] if len(shown) == 1 else _TYPE_NAMES[k].replace(" or ", "/") for k in shown]
        words = [w.replace("a list", "a list of strings") for w in words]
        names = ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]
        got = "a list holding more than strings" if isinstance(value, list) and list in kinds else None
        got = got or _TYPE_NAMES.get(type(value))
        raise ConfigError(f"{at}: {what} must be {names}, not {got or type(value).__name__}")


def _hint(name: str, known: Collection[str], otherwise: str = "") -> str:
    """``(did you mean token?)`` for a near miss, else ``otherwise`` or the list of known names."""
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"(did you mean {close[0]}?)" if close else otherwise or f"(known: {', '.join(sorted(known))})"


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
