"""Interoperability: castguard's IRC-over-WebSocket connector reads a real IRC server (inspircd 3).

An ordinary TCP IRC client posts to a channel; the Twitch connector, pointed
at the server's WebSocket listener with IRCv3 capabilities instead of Twitch's,
must read those messages with the server's msgid and server-time tags.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from castguard.connectors import open_source
from castguard.connectors.runtime import Backoff
from castguard.core.model import ChatMessage, ConnectionState
from tests.fakes.events import EventReader
from tests.fakes.ircd import INSPIRCD, Ircd, PlainIrcClient, run_inspircd

pytestmark = pytest.mark.skipif(INSPIRCD is None, reason="inspircd not installed (apt-get install -y inspircd)")


@pytest.fixture
def ircd(tmp_path: Path) -> Iterator[Ircd]:
    with run_inspircd(tmp_path) as server:
        yield server


async def test_reads_a_real_ircd_over_websocket(ircd: Ircd) -> None:
    settings = {"twitch": {"irc_url": ircd.ws_url, "caps": "message-tags server-time", "origin": "http://127.0.0.1"}}
    source = open_source("twitch:live", settings, backoff=Backoff(initial=0.05, cap=0.2))
    reader = EventReader(source)
    connected = await reader.state(ConnectionState.CONNECTED, timeout=10)
    assert "#live" in connected.detail
    poster = await PlainIrcClient.connect(ircd.tcp_port, "poster")
    try:
        await poster.send("JOIN #live")
        await poster.wait_for("JOIN")
        await poster.send(
            "PRIVMSG #live :hello from a plain client",
            "PRIVMSG #live :\x01ACTION waves\x01",
            "PRIVMSG #live :my number is 555-0100",
        )
        messages = await reader.messages(3, timeout=10)
    finally:
        await poster.close()
    assert [m.text for m in messages] == ["hello from a plain client", "waves", "my number is 555-0100"]
    assert [m.kind for m in messages] == ["text", "action", "text"]
    first = messages[0]
    assert isinstance(first, ChatMessage) and first.author.id == "poster" and first.channel == "live"
    assert first.id and len({m.id for m in messages}) == 3  # the server's msgid tags
    assert abs(first.sent_at - first.received_at) < 60  # from the server-time tag
    await reader.close()
