"""The producer's adverse-event lane: day 0, the checklist, the countdown, forward and acknowledge by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from castguard.core.config import Config
from castguard.core.policy import Policy
from castguard.session.aecases import CaseStatus
from castguard.session.store import Store
from castguard.tui.adverse import AdverseLane
from tests.conftest import chat
from tests.test_tui_in_sight import cases_listed
from tests.test_tui_support import Clock, make_desk, rows_shown, screen_text, settle

SIZE = (180, 40)
DAY0 = 1_750_000_000.0


@pytest.fixture(autouse=True)
def _config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CASTGUARD_CONFIG", str(tmp_path / "none.toml"))


async def test_the_lane_shows_the_case_and_forwards_then_acknowledges_it(
    store: Store, policy: Policy, tmp_path: Path
) -> None:
    clock = Clock(DAY0 + 3600 + 60)  # an hour after the report: 22h 59m left of the 24 h
    messages = [
        chat("great stream", at=DAY0),
        chat("my mom got a rash after her second dose of the shingles vaccine", at=DAY0, name="[b]Dana[/b]"),
        chat("the vaccine gave a fever \x1b[31m[red]x[/red]", at=DAY0, author="viewer2"),
    ]
    config = Config(data_dir=tmp_path / "data", moderator="alex")
    app, _ = make_desk(store, policy, messages, clock=clock, config=config, role="producer")
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 3)
        lane = app.query_one(AdverseLane)
        lane.reload()
        await pilot.pause()
        shown = screen_text(app)
        assert "Adverse events: 2 to forward" in shown
        assert "22h 59m left" in shown and "day 0" in shown
        assert "[x] patient: my mom" in shown and "[x] product: vaccine" in shown and "[x] event: rash" in shown
        assert "[ ] patient: ?" in shown  # the second report names no patient
        assert "reporter: [b]Dana[/b] (twitch" in shown  # a viewer's name drawn as text, never as markup

        lane.focus()
        await pilot.press("k")  # not forwarded yet: refused
        await settle(
            pilot,
            lambda: all(c.status is CaseStatus.OPEN for c in app.session.cases.all()),
            "all(c.status is CaseStatus.OPEN for c in app.session.case...",
        )
        first = lane.current
        assert first is not None
        await pilot.press("f")
        # The forward runs in a worker (writes the .eml off the event loop).
        await settle(pilot, lambda: app.session.cases.case(first.id).status is not CaseStatus.OPEN, "the forward")
        case = app.session.cases.case(first.id)
        assert case.status is CaseStatus.FORWARDED and case.forwarded_by == "alex"
        assert list((tmp_path / "data" / "outbox").glob("*.eml"))
        lane.selected = next(i for i, c in enumerate(lane.cases) if c.id == first.id)
        await pilot.press("k")
        await settle(
            pilot,
            lambda: app.session.cases.case(first.id).status is CaseStatus.ACKNOWLEDGED,
            "app.session.cases.case(first.id).status is CaseStatus.ACK...",
        )
        assert "Adverse events: 1 to forward" in screen_text(app)


async def test_an_overdue_case_is_loud(store: Store, policy: Policy) -> None:
    clock = Clock(DAY0 + 25 * 3600)
    app, _ = make_desk(store, policy, [chat("ibuprofen gave me a headache", at=DAY0)], clock=clock, role="producer")
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        app.query_one(AdverseLane).reload()
        await pilot.pause()
        shown = screen_text(app)
        assert "1 OVERDUE" in shown and "overdue by 1h 00m" in shown


async def test_the_moderator_edits_the_four_elements_from_the_lane_and_each_edit_names_who(
    store: Store, policy: Policy
) -> None:
    from textual.widgets import Input

    from castguard.tui.adverse import ElementEditor
    from castguard.tui.commands import help_rows

    clock = Clock(DAY0 + 3600)
    app, _ = make_desk(store, policy, [chat("the vaccine gave a fever \x1b[31m", at=DAY0, author="viewer2")],
                       clock=clock, role="producer")  # fmt: skip
    async with app.run_test(size=(80, 24)) as pilot:
        await rows_shown(pilot, app, 1)
        lane = app.query_one(AdverseLane)
        lane.reload()
        lane.focus()
        await pilot.pause()
        shown = screen_text(app)
        assert "[ ] patient: ?" in shown and "1 of 4 missing" in shown
        # The key is offered in the footer (after the moderation keys, past the edge of 80 columns) and in the help.
        assert "Edit checklist" in [getattr(key, "description", "") for key in app.screen.query("FooterKey")]
        keys = [row for _, rows in help_rows(app.screen) for row in rows]
        assert any(description == "Edit checklist" and "x" in key for key, description, _ in keys)

        await pilot.press("x")
        await settle(pilot, lambda: isinstance(app.screen, ElementEditor), "the checklist editor")
        patient = app.screen.query_one("#ae-patient", Input)
        assert patient.has_focus  # the first element still missing
        await pilot.press(*"my son, 8")
        await pilot.press("enter")
        await settle(pilot, lambda: app.session.cases.case(1).complete, "the patient recorded")
        await settle(pilot, lambda: "reportable" in screen_text(app), "the checklist redrawn")
        shown = screen_text(app)
        assert "[x] patient: my son, 8" in shown and "23h 00m left" in shown

        await pilot.press("enter")  # Enter opens the editor too; an emptied element is marked not known
        await settle(pilot, lambda: isinstance(app.screen, ElementEditor), "the checklist editor")
        app.screen.query_one("#ae-product", Input).value = ""
        await pilot.press("enter")
        await settle(pilot, lambda: not app.session.cases.case(1).elements["product"], "the product marked unknown")
        await settle(pilot, lambda: "[ ] product: ?" in screen_text(app), "the checklist redrawn")

        await pilot.press("x", "escape")  # Escape changes nothing
        await settle(pilot, lambda: not isinstance(app.screen, ElementEditor), "the editor closed")

    edits = [(e.actor, e.field, e.value) for e in app.session.cases.case(1).history]
    assert edits == [("alex", "patient", "my son, 8"), ("alex", "product", "")]
    check = store.check()
    assert check.intact and check.ledger is not None and check.ledger.checked["adverse-event case entries"] == 2


async def test_a_forwarded_case_stays_selected_and_in_sight_until_the_safety_team_acknowledges_it(
    store: Store, policy: Policy, tmp_path: Path
) -> None:
    clock = Clock(DAY0 + 600)
    products = ["Lipitor", "Zoloft", "Ozempic", "Humira", "Eliquis", "Jardiance", "Xarelto", "Entresto"]
    messages = [
        chat(f"my mom got a rash after her second dose of {p}", at=DAY0 + i, author=f"viewer{i}")
        for i, p in enumerate(products)
    ]
    config = Config(data_dir=tmp_path / "data", moderator="alex")
    app, _ = make_desk(store, policy, messages, clock=clock, config=config, role="producer")
    async with app.run_test(size=(160, 45)) as pilot:
        await rows_shown(pilot, app, len(messages))
        lane = app.query_one(AdverseLane)
        await settle(pilot, lambda: cases_listed(lane) == len(products), "every case in the lane")
        lane.focus()
        await pilot.press("down")  # the second case
        second = lane.current
        assert second is not None and f"#{second.id} " in screen_text(app)
        await pilot.press("f")
        await settle(pilot, lambda: app.session.cases.case(second.id).status is CaseStatus.FORWARDED, "the forward")
        await settle(pilot, lambda: "awaiting safety ack" in screen_text(app), "the forwarded case in the title")
        # Still selected, still on screen (the lane scrolled to it), drawn as the selection.
        assert lane.current is not None and lane.current.id == second.id
        assert f"#{second.id} day 0" in screen_text(app)
        await pilot.press("k")  # the case the producer sees: acknowledged
        await settle(
            pilot, lambda: app.session.cases.case(second.id).status is CaseStatus.ACKNOWLEDGED, "the acknowledgement"
        )
        assert lane.current is not None and lane.current.id == second.id
        assert f"#{second.id} day 0" in screen_text(app)
        assert [c.status for c in app.session.cases.all()].count(CaseStatus.OPEN) == len(products) - 1
