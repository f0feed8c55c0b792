"""Code labels in the UI language (Dutch label, or the English one when the UI is English)."""
from PySide6.QtCore import QSettings


def code_label(code: dict) -> str:
    if QSettings().value("ui/language", "nl") == "en" and code.get("label_en"):
        return code["label_en"]
    return code.get("label_nl") or code.get("code_label") or code.get("key") or code.get("code", "")
