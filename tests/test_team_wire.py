"""The team desk's wire format: every update survives the trip, and hostile entries never become objects."""

from __future__ import annotations

import json

import pytest

from castguard.core.model import (
    PLATFORM_HOLD,
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
)
from castguard.integrations.team.wire import (
    Claim,
    Gap,
    Intent,
    Outcome,
    Snapshot,
    WireError,
    decode_intent,
    decode_snapshot,
    decode_update,
    encode_intent,
    encode_record,
    encode_snapshot,
    encode_update,
)
from castguard.session.engine import LockdownChanged, StateChange


def record(text: str = "call me at 555-0100", seq: int = 7) -> MessageRecord:
    message = ChatMessage("twitch:clinic", "twitch", "clinic", "m1", Author("u1", "Ana", frozenset({"vip"})), text,
                          1.0, 2.0)  # fmt: skip
    verdict = Verdict((Finding("privacy.phone", Severity.CRITICAL, 11, 19, "phone", "a phone", ("u1",)),),
                      Decision.HOLD, Severity.CRITICAL, -0.2, "v1", True)  # fmt: skip
    return MessageRecord(seq, message, verdict, MessageState.HELD, EscalationState.OPEN)


UPDATES = [
    record(),
    StateChange(record()),
    ActionRecord(
        3,
        5.0,
        "ana",
        ActionKind.HIDE,
        ActionResult.DONE,
        7,
        "twitch:clinic",
        "u1",
        "leak",
        None,
        "ok",
        None,
        MessageState.HELD,
        "ab12",
    ),
    ConnectionEvent("twitch:clinic", ConnectionState.RECONNECTING, "socket closed", 9.0),
    PlatformEvent("twitch:clinic", PlatformEventKind.BANNED, None, "u1", None, "by mod", 9.5),
    LockdownChanged(True, "ana"),
    Claim(7, "ana", ActionKind.HIDE, True),
    Outcome("0123456789abcdef", "ana", False, None, "ben already hid #7"),
    Gap(12),
]


@pytest.mark.parametrize("update", UPDATES, ids=lambda u: type(u).__name__)
def test_every_update_survives_the_wire(update: object) -> None:
    data = encode_update(update)  # type: ignore[arg-type]
    assert data is not None
    assert decode_update(data) == update


def test_intents_and_snapshots_survive_the_wire() -> None:
    intent = Intent("0123456789abcdef", "ana", "producer", ActionKind.TIMEOUT, 7, "spam", 600)
    assert decode_intent(encode_intent(intent)) == intent
    snap = Snapshot("1700000000000-3", [record()], True, {"messages": 9}, [Claim(7, "ana", ActionKind.HIDE)],
                    [ConnectionEvent("demo", ConnectionState.CONNECTED, "", 1.0)], 5.0)  # fmt: skip
    assert decode_snapshot(encode_snapshot(snap)) == snap
    # A host passes the records it encoded when it published them: the same snapshot, nothing encoded twice.
    assert encode_snapshot(snap, [encode_record(r) for r in snap.records]) == encode_snapshot(snap)


def _entry(type_: str, **d: object) -> bytes:
    return json.dumps({"v": 1, "t": type_, "d": d}).encode()


def _message_entry(**changes: object) -> bytes:
    d = json.loads(encode_update(record()) or b"")["d"]
    for path, value in changes.items():
        target = d
        *parents, leaf = path.split(".")
        for p in parents:
            target = target[p]
        target[leaf] = value
    return json.dumps({"v": 1, "t": "msg", "d": d}).encode()


def test_hostile_strings_from_the_wire_are_cleaned() -> None:
    hostile = {"m.text": "call me at 555-0100 \x1b[31mred\u202e\x07", "m.id": "id\x1b]0;x\x07"}
    decoded = decode_update(_message_entry(**hostile))
    assert isinstance(decoded, MessageRecord)
    assert "\x1b" not in decoded.message.text and "\u202e" not in decoded.message.text
    assert "\x1b" not in decoded.message.id and decoded.message.id.startswith("id")


def test_hostile_authors_accounts_and_holds_from_the_wire_are_cleaned() -> None:
    raid = ["u1", "u2\x1b[2J", "\u202eu3"]
    finding = ["crowd.raid", 2, 0, 0, "crowd.raid", "", raid]
    entry = _message_entry(**{
        "m.author": ["a\x1b]0;x\x07", "Ana\u202e\x07", ["mod\x1b[31m"]], "v.findings": [finding],
        "m.hold": ["Twitch\x1b[5m AutoMod", "swearing\u202e level 4"],
    })  # fmt: skip
    decoded = decode_update(entry)
    assert isinstance(decoded, MessageRecord)
    author = decoded.message.author
    shown = [author.id, author.name, *author.roles, *decoded.verdict.findings[0].accounts,
             *decoded.message.extra.values()]  # fmt: skip
    assert not any("\x1b" in v or "\u202e" in v or "\x07" in v for v in shown), shown
    assert decoded.verdict.findings[0].accounts[0] == "u1" and len(decoded.verdict.findings[0].accounts) == 3
    assert (
        decoded.message.extra[PLATFORM_HOLD].startswith("Twitch") and "AutoMod" in decoded.message.extra[PLATFORM_HOLD]
    )


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"v": 2, "t": "msg", "d": {}}).encode(),
        _entry("bogus"),
        _entry("lock", on="yes", actor="ana"),
        _entry("claim", seq=-1, actor="ana", kind="hide", on=True),
        _entry("claim", seq=1, actor="ana", kind="explode", on=True),
        _entry("act", id=1, at=float("nan")),
        _message_entry(seq=0),
        _message_entry(seq=2**80),
        _message_entry(state="vanished"),
        _message_entry(**{"m.text": 5}),
        _message_entry(**{"m.author": ["a", "b", [7]]}),
        _message_entry(**{"m.hold": "AutoMod"}),
        _message_entry(**{"v.findings": [["crowd.raid", 2, 0, 0, "r", "", [1, 2]]]}),
        _message_entry(**{"v.findings": [["crowd.raid", 2, 0, 0, "r", "", ["u"] * 1001]]}),
        _message_entry(**{"m.text": "x" * 100_000}),
        _message_entry(**{"v.sentiment": 7}),
        _message_entry(**{"v.findings": [["privacy.phone", 3, 0, 500, "r", "d", []]]}),
        b"{" * 100_000,
        b'{"v": 1, "t": "conn", "d": {"source": "x", "state": "connected", "detail": "", "at": Infinity}}',
    ],
    ids=range(21),
)
def test_invalid_entries_are_refused_with_a_wire_error(data: bytes) -> None:
    with pytest.raises(WireError):
        decode_update(data)


@pytest.mark.parametrize(
    "change",
    [{"id": "short"}, {"id": "a" * 200}, {"id": "../../etc/passwd"}, {"role": "admin"}, {"kind": "nuke"},
     {"duration": -5}, {"seq": "7"}, {"t": "msg"}],
)  # fmt: skip
def test_invalid_intents_are_refused(change: dict[str, object]) -> None:
    d = json.loads(encode_intent(Intent("0123456789abcdef", "ana", "moderator", ActionKind.HIDE, 7)))
    d.update(change)
    with pytest.raises(WireError):
        decode_intent(json.dumps(d).encode())


def test_replay_control_events_stay_on_the_host() -> None:
    assert encode_update(object()) is None  # type: ignore[arg-type]


def test_the_hosting_record_round_trips_and_hostile_ones_are_dropped() -> None:
    from castguard.integrations.team.lease import Hosting, decode_hosting, encode_hosting

    record = Hosting("ab12cd34", "ana", "studio-1", "/srv/castguard/show.db", "sid", ("twitch:clinic", "chat.jsonl"),
                     {"seed": 7, "rate": 4.0, "follow": True, "fields": "text=body"}, 1.5e9, redact=True)  # fmt: skip
    assert decode_hosting(encode_hosting(record)) == record
    good = json.loads(encode_hosting(record))
    for bad in (
        {"token": "not a token!"},
        {"sources": ["x"] * 100},
        {"sources": ["demo\x1b[2J"]},
        {"options": {"rate": -1}},
        {"options": {"follow": "yes"}},
        {"recording": "/tmp/a\nb"},
        {"ended": 1},
        {"since": float("1e13")},
    ):
        assert decode_hosting(json.dumps({**good, **bad})) is None, bad
    assert decode_hosting(b"x" * 20_000) is None and decode_hosting(b"[]") is None and decode_hosting(None) is None
    shown = decode_hosting(json.dumps({**good, "name": "\u202eana\x1b[31m"}))
    assert shown is not None and shown.name == "ana"  # bidi and escape sequences taken out
