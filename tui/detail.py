"""The detail pane: everything about the selected message."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.widgets import Static

from castguard.connectors.platforms import badge as platform_badge
from castguard.core.model import ActionRecord, MessageRecord
from castguard.tui.marks import PLATFORM_HOLD_MARK, hold_line
from castguard.tui.palette import FALLBACK, Palette, Themed
from castguard.tui.render import clock, duration, finding_rows, highlight_spans


class DetailPane(Themed, Static):
    """Shows the selected message, why it was flagged, and what was done about it."""

    DEFAULT_CSS = """
    DetailPane {
        padding: 0 1;
        background: $panel;
        height: 1fr;
        overflow-y: auto;
    }
    """

    def show(
        self,
        record: MessageRecord | None,
        actions: list[ActionRecord],
        guidance: str = "",
        *,
        undo: tuple[ActionRecord, float] | None = None,
        standing: str = "",
    ) -> None:
        """Display ``record`` (or a hint when nothing is selected); ``undo``: what u reverses, seconds left;
        ``standing``: what the platform says of the author, in words."""
        self._shown = (record, actions, guidance, undo, standing)
        self.update(detail_renderable(record, actions, guidance, undo=undo, standing=standing, palette=self.palette))

    _shown: tuple[MessageRecord | None, list[ActionRecord], str, tuple[ActionRecord, float] | None, str] | None = None

    def palette_changed(self) -> None:
        """Another theme: the same message, drawn again in its colours."""
        if self._shown is not None:
            record, actions, guidance, undo, standing = self._shown
            self.show(record, actions, guidance, undo=undo, standing=standing)


def detail_renderable(
    record: MessageRecord | None,
    actions: list[ActionRecord],
    guidance: str = "",
    *,
    undo: tuple[ActionRecord, float] | None = None,
    standing: str = "",
    palette: Palette = FALLBACK,
) -> RenderableType:
    """The pane's content, built from plain strings only, in the theme's colours (``palette``)."""
    if record is None:
        return Text("Select a message with j/k or the arrows.", style="dim")
    m, v = record.message, record.verdict
    parts: list[RenderableType] = []
    head = Text()
    badge, badge_style = platform_badge(m.platform)
    head.append(badge, badge_style)
    head.append(f" #{record.seq}  {clock(m.received_at)}  ", "dim")
    head.append(m.author.name, "bold")
    head.append(f"  ({m.author.id}", "dim")
    if m.author.roles:
        head.append(", " + ", ".join(sorted(m.author.roles)), "dim")
    head.append(")", "dim")
    parts.append(head)
    # The message itself right under who wrote it: a short pane (a small terminal) shows it before the rest.
    parts.append(highlight_spans(m.text, v.findings, wrap=True, palette=palette))
    parts.append(Text())
    where = Text(f"{m.source} · {m.channel} · id {m.id}", style="dim")
    parts.append(where)
    held = hold_line(record)
    if held:
        parts.append(Text(f"{PLATFORM_HOLD_MARK} {held}", style="bold magenta"))
    if standing:
        parts.append(Text(standing, style="yellow"))
    status = Text()
    status.append("state ", "dim")
    status.append(record.state.value, "bold")
    status.append("   decision ", "dim")
    status.append(v.decision.value, "bold")
    if record.escalation:
        status.append("   escalation ", "dim")
        status.append(record.escalation.value, palette.escalated)
    if v.sentiment:
        status.append("   sentiment ", "dim")
        mood = palette.bad if v.sentiment < -0.3 else palette.good if v.sentiment > 0.3 else ""
        status.append(f"{v.sentiment:+.2f}", mood)
    parts.append(status)
    if v.findings:
        parts.append(Text())
        parts.append(Text("Findings", style="bold underline"))
        parts.extend(finding_rows(record, palette))
    if guidance and any(f.category == "risk.self_harm" for f in v.findings):
        parts.append(Text())
        parts.append(Text("Crisis guidance", style=palette.alert))
        parts.append(Text(guidance, style="bold"))
    if actions:
        parts.append(Text())
        parts.append(Text("Actions", style="bold underline"))
        for a in actions:
            row = Text()
            row.append(f"{clock(a.at)} ", "dim")
            row.append(f"{a.kind.value:<11}", "bold")
            result_style = {"done": palette.good, "local": palette.caution}.get(a.result.value, palette.bad)
            row.append(f"{a.result.value:<7}", result_style)
            row.append(f" by {a.actor}")
            if a.response:
                row.append(f"  {a.response}", "dim")
            parts.append(row)
            if a.kind.value in ("escalate", "note", "hold") and a.reason:
                parts.append(Text("    “" + a.reason + "”", style="italic"))
    if undo is not None:
        target, left = undo
        hint = f"u undoes {target.kind.value} by {target.actor} ({duration(left)} left)"
        parts.append(Text(hint, style="dim italic"))
    return Group(*parts)
