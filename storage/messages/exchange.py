"""Catalogue: researchers and exchange files between copies of a study (storage/exchange/)."""

MESSAGES: dict[str, dict[str, str]] = {
    "exchange.no_study_id": {"en": "This study has no study id; open it once with this Veldwerk and try again.",
                             "nl": "Deze studie heeft geen studie-id; open haar een keer met deze versie van Veldwerk en "
                                   "probeer het opnieuw."},
    "exchange.no_conflict": {"en": "No conflict {conflict_id}; `veldwerk exchange conflicts` lists them.",
                             "nl": "Er is geen conflict {conflict_id}; `veldwerk exchange conflicts` toont ze."},
    "exchange.conflict_resolved": {"en": "Conflict {conflict_id} was resolved already ({resolution}).",
                                   "nl": "Conflict {conflict_id} is al opgelost ({resolution})."},
    "exchange.keep": {"en": "Keep 'mine' or 'theirs', not {keep!r}.", "nl": "Kies 'mine' of 'theirs', niet {keep!r}."},
    "exchange.cannot_place": {"en": "Their version cannot be placed in this copy ({reason}); nothing was changed.",
                              "nl": "Hun versie kan niet in deze kopie worden geplaatst ({reason}); er is niets "
                                    "veranderd."},
    "exchange.damaged": {"en": "{name} is damaged ({why}); ask for the exchange file again. Nothing was changed.",
                         "nl": "{name} is beschadigd ({why}); vraag het uitwisselbestand opnieuw. Er is niets "
                               "veranderd."},
    "exchange.no_file": {"en": "There is no file {path}.", "nl": "Er is geen bestand {path}."},
    "exchange.unreadable": {"en": "{path} cannot be read ({reason}).",
                            "nl": "{path} kan niet worden gelezen ({reason})."},
    "exchange.not_a_file": {"en": "{path} is not a file.", "nl": "{path} is geen bestand."},
    "exchange.not_encrypted": {"en": "{name} is not a Veldwerk exchange file (it is not encrypted). Nothing was "
                                     "changed.",
                               "nl": "{name} is geen Veldwerk-uitwisselbestand (het is niet versleuteld). Er is "
                                     "niets veranderd."},
    "exchange.cut_short": {"en": "{name} is not a Veldwerk exchange file, or it is damaged (cut short). Nothing was "
                                 "changed.",
                           "nl": "{name} is geen Veldwerk-uitwisselbestand, of het is beschadigd (afgekapt). Er is "
                                 "niets veranderd."},
    "exchange.not_exchange": {"en": "{name} is not a Veldwerk exchange file. Nothing was changed.",
                              "nl": "{name} is geen Veldwerk-uitwisselbestand. Er is niets veranderd."},
    "exchange.newer": {"en": "{name} was written by a newer Veldwerk; update Veldwerk to read it.",
                       "nl": "{name} is geschreven door een nieuwere versie van Veldwerk; werk Veldwerk bij om het te lezen."},
    "exchange.other_study": {"en": "{name} belongs to another study ({other}), not to {study}. Nothing was changed.",
                             "nl": "{name} hoort bij een andere studie ({other}), niet bij {study}. Er is niets "
                                   "veranderd."},
    "exchange.own_copy": {"en": "{name} was written from this copy of the study; merge it into the other copy. "
                                "Nothing was changed.",
                          "nl": "{name} is geschreven vanuit deze kopie van de studie; voeg het samen in de andere "
                                "kopie. Er is niets veranderd."},
    "exchange.unplaced_parent": {"en": "its parent code {parent!r} is not in this copy",
                                 "nl": "de bovenliggende code {parent!r} staat niet in deze kopie"},
    "exchange.problem.unplaced": {"en": "their version cannot be placed here: {reason}",
                                  "nl": "hun versie kan hier niet worden geplaatst: {reason}"},
    "exchange.problem.missing": {"en": "this text is not in this copy", "nl": "deze tekst staat niet in deze kopie"},
    "exchange.problem.removed": {"en": "removed here", "nl": "hier verwijderd"},
    "exchange.unplaced_text": {"en": "its transcript text is not in this copy",
                               "nl": "de tekst van de transcriptie staat niet in deze kopie"},
    "exchange.incomplete": {"en": "{name} is damaged (an item is incomplete: {detail}); ask for the exchange file "
                                  "again. Nothing was changed.",
                            "nl": "{name} is beschadigd (een onderdeel is onvolledig: {detail}); vraag het "
                                  "uitwisselbestand opnieuw. Er is niets veranderd."},
    "exchange.since": {"en": "--since takes 'last', 'all', a date (2026-11-28), a time (2026-11-28T14:30) or the id "
                             "of an earlier exchange; {point!r} is none of these.",
                       "nl": "--since neemt 'last', 'all', een datum (2026-11-28), een tijdstip (2026-11-28T14:30) "
                             "of het id van een eerdere uitwisseling; {point!r} is geen van deze."},
    "exchange.since_ambiguous": {"en": "More than one exchange starts with {point!r}; give more of its id.",
                                 "nl": "Meer dan één uitwisseling begint met {point!r}; geef meer van het id."},
    "researcher.no_name": {"en": "A researcher needs a name.", "nl": "Een onderzoeker heeft een naam nodig."},
    "researcher.too_long": {"en": "A researcher's name is at most {max} characters on one line.",
                            "nl": "De naam van een onderzoeker is hoogstens {max} tekens op één regel."},
    "exchange.no_name": {"en": "no name", "nl": "geen naam"},
    "exchange.why_empty": {"en": "it is empty", "nl": "het is leeg"},
    "exchange.why_pages_of": {"en": "{failing} of its {pages} pages fail their checksum",
                              "nl": "{failing} van de {pages} pagina's kloppen niet met hun controlesom"},
    "exchange.why_pages": {"en": "{failing} of its pages fail their checksum",
                           "nl": "{failing} pagina's kloppen niet met hun controlesom"},
}
