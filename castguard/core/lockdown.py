"""Platform-side lockdown: which of its own controls each platform switches on when the desk locks down.

The policy's ``[lockdown]`` table lists, per platform, the controls ``L`` also applies on the platform
(lifting lockdown restores the settings that were in force before). A control is a name with an optional
duration (``slow:30s``, ``followers_only:10m``) for Twitch and the demo, or one of Facebook's
``live_comment_moderation_setting`` values (``SLOW``, ``FOLLOWER``, ...). YouTube has no API for chat modes.

:class:`PlatformLock` is what one platform did when asked; the session keeps each platform's settings from
before in the lockdown action's recorded response (:func:`format_response`, :func:`saved_settings`), so a
restarted desk can still restore them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from castguard.core.model import ActionResult


class LockdownError(ValueError):
    """A control the platform does not have, or a duration out of its range."""


@dataclass(frozen=True, slots=True)
class Control:
    """One platform control lockdown switches on (``seconds``: its duration, where it has one)."""

    name: str
    seconds: int | None = None

    def __str__(self) -> str:
        return self.name if self.seconds is None else f"{self.name}:{self.seconds}s"


@dataclass(frozen=True, slots=True)
class PlatformLock:
    """What one platform did when lockdown was switched on.

    ``before`` holds the settings it changed, as they were (JSON-able; restoring them lifts the lockdown on
    the platform); ``None`` when it changed nothing.
    """

    result: ActionResult
    says: str
    before: Mapping[str, Any] | None = None


#: Twitch controls with a duration: (least, most, default) seconds; ``chat_delay`` takes 2, 4 or 6 only.
TWITCH_TIMED = {"followers_only": (0, 90 * 86400, 0), "slow": (3, 120, 30), "chat_delay": (2, 6, 4)}
#: Twitch controls that are switched on with no value.
TWITCH_SWITCHES = ("shield_mode", "subscribers_only", "emote_only", "unique_chat")
#: Facebook's ``live_comment_moderation_setting`` values (``DEFAULT`` is what lifting with nothing set means).
FACEBOOK_MODES = (
    "FOLLOWER", "SLOW", "DISCUSSION", "RESTRICTED", "PROTECTED_MODE", "SUPPORTER", "NO_HYPERLINK", "FOLLOWED",
    "TAGGED",
)  # fmt: skip
#: The platforms the ``[lockdown]`` table may name (the demo behaves like Twitch).
PLATFORMS = ("twitch", "facebook", "demo")
#: What the shipped policy applies (and a policy without a ``[lockdown]`` table).
DEFAULT_LOCKDOWN: dict[str, tuple[str, ...]] = {
    "twitch": ("shield_mode", "followers_only:10m", "slow:30s", "chat_delay:4s"),
    "facebook": ("SLOW", "FOLLOWER"),
    "demo": ("shield_mode", "followers_only:10m", "slow:30s"),
}
#: What YouTube's source says when lockdown is switched (its API has no chat modes).
YOUTUBE_SAYS = "YouTube has no API for chat modes: lockdown holds messages on the desk only"
MAX_CONTROLS = 16

_DURATION = re.compile(r"(\d{1,7})([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    """``30s`` / ``10m`` / ``1h`` / ``2d`` / ``45`` (seconds) → seconds."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None:
        raise LockdownError(f"{text!r} is not a duration such as 30s, 10m or 1h")
    return int(match[1]) * _UNITS[match[2]]


def parse_controls(platform: str, items: Iterable[str]) -> tuple[Control, ...]:
    """Read one platform's list of controls; raises :class:`LockdownError` saying what is wrong."""
    items = list(items)
    if len(items) > MAX_CONTROLS:
        raise LockdownError(f"{platform}: at most {MAX_CONTROLS} controls")
    out: list[Control] = []
    for item in items:
        if not isinstance(item, str):
            raise LockdownError(f"{platform}: controls are strings, not {type(item).__name__}")
        control = _facebook(item) if platform == "facebook" else _twitch(platform, item)
        if any(c.name == control.name for c in out):
            raise LockdownError(f"{platform}: {control.name} is listed twice")
        out.append(control)
    return tuple(out)


def _facebook(item: str) -> Control:
    mode = item.strip().upper()
    if mode not in FACEBOOK_MODES:
        raise LockdownError(f"facebook: unknown comment mode {item[:40]!r} (known: {', '.join(FACEBOOK_MODES)})")
    return Control(mode)


def _twitch(platform: str, item: str) -> Control:
    name, _, value = item.strip().lower().partition(":")
    if name in TWITCH_SWITCHES:
        if value:
            raise LockdownError(f"{platform}: {name} takes no duration")
        return Control(name)
    if name not in TWITCH_TIMED:
        known = ", ".join((*TWITCH_SWITCHES, *TWITCH_TIMED))
        raise LockdownError(f"{platform}: unknown control {item[:40]!r} (known: {known})")
    least, most, default = TWITCH_TIMED[name]
    seconds = parse_duration(value) if value else default
    if not least <= seconds <= most or (name == "chat_delay" and seconds not in (2, 4, 6)):
        allowed = "2s, 4s or 6s" if name == "chat_delay" else f"between {least}s and {most}s"
        raise LockdownError(f"{platform}: {name} must be {allowed}, not {value}")
    if name == "followers_only" and seconds % 60:
        raise LockdownError(f"{platform}: followers_only is counted in whole minutes, not {value}")
    return Control(name, seconds)


def control_text(control: Control) -> str:
    """How the desk names a control that is on (``slow 30s``, ``followers-only 10m``, ``shield mode``)."""
    seconds = control.seconds or 0
    if control.name == "followers_only":
        return f"followers-only {seconds // 60}m" if seconds else "followers-only"
    if control.name == "slow":
        return f"slow {seconds}s"
    if control.name == "chat_delay":
        return f"chat delay {seconds}s"
    return control.name.replace("_", " ")


def parse_plan(table: Mapping[str, Any]) -> dict[str, tuple[Control, ...]]:
    """The ``[lockdown]`` table: platform → its controls (``youtube`` is refused with the reason)."""
    plan: dict[str, tuple[Control, ...]] = {}
    for platform, items in table.items():
        if platform == "youtube":
            raise LockdownError(YOUTUBE_SAYS)
        if platform not in PLATFORMS:
            raise LockdownError(f"unknown platform {platform[:40]!r} (known: {', '.join(PLATFORMS)})")
        if not isinstance(items, list):
            raise LockdownError(f"{platform} must be a list of controls")
        plan[platform] = parse_controls(platform, items)
    return plan


def default_plan() -> dict[str, tuple[Control, ...]]:
    """:data:`DEFAULT_LOCKDOWN`, parsed."""
    return {platform: parse_controls(platform, items) for platform, items in DEFAULT_LOCKDOWN.items()}


# -- the lockdown action's recorded response ------------------------------------------------------------

_SAVED = "saved: "
_RESULT_WORDS = {ActionResult.DONE: "done", ActionResult.LOCAL: "desk only", ActionResult.FAILED: "failed"}
#: Longest line a platform's outcome takes in the response (the saved settings come whole after them).
MAX_SAYS_CHARS = 160


def format_response(outcomes: Mapping[str, PlatformLock | tuple[ActionResult, str]]) -> str:
    """One line per source (``key: done|desk only|failed: what it said``), then the settings to restore."""
    lines: list[str] = []
    saved: dict[str, Any] = {}
    for key, outcome in outcomes.items():
        result, says = (outcome.result, outcome.says) if isinstance(outcome, PlatformLock) else outcome
        text = _without_own_name(key, " ".join(says.split()))
        if len(text) > MAX_SAYS_CHARS:
            text = text[: MAX_SAYS_CHARS - 1] + "…"
        lines.append(f"{key}: {_RESULT_WORDS[result]}: {text}")
        if isinstance(outcome, PlatformLock) and outcome.before is not None:
            saved[key] = dict(outcome.before)
    if saved:
        lines.append(_SAVED + json.dumps(saved, separators=(",", ":")))
    return "\n".join(lines)


def _without_own_name(key: str, says: str) -> str:
    """``says`` without the platform's name in front: the line already starts with the source's key.

    Platforms word their answers for a log line of their own ("demo: shield mode, slow 30s"); kept
    as it is, the response would read "demo: done: demo: shield mode, slow 30s".
    """
    platform = key.split(":", 1)[0]
    for prefix in (f"{key}: ", f"{platform}: "):
        if says.startswith(prefix) and len(says) > len(prefix):
            return says[len(prefix) :]
    return says


def saved_settings(response: str) -> dict[str, dict[str, Any]]:
    """The settings a lockdown-on response saved, by source key (empty when none or unreadable)."""
    for line in reversed(response.splitlines()):
        if line.startswith(_SAVED):
            try:
                value = json.loads(line[len(_SAVED) :])
            except ValueError:
                return {}
            if isinstance(value, dict):
                return {str(k): v for k, v in value.items() if isinstance(v, dict)}
            return {}
    return {}


def platform_lines(response: str) -> list[str]:
    """The per-platform lines of a lockdown response (what each platform did), for the desk to show."""
    return [line for line in response.splitlines() if line and not line.startswith(_SAVED)]
