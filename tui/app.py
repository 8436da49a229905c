"""The moderation desk: feed, review queue, escalation inbox, on-air view and producer view, one key each."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Static
from textual.worker import Worker

from castguard.core.config import Config
from castguard.core.lockdown import platform_lines
from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    ConnectionEvent,
    ConnectionState,
    MessageRecord,
    PlatformEvent,
    PlatformEventKind,
)
from castguard.core.policy import PolicyError, PolicyWatcher
from castguard.core.text import MAX_DETAIL_CHARS, clean_text
from castguard.session.engine import UNDO_GRACE, ActionError, LockdownChanged, Session, SessionUpdate, StateChange
from castguard.session.follow import ActionTail
from castguard.session.stats import Escalation, RaidAlert, SessionStats, is_alert
from castguard.tui.adverse import AdverseLane
from castguard.tui.audience import AudienceLane
from castguard.tui.commands import binding_commands, help_rows
from castguard.tui.detail import DetailPane
from castguard.tui.feed import FeedView
from castguard.tui.footer import DeskFooter
from castguard.tui.marks import author_marks, standing_of
from castguard.tui.palette import Themed
from castguard.tui.producer import RiskPanel
from castguard.tui.render import connection_badges
from castguard.tui.replies import ReplyKeys
from castguard.tui.screens import ConfirmAuthorAction, Confirmed, HelpScreen, quit_with_care
from castguard.tui.team import MarkPainter, TeamView, role_allows, team_badge
from castguard.tui.views import InboxView, OnAirView, PinnedStrip, QueueView
from castguard.tui.widgets import (
    THEMED_SCROLLBARS,
    AlertBanner,
    LockdownBanner,
    ReloadingScreen,
    SafeApp,
    SelectingScreen,
    announce,
)
from castguard.tui.workflows import Workflows

log = logging.getLogger("castguard.desk")

#: Garbage-collector thresholds while the desk runs (generation 0 allocations, then collections per older pass).
GC_THRESHOLDS = (10_000, 10, 100)
#: Longest the desk waits, when it closes, for its session's last words (a recording's last flush, a team desk
#: leaving the roster and closing its connections, each step of which has its own shorter bound).
SESSION_STOP_WAIT = 10.0

#: How often buffered session updates are drawn (seconds).
FLUSH_INTERVAL = 0.05
#: How often the producer's figures, waiting times, timeouts and a follower's actions are refreshed (seconds).
TICK_INTERVAL = 1.0
#: While a list follows new messages, its detail pane shows the newest one at most this often (seconds).
DETAIL_FOLLOW_INTERVAL = 0.5
#: The views, in the order of their keys (1..5).
VIEWS: tuple[tuple[str, str], ...] = (
    ("feed", "Feed"),
    ("queue", "Queue"),
    ("inbox", "Inbox"),
    ("onair", "On air"),
    ("producer", "Producer"),
)
#: Terminals narrower than this (columns) stack each list over its detail pane.
NARROW_SCREEN = 120
#: At most one bell per this many seconds: a flood of leaks must not turn into a siren.
ALERT_COOLDOWN = 3.0
#: How long the flash of a critical finding stays (seconds).
FLASH_SECONDS = 5.0
#: The desk's actions that act on the chat: off on a desk opened for review (``moderation=False``, replay).
MODERATION_ACTIONS = frozenset(
    {"act", "author", "author_all", "raid", "escalate_note", "escalation", "lockdown", "strike", "link",
     "everywhere", "reply", "pending_replies"}
)  # fmt: skip


class StatusBar(Themed, Static):
    """Sources and their connection state, rates, lockdown, and the views with their keys."""

    DEFAULT_CSS = """
    StatusBar { height: 1; background: $boost; padding: 0 1; }
    StatusBar.lockdown { background: $error; }
    """


class DeskApp(SafeApp, ReplyKeys, App[None]):
    """castguard's terminal desk for moderators and producers."""

    TITLE = "castguard"
    CSS_PATH = "desk.tcss"
    CSS = THEMED_SCROLLBARS
    #: Below this width the detail panes go under their lists (desk.tcss) so that rows keep their text.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_SCREEN, "-wide")]
    BINDINGS = [
        Binding("h", "act('hide')", "Hide", id="desk.hide", tooltip="Hide the selected message on the platform"),
        Binding("e", "act('escalate')", "Escalate", id="desk.escalate", tooltip="Send it to the producer's inbox"),
        Binding("E", "escalate_note", "Escalate+note", show=False, id="desk.escalate_note",
                tooltip="Escalate with a one-line note for the producer"),
        Binding("a", "act('approve')", "Approve", id="desk.approve", tooltip="Let it through (releases a hold)"),
        Binding("u", "act('undo')", "Undo", id="desk.undo", tooltip="Undo the last action on the selected message"),
        Binding("t", "author('timeout')", "Timeout", id="desk.timeout", tooltip="Time out the author (confirm)"),
        Binding("b", "author('ban')", "Ban", id="desk.ban", tooltip="Ban the author (confirm)"),
        Binding("s", "strike", "Strike", show=False, id="desk.strike",
                tooltip="The author's next step on the policy's strike ladder (shown, then confirmed)"),
        Binding("H", "author_all", "All by author", show=False, id="desk.author_all",
                tooltip="Hide, time out or ban: every message of the selected author (confirm)"),
        Binding("r", "reply", "Reply", id="desk.reply",
                tooltip="Reply with an approved template (or free text to approve)"),
        Binding("p", "pending_replies", "Approve replies", show=False, id="desk.pending_replies",
                tooltip="Free-text replies waiting for a producer's or another moderator's approval"),
        Binding("R", "raid", "Raid", show=False, id="desk.raid",
                tooltip="Act on every account of the detected raid (confirm)"),
        Binding("c", "card", "Author", id="desk.card", tooltip="The author card: history, flags, actions, note"),
        Binding("w", "watch", "Watch", show=False, id="desk.watch", tooltip="Highlight the author's next messages"),
        Binding("slash", "search", "Search", id="desk.search", tooltip="Search the whole session"),
        *(Binding(str(i), f"view('{key}')", label, show=False, id=f"view.{key}", tooltip=f"Show the {label} view")
          for i, (key, label) in enumerate(VIEWS, start=1)),
        Binding("L", "lockdown", "Lockdown", id="desk.lockdown", tooltip="Hold everything at or above warn"),
        Binding("question_mark,f1", "help", "Help", id="desk.help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", id="desk.quit", tooltip="Stop the desk (the recording is kept)"),
    ]  # fmt: skip

    def __init__(
        self,
        session: Session,
        *,
        config: Config | None = None,
        policy_path: Path | None = None,
        role: str = "moderator",
        on_air_delay: float = 0.0,
        clock: Callable[[], float] = time.time,
        team: TeamView | None = None,
        moderation: bool = True,
        screen: Screen[Any] | None = None,
        bars: Sequence[Widget] = (),
        tick_interval: float = TICK_INTERVAL,
    ) -> None:
        """``moderation=False`` opens the desk for review (replay): the keys that act on the chat are off
        and not offered. ``screen`` is the desk's own screen, the key scope of what the desk is used for
        (a replay brings one with its pace keys); ``bars`` are shown between the views and the footer."""
        super().__init__()
        self.moderation = moderation
        self._own_screen = screen
        self._bars = tuple(bars)
        self.workflows = Workflows(self)
        """Prompts, confirmations and other screens behind the desk's keys."""
        self.tick_interval = tick_interval
        """Seconds between two periodic refreshes (:meth:`_tick`); tests make it short."""
        self.team = team
        """This desk's link to a team session (``--team`` host or ``castguard join`` member), if any."""
        self._marks = MarkPainter()
        self._gc_thresholds = gc.get_threshold()
        self.session = session
        self.config = config
        self.role = role
        self.on_air_delay = on_air_delay
        self.clock = clock
        self.stats = SessionStats(
            sentiment_alert=session.pipeline.policy.sentiment_alert, policy=session.pipeline.policy
        )
        self.watched: set[str] = set()
        """Author ids whose messages are highlighted in every list."""
        alerts = config.alerts if config is not None else {}
        self.bell_on_alert = bool(alerts.get("bell", True))
        self.flash_on_alert = bool(alerts.get("flash", True))
        self._last_alert = -ALERT_COOLDOWN
        self._inbox: list[SessionUpdate] = []
        self._own_actions: set[int] = set()
        self._stale_details: set[FeedView] = set()
        self._detail_timer: Timer | None = None
        self._detail_shown = 0.0
        self._connections: dict[str, tuple[ConnectionState, str]] = {
            key: (ConnectionState.CONNECTING, "") for key in session.sources
        }
        self._gauges: dict[str, str] = {}
        """Each source's status-line gauge (a quota budget), from its latest connection event."""
        self._arrivals: deque[tuple[float, int]] = deque()
        self._in_force: frozenset[tuple[str, str]] = frozenset()
        """The authors banned or timed out when the rows' marks were last drawn."""
        self.stopped: str | None = None
        """Why the session stopped recording, once it has (shown in the status bar until the desk closes)."""
        self._watcher = PolicyWatcher(policy_path, session.pipeline.policy) if policy_path else None
        if self._watcher is not None:
            self._watcher.check()  # remember the current file state
        self._tail = ActionTail(session.store)
        session.subscribe(self._receive)
        if config is not None and config.keymap:
            self.set_keymap(config.keymap)

    def get_default_screen(self) -> Screen[object]:
        """The screen of the views: the one given to the desk, else a plain one."""
        return self._own_screen if self._own_screen is not None else super().get_default_screen()

    @property
    def desk_screen(self) -> Screen[object]:
        """The screen of the views (``App.query`` would search whatever screen is on top)."""
        return self.screen_stack[0]

    @property
    def guidance(self) -> str:
        """The policy's crisis guidance (shown beside self-harm findings)."""
        return self.session.pipeline.policy.crisis_guidance

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield LockdownBanner()
        yield AlertBanner(id="alert")
        start = "producer" if self.role == "producer" else "feed"
        with ContentSwitcher(initial=f"view-{start}", id="views"):
            with Horizontal(id="view-feed", classes="view"):
                yield FeedView(id="feed")
                yield DetailPane(id="detail")
            with Horizontal(id="view-queue", classes="view"):
                yield QueueView(id="queue")
                yield DetailPane(id="queue-detail")
            with Horizontal(id="view-inbox", classes="view"):
                yield InboxView(self.escalation_info, clock=self.clock, id="inbox")
                yield DetailPane(id="inbox-detail")
            with Vertical(id="view-onair", classes="view"):
                yield PinnedStrip(id="pinned")
                yield OnAirView(delay=self.on_air_delay, clock=self.clock, held_back=self.session.flags_due, id="onair")
            with Horizontal(id="view-producer", classes="view"):
                with Vertical(id="producer-main"):
                    yield RiskPanel(id="risk")
                    yield AudienceLane(id="audience")
                with Vertical(id="producer-side"):
                    yield AdverseLane(
                        self.session.cases,
                        config=self.config,
                        actor=self.session.moderator,
                        region=self.session.pipeline.policy.default_region,
                        clock=self.clock,
                    )
                    yield InboxView(self.escalation_info, clock=self.clock, id="producer-inbox")
                    yield DetailPane(id="producer-detail")
        yield from self._bars
        yield DeskFooter()

    def on_mount(self) -> None:
        # The views live on the first screen; App.query_one would search whatever screen is on top.
        screen = self.desk_screen
        self.feed = screen.query_one("#feed", FeedView)
        self.queue = screen.query_one(QueueView)
        self.inbox = screen.query_one("#inbox", InboxView)
        self.producer_inbox = screen.query_one("#producer-inbox", InboxView)
        self.onair = screen.query_one(OnAirView)
        self.risk = screen.query_one(RiskPanel)
        self.audience = screen.query_one(AudienceLane)
        self.pinned_strip = screen.query_one(PinnedStrip)
        self.alert_banner = screen.query_one(AlertBanner)
        self.status_bar = screen.query_one(StatusBar)
        self.switcher = screen.query_one(ContentSwitcher)
        for view in self.desk_screen.query(FeedView):
            view.watched = self.watched
            view.sanction = self.sanction_mark
        for pane in self.desk_screen.query(DetailPane):
            pane.show(None, [])
        self.feed.border_title = "Feed"
        self.action_view("producer" if self.role == "producer" else "feed")
        self.set_interval(FLUSH_INTERVAL, self._drain)
        self.set_interval(self.tick_interval, self._tick)
        if self._watcher is not None:
            self.set_interval(2.0, self._check_policy)
        self._run_session()
        # Another theme (the command palette's, or a light terminal's): what is drawn from figures, again.
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.screen_change_signal.subscribe(self, self.hold_toasts_under_dialogs)
        self._draw_status()
        self._tick()
        # Everything built so far (Textual, the filters' lexicons, the policy) lives as long as the desk:
        # keep it out of the garbage collector's full passes, and make those passes rarer. At 2,000
        # messages/s the default thresholds ran a full collection every second, each stalling the
        # feed and the moderator's keys for a few hundred milliseconds (benchmarks/bench_desk.py).
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)

    def _theme_changed(self, _theme: object) -> None:
        self._draw_status()
        self.draw_figures()

    async def on_unmount(self) -> None:
        gc.unfreeze()
        gc.set_threshold(*self._gc_thresholds)
        # Textual cancels the session's worker on the way out without waiting for it: wait here, so that what
        # the session does when it stops is done before the desk is gone (its event loop may end right after).
        stopping = [worker.wait() for worker in self.workers if worker.name == "session"]
        if stopping:
            try:
                await asyncio.wait_for(asyncio.gather(*stopping, return_exceptions=True), SESSION_STOP_WAIT)
            except TimeoutError:
                log.warning("the session had not stopped %.0fs after the desk closed", SESSION_STOP_WAIT)

    @work(exit_on_error=False, group="session", name="session")
    async def _run_session(self) -> None:
        await self.session.run()

    def worker_failed(self, worker: Worker[object]) -> None:
        """The session's own failure is loud and stays on screen; other workers' failures are toasts."""
        if worker.name != "session":
            super().worker_failed(worker)
            return
        self.stopped = str(worker.error)
        self.notify(f"{self.stopped}. Messages are no longer recorded; quit and check the recording.",
                    title="RECORDING STOPPED", severity="error", timeout=3600)  # fmt: skip
        self.bell()
        self._draw_status()

    # -- session updates -----------------------------------------------------------------------

    def _receive(self, update: SessionUpdate) -> None:
        if isinstance(update, ActionRecord):
            self._own_actions.add(update.id)
        self._inbox.append(update)

    def lists(self) -> list[FeedView]:
        """Every message list of the desk (and of an open search or author card)."""
        if not self.screen_stack:
            return []  # the desk is closing: a last timer tick has nothing left to draw on
        lists = list(self.screen_stack[0].query(FeedView))
        if self.screen is not self.screen_stack[0]:
            lists.extend(self.screen.query(FeedView))
        return lists

    def _drain(self) -> None:
        if not self._inbox:
            self.onair.release()
            return
        batch, self._inbox[:] = list(self._inbox), []
        views = self.lists()
        onair = self.onair
        new: list[MessageRecord] = []
        now = self.clock()
        sanctions = len(self.session.sanctions)

        def push() -> None:
            if new:
                for view in views:
                    if view.id not in ("results", "card-feed"):
                        view.add(new)
                onair.offer(new)
                new.clear()

        for update in batch:
            if isinstance(update, MessageRecord):
                new.append(update)
                self.stats.add_message(update)
                if is_alert(update):
                    self._alert(update)
            elif isinstance(update, StateChange):
                push()
                for view in views:
                    view.update_record(update.record)
                onair.update_record(update.record)
                self.stats.update_record(update.record)
            elif isinstance(update, ActionRecord):
                self.stats.add_action(update, self.session.record(update.message_seq) if update.message_seq else None)
            elif isinstance(update, ConnectionEvent):
                self._connections[update.source] = (update.state, update.detail)
                self._gauges[update.source] = update.gauge
                announce(self, update)
            elif isinstance(update, PlatformEvent):
                announce(self, update)
            elif isinstance(update, LockdownChanged):
                self.stats.set_lockdown(update.on)
                for screen in self.screen_stack:
                    screen.set_class(update.on, "lockdown")
        push()
        onair.release()
        if len(self.session.sanctions) != sanctions or any(_changes_sanctions(u) for u in batch):
            self._redraw_marks()  # a ban, timeout or unban changes the marks of rows already shown
        arrived = sum(1 for u in batch if isinstance(u, MessageRecord))
        if arrived:
            self._arrivals.append((now, arrived))
        while self._arrivals and now - self._arrivals[0][0] > 60:
            self._arrivals.popleft()
        self._draw_status()

    def _tick(self) -> None:
        """Every ``tick_interval``: the producer's figures, waiting times, actions written by a follower."""
        for action in self._tail.poll():
            if action.id in self._own_actions:
                self._own_actions.discard(action.id)
            else:
                self.session.absorb(action)
        self.draw_figures()
        if self.team is not None:
            self._marks.paint(self.team, self.lists())
            self._draw_status()
        for inbox in (self.inbox, self.producer_inbox):
            inbox.tick()
        in_force = self.session.sanctions.in_force()
        if in_force != self._in_force:
            self._in_force = in_force
            self._redraw_marks()  # a timeout ended

    def draw_figures(self) -> None:
        """The producer's figures as of now: risk panel, audience lane, the pins of the on-air view."""
        snapshot = self.stats.snapshot(self.clock())
        self.risk.show(snapshot)
        self.audience.show(snapshot)
        self.onair.set_pinned(snapshot.pinned)
        self.pinned_strip.show(snapshot.pins)

    # -- the audience lane (promote or protect) ------------------------------------------------

    def on_audience_lane_open_card(self, event: AudienceLane.OpenCard) -> None:
        from castguard.tui.author import AuthorCard

        record = self.session.record(event.seq)
        if record is None:
            self.notify(f"#{event.seq} is no longer in this session's memory: search shows it.", severity="warning")
            return
        self.push_screen(AuthorCard(record))

    def on_audience_lane_bulk(self, event: AudienceLane.Bulk) -> None:
        if not self.moderation:
            self.notify("This desk is open for review: it does not act on the chat.", severity="warning")
            return
        self.workflows.accounts(event.title, [(a.source, a.author_id, a.name) for a in event.accounts])

    def on_audience_lane_pin(self, event: AudienceLane.Pin) -> None:
        if not self.moderation:
            self.notify("This desk is open for review: nothing is pinned on air.", severity="warning")
            return
        record = self.session.record(event.seq)
        if record is not None:
            self.perform(ActionKind.PIN if event.on else ActionKind.UNPIN, [record])

    def sanction_mark(self, record: MessageRecord) -> str | None:
        """The marks before a row's author: banned or timed out now, held by the platform's filter, and what the
        platform says of the author (first-time, returning, suspicious); ``None`` when there is none."""
        return author_marks(record, self.session) or None

    def _redraw_marks(self) -> None:
        for view in self.lists():
            view.refresh()

    def escalation_info(self, seq: int) -> Escalation | None:
        """Who escalated a message, when, with which note, and its acknowledgement."""
        return self.stats._escalations.get(seq)

    def _alert(self, record: MessageRecord) -> None:
        now = self.clock()
        if now - self._last_alert < ALERT_COOLDOWN:
            return
        self._last_alert = now
        if self.bell_on_alert:
            self.bell()
        if self.flash_on_alert:
            text = Text(no_wrap=True, end="")
            # The banner is the theme's error colour; its head stands out reversed.
            text.append(" ⚠ ", "bold reverse")
            text.append(" " + ", ".join(record.verdict.categories) + " ", "bold reverse")
            text.append(f" {record.message.author.name}: ", "bold")
            text.append(record.message.text[:200])
            banner = self.alert_banner
            banner.flash(text)
            self.set_timer(FLASH_SECONDS, banner.clear)

    def _draw_status(self) -> None:
        bar = self.status_bar
        palette = bar.palette
        text = Text(no_wrap=True, end="")
        if self.stopped is not None:
            text.append(" RECORDING STOPPED ", palette.alert)
            text.append(f" {clean_text(self.stopped, MAX_DETAIL_CHARS)}  ", palette.bad)
        if self.session.lockdown:
            text.append(" LOCKDOWN ", palette.alert)
            text.append(" ")
        current = self.switcher.current or ""
        counts = {"queue": len(self.queue.pending_seqs), "inbox": self.stats_open_escalations(self.inbox)}
        c = self.session.counts
        per_minute = sum(n for _, n in self._arrivals)
        room = max(bar.content_size.width, 0) or self.size.width - 2
        # A narrow terminal names only the view shown (the others keep their key and count), then leaves out
        # the rate, so that the sources and the counts stay on the line.
        for short, rate in ((False, True), (True, True), (True, False)):
            figures = f"{c['messages']} msgs · " + (f"{per_minute}/min · " if rate else "") + f"{c['flagged']} flagged"
            tail = connection_badges(self._connections, self._gauges, palette)
            tail.append(figures, "bold")
            if self.team is not None:
                tail.append(" ")
                tail.append_text(team_badge(self.team, self.clock()))
            views = Text(no_wrap=True, end="")
            for i, (key, label) in enumerate(VIEWS, start=1):
                shown = current == f"view-{key}"
                count = f" ({counts[key]})" if counts.get(key) else ""
                views.append(
                    f" {i}{'' if short and not shown else ' ' + label}{count} ", "bold reverse" if shown else ""
                )
            views.append(" " if short else "  ")
            if text.cell_len + views.cell_len + tail.cell_len <= room:
                break
        text.append_text(views)
        text.append_text(tail)
        bar.update(text)
        bar.set_class(self.session.lockdown, "lockdown")

    @staticmethod
    def stats_open_escalations(inbox: InboxView) -> int:
        """Open escalations in the inbox's buffer."""
        return sum(1 for r in inbox.rows if r.escalation is not None and r.escalation.value == "open")

    def _check_policy(self) -> None:
        assert self._watcher is not None
        try:
            policy = self._watcher.check()
        except PolicyError as exc:
            self.notify(str(exc), title="Policy not reloaded", severity="error", timeout=10)
            return
        if policy is not None:
            self.session.reload_policy(policy)
            self.stats.sentiment_alert = policy.sentiment_alert
            self.notify(f"policy {policy.name} ({policy.version}) now applies to new messages", title="Policy reloaded")

    def start_over(self) -> None:
        """Empty every list, the figures and the updates not yet drawn: the chat starts again from another
        point (a replay after a seek); what was on screen at that point arrives next."""
        self._inbox.clear()
        self._arrivals.clear()
        self._stale_details.clear()
        for view in self.desk_screen.query(FeedView):
            view.clear()
            view.tail = not isinstance(view, QueueView | InboxView)
            view.unseen = 0
        for pane in self.desk_screen.query(DetailPane):
            pane.show(None, [])
        self.onair.clear()
        self.alert_banner.clear()
        # Rates and shares start over with the window shown.
        self.stats = SessionStats(
            sentiment_alert=self.session.pipeline.policy.sentiment_alert, policy=self.session.pipeline.policy
        )
        self.stats.set_lockdown(self.session.lockdown)
        for screen in self.screen_stack:
            screen.set_class(self.session.lockdown, "lockdown")
        self._draw_status()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On a desk opened for review the keys that act on the chat are off (and not offered); on a team
        member's desk, those its role may not use."""
        if not self.moderation and action in MODERATION_ACTIONS:
            return False
        if self.team is not None and not role_allows(
            self.team.role, action, parameters, producer_can_ban=self.session.pipeline.policy.team_producer_can_ban
        ):
            return False
        return super().check_action(action, parameters)

    # -- views and selection -------------------------------------------------------------------

    def action_view(self, key: str) -> None:
        """Show one of the desk's views (1 feed, 2 queue, 3 inbox, 4 on air, 5 producer)."""
        if self.screen is not self.screen_stack[0]:
            self.pop_screen()
        self.switcher.current = f"view-{key}"
        focus = {"feed": "#feed", "queue": "#queue", "inbox": "#inbox", "onair": "#onair",
                 "producer": "#producer-inbox"}[key]  # fmt: skip
        self.desk_screen.query_one(focus).focus()
        self._show_stale_details()
        self._draw_status()

    def current_view(self) -> FeedView | OnAirView:
        """The list of the visible view."""
        current = self.switcher.current or "view-feed"
        focus = {"view-feed": "#feed", "view-queue": "#queue", "view-inbox": "#inbox", "view-onair": "#onair",
                 "view-producer": "#producer-inbox"}[current]  # fmt: skip
        view = self.desk_screen.query_one(focus)
        assert isinstance(view, FeedView | OnAirView)
        return view

    def on_feed_view_selected(self, event: FeedView.Selected) -> None:
        view = event.view
        if view is None or view.parent is None:
            return
        if self.team is not None and not view.tail:
            # A moderator's own selection is a soft lease the other desks see ("⚑ ana").
            self.team.select(view.selected.seq if view.selected is not None else None)
        if view.tail and view.screen is self.desk_screen:
            # A list following a busy chat selects its newest message many times a second: show it at a
            # pace a person can read (and that does not redraw the pane on every flush).
            self._stale_details.add(view)
            if self._detail_timer is None:
                wait = self._detail_shown + DETAIL_FOLLOW_INTERVAL - time.monotonic()
                if wait <= 0:
                    self._show_stale_details()
                else:
                    self._detail_timer = self.set_timer(wait, self._show_stale_details)
            return
        self._stale_details.discard(view)
        self._show_detail(view)

    def _show_stale_details(self) -> None:
        self._detail_timer = None
        self._detail_shown = time.monotonic()
        current = self.switcher.current
        for view in list(self._stale_details):
            # Panes of the hidden views catch up when their view is shown (action_view).
            if any(node.id == current for node in view.ancestors):
                self._stale_details.discard(view)
                self._show_detail(view)

    def _show_detail(self, view: FeedView) -> None:
        """Show the view's selected message in the detail pane beside it."""
        panes = list(view.parent.query(DetailPane)) if view.parent is not None else []
        if panes:
            record = view.selected
            actions = self.session.store.actions(message_seq=record.seq) if record is not None else []
            target = self.session.undoable(record.seq) if record is not None else None
            undo = (target, UNDO_GRACE - (self.session.clock() - target.at)) if target is not None else None
            standing = standing_of(record, self.session) if record is not None else None
            said = standing.describe() if standing is not None else ""
            panes[0].show(record, actions, self.guidance, undo=undo, standing=said)

    def selected(self, *, quiet: bool = False) -> MessageRecord | None:
        """The selected message of the visible view or screen, if the moderator can see it highlighted.

        A selection scrolled out of the window is brought back into sight instead of being acted on: a key
        never acts on a message that is not on screen.
        """
        screen = self.screen
        if isinstance(screen, SelectingScreen):
            record = screen.selected_record()
        else:
            view = self.current_view()
            record = view.selected
            if record is not None and not view.selection_in_sight():
                if not quiet:
                    view.bring_selection_into_sight()
                    self.notify("The selected message was not on screen: here it is. Press the key again.",
                                severity="warning")  # fmt: skip
                return None
        if record is None and not quiet:
            self.notify("Select a message first (j/k or arrows).", severity="warning")
        return record

    def show_in_feed(self, seq: int) -> None:
        """Select a message in the feed view (when it is still in the feed's buffer)."""
        self.action_view("feed")
        if not self.feed.select_seq(seq):
            self.notify(f"#{seq} is older than the feed's buffer: search shows it.", severity="warning")

    # -- one-key actions -----------------------------------------------------------------------

    def action_act(self, kind: str) -> None:
        """Hide, escalate, approve or undo the selected message."""
        record = self.selected()
        if record is not None:
            self.perform(ActionKind(kind), [record])

    def action_author(self, kind: str) -> None:
        """Time out or ban the selected message's author, after confirmation."""
        record = self.selected()
        if record is None:
            return

        def confirmed(answer: Confirmed | None) -> None:
            if answer is not None:
                self.perform(answer.kind, [record], duration=answer.duration, reason=answer.reason)

        self.push_screen(ConfirmAuthorAction(ActionKind(kind), record), confirmed)

    @work(exit_on_error=False, group="actions")
    async def perform(
        self, kind: ActionKind, records: Iterable[MessageRecord], *, duration: int | None = None, reason: str = ""
    ) -> list[ActionRecord]:
        """Carry out an action on one or more messages, showing it under way and then its outcome."""
        records = list(records)
        views = self.lists()
        for record in records:
            for view in views:
                view.set_pending(record.seq, f"{kind.value}…")
        try:
            if len(records) == 1:
                actions = [await self.session.act(kind, records[0].seq, reason=reason, duration=duration)]
            else:
                actions = await self.session.act_many(kind, [r.seq for r in records], reason=reason, duration=duration)
        except ActionError as exc:
            self.notify(str(exc), severity="warning")
            return []
        finally:
            for record in records:
                for view in views:
                    view.set_pending(record.seq, None)
        self._drain()
        if kind in (ActionKind.PIN, ActionKind.UNPIN):
            self.draw_figures()  # the pin shows on air now, not at the next tick
        self._report(kind, records, actions)
        selected = self.selected(quiet=True)
        if selected is not None and any(r.seq == selected.seq for r in records):
            for view in self.lists():
                if view.selected is not None and view.selected.seq == selected.seq:
                    self._show_detail(view)
        screen = self.screen
        if isinstance(screen, ReloadingScreen):
            screen.reload()
        return actions

    def _report(self, kind: ActionKind, records: list[MessageRecord], actions: list[ActionRecord]) -> None:
        if len(records) > 1:
            failed = sum(1 for a in actions if a.result is ActionResult.FAILED)
            local = sum(1 for a in actions if a.result is ActionResult.LOCAL)
            self.notify(f"{kind.value}: {len(actions) - failed} done ({local} desk only), {failed} failed",
                        title="Bulk action", severity="error" if failed else "information")  # fmt: skip
            return
        action, record = actions[0], records[0]
        what = f"{action.kind.value} #{record.seq} ({record.message.author.name})"
        if action.result is ActionResult.FAILED:
            self.notify(f"{what} failed: {action.response}", title="Action failed", severity="error", timeout=8)
        elif action.result is ActionResult.LOCAL:
            self.notify(f"{what}: desk only — {action.response}", title="Done locally", severity="warning")
        else:
            self.notify(what, title="Done")

    # -- workflows (prompts, confirmations, other screens) ------------------------------------

    def action_link(self) -> None:
        """Link the author card's author to their account on another platform."""
        self.workflows.link()

    def action_everywhere(self) -> None:
        """Ban or time out the author card's author on every linked account in one step."""
        self.workflows.everywhere()

    @work(exit_on_error=False, group="actions")
    async def perform_everywhere(
        self, kind: ActionKind, record: MessageRecord, *, duration: int | None = None, reason: str = ""
    ) -> ActionRecord | None:
        """Ban or time out the record's author on every linked account, then say what each platform did."""
        for view in self.lists():
            view.set_pending(record.seq, f"{kind.value} everywhere…")
        try:
            action = await self.session.act_everywhere(kind, record.seq, reason=reason, duration=duration)
        except ActionError as exc:
            self.notify(str(exc), severity="warning")
            return None
        finally:
            for view in self.lists():
                view.set_pending(record.seq, None)
        self._drain()
        lines = action.response.split(" · ")
        severity: SeverityLevel = "error" if action.result is ActionResult.FAILED else "information"
        self.notify("\n".join([f"{kind.value} everywhere: {action.result.value}", *lines]), title="Everywhere",
                    severity=severity, timeout=10)  # fmt: skip
        screen = self.screen
        if isinstance(screen, ReloadingScreen):
            screen.reload()
        return action

    def action_strike(self) -> None:
        """Show the selected author's next step on the strike ladder, and apply it once confirmed."""
        self.workflows.strike()

    def action_escalate_note(self) -> None:
        """Escalate the selected message with a one-line note for the producer."""
        self.workflows.escalate_note()

    def action_escalation(self, kind: str) -> None:
        """Acknowledge or resolve the selected escalation (producer)."""
        self.workflows.escalation(kind)

    def action_card(self) -> None:
        """Open the author card of the selected message's author."""
        self.workflows.card()

    def action_watch(self) -> None:
        """Highlight (or stop highlighting) the selected author's messages in every list."""
        self.workflows.watch()

    def action_note(self) -> None:
        """Write a local note about the selected author (recorded in the action log)."""
        self.workflows.author_note()

    def action_author_all(self) -> None:
        """Hide every message of the selected author, or time out / ban them (confirmed)."""
        self.workflows.author_all()

    def action_raid(self) -> None:
        """Act on every account of the detected raid in one step (confirmed)."""
        self.workflows.raid()

    def action_search(self) -> None:
        """Search the whole session."""
        self.workflows.search()

    def current_raid(self) -> RaidAlert | None:
        """The raid of the selected message, else the latest active raid."""
        return self.workflows.current_raid()

    def action_lockdown(self) -> None:
        """Switch lockdown on or off (on the desk at once, then on the platforms)."""
        self.switch_lockdown(not self.session.lockdown)

    @work(exit_on_error=False, group="lockdown")
    async def switch_lockdown(self, on: bool) -> ActionRecord | None:
        """Switch lockdown and say what each platform did with its own controls."""
        try:
            action = await self.session.set_lockdown(on)
        except ActionError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return None
        self._drain()
        if self.session.lockdown != on:  # a team member's desk: the host switches it
            self.notify(f"Lockdown {'on' if on else 'off'} asked of the host", markup=False)
            return None
        state = "on: every message at or above warn is held" if on else "lifted"
        lines = platform_lines(action.response) if action is not None else []
        if action is not None and action.result is ActionResult.LOCAL and lines:
            state += " (on the desk only)"
        self.notify(
            "\n".join([f"Lockdown {state}", *lines]),
            severity="warning" if on else "information",
            timeout=10 if lines else 5,
            markup=False,
        )  # fmt: skip (platforms' words are not markup)
        return action

    async def action_quit(self) -> None:
        """Quit; while escalations are not resolved, only after the moderator says so."""
        states = [e.state for e in self.stats.snapshot(self.clock()).escalations]
        quit_with_care(self, states, ask=self.moderation)

    def action_help(self) -> None:
        """Show every key, as currently bound (user keymaps included)."""
        self.push_screen(HelpScreen(help_rows(self.screen)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: every action of the desk, under the name its key has."""
        yield from super().get_system_commands(screen)
        yield from binding_commands(self, screen)
        yield SystemCommand(
            "Legend", "What the marks on the rows mean (also at the end of help: ?)", self.action_legend
        )

    def action_legend(self) -> None:
        """Show what the rows' marks mean."""
        self.push_screen(HelpScreen([], legend=True))


def _changes_sanctions(update: SessionUpdate) -> bool:
    """An update that may ban, time out or lift a sanction, or change an author's standing (the rows' marks
    change)."""
    if isinstance(update, ActionRecord):
        return update.kind in (ActionKind.BAN, ActionKind.TIMEOUT, ActionKind.UNBAN, ActionKind.UNDO, ActionKind.LINK)
    return isinstance(update, PlatformEvent) and update.kind in (
        PlatformEventKind.BANNED,
        PlatformEventKind.TIMED_OUT,
        PlatformEventKind.UNBANNED,
        PlatformEventKind.TRUST,
        PlatformEventKind.SUSPICIOUS,
    )
