"""Adding and editing an action; the core checks everything, this dialog shows its refusal in the UI language."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.coding.labels import roles
from desktop.i18n import refusal
from storage.actions.dates import check_order, parse_date
from storage.actions.errors import BadDate, BadParty
from storage.actions.parties import Party, resolve_participant, resolve_role
from storage.actions.status import ActionStatus
from storage.errors import NotFound, UnknownRole, VeldwerkError


def status_label(status: ActionStatus, language_en: bool) -> str:
    return status.label_en if language_en else status.label_nl


class ActionDialog(QDialog):
    """What, theme, responsible party, members, start and target date (and the status of a new action)."""

    def __init__(self, study, parent=None, action: dict | None = None, theme_id: int | None = None, english=False):
        super().__init__(parent)
        self.study, self.action, self.saved_id = study, action, None
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.theme = QComboBox()
        for theme in study.themes.list():
            self.theme.addItem(theme["name"], theme["id"])
        wanted = action["theme_id"] if action else theme_id
        if wanted is not None:
            self.theme.setCurrentIndex(max(0, self.theme.findData(wanted)))
        self.what = QLineEdit(action["what"] if action else "")
        self.what.setPlaceholderText(self.tr("What will be done?"))
        self.owner_role = QComboBox()
        self.owner_role.addItem(self.tr("(no role)"), None)
        for role in roles(study):
            self.owner_role.addItem(role["label"], role["key"])
        owner = action["owner"] if action else None
        if owner and owner.role:
            self.owner_role.setCurrentIndex(max(0, self.owner_role.findData(owner.role)))
        self.owner_name = QLineEdit((owner.participant or owner.organisation or "") if owner else "")
        self.owner_name.setPlaceholderText(self.tr("Participant code (R01) or organisation"))
        self.members = QLineEdit(", ".join(self._member_text(m) for m in (action["members"] if action else [])))
        self.members.setPlaceholderText(self.tr("e.g. GGD, R03, Stichting Ons Huis"))
        self.members.setToolTip(self.tr("Separated by commas: a role, a participant code or an organisation"))
        self.start = QLineEdit((action or {}).get("start_date") or "")
        self.target = QLineEdit((action or {}).get("target_date") or "")
        for edit in (self.start, self.target):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status_label(status, english), status.value)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("Responsible &role:"), self.owner_role)
        form.addRow(self.tr("Responsible &person or organisation:"), self.owner_name)
        form.addRow(self.tr("&Others taking part:"), self.members)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("Ta&rget date:"), self.target)
        if action is None:
            form.addRow(self.tr("St&atus:"), self.status)
        self.error = QLabel()
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _member_text(self, party: Party) -> str:
        return party.participant or party.organisation or party.role or ""

    def _party(self, role, name: str) -> Party | None:
        """A participant code (the core resolves it in any case and spacing) or else an organisation name."""
        name = name.strip()
        if not (role or name):
            return None
        if not name:
            return Party(role=role)
        try:
            return Party(role=role, participant=resolve_participant(self.study, name)["code"])
        except NotFound:
            return Party(role=role, organisation=name)

    def _members(self) -> list[Party]:
        """Comma-separated roles (key or label, as the core finds them), participant codes or organisations."""
        found = []
        for part in (p.strip() for p in self.members.text().split(",")):
            if not part:
                continue
            try:
                found.append(Party(role=resolve_role(self.study, part)))
            except UnknownRole:
                found.append(self._party(None, part))
        return found

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def save(self) -> None:
        """Hand everything to the core; on a refusal show why (in the UI language) and keep the dialog open."""
        try:
            start = parse_date(self.start.text(), "start date")
        except BadDate:
            return self._show(self.tr("The start date must be a date written as YYYY-MM-DD (for example 2026-03-01)."))
        try:
            target = parse_date(self.target.text(), "target date")
        except BadDate:
            return self._show(self.tr("The target date must be a date written as YYYY-MM-DD (for example 2026-09-01)."))
        try:
            check_order(start, target)
        except BadDate:
            return self._show(self.tr("The target date lies before the start date."))
        if not self.what.text().strip():
            return self._show(self.tr("Say what the action is."))
        if self.theme.currentData() is None:
            return self._show(self.tr("Add a theme first: every action belongs to a theme."))
        owner = self._party(self.owner_role.currentData(), self.owner_name.text())
        try:
            members = self._members()
            if self.action is None:
                self.saved_id = self.study.actions.add(
                    self.theme.currentData(), self.what.text(), owner=owner, members=members, start=start,
                    target=target, status=self.status.currentData())
            else:
                old = {m.key() for m in self.action["members"]}
                new = {m.key() for m in members}
                changes = dict(what=self.what.text(), theme=self.theme.currentData(), owner=owner, start=start,
                               target=target,
                               add_members=[m for m in members if m.key() not in old],
                               remove_members=[m for m in self.action["members"] if m.key() not in new])
                try:
                    self.study.actions.update(self.action["id"], **changes)
                except VeldwerkError as exc:
                    if exc.key != "action.nothing_to_change":
                        raise
                self.saved_id = self.action["id"]
        except BadParty:
            return self._show(self.tr("Name a role, a participant code or an organisation for each party, "
                                      "not a participant and an organisation together."))
        except VeldwerkError as exc:
            return self._show(self.tr("The action was not saved: %1").replace("%1", refusal(exc)))
        self.accept()
