"""Making untrusted chat text safe to filter, store and display.

Chat text is hostile: it may carry terminal escape sequences, bidi overrides
that reorder what the moderator reads, zero-width characters that split
"f\u200buck" past a word filter, and megabytes of padding. :func:`clean_text`
is applied once at the engine's edge; everything downstream (filters, spans,
the UI) works on its result, and the original is kept in the record.
"""

from __future__ import annotations

import re
import unicodedata

#: Longest text the desk filters and displays; longer messages are cut (the original is stored).
MAX_TEXT_CHARS = 2000
#: Longest original kept in a recording.
MAX_RAW_CHARS = 65536

# ESC-introduced sequences first (CSI, OSC, DCS/SOS/PM/APC strings and two-byte escapes),
# so their parameters do not survive as visible garbage once the ESC byte is gone.
_ESCAPE_SEQUENCES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI ... final byte
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS, SOS, PM, APC ... ST
    | \x1b[@-Z\\-_]                     # two-byte escapes
    | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)

# C0 and C1 controls (tab and newline become spaces separately), DEL, bidi
# embeddings/overrides/isolates, zero-width and other invisible format characters.
_INVISIBLE = re.compile(
    "["
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f"
    "]"
)
_WHITESPACE = re.compile(r"[\t\n\r\x0b\x0c\u2028\u2029\x85]+")
# Text made only of these characters needs no cleaning (the common case: skip the regexes).
_SAFE = re.compile(
    r"[ -~\u00a0-\u00ac\u00ae-\u05ff\u0700-\u180d\u180f-\u2000\u2010-\u2027\u2030-\u205f\u2070-\ufefe]*\Z"
)


def clean_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Return ``text`` with escape sequences, control, bidi and zero-width characters removed.

    Line breaks and tabs become single spaces (a chat line is one line), the
    result is NFC-normalised and cut to ``limit`` characters with an ellipsis.
    """
    if len(text) > limit * 4:
        # Bound the work before the regexes run: a 100 KB message is cut first.
        text = text[: limit * 4]
    if not _SAFE.match(text):
        text = _ESCAPE_SEQUENCES.sub("", text)
        text = _WHITESPACE.sub(" ", text)
        text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def clip_raw(text: str) -> str:
    """Bound the original text kept in a recording."""
    return text if len(text) <= MAX_RAW_CHARS else text[:MAX_RAW_CHARS]


def one_line(text: str, width: int) -> str:
    """Cut an already clean text to ``width`` characters for a single display row."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
