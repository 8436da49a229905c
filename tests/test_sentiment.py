"""Sentiment: VADER-compatible scores, three languages, emoji, and the windowed negative share."""

from __future__ import annotations

import pytest

from castguard.filters.sentiment import LexiconScorer, NegativeShare
from tests.filter_helpers import msg


@pytest.fixture(scope="module")
def scorer() -> LexiconScorer:
    return LexiconScorer()


#: VADER's own compound scores (vaderSentiment 3.3.2's SentimentIntensityAnalyzer, whose lexicon files
#: castguard vendors), recorded once: the package is no longer installed.
VADER_COMPOUND = {
    "I love this stream!!": 0.6988,
    "this is terrible and I hate it": -0.7783,
    "not bad at all": 0.431,
    "The doctor is VERY good": 0.6028,
    "I am not happy": -0.4585,
    "great but the audio is awful": -0.3506,
    "thanks doc, very helpful": 0.7178,
    "kinda good": 0.3832,
    "meh": -0.0772,
    "I'm so sad and lonely": -0.7316,
    "what time does the clinic open?": 0.0,
}


@pytest.mark.parametrize("text", list(VADER_COMPOUND))
def test_scores_agree_with_vader(scorer: LexiconScorer, text: str) -> None:
    assert scorer.score(msg(text)) == pytest.approx(VADER_COMPOUND[text], abs=0.05)


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


def test_words_are_read_the_same_however_often_they_come_and_the_memory_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from castguard.filters import sentiment

    monkeypatch.setattr(sentiment, "_TOKENS_KEPT", 8)
    scorer = LexiconScorer()
    texts = ["great stream :)", "love it <3", "GREAT!!! stream", "awful...", "sad :(", "ok", "(good)"]
    first = [scorer.score(msg(t)) for t in texts]
    for i in range(30):
        scorer.score(msg(f"word{i} filler{i} good"))  # fills and empties the memory of words several times
        assert len(scorer._tokens) <= 8
    assert [scorer.score(msg(t)) for t in texts] == first == [LexiconScorer().score(msg(t)) for t in texts]
    assert first[0] > scorer.score(msg("great stream")) > 0  # ":)" kept whole, as VADER keeps emoticons
    assert first[4] < 0
