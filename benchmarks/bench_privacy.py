"""castguard's privacy filter against Microsoft Presidio on the same labelled chat, in one run.

    python benchmarks/bench_privacy.py                 # quality and speed, both tools
    python benchmarks/bench_privacy.py --no-presidio   # castguard only
    python benchmarks/bench_privacy.py --errors privacy.dob   # show castguard's misses and false alarms

Quality: span-level precision, recall and F1 per category on
benchmarks/data/privacy_eval.jsonl (regenerate it with make_privacy_corpus.py).
A prediction counts when it overlaps a labelled span of the same category.
"any PII" ignores the category: did the tool mark the sensitive text at all.

Speed: messages per second on one core (the process pins itself to one CPU
where the OS allows it and prints the machine), single thread, on (a) a realistic chat
stream (80% ordinary chat, 15% hard negatives, 5% lines carrying personal data)
and (b) the evaluation set itself, which is almost all personal data.

Presidio (``pip install -e .[bench]``) runs offline: its NLP engine is
``spacy.blank("en")``, so no model is downloaded and its pattern recognizers
(phone, e-mail, SSN, card, date, IP, IBAN, licence, passport, bank...) do the
work; the spaCy NER recognizer has no model and finds nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import machine, pin_to_one_cpu

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.filters.privacy import PrivacyFilter

DATA = Path(__file__).resolve().parent / "data" / "privacy_eval.jsonl"
CATEGORIES = [
    "phone",
    "email",
    "ssn",
    "card",
    "dob",
    "mrn",
    "member_id",
    "id_number",
    "address",
    "ip",
    "health_disclosure",
    "self_disclosure",
]
PRESIDIO_MAP = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "US_SSN": "ssn",
    "CREDIT_CARD": "card",
    "DATE_TIME": "dob",
    "IP_ADDRESS": "ip",
    "US_DRIVER_LICENSE": "id_number",
    "US_BANK_NUMBER": "id_number",
    "US_PASSPORT": "id_number",
    "US_ITIN": "id_number",
    "IBAN_CODE": "id_number",
    "MAC_ADDRESS": "id_number",
    "MEDICAL_LICENSE": "id_number",
}
Span = tuple[str, int, int]
Detector = Callable[[str], list[Span]]


def load_rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def castguard_detector() -> Detector:
    f = PrivacyFilter(load_policy())

    def detect(text: str) -> list[Span]:
        return [(h.category.removeprefix("privacy."), h.start, h.end) for h in f.hits(text)]

    return detect


def presidio_detector() -> tuple[Detector, str]:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from importlib.metadata import version

    import spacy
    import tldextract
    import tldextract.tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacyEngine(SpacyNlpEngine):
        """spaCy without a trained model: tokenisation only, nothing to download."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacyEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    # Presidio's e-mail check calls tldextract, which would fetch the public suffix list: use its bundled copy.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def detect(text: str) -> list[Span]:
        out: list[Span] = []
        for r in analyzer.analyze(text, language="en"):
            category = PRESIDIO_MAP.get(r.entity_type)
            if category is not None:
                out.append((category, r.start, r.end))
        return out

    return detect, version("presidio-analyzer")


def score(rows: Sequence[dict[str, object]], predictions: Sequence[list[Span]]) -> dict[str, tuple[int, int, int, int]]:
    """Per category: (true-positive predictions, predictions, gold spans found, gold spans)."""
    table: dict[str, list[int]] = {c: [0, 0, 0, 0] for c in [*CATEGORIES, "any PII"]}
    for row, predicted in zip(rows, predictions, strict=True):
        gold = [(str(c).removeprefix("privacy."), int(s), int(e)) for c, s, e in row["spans"]]  # type: ignore[union-attr]
        for category in [*CATEGORIES, "any PII"]:
            if category == "any PII":
                g = [(s, e) for c, s, e in gold if c != "self_disclosure"]
                p = [(s, e) for c, s, e in predicted if c != "self_disclosure"]
            else:
                g = [(s, e) for c, s, e in gold if c == category]
                p = [(s, e) for c, s, e in predicted if c == category]
            t = table[category]
            t[0] += sum(1 for ps, pe in p if any(ps < ge and gs < pe for gs, ge in g))
            t[1] += len(p)
            t[2] += sum(1 for gs, ge in g if any(ps < ge and gs < pe for ps, pe in p))
            t[3] += len(g)
    return {c: (t[0], t[1], t[2], t[3]) for c, t in table.items()}


def prf(tp: int, npred: int, found: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = found / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def chat_stream(rows: Sequence[dict[str, object]], size: int, seed: int = 7) -> list[str]:
    """80% ordinary chat, 15% hard negatives (numbers, mentions, health talk), 5% personal data; shuffled."""
    rng = random.Random(seed)
    chat = [str(r["text"]) for r in rows if r["group"] == "chat"]
    hard = [str(r["text"]) for r in rows if r["group"] == "hard_negative"]
    leaky = [str(r["text"]) for r in rows if r["spans"]]
    out = []
    for _ in range(size):
        x = rng.random()
        out.append(rng.choice(leaky) if x < 0.05 else rng.choice(hard) if x < 0.20 else rng.choice(chat))
    return out


def throughput(detect: Callable[[str], object], texts: Sequence[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            detect(text)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def p99_us(detect: Callable[[str], object], texts: Sequence[str]) -> float:
    times = []
    for text in texts:
        t0 = time.perf_counter_ns()
        detect(text)
        times.append(time.perf_counter_ns() - t0)
    return statistics.quantiles(times, n=100)[98] / 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-presidio", action="store_true", help="measure castguard only")
    parser.add_argument("--errors", metavar="CATEGORY", help="print castguard's misses and false alarms for CATEGORY")
    parser.add_argument("--stream", type=int, default=50_000, help="messages in the realistic chat stream")
    args = parser.parse_args(argv)
    pinned = pin_to_one_cpu()
    print(f"machine: {machine()}; {pinned}")

    rows = load_rows(args.data)
    texts = [str(r["text"]) for r in rows]
    filt = PrivacyFilter(load_policy())
    author = Author("bench", "bench")

    def scan_message(text: str) -> object:
        return filt.scan(ChatMessage("bench", "bench", "bench", "1", author, text, 0.0, 0.0))

    cg = castguard_detector()
    cg_pred = [cg(t) for t in texts]
    results = {"castguard": score(rows, cg_pred)}
    stream = chat_stream(rows, args.stream)
    speeds = {"castguard": (throughput(scan_message, stream, 3), throughput(scan_message, texts, 3))}
    cg_p99 = p99_us(scan_message, stream)
    version = ""
    if not args.no_presidio:
        try:
            pd, version = presidio_detector()
        except ImportError as exc:
            print(f"Presidio not installed ({exc}); install the bench extra or pass --no-presidio", file=sys.stderr)
            return 2
        results["presidio"] = score(rows, [pd(t) for t in texts])
        speeds["presidio"] = (throughput(pd, stream[:5000], 1), throughput(pd, texts, 1))

    if args.errors:
        want = args.errors.removeprefix("privacy.")
        for row, predicted in zip(rows, cg_pred, strict=True):
            gold = sorted((str(c).removeprefix("privacy."), s, e) for c, s, e in row["spans"])  # type: ignore[union-attr]
            g = [(s, e) for c, s, e in gold if c == want]
            p = [(s, e) for c, s, e in predicted if c == want]
            missed = [row["text"][s:e] for s, e in g if not any(ps < e and s < pe for ps, pe in p)]  # type: ignore[index]
            false = [row["text"][s:e] for s, e in p if not any(gs < e and s < ge for gs, ge in g)]  # type: ignore[index]
            if missed or false:
                print(f"{'MISS' if missed else 'FALSE'}: {row['text']!r} missed={missed} false={false}")
        return 0

    tools = list(results)
    n_gold = sum(1 for r in rows if r["spans"])
    print(f"{len(rows)} labelled lines ({n_gold} with personal data), span-level, overlap match")
    print()
    header = "| category | " + " | ".join(f"{t} P | {t} R | {t} F1" for t in tools) + " | spans |"
    print(header)
    print("|" + "---|" * (2 + 3 * len(tools)))
    for category in [*CATEGORIES, "any PII"]:
        cells = []
        for tool in tools:
            tp, npred, found, ngold = results[tool][category]
            if tool == "presidio" and npred == 0 and category not in PRESIDIO_MAP.values():
                cells.append("– | – | –")
                continue
            p, r, f = prf(tp, npred, found, ngold)
            cells.append(f"{p:.3f} | {r:.3f} | **{f:.3f}**" if tool == "castguard" else f"{p:.3f} | {r:.3f} | {f:.3f}")
        print(f"| {category} | " + " | ".join(cells) + f" | {results['castguard'][category][3]} |")
    print()
    print("| messages/s (one core) | " + " | ".join(tools) + " |")
    print("|---|" + "---|" * len(tools))
    print(
        f"| realistic chat ({len(stream)} msgs: 80% chat, 15% hard negatives, 5% personal data) | "
        + " | ".join(f"{speeds[t][0]:,.0f}" for t in tools)
        + " |"
    )
    print(
        "| evaluation set (all lines, mostly personal data) | "
        + " | ".join(f"{speeds[t][1]:,.0f}" for t in tools)
        + " |"
    )
    print()
    print(f"castguard p99 latency on the chat stream: {cg_p99:.1f} µs per message")
    if version:
        print(f"Presidio {version}, pattern recognizers on spacy.blank('en'), default score threshold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
