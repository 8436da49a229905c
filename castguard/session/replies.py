"""Planned replies: approved templates filled for a message, free text approved by a second person,
and every outgoing text screened by the privacy, claim and profanity filters before it leaves.

A real-time answer can sink a brand, and a reply that echoes a viewer's phone number or diagnosis
discloses it a second time. So the desk replies with the policy's approved templates (``[[replies]]``);
a free-text reply waits until someone other than its writer approves it; and a text that would carry
personal or health information, a medical claim or profanity is blocked with the reason and the block
recorded.

Every step is an entry of the session's action log (kinds ``reply``, ``reply_queued``, ``reply_blocked``,
``reply_rejected``), so the ledger covers it, the feed and the author card show it, and the report reads it
back. The entry's reason carries what was sent in one readable line (:func:`describe`), which
:func:`parse` reads back: ``[template thanks v1 en] Thanks, Ana!`` or ``[free text #12 approved by lee] ...``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from castguard.core.model import REPLY_ACTIONS, ActionKind, ActionRecord, ChatMessage, Finding, MessageRecord
from castguard.core.policy import MAX_REPLY_CHARS, Policy, ReplyTemplate
from castguard.core.text import MAX_NAME_CHARS, clean_text
from castguard.session.engine import ActionError, Session
from castguard.session.redaction import redact_text

#: Finding categories that stop an outgoing text: it would echo personal or health information, make a
#: medical claim, or swear on the brand's behalf.
BLOCKING_FAMILIES = ("privacy.", "profanity")
BLOCKING_CATEGORIES = frozenset({"risk.medical_claim"})

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
#: Words only Spanish uses (function words, and the verbs and pronouns of short lines: "ya no quiero vivir",
#: "me siento sola"). Words both languages write ("a", "no", "me") count for neither.
_SPANISH = re.compile(
    r"[ñ¿¡]|\b(?:que|por|para|gracias|hola|tengo|tienes|tiene|mi|mis|tu|tus|su|sus|doctora?|es|está|estás|estoy|"
    r"el|él|los|las|una?|uno|pero|con|sin|cómo|como|qué|cuándo|cuando|dónde|donde|porque|médico|dolor|puedo|puede|"
    r"ayuda|buenas?|buenos|sí|si|también|de|del|la|lo|le|les|y|en|se|al|desde|muy|mucho|mucha|más|tomo|toma|mamá|"
    r"papá|después|dosis|cabeza|ya|quiero|quieres|quiere|vivir|vida|morir|nadie|nada|nunca|jamás|soy|eres|son|"
    r"hoy|ahora|aquí|hay|voy|vas|va|vamos|van|todo|todos|toda|siento|sé|creo|mejor|peor|ser|estar|hacer|tú|te|yo|"
    r"nos|ni|otra|otro|este|esta|esto|eso|ella|ellos|bien|mal|gente|solo|sola|sólo|así|tan|algo|siempre|todavía|"
    r"aún|hasta|ayer|mañana|noche|día|casa|ganas|cansad[oa]|triste|adiós|adios|perdón|oye|mira|vete|mierda|"
    r"estúpid[oa]|idiota|pendej[oa]|puta?|cállate|matar|mato|mata)\b",
    re.IGNORECASE,
)
#: Words only English uses, weighed against :data:`_SPANISH` in a short line.
_ENGLISH = re.compile(
    r"\b(?:the|i|i'm|im|i'll|you|you're|your|is|are|was|were|to|of|and|it|it's|my|this|that|what|with|in|on|for|"
    r"have|has|do|does|don't|dont|not|be|just|so|can|will|want|wanna|how|he|she|we|they|at|but|if|all|any|"
    r"anymore|live|die|feel|like|get|know|think|really|am|why|who|when|where|there|here|please|thanks|thank|"
    r"hi|hello|hey|lol|doc|take|took|after|since|from|about|would|should|could|did|been|an|or|out|up)\b",
    re.IGNORECASE,
)
#: Russian typed in Latin letters ("ya ne hochu zhit"): words of it that neither English nor Spanish writes.
_RU_LATIN = re.compile(
    r"\b(?:ne|hochu|khochu|zhit|zhit'|zhizn|umeret|umeret'|menya|mne|tebya|tebe|nichego|nikto|nikogda|bolshe|"
    r"bol'she|ochen|pochemu|pomogite|pomogi|privet|spasibo|pozhaluysta|pozhalujsta|sdohni|ubyu|ubju|kak|chto|"
    r"eto|vsyo|vse|uzhe|sebya|ustal|ustala|ploho|plokho|davleniye|davlenie|tabletki|vrach|doktor)\b",
    re.IGNORECASE,
)


class ReplyError(ActionError):
    """A reply that cannot be made (no such template, approving one's own text, nothing pending)."""


def message_language(text: str) -> str:
    """``en``, ``es`` or ``ru``: the language a message is most likely in, for choosing templates.

    Mostly Cyrillic letters read as Russian. Otherwise the words decide: a line where Spanish words are
    a quarter of all, or outnumber English ones, is Spanish, so a short line ("ya no quiero vivir",
    "me siento sola") gets its reply and crisis line in Spanish; Russian typed in Latin letters
    ("ya ne hochu zhit") reads as Russian when its words outnumber both.
    """
    letters = sum(1 for ch in text if ch.isalpha())
    if letters and len(_CYRILLIC.findall(text)) * 2 >= letters:
        return "ru"
    words = len(text.split())
    if not words:
        return "en"
    spanish = len(_SPANISH.findall(text))
    english = len(_ENGLISH.findall(text))
    russian = len(_RU_LATIN.findall(text))
    if russian >= 2 and russian > spanish and russian > english:
        return "ru"
    return "es" if spanish * 4 >= words or spanish > english else "en"


def fill(template: ReplyTemplate, message: ChatMessage, policy: Policy) -> str:
    """The template's text for a reply to ``message``: placeholders filled, one line, bounded."""
    values = {
        "author": clean_text(message.author.name, MAX_NAME_CHARS) or "there",
        "safety_line": policy.contact_line("safety", template.language),
        "crisis_line": policy.contact_line("crisis", template.language),
    }
    text = re.sub(r"\{([a-z_]+)\}", lambda m: values.get(m.group(1), m.group(0)), template.text)
    return " ".join(clean_text(text, MAX_REPLY_CHARS).split())


@dataclass(frozen=True, slots=True)
class ReplyOption:
    """A template offered for one message, with its placeholders filled."""

    template: ReplyTemplate
    text: str


def options(policy: Policy, message: ChatMessage) -> list[ReplyOption]:
    """The templates for the message's language (English when the library has none in it), filled."""
    language = message_language(message.text)
    chosen = [t for t in policy.replies if t.language == language] or [t for t in policy.replies if t.language == "en"]
    return [ReplyOption(t, fill(t, message, policy)) for t in chosen]


@dataclass(frozen=True, slots=True)
class Screening:
    """What the filters found in an outgoing text."""

    reasons: tuple[str, ...]
    """One line per blocking finding (``privacy.phone: ...``); empty when the text may go out."""
    redacted: str
    """The text with personal data replaced by labels: what a block records."""

    @property
    def blocked(self) -> bool:
        """True when the text must not be sent."""
        return bool(self.reasons)


class ReplyScreen:
    """The privacy, claim and profanity filters of the policy, run on text the desk is about to send.

    A separate chain from the session's: an outgoing text must not count towards the chat's spam and
    raid windows.
    """

    def __init__(self, policy: Policy) -> None:
        from castguard.filters.pipeline import Pipeline
        from castguard.filters.privacy import PrivacyFilter
        from castguard.filters.profanity import ProfanityFilter
        from castguard.filters.risk import RiskFilter

        self.policy = policy
        self.pipeline = Pipeline(policy, [PrivacyFilter, ProfanityFilter, RiskFilter], scorer=None)

    def check(self, text: str, like: ChatMessage, replying_to: MessageRecord | None = None) -> Screening:
        """Screen ``text`` as a message on ``like``'s platform and channel.

        With ``replying_to``, a text that repeats the words of that message's personal or health data
        ("sorry about your mom's diabetes") is blocked too, though written in the second person.
        """
        probe = ChatMessage(like.source, like.platform, like.channel, "outgoing", like.author, text, 0.0, 0.0)
        blocking = [f for f, _ in self.pipeline.judged(probe) if _blocks(f) and self.policy.rule(f.category).enabled]
        reasons = [f"{f.category}: {f.detail or f.rule}" for f in blocking]
        if replying_to is not None:
            reasons += _echoes(text, replying_to)
        return Screening(tuple(dict.fromkeys(reasons)), redact_text(text, blocking) if blocking else text)


_WORD = re.compile(r"\w{4,}|\d{3,}")


def _echoes(text: str, original: MessageRecord) -> list[str]:
    """Reasons ``text`` repeats personal data of the message it answers (its privacy spans' words)."""
    said = {w.lower() for w in _WORD.findall(text)}
    out: list[str] = []
    for finding in original.verdict.findings:
        if finding.category.startswith("privacy.") and finding.end > finding.start:
            span = original.message.text[finding.start : finding.end]
            if said & {w.lower() for w in _WORD.findall(span)}:
                out.append(f"{finding.category}: echoes the viewer's own words")
    return out


def _blocks(finding: Finding) -> bool:
    return finding.category in BLOCKING_CATEGORIES or finding.category.startswith(BLOCKING_FAMILIES)


# -- the record ------------------------------------------------------------------------------------

_REASON = re.compile(r"^\[(?P<label>[^\]]*)\] ?(?P<rest>.*)$", re.DOTALL)
_TEMPLATE = re.compile(r"^template (?P<id>\S+) v(?P<version>\d+) (?P<language>[a-z]{2})$")
_FREE = re.compile(r"^free text(?: #(?P<queued>\d+))?(?: approved by (?P<by>.+))?$")
_BLOCKED = re.compile(r"^blocked \((?P<why>[^)]*)\): (?P<text>.*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ReplyEntry:
    """One step of the reply workflow, read back from the action log."""

    action: ActionRecord
    text: str
    """What was (or would have been) sent; a blocked one with personal data redacted."""
    template: str = ""
    """Template id (empty for free text)."""
    version: int = 0
    language: str = ""
    queued: int | None = None
    """For free text: the id of the ``reply_queued`` entry it follows."""
    approved_by: str = ""
    blocked_because: str = ""

    @property
    def label(self) -> str:
        """``thanks v1 (en)`` or ``free text``."""
        return f"{self.template} v{self.version} ({self.language})" if self.template else "free text"


def _name(text: str) -> str:
    return clean_text(text, MAX_NAME_CHARS).replace("[", "(").replace("]", ")") or "?"


def describe(
    text: str,
    *,
    template: ReplyTemplate | None = None,
    queued: int | None = None,
    approved_by: str = "",
    blocked: tuple[str, ...] = (),
) -> str:
    """The reason recorded with a reply entry (read back by :func:`parse`)."""
    if template is not None:
        label = f"template {template.id} v{template.version} {template.language}"
    else:
        label = "free text" + (f" #{queued}" if queued is not None else "")
        if approved_by:
            label += f" approved by {_name(approved_by)}"
    if blocked:
        why = "; ".join(blocked).replace("(", "").replace(")", "")
        return f"[{label}] blocked ({why}): {text}"
    return f"[{label}] {text}"


def parse(action: ActionRecord) -> ReplyEntry | None:
    """The reply step an action records, or ``None`` for any other action."""
    if action.kind not in REPLY_ACTIONS:
        return None
    found = _REASON.match(action.reason)
    if found is None:
        return ReplyEntry(action, action.reason)
    label, rest = found.group("label"), found.group("rest")
    blocked_because = ""
    block = _BLOCKED.match(rest)
    if block is not None:
        blocked_because, rest = block.group("why"), block.group("text")
    template = _TEMPLATE.match(label)
    if template is not None:
        return ReplyEntry(action, rest, template.group("id"), int(template.group("version")),
                          template.group("language"), blocked_because=blocked_because)  # fmt: skip
    free = _FREE.match(label)
    queued = int(free.group("queued")) if free is not None and free.group("queued") else None
    approved_by = free.group("by") or "" if free is not None else ""
    return ReplyEntry(action, rest, queued=queued, approved_by=approved_by, blocked_because=blocked_because)


def reply_entries(actions: Iterable[ActionRecord]) -> list[ReplyEntry]:
    """Every reply step among ``actions``, in order."""
    return [entry for entry in map(parse, actions) if entry is not None]


def pending_of(actions: Iterable[ActionRecord]) -> list[ReplyEntry]:
    """Free-text replies still waiting for approval: queued, and neither sent, rejected nor blocked since."""
    queued: dict[int, ReplyEntry] = {}
    for entry in reply_entries(actions):
        if entry.action.kind is ActionKind.REPLY_QUEUED:
            queued[entry.action.id] = entry
        elif entry.queued is not None:
            queued.pop(entry.queued, None)
    return list(queued.values())


# -- the workflow ----------------------------------------------------------------------------------


class Replies:
    """The reply workflow of one session: templates, free text awaiting approval, screening, sending."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._screen: ReplyScreen | None = None

    @property
    def policy(self) -> Policy:
        """The policy in force (its templates and its filters)."""
        return self.session.pipeline.policy

    def screen(self) -> ReplyScreen:
        """The outgoing-text filters for the policy in force (rebuilt after a reload)."""
        if self._screen is None or self._screen.policy is not self.policy:
            self._screen = ReplyScreen(self.policy)
        return self._screen

    def _record(self, seq: int) -> MessageRecord:
        record = self.session.record(seq)
        if record is None:
            raise ReplyError(f"no message #{seq} in this session")
        return record

    def options(self, seq: int) -> list[ReplyOption]:
        """The templates offered for message ``seq``, filled."""
        return options(self.policy, self._record(seq).message)

    async def send_template(
        self, seq: int, template_id: str, language: str, *, actor: str | None = None
    ) -> ActionRecord:
        """Send an approved template as a reply to message ``seq`` (blocked and recorded if the filters object)."""
        record = self._record(seq)
        template = next((t for t in self.policy.replies if (t.id, t.language) == (template_id, language)), None)
        if template is None:
            raise ReplyError(f"no reply template {template_id!r} in {language} in the policy")
        text = fill(template, record.message, self.policy)
        actor = actor or self.session.moderator
        screening = self.screen().check(text, record.message, record)
        if screening.blocked:
            reason = describe(screening.redacted, template=template, blocked=screening.reasons)
            return self.session.record_reply(ActionKind.REPLY_BLOCKED, seq, actor=actor, reason=reason)
        return await self.session.send_reply(seq, text, actor=actor, reason=describe(text, template=template))

    def queue(self, seq: int, text: str, *, actor: str | None = None) -> ActionRecord:
        """Put a free-text reply to message ``seq`` up for approval (blocked at once if the filters object)."""
        self._record(seq)
        text = " ".join(clean_text(text, MAX_REPLY_CHARS).split())
        if not text:
            raise ReplyError("a reply needs some text")
        actor = actor or self.session.moderator
        screening = self.screen().check(text, self._record(seq).message, self._record(seq))
        if screening.blocked:
            reason = describe(screening.redacted, blocked=screening.reasons)
            return self.session.record_reply(ActionKind.REPLY_BLOCKED, seq, actor=actor, reason=reason)
        return self.session.record_reply(ActionKind.REPLY_QUEUED, seq, actor=actor, reason=describe(text))

    def pending(self) -> list[ReplyEntry]:
        """Free-text replies waiting for approval, oldest first."""
        self.session.store.flush()
        return pending_of(self.session.store.actions())

    def _pending(self, queued_id: int, who: str) -> ReplyEntry:
        entry = next((p for p in self.pending() if p.action.id == queued_id), None)
        if entry is None:
            raise ReplyError(f"no free-text reply #{queued_id} is waiting for approval")
        if who.strip().lower() == entry.action.actor.strip().lower():
            raise ReplyError(
                f"{entry.action.actor} wrote reply #{queued_id}: a producer or another moderator must approve it"
            )
        return entry

    async def approve(self, queued_id: int, *, approver: str) -> ActionRecord:
        """Send a queued free-text reply, approved by someone other than its writer (screened again first)."""
        entry = self._pending(queued_id, approver)
        seq = entry.action.message_seq
        if seq is None:
            raise ReplyError(f"reply #{queued_id} names no message")
        record = self._record(seq)
        screening = self.screen().check(entry.text, record.message, record)
        if screening.blocked:
            reason = describe(screening.redacted, queued=queued_id, approved_by=approver, blocked=screening.reasons)
            return self.session.record_reply(ActionKind.REPLY_BLOCKED, seq, actor=entry.action.actor, reason=reason)
        reason = describe(entry.text, queued=queued_id, approved_by=approver)
        return await self.session.send_reply(seq, entry.text, actor=entry.action.actor, reason=reason)

    def reject(self, queued_id: int, *, approver: str) -> ActionRecord:
        """Turn down a queued free-text reply (recorded; nothing is sent)."""
        entry = self._pending(queued_id, approver)
        if entry.action.message_seq is None:
            raise ReplyError(f"reply #{queued_id} names no message")
        reason = describe(entry.text, queued=queued_id, approved_by="") + f" (rejected by {_name(approver)})"
        return self.session.record_reply(ActionKind.REPLY_REJECTED, entry.action.message_seq, actor=approver,
                                         reason=reason)  # fmt: skip


__all__ = [
    "Replies",
    "ReplyEntry",
    "ReplyError",
    "ReplyOption",
    "ReplyScreen",
    "Screening",
    "describe",
    "fill",
    "message_language",
    "options",
    "parse",
    "pending_of",
    "reply_entries",
]  # fmt: skip
