"""Sentiment: VADER-compatible scores, three languages, emoji, and the windowed negative share."""

from __future__ import annotations

import pytest

from castguard.filters.sentiment import LexiconScorer, NegativeShare
from tests.filter_helpers import msg


@pytest.fixture(scope="module")
def scorer() -> LexiconScorer:
    return LexiconScorer()


@pytest.mark.parametrize(
    "text",
    [
        "I love this stream!!",
        "this is terrible and I hate it",
        "not bad at all",
        "The doctor is VERY good",
        "I am not happy",
        "great but the audio is awful",
        "thanks doc, very helpful",
        "kinda good",
        "meh",
        "I'm so sad and lonely",
        "what time does the clinic open?",
    ],
)
def test_scores_agree_with_vader(scorer: LexiconScorer, text: str) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    expected = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert scorer.score(msg(text)) == pytest.approx(expected, abs=0.05)


def test_direction_in_three_languages_and_emoji(scorer: LexiconScorer) -> None:
    assert scorer.score_text("excelente, gracias doctora") > 0.3
    assert scorer.score_text("qué horrible, odio esto") < -0.3
    assert scorer.score_text("спасибо, отлично") > 0.3
    assert scorer.score_text("ужасно, ненавижу") < -0.3
    assert scorer.score_text("😍😍") > 0.3
    assert scorer.score_text("😢😢") < -0.3
    assert scorer.score_text("") == 0.0
    assert -1.0 <= scorer.score_text("hate " * 500) <= 1.0


def test_negative_share_window_with_injected_clock() -> None:
    share = NegativeShare(window=60, min_messages=4)
    for i in range(4):
        share.add(-0.6, at=100.0 + i)
    share.add(0.5, at=104.0)
    assert share.share(104.0) == pytest.approx(0.8)
    assert share.alert(104.0, threshold=0.6)
    assert not share.alert(104.0, threshold=0.9)
    # A minute later the negative messages have left the window.
    share.add(0.5, at=165.0)
    assert share.counts(165.0) == (0, 1)
    assert share.share(500.0) == 0.0
    assert not share.alert(500.0, threshold=0.1)


def test_negative_share_needs_enough_messages_and_survives_clock_jumps() -> None:
    share = NegativeShare(window=60, min_messages=20)
    share.add(-0.9, at=10.0)
    assert share.share(10.0) == 1.0 and not share.alert(10.0, 0.5)
    share.add(0.9, at=5.0)  # replay seek backwards
    assert share.counts(5.0) == (0, 1)
