"""The audience lane of the producer's view: who drives the chat, and the messages worth amplifying.

It draws the figures of :mod:`castguard.session.audience` from a :class:`Snapshot` (so live, follow
and replay show the same): the top 1% of accounts with their share of messages and of negative ones,
detractors and advocates of this broadcast, then the amplify lane. Enter opens the selected account's
author card; ``B`` starts the bulk action on the accounts of the selected group; ``P`` pins (or
unpins) the selected message to the on-air view. The lane only posts messages: the desk acts.
Names and texts come from chat: drawn as plain :class:`~rich.text.Text`, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from castguard.core.text import clean_text
from castguard.session.audience import Contributor
from castguard.session.redaction import redact_text
from castguard.session.stats import Amplifiable, Snapshot
from castguard.tui.render import PINNED_MARK
from castguard.tui.widgets import retitle

#: Longest name and message text shown in a row.
NAME_CHARS = 24
TEXT_CHARS = 160
#: Messages of the amplify lane shown.
LANE_ROWS = 12
KIND_MARKS = {"testimonial": "♥ testimonial", "question": "? question", "positive": "+ positive"}


@dataclass(frozen=True, slots=True)
class Row:
    """One selectable row: an account of a group (``top``, ``detractors``, ``advocates``) or a message."""

    group: str
    account: Contributor | None = None
    message: Amplifiable | None = None


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


class AudienceLane(Widget, can_focus=True):
    """Top contributors, detractors, advocates and the amplify lane, with keys to act on them."""

    DEFAULT_CSS = """
    AudienceLane { height: 1fr; border: round $success 50%; padding: 0 1; }
    AudienceLane:focus { border: round $success; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", "Previous", show=False, id="audience.up"),
        Binding("down,j", "move(1)", "Next", show=False, id="audience.down"),
        Binding("enter", "open", "Author card", id="audience.card",
                tooltip="Open the author card of the selected account (or of the selected message's author)"),
        Binding("B", "bulk", "Bulk on group", id="audience.bulk",
                tooltip="Hide, time out or ban every account of the selected group (confirm)"),
        Binding("P", "pin", "Pin on air", id="audience.pin",
                tooltip="Pin the selected message to the on-air view (again: unpin)"),
    ]  # fmt: skip

    selected: reactive[int] = reactive(0)
    """Index of the selected row in :attr:`rows`."""

    class OpenCard(Message):
        """Open the author card of the account whose newest message is ``seq``."""

        def __init__(self, seq: int) -> None:
            super().__init__()
            self.seq = seq

    class Bulk(Message):
        """Start the bulk action on these accounts (``title`` names the group)."""

        def __init__(self, title: str, accounts: tuple[Contributor, ...]) -> None:
            super().__init__()
            self.title = title
            self.accounts = accounts

    class Pin(Message):
        """Pin message ``seq`` to the on-air view (``on=False``: take the pin off)."""

        def __init__(self, seq: int, on: bool) -> None:
            super().__init__()
            self.seq = seq
            self.on = on

    def __init__(self, *, acts: bool = True, id: str | None = None) -> None:
        """``acts=False``: figures only (a follower's desk cannot open cards, act in bulk or pin)."""
        super().__init__(id=id)
        self.acts = acts
        self.snapshot: Snapshot | None = None
        self.rows: list[Row] = []
        self._top = 0
        """First line of the rows shown (below the sentence), moved to keep the selection in sight."""
        self.border_title = "Audience: who drives the chat · amplify"
        """Names the window once figures arrive."""

    def show(self, snapshot: Snapshot) -> None:
        """Take the figures of ``snapshot``; the selection stays on the same account or message when it can."""
        current = self.current
        c = snapshot.concentration
        minutes = snapshot.concentration_window / 60
        retitle(self, f"Audience, last {minutes:g} min: who drives the chat · amplify")
        rows: list[Row] = []
        if c is not None:
            rows += [Row("top", account=a) for a in c.top[:10]]
            rows += [Row("detractors", account=a) for a in c.detractors]
            rows += [Row("advocates", account=a) for a in c.advocates]
        rows += [Row("amplify", message=m) for m in snapshot.amplify[:LANE_ROWS]]
        if self.snapshot is not None and c == self.snapshot.concentration and rows == self.rows:
            self.snapshot = snapshot
            return  # the same figures and rows: nothing to lay out or draw again
        self.rows = rows
        index = next((i for i, r in enumerate(rows) if _same(r, current)), None) if current is not None else None
        self.selected = index if index is not None else min(self.selected, max(len(rows) - 1, 0))
        self.snapshot = snapshot
        self.refresh(layout=True)

    @property
    def current(self) -> Row | None:
        """The selected row."""
        return self.rows[self.selected] if 0 <= self.selected < len(self.rows) else None

    def render(self) -> Text:
        s = self.snapshot
        out = Text(no_wrap=True, overflow="ellipsis")
        if s is None or s.concentration is None:
            out.append("No messages yet.", "dim")
            return out
        c = s.concentration
        width = self.content_size.width
        head = Text(no_wrap=True, end="")
        if c.authors:
            head.append(f"{_pct(c.author_share)} of contributors", "bold")
            head.append(f" ({len(c.top)} of {c.authors}) drove ")
            head.append(f"{_pct(c.message_share)} of the activity", "bold")
            head.append(" and ")
            loud = (c.negative_share or 0.0) >= 0.5
            head.append(f"{_pct(c.negative_share)} of the negative", "bold red" if loud else "bold")
        else:
            head.append("No messages in this window.", "dim")
        head.truncate(max(width, 20), overflow="ellipsis")
        body: list[Text] = []
        chosen = 0
        group = ""
        for index, row in enumerate(self.rows):
            if row.group != group:
                group = row.group
                heading = _heading(group, c.top if group == "top" else ())
                body.append(Text(heading if self.acts else heading.split(" · ")[0], style="bold underline"))
            if index == self.selected:
                chosen = len(body)
            line = _row_text(row, index == self.selected)
            line.truncate(max(width, 20), overflow="ellipsis")  # one line per entry, whatever the text's length
            body.append(line)
        if not any(r.group == "amplify" for r in self.rows):
            body += [Text("Amplify", style="bold underline"), Text("  nothing positive to put on air yet", style="dim")]
        # The sentence stays on top; below it, a window of the rows that keeps the selected one in sight.
        room = max(self.content_size.height - 1, 1)
        if chosen < self._top:
            self._top = max(chosen - 1, 0)  # with its heading when it is the group's first row
        elif chosen >= self._top + room:
            self._top = chosen - room + 1
        self._top = max(min(self._top, len(body) - room), 0)
        out.append_text(head)
        for line in body[self._top : self._top + room]:
            out.append("\n")
            out.append_text(line)
        return out

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Opening, bulk actions and pins are off (and not offered) on a lane that only shows figures."""
        if not self.acts and action in ("open", "bulk", "pin"):
            return False
        return True

    def action_move(self, step: int) -> None:
        if self.rows:
            self.selected = (self.selected + step) % len(self.rows)
            self.refresh()

    def action_open(self) -> None:
        row = self.current
        if row is None:
            return
        seq = row.account.last_seq if row.account is not None else row.message.record.seq if row.message else None
        if seq is not None:
            self.post_message(self.OpenCard(seq))

    def action_bulk(self) -> None:
        row = self.current
        if row is None or row.group not in ("top", "detractors"):
            self.notify("Select an account among the top contributors or the detractors.", severity="warning")
            return
        accounts = tuple(r.account for r in self.rows if r.group == row.group and r.account is not None)
        title = "Top contributors" if row.group == "top" else "Detractors of this broadcast"
        self.post_message(self.Bulk(title, accounts))

    def action_pin(self) -> None:
        row = self.current
        if row is None or row.message is None:
            self.notify("Select a message of the amplify lane to pin it on air.", severity="warning")
            return
        self.post_message(self.Pin(row.message.record.seq, not row.message.pinned))


def _same(row: Row, other: Row) -> bool:
    if row.group != other.group:
        return False
    if row.account is not None and other.account is not None:
        return (row.account.source, row.account.author_id) == (other.account.source, other.account.author_id)
    if row.message is not None and other.message is not None:
        return row.message.record.seq == other.message.record.seq
    return False


def _heading(group: str, top: tuple[Contributor, ...]) -> str:
    if group == "top":
        # The share is the head line's (one figure, one place): "Top 1%" here contradicted "2% of contributors".
        return f"Top contributors ({len(top)} account{'s' if len(top) != 1 else ''}) · B bulk action"
    if group == "detractors":
        return "Detractors (mostly negative) · B bulk action"
    if group == "advocates":
        return "Advocates (mostly positive)"
    return "Amplify · P pins on air"


def _row_text(row: Row, selected: bool) -> Text:
    base = "reverse" if selected else ""
    line = Text(no_wrap=True, end="")
    if row.account is not None:
        a = row.account
        line.append("  " + clean_text(a.name, NAME_CHARS).ljust(NAME_CHARS) + " ", f"bold {base}".strip())
        line.append(f"{a.messages:>5} msgs ", base)
        line.append(f"{a.negative:>4} neg ", ("red " + base).strip() if a.negative else base)
        line.append(f"{a.positive:>4} pos", ("green " + base).strip() if a.positive else base)
        return line
    assert row.message is not None
    m = row.message
    line.append(f"  {PINNED_MARK} " if m.pinned else "     ", "bold yellow")
    line.append(f"{KIND_MARKS[m.kind]:<14} ", f"green {base}".strip())
    line.append(clean_text(m.record.message.author.name, NAME_CHARS) + ": ", f"bold {base}".strip())
    # Not flagged, but the lane is one key from the air: whatever a filter might still label stays labelled.
    text = redact_text(m.record.message.text, m.record.verdict.findings)
    line.append(clean_text(text, TEXT_CHARS), base)
    return line
