"""The desk's multi-step workflows: escalate with a note, bulk and raid actions, author card, search, inbox.

A mixin of :class:`castguard.tui.app.DeskApp`, kept apart so that the app module stays
about wiring and drawing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from castguard.core.model import ActionKind, ActionRecord, EscalationState, MessageRecord
from castguard.session.stats import RaidAlert
from castguard.tui.feed import FeedView
from castguard.tui.screens import BulkChoice, ConfirmBulk, NotePrompt

if TYPE_CHECKING:
    from textual.worker import Worker

    from castguard.session.engine import Session
    from castguard.session.stats import SessionStats


class Workflows:
    """Actions that need a prompt, a confirmation or another screen."""

    if TYPE_CHECKING:
        session: Session
        stats: SessionStats
        watched: set[str]
        clock: Any

        def selected(self, *, quiet: bool = False) -> MessageRecord | None: ...
        def perform(self, kind: ActionKind, records: Iterable[MessageRecord], *, duration: int | None = None,
                    reason: str = "") -> Worker[list[ActionRecord]]: ...  # fmt: skip
        def notify(self, message: str, *, title: str = "", severity: Any = "information",
                   timeout: float | None = None, markup: bool = True) -> None: ...  # fmt: skip

        push_screen: Any

        def lists(self) -> list[FeedView]: ...
        def bell(self) -> None: ...
        @property
        def screen(self) -> Any: ...

    # -- escalation -------------------------------------------------------------------------

    def action_escalate_note(self) -> None:
        """Escalate the selected message with a one-line note for the producer."""
        record = self.selected()
        if record is None:
            return

        def noted(note: str | None) -> None:
            if note is not None:
                self.perform(ActionKind.ESCALATE, [record], reason=note)

        self.push_screen(NotePrompt(f"Escalate #{record.seq} by {record.message.author.name}: note for the producer"),
                         noted)  # fmt: skip

    def action_escalation(self, kind: str) -> None:
        """Acknowledge or resolve the selected escalation (producer)."""
        record = self.selected()
        if record is None:
            return
        if record.escalation is None:
            self.notify(f"#{record.seq} is not escalated (e escalates it).", severity="warning")
            return
        target = EscalationState.ACKNOWLEDGED if kind == "acknowledge" else EscalationState.RESOLVED
        if record.escalation in (target, EscalationState.RESOLVED):
            self.notify(f"#{record.seq} is already {record.escalation.value}.", severity="warning")
            return
        self.perform(ActionKind(kind), [record])

    # -- author ------------------------------------------------------------------------------

    def action_card(self) -> None:
        """Open the author card of the selected message's author."""
        from castguard.tui.author import AuthorCard

        record = self.selected()
        if record is not None:
            self.push_screen(AuthorCard(record))

    def action_watch(self) -> None:
        """Highlight (or stop highlighting) the selected author's messages in every list."""
        record = self._author_record()
        if record is None:
            return
        author = record.message.author
        if author.id in self.watched:
            self.watched.discard(author.id)
            self.notify(f"No longer watching {author.name}.")
        else:
            self.watched.add(author.id)
            self.notify(f"Watching {author.name}: their messages are highlighted.")
        for view in self.lists():
            view.redraw()
        reload = getattr(self.screen, "reload", None)
        if reload is not None:
            reload()

    def _author_record(self) -> MessageRecord | None:
        card_record: MessageRecord | None = getattr(self.screen, "record", None)
        return card_record if card_record is not None else self.selected()

    def action_note(self) -> None:
        """Write a local note about the selected author (recorded in the action log)."""
        record = self._author_record()
        if record is None:
            return
        from castguard.session.search import author_history

        m = record.message
        current = author_history(self.session.store, m.source, m.author.id, limit=1).note

        def noted(note: str | None) -> None:
            if note is not None:
                self.perform(ActionKind.NOTE, [record], reason=note)

        self.push_screen(NotePrompt(f"Note about {m.author.name} (kept in this session's record)", value=current),
                         noted)  # fmt: skip

    def action_author_all(self) -> None:
        """Hide every message of the selected author, or time out / ban them (confirmed)."""
        record = self._author_record()
        if record is None:
            return
        m = record.message
        seqs = self.session.author_messages(m.source, m.author.id)
        screen = ConfirmBulk(f"Every message of {m.author.name} ({m.author.id}) on {m.source}", [m.author.name],
                             len(seqs))  # fmt: skip

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is not None:
                self._bulk(choice, m.source, {m.author.id: seqs})

        self.push_screen(screen, confirmed)

    # -- raids -------------------------------------------------------------------------------

    def current_raid(self) -> RaidAlert | None:
        """The raid of the selected message, else the latest active raid."""
        record = self.selected(quiet=True)
        snapshot = self.stats.snapshot(self.clock())
        if record is not None:
            for raid in snapshot.raids:
                if raid.source == record.message.source and record.message.author.id in raid.accounts:
                    return raid
            accounts = next((f.accounts for f in record.verdict.findings if f.category == "crowd.raid"), ())
            if accounts:
                first = record.message.received_at
                return RaidAlert(record.message.source, accounts, accounts, first, first, 1, record.seq, True)
        return next((r for r in snapshot.raids if r.active), None)

    def action_raid(self) -> None:
        """Act on every account of the detected raid in one step (confirmed)."""
        raid = self.current_raid()
        if raid is None:
            self.notify("No raid detected: select a message with a crowd.raid finding.", severity="warning")
            return
        by_account = {a: self.session.author_messages(raid.source, a) for a in raid.accounts}
        total = sum(len(s) for s in by_account.values())
        screen = ConfirmBulk(f"Raid on {raid.source}: every account", list(raid.names), total)

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is not None:
                self._bulk(choice, raid.source, by_account)

        self.push_screen(screen, confirmed)

    def _bulk(self, choice: BulkChoice, source: str, by_account: dict[str, list[int]]) -> None:
        """Hide every message, or time out / ban each account once (on its latest message)."""
        if choice.kind is ActionKind.HIDE:
            seqs = [s for seqs in by_account.values() for s in seqs]
        else:
            # A timeout or ban applies to the account: once each, even when its messages are already hidden.
            every = {a: self.session.author_messages(source, a, active_only=False) for a in by_account}
            seqs = [max(seqs) for seqs in every.values() if seqs]
        records = [r for r in (self.session.record(s) for s in sorted(seqs)) if r is not None]
        if not records:
            self.notify("Nothing left to act on: their messages are already off the chat.", severity="warning")
            return
        self.perform(choice.kind, records, duration=choice.duration, reason=choice.reason)

    # -- search ------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Search the whole session."""
        from castguard.tui.search import SearchScreen

        self.push_screen(SearchScreen())
