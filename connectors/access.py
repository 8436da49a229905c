"""What a platform token lets the desk do: each moderator action, the scope it needs, and what is missing.

``castguard doctor`` reports, for every platform, the actions of the desk
(:data:`ACTIONS`) one by one: done on the platform with this token, not with
this token (and the scope to add), or not offered by the platform at all (and
what the desk does instead). The scope names come from each connector's own
table (``twitch.SCOPES``, ``kick.SCOPES`` ...), so a scope is named in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from castguard.connectors import kick, twitch
from castguard.connectors.facebook import SCOPES as FACEBOOK_SCOPES
from castguard.connectors.youtube import SCOPE as YOUTUBE_SCOPE
from castguard.core.lockdown import YOUTUBE_SAYS
from castguard.core.model import ActionKind

#: The desk's actions, in the order the doctor lists them.
ACTIONS = ("read", "hide", "timeout", "ban", "warn", "lockdown", "reply")
#: Google's broader scope that also covers live chat moderation.
YOUTUBE_FULL_SCOPE = "https://www.googleapis.com/auth/youtube"


@dataclass(frozen=True, slots=True)
class Need:
    """What one action needs on one platform."""

    scopes: tuple[str, ...] = ()
    """Scopes that must all be granted (or, with ``any_of``, one of them)."""
    any_of: bool = False
    how: str = ""
    """How the platform does it, when that is not obvious (``Twitch deletes: it cannot hide``)."""
    unsupported: str = ""
    """Set when the platform has no API for the action: what the desk does instead."""
    without_token: str = ""
    """Set when the action works with no token at all (anonymous IRC reading): how."""


@dataclass(frozen=True, slots=True)
class Access:
    """One line of the doctor's table: can this token do this action?"""

    action: str
    allowed: bool | None
    """True: done on the platform; False: not with this token; None: the platform does not offer it."""
    detail: str

    @property
    def mark(self) -> str:
        """``yes`` / ``NO`` / ``n/a``."""
        return "n/a" if self.allowed is None else "yes" if self.allowed else "NO"


def _shown(scopes: Iterable[str]) -> str:
    return ", ".join(s.removeprefix("https://www.googleapis.com/auth/") for s in scopes)


def _needed(need: Need, scopes: Iterable[str]) -> str:
    return " or ".join(_shown([s]) for s in scopes) if need.any_of else _shown(scopes)


def access(needs: Mapping[str, Need], granted: set[str] | None) -> list[Access]:
    """Each action's line for a token with ``granted`` scopes (``None``: no token configured)."""
    lines = []
    for action in ACTIONS:
        need = needs.get(action, Need(unsupported="not offered"))
        if need.unsupported:
            lines.append(Access(action, None, need.unsupported))
            continue
        how = f" ({need.how})" if need.how else ""
        if granted is None:
            if need.without_token:
                lines.append(Access(action, True, need.without_token))
            else:
                lines.append(Access(action, False, f"no token: needs {_needed(need, need.scopes)}{how}"))
            continue
        present = [s for s in need.scopes if s in granted]
        ok = bool(present) if need.any_of else len(present) == len(need.scopes)
        if ok:
            lines.append(Access(action, True, _shown(present or need.scopes) + how))
        else:
            joined = _needed(need, [s for s in need.scopes if s not in granted])
            fallback = f"; {need.without_token}" if need.without_token else ""
            lines.append(Access(action, False, f"missing {joined}{how}{fallback}"))
    return lines


def twitch_needs() -> dict[str, Need]:
    """Twitch: Helix scopes per action; reading works anonymously over IRC."""
    scopes = twitch.SCOPES
    warn = scopes.get(ActionKind.WARN)
    return {
        "read": Need(
            (twitch.READ_SCOPE, "user:read:chat"),
            any_of=True,
            how="IRC, or EventSub with user:read:chat",
            without_token="anonymous IRC (read-only)",
        ),
        "hide": Need((scopes[ActionKind.DELETE],), how="Twitch deletes: it cannot hide"),
        "timeout": Need((scopes[ActionKind.TIMEOUT],)),
        "ban": Need((scopes[ActionKind.BAN],)),
        "warn": Need((warn,), how="Helix warnings") if warn else Need(scopes=(scopes[ActionKind.TIMEOUT],)),
        "lockdown": Need(twitch.LOCKDOWN_SCOPES, how="Shield Mode and chat settings"),
        "reply": Need((scopes[ActionKind.REPLY],)),
    }


def youtube_needs(api_key: bool) -> dict[str, Need]:
    """YouTube: one OAuth scope for every action; an API key reads only."""
    force = Need((YOUTUBE_SCOPE, YOUTUBE_FULL_SCOPE), any_of=True)
    return {
        "read": Need((YOUTUBE_SCOPE, YOUTUBE_FULL_SCOPE), any_of=True, without_token="API key" if api_key else ""),
        "hide": Need(force.scopes, any_of=True, how="YouTube deletes: it cannot hide"),
        "timeout": force,
        "ban": force,
        "warn": Need(force.scopes, any_of=True, how="no warnings on YouTube: a timeout with the reason"),
        "lockdown": Need(unsupported=YOUTUBE_SAYS),
        "reply": force,
    }


def facebook_needs(page_id: bool) -> dict[str, Need]:
    """Facebook: the page token's permissions; a ban blocks on the live video, and from the page with its id."""
    manage, read, live = FACEBOOK_SCOPES
    where = "blocks on the live video and from the page" if page_id else "blocks on the live video only: no page_id"
    return {
        "read": Need((read,)),
        "hide": Need((manage,)),
        "timeout": Need(unsupported="Facebook has no timeouts: hide the comments, or block the author"),
        "ban": Need((manage, live), how=where),
        "warn": Need(unsupported="Facebook has no warnings: reply with a template instead"),
        "lockdown": Need((manage,), how="the live video's comment modes"),
        "reply": Need((manage,)),
    }


def kick_needs() -> dict[str, Need]:
    """Kick: the public API's scopes; the webhook receiver itself needs no token."""
    scopes = kick.SCOPES
    return {
        "read": Need(
            (kick.READ_SCOPE,),
            how="the app subscribes to chat.message.sent",
            without_token="webhooks, once the app is subscribed on kick.com",
        ),
        "hide": Need((scopes[ActionKind.DELETE],), how="Kick deletes: it cannot hide"),
        "timeout": Need((scopes[ActionKind.TIMEOUT],), how="in whole minutes, up to a week"),
        "ban": Need((scopes[ActionKind.BAN],)),
        "warn": Need((scopes[ActionKind.TIMEOUT],), how="no warnings on Kick: a timeout with the reason"),
        "lockdown": Need(unsupported=kick.KICK_SAYS),
        "reply": Need((scopes[ActionKind.REPLY],)),
    }
