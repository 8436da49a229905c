"""The help screen's rows and the command palette's entries, both generated from the active bindings.

Generating both from ``BINDINGS`` keeps them true to a user's keymap: a key
rebound in the config file shows under its new name everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

#: The help screen's groups, in order, by the first part of a binding's id (``desk.hide`` → Moderation).
GROUPS: dict[str, str] = {
    "desk": "Moderation",
    "inbox": "Escalation inbox",
    "queue": "Review queue",
    "replay": "Replay",
    "view": "Views",
    "feed": "Moving in a list",
    "onair": "Moving in a list",
}
#: Bindings of the desk that do not act on a message: listed apart from moderation.
DESK_TOOLS = frozenset({"desk.card", "desk.watch", "desk.search", "desk.help", "desk.quit", "follow.help",
                        "follow.quit"})  # fmt: skip


def group_of(binding_id: str) -> str:
    """The help screen's group of a castguard binding."""
    if binding_id in DESK_TOOLS:
        return "Desk"
    return GROUPS.get(binding_id.partition(".")[0], "This screen")


def _rows(screen: Screen[object]) -> dict[str, tuple[list[str], str, str, str, object]]:
    rows: dict[str, tuple[list[str], str, str, str, object]] = {}
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding = active.binding
        # castguard's own keys all have an id; Textual's built-ins (focus next, scroll left...) have none.
        if not binding.description or not binding.id:
            continue
        ident = binding.id
        keys, *_ = rows.setdefault(ident, ([], binding.description, binding.tooltip, binding.action, active.node))
        display = app.get_key_display(binding.with_key(key))
        if display not in keys:
            keys.append(display)
    return rows


def help_rows(screen: Screen[object]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The keys active on ``screen``, grouped: (group, [(keys, action, what it does)]), groups in a fixed order."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for ident, (keys, description, tooltip, _, _) in _rows(screen).items():
        groups.setdefault(group_of(ident), []).append((", ".join(keys), description, tooltip))
    order = ["Moderation", *dict.fromkeys(GROUPS.values()), "Desk", "This screen"]
    return sorted(groups.items(), key=lambda item: order.index(item[0]))


def binding_commands(app: App[Any], screen: Screen[Any]) -> Iterator[SystemCommand]:
    """A palette entry per action bound on ``screen`` (the key is named in the help line)."""
    for keys, description, tooltip, action, node in _rows(screen).values():
        help_text = f"{tooltip} — {', '.join(keys)}" if tooltip else ", ".join(keys)
        yield SystemCommand(description, help_text, partial(app.run_action, action, node))  # type: ignore[arg-type]
