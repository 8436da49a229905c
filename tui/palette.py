"""The desk's colours, read from the app's theme (light or dark, and whatever the command palette switches to).

Every mark, badge and highlight the desk draws from records (rows, detail panes, the producer's figures) is a
*role* here (``critical``, ``held``, ``alert``...). Each role is a Textual component class styled with the
theme's variables (``$text-error``, ``$warning``, ``$success``...), so a theme switch re-colours it; a widget
that draws records is :class:`Themed` and reads its :attr:`Themed.palette`. Styles that carry no colour
(``bold``, ``dim``, ``italic``, ``reverse``) stay as they are: they read on every theme.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from rich.style import Style
from textual.widget import Widget

#: Each role's look, in Textual CSS over the theme's variables (the component class is ``palette--ROLE``).
ROLES: dict[str, str] = {
    "critical": "color: $text-error; text-style: bold;",
    "warn": "color: $text-warning; text-style: bold;",
    "info": "color: $text-secondary;",
    "span_critical": "background: $error-muted; color: $foreground; text-style: bold;",
    "span_warn": "background: $warning-muted; color: $foreground; text-style: bold;",
    "span_info": "color: $text-secondary; text-style: underline;",
    "held": "color: $text-accent; text-style: bold;",
    "approved": "color: $text-success;",
    "hidden": "color: $text-error; text-style: bold;",
    "removed": "color: $text-error;",
    "escalated": "color: $text-accent; text-style: bold;",
    "sanction": "color: $text-error; text-style: bold;",
    "pending": "color: $text-warning; text-style: italic;",
    "good": "color: $text-success;",
    "bad": "color: $text-error; text-style: bold;",
    "caution": "color: $text-warning;",
    "accent": "color: $text-accent; text-style: bold;",
    "name": "color: $text-primary; text-style: bold;",
    "alert": "background: $error; color: $foreground; text-style: bold;",
    "queue_pending": "background: $warning-muted; color: $foreground; text-style: bold;",
    "queue_done": "color: $text-success; text-style: dim;",
    "esc_open": "background: $accent-muted; color: $foreground; text-style: bold;",
    "esc_ack": "background: $secondary-muted; color: $foreground; text-style: bold;",
    "esc_resolved": "text-style: dim;",
    "promote": "background: $success-muted; color: $foreground; text-style: bold;",
    "protect": "background: $error-muted; color: $foreground; text-style: bold;",
    "cursor": "background: $primary 40%;",
    "cursor_blurred": "background: $primary 20%;",
}


@dataclass(frozen=True, slots=True)
class Palette:
    """One Rich style per role (see :data:`ROLES`)."""

    critical: Style
    warn: Style
    info: Style
    span_critical: Style
    span_warn: Style
    span_info: Style
    held: Style
    approved: Style
    hidden: Style
    removed: Style
    escalated: Style
    sanction: Style
    pending: Style
    good: Style
    bad: Style
    caution: Style
    accent: Style
    name: Style
    alert: Style
    queue_pending: Style
    queue_done: Style
    esc_open: Style
    esc_ack: Style
    esc_resolved: Style
    promote: Style
    protect: Style
    cursor: Style
    cursor_blurred: Style

    @classmethod
    def of(cls, widget: Widget) -> Palette:
        """The roles as ``widget`` (a :class:`Themed` widget) draws them under the app's current theme."""
        styles = {}
        for role in ROLES:
            full = widget.get_component_rich_style(f"palette--{role}")
            partial = widget.get_component_rich_style(f"palette--{role}", partial=True)
            # A role's own colours over the widget's (a background given with transparency is blended
            # into the widget's background); roles that set no background leave the row's own.
            styles[role] = partial + Style(bgcolor=full.bgcolor) if partial.bgcolor is not None else partial
        return cls(**styles)


def _fallback() -> Palette:
    """Colours for rendering outside an app (tests of the renderers, exports): the dark theme's basic ones."""
    looks = {
        "critical": "bold red", "warn": "bold yellow", "info": "cyan", "span_critical": "bold white on red",
        "span_warn": "bold black on yellow", "span_info": "underline cyan", "held": "bold magenta",
        "approved": "green", "hidden": "bold red", "removed": "red", "escalated": "bold bright_magenta",
        "sanction": "bold red", "pending": "italic yellow", "good": "green", "bad": "bold red", "caution": "yellow",
        "accent": "bold yellow", "name": "bold cyan", "alert": "bold white on red",
        "queue_pending": "bold black on yellow", "queue_done": "dim green", "esc_open": "bold white on dark_magenta",
        "esc_ack": "bold black on cyan", "esc_resolved": "dim", "promote": "bold black on green",
        "protect": "bold white on dark_red", "cursor": "on grey30", "cursor_blurred": "on grey23",
    }  # fmt: skip
    assert set(looks) == {f.name for f in fields(Palette)} == set(ROLES)
    return Palette(**{role: Style.parse(look) for role, look in looks.items()})


FALLBACK = _fallback()
"""The palette of renderers used without a widget."""


def palette_css(owner: str) -> str:
    """The component classes of every role, for the widget type ``owner``."""
    return "\n".join(f"{owner} > .palette--{role} {{ {css} }}" for role, css in ROLES.items())


class Themed(Widget):
    """A widget that draws with the theme's roles: read :attr:`palette` when rendering.

    Mixed in before the widget's own base (``class FeedView(Themed, ScrollView)``). :meth:`palette_changed`
    is called when the theme (or the stylesheet) changes, for widgets that cache what they drew.
    """

    COMPONENT_CLASSES = {f"palette--{role}" for role in ROLES}
    DEFAULT_CSS = palette_css("Themed")

    _palette: Palette | None = None

    @property
    def palette(self) -> Palette:
        """The roles' styles under the current theme."""
        if self._palette is None:
            self._palette = Palette.of(self)
        return self._palette

    def notify_style_update(self) -> None:
        super().notify_style_update()
        drawn = self._palette
        if drawn is not None:
            self._palette = None
            # Styles are updated for many reasons (focus, classes, a screen on top): redraw only when the
            # colours themselves changed, once they are settled (a redraw must not start another update).
            self.call_after_refresh(self._check_palette, drawn)

    def _check_palette(self, drawn: Palette) -> None:
        if self.is_attached and self.palette != drawn:
            self.palette_changed()

    def palette_changed(self) -> None:
        """The theme changed: draw again with its colours (widgets caching their rendering override this)."""
        self.refresh()
