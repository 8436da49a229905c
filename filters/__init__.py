"""Filters: pure functions from a chat message to findings, driven by the policy."""

from __future__ import annotations

from filters.base import Filter, FilterFactory


def default_factories() -> list[FilterFactory]:
    """Every default filter, in the order they run.

    Privacy first (its findings decide most auto-hides), then the text filters,
    and the crowd detector last so that it sees every message, flagged or not.
    The statistical risk model runs after the rules (on messages its gate lets through).
    """
    from filters.adverse import AdverseFilter
    from filters.crowd import CrowdFilter
    from filters.privacy import PrivacyFilter
    from filters.profanity import ProfanityFilter
    from filters.risk import RiskFilter
    from filters.risk_model import RiskModelFilter
    from filters.spam import SpamFilter

    return [PrivacyFilter, ProfanityFilter, RiskFilter, RiskModelFilter, AdverseFilter, SpamFilter, CrowdFilter]


__all__ = ["Filter", "FilterFactory", "default_factories"]
