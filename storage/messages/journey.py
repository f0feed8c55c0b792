"""Catalogue: the refusals of the main journey (consent, passphrase, study, participant, role, audio file,
disk, microphone, model, transcript, export target)."""

MESSAGES: dict[str, dict[str, str]] = {
    # consent (storage/consent/ledger.py, storage/participants.py)
    "consent.item.1": {"en": "audio recording", "nl": "geluidsopname"},
    "consent.item.2": {"en": "transcription on this laptop", "nl": "transcriptie op deze laptop"},
    "consent.item.3": {"en": "anonymous quotes in reports and publications",
                       "nl": "anonieme citaten in rapporten en publicaties"},
    "consent.item.4": {"en": "storage of the pseudonymised data", "nl": "bewaren van de gepseudonimiseerde gegevens"},
    "consent.item.5": {"en": "being contacted again", "nl": "opnieuw benaderd worden"},
    "consent.item.other": {"en": "item {item}", "nl": "punt {item}"},
    "consent.what": {"en": "{purpose} (item {item})", "nl": "{purpose} (punt {item})"},
    "consent.withdrawn_study": {"en": "{code} has withdrawn from the study.",
                                "nl": "{code} heeft zich teruggetrokken uit de studie."},
    "consent.participant_withdrawn": {"en": "Participant {code} has withdrawn from the study.",
                                      "nl": "Deelnemer {code} heeft zich teruggetrokken uit de studie."},
    "consent.not_again": {"en": "{code} has withdrawn from the study; consent cannot be recorded again.",
                          "nl": "{code} heeft zich teruggetrokken uit de studie; toestemming kan niet opnieuw "
                                "worden vastgelegd."},
    "consent.none_yet": {"en": "{code} has not consented to {what}: no consent is recorded yet.",
                         "nl": "{code} heeft geen toestemming gegeven voor {what}: er is nog geen toestemming "
                               "vastgelegd."},
    "consent.no_item": {"en": "{code}'s consent form has no item {item}; {purpose} is not covered.",
                        "nl": "Het toestemmingsformulier van {code} heeft geen punt {item}; {purpose} valt er "
                              "niet onder."},
    "consent.withdrawn_item": {"en": "{code} has withdrawn consent to {what}.",
                               "nl": "{code} heeft de toestemming voor {what} ingetrokken."},
    "consent.not_given": {"en": "{code} has not consented to {what}.",
                          "nl": "{code} heeft geen toestemming gegeven voor {what}."},
    "consent.method": {"en": "The consent method is verbal or written, not {method!r}.",
                       "nl": "Toestemming is mondeling of schriftelijk, niet {method!r}."},
    # passphrases (storage/connection.py, storage/study.py, storage/passphrase.py, storage/exchange/)
    "passphrase.wrong": {"en": "The passphrase does not open this study.",
                         "nl": "Deze wachtwoordzin opent de studie niet."},
    "passphrase.needed": {"en": "This study is encrypted: a passphrase is needed.",
                          "nl": "Deze studie is versleuteld: er is een wachtwoordzin nodig."},
    "passphrase.exchange_wrong": {"en": "The passphrase does not open {name} (or it is not a Veldwerk exchange "
                                        "file). Nothing was changed.",
                                  "nl": "De wachtwoordzin opent {name} niet (of het is geen Veldwerk-"
                                        "uitwisselbestand). Er is niets veranderd."},
    "passphrase.empty": {"en": "The passphrase is empty or only spaces.",
                         "nl": "De wachtwoordzin is leeg of bestaat alleen uit spaties."},
    "passphrase.short": {"en": "A passphrase needs at least {minimum} characters; this one has {length}.",
                         "nl": "Een wachtwoordzin heeft minstens {minimum} tekens nodig; deze heeft er {length}."},
    "passphrase.same": {"en": "The new passphrase is the same as the current one; nothing was changed.",
                        "nl": "De nieuwe wachtwoordzin is gelijk aan de huidige; er is niets veranderd."},
    # studies (storage/study.py, storage/connection.py, storage/locks.py)
    "study.is_file": {"en": "{path} is a file; choose a new folder name for the study.",
                      "nl": "{path} is een bestand; kies een nieuwe mapnaam voor de studie."},
    "study.not_empty": {"en": "{path} already exists and is not empty.",
                        "nl": "{path} bestaat al en is niet leeg."},
    "study.not_found": {"en": "{path} is not a Veldwerk study (no {marker} and {db}).",
                        "nl": "{path} is geen Veldwerk-studie (geen {marker} en {db})."},
    "study.not_named": {"en": "{path} is not a Veldwerk study ({marker} does not name the format).",
                        "nl": "{path} is geen Veldwerk-studie ({marker} noemt het formaat niet)."},
    "study.disk_full": {"en": "The disk holding this study is full ({free} KB free), so it cannot be opened. "
                              "Free some space and try again; nothing in the study was changed.",
                        "nl": "De schijf met deze studie is vol ({free} KB vrij), dus de studie kan niet worden "
                              "geopend. Maak ruimte vrij en probeer het opnieuw; er is niets in de studie veranderd."},
    "busy.rekey": {"en": "This study's passphrase is being changed in another Veldwerk window; try again when it "
                         "is done.",
                   "nl": "De wachtwoordzin van deze studie wordt in een ander Veldwerk-venster gewijzigd; probeer "
                         "het opnieuw als dat klaar is."},
    "busy.open_elsewhere": {"en": "Another Veldwerk window or command has this study open; close it first, then "
                                  "change the passphrase. Nothing was changed.",
                            "nl": "Een ander Veldwerk-venster of -commando heeft deze studie open; sluit dat eerst "
                                  "en wijzig dan de wachtwoordzin. Er is niets veranderd."},
    "busy.transcribing": {"en": "{code}'s interview is being transcribed by another Veldwerk window or command; "
                                "wait for it to finish or cancel it there.",
                          "nl": "Het interview van {code} wordt in een ander Veldwerk-venster of -commando "
                                "getranscribeerd; wacht tot het klaar is of annuleer het daar."},
    "busy.withdraw_transcribing": {"en": "{code}'s interview is being transcribed right now; cancel the "
                                         "transcription, then withdraw.",
                                   "nl": "Het interview van {code} wordt nu getranscribeerd; annuleer de "
                                         "transcriptie en trek dan terug."},
    # participants, roles, codes (storage/participants.py, storage/study.py, storage/codebook.py)
    "participant.exists": {"en": "Participant {code} already exists.", "nl": "Deelnemer {code} bestaat al."},
    "participant.bad_code": {"en": "A participant code is a short pseudonym such as R01, not {code!r}.",
                             "nl": "Een deelnemercode is een kort pseudoniem zoals R01, niet {code!r}."},
    "participant.not_found": {"en": "No participant {code!r} in this study.",
                              "nl": "Deze studie heeft geen deelnemer {code!r}."},
    "role.unknown": {"en": "Unknown role {role!r}; this study's roles are: {keys}.",
                     "nl": "Onbekende rol {role!r}; de rollen in deze studie zijn: {keys}."},
    "code.exists": {"en": "Code {name!r} already exists.", "nl": "Code {name!r} bestaat al."},
    # audio files and recordings (transcribe/decode.py, transcribe/importing.py, storage/recordings.py)
    "audio.empty": {"en": "The audio is empty.", "nl": "De audio is leeg."},
    "audio.missing": {"en": "{path} does not exist or is not a file.",
                      "nl": "{path} bestaat niet of is geen bestand."},
    "audio.folder": {"en": "{path} is a folder, not an audio file", "nl": "{path} is een map, geen audiobestand"},
    "audio.zero_bytes": {"en": "{name} is empty (0 bytes)", "nl": "{name} is leeg (0 bytes)"},
    "audio.unreadable": {"en": "{name} is not an audio or video file that can be read ({reason})",
                         "nl": "{name} is geen audio- of videobestand dat gelezen kan worden ({reason})"},
    "audio.no_stream": {"en": "{name} has no audio stream", "nl": "{name} bevat geen audiospoor"},
    "audio.no_mono": {"en": "{name}: its audio ({channels} channels, {rate} Hz) cannot be converted to mono "
                            "({reason})",
                      "nl": "{name}: de audio ({channels} kanalen, {rate} Hz) kan niet naar mono worden omgezet "
                            "({reason})"},
    "audio.no_samples": {"en": "{name} contains no audio samples (zero duration or corrupt)",
                         "nl": "{name} bevat geen geluid (duur nul of beschadigd)"},
    "audio.no_samples_because": {"en": "{name} contains no audio samples (zero duration or corrupt: {detail})",
                                 "nl": "{name} bevat geen geluid (duur nul of beschadigd; {detail})"},
    "disk.full_recording": {"en": "The disk is full: recording stopped; everything up to the last second is kept.",
                            "nl": "De schijf is vol: de opname is gestopt; alles tot de laatste seconde is bewaard."},
    # audio devices (transcribe/capture/)
    "device.no_portaudio": {"en": "PortAudio is not installed ({detail}); on Debian/Ubuntu: apt-get install "
                                  "libportaudio2",
                            "nl": "PortAudio is niet geïnstalleerd ({detail}); op Debian/Ubuntu: apt-get install "
                                  "libportaudio2"},
    "device.cannot_list": {"en": "Cannot list audio devices ({detail}); check that a microphone is connected.",
                           "nl": "De audioapparaten kunnen niet worden opgesomd ({detail}); controleer of er een "
                                 "microfoon is aangesloten."},
    "device.none": {"en": "no microphone found", "nl": "geen microfoon gevonden"},
    "device.ambiguous": {"en": "'{device}' matches more than one microphone ({names}); use the number",
                         "nl": "'{device}' past bij meer dan één microfoon ({names}); gebruik het nummer"},
    "device.unknown": {"en": "unknown microphone '{device}'; choose one of: {valid}",
                       "nl": "onbekende microfoon '{device}'; kies uit: {valid}"},
    "device.silent": {"en": "'{name}' delivered no audio within {seconds} s",
                      "nl": "'{name}' leverde binnen {seconds} s geen geluid"},
    "device.cannot_record": {"en": "Cannot record from the microphone ({detail}); check its connection or choose "
                                   "another one.",
                             "nl": "Opnemen met de microfoon lukt niet ({detail}); controleer de aansluiting of "
                                   "kies een andere microfoon."},
    "device.rate": {"en": "'{name}' cannot record at {rate} Hz (its default rate is {default} Hz; {detail})",
                    "nl": "'{name}' kan niet opnemen op {rate} Hz (de standaard is {default} Hz; {detail})"},
    "device.stopped": {"en": "The microphone '{name}' stopped: recording ended",
                       "nl": "De microfoon '{name}' is gestopt: de opname is beëindigd"},
    "device.stalled": {"en": "The microphone '{name}' sent no audio for {seconds} s: recording ended",
                       "nl": "De microfoon '{name}' gaf {seconds} s geen geluid: de opname is beëindigd"},
    "device.cannot_open": {"en": "Cannot open '{name}' ({detail}); check its connection or choose another "
                                 "microphone.",
                           "nl": "'{name}' kan niet worden geopend ({detail}); controleer de aansluiting of kies "
                                 "een andere microfoon."},
    # the model library (transcribe/models.py)
    "model.no_folder": {"en": "No such folder: {path}", "nl": "Deze map bestaat niet: {path}"},
    "model.is_file": {"en": "{path} is a file; a model is a folder with config.json, model.bin and tokenizer.json",
                      "nl": "{path} is een bestand; een model is een map met config.json, model.bin en tokenizer.json"},
    "model.no_bin": {"en": "{path} has no model.bin; it is not a CTranslate2 Whisper model",
                     "nl": "{path} bevat geen model.bin; het is geen CTranslate2-Whispermodel"},
    "model.no_config": {"en": "{path} has no config.json; it is not a CTranslate2 Whisper model",
                        "nl": "{path} bevat geen config.json; het is geen CTranslate2-Whispermodel"},
    "model.exists": {"en": "A model called '{name}' is already in the library; choose another name",
                     "nl": "Er staat al een model '{name}' in de bibliotheek; kies een andere naam"},
    "audio.truncated": {"en": "{name} is truncated or damaged: its header claims {claimed} but only {shown} could be "
                              "read; that part was imported ({shown}).",
                        "nl": "{name} is afgekapt of beschadigd: volgens de kop duurt het {claimed}, maar alleen "
                              "{shown} kon worden gelezen; dat deel is geïmporteerd ({shown})."},
    "audio.damaged_parts": {"en": "{name} has damaged parts ({damage}); what could be read was imported ({shown}).",
                            "nl": "{name} heeft beschadigde delen ({damage}); wat leesbaar was, is geïmporteerd "
                                  "({shown})."},
    # transcripts and the editor (storage/transcripts.py)
    "transcript.other_model": {"en": "Interview {interview} has an unfinished transcript made with model "
                                     "'{model}'; resume with that model or start over.",
                               "nl": "Interview {interview} heeft een onvoltooide transcriptie met model "
                                     "'{model}'; ga met dat model verder of begin opnieuw."},
    "transcript.exists": {"en": "Interview {interview} already has a transcript; replacing it discards edits and "
                                "codings.",
                          "nl": "Interview {interview} heeft al een transcriptie; vervangen gooit bewerkingen en "
                                "coderingen weg."},
    "segment.split_inside": {"en": "Put the cursor inside the segment's text to split it.",
                             "nl": "Zet de cursor binnen de tekst van het segment om het te splitsen."},
    "segment.last": {"en": "This is the last segment; there is nothing to merge it with.",
                     "nl": "Dit is het laatste segment; er is niets om het mee samen te voegen."},
    # export targets (storage/exports/target.py)
    "export.no_folder": {"en": "The folder {folder} does not exist.", "nl": "De map {folder} bestaat niet."},
    "export.is_folder": {"en": "{path} is a folder; give a file name to write.",
                         "nl": "{path} is een map; geef een bestandsnaam op."},
    "export.not_regular": {"en": "{path} is not a regular file (a device, link or pipe); an export only writes "
                                 "files.",
                           "nl": "{path} is geen gewoon bestand (een apparaat, koppeling of pipe); een export "
                                 "schrijft alleen bestanden."},
    "export.inside_study": {"en": "{path} is inside the study folder {study}; export to a folder outside any study.",
                            "nl": "{path} staat in de studiemap {study}; exporteer naar een map buiten elke studie."},
}
