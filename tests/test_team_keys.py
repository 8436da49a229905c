"""A team member's desk offers the keys its role may use: a producer's no ban, an observer's nothing that acts."""

from __future__ import annotations

import pytest

from castguard.tui.team import role_allows


@pytest.mark.parametrize(
    ("role", "action", "parameters", "offered"),
    [
        ("producer", "act", ("hide",), True), ("producer", "act", ("escalate",), True),
        ("producer", "escalation", ("resolve",), True), ("producer", "lockdown", (), True),
        ("producer", "author", ("ban",), False), ("producer", "author", ("timeout",), False),
        ("producer", "raid", (), False), ("producer", "strike", (), False), ("producer", "everywhere", (), False),
        ("producer", "reply", (), True), ("producer", "search", (), True),
        ("observer", "act", ("hide",), False), ("observer", "escalation", ("acknowledge",), False),
        ("observer", "lockdown", (), False), ("observer", "reply", (), False), ("observer", "card", (), True),
        ("observer", "view", ("feed",), True), ("moderator", "author", ("ban",), True),
    ],
)  # fmt: skip
def test_a_desk_offers_the_keys_of_its_role(
    role: str, action: str, parameters: tuple[object, ...], offered: bool
) -> None:
    assert role_allows(role, action, parameters, producer_can_ban=False) is offered


def test_a_producer_bans_from_the_desk_when_the_policy_says_so() -> None:
    assert role_allows("producer", "author", ("ban",), producer_can_ban=True)
    assert role_allows("producer", "raid", (), producer_can_ban=True)
