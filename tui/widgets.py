"""Small widgets shared by every screen of the desk and the follower."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from castguard.model import ConnectionEvent, ConnectionState, PlatformEvent
from tui.render import platform_event_line

if TYPE_CHECKING:
    from tui.app import DeskApp

LOCKDOWN_TEXT = " LOCKDOWN — every message at or above warn is held until lifted (L) "


class LockdownBanner(Static):
    """A loud red line, shown on any screen whose ``lockdown`` class is set."""

    SCOPED_CSS = False  # the rule that shows it depends on the screen's class
    DEFAULT_CSS = """
    LockdownBanner { display: none; height: 1; background: $error; color: $text; text-style: bold; }
    .lockdown LockdownBanner { display: block; }
    """

    def __init__(self) -> None:
        super().__init__(Text(LOCKDOWN_TEXT, style="bold white on red", justify="center"))


class AlertBanner(Static):
    """The flash of a critical finding: a bright line that stays a few seconds."""

    DEFAULT_CSS = """
    AlertBanner { display: none; height: auto; max-height: 3; background: $error; padding: 0 1; }
    AlertBanner.shown { display: block; }
    """

    def flash(self, text: Text) -> None:
        """Show ``text`` (built from plain strings) until :meth:`clear`."""
        self.update(text)
        self.add_class("shown")

    def clear(self) -> None:
        """Hide the banner."""
        self.remove_class("shown")


class DeskScreen(Screen[None]):
    """A screen opened over the desk (author card, search), with typed access to the desk."""

    @property
    def desk(self) -> DeskApp:
        """The desk this screen belongs to."""
        from tui.app import DeskApp

        assert isinstance(self.app, DeskApp)
        return self.app


def announce(app: App[Any], event: ConnectionEvent | PlatformEvent) -> None:
    """A toast for a source that failed or for moderation seen on the platform (other states show in the status).

    Details come from platforms and error messages: never parsed as markup.
    """
    if isinstance(event, PlatformEvent):
        app.notify(platform_event_line(event), title="Seen on the platform", markup=False)
    elif event.state is ConnectionState.FAILED:
        app.notify(f"{event.source}: {event.detail}", title="Source failed", severity="error", markup=False)
