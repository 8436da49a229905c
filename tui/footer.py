"""The desk's footer: its keys in the desk's own order, whatever a ``[keymap]`` rebinds, the moderation keys first."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.widgets import Footer

#: The keys a moderator needs most, shown first in this order: they stay in sight on an 80-column terminal.
FIRST_KEYS = ("desk.hide", "desk.escalate", "desk.approve", "desk.undo")


@cache
def declared_order(node_type: type[DOMNode]) -> dict[str, int]:
    """Where each binding of ``node_type`` is declared (by id, else by action), its bases' bindings first."""
    order: dict[str, int] = {}
    for cls in reversed(node_type.__mro__):
        for binding in _bindings(cls.__dict__.get("BINDINGS", ())):
            for name in (binding.id, binding.action):
                if name is not None:
                    order.setdefault(name, len(order))
    return order


def _bindings(declared: Iterable[BindingType]) -> Iterable[Binding]:
    for item in declared:
        yield item if isinstance(item, Binding) else Binding(*item)


class DeskFooter(Footer):
    """A :class:`~textual.widgets.Footer` that keeps the order the desk declares its keys in.

    Textual lists a key rebound by a keymap after all the others (a ``[keymap]`` ``"desk.hide" = "x"`` sent
    *Hide* past the right edge of an 80-column footer). This footer shows :data:`FIRST_KEYS` first, then the
    focused view's keys and the rest of the desk's, each in the order its class declares them, whatever key
    each is bound to.
    """

    def __init__(self, *, first: tuple[str, ...] = FIRST_KEYS, id: str | None = None) -> None:
        super().__init__(id=id)
        self.first = first
        """Binding ids shown before all the others, in this order."""

    def compose(self) -> ComposeResult:
        active = self.screen.active_bindings
        if any(b.binding.group is not None for b in active.values() if b.binding.show):
            # Grouped keys are laid out by Textual inside their group: left in its order (the desk has none).
            yield from super().compose()
            return
        ranks: dict[str, tuple[int, int, int]] = {}
        namespaces: dict[DOMNode, int] = {}
        for key, (namespace, binding, _enabled, _tooltip) in active.items():
            if binding.id in self.first:
                ranks[key] = (0, self.first.index(binding.id), 0)
                continue
            # The chain's order (the focused widget, its parents, the screen, the app), then the declared one.
            place = namespaces.setdefault(namespace, len(namespaces))
            declared = declared_order(type(namespace))
            position = declared.get(binding.id or "", declared.get(binding.action, len(declared)))
            ranks[key] = (1, place, position)
        keys = list(super().compose())
        last = (2, 0, 0)
        # sorted() is stable: the command palette's key (not a binding of the chain) keeps its place at the end.
        yield from sorted(keys, key=lambda widget: ranks.get(getattr(widget, "key", ""), last))
