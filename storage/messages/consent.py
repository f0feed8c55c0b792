"""Catalogue: consent forms, the consent ledger, withdrawal and the consent settings (storage/consent/, storage/consent_settings.py, storage/withdrawal_receipt.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "consent.record_hash": {"en": "Consent record {id} does not match its hash; it is not trusted (run veldwerk "
                                  "consent verify).",
                            "nl": "Toestemmingsrecord {id} klopt niet met zijn hash; het wordt niet vertrouwd (voer "
                                  "veldwerk consent verify uit)."},
    "consent.no_default_form": {"en": "No default consent form in language {language!r}.",
                                "nl": "Er is geen standaardtoestemmingsformulier in de taal {language!r}."},
    "consent.item_needs_text": {"en": "Each consent item needs a number and a text.",
                                "nl": "Elk punt van de toestemming heeft een nummer en een tekst nodig."},
    "consent.item_whole_number": {"en": "Each consent item needs a whole number (1, 2, 3...).",
                                  "nl": "Elk punt van de toestemming heeft een heel getal als nummer (1, 2, 3...)."},
    "consent.item_bad": {"en": "Consent item {number} needs a number of 1 or more and a text.",
                         "nl": "Punt {number} van de toestemming heeft een nummer van 1 of hoger en een tekst nodig."},
    "consent.item_twice": {"en": "Two consent items have the same number.",
                           "nl": "Twee punten van de toestemming hebben hetzelfde nummer."},
    "consent.items_missing": {"en": "A consent form needs items 1 (audio recording), 2 (transcription) and 3 "
                                    "(quotes); missing: {missing}.",
                              "nl": "Een toestemmingsformulier heeft de punten 1 (geluidsopname), 2 (transcriptie) "
                                    "en 3 (citaten) nodig; er ontbreekt: {missing}."},
    "consent.form_no_text": {"en": "The consent form has no text.",
                             "nl": "Het toestemmingsformulier heeft geen tekst."},
    "consent.form_language": {"en": "A form language is a code such as nl or en, not {language!r}.",
                              "nl": "De taal van een formulier is een code zoals nl of en, niet {language!r}."},
    "consent.no_form_version": {"en": "No consent form version {version} in this study.",
                                "nl": "Deze studie heeft geen toestemmingsformulier versie {version}."},
    "consent.no_form": {"en": "This study has no consent form yet.",
                        "nl": "Deze studie heeft nog geen toestemmingsformulier."},
    "consent.no_researcher": {"en": "Say which researcher took the consent.",
                              "nl": "Zeg welke onderzoeker de toestemming heeft gevraagd."},
    "consent.verbal_needs_clip": {"en": "Verbal consent needs a recorded consent clip of the participant.",
                                  "nl": "Mondelinge toestemming heeft een toestemmingsopname van de deelnemer nodig."},
    "consent.items_are_numbers": {"en": "Consent items are numbers, not {value!r}.",
                                  "nl": "Punten van de toestemming zijn nummers, niet {value!r}."},
    "consent.item_not_on_form": {"en": "Item {number} is not on consent form version {version} (its items are "
                                       "{numbers}).",
                                 "nl": "Punt {number} staat niet op toestemmingsformulier versie {version} (de "
                                       "punten zijn {numbers})."},
    "consent.answer_yes_no": {"en": "The answer to item {number} must be yes or no.",
                              "nl": "Het antwoord op punt {number} moet ja of nee zijn."},
    "consent.clip_not_theirs": {"en": "Recording {recording_id} is not a consent clip of {code}.",
                                "nl": "Opname {recording_id} is geen toestemmingsopname van {code}."},
    "consent.clip_unfinished": {"en": "Consent clip {recording_id} is not finished or holds no audio.",
                                "nl": "Toestemmingsopname {recording_id} is niet afgerond of bevat geen geluid."},
    "consent.already_withdrawn": {"en": "{code} has already withdrawn from the study.",
                                  "nl": "{code} heeft zich al teruggetrokken uit de studie."},
    "consent.withdraw_recording": {"en": "{code} is being recorded right now; stop the recording, then withdraw.",
                                   "nl": "{code} wordt op dit moment opgenomen; stop de opname en trek dan terug."},
    "consent.items_numbers_example": {"en": "Consent items are numbers such as 3 or 3,5.",
                                      "nl": "Punten van de toestemming zijn nummers zoals 3 of 3,5."},
    "consent.withdraw_what": {"en": "Name the items to withdraw, or withdraw everything.",
                              "nl": "Noem de punten die worden ingetrokken, of trek alles in."},
    "consent.nothing_recorded": {"en": "{code} has no recorded consent to withdraw.",
                                 "nl": "{code} heeft geen vastgelegde toestemming om in te trekken."},
    "consent.item_not_theirs": {"en": "Item {item} is not on {code}'s consent form (its items are {numbers}).",
                                "nl": "Punt {item} staat niet op het toestemmingsformulier van {code} (de punten "
                                      "zijn {numbers})."},
    "consent.nothing_to_withdraw": {"en": "{code} has not consented to item {numbers}; nothing to withdraw.",
                                    "nl": "{code} heeft geen toestemming gegeven voor punt {numbers}; er is niets in "
                                          "te trekken."},
    "consent.retention_format": {"en": "The retention date takes a real date as YYYY-MM-DD, not {text!r}.",
                                 "nl": "De bewaartermijn is een echte datum als JJJJ-MM-DD, niet {text!r}."},
    "consent.retention_past": {"en": "The retention date {text} is not in the future.",
                               "nl": "De bewaartermijn {text} ligt niet in de toekomst."},
    "consent.no_contact": {"en": "The contact for participants is empty.",
                           "nl": "Het contact voor deelnemers is leeg."},
    "consent.not_a_withdrawal": {"en": "Consent ledger record {record_id} is not a withdrawal.",
                                 "nl": "Record {record_id} van het toestemmingsregister is geen intrekking."},
    "consent.no_receipt": {"en": "{code} has not withdrawn anything; there is no receipt to write.",
                           "nl": "{code} heeft niets ingetrokken; er is geen bewijs van intrekking te maken."},
    "consent.ledger_untrusted": {"en": "{problem}; it is not trusted and allows nothing (run veldwerk consent verify).",
                                 "nl": "{problem}; het wordt niet vertrouwd en staat niets toe (voer veldwerk consent "
                                       "verify uit)."},
    # why the ledger is not trusted (storage/consent/chain.py, seal.py); they open a refusal, capitalised there
    "consent.trust_link": {"en": "consent record {id} no longer links to the record before it (a record was removed, "
                                 "inserted or reordered)",
                           "nl": "toestemmingsrecord {id} sluit niet meer aan op het record ervoor (er is een record "
                                 "verwijderd, ingevoegd of verplaatst)"},
    "consent.trust_hash": {"en": "Consent record {id} does not match its hash",
                           "nl": "Toestemmingsrecord {id} klopt niet met zijn hash"},
    "consent.trust_audit": {"en": "Consent record {id} has no matching audit-log entry (it was added outside Veldwerk)",
                            "nl": "Toestemmingsrecord {id} heeft geen bijpassende regel in het auditlogboek (het is "
                                  "buiten Veldwerk toegevoegd)"},
    "consent.seal_unreadable": {"en": "the ledger seal in study.json is unreadable",
                                "nl": "het zegel van het toestemmingsregister in study.json is onleesbaar"},
    "consent.seal_mac": {"en": "the ledger seal in study.json does not match this study's passphrase (the header was "
                               "changed)",
                         "nl": "het zegel van het toestemmingsregister in study.json past niet bij de wachtwoordzin "
                               "van deze studie (de kop is veranderd)"},
    "consent.seal_short": {"en": "the ledger has {records} records but was sealed with {count}: records were removed "
                                 "from its end, or study.db was replaced by an older copy",
                           "nl": "het toestemmingsregister heeft {records} records maar is verzegeld met {count}: er "
                                 "zijn records van het eind verwijderd, of study.db is vervangen door een oudere kopie"},
    # why `veldwerk consent verify` stops at a record (storage/consent/chain.py, _check)
    "consent.verify_link": {"en": "its link to the record before it is broken (a record was removed, inserted or reordered)",
                            "nl": "de koppeling met het record ervoor is verbroken (er is een record verwijderd, "
                                  "ingevoegd of verplaatst)"},
    "consent.verify_hash": {"en": "its contents no longer match its hash (the record was changed after it was written)",
                            "nl": "de inhoud klopt niet meer met de hash (het record is veranderd nadat het is "
                                  "geschreven)"},
    "consent.verify_form_missing": {"en": "its consent form version {version} is missing",
                                    "nl": "versie {version} van het toestemmingsformulier ontbreekt"},
    "consent.verify_form_changed": {"en": "consent form version {version} was changed after it was stored",
                                    "nl": "versie {version} van het toestemmingsformulier is veranderd nadat die is "
                                          "opgeslagen"},
    "consent.verify_form_hash": {"en": "its form hash does not match consent form version {version}",
                                 "nl": "de formulierhash klopt niet met versie {version} van het toestemmingsformulier"},
    "consent.verify_clip_missing": {"en": "its consent clip (recording {clip}) is missing",
                                    "nl": "de toestemmingsopname (opname {clip}) ontbreekt"},
    "consent.verify_clip_not_theirs": {"en": "recording {clip} is not a consent clip of this participant",
                                       "nl": "opname {clip} is geen toestemmingsopname van deze deelnemer"},
    "consent.verify_clip_changed": {"en": "its consent clip (recording {clip}) no longer matches its sha256 (the audio "
                                          "was changed)",
                                    "nl": "de toestemmingsopname (opname {clip}) klopt niet meer met de sha256 (het "
                                          "geluid is veranderd)"},
    "consent.verify_audit": {"en": "the record the audit log lists is missing or different in the ledger",
                             "nl": "het record dat het auditlogboek noemt ontbreekt in het register of is anders"},
    "consent.verify_at": {"en": "record {id}: {reason}", "nl": "registratie {id}: {reason}"},
    "consent.seal_head": {"en": "record {count} is not the record the ledger was sealed with",
                          "nl": "record {count} is niet het record waarmee het toestemmingsregister is verzegeld"},
    # the `veldwerk consent` command (desktop/commands/consent.py)
    "consent.cli.broken": {"en": "The consent ledger is broken at record {record}: {reason} ({checked} records checked).",
                           "nl": "Het toestemmingsregister is gebroken bij record {record}: {reason} ({checked} "
                                 "records gecontroleerd)."},
    "consent.cli.no_form_in": {"en": "This study has no consent form in {language!r}.",
                               "nl": "Deze studie heeft geen toestemmingsformulier in {language!r}."},
    "consent.cli.cannot_read": {"en": "Cannot read {path}: {reason}.", "nl": "{path} kan niet worden gelezen: {reason}."},
    "consent.cli.not_json": {"en": "{path} is not valid JSON: {detail}.", "nl": "{path} is geen geldige JSON: {detail}."},
    "consent.cli.not_object": {"en": "{path} must hold a JSON object with language, title, text and items.",
                               "nl": "{path} moet een JSON-object bevatten met `language`, `title`, `text` en `items`."},
    "consent.cli.retention_date": {"en": "--retention-until takes a real date as YYYY-MM-DD, not {value!r}.",
                                   "nl": "--retention-until neemt een bestaande datum als JJJJ-MM-DD, niet {value!r}."},
    "consent.cli.contact_empty": {"en": "--contact is empty.", "nl": "--contact is leeg."},
    "consent.cli.clip_empty": {"en": "The consent clip holds no audio (recording ended: {ended}).",
                               "nl": "De toestemmingsopname bevat geen geluid (de opname eindigde: {ended})."},
    "consent.cli.items": {"en": "{option} takes item numbers separated by commas, such as 1,2,3, not {text!r}.",
                          "nl": "{option} neemt itemnummers gescheiden door komma's, zoals 1,2,3, niet {text!r}."},
    "consent.cli.both": {"en": "Item {item} is both agreed to (--items) and declined (--declined).",
                         "nl": "Item {item} is zowel gegeven (--items) als geweigerd (--declined)."},
    "consent.cli.verbal_clip": {"en": "Verbal consent needs the spoken consent: give --clip AUDIO or --record-clip SECONDS.",
                                "nl": "Mondelinge toestemming heeft de uitgesproken toestemming nodig: geef --clip AUDIO "
                                      "of --record-clip SECONDEN."},
    "consent.cli.no_clip": {"en": "{path} does not exist or is not a file.",
                            "nl": "{path} bestaat niet of is geen bestand."},
    "consent.cli.clip_seconds": {"en": "--record-clip takes a number of seconds above zero.",
                                 "nl": "--record-clip neemt een aantal seconden boven nul."},
}
