"""Turning records into styled text for the desk, without ever parsing markup.

Chat text reaches the screen only through ``rich.text.Text.append`` and
``Segment`` with plain strings, so ``[bold]`` or ``[@click=app.quit]`` in a
message is shown literally. The engine has already stripped control, escape,
bidi and zero-width characters.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from castguard.connectors.platforms import badge as platform_badge
from castguard.core.model import (
    ConnectionState,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    Severity,
)
from castguard.core.text import clean_text, displayable, one_line
from castguard.tui.palette import FALLBACK, ROLES, Palette

# Marks and their looks: a look is a role of the theme's palette (castguard.tui.palette) or a colourless style.
SEVERITY_STYLES: dict[Severity | None, tuple[str, str]] = {
    Severity.CRITICAL: ("●", "critical"),
    Severity.WARN: ("▲", "warn"),
    Severity.INFO: ("·", "info"),
    None: (" ", ""),
}
SPAN_STYLES: dict[Severity, str] = {
    Severity.CRITICAL: "span_critical",
    Severity.WARN: "span_warn",
    Severity.INFO: "span_info",
}
STATE_MARKS: dict[MessageState, tuple[str, str]] = {
    MessageState.VISIBLE: ("  ", ""),
    MessageState.HELD: ("⏸ ", "held"),
    MessageState.APPROVED: ("✓ ", "approved"),
    MessageState.HIDDEN: ("✗ ", "hidden"),
    MessageState.REMOVED: ("⊘ ", "removed"),
}
#: The state column of a message whose escalation is open (waiting for the producer).
ESCALATED_MARK = "⇪ "
#: The mark of a message the producer pinned on air.
PINNED_MARK = "📌"
CONNECTION_STYLES: dict[ConnectionState, str] = {
    ConnectionState.CONNECTING: "caution",
    ConnectionState.CONNECTED: "good",
    ConnectionState.RECONNECTING: "caution",
    ConnectionState.ENDED: "dim",
    ConnectionState.FAILED: "bad",
}
CATEGORY_WIDTH = 16
AUTHOR_WIDTH = 18
#: Below this row width the row's prefix is compact (minutes, short category, narrower author) so that the
#: message itself keeps most of the row; below :data:`NARROW_WIDTH` the time and badge columns go too, and
#: below :data:`TINY_WIDTH` the category (the severity mark stays, the detail pane names the category).
COMPACT_WIDTH = 100
NARROW_WIDTH = 76
TINY_WIDTH = 45


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Which columns a list row shows before the message, and how wide they are."""

    time_format: str | None
    """strftime format of the arrival time (``None``: no time column)."""
    badge: bool
    """Show the platform badge."""
    category: int
    """Width of the category column (0: no column)."""
    short_category: bool
    """Show only the category's last part (``phone`` for ``privacy.phone``)."""
    author: int
    """Width of the author column."""


FULL_ROW = RowLayout("%H:%M:%S", True, CATEGORY_WIDTH, False, AUTHOR_WIDTH)
COMPACT_ROW = RowLayout("%H:%M", True, 9, True, 12)
NARROW_ROW = RowLayout(None, False, 9, True, 10)
TINY_ROW = RowLayout(None, False, 0, True, 10)


def row_layout(width: int) -> RowLayout:
    """The columns of a row ``width`` cells wide: the narrower the row, the more of it the message gets."""
    if width >= COMPACT_WIDTH:
        return FULL_ROW
    if width >= NARROW_WIDTH:
        return COMPACT_ROW
    return NARROW_ROW if width >= TINY_WIDTH else TINY_ROW


def clock(ts: float, fmt: str = "%H:%M:%S") -> str:
    """Local wall-clock time of a timestamp."""
    return dt.datetime.fromtimestamp(ts).strftime(fmt)


def highlight_spans(
    text: str, findings: tuple[Finding, ...], base: str = "", *, wrap: bool = False, palette: Palette = FALLBACK
) -> Text:
    """``text`` with each finding's span styled by its severity (the feed's row pieces, as wrappable text)."""
    return Text.assemble(*_spans(text, findings, base, palette), no_wrap=not wrap, end="")


@functools.cache
def style(definition: str) -> Style:
    """A parsed style, shared by every row that uses it (rows are drawn many times a second)."""
    return Style.parse(definition) if definition else Style.null()


def look(palette: Palette, name: str) -> Style:
    """The style of a look: a role of ``palette`` (``critical``, ``held``...), else a colourless style (``dim``)."""
    return getattr(palette, name) if name in ROLES else style(name)


def _spans(text: str, findings: tuple[Finding, ...], base: str, palette: Palette = FALLBACK) -> list[tuple[str, Style]]:
    """``text`` cut where a finding's span begins or ends, each piece styled by the spans over it."""
    size = len(text)
    ordered = sorted(findings, key=lambda f: f.severity)
    spans = [
        (f.start, min(f.end, size), look(palette, SPAN_STYLES[f.severity]))
        for f in ordered
        if f.start < min(f.end, size)
    ]
    if not spans:
        return [(text, style(base))]
    cuts = sorted({0, size, *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        piece = style(base)
        for start, end, span_style in spans:
            if start <= left and right <= end:
                piece += span_style
        pieces.append((text[left:right], piece))
    return pieces


def feed_segments(
    record: MessageRecord,
    *,
    pending: str | None = None,
    watched: bool = False,
    layout: RowLayout = FULL_ROW,
    sanction: str | None = None,
    palette: Palette = FALLBACK,
) -> list[Segment]:
    """One row of the live feed, as segments built from plain strings (never parsed as markup).

    ``sanction``: the mark of an author banned or timed out now, shown before the name; ``palette``: the
    theme's colours (those of the widget drawing the row).
    """
    m, v = record.message, record.verdict
    mark, mark_look = SEVERITY_STYLES[v.severity]
    mark_style = look(palette, mark_look)
    state, state_look = STATE_MARKS[record.state]
    if record.escalation is EscalationState.OPEN:
        state, state_look = ESCALATED_MARK, "escalated"
    badge, badge_style = platform_badge(m.platform)
    category = v.categories[0] if v.categories else ""
    if layout.short_category:
        category = category.rpartition(".")[2]
    if len(v.categories) > 1:
        category = f"{category}+{len(v.categories) - 1}"
    # A sanction's mark takes its cells from the author's column, so the messages stay aligned.
    name_width = max(1, layout.author - cell_len(sanction)) if sanction else layout.author
    author = fit_cells(displayable(m.author.name), name_width)
    if layout.time_format is not None:
        # Aligned when there is room (a narrow row gives it to the text).
        author = " " * (name_width - cell_len(author)) + author
    body_style = "dim strike" if record.state in (MessageState.HIDDEN, MessageState.REMOVED) else ""
    row = [Segment(mark, mark_style), Segment(state, look(palette, state_look))]
    if layout.time_format is not None:
        row += [Segment(clock(m.received_at, layout.time_format), style("dim")), Segment(" ")]
    if layout.badge:
        row += [Segment(badge, style(badge_style)), Segment(" ")]
    if layout.category:
        column = one_line(category, layout.category).ljust(layout.category)
        row += [Segment(column, mark_style if mark_look else style("dim")), Segment(" ")]
    if sanction:
        row.append(Segment(sanction, palette.sanction))
    row += [
        Segment(author, style("bold reverse" if watched else "bold")),
        Segment(": ", style("dim")),
        *(
            Segment(piece, piece_style)
            for piece, piece_style in _spans(displayable(m.text), v.findings, body_style, palette)
        ),
    ]
    if pending:
        row.append(Segment(f"  … {pending}", palette.pending))
    return row


def fit_cells(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells (wide characters count two), with an ellipsis if cut."""
    if cell_len(text) <= cells:
        return text
    return set_cell_size(text, cells - 1) + "…" if cells > 0 else ""


def finding_rows(record: MessageRecord, palette: Palette = FALLBACK) -> list[Text]:
    """One line per finding: severity, category, the matched text and the rule."""
    rows = []
    text = record.message.text
    for f in record.verdict.findings:
        mark, mark_look = SEVERITY_STYLES[f.severity]
        row = Text(no_wrap=False)
        row.append(f"{mark} {f.severity.label:<8} ", look(palette, mark_look))
        row.append(f"{f.category:<26}", "bold")
        if f.end > f.start:
            row.append("“")
            row.append(fit_cells(displayable(text[f.start : f.end]), 60), look(palette, SPAN_STYLES[f.severity]))
            row.append("” ")
        row.append(f"[{f.rule}]", "dim")
        if f.detail:
            row.append(f"  {f.detail}", "italic")
        rows.append(row)
    return rows


def duration(seconds: float | None) -> str:
    """A short human duration: ``45s``, ``3m05s``, ``2h10m``."""
    if seconds is None:
        return "—"
    seconds = max(int(seconds), 0)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


SPARKS = " ▁▂▃▄▅▆▇█"


def sparkline(values: list[float], top: float | None = None) -> str:
    """Values as a row of block characters (``top`` is the full-height value; default the maximum)."""
    top = max(values, default=0.0) if top is None else top
    if top <= 0:
        return SPARKS[0] * len(values)
    last = len(SPARKS) - 1
    # Any non-zero value shows at least the lowest bar: one leak in a quiet bucket must not look like none.
    return "".join(SPARKS[max(1, min(last, round(v / top * last)))] if v > 0 else SPARKS[0] for v in values)


def connection_badges(
    connections: Mapping[str, tuple[ConnectionState, str]],
    gauges: Mapping[str, str] | None = None,
    palette: Palette = FALLBACK,
) -> Text:
    """``● source state`` for every source, the dot coloured by the state, then the source's gauge if it has one
    (``● youtube:abc connected quota 120u · ~300/h``; a gauge ending in ``!`` is drawn as a warning)."""
    text = Text(no_wrap=True, end="")
    for key, (state, _detail) in connections.items():
        text.append("● ", look(palette, CONNECTION_STYLES[state]))
        text.append(f"{key} {state.value}")
        gauge = (gauges or {}).get(key, "")
        if gauge:
            text.append(" ")
            text.append(fit_cells(displayable(gauge), 40), palette.warn if gauge.endswith("!") else style("dim"))
        text.append("  ")
    return text


def platform_event_line(event: PlatformEvent) -> str:
    """One line telling what a platform's own moderation did: ``twitch:clinic: timed_out viewer1 — by mod: spam``."""
    target = fit_cells(displayable(event.author_id or event.message_id or ""), 60)
    line = f"{event.source}: {event.kind.value} {target}".strip()
    # The detail says who did it (a moderator on the website, AutoMod): it is what the desk needs to know.
    return f"{line} — {clean_text(event.detail, 160)}" if event.detail else line
