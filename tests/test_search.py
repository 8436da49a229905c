"""Session search: the query language, its SQL and its in-memory twin agree."""

from __future__ import annotations

import pytest

from castguard.core.model import ActionKind, MessageState
from castguard.session.engine import Session
from castguard.session.search import COUNT_CAP, SearchError, Term, parse_query, search
from tests.conftest import MakeSession, chat, until

TEXTS = [
    ("alice", "Hello doctor, great show"),
    ("bob", "call me at 415-555-2671"),
    ("mallory", "what a load of crap"),
    ("Zoë", "Grüße aus Köln, STRASSE ist schön"),
    ("bob", "email me at a.b@example.org"),
    ("alice", "is aspirin ok daily?"),
    ("carol", "order 12345 shipped [bold]fast[/bold]"),
]


@pytest.fixture
async def session(make_session: MakeSession) -> Session:
    s: Session = make_session()
    for author, text in TEXTS:
        s.ingest(chat(text, author=author))
    s.store.flush()
    seq_crap = next(r.seq for r in s.store.messages() if "crap" in r.message.text)
    await s.act(ActionKind.HIDE, seq_crap)
    await s.act(ActionKind.ESCALATE, 1, reason="check this")
    return s


def texts(session: Session, query: str) -> list[str]:
    return [r.message.text for r in search(session.store, query).records]


def test_parse_terms_negation_phrases_and_regex() -> None:
    q = parse_query('from:@Mallory -is:hidden cat:privacy "two words" -"bad phrase" /a b/ -/\\d+/ hello')
    assert q.terms == (
        Term("from", "@Mallory"), Term("is", "hidden", True), Term("category", "privacy"),
        Term("text", "two words"), Term("text", "bad phrase", True), Term("regex", "a b"),
        Term("regex", "\\d+", True), Term("text", "hello"),
    )  # fmt: skip
    assert parse_query("").terms == ()
    assert parse_query("unknown:key").terms == (Term("text", "unknown:key"),)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("is:sleeping", "unknown is:sleeping"),
        ("from:", "from: needs a value"),
        ("/[unclosed/", "invalid regular expression"),
        ("/open", "unclosed regular expression"),
        ('"open', "unclosed quote"),
        ("x" * 600, "query too long"),
    ],
)
def test_bad_queries_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(SearchError, match=message):
        parse_query(query)


async def test_search_over_the_store(session: Session) -> None:
    assert texts(session, "from:alice") == ["is aspirin ok daily?", "Hello doctor, great show"]
    assert texts(session, "from:ALICE -aspirin") == ["Hello doctor, great show"]
    assert texts(session, "category:privacy") == ["email me at a.b@example.org", "call me at 415-555-2671"]
    assert texts(session, "cat:privacy.email") == ["email me at a.b@example.org"]
    # The policy's auto-hide of the phone number runs in the background.
    hidden = ["what a load of crap", "call me at 415-555-2671"]
    await until(lambda: texts(session, "is:hidden") == hidden, what="the auto-hides")
    assert texts(session, "is:hidden -category:privacy") == ["what a load of crap"]
    assert texts(session, "is:escalated") == ["Hello doctor, great show"]
    assert texts(session, "is:open") == ["Hello doctor, great show"]
    assert set(texts(session, "is:flagged")) >= {"what a load of crap", "call me at 415-555-2671"}
    assert texts(session, "GRÜSSE") == ["Grüße aus Köln, STRASSE ist schön"]  # casefold: ß == ss
    assert texts(session, "gruesse") == []  # folding is not transliteration
    assert texts(session, "from:zoë") == ["Grüße aus Köln, STRASSE ist schön"]
    assert texts(session, r"/\d{3}-\d{3}-\d{4}/") == ["call me at 415-555-2671"]
    assert texts(session, '"[bold]fast"') == ["order 12345 shipped [bold]fast[/bold]"]
    assert texts(session, "source:fake from:carol") == ["order 12345 shipped [bold]fast[/bold]"]
    assert texts(session, "source:youtube") == []
    assert len(texts(session, "")) == len(TEXTS)


async def test_sql_and_memory_agree(session: Session) -> None:
    queries = ["from:bob", "-from:bob", "category:privacy", "-category:privacy", "is:hidden", "-is:hidden",
               "is:held", "is:visible", "is:flagged", "-is:flagged", "is:escalated", "aspirin", "/^[a-z]+ me/",
               "source:fake -is:held", "is:approved"]  # fmt: skip
    every = list(session.store.messages())
    for text in queries:
        q = parse_query(text)
        expected = sorted((r.seq for r in every if q.matches(r)), reverse=True)
        assert [r.seq for r in search(session.store, q).records] == expected, text


async def test_results_are_newest_first_limited_and_counted(make_session: MakeSession) -> None:
    s = make_session()
    for i in range(1200):
        s.ingest(chat(f"line {i}", author=f"u{i % 3}"))
    result = search(s.store, "line", limit=100)
    assert len(result.records) == 100 and result.total == 1200 and not result.capped
    assert result.records[0].message.text == "line 1199"
    assert COUNT_CAP > 1200


async def test_state_changes_are_searchable_at_once(session: Session) -> None:
    seq = search(session.store, "from:carol").records[0].seq
    await session.act(ActionKind.HIDE, seq)
    assert search(session.store, "is:hidden from:carol").records[0].state is MessageState.HIDDEN
