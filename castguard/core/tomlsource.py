"""Where a table or key sits in a TOML file, so errors about a value can name its line.

``tomllib`` gives values without positions; :class:`Locator` reads the text line
by line for table headers and keys, which is all an error message needs.
"""

from __future__ import annotations

import re

# The table name is group 2 with its spaces (stripped by the reader): "\s*([^\]]+?)\s*\]" tried
# every split of a line of spaces between the name and the spaces around it (seconds per line).
_HEADER = re.compile(r"^\s*(\[\[?)([^\]]+)\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


class Locator:
    """Finds the line of a table or key in TOML source, for error messages."""

    def __init__(self, text: str) -> None:
        self.tables: dict[tuple[str, int], int] = {}
        self.keys: dict[tuple[str, int, str], int] = {}
        table, index = "", 0
        counts: dict[str, int] = {}
        for lineno, line in enumerate(text.splitlines(), start=1):
            header = _HEADER.match(line)
            if header:
                table = header.group(2).strip().strip('"')
                if header.group(1) == "[[":
                    index = counts.get(table, 0)
                    counts[table] = index + 1
                else:
                    index = 0
                self.tables.setdefault((table, index), lineno)
                continue
            key = _KEY.match(line)
            if key:
                name = key.group(1).strip("\"'")
                self.keys.setdefault((table, index, name), lineno)

    def line(self, table: str, key: str | None = None, index: int = 0) -> int:
        """1-based line of ``key`` in ``table`` (the table's header, or 0 when unknown)."""
        if key is not None:
            found = self.keys.get((table, index, key))
            if found is None and table == "":
                found = self.tables.get((key, 0)) or self._dotted(key)
            if found is None and table:
                # A dotted key at the top (``twitch.token = ...``) or a sub-table header (``[model.thresholds]``).
                found = self.keys.get(("", 0, f"{table}.{key}")) or self.tables.get((f"{table}.{key}", 0))
            if found is not None:
                return found
        return self.tables.get((table, index), 0)

    def _dotted(self, prefix: str) -> int | None:
        """First line of a top-level dotted key under ``prefix`` (``twitch.token = ...`` for ``twitch``)."""
        lines = [line for (table, _, name), line in self.keys.items() if not table and name.startswith(prefix + ".")]
        return min(lines) if lines else None

    def where(self, origin: str, table: str, key: str | None = None, index: int = 0) -> str:
        """``origin:line`` of ``key`` in ``table``, or just ``origin`` when the line is unknown."""
        line = self.line(table, key, index)
        return f"{origin}:{line}" if line else origin
