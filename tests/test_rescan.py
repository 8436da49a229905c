"""``castguard replay --rescan``: what a new policy would flag differently on a real recording."""

from __future__ import annotations

import json
from pathlib import Path

from castguard.core.policy import load_policy, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.review.rescan import render_text, rescan
from castguard.session.store import Store
from tests.recordings import PHONE, make_recording
from tests.test_cli import castguard


def tuned_policy() -> str:
    """The shipped policy with profanity off, health questions held and the brand's own phrase flagged."""
    text = load_policy().source_text
    lines = []
    for line in text.splitlines():
        if line.startswith('"profanity"'):
            line = '"profanity" = { severity = "warn", decision = "flag", enabled = false }'
        elif line.startswith('"risk.advice_request"'):
            line = '"risk.advice_request" = { severity = "warn", decision = "hold" }'
        lines.append(line)
    return "\n".join(lines) + '\n\n[[custom]]\nterm = "thanks for the stream"\nseverity = "info"\ndecision = "flag"\n'


NEW_POLICY = tuned_policy()


async def test_rescan_reports_added_and_removed_categories_and_decisions(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    await make_recording(path)
    store = Store(path, readonly=True)

    same = rescan(store, Pipeline(load_policy()))
    assert same.scanned == 10 and same.changed == 0 and same.flagged_before == same.flagged_after == 6
    assert "no difference" in render_text(same)

    recorded = list(store.messages())
    diff = rescan(store, Pipeline(parse_policy(NEW_POLICY, "new.toml")))
    store.close()
    profane = [r for r in recorded if "profanity" in r.verdict.categories]
    only_profane = [r for r in profane if r.verdict.categories == ["profanity"]]
    assert len(only_profane) >= 3
    assert diff.removed["profanity"] == len(profane) and diff.after["profanity"] == 0
    assert diff.added["custom"] == 1
    # Messages that were flagged only for profanity now pass; the others keep their decision.
    expected: dict[tuple[str, str], int] = {}
    for r in only_profane:
        key = (r.verdict.decision.value, "pass")
        expected[key] = expected.get(key, 0) + 1
    for key, count in expected.items():
        assert diff.decisions[key] == count
    advice = diff.decisions[("pass", "hold")]
    assert diff.flagged_after == diff.flagged_before - len(only_profane) + 1 + advice
    texts = {ex["seq"]: ex for ex in diff.examples}
    assert texts[3]["removed"] == ["profanity"] and texts[5]["added"] == ["custom"]

    policy = tmp_path / "new.toml"
    policy.write_text(NEW_POLICY)
    done = castguard("replay", str(path), "--rescan", "--policy", str(policy), tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rescanned 10 messages" in done.stdout and f"-{len(profane)}" in done.stdout
    decision = only_profane[0].verdict.decision.value
    assert f"{decision:>8} -> pass" in done.stdout
    done = castguard("replay", str(path), "--rescan", "--policy", str(policy), "--json", tmp=tmp_path)
    data = json.loads(done.stdout)
    n = len(profane)
    assert data["categories"]["profanity"] == {"before": n, "after": 0, "added": 0, "removed": n}
    assert PHONE not in done.stdout

    done = castguard("replay", str(path), "--rescan", tmp=tmp_path)
    assert done.returncode == 2 and "--rescan needs --policy" in done.stderr
