"""The observers' view of a team session: every update with personal data taken out (``[team] redact = true``).

The host publishes it to a stream of its own (``castguard:SESSION:redacted``, with its own snapshot), so an
observer's desk or a web viewer never reads the raw stream at all; with Redis ACLs the observers' user can
be given those keys only. What is taken out, as in a redacted recording:

* message text: each privacy span (phone, e-mail, address, health detail...) becomes its label, the
  findings moved onto the new text;
* authors: the name and the account id become a stable pseudonym (``viewer-…``), so a reviewer can still
  follow one person, and platform extras that name people are not published anyway;
* text people typed about a message (action reasons, platform responses, event details): the privacy
  filter's spans replaced the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from castguard.core.model import ActionRecord, Author, MessageRecord, PlatformEvent
from castguard.integrations.team.wire import Snapshot, WireUpdate
from castguard.session.actions import StateChange
from castguard.session.redaction import is_private, pseudonym, redact_findings


class Redactor:
    """Turns updates into their observer view; ``free_text`` redacts typed text (the policy's privacy filter)."""

    def __init__(self, free_text: Callable[[str], str]) -> None:
        self.free_text = free_text

    def message(self, record: MessageRecord) -> MessageRecord:
        """A message without personal data."""
        m, v = record.message, record.verdict
        text, findings = m.text, v.findings
        if any(is_private(f) for f in findings):
            text, findings = redact_findings(text, findings)
        alias = pseudonym(m.source, m.author.id)
        message = replace(m, text=text, author=Author(alias, alias, m.author.roles), raw=None, extra={})
        return replace(record, message=message, verdict=replace(v, findings=findings))

    def update(self, update: WireUpdate) -> WireUpdate:
        """``update`` as observers see it."""
        if isinstance(update, MessageRecord):
            return self.message(update)
        if isinstance(update, StateChange):
            return StateChange(self.message(update.record))
        if isinstance(update, ActionRecord):
            author = None if update.author_id is None or update.source is None \
                else pseudonym(update.source, update.author_id)  # fmt: skip
            return replace(update, author_id=author, reason=self.free_text(update.reason),
                           response=self.free_text(update.response))  # fmt: skip
        if isinstance(update, PlatformEvent):
            author = None if update.author_id is None else pseudonym(update.source, update.author_id)
            return replace(update, author_id=author, detail=self.free_text(update.detail))
        return update

    def snapshot(self, snapshot: Snapshot) -> Snapshot:
        """The late joiners' snapshot as observers see it."""
        platform = [event for e in snapshot.platform if isinstance(event := self.update(e), PlatformEvent)]
        return replace(snapshot, records=[self.message(r) for r in snapshot.records], platform=platform)
