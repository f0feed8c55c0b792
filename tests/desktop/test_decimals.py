"""Numbers with a fraction follow the UI language: "0.1 hours" in English, "0,1 uur" in Dutch (the English UI
said "0,1 hours"), through the one helper desktop.i18n.decimal."""
import re
from pathlib import Path

from desktop import i18n
from desktop.analysis.overview_panel import OverviewPanel
from desktop.participants.pages import StudyPage

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
NOT_ON_SCREEN = {"i18n.py", "tempo.py"}  # the helper itself; the ffmpeg atempo filter's argument


def test_the_english_ui_writes_a_decimal_point_and_the_dutch_ui_a_comma(app, qtbot, study, settings):
    panel, page = OverviewPanel(study), StudyPage()
    qtbot.addWidget(panel)
    qtbot.addWidget(page)
    assert i18n.decimal(0.1) == "0.1" and i18n.decimal(1.25, None) == "1.25"
    assert panel.hours(360) == "0.1 hours"
    page.show_study(study)
    assert "0.0 hours of audio" in page.counts.text()
    i18n.install(app, "nl")
    try:
        assert i18n.decimal(0.1) == "0,1" and i18n.decimal(1.25, None) == "1,25"
        assert panel.hours(360) == "0,1 uur"
        page.show_study(study)
        assert "0,0 uur" in page.counts.text()
    finally:
        i18n.install(app, "en")
    assert panel.hours(5400) == "1.5 hours"


def test_no_screen_formats_a_fraction_itself():
    """Decimals on screen go through i18n.decimal (the CLI under desktop/commands prints English as before)."""
    own = re.compile(r"""\{[^{}]*:[.,]?\.?[1-9]f\}|QLocale\(\)\.toString\([^)]*["'][fg]["']""")
    found = [f"{path.relative_to(DESKTOP)}:{n}" for path in DESKTOP.rglob("*.py")
             if "commands" not in path.parts and path.name not in NOT_ON_SCREEN
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if own.search(line)]
    assert found == []
