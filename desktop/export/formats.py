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
    return {  # written out in full so that lupdate finds every label
        "coded-docx": QCoreApplication.translate("ExportFormats", "Coded transcript (.docx)"),
        "report-docx": QCoreApplication.translate("ExportFormats", "Category report (.docx)"),
        "matrix-docx": QCoreApplication.translate("ExportFormats", "Perception matrix with quotes (.docx)"),
        "matrix-xlsx": QCoreApplication.translate("ExportFormats", "Perception matrix, spreadsheet (.xlsx)"),
        "matrix-csv": QCoreApplication.translate("ExportFormats", "Perception matrix, table (.csv)"),
        "insights-docx": QCoreApplication.translate("ExportFormats", "Insights to share with participants (.docx)"),
        "consent-docx": QCoreApplication.translate("ExportFormats", "Consent register (.docx)"),
        "consent-csv": QCoreApplication.translate("ExportFormats", "Consent register, table (.csv)"),
        "qdpx": QCoreApplication.translate("ExportFormats", "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)"),
        "qdc": QCoreApplication.translate("ExportFormats", "Codebook, REFI-QDA (.qdc)"),
        "codebook-csv": QCoreApplication.translate("ExportFormats", "Codebook for Taguette (.csv)"),
        "agreement-docx": QCoreApplication.translate("ExportFormats", "Agreement between coders (.docx)"),
        "agreement-xlsx": QCoreApplication.translate("ExportFormats", "Agreement between coders, spreadsheet (.xlsx)"),
        "actions-docx": QCoreApplication.translate("ExportFormats", "Actions and their progress (.docx)"),
        "actions-xlsx": QCoreApplication.translate("ExportFormats", "Actions and their progress, spreadsheet (.xlsx)"),
        "txt": QCoreApplication.translate("ExportFormats", "Transcript, plain text (.txt)"),
        "srt": QCoreApplication.translate("ExportFormats", "Transcript, subtitles (.srt)"),
        "vtt": QCoreApplication.translate("ExportFormats", "Transcript, web subtitles (.vtt)"),
        "json": QCoreApplication.translate("ExportFormats", "Transcript with word timings (.json)"),
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
