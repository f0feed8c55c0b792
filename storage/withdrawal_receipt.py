"""The withdrawal receipt: a Dutch .docx the researcher hands to a participant who withdrew.

Its content comes only from the consent ledger (the withdrawal record: code, time, items, hash) and
the audit log (the counts of what a full withdrawal deleted), so it can be written again later from the
study and it never holds interview content. It is written through storage/exports/target.py (temp file,
0600, never inside a study, never a device or link).
"""
import json
from datetime import datetime, timezone
from pathlib import Path

from storage.errors import NotFound, VeldwerkError

# What a full withdrawal deleted, per table of the audit entry (Dutch, as the participant reads it).
DELETED_NL = {
    "interviews": "gesprek(ken)",
    "recordings": "opname(n), ook de opname van je toestemming",
    "audio_chunks": "stukken geluid van die opnames",
    "transcripts": "uitgeschreven tekst(en)",
    "segments": "alinea's uitgeschreven tekst",
    "codings": "gemarkeerde stukken tekst (codes) met hun aantekeningen",
    "pseudonym_list": "woorden op de vervanglijst die alleen jij noemde",
    "session_segments": "alinea's met wat jij zei in een focusgroep of bijeenkomst (die blijft voor de anderen)",
    "session_codings": "gemarkeerde stukken van wat jij zei in een focusgroep of bijeenkomst",
    "session_seconds_silenced": "seconden van jouw stem in de opname van een focusgroep of bijeenkomst, stil gemaakt",
}


def withdrawal_record(study, record_id: int) -> dict:
    """The ledger record of a withdrawal; refuses any other record."""
    rows = list(study.db.query("SELECT * FROM consent_records WHERE id = ?", [record_id]))
    if not rows or rows[0]["kind"] != "withdrawal":
        raise NotFound(key="consent.not_a_withdrawal", record_id=record_id)
    return rows[0]


def latest_withdrawal(study, code: str) -> dict:
    """The participant's newest withdrawal record (for writing a receipt again later)."""
    person = study.participants.get(code)
    row = study.conn.execute("SELECT max(id) FROM consent_records WHERE participant_id = ? AND kind = 'withdrawal'",
                             [person["id"]]).fetchone()[0]
    if row is None:
        raise VeldwerkError(key="consent.no_receipt", code=person["code"])
    return withdrawal_record(study, row)


def _deleted_counts(study, participant_id: int, record: dict) -> dict:
    """The counts of the audit entry written with a full withdrawal (same transaction, just before the record)."""
    rows = study.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'participant.withdraw' AND entity = 'participant' AND entity_id = ? "
        "ORDER BY id DESC LIMIT 1", [str(participant_id)]).fetchall()
    return json.loads(rows[0][0] or "{}").get("deleted", {}) if rows else {}


def _item_names(study, numbers: list[int]) -> list[str]:
    """Short Dutch names of consent items ("anonieme citaten"), from the newest Dutch form holding each."""
    from storage.consent.forms import fill

    names = {}
    forms = [f for f in study.consent.forms.list() if f["language"] == "nl"] or study.consent.forms.list()
    for form in forms:
        values = study.consent.forms.values(form["language"])
        for item in form["items"]:
            names[item["number"]] = fill(item.get("short") or item["text"], values)
    return [f"punt {n}: {names[n]}" if n in names else f"punt {n}" for n in numbers]


def _when(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp).astimezone(timezone.utc)
    return moment.strftime("%d-%m-%Y om %H:%M") + " (UTC)"


def receipt_content(study, record_id: int) -> dict:
    """{"title", "lines": [(label, value)], "deleted": [str], "kept": [str], "paragraphs": [str]} in Dutch."""
    record = withdrawal_record(study, record_id)
    code = record["participant_code"]
    answers = {int(k): v for k, v in json.loads(record["answers"]).items()}
    full = record["method"] == "full"
    contact = study.get_setting("consent_contact")
    lines = [
        ("Onderzoek", study.get_setting("name") or ""),
        ("Jouw code in het onderzoek", code),
        ("Ingetrokken op", _when(record["created_at"])),
        ("Wat je hebt ingetrokken", "alles: je doet niet meer mee aan het onderzoek" if full
         else "je toestemming voor " + "; ".join(_item_names(study, sorted(answers)))),
    ]
    if record["researcher"]:
        lines.append(("Onderzoeker", record["researcher"]))
    if contact:
        lines.append(("Contact", str(contact)))
    deleted, kept = [], []
    if full:
        counts = _deleted_counts(study, record["participant_id"], record)
        deleted = [f"{counts[t]} {label}" for t, label in DELETED_NL.items() if counts.get(t)]
        deleted.append("de aantekeningen bij jouw code")
        kept = [f"je code {code}, je rol in het onderzoek en de datum waarop je hebt ingetrokken",
                "de eerdere registraties van je toestemming (zonder iets van het gesprek), als bewijs dat we je "
                "toestemming hadden toen we de opname maakten"]
    else:
        kept = ["je opnames en de uitgeschreven tekst: die blijven bewaard, maar worden niet meer gebruikt voor "
                "wat je hebt ingetrokken. Wil je dat alles wordt gewist, trek dan alles in."]
    paragraphs = [
        "Wat al gepubliceerd is, kunnen we niet meer terughalen; daarin staat nooit je naam. Kopieën die de "
        "onderzoeker buiten het programma heeft gemaakt (een reservekopie, een eerder gemaakte export, een "
        "papieren formulier) wist of verbetert de onderzoeker zelf.",
        f"Deze intrekking staat in het toestemmingsregister van het onderzoek als registratie {record['id']}. "
        "Het controlegetal hieronder hoort bij die registratie; wordt die registratie ooit veranderd, dan klopt "
        "het getal niet meer.",
    ]
    return {"title": "Bewijs van intrekking", "code": code, "record": record["id"], "hash": record["hash"],
            "lines": lines, "deleted": deleted, "kept": kept, "paragraphs": paragraphs, "full": full}


def receipt_file_name(code: str, stamp: str | None = None) -> str:
    """The default file name: intrekking-R01-2026-11-28.docx."""
    day = (stamp or datetime.now(timezone.utc).isoformat())[:10]
    return f"intrekking-{code}-{day}.docx"


def write_receipt(study, record_id: int, out) -> Path:
    """Write the receipt of ledger record `record_id` as .docx to `out` (through the one safe writer)."""
    from docx import Document

    from storage.exports.target import check_target, write_atomically

    out = check_target(Path(out))
    content = receipt_content(study, record_id)

    def write(path: Path) -> None:
        doc = Document()
        doc.core_properties.title = content["title"]
        doc.core_properties.author = ""
        doc.add_heading(content["title"], level=1)
        table = doc.add_table(rows=0, cols=2)
        for label, value in content["lines"]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        if content["deleted"]:
            doc.add_heading("Gewist", level=2)
            for line in content["deleted"]:
                doc.add_paragraph(line, style="List Bullet")
        doc.add_heading("Bewaard", level=2)
        for line in content["kept"]:
            doc.add_paragraph(line, style="List Bullet")
        for text in content["paragraphs"]:
            doc.add_paragraph(text)
        doc.add_paragraph(f"Controlegetal (SHA-256) van registratie {content['record']}: {content['hash']}")
        doc.save(str(path))

    return write_atomically(out, write)
