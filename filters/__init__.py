"""Filters: pure functions from a chat message to findings, driven by the policy."""

from __future__ import annotations

from filters.base import Filter, FilterFactory


def default_factories() -> list[FilterFactory]:
    """Every default filter, in the order they run."""
    from filters.privacy import PrivacyFilter
    from filters.profanity import ProfanityFilter
    from filters.risk import RiskFilter

    return [PrivacyFilter, ProfanityFilter, RiskFilter]


__all__ = ["Filter", "FilterFactory", "default_factories"]
