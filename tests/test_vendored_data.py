"""The word lists the filters read ship with castguard: no third-party package is needed for them."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from importlib import resources

_WITHOUT_PACKAGES = """
import sys

class Missing:
    # Any import of the two packages fails, as in an environment that never installed them.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("better_profanity", "vaderSentiment"):
            raise ImportError(name)
        return None

sys.meta_path.insert(0, Missing())
from castguard.core.model import Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline

pipeline = Pipeline(load_policy())
text = "what a shitty stream, I love it"
verdict = pipeline.evaluate(ChatMessage("t", "c", "t", "1", Author("a", "a"), text, 0.0, 0.0))
print(sorted(f.category for f in verdict.findings), verdict.sentiment != 0.0)
"""


def test_filters_and_sentiment_work_without_the_upstream_packages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_PACKAGES], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['profanity'] True"


def test_vendored_files_are_the_upstream_files_unchanged() -> None:
    data = resources.files("castguard.filters").joinpath("data")
    origin = data.joinpath("ORIGIN.md").read_text(encoding="utf-8")
    for name in ("profanity_wordlist.txt", "vader_lexicon.txt", "emoji_utf8_lexicon.txt"):
        digest = hashlib.sha256(data.joinpath(name).read_bytes()).hexdigest()
        assert f"{digest}  {name}" in origin
    for licence in ("LICENSE.better-profanity", "LICENSE.vaderSentiment"):
        assert "Permission is hereby granted, free of charge" in data.joinpath(licence).read_text(encoding="utf-8")
