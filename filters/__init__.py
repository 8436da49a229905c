"""Filters: pure functions from a chat message to findings, driven by the policy."""

from __future__ import annotations

from castguard.filters.base import Filter, FilterFactory


def default_factories() -> list[FilterFactory]:
    """Every default filter, in the order they run.

    Privacy first (its findings decide most auto-hides), then the text filters,
    and the crowd detector last so that it sees every message, flagged or not.
    The statistical risk model runs after the rules (on messages its gate lets through).
    """
    from castguard.filters.adverse import AdverseFilter
    from castguard.filters.crowd import CrowdFilter
    from castguard.filters.privacy import PrivacyFilter
    from castguard.filters.profanity import ProfanityFilter
    from castguard.filters.risk import RiskFilter
    from castguard.filters.risk_model import RiskModelFilter
    from castguard.filters.spam import SpamFilter

    return [PrivacyFilter, ProfanityFilter, RiskFilter, RiskModelFilter, AdverseFilter, SpamFilter, CrowdFilter]


__all__ = ["Filter", "FilterFactory", "default_factories"]
