"""The Acties view (issue 16 item 7): solution themes with their fragments, action cards by status.

Every rule is in storage/actions; these widgets only show and forward.
"""
from PySide6.QtCore import QCoreApplication

SHORTCUT = "Ctrl+Shift+A"


def open_actions(window):
    """Open (or raise) the Acties view of the window's study in its own window."""
    if getattr(window, "study", None) is None:
        return None
    from desktop.actions.view import ActionsView

    view = getattr(window, "actions_view", None)
    if view is None or view.study is not window.study:
        view = ActionsView(window.study)
        window.actions_view = view
    view.resize(1366, 768)
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def close_actions(window) -> None:
    """Close the Acties view when its study closes."""
    view = getattr(window, "actions_view", None)
    if view is not None:
        view.close()
        view.deleteLater()
        window.actions_view = None


def add_menu_actions(window, menu, add):
    """Acties… in the Coding menu (Ctrl+Shift+A), via menus.build_menus' `add`."""
    add(menu, "actions", QCoreApplication.translate("ActionsMenu", "&Actions and themes…"),
        lambda: open_actions(window), SHORTCUT,
        QCoreApplication.translate("ActionsMenu", "Group solutions into themes and follow the action plans"))
