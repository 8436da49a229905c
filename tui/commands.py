"""The help screen's rows and the command palette's entries, both generated from the active bindings.

Generating both from ``BINDINGS`` keeps them true to a user's keymap: a key
rebound in the config file shows under its new name everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.app import App, SystemCommand
from textual.screen import Screen


def _rows(screen: Screen[object]) -> dict[str, tuple[list[str], str, str, str, object]]:
    rows: dict[str, tuple[list[str], str, str, str, object]] = {}
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description:
            continue
        ident = binding.id or f"{id(active.node)}:{binding.action}"
        keys, *_ = rows.setdefault(ident, ([], binding.description, binding.tooltip, binding.action, active.node))
        display = app.get_key_display(binding.with_key(key))
        if display not in keys:
            keys.append(display)
    return rows


def help_rows(screen: Screen[object]) -> list[tuple[str, str, str]]:
    """(keys, action, what it does) for every binding active on ``screen``."""
    return [(", ".join(keys), description, tooltip) for keys, description, tooltip, _, _ in _rows(screen).values()]


def binding_commands(app: App[object], screen: Screen[object]) -> Iterator[SystemCommand]:
    """A palette entry per action bound on ``screen`` (the key is named in the help line)."""
    for keys, description, tooltip, action, node in _rows(screen).values():
        help_text = f"{tooltip} — {', '.join(keys)}" if tooltip else ", ".join(keys)
        yield SystemCommand(description, help_text, partial(app.run_action, action, node))  # type: ignore[arg-type]
