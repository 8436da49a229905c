"""Small widgets shared by every screen of the desk and the follower."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import App
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from castguard.core.model import ConnectionEvent, ConnectionState, MessageRecord, PlatformEvent, PlatformEventKind
from castguard.core.text import MAX_DETAIL_CHARS, MAX_NAME_CHARS, clean_text
from castguard.tui.render import platform_event_line

if TYPE_CHECKING:
    from castguard.tui.app import DeskApp

LOCKDOWN_TEXT = " LOCKDOWN — every message at or above warn is held until lifted (L) "


def drawn(content: RenderableType) -> object:
    """What ``content`` draws, as a value to compare with the last one drawn (``None``: cannot tell, draw it)."""
    if isinstance(content, Text):
        return (content.plain, tuple(content.spans), str(content.style), content.justify, content.no_wrap, content.end)
    if isinstance(content, Group):
        parts = tuple(drawn(part) for part in content.renderables)
        return None if None in parts else parts
    return None


def retitle(widget: Widget, title: str) -> None:
    """Set ``widget``'s border title when it differs (setting it, even to the same text, draws the widget again)."""
    if widget.border_title != title:
        widget.border_title = title


class SteadyStatic(Static):
    """A static updated on a timer: laid out and drawn again only when what it shows has changed.

    A redraw is not free (the screen below a dialog is composed again with it), and an idle desk that redraws
    every tick keeps a laptop's fan going for nothing.
    """

    _drawn: object = None

    def show_content(self, content: RenderableType) -> None:
        """Show ``content`` unless it draws exactly what is shown."""
        key = drawn(content)
        if key is not None and key == self._drawn:
            return
        self._drawn = key
        self.update(content)


class LockdownBanner(Static):
    """A loud red line, shown on any screen whose ``lockdown`` class is set."""

    SCOPED_CSS = False  # the rule that shows it depends on the screen's class
    DEFAULT_CSS = """
    LockdownBanner { display: none; height: 1; background: $error; color: $text; text-style: bold; }
    .lockdown LockdownBanner { display: block; }
    """

    def __init__(self) -> None:
        super().__init__(Text(LOCKDOWN_TEXT, justify="center"))  # coloured by the theme ($error)


class AlertBanner(Static):
    """The flash of a critical finding: a bright line that stays a few seconds."""

    DEFAULT_CSS = """
    AlertBanner { display: none; height: auto; max-height: 3; background: $error; color: $text; padding: 0 1; }
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
        from castguard.tui.app import DeskApp

        assert isinstance(self.app, DeskApp)
        return self.app


# What a screen opened over the desk can offer the desk's keys. The desk asks the screen on top
# with isinstance (each protocol is runtime-checkable), never by looking up attribute names.


@runtime_checkable
class SelectingScreen(Protocol):
    """A screen with a message list of its own (search, author card): the desk's keys act on its selection."""

    def selected_record(self) -> MessageRecord | None:
        """The message selected on this screen."""


@runtime_checkable
class ReloadingScreen(Protocol):
    """A screen that reads the session again when an action, a note or a watch changed what it shows."""

    def reload(self) -> None:
        """Read again and redraw."""


@runtime_checkable
class AuthorScreen(Protocol):
    """A screen about one author (the author card): the author keys act on that author."""

    def author_record(self) -> MessageRecord:
        """The message the screen was opened on (its author is the one shown)."""


#: Platform events shown on the rows rather than as a toast.
QUIET_EVENTS = frozenset({PlatformEventKind.HELD, PlatformEventKind.TRUST})


def announce(app: App[Any], event: ConnectionEvent | PlatformEvent) -> None:
    """A toast for a source that failed or for moderation seen on the platform (other states show in the status).

    Details come from platforms and error messages: never parsed as markup.
    """
    if isinstance(event, PlatformEvent):
        if event.kind in QUIET_EVENTS:
            return  # shown where it belongs: the held message in the queue, the author's marks
        app.notify(platform_event_line(event), title="Seen on the platform", markup=False)
    elif event.state is ConnectionState.FAILED:
        app.notify(f"{event.source}: {event.detail}", title="Source failed", severity="error", markup=False)


@dataclass(frozen=True, slots=True)
class Toasted:
    """A toast shown by :class:`SafeApp`, until when (``time.monotonic``)."""

    message: str
    title: str
    severity: SeverityLevel
    until: float


#: The scrollbars' tracks in the theme's background. Textual's own track is the background darkened, which in
#: ``textual-dark`` is pure black (#000000): in the browser desk (xterm.js, whose default background is black)
#: it drew a black band down the right of every list, read as cells the theme had left to the terminal.
THEMED_SCROLLBARS = """
* {
    scrollbar-background: $background;
    scrollbar-background-hover: $background;
    scrollbar-background-active: $background;
    scrollbar-corner-color: $background;
}
"""


class SafeApp:
    """Mixin of the desk and the follower apps: plain notifications, and no background work failing unseen.

    A notification often quotes an author name, a platform's error or a file name, so its text is never
    parsed as markup and loses control, escape and bidi characters. A worker that fails (they run with
    ``exit_on_error=False`` so that one failure does not close the desk) is reported by :meth:`worker_failed`.
    """

    _toasts: list[Toasted] | None = None
    _held: list[Toasted] | None = None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a toast; ``markup`` is ignored: the text is always plain."""
        message, title = clean_text(str(message), MAX_DETAIL_CHARS), clean_text(str(title), MAX_NAME_CHARS)
        seconds = timeout if timeout is not None else float(getattr(self, "NOTIFICATION_TIMEOUT", 5))
        now = time.monotonic()
        toast = Toasted(message, title, severity, now + seconds)
        self._toasts = [t for t in self._toasts or [] if t.until > now] + [toast]
        super().notify(message, title=title, severity=severity, timeout=seconds, markup=False)  # type: ignore[misc]

    def hold_toasts_under_dialogs(self, screen: Screen[Any]) -> None:
        """A dialog opened: the toasts raised before it wait until it closes (on a small terminal they covered
        its text); toasts raised while it is open are shown on it. Subscribed to the app's screen changes."""
        now = time.monotonic()
        if isinstance(screen, ModalScreen):
            if self._held is None:
                self._held = [t for t in self._toasts or [] if t.until > now]
                self._toasts = []
                self.clear_notifications()  # type: ignore[attr-defined]
        elif self._held is not None:
            held, self._held = self._held, None
            for toast in held:
                if toast.until > now:
                    self.notify(toast.message, title=toast.title, severity=toast.severity, timeout=toast.until - now)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.worker_failed(event.worker)

    def worker_failed(self, worker: Worker[Any]) -> None:
        """Tell the user that ``worker`` failed, with its error."""
        error = worker.error
        what = f"{type(error).__name__}: {error}" if error is not None and str(error) else type(error).__name__
        self.notify(what, title=f"{worker.name or worker.group} failed", severity="error", timeout=30)
