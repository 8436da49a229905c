"""Regular expressions from users (policy rules, desk search) cannot hang the desk.

``(a+)+$`` doubled its cost with every character under Python's engine: a policy
rule judged a chat line for minutes, a desk search froze the desk and the
recording for 47 s. User patterns now run on RE2 (linear time); what RE2 refuses
gets one clear line naming the pattern and the reason.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from castguard.core.policy import Policy, PolicyError, check_policy_main, parse_policy
from castguard.core.user_regex import MAX_PATTERN_CHARS, UserRegexError, compile_user_regex
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.search import SearchError, parse_query, search
from castguard.session.store import Store
from castguard.tui.search import SearchScreen
from tests.conftest import MakeSession, chat
from tests.filter_helpers import msg
from tests.test_tui_support import make_desk, rows_shown, screen_text, settle

EVIL = "(a+)+$"
VICTIM = "a" * 1990 + "!"  # one chat line: Python's re needs about 2**1990 steps to give up on it


def _policy_with_regex(regex: str) -> str:
    return f"[[custom]]\nregex = '{regex}'\ncategory = 'custom'\nlabel = 'r'\n"


@pytest.mark.timeout(30)
def test_a_catastrophic_policy_regex_judges_a_long_line_in_linear_time() -> None:
    pipeline = Pipeline(parse_policy(_policy_with_regex(EVIL)))
    start = time.thread_time()
    verdict = pipeline.evaluate(msg(VICTIM))
    assert time.thread_time() - start < 0.1
    assert "custom" not in {f.category for f in verdict.findings}
    assert "custom" in {f.category for f in pipeline.evaluate(msg("aaaa")).findings}


def test_custom_regexes_keep_matching_as_before() -> None:
    policy = parse_policy(_policy_with_regex(r"buy\s+followers|\bpromo[0-9]{2,}\b"))
    pipeline = Pipeline(policy)
    findings = [f for f in pipeline.evaluate(msg("PROMO55 and Buy  Followers now")).findings if f.rule == "custom:r"]
    assert [(f.start, f.end) for f in findings] == [(0, 7), (12, 26)]


@pytest.mark.parametrize(
    ("regex", "why"),
    [
        ("(?<=dr )smith", "look-behind (?<=...) is not supported"),
        ("(?<!not )cure", "look-behind (?<!...) is not supported"),
        ("cure(?= cancer)", "look-ahead (?=...) is not supported"),
        ("cure(?!d)", "look-ahead (?!...) is not supported"),
        (r"(\w)\1", "back-references (\\1) are not supported"),
        ("(?P<w>x)(?P=w)", "back-references (?P=name) are not supported"),
        ("a{2000}", "a repetition count is over 1000"),
        ("(unclosed", "missing )"),
    ],
)
def test_policy_check_names_a_refused_regex_and_why_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], regex: str, why: str
) -> None:
    path = tmp_path / "brand.toml"
    path.write_text("name = 'brand'\n" + _policy_with_regex(regex), encoding="utf-8")
    assert check_policy_main(str(path)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"error: {path}:3: custom rule 'r': invalid regex /")
    assert regex[:20] in lines[0] and why in lines[0]
    assert "Traceback" not in err


def test_policy_regexes_are_bounded_in_length() -> None:
    with pytest.raises(PolicyError, match=f"too long \\({MAX_PATTERN_CHARS + 1} characters"):
        parse_policy(_policy_with_regex("x" * (MAX_PATTERN_CHARS + 1)))


def test_refusals_print_safely() -> None:
    with pytest.raises(UserRegexError) as err:
        compile_user_regex("\x1b]0;pwned\x07(?=x)")
    assert "\x1b" not in str(err.value) and "\x07" not in str(err.value)


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("/(?<=a)b/", "look-behind (?<=...) is not supported"),
        ("/cure(?! )/", "look-ahead (?!...) is not supported"),
        (r"/(a)\1/", "back-references"),
    ],
)
def test_search_names_a_refused_regex_and_why(query: str, why: str) -> None:
    with pytest.raises(SearchError) as err:
        parse_query(query)
    message = str(err.value)
    assert message.startswith("invalid regular expression /") and why in message and "\n" not in message


@pytest.mark.timeout(30)
async def test_a_catastrophic_search_regex_runs_in_linear_time(make_session: MakeSession) -> None:
    session: Session = make_session()
    for i in range(50):
        session.ingest(chat(VICTIM, author=f"a{i}"))
    session.ingest(chat("aaaa", author="b"))
    session.store.flush()
    start = time.thread_time()
    result = search(session.store, f"/{EVIL}/")
    assert time.thread_time() - start < 0.5
    assert [r.message.text for r in result.records] == ["aaaa"]


async def test_the_desk_search_shows_a_refused_regex_as_one_line(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, [chat("hello")])
    async with app.run_test(size=(180, 40)) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"/cure(?= now)/", "enter")
        await settle(pilot, lambda: "not supported" in screen_text(app), "the query's error")
        assert "invalid regular expression /cure(?= now)/: look-ahead (?=...) is not supported" in screen_text(app)
        assert isinstance(app.screen, SearchScreen)


def test_policy_check_warns_when_an_ascii_class_meets_another_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brand.toml"
    path.write_text(
        "name = 'brand'\n" + _policy_with_regex(r"\bкурс\b") + _policy_with_regex(r"\bpromo\b"), encoding="utf-8"
    )
    assert check_policy_main(str(path)) == 0
    out = capsys.readouterr().out
    assert out.count("note: \\b \\w \\d \\s only know ASCII here") == 1
    assert compile_user_regex(r"\bкурс\b").search("новый курс лечения") is None  # why the note matters
    assert compile_user_regex(r"\pLкурс|курс").search("новый курс лечения") is not None
