"""The moderation policy: what each category means for this broadcast.

A policy is a TOML file (see ``castguard/default_policy.toml`` for the shipped
healthcare default, documented field by field). It maps categories to a
severity and an automatic decision, and carries allow-lists, custom terms,
trusted authors and the crisis guidance shown with self-harm findings.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from castguard.model import CATEGORIES, Decision, Severity


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """Severity and automatic decision for one category."""

    severity: Severity
    decision: Decision
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class CustomRule:
    """A brand-specific term or regular expression."""

    pattern: re.Pattern[str]
    category: str
    severity: Severity
    decision: Decision
    label: str


@dataclass(frozen=True, slots=True)
class Policy:
    """A loaded, validated policy. Immutable: reloading builds a new one."""

    name: str
    categories: dict[str, CategoryRule]
    """Per-category rules; categories not listed use :data:`FALLBACK_RULE`."""
    allow_terms: frozenset[str] = frozenset()
    """Words never reported as profanity or custom terms (lower-case)."""
    allow_domains: frozenset[str] = frozenset()
    """Domains (and their subdomains) allowed in links and e-mail addresses."""
    allow_phones: frozenset[str] = frozenset()
    """Phone numbers that are public (the clinic's own line), as E.164 digits."""
    allow_emails: frozenset[str] = frozenset()
    """Exact e-mail addresses that are public."""
    trusted_authors: frozenset[str] = frozenset()
    """Author ids or names (lower-case) whose messages are never held or hidden automatically."""
    trusted_roles: frozenset[str] = frozenset({"broadcaster", "moderator", "owner", "staff"})
    """Platform roles treated as trusted."""
    custom: tuple[CustomRule, ...] = ()
    crisis_guidance: str = ""
    """Text the desk shows beside self-harm findings."""
    sentiment_alert: float = 0.6
    """Share of negative messages in the window that raises the producer's alert."""
    default_region: str = "US"
    """Region used to read phone numbers written without a country code."""
    version: str = ""
    """Content hash of the source text: recordings store which policy judged each message."""
    source_text: str = ""

    def rule(self, category: str) -> CategoryRule:
        """The rule for ``category``, falling back on its family (``privacy``) then the default."""
        found = self.categories.get(category)
        if found is None:
            found = self.categories.get(category.split(".", 1)[0], FALLBACK_RULE)
        return found

    def is_trusted(self, author_id: str, author_name: str, roles: frozenset[str]) -> bool:
        """True for staff, moderators and listed accounts."""
        return (
            author_id.lower() in self.trusted_authors
            or author_name.lower() in self.trusted_authors
            or not roles.isdisjoint(self.trusted_roles)
        )


FALLBACK_RULE = CategoryRule(Severity.WARN, Decision.FLAG)


def _line_of(text: str, needle: str) -> int:
    """1-based line where ``needle`` first appears (0 when absent)."""
    pos = text.find(needle)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 0


def _where(origin: str, text: str, needle: str) -> str:
    line = _line_of(text, needle)
    return f"{origin}:{line}" if line else origin


def parse_policy(text: str, origin: str = "<policy>") -> Policy:
    """Parse and validate policy TOML; raise :class:`PolicyError` naming the line at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{origin}: invalid TOML: {exc}") from None

    def fail(needle: str, message: str) -> PolicyError:
        return PolicyError(f"{_where(origin, text, needle)}: {message}")

    known_top = {"name", "categories", "allow", "trusted", "custom", "crisis", "sentiment", "region"}
    for key in data:
        if key not in known_top:
            raise fail(key, f"unknown section or key {key!r} (known: {', '.join(sorted(known_top))})")

    categories: dict[str, CategoryRule] = {}
    raw_categories = data.get("categories", {})
    if not isinstance(raw_categories, dict):
        raise fail("categories", "[categories] must be a table")
    families = {c.split(".", 1)[0] for c in CATEGORIES}
    for name, spec in raw_categories.items():
        if name not in CATEGORIES and name not in families:
            raise fail(name, f"unknown category {name!r}")
        if not isinstance(spec, dict):
            raise fail(name, f"category {name!r} must be a table like {{ severity = \"warn\", decision = \"flag\" }}")
        unknown = set(spec) - {"severity", "decision", "enabled"}
        if unknown:
            raise fail(name, f"category {name!r}: unknown field(s) {', '.join(sorted(unknown))}")
        try:
            severity = Severity.parse(str(spec.get("severity", "warn")))
            decision = Decision(str(spec.get("decision", "flag")))
        except ValueError as exc:
            raise fail(name, f"category {name!r}: {exc}") from None
        enabled = spec.get("enabled", True)
        if not isinstance(enabled, bool):
            raise fail(name, f"category {name!r}: enabled must be true or false")
        categories[name] = CategoryRule(severity, decision, enabled)

    allow = _table(data, "allow", fail)
    trusted = _table(data, "trusted", fail)
    crisis = _table(data, "crisis", fail)
    sentiment = _table(data, "sentiment", fail)

    custom: list[CustomRule] = []
    raw_custom = data.get("custom", [])
    if not isinstance(raw_custom, list):
        raise fail("custom", "[[custom]] entries must be an array of tables")
    for entry in raw_custom:
        if not isinstance(entry, dict):
            raise fail("custom", "each [[custom]] entry must be a table")
        label = str(entry.get("term") or entry.get("regex") or "")
        category = str(entry.get("category", "custom"))
        if category not in CATEGORIES:
            raise fail(label or "custom", f"custom rule {label!r}: unknown category {category!r}")
        try:
            if "regex" in entry:
                pattern = re.compile(str(entry["regex"]), re.IGNORECASE)
            elif "term" in entry:
                pattern = re.compile(r"(?<!\w)" + re.escape(str(entry["term"])) + r"(?!\w)", re.IGNORECASE)
            else:
                raise fail("custom", "each [[custom]] entry needs a term or a regex")
            severity = Severity.parse(str(entry.get("severity", "warn")))
            decision = Decision(str(entry.get("decision", "flag")))
        except re.error as exc:
            raise fail(label, f"custom rule {label!r}: invalid regex: {exc}") from None
        except ValueError as exc:
            if isinstance(exc, PolicyError):
                raise
            raise fail(label, f"custom rule {label!r}: {exc}") from None
        custom.append(CustomRule(pattern, category, severity, decision, label))

    threshold = sentiment.get("alert_share", 0.6)
    if not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise fail("alert_share", "sentiment.alert_share must be a number in (0, 1]")

    return Policy(
        name=str(data.get("name", Path(origin).stem)),
        categories=categories,
        allow_terms=_lower_set(allow.get("terms", []), "terms", fail),
        allow_domains=_lower_set(allow.get("domains", []), "domains", fail),
        allow_phones=frozenset(_digits(p) for p in _str_list(allow.get("phones", []), "phones", fail)),
        allow_emails=_lower_set(allow.get("emails", []), "emails", fail),
        trusted_authors=_lower_set(trusted.get("authors", []), "authors", fail),
        trusted_roles=_lower_set(trusted.get("roles", ["broadcaster", "moderator", "owner", "staff"]), "roles", fail),
        custom=tuple(custom),
        crisis_guidance=str(crisis.get("guidance", "")),
        sentiment_alert=float(threshold),
        default_region=str(data.get("region", "US")).upper(),
        version=hashlib.sha256(text.encode()).hexdigest()[:12],
        source_text=text,
    )


def _table(data: dict[str, Any], key: str, fail: Any) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise fail(key, f"[{key}] must be a table")
    return value


def _str_list(value: Any, key: str, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(key, f"{key} must be a list of strings")
    return value


def _lower_set(value: Any, key: str, fail: Any) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in _str_list(value, key, fail))


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def default_policy_text() -> str:
    """The shipped healthcare default policy (TOML)."""
    return resources.files("castguard").joinpath("default_policy.toml").read_text(encoding="utf-8")


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy file, or the shipped default when ``path`` is ``None``."""
    if path is None:
        return parse_policy(default_policy_text(), "default_policy.toml")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{p}: policy is not UTF-8 text") from None
    return parse_policy(text, str(p))


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
