"""The default pipeline: every filter, sentiment by default, policy decisions, reloads that keep state."""

from __future__ import annotations

import subprocess
import sys

from castguard.model import Decision, Severity
from castguard.policy import load_policy, parse_policy
from filters import default_factories
from filters.crowd import CrowdFilter
from filters.pipeline import Pipeline
from filters.privacy import PrivacyFilter
from filters.profanity import ProfanityFilter
from filters.risk import RiskFilter
from filters.spam import SpamFilter
from tests.filter_helpers import msg


def test_default_factories_include_every_filter() -> None:
    assert default_factories() == [PrivacyFilter, ProfanityFilter, RiskFilter, SpamFilter, CrowdFilter]
    names = [f.name for f in Pipeline(load_policy()).filters]
    assert names == ["privacy", "profanity", "risk", "spam", "crowd"]


def test_sentiment_is_scored_by_default_and_can_be_turned_off() -> None:
    text = "I love this stream, thank you!"
    assert Pipeline(load_policy()).evaluate(msg(text)).sentiment > 0.5
    assert Pipeline(load_policy(), scorer=None).evaluate(msg(text)).sentiment == 0.0
    off = parse_policy("[sentiment]\nenabled = false\n")
    pipeline = Pipeline(off)
    assert pipeline.evaluate(msg(text)).sentiment == 0.0
    pipeline.reload(load_policy())
    assert pipeline.evaluate(msg(text)).sentiment > 0.5


def test_policy_decisions_per_category() -> None:
    pipeline = Pipeline(load_policy())
    harm = pipeline.evaluate(msg("I want to die"))
    assert harm.decision is Decision.ESCALATE and harm.severity is Severity.CRITICAL
    assert "988" in harm.findings[0].detail
    assert pipeline.evaluate(msg("what the fuck")).decision is Decision.HOLD
    mild = pipeline.evaluate(msg("damn"))
    assert mild.decision is Decision.FLAG and mild.severity is Severity.INFO
    assert pipeline.evaluate(msg("great stream, thanks doc")).decision is Decision.PASS
    assert pipeline.evaluate(msg("HIV testing and anal fissure care")).findings == ()
    link = pipeline.evaluate(msg("cheap meds at pharma-deals.ru"))
    assert link.categories == ["spam.link"] and link.decision is Decision.HOLD


def test_trusted_authors_are_flagged_never_held() -> None:
    pipeline = Pipeline(load_policy())
    verdict = pipeline.evaluate(msg("what the fuck", roles=frozenset({"moderator"})))
    assert verdict.decision is Decision.FLAG and verdict.categories == ["profanity"]


def test_custom_rules_apply_their_own_decision() -> None:
    policy = parse_policy('[[custom]]\nterm = "miracle cure"\ncategory = "risk.medical_claim"\ndecision = "hide"\n')
    verdict = Pipeline(policy).evaluate(msg("try this miracle cure"))
    assert verdict.decision is Decision.HIDE


def test_disabled_category_is_dropped() -> None:
    policy = parse_policy('[categories]\nprofanity = { severity = "warn", decision = "hold", enabled = false }\n')
    assert Pipeline(policy).evaluate(msg("what the fuck")).findings == ()


def test_reload_keeps_crowd_state_and_applies_new_lists() -> None:
    pipeline = Pipeline(load_policy())
    crowd = next(f for f in pipeline.filters if isinstance(f, CrowdFilter))
    paste = "report this channel, the doctor is a fraud"
    for i in range(4):
        pipeline.evaluate(msg(paste, author=f"acct{i}", at=1000.0 + i))
    pipeline.reload(parse_policy('[allow]\nterms = ["fraud"]\n[profanity]\nterms = ["frak"]\n'))
    assert next(f for f in pipeline.filters if isinstance(f, CrowdFilter)) is crowd
    verdict = pipeline.evaluate(msg(paste, author="acct4", at=1005.0))
    assert "crowd.raid" in verdict.categories
    assert len(next(f for f in verdict.findings if f.category == "crowd.raid").accounts) == 5
    assert pipeline.evaluate(msg("frak you", at=1006.0)).categories == ["profanity"]


def test_filters_never_import_textual() -> None:
    code = "import sys, filters.pipeline, filters; filters.default_factories(); " \
           "from filters import crowd, profanity, risk, spam, sentiment; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
