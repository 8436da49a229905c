"""The team desk on screen: who is on (status line) and which rows other moderators hold ("⚑ ana")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from rich.text import Text

from castguard.core.model import ActionKind
from castguard.core.text import MAX_NAME_CHARS, clean_text
from castguard.integrations.team.claims import Member, allowed
from castguard.tui.feed import FeedView


class TeamView(Protocol):
    """What the desk reads of its link to the team (:class:`castguard.integrations.team.link.TeamLink`)."""

    name: str
    role: str
    connected: bool
    detail: str
    roster: list[Member]

    @property
    def session(self) -> str: ...

    def marks(self) -> dict[int, str]: ...

    def select(self, seq: int | None) -> None: ...

    def touch(self) -> None: ...


#: What each of the desk's actions asks of the host (actions taking the kind as their parameter are not here).
_ASKS: dict[str, ActionKind] = {
    "author_all": ActionKind.HIDE, "raid": ActionKind.BAN, "escalate_note": ActionKind.ESCALATE,
    "lockdown": ActionKind.LOCKDOWN, "strike": ActionKind.TIMEOUT, "link": ActionKind.LINK,
    "everywhere": ActionKind.BAN,
}  # fmt: skip
#: Replies have their own approval rule (castguard.session.replies): only an observer's desk goes without.
_REPLIES = frozenset({"reply", "pending_replies"})
#: Actions whose first parameter is the kind (``act('hide')``, ``author('ban')``, ``escalation('resolve')``).
_KIND_PARAMETER = frozenset({"act", "author", "escalation"})


def role_allows(role: str, action: str, parameters: tuple[object, ...], *, producer_can_ban: bool) -> bool:
    """Whether a team desk of ``role`` offers the desk action ``action``: a producer's desk shows the
    producer's keys, an observer's none that act (the host refuses the others anyway)."""
    if action in _REPLIES:
        return role != "observer"
    if action in _KIND_PARAMETER and parameters:
        try:
            kind = ActionKind(str(parameters[0]))
        except ValueError:
            return True
    elif action in _ASKS:
        kind = _ASKS[action]
    else:
        return True
    return allowed(role, kind, producer_can_ban=producer_can_ban)


def team_badge(team: TeamView, now: float) -> Text:
    """The status line's team part: the session, the connection, and each desk with its role and idle time."""
    text = Text(no_wrap=True, end="")
    text.append(f" team {clean_text(team.session, 64)} ", "bold")
    if not team.connected:
        text.append(f" {clean_text(team.detail, 120)} ", "bold white on dark_orange3")
        text.append(" ")
        return text
    for member in team.roster[:8]:
        idle = member.idle(now)
        who = clean_text(member.name, MAX_NAME_CHARS)[:16]
        label = f"{who}{'★' if member.host else ''}({member.role[0]}{'' if idle < 60 else f' {idle / 60:.0f}m'})"
        text.append(label + " ", "dim" if idle >= 60 else "green")
    if len(team.roster) > 8:
        text.append(f"+{len(team.roster) - 8} ", "dim")
    return text


class MarkPainter:
    """Shows other desks' leases and claims on the rows, and takes them off when they end."""

    def __init__(self) -> None:
        self._shown: dict[int, str] = {}

    def paint(self, team: TeamView, views: Iterable[FeedView]) -> None:
        """Bring every list's marks up to date."""
        marks = team.marks()
        views = list(views)
        for seq, mark in self._shown.items():
            if marks.get(seq) != mark:
                for view in views:
                    if view.pending.get(seq) == mark:  # never clear this desk's own "hide…"
                        view.set_pending(seq, None)
        for seq, mark in marks.items():
            for view in views:
                if seq not in view.pending or view.pending[seq] == self._shown.get(seq):
                    if view.pending.get(seq) != mark:
                        view.set_pending(seq, mark)
        self._shown = marks
