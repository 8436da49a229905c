"""What the marks on the desk's rows mean, drawn from the same tables the rows are drawn from."""

from __future__ import annotations

from rich.text import Text

from castguard.core.model import EscalationState, MessageState, Severity
from castguard.session.sanctions import BANNED_MARK, TIMED_OUT_MARK
from castguard.session.trust import FIRST_TIME_MARK, MONITORED_MARK, RESTRICTED_MARK, RETURNING_MARK
from castguard.tui.marks import PLATFORM_HOLD_MARK
from castguard.tui.palette import FALLBACK, Palette
from castguard.tui.render import ESCALATED_MARK, PINNED_MARK, SEVERITY_STYLES, STATE_MARKS, look

#: What each message state's mark says.
STATE_MEANINGS: dict[MessageState, str] = {
    MessageState.HELD: "held: kept off the air until a moderator approves it",
    MessageState.APPROVED: "approved by a moderator (on the air)",
    MessageState.HIDDEN: "hidden on the platform (or on the desk, for a read-only source)",
    MessageState.REMOVED: "removed by the platform or its moderators",
}
#: What the escalated mark says (it takes the state's column while the escalation is open).
ESCALATED_MEANING = "escalated: waiting in the producer's inbox until acknowledged (A)"
#: What each severity's mark says.
SEVERITY_MEANINGS: dict[Severity, str] = {
    Severity.CRITICAL: "critical finding (personal data, threat, self-harm...)",
    Severity.WARN: "warning finding",
    Severity.INFO: "informational finding",
}
#: The queue's marks (looks of the theme's palette): waiting for a moderator, handled.
PENDING_STYLE = "queue_pending"
DONE_STYLE = "queue_done"
#: The inbox's escalation states: label, look, meaning.
ESCALATION_MEANINGS: dict[EscalationState, tuple[str, str, str]] = {
    EscalationState.OPEN: (" OPEN ", "esc_open", "escalated, not acknowledged yet (waiting time)"),
    EscalationState.ACKNOWLEDGED: (" ACK ", "esc_ack", "the producer has it (who, and how fast; narrow: who)"),
    EscalationState.RESOLVED: (" RESOLVED ", "esc_resolved", "settled, with the producer's note (narrow: DONE)"),
}  # fmt: skip


def legend(palette: Palette = FALLBACK) -> list[tuple[str, list[tuple[Text, str]]]]:
    """The legend in groups: (group, [(mark as drawn, what it means)]), in the theme's colours."""
    p = palette
    severity = [(Text(SEVERITY_STYLES[s][0], look(p, SEVERITY_STYLES[s][1])), SEVERITY_MEANINGS[s])
                for s in SEVERITY_MEANINGS]  # fmt: skip
    states = [(Text(STATE_MARKS[s][0].strip(), look(p, STATE_MARKS[s][1])), STATE_MEANINGS[s]) for s in STATE_MEANINGS]
    states.append((Text(ESCALATED_MARK.strip(), look(p, "escalated")), ESCALATED_MEANING))
    author = [
        (Text(BANNED_MARK), "the author is banned"),
        (Text(TIMED_OUT_MARK), "the author is timed out now"),
        (Text(PLATFORM_HOLD_MARK), "held by the platform's filter (Twitch AutoMod): a allows it, h denies it there"),
        (Text(FIRST_TIME_MARK), "a first-time chatter (the platform says so)"),
        (Text(RETURNING_MARK), "a returning chatter (the platform says so)"),
        (Text(MONITORED_MARK), "suspicious: monitored by the platform's moderators"),
        (Text(RESTRICTED_MARK), "suspicious: restricted (only moderators see their messages on the platform)"),
        (Text("name", "bold reverse"), "a watched author (w)"),
        (Text("⚑ ana", p.pending), "another moderator of the team has this message selected or is acting on it"),
        (Text("… hide…", p.pending), "an action under way, not yet confirmed by the platform"),
    ]
    queue = [
        (
            Text(" PENDING ", look(p, PENDING_STYLE)),
            "nobody has handled this flagged or held message yet (PEND on a narrow list)",
        ),
        (Text(" done ", look(p, DONE_STYLE)), "handled: approved, hidden, removed or escalated"),
        *((Text(label, look(p, name)), meaning) for label, name, meaning in ESCALATION_MEANINGS.values()),
    ]
    on_air = [
        (Text(PINNED_MARK, p.accent), "pinned on air by the producer (P in the amplify lane), above the stream"),
        (Text("✓ approved", p.approved), "approved by a moderator after the filters flagged or held it"),
    ]
    return [("Severity (first column)", severity), ("Message state (second column)", states),
            ("Author", author), ("Queue and inbox", queue), ("On air", on_air)]  # fmt: skip
