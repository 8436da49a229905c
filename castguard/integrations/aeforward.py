"""Forwarding an adverse-event case to the safety team: an e-mail-ready file and the safety webhook.

The .eml file (owner-only) carries the case as text and its E2B(R3)-aligned record as a JSON
attachment, ready to send from the safety mailbox. The webhook follows the escalation webhook's
rules (:mod:`castguard.integrations.webhook`): https only (plain http to this machine), a redirect is refused,
never followed. Texts travel as the recording holds them (redacted under redact-at-rest): the sealed
original stays in the recording, opened with ``castguard ae open`` and a recorded reason.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

import aiohttp

from castguard.integrations.webhook import check_url
from castguard.review import e2b
from castguard.session import queries
from castguard.session.aecases import AdverseCase, CaseBook

SAFETY_WEBHOOK_ENV = "CASTGUARD_SAFETY_WEBHOOK_URL"
TIMEOUT = 10.0


class ForwardError(Exception):
    """The case could not be delivered; the message says where it stopped."""


@dataclass(frozen=True, slots=True)
class SafetySettings:
    """Where cases go: the safety webhook (optional) and the folder .eml files are written to."""

    webhook_url: str | None
    outbox: Path
    to: str = ""

    @classmethod
    def from_config(cls, section: dict[str, Any], *, default_outbox: Path, to: str = "") -> SafetySettings:
        """``[adverse_events]`` of the config (``webhook_url``, ``outbox``); the environment's URL wins."""
        url = os.environ.get(SAFETY_WEBHOOK_ENV) or section.get("webhook_url") or None
        if url is not None:
            check_url(str(url))
        outbox = section.get("outbox")
        return cls(str(url) if url else None, Path(str(outbox)).expanduser() if outbox else default_outbox, to)


def case_record(book: CaseBook, case: AdverseCase, region: str, *, now: float | None = None) -> dict[str, Any]:
    """The E2B-aligned record of one case (linked duplicates included)."""
    everything = book.all()
    related = [c for c in everything if c.id == case.id or c.duplicate_of == case.id or c.id == case.duplicate_of]
    recs = e2b.records(related, session_id=book.store.session_id, region=region,
                       narratives=narratives(book, related), now=now)  # fmt: skip
    return next(r for r in recs if r["castguard"]["case"] == case.id)


def narratives(book: CaseBook, cases: list[AdverseCase]) -> dict[int, str]:
    """Message texts of ``cases`` as the recording holds them, by sequence number."""
    return queries.texts_of(book.store, [c.message_seq for c in cases])


def write_eml(case: AdverseCase, record: dict[str, Any], settings: SafetySettings, *, now: float) -> Path:
    """Write the e-mail-ready export of ``case`` (owner-only) and return its path."""
    msg = EmailMessage()
    day0 = time.strftime("%Y-%m-%d", time.gmtime(case.day0))
    msg["Subject"] = f"Adverse-event report {record['C.1.1']} (day 0 {day0})"
    msg["From"] = "castguard <castguard@localhost>"
    if settings.to:
        msg["To"] = settings.to
    msg["Date"] = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(now))
    msg["X-Castguard-Case"] = str(case.id)
    msg.set_content(e2b.case_text(case, record, now=now))
    attachment = e2b.to_json([record]).encode()
    name = re.sub(r"[^A-Za-z0-9.-]", "_", record["C.1.1"]) + ".json"
    msg.add_attachment(attachment, maintype="application", subtype="json", filename=name)
    settings.outbox.mkdir(parents=True, exist_ok=True)
    path = settings.outbox / f"ae-case-{case.id:06d}-{int(now)}.eml"
    data = msg.as_bytes(policy=SMTP)
    # The case names a patient and a reporter: owner-only from the first byte, never reusing a file.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path


async def post_webhook(url: str, record: dict[str, Any], *, timeout: float = TIMEOUT) -> None:
    """Post one case to the safety webhook; :class:`ForwardError` unless it answers 2xx."""
    check_url(url)
    payload = {"text": f"castguard adverse-event report {record['C.1.1']}", "safetyReport": record}
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as http,
            # Never follow a redirect: it would post the case again, wherever it points.
            http.post(url, json=payload, allow_redirects=False) as response,
        ):
            if response.status >= 300:
                extra = " (a redirect, not followed: set the webhook url to where it should post)"
                raise ForwardError(
                    f"the safety webhook answered HTTP {response.status}" + (extra if response.status < 400 else "")
                )
    except (aiohttp.ClientError, TimeoutError) as exc:
        # The URL is a secret (it often carries a token): never quoted.
        raise ForwardError(f"the safety webhook could not be reached ({type(exc).__name__})") from None


async def forward(
    book: CaseBook, case_id: int, settings: SafetySettings, *, actor: str, region: str, now: float | None = None
) -> tuple[AdverseCase, Path]:
    """Write the .eml, post to the webhook when one is set, and record the forward.

    The case is recorded as forwarded only when every configured channel delivered; a webhook that
    fails raises :class:`ForwardError` (the .eml written stays, named in the error).
    """
    now = time.time() if now is None else now
    case = book.case(case_id)
    if case.status.value != "open":
        raise ForwardError(f"case #{case_id} was already forwarded")
    record = case_record(book, case, region, now=now)
    path = await asyncio.to_thread(write_eml, case, record, settings, now=now)
    via = [f"e-mail export {path.name}"]
    if settings.webhook_url:
        try:
            await post_webhook(settings.webhook_url, record)
        except ForwardError as exc:
            raise ForwardError(f"{exc}; the e-mail export was written to {path}, case #{case_id} stays open") from None
        via.append("safety webhook")
    return book.forwarded(case_id, actor=actor, via=", ".join(via)), path
