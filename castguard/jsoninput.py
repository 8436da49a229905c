"""JSON chat input read item by item from bytes, with bounded memory and a line number for everything.

What ``castguard scan`` reads: one JSON value per line (JSON lines), a JSON array of values
(chat-downloader's export, on one line or pretty-printed over many), or a mix of both. Each value
comes out as an :class:`Item` with the line it starts on; each problem comes out as a
:class:`BadInput` with its line and reason, and reading goes on:

- a line or array item longer than ``max_item`` bytes is reported and skipped while it is read,
  in chunks, so it never sits in memory whole;
- invalid UTF-8, invalid JSON, numbers too long to convert and nesting too deep spoil only their
  own line or item;
- a line that starts with ``[`` is read as an array, item by item; if what follows is not an
  array after all (``[`` then something that is neither ``,`` nor ``]`` between items), the
  problem is reported and the input is read on as JSON lines from there.

Reading is sans-I/O apart from ``stream.read(n)``, so tests drive it with any binary stream.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

#: Longest JSON line or array item accepted (bytes).
MAX_ITEM = 1 << 20
#: Bytes read from the stream at a time.
CHUNK = 1 << 16

_BOM = b"\xef\xbb\xbf"
_STRING_STOP = re.compile(rb'["\\]')
_CONTAINER_STOP = re.compile(rb'["{}\[\]]')
_SCALAR_END = re.compile(rb"[\s,\]]")
_NOT_SPACE = re.compile(rb"[^ \t\r\n]")
_AS_LINES = "not read as an array: read on as JSON lines from the next line"


@dataclass(frozen=True, slots=True)
class Item:
    """One decoded JSON value."""

    line: int
    """Line the value starts on (from 1)."""
    index: int | None
    """Position in its JSON array (from 1); ``None`` for a value on its own line."""
    value: Any

    @property
    def where(self) -> str:
        """``line 7`` or ``line 7 (array item 3)``, for messages."""
        return _where(self.line, self.index)


@dataclass(frozen=True, slots=True)
class BadInput:
    """A line or array item that cannot be read; ``reason`` says why."""

    line: int
    index: int | None
    reason: str

    @property
    def where(self) -> str:
        """``line 7`` or ``line 7 (array item 3)``, for messages."""
        return _where(self.line, self.index)


def _where(line: int, index: int | None) -> str:
    return f"line {line}" if index is None else f"line {line} (array item {index})"


def decode(raw: bytes, line: int, index: int | None) -> Item | BadInput:
    """One line or array item, decoded; a problem becomes a :class:`BadInput` with a clear reason."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadInput(line, index, f"invalid UTF-8 ({exc.reason} at byte {exc.start + 1})")
    try:
        return Item(line, index, json.loads(text))
    except json.JSONDecodeError as exc:
        return BadInput(line + exc.lineno - 1, index, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return BadInput(line, index, "invalid JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        reason = "a number too long to read" if "digits" in str(exc) else str(exc)[:200]
        return BadInput(line, index, f"invalid JSON: {reason}")


def read_json(stream: BinaryIO, *, max_item: int = MAX_ITEM, chunk: int = CHUNK) -> Iterator[Item | BadInput]:
    """Every JSON value of ``stream`` (JSON lines and/or arrays) and every problem, in input order."""
    return _Reader(stream, max_item, chunk).values()


class _Reader:
    """The reading position over a byte stream: a buffer, an offset into it and the line number there."""

    def __init__(self, stream: BinaryIO, max_item: int, chunk: int) -> None:
        self.stream = stream
        self.max_item = max_item
        self.chunk = chunk
        self.buf = bytearray()
        self.pos = 0
        self.line = 1
        self.eof = False

    def more(self) -> bool:
        """Append the next chunk (bytes before ``pos`` are dropped first); False at the end of input."""
        if self.eof:
            return False
        data = self.stream.read(self.chunk)
        if not data:
            self.eof = True
            return False
        if self.pos:
            del self.buf[: self.pos]
            self.pos = 0
        self.buf += data
        return True

    def skip_space(self) -> bool:
        """Move to the next byte that is not white space (counting lines); False at the end of input."""
        while True:
            found = _NOT_SPACE.search(self.buf, self.pos)
            if found is not None:
                self.line += self.buf.count(b"\n", self.pos, found.start())
                self.pos = found.start()
                return True
            self.line += self.buf.count(b"\n", self.pos)
            self.pos = len(self.buf)
            if not self.more():
                return False

    def values(self) -> Iterator[Item | BadInput]:
        while len(self.buf) < len(_BOM) and self.more():
            pass
        if self.buf.startswith(_BOM):
            self.pos = len(_BOM)
        while self.skip_space():
            if self.buf[self.pos] == ord("["):
                yield from self.array()
            else:
                yield self.json_line()

    # -- JSON lines ----------------------------------------------------------------------------

    def json_line(self) -> Item | BadInput:
        """The value from here to the end of the line."""
        start_line = self.line
        while True:
            end = self.buf.find(b"\n", self.pos)
            if end >= 0 or len(self.buf) - self.pos > self.max_item:
                break
            if not self.more():
                end = len(self.buf)
                break
        if end < 0 or end - self.pos > self.max_item:
            self.skip_line()
            return BadInput(start_line, None, f"longer than {self.max_item} bytes: skipped")
        raw = bytes(self.buf[self.pos : end])
        self.pos = end
        return decode(raw, start_line, None)

    def skip_line(self) -> None:
        """Move to the end of the current line without keeping what is skipped."""
        while True:
            end = self.buf.find(b"\n", self.pos)
            if end >= 0:
                self.pos = end
                return
            self.pos = len(self.buf)
            if not self.more():
                return

    # -- JSON arrays ---------------------------------------------------------------------------

    def array(self) -> Iterator[Item | BadInput]:
        """The items of the array that starts here, one by one."""
        opened = self.line
        self.pos += 1
        index = 0
        want_item = True
        while True:
            if not self.skip_space():
                yield BadInput(opened, None, f"the JSON array is not closed (the input ends at line {self.line})")
                return
            byte = self.buf[self.pos]
            if byte == ord("]"):
                self.pos += 1
                return
            if not want_item:
                if byte == ord(","):
                    self.pos += 1
                    want_item = True
                    continue
                yield BadInput(
                    opened, None,
                    f"the JSON array is broken at line {self.line} (',' or ']' expected after item {index}): "
                    "read on as JSON lines from there",
                )  # fmt: skip
                return
            index += 1
            item, closed = self.array_item(index)
            yield item
            if not closed:
                return
            want_item = False

    def array_item(self, index: int) -> tuple[Item | BadInput, bool]:
        """One array item, delimited by its structure (strings, brackets) before it is decoded.

        An item longer than ``max_item`` is scanned to its end without being kept, so the array
        goes on after it. The flag is False when the input ended inside the item.
        """
        start_line = self.line
        start = i = self.pos  # the item's kept bytes are buf[start:i]
        dropped = 0  # bytes of an overlong item scanned and not kept
        depth = 0
        in_string = scalar = need_more = False
        end = -1
        while end < 0:
            if i >= len(self.buf) or need_more:
                need_more = False
                if dropped + i - start > self.max_item:
                    if index == 1 and self.read_on_as_lines(start, i, start_line):
                        # A first "item" this long is more likely a JSON line starting with "[".
                        return BadInput(start_line, index, f"longer than {self.max_item} bytes: {_AS_LINES}"), False
                    self.line += self.buf.count(b"\n", start, i)
                    dropped += i - start
                    start = i
                self.pos = shift = start
                if not self.more():
                    if scalar:
                        end = len(self.buf)
                        break
                    if not dropped and self.read_on_as_lines(start, len(self.buf), start_line):
                        return BadInput(start_line, index, f"not closed: {_AS_LINES}"), False
                    self.line += self.buf.count(b"\n", start)
                    self.pos = len(self.buf)
                    return BadInput(start_line, index, f"not closed (the input ends at line {self.line})"), False
                i, start = i - shift, 0
                continue
            if in_string:
                stop = _STRING_STOP.search(self.buf, i)
                if stop is None:
                    i = len(self.buf)
                elif self.buf[stop.start()] == ord("\\"):
                    i = stop.start() + 2  # the escaped byte cannot end the string
                    need_more = i > len(self.buf)
                    if need_more:
                        i = stop.start()
                else:
                    in_string = False
                    i = stop.end()
                    if depth == 0:
                        end = i
            elif depth > 0:
                stop = _CONTAINER_STOP.search(self.buf, i)
                if stop is None:
                    i = len(self.buf)
                    continue
                byte = self.buf[stop.start()]
                i = stop.end()
                if byte == ord('"'):
                    in_string = True
                elif byte in b"{[":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        end = i
            elif scalar:
                stop = _SCALAR_END.search(self.buf, i)
                if stop is None:
                    i = len(self.buf)
                else:
                    end = stop.start()
            else:
                byte = self.buf[i]
                if byte == ord('"'):
                    in_string = True
                    i += 1
                elif byte in b"{[":
                    depth = 1
                    i += 1
                else:
                    scalar = True
        self.line += self.buf.count(b"\n", start, end)
        self.pos = end
        if dropped or end - start > self.max_item:
            return BadInput(start_line, index, f"longer than {self.max_item} bytes: skipped"), True
        return decode(bytes(self.buf[start:end]), start_line, index), True

    def read_on_as_lines(self, start: int, stop: int, start_line: int) -> bool:
        """Go back to the end of the line where an array item began (its bytes from ``start`` are still
        buffered), so reading goes on line by line after it; False when the item has not left that line
        before ``stop``."""
        end = self.buf.find(b"\n", start, stop)
        if end < 0:
            return False
        self.pos = end
        self.line = start_line
        return True
