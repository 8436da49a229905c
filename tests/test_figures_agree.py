"""The desk and every report format give the same figures for the same recording.

A broadcast is played through the real desk (the policy hides a phone number and escalates a threat by
itself, a moderator hides, approves and undoes, bans and times out authors with messages still waiting).
Then the queue's "pending", the producer view's time to action (median and p90) and the number of flagged
messages handled are compared with what the JSON, Markdown, HTML and CSV reports of the recording say.
"""

from __future__ import annotations

import csv
import io
import json
import re

from castguard.core.model import ActionKind, MessageState
from castguard.core.policy import Policy
from castguard.review.report import render
from castguard.session.queries import percentile
from castguard.session.store import Store
from castguard.tui.views import QueueView
from tests.conftest import chat
from tests.test_tui_support import Clock, actions_done, make_desk, rows_shown

T0 = 1_750_000_000.0
LINK = "check out statin-truth.info/exposed for the truth"
BROADCAST = [
    ("viewer1", "hello doctor"),  # 1
    ("leaky", "my number is 415-555-0132 call me"),  # 2: hidden by the policy itself
    ("troll", "what a load of crap"),  # 3: held; hidden by alex
    ("troll", "I will kill you"),  # 4: escalated by the policy
    ("viewer3", "email me at jane.doe@gmail.com"),  # 5: held; approved, then the approval undone: pending
    ("raider", LINK),  # 6: banned from here: settles 6 and 7
    ("raider", LINK + " now"),  # 7
    ("viewer4", "this is crap"),  # 8: nobody acts: pending
    ("troll", "crap again"),  # 9: timed out from here (after 4 was escalated): settled
    ("viewer5", "what the hell is this"),  # 10: approved by alex
]


def _formats(path: str) -> dict[str, str]:
    out = {}
    store = Store(path, readonly=True)
    try:
        for fmt in ("json", "md", "html", "csv"):
            buffer = io.StringIO()
            render(store, fmt, out=buffer)
            out[fmt] = buffer.getvalue()
    finally:
        store.close()
    return out


def _figures_of_csv(text: str) -> tuple[int, int, float | None, float | None]:
    rows = list(csv.DictReader(io.StringIO(text)))
    seconds = [float(r["seconds_to_handle"]) for r in rows if r["handled_by"]]
    pending = sum(1 for r in rows if r["missed"] == "yes")
    return pending, len(seconds), percentile(seconds, 0.5), percentile(seconds, 0.9)


async def test_pending_handled_median_and_p90_agree_between_the_desk_and_every_report(
    store: Store, policy: Policy
) -> None:
    clock = Clock(T0 + 10)
    messages = [chat(text, author=a, msg_id=f"m{i}", at=T0 + i) for i, (a, text) in enumerate(BROADCAST, 1)]
    app, _source = make_desk(store, policy, messages, clock=clock)
    async with app.run_test(size=(160, 30)) as pilot:
        await rows_shown(pilot, app, len(BROADCAST))
        session = app.session
        for at, kind, seq in [
            (T0 + 13, ActionKind.HIDE, 3),
            (T0 + 14, ActionKind.APPROVE, 5),
            (T0 + 15, ActionKind.UNDO, 5),
            (T0 + 20, ActionKind.BAN, 6),
            (T0 + 30, ActionKind.TIMEOUT, 9),
            (T0 + 34, ActionKind.ACKNOWLEDGE, 4),
            (T0 + 40, ActionKind.APPROVE, 10),
        ]:
            clock.now = at
            if kind is ActionKind.UNDO:
                await session.undo(seq)
            else:
                await session.act(kind, seq, duration=600 if kind is ActionKind.TIMEOUT else None)
            await actions_done(app)
        await pilot.pause(0.1)
        assert session.record(2).state is MessageState.HIDDEN  # the policy's own hide
        assert session.record(7).state is MessageState.REMOVED  # settled by the ban
        queue = app.query_one(QueueView)
        pending = len(queue.pending_seqs)
        snapshot = app.stats.snapshot(clock())
        (alex,) = snapshot.moderators
        session.store.flush()
    assert sorted(queue.pending_seqs) == [5, 8]
    desk = (pending, alex.actions, alex.median, alex.p90)
    # alex handled 3 after 10 s, 5 after 9 s (undone later, still handled first then), 6 after 14 s, 9 after
    # 21 s, 10 after 30 s; the policy's hide of 2 and escalation of 4 are not a moderator's.
    assert desk == (2, 5, 14.0, 30.0)

    reports = _formats(str(store.path))
    r = json.loads(reports["json"])
    tta = r["time_to_action"]
    assert (r["totals"]["missed_risks"], tta["handled"], tta["median_seconds"], tta["p90_seconds"]) == desk
    (moderator,) = r["moderators"]
    assert (moderator["handled"], moderator["median_seconds"], moderator["p90_seconds"]) == desk[1:]
    assert r["totals"]["policy_actions"] == 1 and r["totals"]["handled"] == alex.actions
    # The threat the policy escalated at T0+4, acknowledged 30 s later: the inbox's figure and the report's.
    assert snapshot.median_time_to_acknowledge == r["escalation_summary"]["median_seconds_to_acknowledge"] == 30.0

    md = reports["md"]
    missed = re.search(r"missed risks \([^)]*\): (\d+)", md)
    handled = re.search(r"handled by moderators: (\d+); median time to action: ([\d.]+) s, p90 ([\d.]+) s", md)
    assert missed and handled
    assert (int(missed[1]), int(handled[1]), float(handled[2]), float(handled[3])) == desk

    html = reports["html"]

    def card(label: str) -> float:
        found = re.search(rf"<b>([\d.,]+)</b><span>{label}</span>", html)
        assert found, label
        return float(found[1].replace(",", ""))

    assert (card("missed risks"), card("flagged messages handled"), card("median seconds to action"),
            card("p90 seconds to action")) == desk  # fmt: skip

    assert _figures_of_csv(reports["csv"]) == desk
