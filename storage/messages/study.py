"""Catalogue: studies and their records: opening, schema, participants, interviews, recordings, transcripts (storage/study.py, connection.py, schema.py, interviews.py, participants.py, recordings.py, transcripts.py, transcript_formats.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "study.db_empty": {"en": "study.db is empty (0 bytes): the study file is damaged or was truncated. Restore it "
                             "from a backup; nothing was created.",
                       "nl": "study.db is leeg (0 bytes): het studiebestand is beschadigd of afgekapt. Zet het terug "
                             "uit een reservekopie; er is niets aangemaakt."},
    "study.no_name": {"en": "A study needs a name.", "nl": "Een studie heeft een naam nodig."},
    "technical.detail": {"en": "{text}", "nl": "technische melding: {text}"},
    "study.marker_damaged": {"en": "{marker} is damaged ({detail}); restore it from a backup of the study.",
                             "nl": "{marker} is beschadigd ({detail}); zet het terug uit een reservekopie van de "
                                   "studie."},
    "study.marker_no_encryption": {"en": "{marker} is damaged: it does not say whether the study is encrypted.",
                                   "nl": "{marker} is beschadigd: er staat niet in of de studie versleuteld is."},
    "study.closed": {"en": "The study is closed.", "nl": "De studie is gesloten."},
    "role.bad_key": {"en": "A role key is a short lower-case word, not {role!r}.",
                     "nl": "Een rolsleutel is een kort woord in kleine letters, niet {role!r}."},
    "passphrase.not_encrypted": {"en": "This study is not encrypted; it has no passphrase to change.",
                                 "nl": "Deze studie is niet versleuteld; er is geen wachtwoordzin om te wijzigen."},
    "passphrase.close_others": {"en": "Close other windows and jobs on this study before changing its passphrase.",
                                "nl": "Sluit eerst andere vensters en taken met deze studie en wijzig dan de "
                                      "wachtwoordzin."},
    "study.newer_schema": {"en": "This study was written by a newer Veldwerk (schema {current}, this version knows "
                                 "{latest}). Update Veldwerk to open it.",
                           "nl": "Deze studie is geschreven door een nieuwere versie van Veldwerk (schema {current}, deze "
                                 "versie kent {latest}). Werk Veldwerk bij om haar te openen."},
    "interview.not_found": {"en": "No interview {interview_id} in this study.",
                            "nl": "Deze studie heeft geen interview {interview_id}."},
    "participant.no_id": {"en": "No participant with id {participant_id}.",
                          "nl": "Er is geen deelnemer met id {participant_id}."},
    "recording.no_audio": {"en": "Interview {interview_id} has no audio.",
                           "nl": "Interview {interview_id} heeft geen audio."},
    "recording.not_found": {"en": "No recording {recording_id} in this study.",
                            "nl": "Deze studie heeft geen opname {recording_id}."},
    "transcript.not_found": {"en": "No transcript {transcript_id}.", "nl": "Er is geen transcriptie {transcript_id}."},
    "segment.not_found": {"en": "No segment {segment_id}.", "nl": "Er is geen segment {segment_id}."},
    "transcript.unknown_format": {"en": "Unknown transcript format '{fmt}'; choose one of {formats}",
                                  "nl": "Onbekend transcriptformaat '{fmt}'; kies uit {formats}"},
    "study.db_not_plain": {"en": "study.db is not a readable unencrypted database although study.json says the study "
                                 "is unencrypted: the file is damaged or encrypted, or the header was changed.",
                           "nl": "study.db is geen leesbare onversleutelde database, terwijl study.json zegt dat de "
                                 "studie onversleuteld is: het bestand is beschadigd of versleuteld, of de kop is "
                                 "veranderd."},
    "study.db_not_encrypted": {"en": "study.db is an unencrypted database although study.json says the study is "
                                     "encrypted: the file was replaced or the header changed. Nothing was opened.",
                               "nl": "study.db is een onversleutelde database, terwijl study.json zegt dat de studie "
                                     "versleuteld is: het bestand is vervangen of de kop is veranderd. Er is niets "
                                     "geopend."},
    "study.db_size": {"en": "study.db is damaged: its size ({size} bytes) is not a whole number of pages. Restore it "
                            "from a backup.",
                      "nl": "study.db is beschadigd: de grootte ({size} bytes) is geen geheel aantal pagina's. Zet "
                            "het terug uit een reservekopie."},
    "study.db_checksum": {"en": "study.db is damaged: {failing} of its {pages} pages fail their checksum (the "
                                "passphrase is right). Restore it from a backup.",
                          "nl": "study.db is beschadigd: {failing} van de {pages} pagina's kloppen niet met hun "
                                "controlesom (de wachtwoordzin is juist). Zet het terug uit een reservekopie."},
    "study.db_malformed": {"en": "study.db is damaged (SQLite reports a malformed database). Restore it from a "
                                 "backup.",
                           "nl": "study.db is beschadigd (SQLite meldt een misvormde database). Zet het terug uit "
                                 "een reservekopie."},
    "study.cannot_open": {"en": "The study could not be opened ({detail}). Check that the folder is complete and "
                                "readable, or open a backup.",
                          "nl": "De studie kon niet worden geopend ({detail}). Controleer of de map compleet en "
                                "leesbaar is, of open een reservekopie."},
}
