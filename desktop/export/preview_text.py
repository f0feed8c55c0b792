"""The Export dialog's preview as a short HTML list (strings only; the counts come from preview.py)."""
from html import escape

from PySide6.QtCore import QCoreApplication

from storage.exports import QuoteUnit


def _names(items: list[str], limit: int = 8) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" … (+{len(items) - limit})" if len(items) > limit else "")


def describe(preview, fmt, pseudonymise: bool, open_counts: dict | None, checking: bool) -> str:
    lines = []
    if not preview.interviews and fmt.quotes is not None:
        return "<p>" + escape(QCoreApplication.translate("ExportPreview", "No transcribed interview to export yet.")) + "</p>"
    if preview.interviews:
        lines.append(QCoreApplication.translate("ExportPreview", "Interviews: %1 (%2)").replace("%1", str(len(preview.interviews))).replace(
            "%2", escape(_names([f"{i['participant']} #{i['id']}" for i in preview.interviews]))))
    if fmt.key == "qdc":
        lines = [QCoreApplication.translate("ExportPreview", "The codebook only: no interview text, nothing to pseudonymise.")]
    elif preview.participants:
        lines.append(QCoreApplication.translate("ExportPreview", "Participants: %1 (%2)").replace("%1", str(len(preview.participants)))
                     .replace("%2", escape(_names(preview.participants))))
    if preview.unit in (QuoteUnit.CODINGS, QuoteUnit.PERCEPTION):
        label = QCoreApplication.translate("ExportPreview", "Coded excerpts included: %1") if preview.unit is QuoteUnit.CODINGS else QCoreApplication.translate("ExportPreview", "Perception excerpts included: %1")
        lines.append(label.replace("%1", str(preview.excerpts)))
    elif preview.unit is QuoteUnit.SEGMENTS:
        lines.append(QCoreApplication.translate("ExportPreview", "Transcript segments included: %1").replace("%1", str(preview.excerpts)))
    elif fmt.key != "qdc":
        lines.append(QCoreApplication.translate("ExportPreview", "No quotes: this format holds counts and codes only."))
    if preview.omitted:
        if preview.unit is QuoteUnit.SEGMENTS:
            text = QCoreApplication.translate("ExportPreview", "Segments left out: %1 (%2 did not consent to quoting, consent item 3).")
        else:
            text = QCoreApplication.translate("ExportPreview", "Quotes left out: %1 (%2 did not consent to quoting, consent item 3).")
        lines.append("<span style='color:#8a4b00'>" + escape(
            text.replace("%1", str(preview.omitted)).replace("%2", _names(preview.omitted_participants))) + "</span>")
    unfinished = [f"{i['participant']} #{i['id']}" for i in preview.interviews if i.get("unfinished")]
    if unfinished and fmt.quotes is not None:
        lines.append("<b style='color:#b00020'>" + escape(QCoreApplication.translate(
            "ExportPreview", "Transcription not finished for %1: the export holds only what is done and says "
            "'onvolledig'.").replace("%1", _names(unfinished))) + "</b>")
    if fmt.quotes is not None:
        if not pseudonymise:
            lines.append("<b style='color:#b00020'>" + escape(QCoreApplication.translate("ExportPreview", "NOT pseudonymised: names and places stay as recorded; "
                                                                 "the export is recorded in the audit log.")) + "</b>")
        if pseudonymise and checking:
            lines.append("<i>" + escape(QCoreApplication.translate("ExportPreview", "Checking the pseudonymisation review… (the first time this takes about a "
                                           "minute: the Dutch name lists are loaded)")) + "</i>")
        unreviewed = [f"{i['participant']} #{i['id']}" for i in preview.unreviewed()] if pseudonymise else []
        if unreviewed:
            lines.append("<b style='color:#b00020'>" + escape(QCoreApplication.translate(
                "ExportPreview", "Review not finished for %1: only the automatic detection is applied, names it missed "
                "can remain; the export says so.").replace("%1", _names(unreviewed))) + "</b>")
        if pseudonymise and not checking and open_counts is not None:
            pending = {iid: n for iid, n in open_counts.items() if n}
            if pending:
                codes = {i["id"]: i["participant"] for i in preview.interviews}
                which = ", ".join(f"{codes.get(iid, '')} #{iid} ({n})".strip() for iid, n in sorted(pending.items()))
                lines.append("<span style='color:#8a4b00'>" + escape(
                    QCoreApplication.translate("ExportPreview", "Pseudonymisation review still open: %1 detected term(s) nobody decided on in interview(s) %2. "
                       "They will be replaced by placeholders.").replace("%1", str(sum(pending.values()))).replace("%2", which))
                    + "</span>")
            elif not unreviewed:
                lines.append("<span style='color:#1b5e20'>" + escape(QCoreApplication.translate("ExportPreview", "Pseudonymisation reviewed for every included interview.")) + "</span>")
    return "<ul style='margin-left:-20px'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
