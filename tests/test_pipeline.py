"""The default pipeline: every filter, sentiment by default, policy decisions, reloads that keep state."""

from __future__ import annotations

import subprocess
import sys
from typing import cast

import pytest

from castguard.core.model import ChatMessage, Decision, Finding, Severity, Verdict
from castguard.core.policy import load_policy, parse_policy
from castguard.filters import default_factories
from castguard.filters.adverse import AdverseFilter
from castguard.filters.base import SharedScan
from castguard.filters.crowd import CrowdFilter
from castguard.filters.pipeline import Pipeline
from castguard.filters.privacy import PrivacyFilter
from castguard.filters.profanity import ProfanityFilter
from castguard.filters.risk import RiskFilter
from castguard.filters.risk_model import RiskModelFilter
from castguard.filters.spam import SpamFilter
from tests.filter_helpers import msg


def test_default_factories_include_every_filter() -> None:
    assert default_factories() == [
        PrivacyFilter,
        ProfanityFilter,
        RiskFilter,
        RiskModelFilter,
        AdverseFilter,
        SpamFilter,
        CrowdFilter,
    ]
    names = [f.name for f in Pipeline(load_policy()).filters]
    assert names == ["privacy", "profanity", "risk", "risk_model", "adverse", "spam", "crowd"]


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
    link = pipeline.evaluate(msg("see the schedule at pharma-deals.ru"))
    assert link.categories == ["spam.link"] and link.decision is Decision.HOLD
    # Selling medicines cheap is a scam as well as a link: hidden, not only held.
    sale = pipeline.evaluate(msg("cheap meds at pharma-deals.ru"))
    assert sorted(sale.categories) == ["spam.link", "spam.scam"] and sale.decision is Decision.HIDE


def test_trusted_authors_are_flagged_never_held() -> None:
    pipeline = Pipeline(load_policy())
    verdict = pipeline.evaluate(msg("what the fuck", roles=frozenset({"moderator"})))
    assert verdict.decision is Decision.FLAG and verdict.categories == ["profanity"]


@pytest.mark.parametrize("role", ["broadcaster", "moderator", "owner", "staff"])
@pytest.mark.parametrize(
    "reply",
    [
        "Thank you, Tom. We have noted your report of a side effect: our drug safety team will reach you",
        "Gracias, Rosa_mx12. Hemos registrado su reporte de un efecto secundario: nuestro equipo le escribirá",
        "Спасибо, Anya_spb5. Мы зарегистрировали ваше сообщение о побочном эффекте: с вами свяжутся",
    ],
)
def test_the_channels_reply_acknowledging_a_side_effect_is_not_flagged_a_viewers_report_is(
    role: str, reply: str
) -> None:
    pipeline = Pipeline(load_policy())
    host = pipeline.evaluate(msg(reply, roles=frozenset({role})))
    assert "health.adverse_event" not in host.categories
    assert host.decision is Decision.PASS and not host.escalate and not host.flagged
    viewer = pipeline.evaluate(msg("since I started Lipitor my legs ache so badly I can barely walk"))
    assert viewer.decision is Decision.ESCALATE and viewer.escalate
    # Staff writing something that escalates of itself still do.
    worried = pipeline.evaluate(msg("I want to kill myself, nothing helps", roles=frozenset({"moderator"})))
    assert worried.escalate


def test_trusted_authors_are_not_spam() -> None:
    pipeline = Pipeline(load_policy())
    shout = "BOOK YOUR FREE HEART CHECK TODAY AT cheap-cardio-pills.biz NOW!!!"
    assert {c for c in pipeline.evaluate(msg(shout)).categories if c.startswith("spam.")}
    host = pipeline.evaluate(msg(shout, roles=frozenset({"broadcaster"})))
    assert not [c for c in host.categories if c.startswith("spam.")]


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
    code = (
        "import sys, castguard.filters.pipeline, castguard.filters as filters; filters.default_factories(); "
        "from castguard.filters import crowd, profanity, risk, spam, sentiment; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- the shared pre-pass
# The pipeline prepares each message once (castguard.filters.prepass) and hands it to every filter's
# scan_prepared; a filter used alone still works from scan(message). Both must agree.

SHARED_CASES = [
    "great stream, thanks doc!! 🙏",
    "call me at 503-850-7892 or mail jane.doe@example.com",
    "my coworker Jane Smith has HIV",
    "I'll be waiting outside the clinic with a knife",
    "this tea cures cancer, stop taking your insulin",
    "what the fuuuuck is this f u c k",
    "BUY CHEAP MEDS NOW AT PHARMA-DEALS.RU!!!!",
    "lol lol lol lol lol lol lol",
    "😂😂😂😂😂😂😂😂😂😂😂😂",
    "KİLL İT: the dotted capital I lower-cases to two characters",
    "у Анны Ивановой рак, ужасно",
    "¿puedo tomar ibuprofeno con paracetamol? me duele la cabeza",
    " dot com at the start and the end dot ",
    "",
    "   ",
    "since starting metformin ive had nonstop diarrhea",
    "desde que tomo ibuprofeno me sale sarpullido",
    "после прививки поднялась температура у сына",
]


def test_scan_prepared_gives_what_scan_gives_for_every_default_filter() -> None:
    from castguard.filters.prepass import prepare

    policy = load_policy()
    for factory in default_factories():
        alone, shared = factory(policy), factory(policy)
        for i, text in enumerate(SHARED_CASES * 3):
            m = msg(text, author=f"a{i % 4}", at=1_700_000_000.0 + i)
            # Every default filter reads the shared pre-pass (the call fails loudly for one that does not).
            assert cast(SharedScan, shared).scan_prepared(m, prepare(text)) == alone.scan(m), (alone.name, text)


def test_prepared_forms_and_lazy_shared_keywords() -> None:
    from castguard.filters import triggers
    from castguard.filters.prepass import prepare
    from castguard.filters.privacy.keywords import find_keywords
    from castguard.filters.risk import _compile

    gates = _compile().gates
    p = prepare("Call ME at  5 PM 😂 ok")
    assert p.lower == "call me at  5 pm 😂 ok" and p.words == ["call", "me", "at", "5", "pm", "😂", "ok"]
    assert p.joined == "call me at 5 pm 😂 ok" and not p.ascii and p.emoji == ["😂"]
    assert p.keywords is None and p.risk_candidates is None
    for text in SHARED_CASES:
        prepared = prepare(text)
        keywords, candidates = triggers.shared(prepared)
        assert prepared.keywords is keywords and prepared.risk_candidates is candidates
        from castguard.filters.privacy.keywords import same_length_lower
        from castguard.filters.risk import candidates as risk_candidates

        # One pass over the merged automaton finds exactly what each filter's own automaton finds.
        assert keywords == find_keywords(same_length_lower(text)), text
        own = risk_candidates(text.lower())
        assert candidates == own or (not candidates and not gates.units(own)), text
        # The risk filter runs the same rules: none, when no literal found can open one.
        assert gates.units(candidates) == gates.units(own), text


def test_literals_that_open_no_risk_rule_leave_no_candidates() -> None:
    from castguard.filters import triggers
    from castguard.filters.prepass import prepare
    from castguard.filters.risk import candidates as risk_candidates

    text = "we sat in the garden at noon, all of us"
    # "in", "at", "all" are clauses of some rules, never the first one a rule is looked up from.
    assert risk_candidates(text) and triggers.shared(prepare(text))[1] == set()
    assert triggers.shared(prepare("bringing my gun to the clinic"))[1] == risk_candidates(
        "bringing my gun to the clinic"
    )


def test_the_adverse_gate_runs_in_the_shared_pass() -> None:
    from castguard.filters import triggers
    from castguard.filters.adverse import _automaton
    from castguard.filters.prepass import prepare

    for text in SHARED_CASES:
        prepared = prepare(text)
        triggers.shared(prepared)
        if len(prepared.lower) != len(text):
            assert prepared.adverse_matches is None  # offsets would move: the filter reads the text itself
            continue
        # The same matches, in the same order, as the filter's own automaton yields.
        assert prepared.adverse_matches == list(_automaton(()).iter(prepared.lower)), text
    policy = load_policy()
    branded = parse_policy('[products]\nnames = ["Cardiolix"]\n')
    report = "since starting cardiolix ive had nonstop diarrhea"
    for chosen, expected in ((policy, []), (branded, ["health.adverse_event"])):
        # A policy's own products are not in the shared pass: its filter keeps its own gate.
        pipeline = Pipeline(chosen, scorer=None)
        assert [f.category for f in pipeline.evaluate(msg(report)).findings] == expected


def test_pipeline_uses_scan_for_filters_without_a_shared_scan() -> None:
    seen: list[str] = []

    class Plain:
        name = "plain"

        def __init__(self, policy: object) -> None:
            pass

        def scan(self, message: ChatMessage) -> list[Finding]:
            seen.append(message.text)
            return [Finding("custom", Severity.WARN, 0, 4, "plain.rule")]

    pipeline = Pipeline(load_policy(), factories=[ProfanityFilter, Plain], scorer=None)
    verdict = pipeline.evaluate(msg("fuck this"))
    assert seen == ["fuck this"]
    assert [f.rule for f in verdict.findings] == ["profanity.en", "plain.rule"]
    assert [f.category for f in pipeline.findings(msg("hello"))] == ["custom"]


def test_the_policy_step_orders_findings_and_takes_the_strongest_decision() -> None:
    policy = parse_policy(
        "[categories]\n"
        'privacy = { severity = "critical", decision = "hide" }\n'
        '"health.adverse_event" = { severity = "warn", decision = "hide" }\n'
        '"risk.legal" = { severity = "warn", decision = "escalate" }\n'
    )
    scripted: list[Finding] = []

    class Scripted:
        name = "scripted"

        def __init__(self, policy: object) -> None:
            pass

        def scan(self, message: ChatMessage) -> list[Finding]:
            return list(scripted)

    pipeline = Pipeline(policy, factories=[Scripted], scorer=None)
    scripted[:] = [
        Finding("risk.legal", Severity.WARN, 9, 12, "legal"),
        Finding("privacy.phone", Severity.INFO, 4, 8, "weak"),  # a weak signal: shown, never acted on
        Finding("privacy.email", Severity.CRITICAL, 4, 8, "mail"),  # the family's rule: critical, hide
    ]
    verdict = pipeline.evaluate(msg("call 5551234 sue"))
    assert [f.rule for f in verdict.findings] == ["mail", "weak", "legal"]  # by place, the most severe first
    assert [f.severity for f in verdict.findings] == [Severity.CRITICAL, Severity.INFO, Severity.WARN]
    assert verdict.decision is Decision.HIDE and verdict.severity is Severity.CRITICAL and verdict.escalate
    scripted[:] = [Finding("health.adverse_event", Severity.WARN, 0, 4, "ae")]
    kept = pipeline.evaluate(msg("rash"))
    assert kept.decision is Decision.ESCALATE and kept.escalate  # never hidden: the safety team needs it
    scripted[:] = [
        Finding("privacy.email", Severity.CRITICAL, 0, 4, "mail"),
        Finding("spam.link", Severity.WARN, 5, 9, "l"),
    ]
    staff = pipeline.evaluate(msg("mail link", roles=frozenset({"moderator"})))
    assert staff.decision is Decision.FLAG and staff.categories == ["privacy.email"] and not staff.escalate


def test_clean_verdicts_are_shared_but_follow_the_policy_and_the_score() -> None:
    pipeline = Pipeline(load_policy())
    first, second = pipeline.evaluate(msg("thanks doc")), pipeline.evaluate(msg("thanks doc", mid="2"))
    assert first == second and first.findings == () and first.sentiment > 0
    assert pipeline.evaluate(msg("so what now then")).sentiment == 0.0
    pipeline.reload(parse_policy('name = "other"\n'))
    assert pipeline.evaluate(msg("thanks doc", mid="3")).policy_version != first.policy_version


def test_replacing_the_filters_or_the_scorer_rebinds_the_chain() -> None:
    pipeline = Pipeline(load_policy())
    pipeline.filters = [f for f in pipeline.filters if f.name != "profanity"]
    assert pipeline.evaluate(msg("what the fuck")).findings == ()

    class Grumpy:
        def score(self, message: ChatMessage) -> float:
            return -0.5

    pipeline.scorer = Grumpy()
    assert pipeline.evaluate(msg("lovely")).sentiment == -0.5


def test_first_character_gate_keeps_every_match() -> None:
    import re

    from castguard.filters import risk_rules
    from castguard.filters.regex_gate import first_class, gated
    from castguard.filters.risk import _apostrophes

    assert first_class(r"\b(?:kill|hurt)\b", re.I) == "[kh]"
    assert first_class(r"(?<!\w)\d+ ?mg") == r"[\d]"
    assert first_class(r"\b(?:a|.b)") is None  # "." can be anything
    assert first_class(r"x?") is None  # may match the empty string
    assert first_class(r"(?i)abc") is None  # global flags stay first
    texts = [t for t in SHARED_CASES] + ["I'LL KILL YOU", "ıll kıll you", "ſtop taking your meds", "i’m gonna hurt him"]
    patterns = [p for *_, p, _ in risk_rules.RULES] + [p for parts in risk_rules.ADVICE.values() for p in parts]
    for pattern in patterns:
        plain, fast = re.compile(_apostrophes(pattern), re.I), gated(_apostrophes(pattern), re.I)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], pattern


def test_the_gate_compiles_each_pattern_once_as_it_is_or_behind_its_first_characters() -> None:
    import re

    from castguard.filters.regex_gate import gated

    assert gated(r"\b(?:kill|hurt)\b", re.I).pattern == r"(?=[kh])(?:\b(?:kill|hurt)\b)"
    assert gated(r"kill|hurt", re.I).pattern == r"(?=[kh])(?:kill|hurt)"
    for pattern in (r"kill\b", r"[kh]ill", r"\b(?:a|.b)", r"x?", r"(?i)abc", ""):  # left as they are
        assert gated(pattern, re.I) == re.compile(pattern, re.I)
    for bad in (r"\b(?:kill", r"(?<=a+)b", r"\b(?<=a|bc)x"):
        with pytest.raises(re.error):
            re.compile(bad)
        with pytest.raises(re.error):
            gated(bad)


# -- evaluate_many: the batched path gives exactly what message-by-message evaluation gives -------------------


def _stateful(pipeline: Pipeline) -> list[dict[str, object]]:
    """The running state of the stream-aware filters (crowd window, spam copy memory)."""
    return [dict(vars(f)) for f in pipeline.filters if isinstance(f, CrowdFilter | SpamFilter)]


def _chunks(stream: list[ChatMessage], sizes: list[int]) -> list[list[ChatMessage]]:
    out, i, k = [], 0, 0
    while i < len(stream):
        size = sizes[k % len(sizes)]
        out.append(stream[i : i + size])
        i, k = i + size, k + 1
    return out


def _assert_batched_equals_sequential(stream: list[ChatMessage], policy_text: str | None = None) -> list[Verdict]:
    """evaluate_many over several batchings against evaluate, each on a fresh pipeline; returns the verdicts."""

    def fresh() -> Pipeline:
        return Pipeline(parse_policy(policy_text) if policy_text is not None else load_policy())

    reference = fresh()
    expected = [reference.evaluate(m) for m in stream]
    probe = [msg("call me at (415) 555-2671 now", author="late", at=stream[-1].received_at + 1, mid="p1")]
    for sizes in ([64], [1, 2, 3, 5, 8, 13, 21, 34, 55, 89], [len(stream)]):
        batched = fresh()
        got = [v for chunk in _chunks(stream, sizes) for v in batched.evaluate_many(chunk)]
        assert got == expected, f"batches of {sizes} differ"
        # Same state afterwards: the next message is judged alike and the windows hold the same.
        assert _stateful(batched) == _stateful(reference)
        assert batched.evaluate_many(probe) == [fresh_copy for fresh_copy in [reference.evaluate(probe[0])]]
        reference = fresh()
        for m in stream:
            reference.evaluate(m)
    return expected


def test_evaluate_many_matches_evaluate_on_the_benchmark_stream() -> None:
    sys.path.insert(0, "benchmarks")
    try:
        from benchmarks.bench_filters import DATA, load, pipeline_stream
    finally:
        sys.path.remove("benchmarks")
    stream = pipeline_stream(load(DATA), 6000)
    verdicts = _assert_batched_equals_sequential(stream)
    categories = {c for v in verdicts for c in v.categories}
    # The comparison covers real findings of every kind, not only clean messages.
    assert {"profanity", "privacy.email", "spam.link", "spam.repeat", "risk.self_harm", "risk.threat"} <= categories


def _raid_stream() -> list[ChatMessage]:
    """Ordinary chat, then a few accounts flooding, a copy-paste flood, one author repeating, an organic burst."""
    import random

    rnd = random.Random(11)
    t0 = 1_700_000_000.0
    chat = ["great stream", "thanks doc", "is there a replay?", "audio is low", "so helpful", "lol",
            "what the fuck is this", "my dob is 04/12/1988", "this tea cures cancer", "I want to die"]  # fmt: skip
    out: list[ChatMessage] = []
    for i in range(240):  # 2 msg/s for 120 s
        text = f"{rnd.choice(chat)} {rnd.randint(0, 999)}"
        out.append(msg(text, author=f"viewer{rnd.randrange(300)}", at=t0 + i / 2, mid=f"bg{i}"))
    for i in range(150):  # three accounts flooding
        out.append(msg(f"buy followers now {i}", author=f"bot{i % 3}", at=t0 + 60 + i * 0.3, mid=f"r{i}"))
    paste = "THIS DOCTOR IS A FRAUD, REPORT THIS CHANNEL NOW!!!"
    for i in range(15):  # the same text from many accounts
        out.append(msg(paste, author=f"acct{i}", at=t0 + 90 + i * 0.5, mid=f"c{i}"))
    for i in range(8):  # one author pasting the same line again and again
        out.append(msg("visit my channel for free stuff", author="pest", at=t0 + 95 + i, mid=f"s{i}"))
    out.append(msg("fuck this, call 415-555-2671", author="mod1", roles=frozenset({"moderator"}), at=t0 + 99, mid="m"))
    for i in range(1500):  # an organic burst: 50 msg/s of varied texts from many viewers
        fan = f"fan{rnd.randrange(1500)}"
        out.append(msg(f"{rnd.choice(chat)} {i}", author=fan, at=t0 + 121 + i / 50, mid=f"o{i}"))
    out.sort(key=lambda m: m.received_at)
    return out


def test_evaluate_many_matches_evaluate_on_a_raid_and_flood_stream() -> None:
    stream = _raid_stream()
    verdicts = _assert_batched_equals_sequential(stream)
    rules = {f.rule for v in verdicts for f in v.findings}
    assert {"raid.few_accounts", "raid.copy_paste", "spike.rate", "repeat.copy"} <= rules
    custom = '[[custom]]\nterm = "free stuff"\ncategory = "spam.link"\ndecision = "hide"\n'
    assert any(v.decision is Decision.HIDE for v in _assert_batched_equals_sequential(stream, custom))


def test_evaluate_many_honours_a_subclass_evaluate() -> None:
    class Fixed(Pipeline):
        def evaluate(self, message: ChatMessage) -> object:  # type: ignore[override]
            return Pipeline.evaluate(self, message).__class__((), Decision.HIDE, None, 0.0, "fixed")

    out = Fixed(load_policy()).evaluate_many([msg("hello"), msg("hi again", mid="2")])
    assert [v.decision for v in out] == [Decision.HIDE, Decision.HIDE]
    assert Pipeline(load_policy()).evaluate_many([]) == []
