"""A fake ``youtube.api.v3.V3DataLiveChatMessageService/StreamList``: a real grpc.aio server on 127.0.0.1.

Each call plays one script: pages (``LiveChatMessageListResponse``), then an
error (a status code and text), the stream's normal end, or a hold (the stream
stays open until the client goes). Every page gets a fresh ``next_page_token``;
the requests and their metadata are recorded.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import grpc

from castguard.connectors import stream_list_pb2 as pb
from tests.fakes.youtube import CHAT_ID

SERVICE = "youtube.api.v3.V3DataLiveChatMessageService"
Snippet = pb.LiveChatMessageSnippet
Type = pb.LiveChatMessageSnippet.TypeWrapper


def text_message(msg_id: str, text: str, *, channel: str = "UCviewer", name: str = "Viewer") -> pb.LiveChatMessage:
    """A ``TEXT_MESSAGE_EVENT`` as the stream sends it."""
    return pb.LiveChatMessage(
        kind="youtube#liveChatMessage",
        id=msg_id,
        snippet=Snippet(
            type=Type.TEXT_MESSAGE_EVENT,
            live_chat_id=CHAT_ID,
            author_channel_id=channel,
            published_at="2026-11-30T12:00:00.123Z",
            has_display_content=True,
            display_message=text,
            text_message_details=pb.LiveChatTextMessageDetails(message_text=text),
        ),
        author_details=pb.LiveChatMessageAuthorDetails(channel_id=channel, display_name=name),
    )


def with_unknown_type(message: pb.LiveChatMessage, value: int) -> pb.LiveChatMessage:
    """``message`` with ``snippet.type`` set to an enum value this proto does not have (as an older or newer
    server would send it: ``MESSAGE_DELETED_EVENT`` was 8 before it left the published proto)."""
    snippet = bytes([0x08, value]) + message.snippet.SerializeToString()
    rest = pb.LiveChatMessage(id=message.id, kind=message.kind, author_details=message.author_details)
    rest_bytes = rest.SerializeToString()
    return pb.LiveChatMessage.FromString(rest_bytes + bytes([0x12, len(snippet)]) + snippet)


@dataclass
class Fail:
    """End the stream with this status."""

    code: grpc.StatusCode
    details: str = ""


@dataclass
class Page:
    """One response of the stream."""

    items: list[pb.LiveChatMessage] = field(default_factory=list)
    offline: bool = False


HOLD = "hold"
"""Keep the stream open (a quiet chat) until the client cancels."""

Step = Page | Fail | str


@dataclass
class Call:
    """One ``StreamList`` call as the server saw it."""

    request: pb.LiveChatMessageListRequest
    metadata: dict[str, str]


class FakeStreamList:
    """The service: scripts per call, in order; when they run out, a call holds."""

    def __init__(self, *, token: str = "ya29.secret-token") -> None:
        self.token = token
        self.scripts: list[list[Step]] = []
        self.calls: list[Call] = []
        self._tokens = itertools.count(1)
        self.called = asyncio.Event()

    def script(self, *steps: Step) -> None:
        """Queue what the next call does."""
        self.scripts.append(list(steps))

    async def _stream_list(
        self, request: pb.LiveChatMessageListRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[pb.LiveChatMessageListResponse]:
        metadata = {key: value for key, value in context.invocation_metadata() or () if isinstance(value, str)}
        self.calls.append(Call(request, metadata))
        self.called.set()
        if metadata.get("authorization") != f"Bearer {self.token}":
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "Request had invalid authentication credentials.")
        steps: Iterable[Step] = self.scripts.pop(0) if self.scripts else [HOLD]
        for step in steps:
            if isinstance(step, Page):
                response = pb.LiveChatMessageListResponse(
                    kind="youtube#liveChatMessageListResponse",
                    items=step.items,
                    next_page_token=f"tok-{next(self._tokens)}",
                )
                if step.offline:
                    response.offline_at = "2026-11-30T13:00:00Z"
                yield response
            elif isinstance(step, Fail):
                await context.abort(step.code, step.details)
            else:
                await asyncio.Event().wait()


@asynccontextmanager
async def serve_stream_list(fake: FakeStreamList) -> AsyncIterator[str]:
    """Run the fake on 127.0.0.1 on a free port; yields its ``grpc://`` URL."""
    server = grpc.aio.server()
    handler = grpc.unary_stream_rpc_method_handler(
        fake._stream_list,
        request_deserializer=pb.LiveChatMessageListRequest.FromString,
        response_serializer=pb.LiveChatMessageListResponse.SerializeToString,
    )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, {"StreamList": handler}),))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield f"grpc://127.0.0.1:{port}"
    finally:
        await server.stop(0)
