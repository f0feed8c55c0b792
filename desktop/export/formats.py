"""What the Export dialog says about each registered format: a readable label in the UI's language.

The formats, and each one's scope, quote unit and file extension, come from the core's registry
(`storage.exports.exporters()`, declared where each exporter is registered); an unlabelled one is offered by its name."""
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from storage.exports import QuoteUnit, Scope


@dataclass(frozen=True)
class FormatInfo:
    key: str
    label: str
    extension: str              # without the dot (the core's extension)
    scope: Scope                # ANY (one interview or the study), INTERVIEW (needs one), STUDY (always the study)
    quotes: QuoteUnit | None    # what it quotes (the exporter's unit), None: no interview text


def _labels() -> dict[str, str]:
    """The labels in the order the dialog lists the formats."""
    t = QCoreApplication.translate
    return {
        "coded-docx": t("ExportFormats", "Coded transcript (.docx)"),
        "report-docx": t("ExportFormats", "Category report (.docx)"),
        "matrix-docx": t("ExportFormats", "Perception matrix with quotes (.docx)"),
        "matrix-xlsx": t("ExportFormats", "Perception matrix, spreadsheet (.xlsx)"),
        "matrix-csv": t("ExportFormats", "Perception matrix, table (.csv)"),
        "consent-docx": t("ExportFormats", "Consent register (.docx)"),
        "consent-csv": t("ExportFormats", "Consent register, table (.csv)"),
        "qdpx": t("ExportFormats", "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)"),
        "qdc": t("ExportFormats", "Codebook, REFI-QDA (.qdc)"),
        "codebook-csv": t("ExportFormats", "Codebook for Taguette (.csv)"),
        "agreement-docx": t("ExportFormats", "Agreement between coders (.docx)"),
        "agreement-xlsx": t("ExportFormats", "Agreement between coders, spreadsheet (.xlsx)"),
        "actions-docx": t("ExportFormats", "Actions and their progress (.docx)"),
        "actions-xlsx": t("ExportFormats", "Actions and their progress, spreadsheet (.xlsx)"),
        "txt": t("ExportFormats", "Transcript, plain text (.txt)"),
        "srt": t("ExportFormats", "Transcript, subtitles (.srt)"),
        "vtt": t("ExportFormats", "Transcript, web subtitles (.vtt)"),
        "json": t("ExportFormats", "Transcript with word timings (.json)"),
    }


def available() -> list[FormatInfo]:
    """Every format the core's registry offers, labelled ones in the order above, the others last by name."""
    from storage.exports import exporters

    registered = exporters()
    labels = _labels()
    order = [k for k in labels if k in registered] + sorted(k for k in registered if k not in labels)
    return [FormatInfo(k, labels.get(k, k), registered[k].extension.lstrip("."), registered[k].scope, registered[k].unit)
            for k in order]


def info(key: str) -> FormatInfo:
    for f in available():
        if f.key == key:
            return f
    raise KeyError(key)
