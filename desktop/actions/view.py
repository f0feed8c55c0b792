"""The Acties view: solution themes and their fragments (left), action cards by status (right)."""
import textwrap
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.actions.columns import ID_ROLE, FragmentList, StatusColumn, ThemeTree
from desktop.actions.dialogs import ActionDialog, status_label
from desktop.coding.labels import role_labels, roles
from desktop.i18n import refusal
from storage.actions.status import ActionStatus
from storage.errors import VeldwerkError

EXCERPT_CHARS = 140
TREE_LINE = 50  # characters per line in the theme tree (it wraps no text itself without clipping)


class ActionsView(QWidget):
    """Themes with their fragments and support; action cards per status, dragged or moved by keyboard."""

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.english = i18n.current_language() == "en"
        self.action_dialog = None
        self.setWindowTitle(self.tr("Actions and themes – %1").replace("%1", study.name))
        self.setObjectName("ActionsView")

        # filters
        self.role_filter = QComboBox()
        self.owner_filter = QComboBox()
        self.role_filter.currentIndexChanged.connect(self.refresh)
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role_filter)
        owner_label = QLabel(self.tr("Res&ponsible:"))
        owner_label.setBuddy(self.owner_filter)
        filters.addWidget(role_label)
        filters.addWidget(self.role_filter)
        filters.addSpacing(16)
        filters.addWidget(owner_label)
        filters.addWidget(self.owner_filter)
        filters.addStretch(1)
        self.share_button = QPushButton(self.tr("S&hare insights (.docx)…"))
        self.share_button.setToolTip(self.tr("A plain-language handout for participants: perceptions, what goes well, "
                                             "solution themes and open actions, pseudonymised"))
        self.share_button.clicked.connect(lambda: self.share_insights())
        self.insights_job = None
        filters.addWidget(self.share_button)
        self.message = QLabel()
        self.message.setObjectName("actionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        # left: fragments and themes
        self.fragments = FragmentList()
        self.themes = ThemeTree()
        self.themes.fragmentsDropped.connect(self.attach)
        self.themes.currentItemChanged.connect(lambda *_: self._theme_selected())
        new_theme = QPushButton(self.tr("&New theme…"))
        new_theme.clicked.connect(self.new_theme)
        self.attach_button = QPushButton(self.tr("A&ttach to theme"))
        self.attach_button.setToolTip(self.tr("Attach the selected fragments to the selected theme (Ctrl+Enter)"))
        self.attach_button.clicked.connect(self.attach_selected)
        self.detach_button = QPushButton(self.tr("&Detach"))
        self.detach_button.setToolTip(self.tr("Take the selected fragment out of its theme (Delete)"))
        self.detach_button.clicked.connect(self.detach_selected)
        self._shortcut("Ctrl+Return", self.attach_selected, self.tr("Attach the selected fragments to the theme"))
        self._shortcut("Ctrl+Enter", self.attach_selected, self.tr("Attach the selected fragments to the theme"))
        detach_key = QAction(self.tr("Take the selected fragment out of its theme"), self.themes)
        detach_key.setShortcut(QKeySequence.Delete)
        detach_key.setShortcutContext(Qt.WidgetShortcut)
        detach_key.triggered.connect(self.detach_selected)
        self.themes.addAction(detach_key)
        fragment_box = QGroupBox(self.tr("Solution fragments"))
        QVBoxLayout(fragment_box).addWidget(self.fragments)
        theme_box = QGroupBox(self.tr("Themes"))
        theme_layout = QVBoxLayout(theme_box)
        theme_layout.addWidget(self.themes)
        theme_buttons = QHBoxLayout()
        for button in (new_theme, self.attach_button, self.detach_button):
            theme_buttons.addWidget(button)
        theme_buttons.addStretch(1)
        theme_layout.addLayout(theme_buttons)
        left = QSplitter(Qt.Vertical)
        left.addWidget(fragment_box)
        left.addWidget(theme_box)
        left.setSizes([300, 400])

        # right: status columns and history
        self.columns: dict[str, StatusColumn] = {}
        self.column_boxes: dict[str, QGroupBox] = {}
        board = QHBoxLayout()
        for status in ActionStatus:
            column = StatusColumn(status.value)
            column.actionDropped.connect(self.move_action)
            column.currentItemChanged.connect(lambda item, _old: self._show_history(item))
            column.itemDoubleClicked.connect(lambda item: self.edit_action(item.data(ID_ROLE)))
            box = QGroupBox(status_label(status, self.english))
            QVBoxLayout(box).addWidget(column)
            board.addWidget(box)
            self.columns[status.value] = column
            self.column_boxes[status.value] = box
        new_action = QPushButton(self.tr("New &action…"))
        new_action.clicked.connect(self.new_action)
        edit_action = QPushButton(self.tr("&Edit action…"))
        edit_action.clicked.connect(lambda: self.edit_action(self.selected_action()))
        change = QPushButton(self.tr("Change &status…"))
        change.setToolTip(self.tr("Move the selected action to another status (Ctrl+Shift+S)"))
        change.clicked.connect(self.change_status)
        self._shortcut("Ctrl+Shift+S", self.change_status, self.tr("Change the status of the selected action"))
        action_buttons = QHBoxLayout()
        for button in (new_action, edit_action, change):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        self.history = QTextBrowser()
        self.history.setObjectName("actionHistory")
        self.history.setMaximumHeight(170)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(board, 3)
        right_layout.addLayout(action_buttons)
        history_label = QLabel(self.tr("History of the selected action:"))
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history, 1)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 930])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._fill_filters()
        self.refresh()

    # -- helpers --------------------------------------------------------------------------------
    def _shortcut(self, keys: str, slot, meaning: str = "") -> None:
        action = QAction(meaning, self)   # the F1 list names it
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _role_labels(self) -> dict:
        return role_labels(self.study)

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fill_filters(self) -> None:
        for combo in (self.role_filter, self.owner_filter):
            combo.blockSignals(True)
        role, owner = self.role_filter.currentData(), self.owner_filter.currentData()
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("All roles"), None)
        for r in roles(self.study):
            self.role_filter.addItem(r["label"], r["key"])
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone"), None)
        self.owner_filter.addItem(self.tr("(no one responsible)"), "")
        labels = self._role_labels()
        owners = sorted({a["owner"].label(labels) for a in self.study.actions.list() if a["owner"]}, key=str.casefold)
        for name in owners:
            self.owner_filter.addItem(name, name)
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(role)))
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(owner)))
        for combo in (self.role_filter, self.owner_filter):
            combo.blockSignals(False)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        role = self.role_filter.currentData()
        labels = self._role_labels()
        solution_ids = self.study.themes.solution_code_ids()
        codings = [c for c in self.study.codings.list() if c.code_id in solution_ids]
        texts = self.study.codings.excerpt_texts(codings)
        themes_of = {c.id: len(self.study.themes.themes_of(c.id)) for c in codings}
        self._code_labels = {r["id"]: (r["label_en"] or r["label_nl"]) if self.english else r["label_nl"]
                             for r in self.study.codebook.list()}
        self.fragments.clear()
        for c in codings:
            if role and c.role != role:
                continue
            item = QListWidgetItem(self._fragment_text(c, texts.get(c.id, ""), labels, themes_of[c.id]))
            item.setData(ID_ROLE, c.id)
            item.setToolTip(texts.get(c.id, ""))
            self.fragments.addItem(item)

        current = self.selected_theme()
        self.themes.clear()
        supported = set()
        for theme in self.study.themes.list():
            support = self.study.themes.support(theme["id"])
            if role and not any(s["role"] == role for s in support):
                continue
            supported.add(theme["id"])
            item = QTreeWidgetItem([self._wrapped(self._theme_text(theme, support))])
            item.setData(0, ID_ROLE, theme["id"])
            item.setToolTip(0, self._theme_text(theme, support))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.themes.addTopLevelItem(item)
            fragments = self.study.themes.fragments(theme["id"])
            fragment_texts = self.study.codings.excerpt_texts(fragments)
            for c in fragments:
                if role and c.role != role:
                    continue
                child = QTreeWidgetItem([self._wrapped(self._fragment_text(c, fragment_texts.get(c.id, ""), labels))])
                child.setData(0, ID_ROLE, c.id)
                child.setToolTip(0, fragment_texts.get(c.id, ""))
                item.addChild(child)
            item.setExpanded(True)
            if theme["id"] == current:
                self.themes.setCurrentItem(item)

        owner = self.owner_filter.currentData()
        selected = self.selected_action()
        counts = dict.fromkeys(self.columns, 0)
        for column in self.columns.values():
            column.clear()
        for action in self.study.actions.list():
            parties = [p for p in [action["owner"], *action["members"]] if p]
            if role and not (action["theme_id"] in supported or any(p.role == role for p in parties)):
                continue
            owner_name = action["owner"].label(labels) if action["owner"] else ""
            if owner is not None and owner_name != owner:
                continue
            item = QListWidgetItem(self._card_text(action, owner_name))
            item.setData(ID_ROLE, action["id"])
            item.setToolTip(self._history_html(action))
            self.columns[action["status"]].addItem(item)
            counts[action["status"]] += 1
            if action["id"] == selected:
                self.columns[action["status"]].setCurrentItem(item)
        for status in ActionStatus:
            self.column_boxes[status.value].setTitle(f"{status_label(status, self.english)} ({counts[status.value]})")

    @staticmethod
    def _wrapped(text: str) -> str:
        return "\n".join(textwrap.fill(line, TREE_LINE, subsequent_indent="  ") for line in text.split("\n"))

    def _fragment_text(self, coding: dict, text: str, labels: dict, themes: int | None = None) -> str:
        short = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1].rstrip() + "…"
        head = f"{coding.participant} ({labels.get(coding.role, coding.role)}) · {self._code_labels.get(coding.code_id, coding.code_label)}"
        if themes:
            head += " · " + (self.tr("in 1 theme") if themes == 1 else self.tr("in %1 themes").replace("%1", str(themes)))
        return f"{head}\n“{short}”"

    def _theme_text(self, theme: dict, support: list[dict]) -> str:
        if not support:
            return f"{theme['name']}\n" + self.tr("No fragments yet")
        roles = ", ".join((self.tr("%1: 1 fragment") if s["fragments"] == 1 else self.tr("%1: %2 fragments"))
                          .replace("%1", s["label"]).replace("%2", str(s["fragments"])) for s in support)
        return f"{theme['name']}\n" + self.tr("Brought up by %1").replace("%1", roles)

    def _card_text(self, action: dict, owner_name: str) -> str:
        lines = [f"#{action['id']} {action['what']}", self.tr("Theme: %1").replace("%1", action["theme"])]
        if owner_name:
            lines.append(self.tr("Responsible: %1").replace("%1", owner_name))
        if action["target_date"]:
            lines.append(self.tr("Target date: %1").replace("%1", action["target_date"]))
        return "\n".join(lines)

    def _history_html(self, action: dict) -> str:
        rows = []
        for h in action["history"]:
            status = status_label(ActionStatus(h["status"]), self.english)
            note = f" · {escape(h['note'])}" if h["note"] else ""
            rows.append(f"{h['on_date']} · <b>{escape(status)}</b>{note}")
        return f"<p><b>#{action['id']} {escape(action['what'])}</b></p>" + "<br>".join(rows)

    def _show_history(self, item) -> None:
        if item is None:
            return
        self.history.setHtml(self._history_html(self.study.actions.get(item.data(ID_ROLE))))

    def _theme_selected(self) -> None:
        theme = self.selected_theme()
        self.attach_button.setEnabled(theme is not None)

    # -- selection ------------------------------------------------------------------------------
    def selected_theme(self) -> int | None:
        item = self.themes.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ID_ROLE) if item is not None else None

    def selected_action(self) -> int | None:
        focus = self.focusWidget()
        columns = list(self.columns.values())
        if focus in columns and focus.currentItem() is not None:
            return focus.currentItem().data(ID_ROLE)
        for column in columns:
            if column.currentItem() is not None and column.currentItem().isSelected():
                return column.currentItem().data(ID_ROLE)
        return None

    def select_action(self, action_id: int) -> None:
        for column in self.columns.values():
            column.clearSelection()
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == action_id:
                    column.setCurrentRow(row)
                    column.setFocus()

    # -- themes ---------------------------------------------------------------------------------
    def new_theme(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Name of the solution theme:"))
        if not ok or not name.strip():
            return
        try:
            self.study.themes.add(name)
        except VeldwerkError as exc:
            return self._say(self.tr("The theme was not added: %1").replace("%1", refusal(exc)))
        self._say("")
        self.refresh()

    def attach_selected(self) -> None:
        """The keyboard command: attach the selected fragments to the selected theme."""
        theme = self.selected_theme()
        ids = [i.data(ID_ROLE) for i in self.fragments.selectedItems()]
        if theme is None or not ids:
            return self._say(self.tr("Select one or more fragments and a theme first."))
        self.attach(theme, ids)

    def attach(self, theme: int, coding_ids: list) -> None:
        already = {c.id for c in self.study.themes.fragments(theme)}
        new = [i for i in coding_ids if i not in already]
        if not new:
            return self._say(self.tr("These fragments already support this theme."))
        try:
            count = self.study.themes.attach(theme, new)
        except VeldwerkError as exc:
            return self._say(self.tr("Not attached: %1").replace("%1", refusal(exc)))
        self._say(self.tr("1 fragment attached.") if count == 1
                  else self.tr("%1 fragments attached.").replace("%1", str(count)), error=False)
        self.refresh()

    def detach_selected(self) -> None:
        item = self.themes.currentItem()
        if item is None or item.parent() is None:
            return self._say(self.tr("Select a fragment under a theme first."))
        try:
            self.study.themes.detach(item.parent().data(0, ID_ROLE), [item.data(0, ID_ROLE)])
        except VeldwerkError as exc:
            return self._say(self.tr("Not detached: %1").replace("%1", refusal(exc)))
        self._say("")
        self.refresh()

    # -- the insights handout -------------------------------------------------------------------
    def share_insights(self, path: str | None = None) -> bool:
        """Write the handout for participants (the export `insights-docx`) in the background; asks where unless given."""
        from desktop.export.jobs import ExportJob
        from storage.exports.insights_docx import FORMAT

        if self.insights_job is not None:
            return False
        if path is None:
            path = self._ask_insights_path()
            if not path:
                return False
        self.share_button.setEnabled(False)
        self._say(self.tr("Writing the insights handout… Loading the pseudonymiser takes about a minute the first time."),
                  error=False)
        job = self.insights_job = ExportJob(self.study, FORMAT, path, None, True, self)
        job.done.connect(self._insights_written)
        job.failed.connect(lambda message: self._say(self.tr("The insights handout was not written: %1").replace("%1", message)))
        job.finished.connect(self._insights_ended)
        job.start()
        return True

    def _ask_insights_path(self) -> str:
        from pathlib import Path

        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from storage.exports.file_names import export_file_name

        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        name = export_file_name(getattr(self.study, "name", "") or "", self.tr("whole study"), self.tr("Insights"), "docx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Share insights"), str(Path(folder) / name),
                                              self.tr("Word document (*.docx)"))
        if path and not path.lower().endswith(".docx"):
            path += ".docx"
        return path

    def _insights_written(self, path: str) -> None:
        logged = self.study.audit.entries("export")
        unreviewed = logged[-1]["detail"].get("unreviewed", []) if logged else []
        text = self.tr("Insights handout written to %1. Read it before you share it.").replace("%1", path)
        if unreviewed:
            names = ", ".join(f"{self.study.interviews.get(i).participant} #{i}" for i in unreviewed)
            text += " " + self.tr("Review not finished for %1: their quotes are left out.").replace("%1", names)
        self._say(text, error=bool(unreviewed))

    def _insights_ended(self) -> None:
        self.insights_job = None
        self.share_button.setEnabled(True)

    # -- actions --------------------------------------------------------------------------------
    def _open_dialog(self, dialog: ActionDialog) -> None:
        self.action_dialog = dialog
        dialog.accepted.connect(lambda: (self._fill_filters(), self.refresh(), self.select_action(dialog.saved_id)))
        dialog.open()

    def new_action(self) -> None:
        if not self.study.themes.list():
            return self._say(self.tr("Add a theme first: every action belongs to a theme."))
        self._open_dialog(ActionDialog(self.study, self, theme_id=self.selected_theme(), english=self.english))

    def edit_action(self, action_id) -> None:
        if action_id is None:
            return self._say(self.tr("Select an action first."))
        self._open_dialog(ActionDialog(self.study, self, action=self.study.actions.get(action_id), english=self.english))

    def change_status(self) -> None:
        """The keyboard command: choose a new status for the selected action."""
        action_id = self.selected_action()
        if action_id is None:
            return self._say(self.tr("Select an action first."))
        labels = [status_label(s, self.english) for s in ActionStatus]
        current = ActionStatus(self.study.actions.get(action_id)["status"])
        choice, ok = QInputDialog.getItem(self, self.tr("Change status"), self.tr("New status:"), labels,
                                          list(ActionStatus).index(current), False)
        if ok:
            self.move_action(action_id, list(ActionStatus)[labels.index(choice)].value)

    def move_action(self, action_id: int, status: str) -> None:
        """A card dropped on a status column (or the command): ask for an optional note, record the change."""
        if self.study.actions.get(action_id)["status"] == status:
            return
        label = status_label(ActionStatus(status), self.english)
        note, ok = QInputDialog.getText(self, self.tr("Change status"),
                                        self.tr("Note with the change to “%1” (optional):").replace("%1", label))
        if not ok:
            return
        try:
            self.study.actions.update(action_id, status=status, note=note.strip() or None)
        except VeldwerkError as exc:
            return self._say(self.tr("The status was not changed: %1").replace("%1", refusal(exc)))
        self._say(self.tr("Action #%1 is now “%2”.").replace("%1", str(action_id)).replace("%2", label), error=False)
        self.refresh()
        self.select_action(action_id)
        self._show_history(self.columns[status].currentItem())
