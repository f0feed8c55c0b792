"""The desktop side of exports: the Export… dialog, the pseudonymisation review and the deduce warm-up.

    add_menu_actions(window, study_menu, interview_menu, add)   # from desktop/menus.py
"""
from PySide6.QtCore import QCoreApplication

from desktop.export.jobs import start_warm_up  # noqa: F401 - called by the main window


def current_interview(window) -> int | None:
    """The interview selected in the main window's tree, if any."""
    key = window.tree.current_key() if getattr(window, "tree", None) is not None else None
    if key and key[0] == "interview":
        try:
            return int(key[1])
        except (TypeError, ValueError):
            return None
    return None


def open_export(window):
    if window.study is None:
        return None
    from desktop.export.dialog import ExportDialog

    dialog = ExportDialog(window.study, current_interview(window), window)
    dialog.exec()
    return dialog


def open_review(window):
    if window.study is None:
        return None
    from desktop.export.review import PseudonymReviewDialog

    dialog = PseudonymReviewDialog(window.study, current_interview(window), window)
    dialog.exec()
    return dialog


def add_menu_actions(window, study_menu, interview_menu, add) -> None:
    """Export… (Study menu, Ctrl+E) and Pseudonymisation review… (Interview menu), via menus.build_menus' `add`."""
    add(study_menu, "export", QCoreApplication.translate("ExportMenu", "&Export…"), lambda: open_export(window), "Ctrl+E",
        QCoreApplication.translate("ExportMenu", "Export documents, overviews, transcripts or a REFI-QDA project"))
    add(interview_menu, "pseudonym_review", QCoreApplication.translate("ExportMenu", "&Pseudonymisation review…"),
        lambda: open_review(window), "Ctrl+Shift+P",
        QCoreApplication.translate("ExportMenu", "Review the names, places and numbers exports replace in this interview"))
