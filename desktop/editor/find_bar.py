"""Find and replace in the interview, and search across the study (the core's full-text search)."""
import re
import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from storage.timefmt import clock


def fold(text: str) -> str:
    """Lower case without accents (as the study search matches)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def first_match(text: str, query: str) -> int:
    """Character offset of the first query word in `text` (0 when not found)."""
    words = re.findall(r"\w+", fold(query))
    folded = fold(text)
    if len(folded) != len(text):
        folded = text.casefold()
    for word in words:
        found = folded.find(word)
        if found >= 0:
            return found
    return 0


class FindBar(QWidget):
    """findRequested(text, backward), replaceRequested(find, replacement), replaceAllRequested(find,
    replacement); resultActivated(interview_id, segment_id, offset) for a study-wide hit."""

    findRequested = Signal(str, bool)
    replaceRequested = Signal(str, str)
    replaceAllRequested = Signal(str, str)
    resultActivated = Signal(int, int, int)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.prev_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.study_box = QCheckBox(self.tr("Whole study"))
        self.study_box.setToolTip(self.tr("Search every interview of the study"))
        self.status = QLabel()
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Close the find bar"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.clicked.connect(self.hide)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results in the study"))
        self.results.hide()
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.prev_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.study_box, 0, 3)
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status, 1, 3)
        grid.addWidget(self.results, 2, 0, 1, 4)
        self.find_edit.returnPressed.connect(self._go)
        self.next_button.clicked.connect(lambda: self.findRequested.emit(self.find_edit.text(), False))
        self.prev_button.clicked.connect(lambda: self.findRequested.emit(self.find_edit.text(), True))
        self.replace_button.clicked.connect(lambda: self.replaceRequested.emit(self.find_edit.text(), self.replace_edit.text()))
        self.replace_all_button.clicked.connect(
            lambda: self.replaceAllRequested.emit(self.find_edit.text(), self.replace_edit.text())
        )
        self.study_box.toggled.connect(lambda on: (self.results.setVisible(on), on and self.search_study()))
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)

    def _go(self):
        if self.study_box.isChecked():
            self.search_study()
        else:
            self.findRequested.emit(self.find_edit.text(), False)

    def search_study(self) -> list[dict]:
        """Fill the result list from the study's full-text search; returns the hits."""
        query = self.find_edit.text()
        hits = self.study.search(query, limit=200) if query.strip() else []
        self.results.clear()
        for hit in hits:
            snippet = hit["snippet"].replace("[", "«").replace("]", "»")
            item = QListWidgetItem(f"{hit['participant']} · {clock(hit['start'])} · {snippet}")
            item.setData(Qt.UserRole, (hit["interview_id"], hit["segment_id"]))
            self.results.addItem(item)
        self.status.setText(self.tr("%n hit(s)", "", len(hits)))
        self.results.show()
        return hits

    def replacements_text(self, count: int) -> str:
        return self.tr("%n replacement(s)", "", count)

    def _activate(self, item: QListWidgetItem):
        interview_id, segment_id = item.data(Qt.UserRole)
        text = self.study.transcripts.segment(segment_id).text
        self.resultActivated.emit(interview_id, segment_id, first_match(text, self.find_edit.text()))
