"""Adverse-event cases exported with field names aligned to ICH E2B(R3) data elements.

One safety report per case. The names are E2B(R3)'s element numbers (``C.1.1`` sender's safety
report unique identifier, ``C.1.4`` date report was first received from source, ``C.2.r`` primary
source (reporter), ``D.1`` patient, ``E.i.1.1a`` reaction as reported, ``G.k.2.2`` medicinal product
as reported, ``H.1`` case narrative, ``C.1.10.r`` identification number of a linked report); what E2B
has no element for (platform, deadline, status) is under ``castguard``. This is an intake export
for a safety database, not an ICH ICSR XML message: the safety team completes and submits it.

JSON, CSV and XML are built from the same records (:func:`records`); hostile text is made safe for
each (XML: characters XML 1.0 cannot hold are dropped and markup escaped by the serializer; CSV: a
cell that a spreadsheet would run as a formula is quoted as text).
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
import xml.etree.ElementTree as ET
from typing import Any

from castguard.session.aecases import AdverseCase, CaseStatus

FORMATS = ("json", "csv", "xml")

#: E2B(R3) C.1.3 type of report: 1 = spontaneous report.
SPONTANEOUS = "1"
#: E2B(R3) C.2.r.4 qualification: 5 = consumer or other non health professional.
CONSUMER = "5"
#: E2B(R3) G.k.1 characterisation of drug role: 1 = suspect.
SUSPECT = "1"

#: The flat (CSV) columns, in order: E2B element number, then what it holds.
COLUMNS: dict[str, str] = {
    "C.1.1": "sender's safety report unique identifier",
    "C.1.2": "date of creation",
    "C.1.3": "type of report",
    "C.1.4": "date report was first received from source",
    "C.1.5": "date of most recent information",
    "C.1.10.r": "identification number of the report which is linked to this report",
    "C.2.r.1.2": "reporter as reported (account name)",
    "C.2.r.4": "qualification",
    "D.1": "patient",
    "E.i.1.1a": "reaction / event as reported by the primary source",
    "G.k.1": "characterisation of drug role",
    "G.k.2.2": "medicinal product name as reported by the primary source",
    "H.1": "case narrative",
}
CASTGUARD_COLUMNS = (
    "castguard.case", "castguard.message_seq", "castguard.platform_account", "castguard.status",
    "castguard.deadline", "castguard.forwarded_at", "castguard.acknowledged_at", "castguard.missing_elements",
    "castguard.sealed_original",
)  # fmt: skip

# XML 1.0 cannot hold these at all (not even escaped): C0 controls other than tab/LF/CR, surrogates, U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def e2b_date(at: float | None) -> str:
    """An E2B(R3) date-time (``CCYYMMDDhhmmss+0000``, UTC); ``""`` when unknown."""
    if at is None:
        return ""
    return time.strftime("%Y%m%d%H%M%S+0000", time.gmtime(at))


def report_id(case_id: int, session_id: str, region: str) -> str:
    """C.1.1: country of the sender, organisation, and a number unique to this recording and case."""
    return f"{region.upper()}-CASTGUARD-{(session_id or 'local')[:12]}-{case_id:06d}"


def records(
    cases: list[AdverseCase], *, session_id: str, region: str, narratives: dict[int, str], now: float | None = None
) -> list[dict[str, Any]]:
    """One nested record per case (the JSON form; CSV and XML are drawn from it).

    ``narratives`` maps a message's sequence number to its text as the recording holds it.
    """
    created = e2b_date(time.time() if now is None else now)
    by_id = {c.id: c for c in cases}
    out = []
    for case in cases:
        linked = []
        if case.duplicate_of is not None:
            linked.append({"C.1.10.r": report_id(case.duplicate_of, session_id, region)})
        linked += [
            {"C.1.10.r": report_id(other.id, session_id, region)} for other in cases if other.duplicate_of == case.id
        ]
        first = by_id.get(case.duplicate_of) if case.duplicate_of is not None else None
        out.append(
            {
                "C.1.1": report_id(case.id, session_id, region),
                "C.1.2": created,
                "C.1.3": SPONTANEOUS,
                "C.1.4": e2b_date(case.day0),
                "C.1.5": e2b_date(case.updated_at),
                "C.1.10": linked,
                "C.2.r": [{"C.2.r.1.2": case.elements["reporter"], "C.2.r.4": CONSUMER}],
                "D": {"D.1": case.elements["patient"]},
                "E.i": [{"E.i.1.1a": case.elements["event"]}],
                "G.k": [{"G.k.1": SUSPECT, "G.k.2.2": case.elements["product"]}],
                "H.1": narratives.get(case.message_seq, ""),
                "castguard": {
                    "case": case.id,
                    "message_seq": case.message_seq,
                    "platform_account": f"{case.source}/{case.author_id}",
                    "status": case.status.value,
                    "deadline": e2b_date(case.deadline),
                    "forwarded_at": e2b_date(case.forwarded_at),
                    "acknowledged_at": e2b_date(case.acknowledged_at),
                    "missing_elements": case.missing,
                    "sealed_original": case.sealed,
                    "duplicate_of_case": first.id if first is not None else None,
                },
            }
        )
    return out


def flat(record: dict[str, Any]) -> dict[str, str]:
    """A record as one CSV row (repeating elements joined with ``; ``)."""
    cg = record["castguard"]
    return {
        "C.1.1": record["C.1.1"],
        "C.1.2": record["C.1.2"],
        "C.1.3": record["C.1.3"],
        "C.1.4": record["C.1.4"],
        "C.1.5": record["C.1.5"],
        "C.1.10.r": "; ".join(link["C.1.10.r"] for link in record["C.1.10"]),
        "C.2.r.1.2": "; ".join(r["C.2.r.1.2"] for r in record["C.2.r"]),
        "C.2.r.4": "; ".join(r["C.2.r.4"] for r in record["C.2.r"]),
        "D.1": record["D"]["D.1"],
        "E.i.1.1a": "; ".join(e["E.i.1.1a"] for e in record["E.i"]),
        "G.k.1": "; ".join(g["G.k.1"] for g in record["G.k"]),
        "G.k.2.2": "; ".join(g["G.k.2.2"] for g in record["G.k"]),
        "H.1": record["H.1"],
        "castguard.case": str(cg["case"]),
        "castguard.message_seq": str(cg["message_seq"]),
        "castguard.platform_account": cg["platform_account"],
        "castguard.status": cg["status"],
        "castguard.deadline": cg["deadline"],
        "castguard.forwarded_at": cg["forwarded_at"],
        "castguard.acknowledged_at": cg["acknowledged_at"],
        "castguard.missing_elements": "; ".join(cg["missing_elements"]),
        "castguard.sealed_original": "yes" if cg["sealed_original"] else "no",
    }


def _cell(value: str) -> str:
    # A spreadsheet runs a cell starting with = + - @ as a formula: a viewer's text must stay text.
    return "'" + value if value.startswith(_FORMULA) else value


def to_json(recs: list[dict[str, Any]]) -> str:
    """The records as a JSON document (``{"safetyReports": [...]}``)."""
    return json.dumps({"format": "castguard-e2b-r3-aligned/1", "safetyReports": recs}, ensure_ascii=False, indent=2)


def to_csv(recs: list[dict[str, Any]]) -> str:
    """The records as CSV, one row per case, E2B element numbers as the header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*COLUMNS, *CASTGUARD_COLUMNS])
    for rec in recs:
        row = flat(rec)
        writer.writerow([_cell(row[name]) for name in (*COLUMNS, *CASTGUARD_COLUMNS)])
    return buffer.getvalue()


def xml_text(value: object) -> str:
    """Text XML 1.0 can hold (characters it cannot are dropped; the serializer escapes markup)."""
    return _NOT_XML.sub("", str(value))


def _element(parent: ET.Element, tag: str, value: Any) -> None:
    if isinstance(value, dict):
        child = ET.SubElement(parent, tag)
        for key, inner in value.items():
            _element(child, key, inner)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                _element(parent, tag, item)
            else:
                ET.SubElement(parent, tag).text = xml_text(item)
    elif value is None:
        ET.SubElement(parent, tag)
    else:
        ET.SubElement(parent, tag).text = xml_text("true" if value is True else "false" if value is False else value)


def to_xml(recs: list[dict[str, Any]]) -> str:
    """The records as an XML document (``<safetyReports><safetyReport><C.1.1>...``)."""
    root = ET.Element("safetyReports", {"format": "castguard-e2b-r3-aligned/1"})
    for rec in recs:
        report = ET.SubElement(root, "safetyReport")
        for key, value in rec.items():
            if key == "castguard":
                _element(report, "castguard", {k.replace("_", "-"): v for k, v in value.items()})
            else:
                _element(report, key, value)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(recs: list[dict[str, Any]], fmt: str) -> str:
    """The records in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return to_json(recs)
    if fmt == "csv":
        return to_csv(recs)
    if fmt == "xml":
        return to_xml(recs)
    raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")


def case_text(case: AdverseCase, rec: dict[str, Any], *, now: float) -> str:
    """The case for a person (the body of the e-mail-ready export)."""
    lines = [
        f"Adverse-event report {rec['C.1.1']} (castguard case #{case.id})",
        "",
        f"Day 0 (first received): {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(case.day0))}",
        f"Forward by:             {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(case.deadline))}",
        f"Status:                 {case.status.value}"
        + ("" if case.status is not CaseStatus.OPEN else f" ({_left(case, now)})"),
        "",
        "Minimum elements:",
    ]
    from castguard.session.aecases import ELEMENTS

    for key, label in ELEMENTS.items():
        value = case.elements.get(key, "")
        lines.append(f"  [{'x' if value else ' '}] {label}: {value or '(not known yet)'}")
    if case.duplicate_of is not None:
        lines += ["", f"Duplicate of case #{case.duplicate_of} (linked: C.1.10.r)."]
    lines += ["", "As reported (as the recording holds it):", f"  {rec['H.1']}"]
    if case.sealed:
        lines += ["", "The original text is sealed in the recording: castguard ae open SESSION CASE --reason ..."]
    lines += ["", "The E2B(R3)-aligned record is attached (JSON)."]
    return "\n".join(lines) + "\n"


def _left(case: AdverseCase, now: float) -> str:
    from castguard.session.aecases import countdown

    return countdown(case.remaining(now))
