"""What the Export dialog says about each registered format: a readable label, the file extension,
which scope it takes and what kind of quotes it carries (for the preview). The formats themselves
come from the core's registry (`storage.exports.load_all()`); an unknown one is offered by its name."""
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class FormatInfo:
    key: str
    label: str
    extension: str
    scope: str          # "any" (one interview or the study), "one" (needs an interview), "study" (always the study)
    quotes: str | None  # what it quotes: "codings", "perception", "segments" or None (no interview text)


def _known() -> list[FormatInfo]:
    return [
        FormatInfo("coded-docx", QCoreApplication.translate("ExportFormats", "Coded transcript (.docx)"), "docx", "any", "codings"),
        FormatInfo("report-docx", QCoreApplication.translate("ExportFormats", "Category report (.docx)"), "docx", "any", "codings"),
        FormatInfo("matrix-docx", QCoreApplication.translate("ExportFormats", "Perception matrix with quotes (.docx)"), "docx", "any", "perception"),
        FormatInfo("matrix-xlsx", QCoreApplication.translate("ExportFormats", "Perception matrix, spreadsheet (.xlsx)"), "xlsx", "any", None),
        FormatInfo("matrix-csv", QCoreApplication.translate("ExportFormats", "Perception matrix, table (.csv)"), "csv", "any", None),
        FormatInfo("insights-docx", QCoreApplication.translate("ExportFormats", "Insights to share with participants (.docx)"), "docx", "any", "codings"),
        FormatInfo("consent-docx", QCoreApplication.translate("ExportFormats", "Consent register (.docx)"), "docx", "any", None),
        FormatInfo("consent-csv", QCoreApplication.translate("ExportFormats", "Consent register, table (.csv)"), "csv", "any", None),
        FormatInfo("qdpx", QCoreApplication.translate("ExportFormats", "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)"), "qdpx", "any", "codings"),
        FormatInfo("qdc", QCoreApplication.translate("ExportFormats", "Codebook, REFI-QDA (.qdc)"), "qdc", "study", None),
        FormatInfo("codebook-csv", QCoreApplication.translate("ExportFormats", "Codebook for Taguette (.csv)"), "csv", "study", None),
        FormatInfo("txt", QCoreApplication.translate("ExportFormats", "Transcript, plain text (.txt)"), "txt", "one", "segments"),
        FormatInfo("srt", QCoreApplication.translate("ExportFormats", "Transcript, subtitles (.srt)"), "srt", "one", "segments"),
        FormatInfo("vtt", QCoreApplication.translate("ExportFormats", "Transcript, web subtitles (.vtt)"), "vtt", "one", "segments"),
        FormatInfo("json", QCoreApplication.translate("ExportFormats", "Transcript with word timings (.json)"), "json", "one", "segments"),
    ]


def available() -> list[FormatInfo]:
    """Every format the core's registry offers, in the order above, unknown ones last."""
    from storage.exports import load_all

    registered = load_all()
    known = [f for f in _known() if f.key in registered]
    extra = [FormatInfo(k, k, k.rsplit("-", 1)[-1], "any", "codings") for k in sorted(registered) if k not in {f.key for f in known}]
    return known + extra


def info(key: str) -> FormatInfo:
    for f in available():
        if f.key == key:
            return f
    raise KeyError(key)
