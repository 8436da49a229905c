"""Detection quality on text castguard's rules were never written for, in one run.

    python benchmarks/bench_detection.py                  # everything that is available
    python benchmarks/bench_detection.py --split test     # only the frozen test split
    python benchmarks/bench_detection.py --errors risk.threat --split dev   # misses and false flags

What it measures:

1. **Independent labelled lines** in ``benchmarks/data/detection/SPLIT/WRITER/*.jsonl`` (SPLIT: dev, train, test,
   holdout, holdout2 ... holdout8), written by writers who were shown only the category definitions, never
   the rules (one writer's lines all in one split).
   The test and holdout splits are frozen: each one's SHA-256 manifest (``SPLIT/MANIFEST.sha256``) is checked
   before anything is scored, and each split's figures are printed apart. The holdout split was written after
   the test split's figures had been read during tuning, so that one set stays unseen until a round is done;
   ``holdout2`` to ``holdout8`` (two more writers each) were each frozen at the start of a later
   round, before any of its tuning.
   Message-level precision, recall and F1 per category (a line counts as flagged for a category when any
   finding of that category is raised); look-alikes (negation, quotes, idioms, debunking...) left clean,
   grouped by family; span-level recall and precision for the privacy lines (a prediction counts when it
   overlaps a labelled span of the same category), addresses and phone numbers per country.
2. **Real published text** for false-flag rates: Debian's ``fortunes``, ``fortunes-es`` and ``fortunes-ru``
   (``apt-get install fortunes fortunes-es fortunes-ru``) and PyPI's ``chatterbot-corpus``
   (``pip install -e .[bench]``), read where they are installed, never vendored. The share of lines with a risk
   flag, with a profanity flag, and a sample of what was flagged for review.
3. **Phone numbers of every region** phonenumbers knows (its example numbers, fixed line and mobile) written in
   national, international and E.164 format inside a chat line ("my number is ... text me after the show"), and
   in national format with no phone word around it: recall per format, and Microsoft Presidio's on the same
   lines when it is installed (``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import machine

from castguard.core.model import Author, ChatMessage, Finding, Severity
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline

DATA = Path(__file__).resolve().parent / "data" / "detection"
#: Splits whose lines must never be tuned on: scored only when their manifest matches.
FROZEN = ("test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8")
#: The files of profanity lines (label ``profanity``), scored apart from the risk categories.
PROFANITY_SOURCE = "profanity"
#: Message-level categories scored on the risk lines (a category the filters do not raise yet scores recall 0).
RISK_CATEGORIES = (
    "risk.threat",
    "risk.self_harm",
    "risk.medical_claim",
    "risk.legal",
    "risk.advice_request",
    "risk.harassment",
    "spam.scam",
    "health.adverse_event",
)
#: The category a look-alike file resembles (a look-alike there must not raise it).
FILE_CATEGORY = {
    "threat": "risk.threat",
    "self_harm": "risk.self_harm",
    "medical_claim": "risk.medical_claim",
    "legal": "risk.legal",
    "advice_request": "risk.advice_request",
    "harassment": "risk.harassment",
    "scam": "spam.scam",
    "adverse_event": "health.adverse_event",
}
#: Look-alike families grouped into the speech acts the detection issue names.
SPEECH_ACTS = {
    "negation": ("negat", "never", "denial"),
    "question": ("question", "asking", "asks"),
    "quotation": ("quot", "report", "reported", "relay"),
    "idiom/hyperbole": ("idiom", "hyperbole", "slang", "figurative", "exaggerat", "joke", "humou?r"),
    "debunking": ("debunk", "myth", "skeptic", "sceptic", "correct"),
    "generic": ("generic", "third person", "third-person", "general"),
    "hypothetical": ("hypothet", "conditional", "if "),
}
FORTUNES = Path("/usr/share/games/fortunes")
# Lines of at least this many letters count as a line of text (fortune files also hold attributions and rules).
_MIN_LETTERS = 12


@dataclass(slots=True)
class Row:
    """One labelled line."""

    text: str
    lang: str
    labels: set[str]
    kind: str
    family: str
    writer: str
    source: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    country: str = ""


def manifest_lines(root: Path) -> list[str]:
    """``sha256  relative/path`` for every data file below ``root``, sorted."""
    out = []
    for path in sorted(root.rglob("*.jsonl")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return out


def check_frozen(split: str) -> str:
    """Compare a frozen split with its manifest; the message says whether it is intact."""
    manifest = DATA / split / "MANIFEST.sha256"
    if not manifest.exists():
        return f"{split} split: no manifest (not frozen)"
    expected = [line for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    actual = manifest_lines(manifest.parent)
    if expected != actual:
        raise SystemExit(f"the frozen {split} split differs from {split}/MANIFEST.sha256: refusing to score it")
    return f"{split} split: frozen, {len(actual)} files match {split}/MANIFEST.sha256"


def load_split(split: str) -> list[Row]:
    """Every labelled line of one split."""
    rows: list[Row] = []
    root = DATA / split
    for path in sorted(root.glob("*/*.jsonl")):
        writer = path.parent.name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            text = raw["text"]
            spans = []
            for entity in raw.get("entities", ()):
                start = text.find(entity["text"])
                if start < 0:
                    raise SystemExit(f"{path}:{number}: entity {entity['text']!r} is not in the text")
                spans.append((entity["category"], start, start + len(entity["text"])))
            labels = set(raw.get("labels", ())) | {category for category, _, _ in spans}
            rows.append(
                Row(
                    text,
                    raw.get("lang", ""),
                    labels,
                    raw.get("kind", ""),
                    raw.get("family", ""),
                    writer,
                    path.stem,
                    spans,
                    raw.get("country", ""),
                )
            )
    return rows


def message(text: str, i: int) -> ChatMessage:
    """Each line from its own viewer, a minute apart, so crowd and repeat detection stay out of the way."""
    at = 1_000_000.0 + 60.0 * i
    author = f"viewer{i}"
    return ChatMessage("bench", "demo", "bench", str(i), Author(author, author), text, at, at)


def detect(pipeline: Pipeline, texts: Iterable[str]) -> list[list[Finding]]:
    """Findings for each text, judged one at a time as a live session would."""
    return [pipeline.findings(message(text, i)) for i, text in enumerate(texts)]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 where nothing was there to get wrong)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def speech_act(family: str) -> str:
    """The speech act a look-alike family belongs to, or ``other``."""
    lower = family.lower()
    for act, needles in SPEECH_ACTS.items():
        if any(re.search(needle, lower) for needle in needles):
            return act
    return "other"


def report_risk(rows: list[Row], found: list[list[Finding]], errors: str | None) -> None:
    """Message-level figures per category, per language, and look-alikes left clean."""
    risk_rows = [
        (row, fs)
        for row, fs in zip(rows, found, strict=True)
        if not row.spans and row.source not in ("ids", PROFANITY_SOURCE)
    ]
    print(f"  {'category':22} {'P':>6} {'R':>6} {'F1':>6}   {'pos':>4}  recall en / es / ru")
    for category in RISK_CATEGORIES:
        tp = fp = fn = 0
        by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row, fs in risk_rows:
            predicted = any(f.category == category for f in fs)
            truth = category in row.labels
            tp += predicted and truth
            fp += predicted and not truth
            fn += truth and not predicted
            if truth:
                by_lang[row.lang][0] += predicted
                by_lang[row.lang][1] += 1
        p, r, f1 = prf(tp, fp, fn)
        langs = " / ".join(
            f"{by_lang[lang][0] / by_lang[lang][1]:.2f}" if by_lang[lang][1] else "  – " for lang in ("en", "es", "ru")
        )
        print(f"  {category:22} {p:6.2f} {r:6.2f} {f1:6.2f}   {tp + fn:4}  {langs}")
    clean: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, fs in risk_rows:
        if row.kind != "lookalike":
            continue
        resembled = FILE_CATEGORY.get(row.source)
        wrong = {f.category for f in fs if f.category.startswith(("risk.", "spam.scam", "health."))} - row.labels
        for act in (speech_act(row.family), "all"):
            clean[act][0] += not wrong
            clean[act][1] += 1
        if resembled:
            clean[f"  of {resembled}"][0] += resembled not in wrong
            clean[f"  of {resembled}"][1] += 1
    print("  look-alikes left clean (no risk, scam or adverse-event flag they do not carry):")
    for act in sorted(clean, key=lambda a: (a.startswith(" "), a != "all", a)):
        ok, n = clean[act]
        print(f"    {act:32} {ok / n:6.2f}  ({ok}/{n})")
    if errors:
        show_errors(risk_rows, errors)


def report_profanity(rows: list[Row], found: list[list[Finding]], errors: str | None, families: bool = True) -> None:
    """Message-level profanity on the profanity files (positives and look-alikes), per language and family.

    A line counts as flagged when the profanity filter raises anything on it (mild words are raised at ``info``);
    the figures for ``warn`` findings alone follow. Lines of the other files carry no profanity label (their writers
    were not asked about it): the share of them flagged is printed for review, not scored.
    """
    pairs = [(row, fs) for row, fs in zip(rows, found, strict=True) if row.source == PROFANITY_SOURCE]
    if not pairs:
        return
    print(f"  {'profanity (messages)':22} {'P':>6} {'R':>6} {'F1':>6}   {'pos':>4}  {'look':>4}  P / R with warn only")
    for lang in ("en", "es", "ru", "all"):
        chosen = [(row, fs) for row, fs in pairs if lang in ("all", row.lang)]
        if not chosen:
            continue
        cells = []
        for severe in (False, True):
            tp = fp = fn = 0
            for row, fs in chosen:
                predicted = any(f.category == "profanity" and (not severe or f.severity >= Severity.WARN) for f in fs)
                truth = "profanity" in row.labels
                tp += predicted and truth
                fp += predicted and not truth
                fn += truth and not predicted
            cells.append(prf(tp, fp, fn))
        positives = sum("profanity" in row.labels for row, _ in chosen)
        (p, r, f1), (wp, wr, _) = cells
        print(
            f"  {lang:22} {p:6.2f} {r:6.2f} {f1:6.2f}   {positives:4}  {len(chosen) - positives:4}  {wp:.2f} / {wr:.2f}"
        )
    clean: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, fs in pairs:
        if "profanity" not in row.labels:
            family = re.sub(r"\s*\[\w+\]$", "", row.family) or "?"
            clean[family][0] += not any(f.category == "profanity" for f in fs)
            clean[family][1] += 1
    if clean and not families:
        ok, n = sum(v[0] for v in clean.values()), sum(v[1] for v in clean.values())
        print(f"  profanity look-alikes left clean: {ok / n:.2f} ({ok}/{n})")
    elif clean:
        print("  profanity look-alikes left clean, by family:")
        for family, (ok, n) in sorted(clean.items(), key=lambda item: (item[1][0] / item[1][1], item[0])):
            print(f"    {family[:50]:50} {ok / n:6.2f}  ({ok}/{n})")
    others = [
        (row, fs)
        for row, fs in zip(rows, found, strict=True)
        if row.source != PROFANITY_SOURCE and not row.spans and "profanity" not in row.labels
    ]
    if others:
        flagged = sum(any(f.category == "profanity" for f in fs) for _, fs in others)
        print(f"  other files' lines (no profanity label) with a profanity flag: {flagged}/{len(others)}")
    if errors == "profanity":
        show_errors(pairs, "profanity")


def show_errors(rows: list[tuple[Row, list[Finding]]], category: str) -> None:
    """Every miss and false flag of one category."""
    print(f"\n  misses and false flags of {category}:")
    for row, fs in rows:
        predicted = any(f.category == category for f in fs)
        truth = category in row.labels
        if predicted != truth:
            tag = "MISS " if truth else "FALSE"
            print(f"    {tag} [{row.writer} {row.lang} {row.family}] {row.text}")


def report_privacy(rows: list[Row], found: list[list[Finding]], errors: str | None) -> None:
    """Span-level figures per privacy category (addresses per country too), on the privacy lines."""
    sources = ("addresses", "health", "ids", "phones")
    pairs = [(row, fs) for row, fs in zip(rows, found, strict=True) if row.source in sources]
    if not pairs:
        return
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_country: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    implied = {"addresses": "privacy.address", "health": "privacy.health_disclosure", "phones": "privacy.phone"}
    for row, fs in pairs:
        categories = {c for c, _, _ in row.spans}
        if row.source in implied:
            categories.add(implied[row.source])
        for category in categories:
            gold = [(s, e) for c, s, e in row.spans if c == category]
            predicted = [(f.start, f.end) for f in fs if f.category == category]
            tp = sum(any(s < pe and ps < e for ps, pe in predicted) for s, e in gold)
            fp = sum(not any(s < pe and ps < e for s, e in gold) for ps, pe in predicted)
            counts[category][0] += tp
            counts[category][1] += fp
            counts[category][2] += len(gold) - tp
            if category in ("privacy.address", "privacy.phone"):
                for slot, value in enumerate((tp, fp, len(gold) - tp)):
                    per_country[category][row.country or "?"][slot] += value
            if errors == category and (fp or len(gold) > tp):
                wanted = [row.text[s:e] for s, e in gold]
                shown = [row.text[s:e] for s, e in predicted]
                print(f"    {row.country or row.lang} gold={wanted} found={shown}  {row.text}")
    print(f"  {'category (spans)':26} {'P':>6} {'R':>6} {'F1':>6}  {'gold':>5}")
    for category in sorted(counts):
        tp, fp, fn = counts[category]
        p, r, f1 = prf(tp, fp, fn)
        print(f"  {category:26} {p:6.2f} {r:6.2f} {f1:6.2f}  {tp + fn:5}")
    for category, countries in sorted(per_country.items()):
        cells = [f"{country} {prf(*countries[country])[2]:.2f}" for country in sorted(countries)]
        print(f"  {category.removeprefix('privacy.')} F1 by country: " + ", ".join(cells))


# ------------------------------------------------------------------------------------------------ real text
def fortune_lines(name: str) -> Iterator[str]:
    """Lines of text from an installed fortune file set (one fortune may span several lines: each is a line)."""
    roots = {"en": [FORTUNES], "es": [FORTUNES / "es"], "ru": [FORTUNES / "ru"]}[name]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.iterdir()):
            if path.is_dir() or path.suffix in (".dat", ".u8") or path.is_symlink() or "off" in path.parts:
                continue
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for line in text.splitlines():
                line = line.strip()
                if line != "%" and sum(ch.isalpha() for ch in line) >= _MIN_LETTERS:
                    yield line


def chatterbot_lines(language: str) -> Iterator[str]:
    """Dialogue lines of chatterbot-corpus in one language, when the package is installed."""
    try:
        import chatterbot_corpus  # type: ignore[import-not-found]
    except ImportError:
        return
    root = Path(chatterbot_corpus.__file__).parent / "data" / language
    for path in sorted(root.glob("*.yml")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            stripped = line.strip()
            if stripped.startswith("- "):
                text = stripped.lstrip("- ").strip().strip("'\"")
                if sum(ch.isalpha() for ch in text) >= 4 and not text.startswith(("categories", "conversations")):
                    yield text


def trained_on(line: str) -> bool:
    """True for a published line in the half of its source the risk model is trained on (a line no category may
    flag: ``benchmarks/train_risk_model.py``); the other half, never trained on, is where the model's
    published-text budget is measured and its held-out shares are reported. The halves are cut by a hash of the
    line (the same line always falls in the same half, wherever it is installed)."""
    return hashlib.sha256(line.encode("utf-8")).digest()[0] & 1 == 0


#: Profanity flags on published text reviewed line by line: (source, SHA-256 of the line) -> verdict.
REVIEWED = Path(__file__).resolve().parent / "data" / "profanity_reviewed.tsv"


def reviewed_verdicts() -> dict[tuple[str, str], str]:
    """The reviewed verdicts ("real" or "innocent") of profanity flags on published text."""
    verdicts: dict[tuple[str, str], str] = {}
    if REVIEWED.exists():
        for line in REVIEWED.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                source, digest, verdict, *_ = line.split("\t")
                verdicts[(source, digest)] = verdict
    return verdicts


def line_digest(line: str) -> str:
    """The key of a published line in the reviewed list."""
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


def report_real(pipeline: Pipeline, sample: int) -> None:
    """False-flag shares on published text.

    ``risk held out`` is the risk share on the half of each source the risk model was never trained on
    (:func:`trained_on`): the other half trains it as lines to leave clean, so only this half measures it.
    Profanity is shown three ways: every flag (``profanity``), the flags reviewed as innocent (``innocent``: the
    false-flag share) and those reviewed as real swearing (``real``); a flag on a line not yet reviewed is counted
    apart (``new``) and printed, to be reviewed and added to ``data/profanity_reviewed.tsv``.
    """
    sources = [
        ("fortunes (en)", list(fortune_lines("en"))),
        ("fortunes-es", list(fortune_lines("es"))),
        ("fortunes-ru", list(fortune_lines("ru"))),
        ("chatterbot-corpus en", list(chatterbot_lines("english"))),
        ("chatterbot-corpus es", list(chatterbot_lines("spanish"))),
        ("chatterbot-corpus ru", list(chatterbot_lines("russian"))),
    ]
    verdicts = reviewed_verdicts()
    print(
        f"  {'source':22} {'lines':>7} {'risk':>8} {'risk held out':>14} {'profanity':>10} {'innocent':>9}"
        f" {'real':>8} {'new':>4} {'privacy':>8}"
    )
    flagged_samples: list[str] = []
    profanity_samples: list[str] = []
    for name, lines in sources:
        if not lines:
            print(f"  {name:22} not installed")
            continue
        found = detect(pipeline, lines)
        risk = [
            (line, fs)
            for line, fs in zip(lines, found, strict=True)
            if any(f.category.startswith(("risk.", "spam.scam", "health.")) for f in fs)
        ]
        profane = [
            (line, fs) for line, fs in zip(lines, found, strict=True) if any(f.category == "profanity" for f in fs)
        ]
        judged = Counter(verdicts.get((name, line_digest(line)), "new") for line, _ in profane)
        priv = sum(any(f.category.startswith("privacy.") for f in fs) for fs in found)
        n = len(lines)
        held = sum(not trained_on(line) for line in lines)
        held_risk = sum(not trained_on(line) for line, _ in risk)
        print(
            f"  {name:22} {n:7} {len(risk) / n:8.3%} {held_risk / max(1, held):14.3%} {len(profane) / n:10.3%}"
            f" {judged['innocent'] / n:9.3%}"
            f" {judged['real'] / n:8.3%} {judged['new']:4} {priv / n:8.3%}"
        )
        for line, fs in risk[:sample]:
            categories = ",".join(sorted({f.category for f in fs if not f.category.startswith("privacy.")}))
            half = "trained on" if trained_on(line) else "held out"
            flagged_samples.append(f"    [{name}, {half}] {categories}: {line[:140]}")
        shown = 0
        for line, fs in profane:
            verdict = verdicts.get((name, line_digest(line)), "new")
            if verdict != "real" and shown < sample:
                shown += 1
                spans = ", ".join(line[f.start : f.end] for f in fs if f.category == "profanity")
                profanity_samples.append(f"    [{name}] {verdict} {line_digest(line)[:12]} ({spans}): {line[:120]}")
    if flagged_samples:
        print("  risk flags on published text (for review):")
        print("\n".join(flagged_samples))
    if profanity_samples:
        print("  profanity flags reviewed as innocent, and new ones to review:")
        print("\n".join(profanity_samples))


# ------------------------------------------------------------------------------------------------ phones
def phone_lines() -> list[tuple[str, str, str, tuple[int, int]]]:
    """(format, region, line, span) for the example numbers of every region."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    formats = {
        "national": PhoneNumberFormat.NATIONAL,
        "international": PhoneNumberFormat.INTERNATIONAL,
        "e164": PhoneNumberFormat.E164,
    }
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            for name, fmt in formats.items():
                written = phonenumbers.format_number(number, fmt)
                line = f"my number is {written} text me after the show"
                start = line.index(written)
                out.append((name, region, line, (start, start + len(written))))
                if name == "national":
                    # The same number with no phone word around it: only the policy's regions can read it.
                    line = f"see you all after the show {written} ok"
                    start = line.index(written)
                    out.append(("national, no phone word", region, line, (start, start + len(written))))
    return out


def report_phones(pipeline: Pipeline, peers: bool) -> None:
    """Recall of phone numbers per written format, castguard and Presidio on the same lines."""
    rows = phone_lines()
    found = detect(pipeline, [line for _, _, line, _ in rows])
    presidio = presidio_phones([line for _, _, line, _ in rows]) if peers else None
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for index, ((fmt, _, _, (s, e)), fs) in enumerate(zip(rows, found, strict=True)):
        hits[fmt][0] += any(f.category == "privacy.phone" and f.start < e and s < f.end for f in fs)
        hits[fmt][1] += 1
        if presidio is not None:
            hits[fmt][2] += any(ps < e and s < pe for ps, pe in presidio[index])
    regions = len({region for _, region, _, _ in rows})
    header = "  Presidio" if presidio is not None else ""
    print(f"  {regions} regions, fixed line and mobile example numbers")
    print(f"  {'format':24} {'lines':>6} {'castguard':>10}{header}")
    for fmt, (ok, n, peer) in hits.items():
        extra = f"  {peer / n:8.2f}" if presidio is not None else ""
        print(f"  {fmt:24} {n:6} {ok / n:10.2f}{extra}")


def presidio_phones(lines: list[str]) -> list[list[tuple[int, int]]] | None:
    """Presidio's phone spans per line (offline: a blank spaCy pipeline), or None when not installed."""
    try:
        import logging

        import spacy
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError:
        return None
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    class _Blank(SpacyNlpEngine):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank"}])
            self.nlp = {"en": spacy.blank("en")}

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = AnalyzerEngine(nlp_engine=_Blank(), supported_languages=["en"])
    return [
        [(r.start, r.end) for r in engine.analyze(line, language="en", entities=["PHONE_NUMBER"])] for line in lines
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--split",
        choices=("dev", "train", *FROZEN, "both", "all"),
        default="both",
        help="both: dev and test; train: the lines the risk model is trained on",
    )
    parser.add_argument("--errors", metavar="CATEGORY", help="print the misses and false flags of one category")
    parser.add_argument("--no-real", action="store_true", help="skip the published-text false-flag rates")
    parser.add_argument("--no-phones", action="store_true", help="skip the phone numbers of every region")
    parser.add_argument("--no-peers", action="store_true", help="skip Presidio")
    parser.add_argument(
        "--model",
        choices=("policy", "on", "off"),
        default="policy",
        help="the statistical risk model as the default policy has it, or forced on or off",
    )
    parser.add_argument("--sample", type=int, default=8, help="flagged published lines shown per source")
    parser.add_argument(
        "--writers",
        metavar="W1,W2",
        help="only these writers' lines (e.g. T9,T10 of the train split): figures for a group whose misses were "
        "never read tell whether a change transfers",
    )
    parser.add_argument(
        "--freeze", choices=FROZEN, metavar="SPLIT", help="write a split's manifest (once, before any tuning)"
    )
    args = parser.parse_args(argv)
    if args.errors and args.split in (*FROZEN, "both", "all"):
        parser.error("--errors prints lines: only for the dev or train split (the frozen splits give aggregates only)")

    if args.freeze:
        manifest = DATA / args.freeze / "MANIFEST.sha256"
        manifest.write_text("\n".join(manifest_lines(manifest.parent)) + "\n", encoding="utf-8")
        print(f"wrote {manifest}")
        return 0
    print(f"machine: {machine()}")
    policy = load_policy()
    if args.model != "policy":
        policy = dataclasses.replace(policy, model=dataclasses.replace(policy.model, enabled=args.model == "on"))
    print(f"risk model: {'on' if policy.model.enabled else 'off'}")
    pipeline = Pipeline(policy)
    splits = {"both": ("dev", "test"), "all": ("dev", *FROZEN)}.get(args.split, (args.split,))
    if args.errors and any(split in FROZEN for split in splits):
        parser.error("--errors prints lines: only with --split dev (a frozen split is scored, never read)")
    for split in splits:
        if split in FROZEN:
            print(check_frozen(split))
        rows = load_split(split)
        if args.writers:
            chosen = set(args.writers.split(","))
            rows = [row for row in rows if row.writer in chosen]
        if not rows:
            print(f"\n== {split} split: no data")
            continue
        writers = Counter(row.writer for row in rows)
        started = time.perf_counter()
        found = detect(pipeline, [row.text for row in rows])
        elapsed = time.perf_counter() - started
        print(
            f"\n== {split} split: {len(rows)} lines from writers {', '.join(sorted(writers))} "
            f"({len(rows) / elapsed:,.0f} lines/s judged one at a time)"
        )
        risk_errors = args.errors if args.errors and not args.errors.startswith(("privacy.", "profanity")) else None
        report_risk(rows, found, risk_errors)
        # A frozen split's family names are its writers' words: only the aggregate is printed.
        report_profanity(rows, found, args.errors, families=split not in FROZEN)
        report_privacy(rows, found, args.errors if args.errors and args.errors.startswith("privacy.") else None)
    if not args.no_real:
        print("\n== published text (false flags)")
        report_real(pipeline, args.sample)
    if not args.no_phones:
        print("\n== phone numbers of every region")
        report_phones(pipeline, not args.no_peers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
