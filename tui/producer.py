"""The producer's risk view: rates, flagged share by category, sentiment, raids, inbox figures."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from castguard.session.audience import Stance
from castguard.session.stats import FAMILIES, Snapshot
from castguard.tui.palette import FALLBACK, Palette, Themed
from castguard.tui.render import clock, duration, look, sparkline
from castguard.tui.widgets import SteadyStatic

#: Each family's look (a role of the theme's palette).
FAMILY_STYLES = {
    "privacy": "critical",
    "risk": "escalated",
    "profanity": "warn",
    "spam": "info",
    "crowd": "bad",
    "custom": "name",
}
BAR_WIDTH = 30
STANCE_STYLES = {Stance.PROTECT: "protect", Stance.PROMOTE: "promote"}


class RiskPanel(Themed, SteadyStatic):
    """Renders a :class:`Snapshot` of the session's figures."""

    DEFAULT_CSS = """
    RiskPanel { padding: 0 1; background: $panel; height: 1fr; overflow-y: auto; }
    """

    _snapshot: Snapshot | None = None

    def show(self, snapshot: Snapshot) -> None:
        """Draw the figures of ``snapshot``."""
        self._snapshot = snapshot
        self.show_content(risk_renderable(snapshot, self.palette))

    def palette_changed(self) -> None:
        """Another theme: the same figures, in its colours."""
        if self._snapshot is not None:
            self.show(self._snapshot)


def _share_bar(share: float, threshold: float, p: Palette) -> Text:
    filled = round(share * BAR_WIDTH)
    mark = round(threshold * BAR_WIDTH)
    bar = Text(no_wrap=True)
    for i in range(BAR_WIDTH):
        char = "█" if i < filled else ("│" if i == mark else "░")
        bar.append(char, (p.bad if share >= threshold else p.caution) if i < filled else "dim")
    return bar


def stance_lines(s: Snapshot, p: Palette = FALLBACK) -> list[Text]:
    """Promote or protect: the state, the negative share against the policy's threshold, and its trend."""
    lines = [Text("Sentiment, last minute: promote or protect", style="bold underline")]
    state = s.stance
    if state is None or s.negative_share is None:
        lines.append(Text("  not enough messages yet", style="dim"))
    else:
        badge = Text("  ", no_wrap=True)
        if state is Stance.PROTECT:
            badge.append(" PROTECT ", look(p, STANCE_STYLES[state]))
            badge.append(f" {s.negative_share:.0%} negative: protect before you promote", p.bad)
        else:
            badge.append(" PROMOTE ", look(p, STANCE_STYLES[state]))
            badge.append(f" {s.negative_share:.0%} negative: amplify the positive", p.good)
        lines.append(badge)
        row = Text("  ", no_wrap=True)
        row.append_text(_share_bar(s.negative_share, s.sentiment_alert, p))
        row.append(f" protect at {s.sentiment_alert:.0%}", "dim")
        lines.append(row)
    if s.negative_trend:
        minutes = len(s.negative_trend) * s.bucket_seconds / 60
        shares = [v or 0.0 for v in s.negative_trend]
        trend = Text(f"  {'trend':<10} ", no_wrap=True)
        # Full height is 100% negative, so the threshold sits at the same height in every session.
        trend.append(sparkline(shares, top=1.0), p.bad if state is Stance.PROTECT else p.caution)
        trend.append(f" last {minutes:g} min", "dim")
        lines.append(trend)
    return lines


def risk_renderable(s: Snapshot, p: Palette = FALLBACK) -> RenderableType:
    """The panel's content, from plain strings only (account names come from chat), in the theme's colours."""
    parts: list[RenderableType] = []
    if s.lockdown:
        parts.append(Text(" LOCKDOWN: every message at or above warn is held ", style=p.alert))
        parts.append(Text())
    head = Text(no_wrap=True)
    # The state first: on a small terminal the head line may be all of this panel that shows.
    state = s.stance
    if state is not None and s.negative_share is not None:
        head.append(f" {state.value.upper()} ", look(p, STANCE_STYLES[state]))
        head.append(f" {s.negative_share:.0%} neg   ", p.bad if state is Stance.PROTECT else "")
    head.append(f"{s.total_rate}", "bold")
    head.append(" msgs/min   ", "dim")
    head.append(f"{s.flagged_rate}", p.warn if s.flagged_rate else "bold")
    head.append(" flagged/min   ", "dim")
    head.append(f"{s.open_escalations}", p.escalated if s.open_escalations else "bold")
    head.append(" open escalations", "dim")
    parts.append(head)
    for source, rate in s.rates.items():
        row = Text(no_wrap=True)
        row.append(f"  {source[:28]:<28} ", "")
        row.append(f"{rate:>6}/min", "bold")
        parts.append(row)

    # Promote or protect, raids and response times first: what a producer acts on stays visible on a small
    # terminal; the category sparklines come last.
    parts.append(Text())
    parts.extend(stance_lines(s, p))

    parts.append(Text())
    parts.append(Text("Raids", style="bold underline"))
    if not s.raids:
        parts.append(Text("  none detected", style="dim"))
    for raid in s.raids[:5]:
        row = Text()
        if raid.ended_at is None:
            row.append("  ● ACTIVE ", p.bad)
            row.append(f"since {clock(raid.first_at)} {raid.source}: ", "dim")
        else:
            row.append(f"  ○ ended {clock(raid.ended_at)} ", "dim")
            row.append(f"({duration(raid.ended_at - raid.first_at)}) {raid.source}: ", "dim")
        row.append(f"{len(raid.accounts)} accounts, {raid.messages} msgs: ")
        for i, name in enumerate(raid.names[:12]):
            if i:
                row.append(", ", "dim")
            row.append(name[:24], "bold")
        if len(raid.names) > 12:
            row.append(f" +{len(raid.names) - 12} more", "dim")
        parts.append(row)

    parts.append(Text())
    parts.append(Text("Response times", style="bold underline"))
    ack = Text(no_wrap=True)
    ack.append("  time to acknowledge (median) ", "dim")
    ack.append(duration(s.median_time_to_acknowledge), "bold")
    parts.append(ack)
    if not s.moderators:
        parts.append(Text("  no moderator has handled a flagged message yet", style="dim"))
    for m in s.moderators:
        row = Text(no_wrap=True)
        row.append(f"  {m.actor[:20]:<20} ", "bold")
        row.append(f"{m.actions:>5} handled   median {duration(m.median):>6}   p90 {duration(m.p90):>6}")
        parts.append(row)
    parts.append(Text())
    minutes = len(s.totals) * s.bucket_seconds / 60
    parts.append(Text(f"Flagged share by category, last {minutes:g} min ({s.bucket_seconds:g}s buckets)",
                      style="bold underline"))  # fmt: skip
    families = [f for f in FAMILIES if f in s.families] + sorted(set(s.families) - set(FAMILIES))
    for family in families:
        counts = s.families[family]
        shares = [c / t if t else 0.0 for c, t in zip(counts, s.totals, strict=True)]
        recent = sum(counts[-6:])
        row = Text(no_wrap=True)
        family_style = look(p, FAMILY_STYLES.get(family, ""))
        row.append(f"  {family[:10]:<10} ", family_style)
        row.append(sparkline(shares, top=max(max(shares, default=0.0), 0.05)), family_style)
        row.append(f" {recent:>5} in 1 min", "dim" if not recent else "")
        parts.append(row)
    total = Text(no_wrap=True)
    total.append(f"  {'messages':<10} ", "dim")
    total.append(sparkline([float(t) for t in s.totals]), "dim")
    parts.append(total)

    return Group(*parts)
