"""The search screen: the whole session, not only what is on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static

from castguard.core.model import MessageRecord
from castguard.session.search import SearchError, SearchResult, search
from castguard.session.store import Store
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.footer import DeskFooter
from castguard.tui.widgets import DeskScreen, LockdownBanner

if TYPE_CHECKING:
    pass

HINT = (
    "from:NAME  category:privacy  is:hidden|held|approved|escalated|flagged|open  source:twitch  "
    'word  "a phrase"  /regex/  -negates'
)


class SearchScreen(DeskScreen):
    """Type a query, Enter searches the recording; every desk key works on the selected result."""

    DEFAULT_CSS = """
    SearchScreen #query { margin: 0 1; }
    SearchScreen #summary { height: 1; padding: 0 2; color: $text-muted; }
    SearchScreen #summary.-error { color: $text-error; text-style: bold; }
    SearchScreen #search-main { height: 1fr; }
    SearchScreen #results { width: 2fr; border: round $primary; }
    SearchScreen #search-detail { width: 1fr; min-width: 40; border: round $secondary 40%; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="search.close", tooltip="Back to the desk"),
        Binding("slash", "edit", "Edit query", id="search.edit", tooltip="Back to the query"),
        Binding("enter", "goto", "Show in feed", id="search.goto", tooltip="Show the selected result in the feed"),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.result: SearchResult | None = None

    def compose(self) -> ComposeResult:
        yield LockdownBanner()
        yield Input(value=self.initial, placeholder="search the whole session — " + HINT, id="query")
        yield Static(Text(HINT, style="dim"), id="summary")
        with Horizontal(id="search-main"):
            yield FeedView(id="results", max_rows=1000)
            yield DetailPane(id="search-detail")
        yield DeskFooter()

    def on_mount(self) -> None:
        results = self.query_one("#results", FeedView)
        results.watched = self.desk.watched
        results.sanction = self.desk.sanction_mark
        self.set_class(self.desk.session.lockdown, "lockdown")  # loud on every screen
        results.tail = False
        self.query_one("#query", Input).focus()
        if self.initial:
            self.run_query(self.initial)

    def selected_record(self) -> MessageRecord | None:
        """The selected result (what the desk's keys act on)."""
        feed = self.query_one("#results", FeedView)
        return feed.selected if feed.selection_in_sight() else None  # never one scrolled out of sight

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.run_query(event.value)

    def run_query(self, text: str) -> None:
        """Search the recording in a worker thread, on a connection of its own."""
        self.desk.session.store.flush()  # what the engine still holds in memory is part of the session
        summary = self.query_one("#summary", Static)
        summary.remove_class("-error")
        summary.update(Text("searching…", style="italic"))
        store = self.desk.session.store
        if store.scratch:
            # A replay's session lives in memory, on the desk's own connection: no other connection can
            # open it, so it is searched here (it holds only what the replay has played so far).
            self._searched(store, text)
        else:
            self._search(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def _search(self, text: str) -> None:
        try:
            store = Store(self.desk.session.store.path, create=False, readonly=True)
        except Exception as exc:
            self.app.call_from_thread(self._failed, f"cannot open the recording: {exc}")
            return
        try:
            result = search(store, text, limit=1000)
        except SearchError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        finally:
            store.close()
        self.app.call_from_thread(self._show, result)

    def _searched(self, store: Store, text: str) -> None:
        """Run the query on ``store`` here and show the results or the query's error."""
        try:
            result = search(store, text, limit=1000)
        except SearchError as exc:
            self._failed(str(exc))
            return
        self._show(result)

    def _failed(self, message: str) -> None:
        summary = self.query_one("#summary", Static)
        summary.update(Text(message))
        summary.add_class("-error")

    def _show(self, result: SearchResult) -> None:
        self.result = result
        results = self.query_one("#results", FeedView)
        results.clear()
        results.add(result.records)
        results.tail = False
        results.action_first()
        total = f"{result.total:,}+" if result.capped else f"{result.total:,}"
        shown = f", newest {len(result.records):,} shown" if len(result.records) < result.total else ""
        matches = "match" if result.total == 1 and not result.capped else "matches"
        self.query_one("#summary", Static).update(Text(f"{total} {matches}{shown} — newest first", style="bold"))
        results.border_title = "Results"
        if result.records:
            results.focus()

    def on_feed_view_selected(self, event: FeedView.Selected) -> None:
        event.stop()
        record = event.record
        actions = self.desk.session.store.actions(message_seq=record.seq) if record is not None else []
        self.query_one("#search-detail", DetailPane).show(record, actions, self.desk.guidance)

    def action_edit(self) -> None:
        """Focus the query again."""
        self.query_one("#query", Input).focus()

    def action_goto(self) -> None:
        """Close the search and select the result in the feed (when it is still in the feed's buffer)."""
        record = self.selected_record()
        if record is None:
            return
        self.dismiss(None)
        self.desk.show_in_feed(record.seq)

    def action_close(self) -> None:
        """Back to the desk."""
        self.dismiss(None)
