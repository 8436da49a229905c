"""The desk's multi-step workflows: escalate with a note, bulk and raid actions, author card, search, inbox.

:class:`Workflows` is a controller the desk holds (``desk.workflows``); the desk's key actions call it.
It reaches the desk only through :class:`DeskHost`, the few things it needs, so the app module stays
about wiring and drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from castguard.core.model import ActionKind, ActionRecord, EscalationState, MessageRecord
from castguard.session.stats import RaidAlert
from castguard.tui.feed import FeedView
from castguard.tui.screens import BulkChoice, ConfirmBulk, NotePrompt
from castguard.tui.widgets import AuthorScreen, ReloadingScreen

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen
    from textual.worker import Worker

    from castguard.session.engine import Session
    from castguard.session.stats import SessionStats


class DeskHost(Protocol):
    """What the workflows need of the desk (:class:`castguard.tui.app.DeskApp` provides it)."""

    session: Session
    watched: set[str]
    """Author ids highlighted in every list."""
    clock: Callable[[], float]

    @property
    def stats(self) -> SessionStats:
        """The producer's figures."""

    @property
    def screen(self) -> Screen[object]:
        """The screen on top."""

    def selected(self, *, quiet: bool = False) -> MessageRecord | None:
        """The selected message of the visible view or screen."""

    def perform(
        self, kind: ActionKind, records: Iterable[MessageRecord], *, duration: int | None = None, reason: str = ""
    ) -> Worker[list[ActionRecord]]:
        """Carry out an action on messages (in the background), showing it under way and then its outcome."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a toast."""

    def push_screen(self, screen: Any, callback: Any = None) -> Any:
        """Open ``screen`` over the desk; ``callback`` receives what it is dismissed with."""

    def perform_everywhere(
        self, kind: ActionKind, record: MessageRecord, *, duration: int | None = None, reason: str = ""
    ) -> Worker[ActionRecord | None]:
        """Ban or time out the record's author on every linked account (in the background), then say how."""

    def lists(self) -> list[FeedView]:
        """Every message list on the desk and on the screen on top."""


class Workflows:
    """Actions that need a prompt, a confirmation or another screen."""

    def __init__(self, desk: DeskHost) -> None:
        self.desk = desk

    # -- escalation -------------------------------------------------------------------------

    def escalate_note(self) -> None:
        """Escalate the selected message with a one-line note for the producer."""
        desk = self.desk
        record = desk.selected()
        if record is None:
            return

        def noted(note: str | None) -> None:
            if note is not None:
                desk.perform(ActionKind.ESCALATE, [record], reason=note)

        desk.push_screen(NotePrompt(f"Escalate #{record.seq} by {record.message.author.name}: note for the producer"),
                         noted)  # fmt: skip

    def escalation(self, kind: str) -> None:
        """Acknowledge or resolve the selected escalation (producer)."""
        desk = self.desk
        record = desk.selected()
        if record is None:
            return
        if record.escalation is None:
            desk.notify(f"#{record.seq} is not escalated (e escalates it).", severity="warning")
            return
        target = EscalationState.ACKNOWLEDGED if kind == "acknowledge" else EscalationState.RESOLVED
        if record.escalation in (target, EscalationState.RESOLVED):
            desk.notify(f"#{record.seq} is already {record.escalation.value}.", severity="warning")
            return
        if target is EscalationState.ACKNOWLEDGED:
            desk.perform(ActionKind.ACKNOWLEDGE, [record])
            return

        def noted(note: str | None) -> None:
            if note is not None:
                desk.perform(ActionKind.RESOLVE, [record], reason=note)

        # What was done about it is kept with the resolution (the report and the author's history show it).
        desk.push_screen(NotePrompt(f"Resolve #{record.seq} by {record.message.author.name}: what was done?",
                                    placeholder="optional: called back, forwarded to legal, ..."), noted)  # fmt: skip

    # -- author ------------------------------------------------------------------------------

    def card(self) -> None:
        """Open the author card of the selected message's author."""
        from castguard.tui.author import AuthorCard

        record = self.desk.selected()
        if record is not None:
            self.desk.push_screen(AuthorCard(record))

    def watch(self) -> None:
        """Highlight (or stop highlighting) the selected author's messages in every list."""
        desk = self.desk
        record = self.author_record()
        if record is None:
            return
        author = record.message.author
        if author.id in desk.watched:
            desk.watched.discard(author.id)
            desk.notify(f"No longer watching {author.name}.")
        else:
            desk.watched.add(author.id)
            desk.notify(f"Watching {author.name}: their messages are highlighted.")
        for view in desk.lists():
            view.redraw()
        screen = desk.screen
        if isinstance(screen, ReloadingScreen):
            screen.reload()

    def author_record(self) -> MessageRecord | None:
        """The author the keys act on: the author card's, else the selected message's."""
        screen = self.desk.screen
        if isinstance(screen, AuthorScreen):
            return screen.author_record()
        return self.desk.selected()

    def author_note(self) -> None:
        """Write a local note about the selected author (recorded in the action log)."""
        record = self.author_record()
        if record is None:
            return
        from castguard.session.search import author_history
        from castguard.tui.author import AuthorCard

        desk = self.desk
        m = record.message
        current = author_history(desk.session.store, m.source, m.author.id, limit=1).note
        screen = desk.screen
        if not current and isinstance(screen, AuthorCard):
            current = screen.note()  # an earlier session's note about them, to keep or change

        def noted(note: str | None) -> None:
            if note is not None:
                desk.perform(ActionKind.NOTE, [record], reason=note)

        desk.push_screen(NotePrompt(f"Note about {m.author.name} (kept in this session's record)", value=current),
                         noted)  # fmt: skip

    def author_all(self) -> None:
        """Hide every message of the selected author, or time out / ban them (confirmed)."""
        record = self.author_record()
        if record is None:
            return
        m = record.message
        seqs = self.desk.session.author_messages(m.source, m.author.id)
        screen = ConfirmBulk(f"Every message of {m.author.name} ({m.author.id}) on {m.source}", [m.author.name],
                             len(seqs))  # fmt: skip

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is not None:
                self.bulk(choice, m.source, {m.author.id: seqs})

        self.desk.push_screen(screen, confirmed)

    # -- linked accounts ---------------------------------------------------------------------

    def link(self) -> None:
        """Link the author card's author to their account on another platform, found by name or id."""
        from castguard.session.links import LinkError

        desk = self.desk
        record = self.author_record()
        if record is None:
            return
        m = record.message
        prompt = NotePrompt(
            f"Link {m.author.name} ({m.author.id} on {m.source}) to another account of the same person",
            placeholder="their name or id (SOURCE NAME when several sources have one)",
        )

        def named(wanted: str | None) -> None:
            if not wanted:
                return
            found = [a for a in desk.session.find_accounts(wanted) if a.key != (m.source, m.author.id)]
            if not found:
                desk.notify(f"No account named {wanted} in this session.", severity="warning")
                return
            if len(found) > 1:
                listed = "; ".join(f"{a.source} {a.author_id}" for a in found[:6])
                desk.notify(f"Several accounts match: {listed}. Write SOURCE ID.", severity="warning", timeout=10)
                return
            try:
                desk.session.link_accounts(record.seq, found[0])
            except LinkError as exc:
                desk.notify(str(exc), severity="warning")
                return
            desk.notify(f"{m.author.name} linked to {found[0].describe()}.", title="Accounts linked")
            screen = desk.screen
            if isinstance(screen, ReloadingScreen):
                screen.reload()

        desk.push_screen(prompt, named)

    def everywhere(self) -> None:
        """Ban or time out the author card's author on every linked account in one step (confirmed)."""
        desk = self.desk
        record = self.author_record()
        if record is None:
            return
        m = record.message
        linked = desk.session.linked_accounts(m.source, m.author.id)
        if not linked:
            desk.notify(f"{m.author.name} has no linked account: l links one.", severity="warning")
            return
        from castguard.tui.strikes import ConfirmEverywhere

        names = [f"{m.author.name} ({m.author.id}) on {m.source}", *(a.describe() for a in linked)]
        screen = ConfirmEverywhere(f"Every account of {m.author.name} (linked)", names)

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is None:
                return
            if choice.kind is ActionKind.HIDE:
                desk.notify("Everywhere bans or times out: choose t or b.", severity="warning")
                return
            desk.perform_everywhere(choice.kind, record, duration=choice.duration, reason=choice.reason)

        desk.push_screen(screen, confirmed)

    # -- strikes -----------------------------------------------------------------------------

    def strike(self) -> None:
        """Show the selected author's next step on the strike ladder; apply it once confirmed."""
        from castguard.session.engine import ActionError
        from castguard.tui.strikes import ConfirmStrike

        desk = self.desk
        record = desk.selected()
        if record is None:
            return
        try:
            plan = desk.session.plan_strike(record.seq)
        except ActionError as exc:
            desk.notify(str(exc), severity="warning")
            return
        if plan is None:
            categories = ", ".join(record.verdict.categories) or "no category"
            desk.notify(f"The policy has no strike ladder for {categories} ([ladder]).", severity="warning")
            return

        def answered(apply: bool | None) -> None:
            if apply:
                desk.perform(plan.kind, [record], duration=plan.duration, reason=plan.reason)

        desk.push_screen(ConfirmStrike(plan), answered)

    # -- raids -------------------------------------------------------------------------------

    def current_raid(self) -> RaidAlert | None:
        """The raid of the selected message, else the latest raid (active, or ended less than two minutes ago)."""
        desk = self.desk
        record = desk.selected(quiet=True)
        snapshot = desk.stats.snapshot(desk.clock())
        if record is not None:
            for raid in snapshot.raids:
                if raid.source == record.message.source and record.message.author.id in raid.accounts:
                    return raid
            accounts = next((f.accounts for f in record.verdict.findings if f.category == "crowd.raid"), ())
            if accounts:
                first, source = record.message.received_at, record.message.source
                names = desk.stats.names_of(source, accounts)
                return RaidAlert(source, accounts, names, first, first, 1, record.seq, True)
        # Else the latest raid a moderator may still be acting on: active, or ended moments ago.
        now = desk.clock()
        return next((r for r in snapshot.raids if now - r.last_at <= desk.stats.raid_quiet), None)

    def raid(self) -> None:
        """Act on every account of the detected raid in one step (confirmed)."""
        desk = self.desk
        raid = self.current_raid()
        if raid is None:
            desk.notify("No raid detected: select a message with a crowd.raid finding.", severity="warning")
            return
        by_account = {a: desk.session.author_messages(raid.source, a) for a in raid.accounts}
        total = sum(len(s) for s in by_account.values())
        screen = ConfirmBulk(f"Raid on {raid.source}: every account", list(raid.names), total)

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is not None:
                self.bulk(choice, raid.source, by_account)

        desk.push_screen(screen, confirmed)

    def bulk(self, choice: BulkChoice, source: str, by_account: dict[str, list[int]]) -> None:
        """Hide every message, or time out / ban each account once (on its latest message)."""
        session = self.desk.session
        if choice.kind is ActionKind.HIDE:
            seqs = [s for seqs in by_account.values() for s in seqs]
        else:
            # A timeout or ban applies to the account: once each, even when its messages are already hidden.
            every = {a: session.author_messages(source, a, active_only=False) for a in by_account}
            seqs = [max(seqs) for seqs in every.values() if seqs]
        records = [r for r in (session.record(s) for s in sorted(seqs)) if r is not None]
        if not records:
            self.desk.notify("Nothing left to act on: their messages are already off the chat.", severity="warning")
            return
        self.desk.perform(choice.kind, records, duration=choice.duration, reason=choice.reason)

    def accounts(self, title: str, accounts: Iterable[tuple[str, str, str]]) -> None:
        """The bulk action (confirmed) on named accounts, as ``(source, author id, name)``: the producer's
        top contributors or detractors, possibly on several platforms."""
        desk = self.desk
        session = desk.session
        named = list(dict.fromkeys(accounts))
        if not named:
            desk.notify("No account to act on.", severity="warning")
            return
        active = {(source, a): session.author_messages(source, a) for source, a, _ in named}
        screen = ConfirmBulk(title, [name for _, _, name in named], sum(len(s) for s in active.values()))

        def confirmed(choice: BulkChoice | None) -> None:
            if choice is None:
                return
            if choice.kind is ActionKind.HIDE:
                seqs = [s for found in active.values() for s in found]
            else:
                # A timeout or ban applies to the account: once each, on its latest message.
                every = [session.author_messages(source, a, active_only=False) for source, a in active]
                seqs = [max(found) for found in every if found]
            records = [r for r in (session.record(s) for s in sorted(seqs)) if r is not None]
            if not records:
                desk.notify("Nothing left to act on: their messages are already off the chat.", severity="warning")
                return
            desk.perform(choice.kind, records, duration=choice.duration, reason=choice.reason)

        desk.push_screen(screen, confirmed)

    # -- search ------------------------------------------------------------------------------

    def search(self) -> None:
        """Search the whole session."""
        from castguard.tui.search import SearchScreen

        self.desk.push_screen(SearchScreen())
