"""Making untrusted text safe to filter, store and display.

Everything from outside is hostile: chat text, and also author names, ids,
channel names, platform error texts, close reasons, file names and URLs. Any of
them may carry terminal escape sequences (an OSC sequence in a display name
sets the moderator's terminal title), bidi overrides that reorder what the
moderator reads, zero-width characters that split "f\u200buck" past a word
filter, lone UTF-16 surrogates that no UTF-8 file can store, and megabytes of
padding.

On the way in (applied once: :class:`castguard.core.model` objects clean their
fields as they are built, the engine cleans message text):

- :func:`clean_text` for text people read (chat text, names, error details):
  escape sequences, control, bidi and zero-width characters removed, one line,
  bounded; the original chat text is kept apart (:func:`clip_raw`).
- :func:`clean_id` for identifiers (message and author ids, source keys): an
  unsafe character becomes a visible escape (``\\x1b``) so distinct ids stay
  distinct; a long id is cut and ends with a hash of the whole.

On the way out, every text output is safe for a terminal:

- :func:`plain_output` for documents (Markdown, HTML and CSV reports): the same
  characters removed, line breaks kept.
- :func:`printable` for diagnostics (error messages, log lines): unsafe
  characters shown as escapes, so a hostile file name stays recognisable.
- :func:`safe_json` for JSON: every such character written as a ``\\u`` escape.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

#: Longest text the desk filters and displays; longer messages are cut (the original is stored).
MAX_TEXT_CHARS = 2000
#: Longest original kept in a recording.
MAX_RAW_CHARS = 65536
#: Longest display name, role or channel title kept.
MAX_NAME_CHARS = 100
#: Longest identifier kept as it is (message, author and source ids); longer ones end with a hash.
MAX_ID_CHARS = 200
#: Longest platform error text, close reason or event detail kept.
MAX_DETAIL_CHARS = 1000

# Characters that never reach a terminal or a file as they are, apart from C0 controls:
# DEL and C1 controls (the 8-bit CSI \x9b among them), the soft hyphen, bidi marks, embeddings,
# overrides and isolates, zero-width and other invisible format characters, line and paragraph
# separators, lone UTF-16 surrogates, the BOM, interlinear annotations and tag characters. Also the
# emoji/text variation selectors: terminals disagree with each other and with Textual on how wide "❤️"
# (U+2764 U+FE0F) is, and a row drawn one cell short leaves stray characters of the previous frame on the
# desk; without the selector every terminal draws the character's default presentation, one known width.
_UNSAFE_RANGES = (
    "\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ud800-\udfff\ufe0e\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
_UNSAFE = re.compile(f"[\x00-\x1f{_UNSAFE_RANGES}]")
# In a document, tabs and line breaks are layout.
_DOC_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f{_UNSAFE_RANGES}]")
# In json.dumps output every C0 control is already escaped; what is left raw is layout.
_JSON_UNSAFE = re.compile(f"[{_UNSAFE_RANGES}]")

# ESC-introduced sequences first (CSI, OSC, DCS/SOS/PM/APC strings and two-byte escapes),
# so their parameters do not survive as visible garbage once the ESC byte is gone.
_ESCAPE_SEQUENCES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI ... final byte
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS, SOS, PM, APC ... ST
    | \x1b[ -/]*[0-~]                   # other escapes: ESC c (reset), ESC ( B (charset), ESC 7 ...
    | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)
_WHITESPACE = re.compile(r"[\t\n\r\x0b\x0c\u2028\u2029\x85]+")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Text made only of these characters needs no cleaning (the common case: skip the regexes).
_SAFE_CHARS = (
    " -~\u00a0-\u00ac\u00ae-\u05ff\u0700-\u180d\u180f-\u2000\u2010-\u2027\u2030-\u205f\u2070-\ud7ff\ue000-\ufe0d"
    "\ufe10-\ufefe"
)
_SAFE = re.compile(f"[{_SAFE_CHARS}]*\\Z")
_SAFE_DOC = re.compile(f"[\t\n{_SAFE_CHARS}]*\\Z")


def clean_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Return ``text`` with escape sequences, control, bidi and zero-width characters removed.

    Line breaks and tabs become single spaces (a chat line is one line), lone
    surrogates become U+FFFD (a surrogate pair becomes its character), the
    result is NFC-normalised and cut to ``limit`` characters with an ellipsis.
    """
    if len(text) > limit * 4:
        # Bound the work before the regexes run: a 100 KB message is cut first.
        text = text[: limit * 4]
    if not _SAFE.match(text):
        text = _storable(text)
        text = _ESCAPE_SEQUENCES.sub("", text)
        text = _WHITESPACE.sub(" ", text)
        text = _UNSAFE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def clean_id(value: str, limit: int = MAX_ID_CHARS) -> str:
    """An identifier safe to show and store: unsafe characters escaped (``\\x1b``), at most ``limit`` characters.

    Unlike :func:`clean_text` nothing is removed, so two ids that differ only in
    hostile characters stay different; an id over ``limit`` keeps its start and
    ends with a hash of the whole. Cleaning a clean id changes nothing.
    """
    if type(value) is not str:
        value = str(value)
    if is_plain(value, limit):
        return value
    text = _UNSAFE.sub(_escape, value)
    if len(text) > limit:
        digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        text = text[: max(limit - 17, 0)] + "…" + digest
    return text


def is_plain(text: str, limit: int) -> bool:
    """True when ``text`` needs no cleaning: at most ``limit`` characters, none of them unsafe.

    ``str.isprintable`` is the quick check (no regular expression): it is false for every control,
    format (bidi, zero-width), separator and surrogate character, so a name in any script passes it;
    variation selectors are printable to it, so they are looked for apart.
    """
    if len(text) > limit or "\ufe0f" in text or "\ufe0e" in text:
        return False
    return text.isprintable() or _SAFE.match(text) is not None


def clip_raw(text: str) -> str:
    """The original text as a recording keeps it: bounded, lone surrogates replaced (else no file can hold it)."""
    return _storable(text if len(text) <= MAX_RAW_CHARS else text[:MAX_RAW_CHARS])


def displayable(text: str) -> str:
    """``text`` with every character :func:`clean_text` would remove replaced by U+FFFD, one for one.

    The last guard before a terminal: spans found in ``text`` still index the result.
    """
    return text if _SAFE.match(text) else _UNSAFE.sub("\ufffd", text)


def one_line(text: str, width: int) -> str:
    """Cut an already clean text to ``width`` characters for a single display row."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def plain_output(text: str) -> str:
    """A document (report, listing) safe to print: escape sequences and unsafe characters removed, lines kept."""
    if _SAFE_DOC.match(text):
        return text
    text = _storable(text)
    text = _ESCAPE_SEQUENCES.sub("", text)
    return _DOC_UNSAFE.sub("", text)


def printable(text: str, limit: int | None = None, *, lines: bool = False) -> str:
    """A diagnostic (error message, log line) safe to print: unsafe characters shown as escapes.

    The result is one line, unless ``lines`` keeps line breaks and tabs (a
    traceback, a listing). ``limit`` bounds it (with an ellipsis). The escapes
    keep a hostile file name or URL recognisable without letting it act on the terminal.
    """
    if lines:
        if not _SAFE_DOC.match(text):
            text = _DOC_UNSAFE.sub(_escape, text)
    elif not _SAFE.match(text):
        text = _UNSAFE.sub(_escape, text)
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def safe_json(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` for output read in a terminal: non-ASCII text kept, every unsafe character a ``\\u`` escape."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text if _SAFE_DOC.match(text) else _JSON_UNSAFE.sub(_json_escape, text)


def _storable(text: str) -> str:
    """``text`` with surrogate pairs joined and lone surrogates replaced by U+FFFD (encodable as UTF-8)."""
    if not _SURROGATES.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a character beyond the BMP as a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
