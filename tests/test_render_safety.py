"""Whatever string reaches a render function, what it draws is inert: no control character, no markup, bounded.

The engine cleans chat text before anything is drawn; these properties hold even for text that skipped it
(a recording written by an older version, a future code path), so the desk's last step never trusts its input.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from castguard.core.model import (
    Author,
    ChatMessage,
    ConnectionState,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
)
from castguard.core.text import displayable
from castguard.tui.render import (
    COMPACT_ROW,
    FULL_ROW,
    NARROW_ROW,
    TINY_ROW,
    RowLayout,
    connection_badges,
    feed_segments,
    finding_rows,
    fit_cells,
    platform_event_line,
)
from tests.hostile_text import hostile_messages

#: What must never reach the terminal: C0 and C1 controls (ESC among them), DEL, bidi and zero-width characters.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: Anything at all, hostile pieces included (markup, escape sequences, bidi, emoji, wide scripts).
ANY_TEXT = st.one_of(
    st.text(max_size=300), hostile_messages(), st.sampled_from(["[bold]x[/bold]", "[@click=app.quit]q[/]"])
)
LAYOUTS = st.sampled_from([FULL_ROW, COMPACT_ROW, NARROW_ROW, TINY_ROW])


def record(text: str, name: str, findings: tuple[Finding, ...] = ()) -> MessageRecord:
    message = ChatMessage(
        source="fake", platform="twitch", channel="clinic", id="m1", author=Author("a1", name, frozenset()),
        text=text, sent_at=time.time(), received_at=time.time(),
    )  # fmt: skip
    return MessageRecord(
        seq=1,
        message=message,
        verdict=Verdict(findings, Decision.HOLD, max((f.severity for f in findings), default=None)),
        state=MessageState.HELD,
        escalation=EscalationState.OPEN,
    )


def drawn(segments: list[Segment]) -> str:
    """The characters a terminal would receive for these segments (styles aside)."""
    console = Console(width=10_000, file=open("/dev/null", "w"), color_system=None, record=True)
    console.print(Text.assemble(*((s.text, s.style or "") for s in segments)), markup=False, highlight=False)
    console.file.close()
    return console.export_text()


@st.composite
def findings_in(draw: st.DrawFn, text: str) -> tuple[Finding, ...]:
    """A few findings with spans anywhere in (or past the end of) ``text``."""
    spans = draw(st.lists(st.tuples(st.integers(0, len(text) + 5), st.integers(0, 20)), max_size=3))
    severities = draw(st.lists(st.sampled_from(list(Severity)), min_size=len(spans), max_size=len(spans)))
    return tuple(
        Finding("privacy.phone", severity, start, start + length, "rule.x")
        for (start, length), severity in zip(spans, severities, strict=True)
    )


@settings(max_examples=150, deadline=None)
@given(text=ANY_TEXT, name=ANY_TEXT, layout=LAYOUTS, data=st.data())
def test_a_feed_row_of_any_text_and_name_is_inert_and_its_columns_are_bounded(
    text: str, name: str, layout: RowLayout, data: st.DataObject
) -> None:
    shown_record = record(text, name, data.draw(findings_in(text)))
    row = feed_segments(shown_record, layout=layout, sanction="⛔")
    shown = "".join(segment.text for segment in row)
    assert not UNSAFE.search(shown)
    # Nothing was read as markup: the message is there, character for character.
    message = displayable(shown_record.message.text)
    assert shown.endswith(": " + message)
    assert "\n" not in drawn(row).rstrip("\n")  # one terminal row, whatever the text
    # Everything before the message has a fixed width: the author column never pushes the messages apart.
    prefix = shown[: len(shown) - len(message)]
    fixed = 2 + 2 + (9 if layout.time_format == "%H:%M:%S" else 6 if layout.time_format else 0)
    fixed += 3 if layout.badge else 0
    fixed += layout.category + 1 if layout.category else 0
    assert cell_len(prefix) <= fixed + max(layout.author, cell_len("⛔") + 1) + len(": ")


@settings(max_examples=100, deadline=None)
@given(text=ANY_TEXT, data=st.data())
def test_the_findings_of_any_text_are_listed_inert_and_cut(text: str, data: st.DataObject) -> None:
    for row in finding_rows(record(text, "viewer", data.draw(findings_in(text)))):
        assert not UNSAFE.search(row.plain)
        assert cell_len(row.plain) <= 120  # the quoted excerpt is at most 60 cells


@settings(max_examples=100, deadline=None)
@given(detail=ANY_TEXT, author=ANY_TEXT, source=st.sampled_from(["twitch:clinic", "youtube:abc"]))
def test_a_platform_event_line_of_any_detail_is_one_inert_bounded_line(detail: str, author: str, source: str) -> None:
    line = platform_event_line(PlatformEvent(source, PlatformEventKind.BANNED, author_id=author, detail=detail))
    assert not UNSAFE.search(line) and "\n" not in line
    assert cell_len(line) <= len(source) + len(" banned ") + 60 + len(" — ") + 2 * 160


@settings(max_examples=50, deadline=None)
@given(keys=st.lists(st.sampled_from(["twitch:clinic", "jsonl:feed.jsonl"]), max_size=3))
def test_connection_badges_are_plain_text(keys: list[str]) -> None:
    badges = connection_badges({key: (ConnectionState.FAILED, "[bold]\x1b[2J") for key in keys})
    assert not UNSAFE.search(badges.plain) and "[bold]" not in badges.plain


HOSTILE_GAUGES = ["quota 5u · ~60/h", "[bold red]x[/]", "\x1b[2Jquota", "\u202equota", "x" * 500, "漢字" * 50]


@pytest.mark.parametrize("gauge", HOSTILE_GAUGES)
def test_a_gauge_is_shown_next_to_its_source_as_plain_bounded_text(gauge: str) -> None:
    badges = connection_badges({"youtube:abc": (ConnectionState.CONNECTED, "")}, {"youtube:abc": gauge})
    assert badges.plain.startswith("● youtube:abc connected ")
    assert not UNSAFE.search(badges.plain) and cell_len(badges.plain) <= len("● youtube:abc connected ") + 40 + 2


def test_a_gauge_that_will_not_last_the_day_stands_out() -> None:
    calm = connection_badges({"yt": (ConnectionState.CONNECTED, "")}, {"yt": "quota 5u · ~60/h"})
    alarm = connection_badges({"yt": (ConnectionState.CONNECTED, "")}, {"yt": "quota 5u · ~9,000/h!"})
    assert "quota 5u · ~60/h" in calm.plain and "~9,000/h!" in alarm.plain
    assert [str(span.style) for span in alarm.spans if "yellow" in str(span.style)]
    assert not [span for span in calm.spans if "yellow" in str(span.style)]


@given(text=ANY_TEXT, cells=st.integers(0, 80))
def test_fit_cells_never_exceeds_its_cells(text: str, cells: int) -> None:
    fitted = fit_cells(text, cells)
    assert cell_len(fitted) <= cells
    assert fitted == text or fitted.endswith("…") or cells == 0
