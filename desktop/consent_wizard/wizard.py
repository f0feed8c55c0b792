"""The consent wizard: the current form, the answers, the method and a summary; stored in the ledger."""
from PySide6.QtWidgets import QWizard

from desktop.consent_wizard.pages import FormPage, ItemsPage, MethodPage, SummaryPage


class ConsentWizard(QWizard):
    """Takes consent from one participant with the study's current consent form."""

    def __init__(self, study, code: str, parent=None, device=None):
        super().__init__(parent)
        self.study = study
        self.code = code
        self.form = study.consent.current_form()
        values = study.consent.forms.values(self.form["language"])
        self.setWindowTitle(self.tr("Consent of %1").replace("%1", code))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)   # the last page shows what was saved: only Close
        self.setMinimumSize(760, 560)
        self.form_page = FormPage(study, self.form)
        self.items_page = ItemsPage(self.form, values)
        self.method_page = MethodPage(study, code)
        self.method_page.clip.device = device
        self.summary_page = SummaryPage(study, self.form, values)
        for page in (self.form_page, self.items_page, self.method_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, self.tr("Close"))

    @property
    def record(self) -> dict | None:
        """The stored consent record (after the method page was committed)."""
        return self.method_page.record

    def reject(self) -> None:
        if self.method_page.record is None:
            self.method_page.clip.discard()
        super().reject()
