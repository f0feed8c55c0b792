"""Code labels in the UI language (Dutch label, or the English one when the UI is English)."""
from desktop.i18n import current_language


def code_label(code: dict) -> str:
    if current_language() == "en" and code.get("label_en"):
        return code["label_en"]
    return code.get("label_nl") or code.get("code_label") or code.get("key") or code.get("code", "")
