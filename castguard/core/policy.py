"""The moderation policy: what each category means for this broadcast.

A policy is a TOML file (see ``castguard/default_policy.toml`` for the shipped
healthcare default, documented field by field). It maps categories to a
severity and an automatic decision, and carries allow-lists, custom terms,
trusted authors, filter thresholds and the crisis guidance shown with
self-harm findings. Every error names the file and the line at fault;
``castguard policy check FILE`` (:func:`check_policy_main`) prints either a
summary or that error.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import phonenumbers

from castguard.core.ladder import LadderError, Step, parse_ladder
from castguard.core.lockdown import Control, LockdownError, default_plan, parse_plan
from castguard.core.model import CATEGORIES, Decision, Severity
from castguard.core.tomlsource import Locator
from castguard.core.user_regex import UserRegex, UserRegexError, ascii_only_note, compile_user_regex

#: Regions whose phone numbers are read in national format (no ``+``) when a policy lists none: the main markets
#: of English-, Spanish- and Russian-language broadcasts and of the brands that run them (North America, the UK
#: and Ireland, the EU's large members and their neighbours, Latin America's largest countries, Russia, Ukraine,
#: Belarus and Kazakhstan, South and South-East Asia, East Asia, Australia and New Zealand, the largest African and
#: Middle-Eastern markets). Any region's number is still found with ``+``/``00`` or a phone word beside it.
#: Luxembourg is left out on purpose: its plan accepts most runs of 7 to 11 digits, so reading bare digits as
#: Luxembourgish numbers would turn order numbers and counts into phones.
DEFAULT_PHONE_REGIONS: tuple[str, ...] = (
    "US",
    "CA",
    "MX",
    "BR",
    "AR",
    "CO",
    "CL",
    "PE",
    "VE",
    "EC",
    "GB",
    "IE",
    "DE",
    "FR",
    "ES",
    "IT",
    "PT",
    "NL",
    "BE",
    "CH",
    "AT",
    "PL",
    "CZ",
    "SE",
    "NO",
    "DK",
    "FI",
    "GR",
    "RO",
    "HU",
    "TR",
    "RU",
    "UA",
    "BY",
    "KZ",
    "IN",
    "PK",
    "PH",
    "SG",
    "MY",
    "ID",
    "TH",
    "VN",
    "JP",
    "KR",
    "CN",
    "HK",
    "TW",
    "AU",
    "NZ",
    "ZA",
    "NG",
    "KE",
    "EG",
    "AE",
    "SA",
    "IL",
)

#: ``[trust] flag_wait`` by default (seconds): Twitch's IRC copy of a chat message usually follows EventSub's
#: within a second, and a presenter reading the on-air view does not notice a wait this short.
FLAG_WAIT = 1.5
#: The longest ``[trust] flag_wait`` accepted (seconds): past this a late flag is better handled by the late hold.
MAX_FLAG_WAIT = 10.0


#: Platform roles trusted unless the policy says otherwise: the channel's own people.
DEFAULT_TRUSTED_ROLES = frozenset({"broadcaster", "moderator", "owner", "staff"})


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """Severity and automatic decision for one category."""

    severity: Severity
    decision: Decision
    enabled: bool = True


class TextPattern(Protocol):
    """What a custom rule matches with: a Python pattern (terms) or a :class:`UserRegex` (regexes)."""

    def finditer(self, text: str) -> Iterator[Any]: ...

    def match(self, text: str) -> Any | None: ...


@dataclass(frozen=True, slots=True)
class CustomRule:
    """A brand-specific term or regular expression."""

    pattern: TextPattern
    category: str
    severity: Severity
    decision: Decision
    label: str


@dataclass(frozen=True, slots=True)
class SpamSettings:
    """Thresholds of the spam filter (``[spam]``)."""

    caps_min_letters: int = 12
    """Cased letters a message needs before shouting is judged."""
    caps_share: float = 0.8
    """Share of those letters in upper case that makes it shouting."""
    repeat_token: int = 6
    """One word repeated this many times is a repeat flood."""
    emoji_flood: int = 10
    """Emoji in one message (making at least half of it) that make a flood."""
    symbols_min: int = 12
    """Symbol characters a message needs before symbol noise is judged."""
    symbols_share: float = 0.5
    """Share of the visible characters that must be symbols."""
    copy_window: float = 120.0
    """Seconds within which one author posting the same text again counts."""
    copy_count: int = 3
    """Posts of the same text by one author within the window that make it spam."""
    memory_authors: int = 20000
    """Authors remembered for repeated posts (oldest forgotten first)."""


@dataclass(frozen=True, slots=True)
class CrowdSettings:
    """Thresholds of the raid and spike detectors (``[crowd]``)."""

    window: float = 60.0
    """Seconds of history for raid detection."""
    min_messages: int = 30
    """Messages in the window before a few-accounts raid can be declared."""
    few_accounts: int = 5
    """At most this many accounts make a "handful"."""
    few_share: float = 0.4
    """Share of the window's messages the handful must produce."""
    account_rate: int = 12
    """Messages per window that make one account a flooder (one every five seconds)."""
    copy_authors: int = 5
    """Distinct accounts posting the same text that make a copy-paste raid."""
    copy_min_chars: int = 16
    """Shorter texts ("lol", "F", "gg", "hi doc") are chat reactions, not copy-paste."""
    copy_min_words: int = 3
    """Distinct words a text needs to be copy-paste material: emote walls ("KEKW KEKW KEKW"),
    "W W W W" and emoji are reactions whatever their length. A text with a link always counts."""
    copy_share: float = 0.0002
    """Rate awareness: in a busy chat the copies needed grow to this share of the window's
    messages (24 at 2,000 messages/s over 60 s; ``copy_authors`` below about 400 messages/s)."""
    copy_baseline_factor: float = 2.0
    """A text the chat already used in the window before must reach this many times its copies
    there, on top of the above: greetings that recur all show long are the chat's baseline, a raid
    is a burst. At least 1."""
    spike_window: float = 10.0
    """Seconds over which the current rate is measured."""
    spike_factor: float = 4.0
    """Current rate over baseline that makes a spike."""
    spike_min_rate: float = 2.0
    """Messages per second below which nothing is a spike, whatever the baseline."""
    baseline_window: float = 300.0
    """Seconds of history the baseline rate is taken from."""
    warmup: float = 60.0
    """Seconds of history needed before spikes are judged."""
    max_accounts: int = 50
    """Accounts listed on one finding, busiest first."""


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """The statistical risk model (``[model]``): on or off, and per-category thresholds."""

    enabled: bool = False
    """Score messages that pass the model's gate with the shipped model (off unless the policy says so)."""
    thresholds: dict[str, float] = field(default_factory=dict)
    """Probability a category needs to be raised (``[model.thresholds]``); unlisted categories use the
    threshold chosen when the model was trained."""


#: The placeholders a reply template may use, and what fills each.
REPLY_PLACEHOLDERS: dict[str, str] = {
    "author": "the display name of the viewer replied to",
    "safety_line": "the policy's [safety] line (how viewers reach the drug-safety team)",
    "crisis_line": "the policy's [crisis] line, the viewer-facing crisis line its guidance names (self-harm)",
}
#: Bounds of a reply template: platforms cap a chat message (YouTube 200 characters, Twitch 500).
MAX_REPLY_CHARS = 500
MAX_REPLIES = 500
_REPLY_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    """An approved reply (``[[replies]]``): sent as written, its placeholders filled."""

    id: str
    """Stable name (``thanks``); with the language it identifies the template."""
    language: str
    """``en``, ``es`` or ``ru``: offered for messages in that language."""
    version: int
    """Raised whenever the approved wording changes; recorded with every reply sent."""
    approver: str
    """Who approved the wording (compliance, medical-legal review)."""
    text: str
    """The wording, with ``{author}``, ``{safety_line}`` and ``{crisis_line}`` placeholders."""
    label: str = ""
    """A short title for the picker (the id when empty)."""

    @property
    def placeholders(self) -> frozenset[str]:
        """The placeholders the text uses."""
        return frozenset(_PLACEHOLDER.findall(self.text))


@dataclass(frozen=True, slots=True)
class Policy:
    """A loaded, validated policy. Immutable: reloading builds a new one."""

    name: str
    categories: dict[str, CategoryRule]
    """Per-category rules; categories not listed use :data:`FALLBACK_RULE`."""
    allow_terms: frozenset[str] = frozenset()
    """Words and phrases never reported as profanity or custom terms (lower-case)."""
    allow_domains: frozenset[str] = frozenset()
    """Domains (and their subdomains) allowed in links and e-mail addresses."""
    allow_phones: frozenset[str] = frozenset()
    """Phone numbers that are public (the clinic's own line), as E.164 digits."""
    allow_emails: frozenset[str] = frozenset()
    """Exact e-mail addresses that are public."""
    trusted_authors: frozenset[str] = frozenset()
    """Author ids or names (lower-case) whose messages are never held or hidden automatically."""
    trusted_roles: frozenset[str] = DEFAULT_TRUSTED_ROLES
    """Platform roles treated as trusted."""
    custom: tuple[CustomRule, ...] = ()
    crisis_guidance: str = ""
    """Text the desk shows beside self-harm findings."""
    sentiment_alert: float = 0.6
    """Share of negative messages in the window that raises the producer's alert."""
    sentiment_window: float = 60.0
    """Seconds the producer's negative share covers."""
    sentiment_enabled: bool = True
    """Score every message's sentiment (the producer's gauge needs it)."""
    default_region: str = "US"
    """Region tried first for phone numbers written without a country code."""
    phone_regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS
    """Regions whose national format is read without a phone word, ``default_region`` first."""
    profanity_terms: tuple[str, ...] = ()
    """Extra words reported as profanity, matched with the same obfuscation handling."""
    profanity_mild: str = "info"
    """Mild words (damn, hell, crap): ``info`` (shown, never held), ``warn`` (like the rest) or ``off``."""
    profanity_languages: frozenset[str] = frozenset({"en", "es", "ru"})
    """Built-in lists in use."""
    spam: SpamSettings = field(default_factory=SpamSettings)
    crowd: CrowdSettings = field(default_factory=CrowdSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    products: tuple[str, ...] = ()
    """The brand's suspect product names for adverse-event detection (``[products] names``), lower-case."""
    redact_at_rest: bool = False
    """Store privacy spans redacted in recordings (``[recording] redact_at_rest = true``)."""
    team_producer_can_ban: bool = False
    """On a team desk a producer may ban, time out and delete (``[team] producer_can_ban = true``)."""
    team_redact: bool = False
    """A team host also publishes the session with personal data redacted, the only view observers and web
    viewers get (``[team] redact = true``)."""
    replies: tuple[ReplyTemplate, ...] = ()
    """The approved reply library (``[[replies]]``), in file order."""
    safety_lines: Mapping[str, str] = field(default_factory=dict)
    """How viewers reach the drug-safety team (``[safety] line``), by language: the ``{safety_line}`` placeholder
    (see :meth:`contact_line`)."""
    crisis_lines: Mapping[str, str] = field(default_factory=dict)
    """The viewer-facing crisis line (``[crisis] line``), by language: the ``{crisis_line}`` placeholder."""
    ae_forward_hours: float = 24.0
    """Hours from day 0 within which an adverse-event case must reach the safety team
    (``[adverse_events] forward_within_hours``)."""
    ae_safety_email: str = ""
    """Address the e-mail-ready export of a case is written to (``[adverse_events] safety_email``)."""
    lockdown: dict[str, tuple[Control, ...]] = field(default_factory=default_plan)
    """Per platform, the controls lockdown also switches on there (``[lockdown]``; :mod:`castguard.core.lockdown`)."""
    ladder: dict[str, tuple[Step, ...]] = field(default_factory=dict)
    """Per category (or family, or ``"*"``), the strike ladder a repeat offender climbs (``[ladder]``;
    :mod:`castguard.core.ladder`)."""
    hold_first_message: str = "off"
    """``[trust] hold_first_message``: hold a first-time chatter's first ``message``, their first ``link``, or
    nothing (``off``) until a moderator approves it."""
    flag_wait: float = FLAG_WAIT
    """``[trust] flag_wait``: seconds a message stays off the on-air view while its first-time flag may still
    arrive on another copy (Twitch EventSub beside its IRC reader); 0 puts it on air at once."""
    version: str = ""
    """Content hash of the source text: recordings store which policy judged each message."""
    source_text: str = ""

    def rule(self, category: str) -> CategoryRule:
        """The rule for ``category``, falling back on its family (``privacy``) then the default."""
        found = self.categories.get(category)
        if found is None:
            found = self.categories.get(category.split(".", 1)[0], FALLBACK_RULE)
        return found

    @property
    def safety_line(self) -> str:
        """The ``[safety] line`` for a language without one of its own."""
        return self.safety_lines.get(ANY_LANGUAGE, "")

    @property
    def crisis_line(self) -> str:
        """The ``[crisis] line`` for a language without one of its own."""
        return self.crisis_lines.get(ANY_LANGUAGE, "")

    def contact_line(self, kind: str, language: str) -> str:
        """The ``[safety]`` or ``[crisis]`` (``kind``) line for a viewer writing in ``language``.

        The line for the language in the broadcast's region (``es-MX`` with ``region = "MX"``) comes
        first, then the language's own, then the one for every other language (``"*"``).
        """
        lines = self.safety_lines if kind == "safety" else self.crisis_lines
        for key in (f"{language}-{self.default_region}", language, ANY_LANGUAGE):
            if key in lines:
                return lines[key]
        return ""

    def is_trusted(self, author_id: str, author_name: str, roles: frozenset[str]) -> bool:
        """True for staff, moderators and listed accounts."""
        return (
            author_id.lower() in self.trusted_authors
            or author_name.lower() in self.trusted_authors
            or not roles.isdisjoint(self.trusted_roles)
        )


FALLBACK_RULE = CategoryRule(Severity.WARN, Decision.FLAG)
#: What ``[trust] hold_first_message`` may say.
HOLD_FIRST_MESSAGE = ("off", "message", "link")
PROFANITY_LANGUAGES = frozenset({"en", "es", "ru"})

# Keys each table accepts; anything else is a typo worth an error.
_KNOWN: dict[str, set[str]] = {
    "": {
        "name",
        "region",
        "regions",
        "categories",
        "allow",
        "trusted",
        "custom",
        "crisis",
        "sentiment",
        "profanity",
        "spam",
        "crowd",
        "recording",
        "model",
        "products",
        "replies",
        "safety",
        "adverse_events",
        "lockdown",
        "ladder",
        "trust",
        "team",
    },
    "trust": {"hold_first_message", "flag_wait"},
    "team": {"producer_can_ban", "redact"},
    "replies": {"id", "language", "version", "approver", "text", "label"},
    "safety": {"line"},
    "adverse_events": {"forward_within_hours", "safety_email"},
    "model": {"enabled", "thresholds"},
    "products": {"names"},
    "recording": {"redact_at_rest"},
    "allow": {"terms", "domains", "phones", "emails"},
    "trusted": {"authors", "roles"},
    "crisis": {"guidance", "line"},
    "sentiment": {"alert_share", "window", "enabled"},
    "profanity": {"terms", "mild", "languages"},
    "custom": {"term", "regex", "category", "severity", "decision", "label"},
    "spam": {f.name for f in fields(SpamSettings)},
    "crowd": {f.name for f in fields(CrowdSettings)},
}
Fail = Callable[..., PolicyError]


def parse_policy(text: str, origin: str = "<policy>", *, inherit: bool = False) -> Policy:
    """Parse and validate policy TOML; raise :class:`PolicyError` naming the line at fault.

    With ``inherit`` the text is read over the shipped default (:func:`inherit_defaults`): what it leaves out
    keeps the default's setting, and the policy's ``source_text`` is the whole policy that results, so a
    recording keeps what judged its messages even after the shipped default changes.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{origin}: invalid TOML: {exc}") from None
    where = Locator(text)
    if inherit:
        name = data.get("name", Path(origin).stem)
        if not isinstance(name, str):
            raise PolicyError(f"{where.where(origin, '', 'name')}: name must be a string")
        data = inherit_defaults(data)
        data["name"] = name
        # The comment is one printable line whatever the name and path hold: a newline there would add keys.
        title = "".join(ch if ch.isprintable() else " " for ch in f"{name}: {origin}"[:200])
        text = f"# {title} over the shipped default policy\n" + dump_toml(data)

    def fail(message: str, table: str = "", key: str | None = None, index: int = 0) -> PolicyError:
        line = where.line(table, key, index)
        return PolicyError(f"{origin}:{line}: {message}" if line else f"{origin}: {message}")

    _check_keys(data, "", fail)
    name = data.get("name", Path(origin).stem)
    if not isinstance(name, str):
        raise fail("name must be a string", "", "name")
    categories = _categories(data, fail)
    allow = _table(data, "allow", fail)
    trusted = _table(data, "trusted", fail)
    crisis = _table(data, "crisis", fail)
    sentiment = _table(data, "sentiment", fail)
    profanity = _table(data, "profanity", fail)
    custom = _custom(data, fail)

    threshold = sentiment.get("alert_share", 0.6)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise fail("sentiment.alert_share must be a number in (0, 1]", "sentiment", "alert_share")
    window = sentiment.get("window", 60.0)
    if isinstance(window, bool) or not isinstance(window, (int, float)) or not 1 <= window <= 3600:
        raise fail("sentiment.window must be a number of seconds between 1 and 3600", "sentiment", "window")
    enabled = sentiment.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("sentiment.enabled must be true or false", "sentiment", "enabled")
    mild = profanity.get("mild", "info")
    if mild not in ("info", "warn", "off"):
        raise fail(f'profanity.mild must be "info", "warn" or "off", not {mild!r}', "profanity", "mild")
    languages = _lower_set(profanity.get("languages", sorted(PROFANITY_LANGUAGES)), "profanity", "languages", fail)
    if not languages <= PROFANITY_LANGUAGES:
        unknown = ", ".join(sorted(languages - PROFANITY_LANGUAGES))
        raise fail(f"profanity.languages: unknown language(s) {unknown} (known: en, es, ru)", "profanity", "languages")
    region = data.get("region", "US")
    if not isinstance(region, str) or not re.fullmatch(r"[A-Za-z]{2}", region):
        raise fail('region must be a two-letter country code such as "US"', "", "region")
    if region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        raise fail(f"region {region!r} is not a region with a phone numbering plan (such as US, GB, DE)", "", "region")
    regions = _phone_regions(data, region.upper(), fail)
    guidance = crisis.get("guidance", "")
    if not isinstance(guidance, str):
        raise fail("crisis.guidance must be a string", "crisis", "guidance")
    recording = _table(data, "recording", fail)
    redact_at_rest = recording.get("redact_at_rest", False)
    if not isinstance(redact_at_rest, bool):
        raise fail("recording.redact_at_rest must be true or false", "recording", "redact_at_rest")

    team = _table(data, "team", fail)
    for key in ("producer_can_ban", "redact"):
        if not isinstance(team.get(key, False), bool):
            raise fail(f"team.{key} must be true or false", "team", key)
    forward_hours, safety_email = _adverse_events(_table(data, "adverse_events", fail), fail)
    lockdown = _lockdown(data, fail)
    try:
        ladder = parse_ladder(_table(data, "ladder", fail))
    except LadderError as exc:
        entry = str(exc).split("'", 2)[1] if str(exc).startswith("'") else None
        raise fail(f"ladder: {exc}", "ladder", entry) from None
    hold_first = _table(data, "trust", fail).get("hold_first_message", "off")
    if hold_first not in HOLD_FIRST_MESSAGE:
        raise fail(
            f'trust.hold_first_message must be "off", "message" or "link", not {hold_first!r}',
            "trust", "hold_first_message",
        )  # fmt: skip
    flag_wait = _table(data, "trust", fail).get("flag_wait", FLAG_WAIT)
    if isinstance(flag_wait, bool) or not isinstance(flag_wait, (int, float)) or not 0 <= flag_wait <= MAX_FLAG_WAIT:
        raise fail(f"trust.flag_wait must be a number of seconds between 0 and {MAX_FLAG_WAIT:g}", "trust", "flag_wait")

    return Policy(
        name=name,
        categories=categories,
        allow_terms=_lower_set(allow.get("terms", []), "allow", "terms", fail),
        allow_domains=_lower_set(allow.get("domains", []), "allow", "domains", fail),
        allow_phones=frozenset(_digits(p) for p in _str_list(allow.get("phones", []), "allow", "phones", fail)),
        allow_emails=_lower_set(allow.get("emails", []), "allow", "emails", fail),
        trusted_authors=_lower_set(trusted.get("authors", []), "trusted", "authors", fail),
        trusted_roles=_lower_set(
            trusted.get("roles", ["broadcaster", "moderator", "owner", "staff"]), "trusted", "roles", fail
        ),
        custom=custom,
        crisis_guidance=guidance.strip(),
        sentiment_alert=float(threshold),
        sentiment_window=float(window),
        sentiment_enabled=enabled,
        default_region=region.upper(),
        phone_regions=regions,
        profanity_terms=tuple(
            t.strip().lower() for t in _str_list(profanity.get("terms", []), "profanity", "terms", fail) if t.strip()
        ),
        profanity_mild=str(mild),
        profanity_languages=languages,
        spam=_settings(SpamSettings, _table(data, "spam", fail), "spam", fail),
        crowd=_settings(CrowdSettings, _table(data, "crowd", fail), "crowd", fail),
        model=_model(_table(data, "model", fail), fail),
        products=_products(_table(data, "products", fail), fail),
        redact_at_rest=redact_at_rest,
        team_producer_can_ban=team.get("producer_can_ban", False),
        team_redact=team.get("redact", False),
        replies=_replies(data, fail),
        safety_lines=_lines(_table(data, "safety", fail), "safety", fail),
        crisis_lines=_lines(crisis, "crisis", fail),
        ae_forward_hours=forward_hours,
        ae_safety_email=safety_email,
        lockdown=lockdown,
        ladder=ladder,
        hold_first_message=str(hold_first),
        flag_wait=float(flag_wait),
        version=hashlib.sha256(text.encode()).hexdigest()[:12],
        source_text=text,
    )


def _check_keys(data: dict[str, Any], table: str, fail: Fail) -> None:
    for key in data:
        if key not in _KNOWN[table]:
            known = ", ".join(sorted(_KNOWN[table]))
            what = "section or key" if table == "" else f"key in [{table}]"
            raise fail(f"unknown {what} {key!r} (known: {known})", table, key)


def _categories(data: dict[str, Any], fail: Fail) -> dict[str, CategoryRule]:
    raw = data.get("categories", {})
    if not isinstance(raw, dict):
        raise fail("[categories] must be a table", "", "categories")
    families = {c.split(".", 1)[0] for c in CATEGORIES}
    out: dict[str, CategoryRule] = {}
    for name, spec in raw.items():
        if name not in CATEGORIES and name not in families:
            raise fail(f"unknown category {name!r}", "categories", name)
        if not isinstance(spec, dict):
            raise fail(
                f'category {name!r} must be a table like {{ severity = "warn", decision = "flag" }}', "categories", name
            )
        unknown = set(spec) - {"severity", "decision", "enabled"}
        if unknown:
            raise fail(f"category {name!r}: unknown field(s) {', '.join(sorted(unknown))}", "categories", name)
        try:
            severity = Severity.parse(str(spec.get("severity", "warn")))
            decision = Decision(str(spec.get("decision", "flag")))
        except ValueError as exc:
            raise fail(f"category {name!r}: {exc}", "categories", name) from None
        enabled = spec.get("enabled", True)
        if not isinstance(enabled, bool):
            raise fail(f"category {name!r}: enabled must be true or false", "categories", name)
        out[name] = CategoryRule(severity, decision, enabled)
    return out


def _custom(data: dict[str, Any], fail: Fail) -> tuple[CustomRule, ...]:
    raw = data.get("custom", [])
    if not isinstance(raw, list):
        raise fail("[[custom]] entries must be an array of tables", "", "custom")
    out: list[CustomRule] = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise fail("each [[custom]] entry must be a table", "custom", None, index)
        for key in entry:
            if key not in _KNOWN["custom"]:
                raise fail(
                    f"unknown key {key!r} in [[custom]] (known: {', '.join(sorted(_KNOWN['custom']))})",
                    "custom",
                    key,
                    index,
                )
        if ("term" in entry) == ("regex" in entry):
            raise fail("each [[custom]] entry needs exactly one of term or regex", "custom", None, index)
        key = "regex" if "regex" in entry else "term"
        value = entry[key]
        if not isinstance(value, str) or not value.strip():
            raise fail(f"[[custom]] {key} must be a non-empty string", "custom", key, index)
        label = str(entry.get("label") or value)
        category = str(entry.get("category", "custom"))
        if category not in CATEGORIES:
            raise fail(f"custom rule {label!r}: unknown category {category!r}", "custom", "category", index)
        pattern: TextPattern
        if key == "regex":
            try:
                pattern = compile_user_regex(value)
            except UserRegexError as exc:
                raise fail(f"custom rule {label!r}: invalid regex {exc}", "custom", key, index) from None
        else:
            # A literal between look-arounds: linear in Python's engine, and the look-arounds make it
            # a whole word in any script (which RE2's ASCII \b could not).
            pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)
        if pattern.match("") is not None:
            raise fail(f"custom rule {label!r}: the regex matches the empty string", "custom", key, index)
        try:
            severity = Severity.parse(str(entry.get("severity", "warn")))
        except ValueError as exc:
            raise fail(f"custom rule {label!r}: {exc}", "custom", "severity", index) from None
        try:
            decision = Decision(str(entry.get("decision", "flag")))
        except ValueError as exc:
            raise fail(f"custom rule {label!r}: {exc}", "custom", "decision", index) from None
        out.append(CustomRule(pattern, category, severity, decision, label))
    return tuple(out)


def _model(table: dict[str, Any], fail: Fail) -> ModelSettings:
    enabled = table.get("enabled", False)
    if not isinstance(enabled, bool):
        raise fail("model.enabled must be true or false", "model", "enabled")
    raw = table.get("thresholds", {})
    if not isinstance(raw, dict):
        raise fail("[model.thresholds] must be a table of category = probability", "model", "thresholds")
    thresholds: dict[str, float] = {}
    for category, value in raw.items():
        if category not in CATEGORIES:
            raise fail(f"model.thresholds: unknown category {category!r}", "model.thresholds", category)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise fail(f"model.thresholds.{category} must be a probability in (0, 1]", "model.thresholds", category)
        thresholds[category] = float(value)
    return ModelSettings(enabled, thresholds)


def _replies(data: dict[str, Any], fail: Fail) -> tuple[ReplyTemplate, ...]:
    """The ``[[replies]]`` library: every entry complete, ids unique per language, placeholders known."""
    raw = data.get("replies", [])
    if not isinstance(raw, list):
        raise fail("[[replies]] entries must be an array of tables", "", "replies")
    if len(raw) > MAX_REPLIES:
        raise fail(f"at most {MAX_REPLIES} [[replies]] templates", "", "replies")
    seen: dict[tuple[str, str], int] = {}
    out: list[ReplyTemplate] = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise fail("each [[replies]] entry must be a table", "replies", None, index)
        for key in entry:
            if key not in _KNOWN["replies"]:
                known = ", ".join(sorted(_KNOWN["replies"]))
                raise fail(f"unknown key {key!r} in [[replies]] (known: {known})", "replies", key, index)
        for key in ("id", "language", "approver", "text"):
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                raise fail(f"[[replies]] entry needs {key} (a non-empty string)", "replies",
                           key if key in entry else None, index)  # fmt: skip
        reply_id = entry["id"].strip()
        if not _REPLY_ID.fullmatch(reply_id):
            raise fail(f"reply id {reply_id!r}: lower-case letters, digits and _ . - (at most 64)",
                       "replies", "id", index)  # fmt: skip
        language = entry["language"].strip().lower()
        if language not in PROFANITY_LANGUAGES:
            raise fail(f"reply {reply_id!r}: unknown language {language!r} (known: en, es, ru)",
                       "replies", "language", index)  # fmt: skip
        version = entry.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise fail(f"reply {reply_id!r}: version must be a whole number from 1", "replies", "version", index)
        text = entry["text"].strip()
        if len(text) > MAX_REPLY_CHARS:
            raise fail(f"reply {reply_id!r}: text longer than {MAX_REPLY_CHARS} characters", "replies", "text", index)
        bare = _PLACEHOLDER.sub("", text)
        if "{" in bare or "}" in bare:
            raise fail(f"reply {reply_id!r}: unbalanced brace in text (placeholders look like {{author}})",
                       "replies", "text", index)  # fmt: skip
        unknown = sorted(set(_PLACEHOLDER.findall(text)) - set(REPLY_PLACEHOLDERS))
        if unknown:
            known = ", ".join("{" + name + "}" for name in REPLY_PLACEHOLDERS)
            raise fail(f"reply {reply_id!r}: unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)} "
                       f"(known: {known})", "replies", "text", index)  # fmt: skip
        first = seen.get((reply_id, language))
        if first is not None:
            raise fail(f"duplicate reply id {reply_id!r} for language {language} (first at entry {first + 1})",
                       "replies", "id", index)  # fmt: skip
        seen[(reply_id, language)] = index
        label = entry.get("label", "")
        if not isinstance(label, str):
            raise fail(f"reply {reply_id!r}: label must be a string", "replies", "label", index)
        out.append(ReplyTemplate(reply_id, language, version, entry["approver"].strip(), text, label.strip()[:60]))
    return tuple(out)


#: The key of a contact line used for every language without one of its own.
ANY_LANGUAGE = "*"
_LINE_KEY = re.compile(r"\*|[a-z]{2}(?:-[A-Z]{2})?")
MAX_LINES = 100


def _lines(table: dict[str, Any], name: str, fail: Fail) -> dict[str, str]:
    """A contact line a reply may quote (``[safety] line``, ``[crisis] line``), by language, each on one line.

    ``line = "..."`` is one line for every language; a table (``[crisis.line]``) gives one per language
    (``es``), per language in a region (``es-MX``) and for every other language (``"*"``).
    """
    value = table.get("line", "")
    if isinstance(value, str):
        value = {ANY_LANGUAGE: value}
    if not isinstance(value, dict):
        raise fail(f"{name}.line must be a string or a table of strings by language", name, "line")
    if len(value) > MAX_LINES:
        raise fail(f"{name}.line: at most {MAX_LINES} languages", name, "line")
    out: dict[str, str] = {}
    for key, line in value.items():
        if not _LINE_KEY.fullmatch(key):
            raise fail(
                f'{name}.line: {key[:20]!r} is not a language ("es"), a language in a region ("es-MX") or "*"',
                name, "line",
            )  # fmt: skip
        if not isinstance(line, str):
            raise fail(f"{name}.line.{key} must be a string", name, "line")
        if len(line) > MAX_REPLY_CHARS:
            raise fail(f"{name}.line.{key} is longer than {MAX_REPLY_CHARS} characters", name, "line")
        if " ".join(line.split()):
            out[key] = " ".join(line.split())
    return out


#: Bounds of ``[products] names``: a product name is a word or a short phrase, not a document.
MAX_PRODUCT_NAMES = 5000
MAX_PRODUCT_NAME_CHARS = 80


def _products(table: dict[str, Any], fail: Fail) -> tuple[str, ...]:
    """The ``[products] names`` list: lower-case, de-duplicated, each a bounded name with a letter."""
    names = _str_list(table.get("names", []), "products", "names", fail)
    if len(names) > MAX_PRODUCT_NAMES:
        raise fail(f"products.names: at most {MAX_PRODUCT_NAMES} names", "products", "names")
    out: dict[str, None] = {}
    for raw in names:
        name = " ".join(raw.split()).lower()
        if not name:
            raise fail("products.names: an empty name", "products", "names")
        if len(name) > MAX_PRODUCT_NAME_CHARS:
            raise fail(
                f"products.names: {raw[:40]!r}... is longer than {MAX_PRODUCT_NAME_CHARS} characters",
                "products",
                "names",
            )
        if len([ch for ch in name if ch.isalpha()]) < 2 or not all(ch.isalnum() or ch in " -'’.&+/" for ch in name):
            raise fail(
                f"products.names: {raw!r} is not a product name (letters, digits, spaces and - ' . & + /)",
                "products",
                "names",
            )
        out[name] = None
    return tuple(out)


#: Longest forwarding deadline accepted: 15 days, the longest expedited reporting clock (21 CFR 314.80).
MAX_FORWARD_HOURS = 15 * 24
_EMAIL = re.compile(r"[^@\s<>\"',;]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


def _adverse_events(table: dict[str, Any], fail: Fail) -> tuple[float, str]:
    """``[adverse_events]``: the forwarding deadline (hours) and the safety team's address."""
    hours = table.get("forward_within_hours", 24)
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not 0 < hours <= MAX_FORWARD_HOURS:
        raise fail(
            f"adverse_events.forward_within_hours must be a number of hours in (0, {MAX_FORWARD_HOURS}]",
            "adverse_events",
            "forward_within_hours",
        )
    email = table.get("safety_email", "")
    if not isinstance(email, str) or (email and not _EMAIL.fullmatch(email.strip())):
        raise fail("adverse_events.safety_email must be one e-mail address", "adverse_events", "safety_email")
    return float(hours), email.strip()


# Settings with a floor above zero, and why.
_AT_LEAST: dict[str, tuple[float, str]] = {
    "crowd.copy_baseline_factor": (1.0, "a text's copies in the window before are its baseline"),
}


def _lockdown(data: dict[str, Any], fail: Fail) -> dict[str, tuple[Control, ...]]:
    """The ``[lockdown]`` table (the shipped controls when absent)."""
    if "lockdown" not in data:
        return default_plan()
    table = _table(data, "lockdown", fail)
    plan: dict[str, tuple[Control, ...]] = {}
    for platform, items in table.items():
        try:
            plan.update(parse_plan({platform: items}))
        except LockdownError as exc:
            raise fail(f"lockdown.{platform}: {exc}", "lockdown", platform) from None
    return plan


def _settings(cls: Any, table: dict[str, Any], name: str, fail: Fail) -> Any:
    """Build a settings dataclass from a table, checking each value's type and sign."""
    values: dict[str, Any] = {}
    types: dict[str, type] = {f.name: type(f.default) for f in fields(cls)}
    for key, value in table.items():
        wanted = types[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise fail(f"{name}.{key} must be a number", name, key)
        if wanted is int and not isinstance(value, int):
            raise fail(f"{name}.{key} must be a whole number", name, key)
        if value <= 0:
            raise fail(f"{name}.{key} must be greater than zero", name, key)
        if key.endswith("share") and value > 1:
            raise fail(f"{name}.{key} is a share and must be at most 1", name, key)
        least = _AT_LEAST.get(f"{name}.{key}")
        if least is not None and value < least[0]:
            raise fail(f"{name}.{key} must be at least {least[0]:g}: {least[1]}", name, key)
        values[key] = wanted(value)
    return cls(**values)


def _table(data: dict[str, Any], key: str, fail: Fail) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise fail(f"[{key}] must be a table", "", key)
    if key in _KNOWN:
        _check_keys(value, key, fail)
    return value


def _phone_regions(data: dict[str, Any], first: str, fail: Fail) -> tuple[str, ...]:
    """The ``regions`` list (default :data:`DEFAULT_PHONE_REGIONS`), upper-cased, ``first`` put first, no repeats."""
    value = data.get("regions", list(DEFAULT_PHONE_REGIONS))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail('regions must be a list of two-letter region codes such as ["US", "GB"]', "", "regions")
    listed = [r.strip().upper() for r in value]
    unknown = [r for r in listed if r not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        raise fail(f"regions: unknown region code(s) {', '.join(unknown)}", "", "regions")
    out = [first] if first in phonenumbers.SUPPORTED_REGIONS else []
    out += [r for r in listed if r not in out]
    return tuple(out)


def _str_list(value: Any, table: str, key: str, fail: Fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{table}.{key} must be a list of strings", table, key)
    return value


def _lower_set(value: Any, table: str, key: str, fail: Fail) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in _str_list(value, table, key, fail) if v.strip())


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def default_policy_text() -> str:
    """The shipped healthcare default policy (TOML)."""
    return resources.files("castguard.core").joinpath("default_policy.toml").read_text(encoding="utf-8")


@functools.cache
def _default_data() -> dict[str, Any]:
    return tomllib.loads(default_policy_text())


def inherit_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` read over the shipped default: tables merge key by key, any other value replaces the default's.

    So ``[categories] "risk.self_harm" = { decision = "hold" }`` keeps the default's severity, and
    ``[allow] domains = [...]`` replaces the default's list (``replies = []`` removes every default
    template). A family rule (``"privacy" = ...``) also replaces the default's rules for that family's
    categories the policy does not list itself: otherwise they would outrank it.
    """
    merged = _merge(_default_data(), data)
    own = data.get("categories")
    if isinstance(own, dict) and isinstance(merged.get("categories"), dict):
        families = {name for name in own if "." not in name}
        merged["categories"] = {
            name: rule
            for name, rule in merged["categories"].items()
            if name in own or name.split(".", 1)[0] not in families
        }
    return merged


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def dump_toml(data: dict[str, Any]) -> str:
    """``data`` (as ``tomllib`` reads a policy) written back as TOML that reads back to the same ``data``."""
    lines: list[str] = []
    tables: list[tuple[str, dict[str, Any]]] = []
    arrays: list[tuple[str, list[dict[str, Any]]]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            arrays.append((key, value))
        else:
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    for key, table in tables:
        lines += ["", f"[{_toml_key(key)}]"] + [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in table.items()]
    for key, entries in arrays:
        for entry in entries:
            lines += ["", f"[[{_toml_key(key)}]]"] + [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    # JSON's escapes are TOML's, except that TOML also forbids a raw DEL.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return str(value.isoformat())  # dates and times, as TOML writes them


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy file over the shipped default (what it leaves out is the default's), or the default itself."""
    if path is None:
        return parse_policy(default_policy_text(), "default_policy.toml")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{p}: policy is not UTF-8 text") from None
    return parse_policy(text, str(p), inherit=True)


def describe_policy(policy: Policy) -> str:
    """A readable summary of a policy: what ``castguard policy check`` prints."""
    lines = [f"policy {policy.name!r} (version {policy.version})", "", "categories:"]
    for category in CATEGORIES:
        rule = policy.rule(category)
        state = "" if rule.enabled else "  (disabled)"
        lines.append(f"  {category:<27} {rule.severity.label:<8} {rule.decision.value}{state}")
    lines.append("")
    lines.append(
        f"allow: {len(policy.allow_terms)} terms, {len(policy.allow_domains)} domains, "
        f"{len(policy.allow_phones)} phone numbers, {len(policy.allow_emails)} e-mail addresses"
    )
    lines.append(
        f"trusted: {len(policy.trusted_authors)} authors; roles {', '.join(sorted(policy.trusted_roles)) or 'none'}"
    )
    lines.append(f"products: {len(policy.products)} names for adverse-event detection (besides the built-in list)")
    lines.append(f"adverse events: forwarded to the safety team within {policy.ae_forward_hours:g} h of day 0")
    lines.append(f"custom rules: {len(policy.custom)}")
    for custom in policy.custom:
        lines.append(f"  {custom.label!r} -> {custom.category} ({custom.severity.label}, {custom.decision.value})")
        note = ascii_only_note(custom.pattern.pattern) if isinstance(custom.pattern, UserRegex) else None
        if note:
            lines.append(f"    note: {note}")
    lines.append(
        f"profanity: languages {', '.join(sorted(policy.profanity_languages))}; mild words {policy.profanity_mild}; "
        f"{len(policy.profanity_terms)} extra terms"
    )
    lines.append(
        f"sentiment: {'on' if policy.sentiment_enabled else 'off'}, alert at {policy.sentiment_alert:.0%} "
        f"negative over {policy.sentiment_window:.0f}s"
    )
    lines.append(f"crisis guidance: {'set' if policy.crisis_guidance else 'MISSING'}")
    lines.append(
        f"replies: {len(policy.replies)} approved templates; "
        f"safety line {_languages(policy.safety_lines)}, crisis line {_languages(policy.crisis_lines)}"
    )
    for template in policy.replies:
        lines.append(f"  {template.id:<16} {template.language} v{template.version:<3} approved by {template.approver}: "
                     f"{template.text[:60]!r}{'…' if len(template.text) > 60 else ''}")  # fmt: skip
    warnings = policy_warnings(policy)
    if warnings:
        lines.append("")
        lines.extend(f"warning: {w}" for w in warnings)
    return "\n".join(lines)


#: Policy fields and the policy-file keys that set them, for :func:`policy_changes`.
_FIELD_KEYS: dict[str, str] = {
    "allow_terms": "allow.terms",
    "allow_domains": "allow.domains",
    "allow_phones": "allow.phones",
    "allow_emails": "allow.emails",
    "trusted_authors": "trusted.authors",
    "trusted_roles": "trusted.roles",
    "crisis_guidance": "crisis.guidance",
    "sentiment_alert": "sentiment.alert_share",
    "sentiment_window": "sentiment.window",
    "sentiment_enabled": "sentiment.enabled",
    "default_region": "region",
    "phone_regions": "regions",
    "profanity_terms": "profanity.terms",
    "profanity_mild": "profanity.mild",
    "profanity_languages": "profanity.languages",
    "products": "products.names",
    "redact_at_rest": "recording.redact_at_rest",
    "team_producer_can_ban": "team.producer_can_ban",
    "team_redact": "team.redact",
    "safety_lines": "safety.line",
    "crisis_lines": "crisis.line",
    "ae_forward_hours": "adverse_events.forward_within_hours",
    "ae_safety_email": "adverse_events.safety_email",
}
#: Items of a changed list shown before "and N more".
_SHOWN_ITEMS = 5


def _languages(lines: Mapping[str, str]) -> str:
    """Which languages a contact line is set for (``set for *, es, ru``)."""
    return f"set for {', '.join(sorted(lines))}" if lines else "not set"


def policy_changes(policy: Policy, base: Policy) -> list[str]:
    """What ``policy`` changes from ``base`` (the shipped default), one line per setting, values bounded."""
    out: list[str] = []
    for category in CATEGORIES:
        old, new = base.rule(category), policy.rule(category)
        if old != new:
            out.append(f"categories.{category}: {_rule_text(old)} -> {_rule_text(new)}")
    for name, key in _FIELD_KEYS.items():
        old, new = getattr(base, name), getattr(policy, name)
        if old == new:
            continue
        if isinstance(new, frozenset | tuple) and isinstance(old, frozenset | tuple):
            out.append(f"{key}: {_set_change(set(old), set(new))}" if set(old) != set(new) else f"{key}: reordered")
        elif isinstance(new, Mapping) and isinstance(old, Mapping):
            changed = sorted(k for k in {*old, *new} if old.get(k) != new.get(k))
            out.append(f"{key}: changed for {', '.join(changed[:_SHOWN_ITEMS])}")
        elif isinstance(new, str) and (len(new) > 40 or len(old) > 40):
            out.append(f"{key}: {'cleared' if not new else 'set' if not old else 'changed'}")
        else:
            out.append(f"{key}: {_short(old)} -> {_short(new)}")
    for section in ("spam", "crowd"):
        for item in fields(getattr(policy, section)):
            old, new = getattr(getattr(base, section), item.name), getattr(getattr(policy, section), item.name)
            if old != new:
                out.append(f"{section}.{item.name}: {old:g} -> {new:g}")
    if base.model != policy.model:
        out.append(f"model: {'on' if policy.model.enabled else 'off'}, {len(policy.model.thresholds)} thresholds set")
    if base.custom != policy.custom:
        out.append(f"custom: {len(policy.custom)} rules (the default has {len(base.custom)})")
    old_replies = {(r.id, r.language): r for r in base.replies}
    new_replies = {(r.id, r.language): r for r in policy.replies}
    if old_replies != new_replies:
        kept = [key for key in new_replies if key in old_replies]
        added = ["/".join(key) for key in new_replies if key not in old_replies]
        removed = ["/".join(key) for key in old_replies if key not in new_replies]
        changed = ["/".join(key) for key in kept if new_replies[key] != old_replies[key]]
        parts = [f"{what} {_items(names)}" for what, names in (("added", added), ("removed", removed),
                                                                ("changed", changed)) if names]  # fmt: skip
        out.append(f"replies: {'; '.join(parts)}")
    return out


def _rule_text(rule: CategoryRule) -> str:
    return f"{rule.severity.label} {rule.decision.value}" + ("" if rule.enabled else " (disabled)")


def _set_change(old: set[str], new: set[str]) -> str:
    added, removed = sorted(new - old), sorted(old - new)
    parts = ([f"added {_items(added)}"] if added else []) + ([f"removed {_items(removed)}"] if removed else [])
    return "; ".join(parts)


def _items(names: list[str]) -> str:
    shown = ", ".join(_short(name) for name in names[:_SHOWN_ITEMS])
    return shown + (f" and {len(names) - _SHOWN_ITEMS} more" if len(names) > _SHOWN_ITEMS else "")


def _short(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def policy_warnings(policy: Policy) -> list[str]:
    """Valid but probably unintended settings."""
    out: list[str] = []
    harm = policy.rule("risk.self_harm")
    if not harm.enabled or harm.decision in (Decision.PASS, Decision.HIDE):
        out.append("risk.self_harm is not escalated: a viewer in crisis would not reach the producer")
    if not policy.crisis_guidance:
        out.append("no [crisis] guidance: moderators get no instructions beside self-harm findings")
    adverse = policy.rule("health.adverse_event")
    if not adverse.enabled or adverse.decision in (Decision.PASS, Decision.HIDE):
        what = "hidden" if adverse.enabled and adverse.decision is Decision.HIDE else "not escalated"
        out.append(
            f"health.adverse_event is {what}: the safety team needs the viewer's report "
            "(adverse-event messages are never auto-hidden; escalate them)"
        )
    for kind in ("safety", "crisis"):
        missing = sorted(
            {
                t.language
                for t in policy.replies
                if f"{kind}_line" in t.placeholders and not policy.contact_line(kind, t.language)
            }
        )
        if missing:
            out.append(
                f"a reply template in {', '.join(missing)} uses {{{kind}_line}} but [{kind}] line has none for it: "
                "it would be sent empty"
            )
    for category in ("privacy.ssn", "privacy.card", "privacy.mrn"):
        if policy.rule(category).decision is Decision.PASS:
            out.append(f"{category} passes: identifiers would stay on air")
    return out


def check_policy_main(path: str) -> int:
    """``castguard policy check FILE``: print a summary and return 0, or print the error and return 1."""
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(describe_policy(policy))
    changes = policy_changes(policy, load_policy())
    print()
    if changes:
        print("changes from the shipped default policy:")
        print("\n".join(f"  {line}" for line in changes))
    else:
        print("no changes from the shipped default policy")
    return 0


@dataclass(slots=True)
class PolicyWatcher:
    """Reloads a policy file when it changes; keeps the last good policy on errors."""

    path: Path
    policy: Policy
    mtime: float = field(default=0.0)

    def check(self) -> Policy | None:
        """Return a new policy if the file changed and is valid; raise PolicyError if it is invalid."""
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            return None
        if mtime == self.mtime:
            return None
        self.mtime = mtime
        new = load_policy(self.path)
        if new.version == self.policy.version:
            return None
        self.policy = new
        return new
