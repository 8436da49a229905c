"""Sans-I/O Server-Sent Events decoder (the WHATWG ``text/event-stream`` format).

Bytes go in as they arrive from the network, complete events come out. Lines
may end in CR LF, LF or CR; an event ends at a blank line; a UTF-8 byte order
mark at the start of the stream is ignored. Oversized lines and events are
dropped (and reported) without losing the following ones, and invalid UTF-8
spoils only its own event.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Request headers for an event stream: no compression (a compressing proxy buffers the stream until
#: its buffer fills, so events arrive late or never) and no cached copy.
SSE_REQUEST_HEADERS = {"Accept": "text/event-stream", "Accept-Encoding": "identity", "Cache-Control": "no-cache"}

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class SseEvent:
    """One dispatched event."""

    data: str
    event: str = "message"
    id: str | None = None
    """The event's own ``id:`` field, ``None`` when it has none.

    The stream's last event id (kept across events by the spec, for resuming after a reconnect) is
    :attr:`SseDecoder.last_event_id`; it does not name events that carry no id of their own.
    """


class SseDecoder:
    """Incremental decoder: :meth:`feed` bytes, get events; :attr:`errors` collects what was dropped."""

    def __init__(self, *, max_event_bytes: int = 1 << 20) -> None:
        self.max_event_bytes = max_event_bytes
        self.last_event_id: str | None = None
        """Last ``id:`` seen (kept across events, as the spec says)."""
        self.retry_ms: int | None = None
        """Reconnection time the server asked for."""
        self.errors: list[str] = []
        self._buffer = bytearray()
        self._data: list[bytes] = []
        self._size = 0
        self._event = b""
        self._event_id: bytes | None = None
        self._discarding_line = False
        self._oversized = False
        self._pending_cr = False
        self._at_start = True

    def feed(self, chunk: bytes) -> list[SseEvent]:
        """Add received bytes; return the events they complete."""
        events: list[SseEvent] = []
        if self._at_start:
            head = bytes(self._buffer) + chunk
            if len(head) < len(_BOM) and _BOM.startswith(head):
                self._buffer = bytearray(head)  # maybe a BOM split across chunks: wait for more
                return events
            self._at_start = False
            self._buffer.clear()
            chunk = head[len(_BOM) :] if head.startswith(_BOM) else head
        if self._pending_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the LF of a CR LF split across chunks
        self._pending_cr = False
        self._buffer += chunk
        start = 0
        buf = self._buffer
        while True:
            cr = buf.find(b"\r", start)
            lf = buf.find(b"\n", start)
            if cr < 0 and lf < 0:
                break
            end = lf if cr < 0 else cr if lf < 0 else min(cr, lf)
            line = bytes(buf[start:end])
            if buf[end : end + 1] == b"\r":
                if end + 1 < len(buf):
                    start = end + 2 if buf[end + 1 : end + 2] == b"\n" else end + 1
                else:
                    start = end + 1
                    self._pending_cr = True
            else:
                start = end + 1
            if self._discarding_line:
                self._discarding_line = False
                continue
            event = self._line(line)
            if event is not None:
                events.append(event)
        del buf[:start]
        if len(buf) > self.max_event_bytes:
            # A line that never ends: drop what we have and skip to its end.
            self.errors.append(f"SSE line longer than {self.max_event_bytes} bytes dropped")
            buf.clear()
            self._discarding_line = True
            self._oversized = True
        return events

    def _line(self, line: bytes) -> SseEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(b":"):
            return None  # comment / heartbeat
        name, sep, value = line.partition(b":")
        if sep and value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            self._size += len(value) + 1
            if self._size > self.max_event_bytes:
                self._oversized = True
            elif not self._oversized:
                self._data.append(value)
        elif name == b"event":
            self._event = value
        elif name == b"id":
            if b"\x00" not in value:
                self._event_id = value
        elif name == b"retry":
            if value.isdigit():
                self.retry_ms = int(value)
        return None

    def _dispatch(self) -> SseEvent | None:
        data, event_name, event_id, oversized = self._data, self._event, self._event_id, self._oversized
        self._data, self._event, self._event_id, self._size, self._oversized = [], b"", None, 0, False
        if event_id is not None:
            try:
                self.last_event_id = event_id.decode("utf-8")
            except UnicodeDecodeError:
                self.errors.append("SSE id is not UTF-8: ignored")
        if oversized:
            self.errors.append(f"SSE event larger than {self.max_event_bytes} bytes dropped")
            return None
        if not data:
            return None
        try:
            text = b"\n".join(data).decode("utf-8")
            name = event_name.decode("utf-8") or "message"
        except UnicodeDecodeError as exc:
            self.errors.append(f"SSE event with invalid UTF-8 dropped ({exc.reason} at byte {exc.start})")
            return None
        own_id = event_id.decode("utf-8", "replace") if event_id is not None else None
        return SseEvent(text, name, own_id)
