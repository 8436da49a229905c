"""YouTube's ``liveChatMessages.streamList``: the server-streaming gRPC call, sans the source's life.

``StreamList`` (``youtube.api.v3.V3DataLiveChatMessageService``, at
``youtube.googleapis.com:443``) takes the same request as the polled ``list``
and keeps sending ``LiveChatMessageListResponse`` pages as the chat moves, each
with a ``next_page_token``: after a dropped stream the next call resumes from
the last token, so nothing is missed and nothing repeats. Its messages are the
``stream_list.proto`` Google publishes (vendored next to this module with its
licence note; ``stream_list_pb2.py``/``.pyi`` are generated from it with
``python -m grpc_tools.protoc -I connectors --python_out=connectors --pyi_out=connectors
connectors/stream_list.proto``).

This module turns a response into the Data API's JSON shape (so one mapping,
:func:`castguard.connectors.youtube.youtube_item`, reads both readers' items)
and classifies a failed call: the chat ended, a fatal refusal, the quota, a
lost page token, the method not offered (fall back to polling), or worth a retry.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

import grpc
from google.protobuf.json_format import MessageToDict

from castguard.connectors import stream_list_pb2 as pb

#: The method's full name on the wire.
METHOD = "/youtube.api.v3.V3DataLiveChatMessageService/StreamList"
#: Where Google serves it (``grpcs://`` is TLS; ``grpc://`` a plain-text server, e.g. a local proxy or a test).
DEFAULT_URL = "grpcs://youtube.googleapis.com:443"
#: Largest response accepted (bytes): a page of 2,000 messages is far below it.
MAX_RESPONSE_BYTES = 4 << 20
#: Resource parts asked for, as the polling reader asks.
PARTS = ("id", "snippet", "authorDetails")

_UPPER_WORD = re.compile(r"_([a-z])")


class StreamOutcome(Enum):
    """What a failed ``StreamList`` call means for the source."""

    ENDED = "ended"
    """The live chat is over: stop cleanly."""
    FATAL = "fatal"
    """A refusal a retry cannot cure (token, permissions, chat not found or disabled)."""
    QUOTA = "quota"
    """The day's quota is spent: wait long before trying again."""
    LOST_POSITION = "lost_position"
    """The page token is no longer accepted: start again without it."""
    FALL_BACK = "fall_back"
    """The server does not offer the method: read by polling instead."""
    RETRY = "retry"
    """A dropped connection or a server hiccup: resume from the page token after a backoff."""


def parse_url(url: str) -> tuple[str, bool]:
    """``(host:port, tls)`` of a ``grpcs://host:port`` (TLS) or ``grpc://host:port`` (plain) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("grpc", "grpcs") or not parts.hostname:
        raise ValueError(f"stream_url {url[:80]!r}: expected grpcs://HOST:PORT (or grpc:// for a plain-text server)")
    port = parts.port or 443
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{host}:{port}", parts.scheme == "grpcs"


def request(live_chat_id: str, page_token: str | None, max_results: int) -> pb.LiveChatMessageListRequest:
    """The ``StreamList`` request: the chat, the parts, the page to resume from."""
    message = pb.LiveChatMessageListRequest(live_chat_id=live_chat_id, part=list(PARTS), max_results=max_results)
    if page_token:
        message.page_token = page_token
    return message


def camel_type(name: str) -> str:
    """``TEXT_MESSAGE_EVENT`` → ``textMessageEvent`` (the JSON API's spelling of the proto's enum)."""
    return _UPPER_WORD.sub(lambda m: m.group(1).upper(), name.lower())


def response_body(response: pb.LiveChatMessageListResponse) -> dict[str, Any]:
    """The response as the Data API's JSON (``items``, ``nextPageToken``, ``offlineAt`` ...).

    Field names come out in lowerCamelCase as in JSON; enum values are respelled
    (``TEXT_MESSAGE_EVENT`` → ``textMessageEvent``, ``TEMPORARY`` → ``temporary``).
    An item whose type this proto does not know (a newer enum value) arrives
    without ``snippet.type`` and is left for the mapping to skip.
    """
    body = MessageToDict(response)
    for item in body.get("items") or ():
        snippet = item.get("snippet") if isinstance(item, dict) else None
        if not isinstance(snippet, dict):
            continue
        if isinstance(snippet.get("type"), str):
            snippet["type"] = camel_type(snippet["type"])
        banned = snippet.get("userBannedDetails")
        if isinstance(banned, dict) and isinstance(banned.get("banType"), str):
            banned["banType"] = banned["banType"].lower()
    return body


_ENDED = ("livechatended", "no longer live", "chat has ended", "chat ended")
_QUOTA = ("quotaexceeded", "dailylimitexceeded", "quota")
_FATAL_TEXT = ("livechatdisabled", "livechatnotfound", "insufficientpermissions", "forbidden")


def classify(code: grpc.StatusCode, details: str) -> StreamOutcome:
    """What a ``StreamList`` failure with this status and text means (Google puts the reason in the text)."""
    text = details.lower()
    if any(marker in text for marker in _ENDED):
        return StreamOutcome.ENDED
    if code is grpc.StatusCode.UNIMPLEMENTED:
        return StreamOutcome.FALL_BACK
    if code is grpc.StatusCode.RESOURCE_EXHAUSTED:
        return StreamOutcome.QUOTA if any(marker in text for marker in _QUOTA) else StreamOutcome.RETRY
    if code is grpc.StatusCode.PERMISSION_DENIED and any(marker in text for marker in _QUOTA):
        return StreamOutcome.QUOTA
    if code is grpc.StatusCode.INVALID_ARGUMENT and ("page" in text and "token" in text):
        return StreamOutcome.LOST_POSITION
    if code in (
        grpc.StatusCode.UNAUTHENTICATED,
        grpc.StatusCode.PERMISSION_DENIED,
        grpc.StatusCode.NOT_FOUND,
        grpc.StatusCode.INVALID_ARGUMENT,
    ) or any(marker in text for marker in _FATAL_TEXT):
        return StreamOutcome.FATAL
    return StreamOutcome.RETRY


def metadata(token: str | None, api_key: str | None) -> tuple[tuple[str, str], ...]:
    """The call's credentials: the OAuth token, else the API key."""
    if token:
        return (("authorization", f"Bearer {token}"),)
    if api_key:
        return (("x-goog-api-key", api_key),)
    return ()


def open_channel(url: str) -> grpc.aio.Channel:
    """A channel to the stream's server, with the response size bounded and keepalive pings on."""
    target, tls = parse_url(url)
    options = [
        ("grpc.max_receive_message_length", MAX_RESPONSE_BYTES),
        ("grpc.keepalive_time_ms", 60_000),
        ("grpc.keepalive_timeout_ms", 20_000),
    ]
    if tls:
        return grpc.aio.secure_channel(target, grpc.ssl_channel_credentials(), options=options)
    return grpc.aio.insecure_channel(target, options=options)


def stream_list(channel: grpc.aio.Channel) -> Any:
    """The ``StreamList`` callable on ``channel`` (request in, async iterator of responses out)."""
    return channel.unary_stream(
        METHOD,
        request_serializer=pb.LiveChatMessageListRequest.SerializeToString,
        response_deserializer=pb.LiveChatMessageListResponse.FromString,
    )


def describe_error(code: grpc.StatusCode, details: str | None) -> str:
    """``streamList UNAVAILABLE: connection reset`` (details bounded)."""
    text = (details or "").strip().replace("\n", " ")
    return f"streamList {code.name}" + (f": {text[:200]}" if text else "")
