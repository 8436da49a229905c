"""Start-up builds only what the command uses: --help imports no filter, a new risk filter compiles no rule."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.filters import risk
from castguard.filters.regex_gate import LazyPattern, gated

ROOT = Path(__file__).resolve().parents[1]


def test_help_imports_neither_the_engine_nor_the_filters() -> None:
    code = (
        "import sys\n"
        "from castguard.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('castguard.session.engine', 'castguard.filters.')))\n"
        "print('heavy:', ','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "heavy: "


def test_a_new_risk_filter_compiles_a_rule_only_when_a_message_reaches_it() -> None:
    risk._compile.cache_clear()
    try:
        f = risk.RiskFilter(load_policy())
        rules = risk._compile().rules
        assert not any(r.pattern.ready for r in rules)
        found = f.scan(ChatMessage("t", "twitch", "c", "1", Author("u", "u"), "I will kill you", 0.0, 0.0))
        assert [x.category for x in found] == ["risk.threat"]
        compiled = [r for r in rules if r.pattern.ready]
        assert 0 < len(compiled) < len(rules) // 10
    finally:
        risk._compile.cache_clear()


def test_a_lazy_pattern_finds_what_the_gated_pattern_finds_and_survives_pickling() -> None:
    source = r"\b(?:i'll|i will)\s+(?:kill|hurt)\s+you\b"
    lazy, eager = LazyPattern(source, 2), gated(source, 2)
    text = "ok I will hurt you and i'll kill you"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.search(text, 10).span() == eager.search(text, 10).span()
    copy = pickle.loads(pickle.dumps(LazyPattern(source, 2)))
    assert copy.search(text).span() == eager.search(text).span()
