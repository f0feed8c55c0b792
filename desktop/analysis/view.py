"""The Analyse view (F9): one set of filters over the perception matrix with its network picture, the
category sheet (trots / wat goed gaat, oplossingsrichtingen: fragments grouped by role) and the
fragment list, beside the study overview. Counts and grouping come from storage.overview."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.analysis.overview_panel import OverviewPanel
from desktop.coding.excerpt_browser import ExcerptBrowser
from desktop.coding.labels import code_label
from desktop.coding.perception_overview import PerceptionOverview
from storage.overview import CATEGORY_CODES, by_role, perception_counts


class AnalysisView(QWidget):
    jumpRequested = Signal(int, int, int)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # the shared filters are the fragment list's own bar, lifted above the tabs
        self.fragments = ExcerptBrowser(study, load=False)
        self.filter_bar = self.fragments.filter_bar
        layout.addWidget(self.filter_bar)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.perceptions = PerceptionOverview(study)
        self.perceptions.counts = lambda: perception_counts(self.fragments.rows)
        self.tabs.addTab(self.perceptions, self.tr("Perceptions"))
        self.sheet = QSplitter(Qt.Vertical)
        self.sheet.setChildrenCollapsible(False)   # each category keeps its minimum height
        self.categories: dict[str, ExcerptBrowser] = {}
        codes = {c["key"]: c for c in study.codebook.list()}
        for key in CATEGORY_CODES:
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(QLabel("<b>" + (code_label(codes[key]) if key in codes else key) + "</b>"))
            browser = ExcerptBrowser(study, show_filters=False, load=False)
            browser.table.setColumnHidden(3, True)   # every row has the category's code
            browser.table.setColumnHidden(4, True)   # "about" is for perceptions only
            browser.jumpRequested.connect(self.jumpRequested)
            col.addWidget(browser, 1)
            box.setMinimumHeight(160)
            self.sheet.addWidget(box)
            self.categories[key] = browser
        self.tabs.addTab(self.sheet, self.tr("Pride and solutions"))
        self.tabs.addTab(self.fragments, self.tr("Fragments"))
        header = self.fragments.table.horizontalHeader()
        for col, width in ((2, 125), (3, 175), (4, 125), (7, 150)):   # the fragment column takes what is left
            header.resizeSection(col, width)
        self.overview = OverviewPanel(study)
        self.tabs.addTab(self.overview, self.tr("Study overview"))
        for widget in (self.fragments, self.perceptions):
            widget.jumpRequested.connect(self.jumpRequested)
        self._refresh_fragments = self.fragments.refresh
        self.fragments.refresh = self.refresh       # the filter bar's signals are bound to the bound method
        for box in (self.fragments.code_box, self.fragments.participant_box, self.fragments.role_box,
                    self.fragments.about_box):
            box.currentIndexChanged.disconnect()
            box.currentIndexChanged.connect(self.refresh)
        self.fragments.text_edit.textChanged.disconnect()
        self.fragments.text_edit.textChanged.connect(self.refresh)
        self.refresh()

    def filters(self) -> dict:
        f = self.fragments
        return dict(participant=f.participant_box.currentData(), role=f.role_box.currentData(),
                    about_role=f.about_box.currentData(), text=f.text_edit.text())

    def refresh(self, *_):
        """Apply the shared filters to the fragment list, the matrix and network, and the category sheet."""
        self._refresh_fragments()
        rows = self.fragments.rows
        shared = self.filters()
        self.perceptions.cell_filters = {k: v for k, v in shared.items() if v}
        self.perceptions.refresh()
        roles = self.study.roles()
        for key, browser in self.categories.items():
            browser.rows = by_role([c for c in rows if c["code"] == key], roles)
            browser._fill()
        self.overview.refresh()
