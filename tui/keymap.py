"""The ids of every binding the desk registers: what a ``[keymap]`` in ``config.toml`` may rebind."""

from __future__ import annotations

import importlib

from textual.binding import Binding
from textual.dom import DOMNode

#: The desk's apps; importing them imports every screen and widget they show.
_APPS = ("castguard.tui.app", "castguard.tui.follow", "castguard.tui.replay")


def binding_ids() -> frozenset[str]:
    """Every binding id of the desk's apps, screens and widgets (and of Textual's own that carry one)."""
    for module in _APPS:
        importlib.import_module(module)
    ids: set[str] = set()
    pending: list[type[DOMNode]] = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return frozenset(ids)
