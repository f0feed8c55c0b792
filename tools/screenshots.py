"""Screenshots of every screen of part 1, from the real widgets on a demo study, into docs/screenshots/.

    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 .venv/bin/python -m tools.screenshots

The demo study is made with the core API in a temporary folder (deleted afterwards). It records
from the default input for the recording screen when there is one (start PulseAudio with
.ci/pulse.sh first; the Dutch test clip is played into the sink), and transcribes the Dutch
fixture for the queue and interview screens. The UI language is Dutch (the default).
"""
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
FIXTURE = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"
PASSPHRASE = "veldwerk demo passphrase"
SIZE = (1100, 700)


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget, name: str, app) -> Path:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG")
    print(path.relative_to(ROOT))
    return path


def build_study(folder: Path):
    """A small demo study: four participants in four consent states, one imported interview."""
    from storage import Study
    from transcribe.importing import import_audio

    study = Study.create(folder / "Stigma sekswerk Tilburg.veldwerk", name="Stigma sekswerk Tilburg",
                         passphrase=PASSPHRASE)
    study.set_setting("glossary", ["GGD", "klankbordgroep", "exploitant"])
    all_yes = {n: True for n in range(1, 6)}
    for code, role in (("R01", "sekswerker"), ("R02", "politie"), ("R03", "gemeente"), ("R04", "hulpverlening"),
                       ("R05", "exploitant")):
        study.participants.add(code, role)
    study.consent.record("R01", all_yes, method="written", researcher="MV")
    study.consent.record("R02", all_yes, method="written", researcher="MV")
    study.consent.withdraw("R02", items=[3], researcher="MV")
    study.consent.record("R04", all_yes, method="written", researcher="MV")
    study.consent.withdraw("R04", researcher="MV")
    study.consent.record("R05", all_yes, method="written", researcher="MV")
    first = import_audio(study, "R01", FIXTURE, interviewer="MV", location="Tilburg")
    second = import_audio(study, "R02", FIXTURE, interviewer="MV", location="Tilburg")
    return study, first, second


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWizard

    QSettings.setDefaultFormat(QSettings.IniFormat)
    settings_dir = tempfile.mkdtemp(prefix="veldwerk-shots-settings-")
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from desktop.app import make_app

    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="veldwerk-shots-"))
    try:
        study, first, second = build_study(work)
        return shoot(app, study, first, second, work, QWizard)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(settings_dir, ignore_errors=True)


def shoot(app, study, first, second, work, QWizard) -> int:
    from desktop.main_window import MainWindow
    from desktop.study_dialogs import NewStudyDialog, OpenStudyDialog
    from desktop.welcome import remember_study

    remember_study(study.path)
    remember_study(work / "Pilot klankbordgroep.veldwerk")
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    save(window, "01-welcome", app)

    dialog = NewStudyDialog(window, folder=work)
    dialog.name.setText("Stigma sekswerk Tilburg 2")
    dialog.passphrase.setText("rode draad langs de piushaven")
    dialog.repeat.setText("rode draad langs de piushaven")
    dialog.show()
    save(dialog, "02-new-study", app)
    dialog.close()

    study.close()
    opener = OpenStudyDialog(study.path, window)
    opener.passphrase.setText("verkeerd")
    opener.show()
    opener.try_open()
    save(opener, "03-open-wrong-passphrase", app)
    opener.passphrase.setText(PASSPHRASE)
    opener.try_open()
    study = opener.study
    window.set_study(study)
    window.tree.select("participant", "R01")
    save(window, "04-participant", app)

    window.tree.select("participant", "R03")
    from desktop.consent_wizard import ConsentWizard

    wizard = ConsentWizard(study, "R03", window)
    wizard.resize(820, 600)
    wizard.show()
    save(wizard, "05-consent-form", app)
    wizard.next()
    for number in (1, 2, 4, 5):
        wizard.items_page.set_answer(number, True)
    wizard.items_page.set_answer(3, False)
    save(wizard, "06-consent-questions", app)
    wizard.next()
    wizard.method_page.researcher.setText("MV")
    recorded_clip = wizard.method_page.clip.start()
    if recorded_clip:
        play_clip(app, seconds=3)
        wizard.method_page.clip.stop()
    else:
        wizard.method_page.written.setChecked(True)
    save(wizard, "07-consent-method", app)
    wizard.next()
    save(wizard, "08-consent-summary", app)
    wizard.accept()
    window.refresh()

    window.work.show_recording("R03")
    panel = window.recording
    if panel.start():
        player = play_clip(app, seconds=0, wait=False)
        settle(app, 2.5)
        panel.marker_label.setText("vraag over handhaving")
        panel.add_marker()
        settle(app, 3.0)
        save(window, "09-recording", app)
        if player is not None:
            player.wait()
        panel.stop()
    else:
        save(window, "09-recording", app)

    window.work.transcribe(first)
    job = window.queue.jobs[-1]
    deadline = time.monotonic() + 120
    while job.fraction < 0.3 and job.active and time.monotonic() < deadline:
        settle(app, 0.1)
    window.work.transcribe(second)
    save(window, "10-transcription-queue", app)
    while window.queue.busy() and time.monotonic() < deadline + 120:
        settle(app, 0.2)
    window.open_interview(first)
    save(window, "11-interview", app)

    from desktop.settings_dialog import SettingsDialog

    settings = SettingsDialog(study, window)
    settings.show()
    save(settings, "12-settings", app)
    settings.close()

    from desktop.participants.dialogs import WithdrawDialog

    withdraw = WithdrawDialog(study, "R01", window)
    withdraw.show()
    save(withdraw, "13-withdraw", app)
    withdraw.close()
    window.close()
    return 0


def play_clip(app, seconds: float, wait: bool = True):
    """Play the Dutch clip into the default PulseAudio sink, if there is one."""
    try:
        player = subprocess.Popen(["paplay", str(FIXTURE)], stderr=subprocess.DEVNULL)
    except OSError:
        return None
    if wait:
        settle(app, seconds)
    return player


if __name__ == "__main__":
    sys.exit(main())
