"""Catalogue: exports (storage/exports/): formats, target folders, what an export needs."""

MESSAGES: dict[str, dict[str, str]] = {
    "export.unknown_format": {"en": "Unknown export format {fmt!r}; choose one of: {formats}.",
                              "nl": "Onbekend exportformaat {fmt!r}; kies uit: {formats}."},
    "export.always_pseudonymised": {"en": "The {fmt} export is a handout for participants and is always "
                                          "pseudonymised; leave out --no-pseudonymise.",
                                    "nl": "De export {fmt} is een document voor deelnemers en is altijd "
                                          "gepseudonimiseerd; laat --no-pseudonymise weg."},
    "export.not_writable": {"en": "The folder {folder} is not writable; choose another folder.",
                            "nl": "In de map {folder} kan niet worden geschreven; kies een andere map."},
    "export.codebook_empty": {"en": "The codebook is empty: add a code before exporting it.",
                              "nl": "Het codeboek is leeg: voeg een code toe voordat je het exporteert."},
    "export.no_transcript": {"en": "There is no transcript to export.",
                             "nl": "Er is geen transcriptie om te exporteren."},
    "export.interview_no_transcript": {"en": "Interview {interview_id} has no transcript to export.",
                                       "nl": "Interview {interview_id} heeft geen transcriptie om te exporteren."},
    "export.one_interview": {"en": "Plain transcript formats hold one interview: give its id (--interview ID).",
                             "nl": "Eenvoudige transcriptformaten bevatten één interview: geef het id op "
                                   "(--interview ID)."},
}
