"""JSON chat input read item by item, with bounded memory and a line number for everything.

What ``castguard scan`` reads: one JSON value per line (JSON lines), a JSON array of values
(chat-downloader's export, on one line or pretty-printed over many), or a mix of both. Each value
comes out as an :class:`Item` with the line it starts on; each problem comes out as a
:class:`BadInput` with its line and reason, and reading goes on:

- a line or array item longer than ``max_item`` characters is reported and skipped while it is
  read, in chunks, so it never sits in memory whole;
- invalid UTF-8, invalid JSON, numbers too long to convert and nesting too deep spoil only their
  own line or item;
- a line that starts with ``[`` is read as an array, item by item; if what follows is not an
  array after all (``[`` then something that is neither ``,`` nor ``]`` between items, or an
  item that never closes), the problem is reported and the input is read on as JSON lines.

Input that is not JSON at all (a text file, a CSV export, an image) is refused as a whole rather than
named line by line: when the first :data:`NOT_JSON_AFTER` lines or items are all unreadable, or every
one of a shorter input is, reading stops with :class:`NotJsonInput`.

The bytes are decoded as they arrive with ``surrogateescape``: an invalid byte becomes a lone
surrogate (which valid UTF-8 can never produce) and is reported on the line or item that holds
it. Reading is sans-I/O apart from ``stream.read(n)``, so tests drive it with any binary stream.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

#: Longest JSON line or array item accepted (characters; an invalid byte counts as one).
MAX_ITEM = 1 << 20
#: Bytes read from the stream at a time.
CHUNK = 1 << 16

_DECODER = json.JSONDecoder()
_NOT_SPACE = re.compile(r"[^ \t\r\n]")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_STRING_STOP = re.compile(r'["\\]')
#: Inside an array item: a complete string, or a quote (a string that goes on past the buffer), or a bracket.
_CONTAINER_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|["{}\[\]]', re.DOTALL)
_SCALAR_END = re.compile(r"[ \t\r\n,\]]")
_AS_LINES = "not read as an array: read on as JSON lines from the next line"
#: Unreadable lines in a row at the start of an input that make it "not JSON" rather than "JSON with bad lines".
NOT_JSON_AFTER = 5


class NotJsonInput(ValueError):
    """The input is not JSON lines or a JSON array: nothing at its start can be read (the message says why)."""


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


def decode(text: str, line: int, index: int | None) -> Item | BadInput:
    """One line or array item (as decoded with ``surrogateescape``); a problem becomes a :class:`BadInput`."""
    bad = _UNDECODABLE.search(text)
    if bad is not None:
        byte = ord(bad.group()) - 0xDC00
        return BadInput(line, index, f"invalid UTF-8 (byte 0x{byte:02x} at column {bad.start() + 1})")
    try:
        value, end = _DECODER.raw_decode(text)  # text starts with the value: json.loads' wrapping, minus its cost
        if end == len(text) or not text[end:].strip(" \t\r\n"):
            return Item(line, index, value)
    except (ValueError, RecursionError):
        pass
    try:
        return Item(line, index, json.loads(text))  # the slow way, for json's own words on what is wrong
    except json.JSONDecodeError as exc:
        return BadInput(line + exc.lineno - 1, index, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return BadInput(line, index, "invalid JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        reason = "a number too long to read" if "digits" in str(exc) else str(exc)[:200]
        return BadInput(line, index, f"invalid JSON: {reason}")


def read_json(stream: BinaryIO, *, max_item: int = MAX_ITEM, chunk: int = CHUNK) -> Iterator[Item | BadInput]:
    """Every JSON value of ``stream`` (JSON lines and/or arrays) and every problem, in input order.

    Raises :class:`NotJsonInput` (while iterating, before anything is yielded) for input that is not JSON.
    """
    return _refuse_non_json(_Reader(stream, max_item, chunk).values())


def _refuse_non_json(values: Iterator[Item | BadInput]) -> Iterator[Item | BadInput]:
    held: list[BadInput] = []
    for value in values:
        if isinstance(value, Item):
            yield from held
            yield value
            yield from values
            return
        held.append(value)
        if len(held) >= NOT_JSON_AFTER:
            raise NotJsonInput(_not_json(held))
    if held:
        raise NotJsonInput(_not_json(held))


def _not_json(bad: list[BadInput]) -> str:
    lines = "its first line" if len(bad) == 1 else f"its first {len(bad)} lines"
    return f"not JSON lines or a JSON array: {lines} cannot be read ({bad[0].where}: {bad[0].reason})"


class _Reader:
    """The reading position over a byte stream: decoded text, an offset into it and the line number there."""

    def __init__(self, stream: BinaryIO, max_item: int, chunk: int) -> None:
        self.stream = stream
        self.max_item = max_item
        self.chunk = chunk
        self.text = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self._utf8 = codecs.getincrementaldecoder("utf-8")("surrogateescape")

    def more(self) -> bool:
        """Append the next chunk (text before ``pos`` is dropped first); False at the end of input."""
        if self.eof:
            return False
        data = self.stream.read(self.chunk)
        if data:
            new = self._utf8.decode(data)
        else:
            self.eof = True
            new = self._utf8.decode(b"", final=True)  # a sequence cut short at the very end
            if not new:
                return False
        self.text = self.text[self.pos :] + new
        self.pos = 0
        return True

    def skip_space(self) -> bool:
        """Move to the next character that is not white space (counting lines); False at the end of input."""
        while True:
            found = _NOT_SPACE.search(self.text, self.pos)
            if found is not None:
                self.line += self.text.count("\n", self.pos, found.start())
                self.pos = found.start()
                return True
            self.line += self.text.count("\n", self.pos)
            self.pos = len(self.text)
            if not self.more():
                return False

    def values(self) -> Iterator[Item | BadInput]:
        while not self.text and self.more():
            pass
        if self.text.startswith("\ufeff"):
            self.pos = 1
        while self.skip_space():
            if self.text[self.pos] == "[":
                yield from self.array()
            else:
                yield self.json_line()

    # -- JSON lines ----------------------------------------------------------------------------

    def json_line(self) -> Item | BadInput:
        """The value from here to the end of the line."""
        start_line = self.line
        while True:
            end = self.text.find("\n", self.pos)
            if end >= 0 or len(self.text) - self.pos > self.max_item:
                break
            if not self.more():
                end = len(self.text)
                break
        if end < 0 or end - self.pos > self.max_item:
            self.skip_line()
            return BadInput(start_line, None, f"longer than {self.max_item} characters: skipped")
        raw = self.text[self.pos : end]
        self.pos = end
        return decode(raw, start_line, None)

    def skip_line(self) -> None:
        """Move to the end of the current line without keeping what is skipped."""
        while True:
            end = self.text.find("\n", self.pos)
            if end >= 0:
                self.pos = end
                return
            self.pos = len(self.text)
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
            char = self.text[self.pos]
            if char == "]":
                self.pos += 1
                return
            if not want_item:
                if char == ",":
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
            item, closed = self.quick_item(index) or self.array_item(index)
            yield item
            if not closed:
                return
            want_item = False

    def quick_item(self, index: int) -> tuple[Item, bool] | None:
        """The item here when it is whole in the buffer and valid: one C call; ``None`` otherwise."""
        start = self.pos
        try:
            value, end = _DECODER.raw_decode(self.text, start)
        except (ValueError, RecursionError):
            return None  # cut by the buffer, or invalid: the careful path finds its end and says why
        if self.text[start] not in '{["':
            # A number cut by the buffer ("-25" of "-25.5") decodes as a shorter one: only a scalar
            # followed by what may follow an item is whole.
            if end < len(self.text) and self.text[end] not in " \t\r\n,]":
                return None
            if end == len(self.text) and not self.eof:
                return None
        if end - start > self.max_item:
            return None
        if _UNDECODABLE.search(self.text, start, end) is not None:
            return None
        item = Item(self.line, index, value)
        self.line += self.text.count("\n", start, end)
        self.pos = end
        return item, True

    def array_item(self, index: int) -> tuple[Item | BadInput, bool]:
        """One array item, delimited by its structure (strings, brackets) before it is decoded.

        An item longer than ``max_item`` is scanned to its end without being kept, so the array
        goes on after it. The flag is False when the input ended inside the item.
        """
        start_line = self.line
        start = i = self.pos  # the item's kept text is text[start:i]
        dropped = 0  # characters of an overlong item scanned and not kept
        depth = 0
        in_string = scalar = need_more = False
        end = -1
        while end < 0:
            if i >= len(self.text) or need_more:
                need_more = False
                if dropped + i - start > self.max_item:
                    if index == 1 and self.read_on_as_lines(start, i, start_line):
                        # A first "item" this long is more likely a JSON line starting with "[".
                        reason = f"longer than {self.max_item} characters: {_AS_LINES}"
                        return BadInput(start_line, index, reason), False
                    self.line += self.text.count("\n", start, i)
                    dropped += i - start
                    start = i
                self.pos = shift = start
                if not self.more():
                    if scalar:
                        end = len(self.text)
                        break
                    if not dropped and self.read_on_as_lines(start, len(self.text), start_line):
                        return BadInput(start_line, index, f"not closed: {_AS_LINES}"), False
                    self.line += self.text.count("\n", start)
                    self.pos = len(self.text)
                    return BadInput(start_line, index, f"not closed (the input ends at line {self.line})"), False
                i, start = i - shift, 0
                continue
            if in_string:
                stop = _STRING_STOP.search(self.text, i)
                if stop is None:
                    i = len(self.text)
                elif stop.group() == "\\":
                    i = stop.start() + 2  # the escaped character cannot end the string
                    need_more = i > len(self.text)
                    if need_more:
                        i = stop.start()
                else:
                    in_string = False
                    i = stop.end()
                    if depth == 0:
                        end = i
            elif depth > 0:
                # A whole string is skipped by one regex match; a quote whose string runs past the buffer
                # is followed chunk by chunk instead (in_string), so a huge string is never kept whole.
                at, i = i, len(self.text)
                for token in _CONTAINER_TOKEN.finditer(self.text, at):
                    char = token.group()
                    if char[0] == '"':
                        if len(char) == 1:
                            in_string = True
                            i = token.end()
                            break
                    elif char in "{[":
                        depth += 1
                    else:
                        depth -= 1
                        if depth == 0:
                            end = i = token.end()
                            break
            elif scalar:
                stop = _SCALAR_END.search(self.text, i)
                if stop is None:
                    i = len(self.text)
                else:
                    end = stop.start()
            else:
                char = self.text[i]
                if char == '"':
                    in_string = True
                    i += 1
                elif char in "{[":
                    depth = 1
                    i += 1
                else:
                    scalar = True
        self.line += self.text.count("\n", start, end)
        self.pos = end
        if dropped or end - start > self.max_item:
            return BadInput(start_line, index, f"longer than {self.max_item} characters: skipped"), True
        return decode(self.text[start:end], start_line, index), True

    def read_on_as_lines(self, start: int, stop: int, start_line: int) -> bool:
        """Go back to the end of the line where an array item began (its text from ``start`` is still
        buffered), so reading goes on line by line after it; False when the item has not left that line
        before ``stop``."""
        end = self.text.find("\n", start, stop)
        if end < 0:
            return False
        self.pos = end
        self.line = start_line
        return True
