"""The reply workflow: templates filled and sent, free text approved by a second person, every
outgoing text screened, and each step recorded in the action log."""

from __future__ import annotations

import pytest

from castguard.connectors.demo import DemoBroadcast
from castguard.core.model import ActionKind, ActionResult
from castguard.session.engine import Session
from castguard.session.replies import Replies, ReplyError, message_language, pending_of, reply_entries
from tests.conftest import FakeSource, MakeSession, chat


@pytest.fixture
def demo() -> DemoBroadcast:
    return DemoBroadcast(action_latency=0.0)


@pytest.fixture
def session(make_session: MakeSession, demo: DemoBroadcast) -> Session:
    return make_session(demo, moderator="ana")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what dose of statins is safe?", "en"),
        ("¿Qué puedo tomar para el dolor de cabeza?", "es"),
        ("hola doctora, tengo una pregunta", "es"),
        ("Доктор, можно ли пить кофе с таблетками?", "ru"),
        # Reports of side effects, with no question word: answered in Spanish too.
        ("desde que tomo enalapril me duele mucho la cabeza y tengo tos", "es"),
        ("a mi mamá le salieron moretones desde que toma atorvastatina", "es"),
        ("since I started Lipitor last month my legs ache so badly I can barely walk", "en"),
        ("my dad got a swollen face after his second dose of amlodipine", "en"),
        ("I take my meds with a la carte lunches in the cafe", "en"),
        ("", "en"),
        # Short lines whose words are all Spanish or Russian, with none of the common function words: the reply
        # and its crisis line go out in the viewer's language.
        ("ya no quiero vivir", "es"),
        ("me siento sola", "es"),
        ("no puedo más", "es"),
        ("quiero morir", "es"),
        ("ya ne hochu zhit", "ru"),
        ("mne ploho", "ru"),
        ("не хочу жить", "ru"),
        ("ok не хочу жить", "ru"),
        ("no more", "en"),
        ("I want to die", "en"),
        ("no way lol", "en"),
    ],
)
def test_a_message_language_picks_its_templates(text: str, language: str) -> None:
    assert message_language(text) == language


def test_a_short_spanish_crisis_line_is_offered_the_spanish_crisis_template(session: Session) -> None:
    record = session.ingest(chat("ya no quiero vivir", source="demo", name="Lucia"))
    assert record is not None
    offered = Replies(session).options(record.seq)
    assert {o.template.language for o in offered} == {"es"}
    crisis = next(o for o in offered if o.template.id == "crisis")
    assert crisis.text.endswith(session.pipeline.policy.contact_line("crisis", "es"))


def test_options_are_the_message_language_templates_with_placeholders_filled(session: Session) -> None:
    record = session.ingest(chat("Доктор, у меня сыпь после таблеток", source="demo", name="Olga_spb"))
    assert record is not None
    offered = Replies(session).options(record.seq)
    assert {o.template.language for o in offered} == {"ru"}
    thanks = next(o for o in offered if o.template.id == "thanks")
    assert thanks.text.startswith("Спасибо за вопрос, Olga_spb!") and "{" not in thanks.text
    crisis = next(o for o in offered if o.template.id == "crisis")
    assert crisis.text.endswith(session.pipeline.policy.contact_line("crisis", "ru"))  # the [crisis] line in Russian


async def test_a_template_reply_is_sent_and_recorded_with_its_id_and_version(
    session: Session, demo: DemoBroadcast
) -> None:
    record = session.ingest(chat("thanks doc, great show", source="demo", name="Maria"))
    assert record is not None
    action = await Replies(session).send_template(record.seq, "thanks", "en")
    assert action.kind is ActionKind.REPLY and action.result is ActionResult.DONE and action.actor == "ana"
    assert action.intent is not None  # committed before the platform was asked
    (sent,) = demo.replies
    assert sent.text.startswith("Thanks for the question, Maria!") and sent.reply_to == record.message.id
    (entry,) = reply_entries(session.store.actions(message_seq=record.seq))
    assert (entry.template, entry.version, entry.language, entry.text) == ("thanks", 1, "en", sent.text)
    assert session.undoable(record.seq) is None  # a sent reply cannot be unsent


async def test_a_source_that_cannot_reply_records_a_failed_reply(make_session: MakeSession) -> None:
    session = make_session(FakeSource())  # no REPLY capability
    record = session.ingest(chat("hi doc"))
    action = await Replies(session).send_template(record.seq, "thanks", "en")
    assert action.result is ActionResult.FAILED and "cannot send replies" in action.response


async def test_free_text_waits_for_a_second_person_then_is_sent(session: Session, demo: DemoBroadcast) -> None:
    record = session.ingest(chat("is the show on next week?", source="demo"))
    assert record is not None
    replies = Replies(session)
    queued = replies.queue(record.seq, "Yes, same time next Tuesday!")
    assert queued.kind is ActionKind.REPLY_QUEUED and demo.replies == []
    assert [p.action.id for p in replies.pending()] == [queued.id]
    with pytest.raises(ReplyError, match="another moderator must approve"):
        await replies.approve(queued.id, approver="ANA")  # the writer, whatever the case
    assert demo.replies == []
    sent = await replies.approve(queued.id, approver="lee (producer)")
    assert sent.kind is ActionKind.REPLY and sent.result is ActionResult.DONE and sent.actor == "ana"
    assert [m.text for m in demo.replies] == ["Yes, same time next Tuesday!"]
    entry = reply_entries([sent])[0]
    assert entry.approved_by == "lee (producer)" and entry.queued == queued.id and entry.template == ""
    assert replies.pending() == []
    with pytest.raises(ReplyError, match="no free-text reply"):
        await replies.approve(queued.id, approver="lee")  # sent once, never twice


async def test_a_rejected_free_text_is_recorded_and_never_sent(session: Session, demo: DemoBroadcast) -> None:
    record = session.ingest(chat("what about next week", source="demo"))
    assert record is not None
    replies = Replies(session)
    queued = replies.queue(record.seq, "Maybe, who knows")
    rejected = replies.reject(queued.id, approver="lee")
    assert rejected.kind is ActionKind.REPLY_REJECTED and rejected.actor == "lee"
    assert replies.pending() == [] and demo.replies == []
    assert pending_of(session.store.actions()) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Maria, we'll call you back at 415-555-2671 today", "privacy.phone"),
        ("So sorry to hear about Maria's breast cancer", "privacy.health_disclosure"),  # echoes the viewer
        ("Good news: our supplement cures diabetes in two weeks", "risk.medical_claim"),
        ("Stop posting this shit", "profanity"),
    ],
)
async def test_free_text_that_would_echo_personal_data_or_make_a_claim_is_blocked(
    session: Session, demo: DemoBroadcast, text: str, category: str
) -> None:
    record = session.ingest(chat("my mother Maria Lopez has breast cancer, call 415-555-2671", source="demo"))
    assert record is not None
    blocked = Replies(session).queue(record.seq, text)
    assert blocked.kind is ActionKind.REPLY_BLOCKED
    (entry,) = reply_entries([blocked])
    assert category in entry.blocked_because
    assert "415-555-2671" not in blocked.reason  # the block does not repeat the number
    assert Replies(session).pending() == [] and demo.replies == []


async def test_a_template_that_would_echo_a_phone_number_in_the_name_is_blocked(
    session: Session, demo: DemoBroadcast
) -> None:
    record = session.ingest(chat("hi doc", source="demo", name="call 415-555-2671"))
    assert record is not None
    action = await Replies(session).send_template(record.seq, "thanks", "en")
    assert action.kind is ActionKind.REPLY_BLOCKED and "privacy.phone" in action.reason
    assert "415-555-2671" not in action.reason and demo.replies == []


def test_every_shipped_template_passes_the_screen(session: Session) -> None:
    replies = Replies(session)
    for text in ("thanks doc", "¿hola doctora, qué tal?", "Доктор, спасибо"):
        record = session.ingest(chat(text, source="demo", name="Sam"))
        assert record is not None
        for option in replies.options(record.seq):
            assert not replies.screen().check(option.text, record.message).blocked, option


async def test_the_report_lists_who_replied_with_what_approved_by_whom_and_what_was_blocked(
    session: Session, demo: DemoBroadcast
) -> None:
    from castguard.review.report import build_report, render_markdown
    from castguard.review.report_html import render_html

    question = session.ingest(chat("what dose is safe for me?", source="demo", name="Maria"))
    leak = session.ingest(chat("my number is 415-555-2671, call me", source="demo", name="Tom"))
    assert question is not None and leak is not None
    replies = Replies(session)
    await replies.send_template(question.seq, "no-advice", "en")
    queued = replies.queue(question.seq, "Dr. Lee answers dosing questions in the Q&A at the end")
    await replies.approve(queued.id, approver="lee")
    replies.queue(leak.seq, "Tom, we'll call 415-555-2671 after the show")
    report = build_report(session.store)
    rows = [(r["step"], r["by"], r["to"], r["template"], r["version"], r["approved_by"]) for r in report["replies"]]
    assert rows == [
        ("sent", "ana", "Maria", "no-advice", 1, "Medical-Legal Review"),  # the template's approver
        ("waiting for approval", "ana", "Maria", None, None, None),
        ("sent", "ana", "Maria", None, None, "lee"),
        ("blocked", "ana", "Tom", None, None, None),
    ]
    blocked = report["replies"][-1]
    assert "privacy.phone" in blocked["blocked_because"] and "415-555-2671" not in blocked["text"]
    markdown = render_markdown(report)
    assert "## Replies" in markdown and "no-advice" in markdown and "privacy.phone" in markdown
    html = render_html(report)
    assert "<h2>Replies</h2>" in html and "415-555-2671" not in html.split("<h2>Replies</h2>")[1].split("<h2>")[0]
