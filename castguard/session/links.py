"""Linked accounts: one person's accounts on several platforms, linked by a moderator from the author card.

A link is recorded as a ``link`` action on the author (its response names the other account as JSON), so a
resumed recording knows its links again. :class:`AccountLinks` keeps the groups; a ban or timeout
"everywhere" is one action on the author whose response says what each platform did, one line per account
(:func:`everywhere_response`), and a new message from any account of a banned person is ban evasion.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from castguard.core.model import ActionKind, ActionRecord, ActionResult
from castguard.core.text import MAX_ID_CHARS, MAX_NAME_CHARS, clean_id, clean_text
from castguard.session.sanctions import Sanction, Sanctions

#: Accounts one person may have linked (a ban everywhere asks each platform).
MAX_LINKED = 8
#: The reason's mark of a ban or timeout applied to every linked account in one step.
EVERYWHERE = "(everywhere)"
#: How each account's outcome is written in an everywhere action's response, and read back.
_RESULT_WORDS = {ActionResult.DONE: "done", ActionResult.LOCAL: "desk only", ActionResult.FAILED: "failed"}
_SEPARATOR = " · "


@dataclass(frozen=True, slots=True)
class Account:
    """One platform account: the source it is read from, its id and the name it was last seen with."""

    source: str
    author_id: str
    name: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.author_id)

    def describe(self) -> str:
        """``Name (id) on source``."""
        return f"{self.name or self.author_id} ({self.author_id}) on {self.source}"

    def to_json(self) -> str:
        return json.dumps({"source": self.source, "author_id": self.author_id, "name": self.name})

    @staticmethod
    def from_json(text: str) -> Account | None:
        """The account a ``link`` action's response names, or ``None`` when it does not name one."""
        try:
            value = json.loads(text)
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        source, author_id, name = value.get("source"), value.get("author_id"), value.get("name", "")
        if not isinstance(source, str) or not isinstance(author_id, str) or not source or not author_id:
            return None
        name = name if isinstance(name, str) else ""
        return Account(clean_id(source), clean_id(author_id), clean_text(name, MAX_NAME_CHARS))


class LinkError(ValueError):
    """A link that cannot be made (the same account, too many accounts)."""


class AccountLinks:
    """The session's groups of linked accounts."""

    def __init__(self) -> None:
        self._group: dict[tuple[str, str], int] = {}
        self._members: dict[int, dict[tuple[str, str], Account]] = {}
        self._next = 0

    def __len__(self) -> int:
        return len(self._group)

    def linked(self, source: str, author_id: str) -> list[Account]:
        """The other accounts linked to this one (empty when none)."""
        group = self._group.get((source, author_id))
        if group is None:
            return []
        return [a for key, a in self._members[group].items() if key != (source, author_id)]

    def check(self, one: Account, other: Account) -> None:
        """Raise :class:`LinkError` when linking ``one`` to ``other`` is not possible."""
        if one.key == other.key:
            raise LinkError("an account cannot be linked to itself")
        if len(one.author_id) > MAX_ID_CHARS or len(other.author_id) > MAX_ID_CHARS:
            raise LinkError("account id too long")
        together = {
            one.key,
            other.key,
            *(a.key for a in self.linked(*one.key)),
            *(a.key for a in self.linked(*other.key)),
        }
        if len(together) > MAX_LINKED:
            raise LinkError(f"one person may have at most {MAX_LINKED} linked accounts")

    def link(self, one: Account, other: Account) -> None:
        """Put both accounts (and whatever each was linked to) in one group."""
        self.check(one, other)
        groups = {g for g in (self._group.get(one.key), self._group.get(other.key)) if g is not None}
        target = min(groups) if groups else self._new_group()
        members = self._members[target]
        for group in groups - {target}:
            for key, account in self._members.pop(group).items():
                members[key] = account
                self._group[key] = target
        for account in (one, other):
            if account.key not in members or not members[account.key].name:
                members[account.key] = account
            self._group[account.key] = target

    def _new_group(self) -> int:
        self._next += 1
        self._members[self._next] = {}
        return self._next

    def on_action(self, action: ActionRecord, name: str = "") -> bool:
        """Follow a recorded ``link`` action; whether it linked two accounts."""
        if action.kind is not ActionKind.LINK or action.source is None or action.author_id is None:
            return False
        other = Account.from_json(action.response)
        if other is None:
            return False
        try:
            self.link(Account(action.source, action.author_id, name), other)
        except LinkError:
            return False
        return True

    def clear(self) -> None:
        """Forget every link (replay starting over)."""
        self._group.clear()
        self._members.clear()


def everywhere_response(outcomes: Iterable[tuple[Account, ActionResult, str]]) -> str:
    """What each platform did with a ban or timeout everywhere: ``source id: done: what it said · ...``."""
    parts = []
    for account, result, says in outcomes:
        said = " ".join(says.replace(_SEPARATOR, " ").split())[:120]
        parts.append(f"{account.source} {account.author_id}: {_RESULT_WORDS[result]}: {said}")
    return _SEPARATOR.join(parts)


def everywhere_accounts(response: str) -> list[tuple[str, str, ActionResult]]:
    """The accounts an everywhere action's response names, each with its outcome (as far as it can be read)."""
    words = {word: result for result, word in _RESULT_WORDS.items()}
    found: list[tuple[str, str, ActionResult]] = []
    for part in response.split(_SEPARATOR):
        head, _, rest = part.partition(": ")
        source, _, author_id = head.partition(" ")
        outcome = rest.partition(": ")[0]
        if source and author_id and outcome in words:
            found.append((source, author_id, words[outcome]))
    return found


def is_everywhere(action: ActionRecord) -> bool:
    """A ban or timeout applied to every linked account of its author in one step."""
    return action.kind in (ActionKind.BAN, ActionKind.TIMEOUT) and action.reason.endswith(EVERYWHERE)


def follow_everywhere(sanctions: Sanctions, action: ActionRecord) -> list[tuple[str, str]]:
    """The sanctions an everywhere action imposed on the linked accounts (or its undo lifted), after
    :meth:`Sanctions.on_action` followed it for its own author; the linked accounts it sanctioned.

    Each account the platform refused stays unsanctioned, its author's own included.
    """
    if action.result is ActionResult.FAILED or action.source is None or action.author_id is None:
        return []
    if action.kind is ActionKind.UNDO and action.undoes is not None:
        sanctions.lift_by(action.undoes)
        return []
    if not is_everywhere(action):
        return []
    own = (action.source, action.author_id)
    until = action.at + action.duration if action.kind is ActionKind.TIMEOUT and action.duration else None
    kind = ActionKind.TIMEOUT if until is not None else ActionKind.BAN
    sanctioned: list[tuple[str, str]] = []
    for source, author_id, result in everywhere_accounts(action.response):
        if (source, author_id) == own:
            if result is ActionResult.FAILED:
                sanctions.lift(*own)
            continue
        if result is not ActionResult.FAILED:
            sanctions.impose(source, author_id, Sanction(kind, action.at, until, action.actor, action.id))
            sanctioned.append((source, author_id))
    return sanctioned
