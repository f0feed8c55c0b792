"""How the review screen shows a ranked row (`storage.pseudonymise.review_list.review_items`): risk, time, decision.

Strings only; every rule (ranking, what is replaced) is the core's."""
from PySide6.QtCore import QCoreApplication

UNDECIDED = "default"  # Pseudonymiser.proposals(): a detection nobody decided on yet

# The review screen's keys (one name per key: the buttons, the legend and the tests use these).
KEY_PLAY = "Space"
KEY_REPLACE = "Return"
KEY_KEEP = "N"
KEY_UNDO = "Ctrl+Z"
KEY_ADD = "Ins"
KEY_FINISH = "Ctrl+Return"
# The same actions on other keys: the keypad's Enter, and "+" on laptops without an Insert key.
ALSO = {KEY_REPLACE: ("Enter",), KEY_ADD: ("+",), KEY_FINISH: ("Ctrl+Enter",)}


def key_label(key: str) -> str:
    """How a key is written on its button."""
    labels = {KEY_PLAY: QCoreApplication.translate("PseudonymReviewDialog", "Space"), KEY_REPLACE: "Enter",
              KEY_FINISH: QCoreApplication.translate("PseudonymReviewDialog", "Ctrl+Enter")}
    return labels.get(key, key)


def kind_label(kind: str) -> str:
    """What a kind of identifier (storage.pseudonymise.deidentify.PLACEHOLDERS' keys) is called in the UI's language."""
    labels = {
        "naam": QCoreApplication.translate("PseudonymReviewDialog", "name"),
        "plaats": QCoreApplication.translate("PseudonymReviewDialog", "place"),
        "telefoon": QCoreApplication.translate("PseudonymReviewDialog", "phone number"),
        "email": QCoreApplication.translate("PseudonymReviewDialog", "e-mail address"),
        "datum": QCoreApplication.translate("PseudonymReviewDialog", "date"),
        "url": QCoreApplication.translate("PseudonymReviewDialog", "web address"),
        "nummer": QCoreApplication.translate("PseudonymReviewDialog", "number"),
        "leeftijd": QCoreApplication.translate("PseudonymReviewDialog", "age"),
        "instelling": QCoreApplication.translate("PseudonymReviewDialog", "organisation"),
        "overig": QCoreApplication.translate("PseudonymReviewDialog", "other"),
    }
    return labels.get(kind, kind)


def risk_text(row: dict) -> str:
    """'85 %' or '? possible 60 %' (the detector is unsure: low word probability in a name position)."""
    percent = f"{round(float(row.get('risk', 0.0)) * 100)} %"
    return (QCoreApplication.translate("PseudonymReviewDialog", "? possible") + " " + percent) if row.get("possible") else percent


def decision_text(row: dict) -> str:
    labels = {
        "default": QCoreApplication.translate("PseudonymReviewDialog", "replace by %1 (proposed)"), "accept": QCoreApplication.translate("PseudonymReviewDialog", "replace by %1"),
        "add": QCoreApplication.translate("PseudonymReviewDialog", "added: replace by %1"), "replace": QCoreApplication.translate("PseudonymReviewDialog", "study list: replace by %1"),
        "reject": QCoreApplication.translate("PseudonymReviewDialog", "keep as is"), "keep": QCoreApplication.translate("PseudonymReviewDialog", "study list: keep as is"),
    }
    return labels.get(row["decision"], row["decision"]).replace("%1", row["replacement"])


def reviewed_count(rows: list[dict]) -> int:
    """How many rows carry a decision (the researcher's, or the study list's)."""
    return sum(1 for row in rows if row["decision"] != UNDECIDED)


def next_open(rows: list[dict], after: int) -> int | None:
    """The index of the first undecided row after `after` (wrapping round); None when all are decided."""
    n = len(rows)
    for step in range(1, n + 1):
        index = (after + step) % n
        if rows[index]["decision"] == UNDECIDED:
            return index
    return None


def keys_legend() -> str:
    """The key legend shown under the list."""
    return QCoreApplication.translate("PseudonymReviewDialog", "Keys: ↑/↓ next term · Space play the audio there · Enter replace · N keep (not an identifier) · "
              "Ctrl+Z undo · Ins or + add a missed term · Ctrl+Enter review finished")
