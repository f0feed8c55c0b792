"""Dutch for Study ▸ Import REFI-QDA project… (desktop/refi_import.py): refreshes refi_import_nl.ts, fills in the
translations below and compiles refi_import_nl.qm (the app loads every *_nl.qm).

    .venv/bin/python resources/translations/refi_import_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    "Import REFI-QDA &project…": "REFI-QDA-&project importeren…",
    "Codes, participants, transcripts and codings from QualCoder, ATLAS.ti, MAXQDA or NVivo (.qdpx)":
        "Codes, deelnemers, transcripten en coderingen uit QualCoder, ATLAS.ti, MAXQDA of NVivo (.qdpx)",
    "The project was not imported (an error in Veldwerk); nothing was changed.":
        "Het project is niet geïmporteerd (een fout in Veldwerk); er is niets veranderd.",
    "The project was not imported; nothing was changed. Reason: %1":
        "Het project is niet geïmporteerd; er is niets veranderd. Reden: %1",
    "Imported: %1 new codes, %2 participants, %3 interviews (text only), %4 codings.":
        "Geïmporteerd: %1 nieuwe codes, %2 deelnemers, %3 interviews (alleen tekst), %4 coderingen.",
    "%1 codes were already in the codebook and kept as they are.":
        "%1 codes stonden al in het codeboek en zijn gebleven zoals ze waren.",
    "Coders: %1.": "Codeurs: %1.",
    "Cases whose name could be a person's name got a neutral code: %1.":
        "Cases waarvan de naam een persoonsnaam kan zijn, kregen een neutrale code: %1.",
    "New roles: %1.": "Nieuwe rollen: %1.",
    "%1 audio sources were not stored: the participants have no consent to audio recording (item 1) in this study.":
        "%1 audiobronnen zijn niet opgeslagen: de deelnemers hebben in deze studie geen toestemming voor "
        "geluidsopname (item 1).",
    "%1 other sources (PDF, pictures, video, text outside the file) were not imported.":
        "%1 andere bronnen (pdf, afbeeldingen, video, tekst buiten het bestand) zijn niet geïmporteerd.",
    "%1 selections without a code or without text were skipped.":
        "%1 selecties zonder code of zonder tekst zijn overgeslagen.",
    "No consent is recorded for %1: their text is left out of every export until you take their consent "
    "(Participant ▸ Take consent…).":
        "Voor %1 is geen toestemming vastgelegd: hun tekst blijft buiten elke export tot u hun toestemming "
        "afneemt (Deelnemer ▸ Toestemming vragen…).",
    "Import REFI-QDA project": "REFI-QDA-project importeren",
    "REFI-QDA project (*.qdpx);;All files (*)": "REFI-QDA-project (*.qdpx);;Alle bestanden (*)",
    "Importing %1…": "%1 importeren…",
    "REFI-QDA project imported": "REFI-QDA-project geïmporteerd",
}


def main() -> int:
    return build_from_table(HERE / "refi_import_nl.ts", [str(ROOT / "desktop" / "refi_import.py")], NL)


if __name__ == "__main__":
    sys.exit(main())
