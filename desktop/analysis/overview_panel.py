"""The study overview of the Analyse view: the figures of storage.overview, in the UI's locale."""
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from desktop.coding.labels import code_label, role_labels
from desktop.i18n import decimal
from storage.overview import study_overview


class OverviewPanel(QScrollArea):
    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.label = QLabel()
        self.label.setTextFormat(Qt.RichText)
        self.label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.label.setWordWrap(True)
        self.label.setMargin(12)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.figures = None

    def hours(self, seconds: float) -> str:
        return self.tr("%1 hours").replace("%1", decimal(seconds / 3600))

    def refresh(self):
        o = self.figures = study_overview(self.study)
        roles = role_labels(self.study)
        states = {"given": self.tr("consent given"), "partly_withdrawn": self.tr("partly withdrawn"),
                  "none": self.tr("no consent yet"), "withdrawn": self.tr("withdrawn"),
                  "damaged": self.tr("records damaged (not trusted)")}
        codes = {c["id"]: code_label(c) for c in self.study.codebook.list()}
        n = QLocale().toString

        def table(rows):
            return "<table cellspacing=0 cellpadding=3>" + "".join(
                f"<tr><td>{a}</td><td align=right><b>{b}</b></td></tr>" for a, b in rows) + "</table>"

        heads = {"people": self.tr("Participants"), "consent": self.tr("Consent"), "interviews": self.tr("Interviews"),
                 "codings": self.tr("Codings per code")}
        parts = [
            f"<h3>{heads['people']}: {n(o.participants)}</h3>",
            table([(roles.get(k, k), n(v)) for k, v in o.participants_per_role.items()]),
            f"<h3>{heads['consent']}</h3>",
            table([(states.get(k, k), n(v)) for k, v in o.consent.items() if v or k != "damaged"]),
            f"<h3>{heads['interviews']}: {n(o.interviews)}</h3>",
            table([(self.tr("recorded"), self.hours(o.recorded_seconds)),
                   (self.tr("transcribed"), self.hours(o.transcribed_seconds)),
                   (self.tr("interviews transcribed"), n(o.transcribed_interviews)),
                   (self.tr("interviews reviewed"), n(o.reviewed_interviews)),
                   (self.tr("not reviewed yet"), n(max(0, o.interviews - o.reviewed_interviews)))]),
            f"<h3>{heads['codings']}</h3>",
            table([(codes.get(k, str(k)), n(v)) for k, v in sorted(o.codings_per_code.items(), key=lambda kv: -kv[1])]
                  or [(self.tr("no codings yet"), "")]),
        ]
        self.label.setText("".join(parts))
