"""A scripted walk through the whole journey in the real app, one screenshot per step.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.walkthrough --lang nl
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.walkthrough --lang en

New study → participant → consent → (the recording screen) → import a clip (tests/fixtures/dutch_espeak.wav,
instead of recording) → transcribe with the embedded model → edit → speakers → code a fragment → the Analyse
view → export → withdrawal → F1 and the manual. The screenshots (the whole X screen, dialogs included) go to
docs/screenshots/walkthrough/{nl,en}/NN-step.png; the manual (resources/manual/) reuses some of them.

Every dialog is the app's own, opened the way a researcher opens it (menus, buttons); the script fills
it in and presses its buttons. A dialog the script did not expect is photographed as "unexpected" and
printed, so a silent refusal or a surprise question shows up. The study lives in a temporary folder and
QSettings in another, so nothing of the researcher's own is touched. When `openbox` is installed
(`apt-get install openbox`) it runs as the window manager for the walk, so dialogs have frames and
sit over the main window as on a researcher's desktop (without one, a dialog's page blends into the page
behind it); `--no-wm` leaves it out.
"""
import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"
PASSPHRASE = "wandeling door veldwerk"
MANUAL = ROOT / "resources" / "manual" / "images"
MANUAL_WIDTH = 760
# the steps the manual (resources/manual/manual_{nl,en}.md) shows, copied to MANUAL/<lang>/<step>.png
MANUAL_STEPS = ("new-study", "participant", "consent-items", "consent-method", "take-saved", "interview-with-player",
                "transcribing", "edited", "speakers", "coded", "analysis", "export-done", "withdraw-confirmed", "withdrawn",
                "shortcuts")


def accept(dialog) -> None:
    """Press the dialog's accepting button (OK, Save, Create …) as a researcher would."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    button = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.AcceptRole)
    button.click()


class Walk:
    def __init__(self, app, out: Path, language: str, work: Path):
        from PySide6.QtCore import QTimer

        self.app, self.out, self.language, self.work = app, out, language, work
        self.number = 0
        self.handlers: list = []          # (predicate, handler) for the next modal dialogs, in order
        self.handled: list = []
        self.in_handler = False
        self.notes: list[str] = []
        self.poller = QTimer()
        self.poller.timeout.connect(self._poll)
        self.poller.start(100)

    # -- tools ---------------------------------------------------------------------------
    def settle(self, seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def wait(self, condition, timeout: float, what: str) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.05)
        self.note(f"timed out waiting for {what}")
        return False

    def shot(self, name: str) -> Path:
        self.settle()
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        self.app.primaryScreen().grabWindow(0).save(str(path), "PNG")
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)
        if name in MANUAL_STEPS:
            self.manual_image(path, name)
        return path

    def manual_image(self, path: Path, name: str) -> None:
        """The step for the manual: cut to the app's windows (no black screen around) and 760 px wide."""
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        area = QRect()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.isWindow():
                area = area.united(top.frameGeometry())
        image = QImage(str(path))
        if area.isValid():
            image = image.copy(area.intersected(image.rect()))
        if image.width() > MANUAL_WIDTH:
            image = image.scaledToWidth(MANUAL_WIDTH, Qt.SmoothTransformation)
        folder = MANUAL / self.language
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{name}.png"), "PNG")

    def note(self, text: str) -> None:
        print("NOTE:", text, flush=True)
        self.notes.append(text)

    def expect(self, kind, handler) -> None:
        """Run `handler(dialog)` when the next modal dialog of class `kind` (a class or its name) opens."""
        self.handlers.append((kind, handler))

    def _matches(self, kind, widget) -> bool:
        return type(widget).__name__ == kind if isinstance(kind, str) else isinstance(widget, kind)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        widget = QApplication.activeModalWidget()
        if widget is None or any(widget is seen for seen in self.handled) or not widget.isVisible():
            return
        self.handled.append(widget)   # the objects, not their id(): a freed wrapper's id comes back
        self.in_handler = True
        try:
            if self.handlers and self._matches(self.handlers[0][0], widget):
                _kind, handler = self.handlers.pop(0)
                try:
                    handler(widget)
                except Exception as exc:  # noqa: BLE001 - a broken step must not hang the walk
                    self.note(f"step failed in {type(widget).__name__}: {type(exc).__name__}: {exc}")
                    widget.reject()
            else:
                text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
                self.note(f"unexpected dialog {type(widget).__name__}: {text}")
                self.shot("unexpected")
                if isinstance(widget, QMessageBox) and widget.defaultButton() is not None:
                    widget.defaultButton().click()
                else:
                    widget.reject()
        finally:
            self.in_handler = False

    def record_take(self, w) -> None:
        """A short take from PulseAudio (tests/pulse.py's null sink plays the fixture into it), to show
        what the screen offers after a take; skipped with a note when there is no such capture device."""
        from tests import pulse

        try:
            pulse.ensure_null_sink()
        except Exception as exc:  # noqa: BLE001 - no PulseAudio here: the walk goes on without a take
            self.note(f"no take recorded (no PulseAudio: {exc})")
            return
        panel = w.recording
        panel.devices.reload()
        index = next((i for i in range(panel.devices.count()) if "pulse" in panel.devices.itemText(i).lower()), -1)
        if index < 0:
            self.note("no take recorded (no 'pulse' input device)")
            return
        panel.devices.setCurrentIndex(index)
        w.actions["record"].trigger()                    # Ctrl+R: start
        if not panel.is_recording():
            self.note(f"recording did not start: {panel.error.text()}")
            self.shot("recording-refused")
            return
        player = pulse.play(FIXTURE, wait=False)
        self.wait(lambda: player.poll() is not None, 60, "the clip to play")
        self.shot("recording")
        w.actions["record"].trigger()                    # Ctrl+R: stop and save
        self.wait(lambda: panel.take_box.isVisible(), 20, "the saved take")
        self.shot("take-saved")

    # -- the journey -----------------------------------------------------------------------
    def run(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox, QWizard

        from desktop.main_window import MainWindow

        w = self.window = MainWindow()
        w.show()
        self.wait(w.isVisible, 10, "the window")
        self.shot("welcome")

        def new_study(dialog):
            dialog.name.setText("Stigma sekswerk Tilburg")
            dialog.folder.setText(str(self.work))
            dialog.passphrase.setText(PASSPHRASE)
            dialog.repeat.setText(PASSPHRASE)
            dialog.consent_fields.retention.setDate(dialog.consent_fields.retention.date().addYears(5))
            dialog.consent_fields.contact.setText("Marieke de Vries, 013 466 9111")
            self.shot("new-study")
            accept(dialog)

        self.expect("NewStudyDialog", new_study)
        w.new_study()
        self.wait(lambda: w.study is not None, 60, "the new study")
        self.shot("study")

        def participant(dialog):
            dialog.role.setCurrentIndex(dialog.role.findData("sekswerker"))
            dialog.notes.setPlainText("Werkt zelfstandig vanuit een kamer.")
            self.shot("participant")
            accept(dialog)

        def yes(name):
            def handler(box):
                self.shot(name)
                box.button(QMessageBox.Yes).click()
            return handler

        def consent(wizard):
            self.shot("consent-form")
            wizard.next()
            for number in range(1, 6):
                wizard.items_page.set_answer(number, True)
            self.shot("consent-items")
            wizard.next()
            wizard.method_page.written.setChecked(True)
            wizard.method_page.researcher.setText("MV")
            self.shot("consent-method")
            wizard.next()
            self.shot("consent-summary")
            wizard.button(QWizard.FinishButton).click()

        self.expect("ParticipantDialog", participant)
        self.expect(QMessageBox, yes("consent-question"))
        self.expect("ConsentWizard", consent)
        self.expect(QMessageBox, yes("record-question"))
        w.add_participant()
        self.wait(lambda: w.stack.currentWidget() is w.recording, 20, "the recording screen")
        self.shot("recording-screen")
        self.record_take(w)

        # importing instead of recording (no microphone under Xvfb)
        w.show_participant("R01")
        self.shot("participant-page")
        before = {row.id for row in w.study.interviews.list()}
        w.work.import_files("R01", [str(FIXTURE)])
        self.wait(lambda: {row.id for row in w.study.interviews.list()} - before and not w.work.import_workers, 120, "the import")
        interview_id = max({row.id for row in w.study.interviews.list()} - before)
        w.open_interview(interview_id)
        player = w.interview_page.audio_player
        if player is None:
            self.note("the untranscribed interview has no player")
        else:
            self.wait(lambda: len(player.waveform.levels) > 0, 30, "the waveform")
        self.shot("interview-with-player")

        w.interview_page.transcribe_button.click()
        self.wait(lambda: w.queue.running() is not None and w.queue.running().fraction > 0, 120, "transcription progress")
        self.shot("transcribing")
        self.wait(lambda: w.study.interviews.get(interview_id).transcript_state == "complete"
                  and w.interview_page.workspace is not None, 900, "the transcript")
        self.wait(lambda: w.queue.worker is None, 600, "the transcription job (speakers) to end")
        w.open_interview(interview_id)
        ws = w.interview_page.workspace
        self.shot("transcript")

        # correct a word: the first word of the first segment gets a capital
        from PySide6.QtGui import QTextCursor

        ws.view.setFocus()
        cursor = QTextCursor(ws.view.document().findBlockByNumber(0))
        cursor.movePosition(QTextCursor.EndOfBlock)
        ws.view.setTextCursor(cursor)
        for ch in " (gecorrigeerd)" if self.language == "nl" else " (corrected)":
            from PySide6.QtTest import QTest

            QTest.keyClicks(ws.view, ch)
        ws.flush()
        self.shot("edited")

        # speakers: the bar above the text
        bar = ws.speaker_bar
        cursor = QTextCursor(ws.view.document().findBlockByNumber(0))
        ws.view.setTextCursor(cursor)
        self.settle()
        self.shot("speakers")

        # code a fragment with "trots" (select the second segment's text)
        doc = ws.view.document()
        block = doc.findBlockByNumber(min(1, doc.blockCount() - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        ws.view.setTextCursor(cursor)
        ws.coding.apply_code("trots")
        ws.view.setTextCursor(QTextCursor(block))
        self.shot("coded")
        if not w.study.codings.list():
            self.note("coding the fragment did not store a coding")

        from desktop.analysis import mount

        w.actions["analysis"].trigger()       # F9
        self.wait(lambda: getattr(w, "analysis_view", None) is not None, 20, "the Analyse view")
        self.shot("analysis")

        def export(dialog):
            dialog.set_format("coded-docx")
            dialog.path_edit.setText(str(self.work / ("interview.docx")))
            # the counted preview, its pseudonymisation check still loading (not the "Counting…" before it)
            self.wait(lambda: dialog.preview is not None, 60, "the export preview")
            self.shot("export")
            dialog.export_button.click()
            self.wait(lambda: dialog.written is not None, 180, "the export")
            self.shot("export-done")
            dialog.reject()

        w.open_interview(interview_id)
        self.expect("ExportDialog", export)
        w.actions["export"].trigger()
        self.settle()

        def withdraw(dialog):
            dialog.full.setChecked(True)
            self.shot("withdraw")
            dialog.confirm.setText("R01")
            dialog.receipt.setText(str(self.work / "intrekking-R01.docx"))
            self.shot("withdraw-confirmed")
            dialog.apply()

        w.tree.select("participant", "R01")
        self.expect("WithdrawDialog", withdraw)
        w.actions["withdraw"].trigger()
        self.settle(1.0)
        w.show_participant("R01")
        self.shot("withdrawn")

        w.actions["shortcuts"].trigger()      # F1
        self.settle(1.0)
        self.shot("shortcuts")
        w.shortcuts_dialog.close()
        w.actions["manual"].trigger()
        self.settle(1.0)
        self.shot("manual")
        w.manual_dialog.close()
        _ = (bar, mount, Qt)
        w.close_study()


@contextlib.contextmanager
def window_manager(wanted: bool):
    """openbox on the X display for the walk (when installed and wanted), stopped afterwards."""
    if not wanted or not shutil.which("openbox") or not os.environ.get("DISPLAY"):
        yield
        return
    manager = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 10
        while time.monotonic() < end and manager.poll() is None:  # until it has claimed the screen
            probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
            if "window id" in probe.stdout:
                break
            time.sleep(0.05)
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=10)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--no-wm", action="store_true", help="no window manager, even if openbox is installed")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "docs" / "screenshots" / "walkthrough" / args.lang
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    os.environ.setdefault("VELDWERK_NO_WARMUP", "1")
    from PySide6.QtCore import QSettings

    settings_dir = tempfile.mkdtemp(prefix="veldwerk-walk-settings-")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from desktop import i18n
    from desktop.app import make_app

    app = make_app([sys.argv[0]])
    QSettings().setValue("ui/language", args.lang)
    i18n.install(app, args.lang)
    with window_manager(not args.no_wm), tempfile.TemporaryDirectory(prefix="veldwerk-walk-") as work:
        walk = Walk(app, out, args.lang, Path(work))
        walk.run()
        walk.window.close()
    print(f"{walk.number} screenshots in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}; {len(walk.notes)} note(s)")
    for text in walk.notes:
        print(" -", text, flush=True)
    sys.stdout.flush()
    os._exit(0)   # the study is closed and the files written; do not wait for idle background threads at exit


if __name__ == "__main__":
    sys.exit(main())
