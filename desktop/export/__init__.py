"""The desktop side of exports: the Export… dialog, the pseudonymisation review and the deduce warm-up.

    add_menu_actions(window, study_menu, interview_menu, add)   # from desktop/menus.py
    interview_menu(window, pos)                                 # the participants tree's context menu
"""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

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


def open_known_names(window):
    if window.study is None:
        return None
    from desktop.export.known_names import KnownNamesDialog

    dialog = KnownNamesDialog(window.study, window)
    dialog.exec()
    return dialog


def interview_menu(window, position) -> QMenu | None:
    """The participants tree's context menu on an interview: review its pseudonymisation, export it."""
    tree = window.tree
    item = tree.itemAt(position)
    if item is None or window.study is None:
        return None
    tree.setCurrentItem(item)
    if current_interview(window) is None:
        return None
    menu = QMenu(tree)
    for name in ("pseudonym_review", "export"):
        if name in window.actions:
            menu.addAction(window.actions[name])
    return menu


def add_menu_actions(window, study_menu, interview_menu_, add) -> None:
    """Export… and Known names and places… (Study menu), Pseudonymisation review… (Interview menu and the
    participants tree's context menu on an interview), via menus.build_menus' `add`."""
    add(study_menu, "export", QCoreApplication.translate("ExportMenu", "&Export…"), lambda: open_export(window), "Ctrl+E",
        QCoreApplication.translate("ExportMenu", "Export documents, overviews, transcripts or a REFI-QDA project"))
    add(study_menu, "known_names", QCoreApplication.translate("ExportMenu", "&Known names and places…"),
        lambda: open_known_names(window), None,
        QCoreApplication.translate("ExportMenu", "Names and places likely to come up: always replaced, and hints for speech recognition"))
    add(interview_menu_, "pseudonym_review", QCoreApplication.translate("ExportMenu", "&Pseudonymisation review…"),
        lambda: open_review(window), "Ctrl+Shift+P",
        QCoreApplication.translate("ExportMenu", "Review the names, places and numbers exports replace in this interview"))
    tree = getattr(window, "tree", None)
    if tree is not None:
        tree.setContextMenuPolicy(Qt.CustomContextMenu)
        tree.customContextMenuRequested.connect(
            lambda pos: (lambda menu: menu and menu.exec(tree.viewport().mapToGlobal(pos)))(interview_menu(window, pos)))
