"""Reading JSON input item by item: valid input reads back exactly; bad input costs only its own line or item."""

from __future__ import annotations

import io
import json
import random
from typing import Any

import pytest

from castguard.review.jsoninput import BadInput, Item, read_json

CHUNKS = (1, 2, 3, 7, 64, 1 << 16)


def read(data: bytes, *, chunk: int = 1 << 16, max_item: int = 1 << 20) -> list[tuple[str, Any]]:
    return [
        (x.where, x.value if isinstance(x, Item) else "BAD " + x.reason)
        for x in read_json(io.BytesIO(data), chunk=chunk, max_item=max_item)
    ]


def random_value(rng: random.Random, depth: int = 0) -> Any:
    pick = rng.random()
    if depth > 3 or pick < 0.3:
        return rng.choice([1, -2.5e3, 0.5, True, None, 'a"b\\c]}{,', "é☃\U0001f600", "", 12345678901234567890])
    if pick < 0.65:
        return {f'k{i}"]': random_value(rng, depth + 1) for i in range(rng.randint(0, 4))}
    return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]


@pytest.mark.parametrize("shape", ["lines", "one-line array", "pretty array"])
def test_valid_input_reads_back_exactly_whatever_the_chunk_size(shape: str) -> None:
    rng = random.Random(shape)
    for _ in range(60):
        values = [random_value(rng) for _ in range(rng.randint(1, 8))]
        if shape == "lines":
            values = [v for v in values if not isinstance(v, list)]  # a line holding an array is an array
            text = "".join(json.dumps(v, ensure_ascii=rng.random() < 0.5) + rng.choice(["\n", "\r\n"]) for v in values)
        elif shape == "one-line array":
            text = json.dumps(values, ensure_ascii=False)
        else:
            text = json.dumps(values, indent=rng.choice([1, 2, 4]), ensure_ascii=False)
        for chunk in CHUNKS:
            got = list(read_json(io.BytesIO(text.encode()), chunk=chunk))
            assert all(isinstance(g, Item) for g in got), (shape, chunk, got)
            assert [g.value for g in got] == values, (shape, chunk, text)


def test_items_of_a_pretty_printed_array_carry_the_line_they_start_on() -> None:
    text = '\ufeff[\n  {"a": "x]y,{"},\n  2,\n  "s\\\\",\n  [1, [2]]\n]\n{"after": 1}\n'
    assert read(text.encode(), chunk=3) == [
        ("line 2 (array item 1)", {"a": "x]y,{"}),
        ("line 3 (array item 2)", 2),
        ("line 4 (array item 3)", "s\\"),
        ("line 5 (array item 4)", [1, [2]]),
        ("line 7", {"after": 1}),
    ]


def test_corruption_inside_a_line_costs_that_line_only() -> None:
    rng = random.Random(7)
    lines = [json.dumps({"id": f"m{i}", "text": f"message {i} ]}}{{[ é"}, ensure_ascii=False) for i in range(40)]
    hostile = [b"\xff", b"\xc3", b'"', b"\\", b"{", b"]", b"\x00", b"9" * 5000, b"[" * 3000]
    for _ in range(200):
        broken = rng.randrange(len(lines))
        raw = [line.encode() for line in lines]
        at = rng.randrange(1, len(raw[broken]))  # never in front: a line starting with "[" is an array
        raw[broken] = raw[broken][:at] + rng.choice(hostile) + raw[broken][at:]
        got = read(b"\n".join(raw), chunk=rng.choice(CHUNKS))
        kept = [(where, value) for where, value in got if where != f"line {broken + 1}"]
        assert kept == [(f"line {i + 1}", json.loads(lines[i])) for i in range(len(lines)) if i != broken]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (  # a first line that only looks like an array
            b'[broken\n{"id": 1}\n',
            [
                ("line 1 (array item 1)", "BAD invalid JSON: Expecting value at column 1"),
                ("line 1", "BAD the JSON array is broken at line 2 (',' or ']' expected after item 1): "
                           "read on as JSON lines from there"),
                ("line 2", {"id": 1}),
            ],
        ),
        (  # an array item that never closes: the lines after its first are read as lines
            b'[{"a": 1\n{"id": 1}\n{"id": 2}\n',
            [
                ("line 1 (array item 1)", "BAD not closed: not read as an array: read on as JSON lines from the "
                                          "next line"),
                ("line 2", {"id": 1}),
                ("line 3", {"id": 2}),
            ],
        ),
        (
            b'[{"a": 1}\n',
            [("line 1 (array item 1)", {"a": 1}), ("line 1", "BAD the JSON array is not closed (the input ends at "
                                                             "line 2)")],
        ),
        (
            b"\xff\n{\"n\": " + b"9" * 4301 + b"}\n" + b"[" * 5000 + b"]" * 5000 + b'\n{"ok": 2}',
            [
                ("line 1", "BAD invalid UTF-8 (byte 0xff at column 1)"),
                ("line 2", "BAD invalid JSON: a number too long to read"),
                ("line 3 (array item 1)", "BAD invalid JSON: nested too deeply"),
                ("line 4", {"ok": 2}),
            ],
        ),
    ],
    ids=["bracket-line", "unclosed-item", "unclosed-array", "utf8-digits-depth"],
)  # fmt: skip
def test_broken_input_is_named_and_reading_goes_on(data: bytes, expected: list[tuple[str, Any]]) -> None:
    for chunk in CHUNKS:
        assert read(data, chunk=chunk) == expected, chunk


def test_items_over_the_limit_are_skipped_and_the_array_goes_on() -> None:
    long = "b" * 100
    data = f'{{"x": "{long}"}}\n{{"ok": 1}}\n[{{"y": "{long}"}}, {{"z": 1}}]\n{{"k": 1}}\n'.encode()
    for chunk in CHUNKS:
        assert read(data, chunk=chunk, max_item=50) == [
            ("line 1", "BAD longer than 50 characters: skipped"),
            ("line 2", {"ok": 1}),
            ("line 3 (array item 1)", "BAD longer than 50 characters: skipped"),
            ("line 3 (array item 2)", {"z": 1}),
            ("line 4", {"k": 1}),
        ], chunk


def test_bad_input_is_reported_with_its_line() -> None:
    got = list(read_json(io.BytesIO(b'{"a": 1}\n{"b": \n')))
    assert isinstance(got[1], BadInput) and got[1].where == "line 2"
