"""The session's memory of its messages: the newest records kept in memory, older ones read from the store."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

from castguard.core.model import MessageRecord
from castguard.session.store import Store


class RecentRecords:
    """The current record of each message: the newest ``size`` in memory (what is on anyone's screen), the
    rest from the store."""

    def __init__(self, store: Store, size: int = 10_000) -> None:
        self.store = store
        self.size = size
        self._records: OrderedDict[int, MessageRecord] = OrderedDict()

    def __len__(self) -> int:
        return len(self._records)

    def record(self, seq: int) -> MessageRecord | None:
        """The current record of message ``seq`` (recent ones from memory, older from the store)."""
        found = self._records.get(seq)
        if found is None:
            self.store.flush()
            found = self.store.message(seq)
        return found

    def remember(self, record: MessageRecord) -> None:
        """Keep ``record`` as the current record of its message (the oldest kept one is dropped past ``size``)."""
        self._records[record.seq] = record
        self._records.move_to_end(record.seq)
        if len(self._records) > self.size:
            self._records.popitem(last=False)

    def recent(self) -> Iterator[MessageRecord]:
        """The records kept in memory, least recently changed first."""
        return iter(list(self._records.values()))

    def clear(self) -> None:
        """Forget every record kept in memory (the store still has them)."""
        self._records.clear()
