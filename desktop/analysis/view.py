"""The Analyse view (F9): one set of filters over the perception matrix with its network picture, the
category sheet (trots / wat goed gaat, oplossingsrichtingen: fragments grouped by role) and the
fragment list, beside the study overview. Counts and grouping come from storage.overview."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.analysis.overview_panel import OverviewPanel
from desktop.coding.excerpt_browser import ExcerptBrowser
from desktop.coding.labels import code_label
from desktop.coding.labels import roles as ui_roles
from desktop.coding.perception_overview import PerceptionOverview
from desktop.widgets.play_keys import install_play_keys
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
        for col, width in ((2, 125), (3, 175), (4, 125), (7, 150)):   # the fragment column takes what is left
            self.fragments.set_column_width(col, width)
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
        self.browsers = [self.fragments, self.perceptions.excerpts, *self.categories.values()]
        for browser in self.browsers:
            browser.playRequested.connect(lambda *_, b=browser: self._stop_others(b))
        self.play_keys = install_play_keys(self, self.toggle_play)
        self.refresh()

    # -- playback: one fragment at a time; Esc / Space anywhere in the view ----------------------------
    def _stop_others(self, playing) -> None:
        for browser in self.browsers:
            if browser is not playing:
                browser.stop()

    def active_browser(self):
        """The fragment list holding the focus, else the one on the shown tab."""
        focus = QApplication.focusWidget()
        for browser in self.browsers:
            if focus is not None and (focus is browser or browser.isAncestorOf(focus)):
                return browser
        page = self.tabs.currentWidget()
        if page is self.perceptions:
            return self.perceptions.excerpts
        if page is self.sheet:
            return next((b for b in self.categories.values() if b.rows), self.fragments)
        return self.fragments

    def toggle_play(self) -> None:
        playing = [b for b in self.browsers if b.is_playing()]
        for browser in playing:
            browser.stop()
        if not playing:
            self.active_browser().toggle_play()

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
        roles = ui_roles(self.study)
        for key, browser in self.categories.items():
            browser.rows = by_role([c for c in rows if c.code == key], roles)
            browser.texts = self.fragments.texts
            browser._fill()
        self.overview.refresh()
