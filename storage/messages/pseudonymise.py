"""Catalogue: pseudonymisation: known names, the review, decisions and the replacement list (storage/pseudonymise/)."""

MESSAGES: dict[str, dict[str, str]] = {
    "pseudonym.unknown_kind": {"en": "Unknown kind {kind!r}; choose one of: {kinds}.",
                               "nl": "Onbekend soort {kind!r}; kies uit: {kinds}."},
    "pseudonym.no_names": {"en": "Give at least one name or place.", "nl": "Geef minstens één naam of plaats."},
    "pseudonym.no_proposal": {"en": "Interview {interview_id} has no proposal for that term; add it instead.",
                              "nl": "Interview {interview_id} heeft geen voorstel voor die term; voeg hem in plaats daarvan toe."},
    "pseudonym.no_transcript": {"en": "Interview {interview_id} has no transcript to review yet.",
                                "nl": "Interview {interview_id} heeft nog geen transcriptie om te controleren."},
    "pseudonym.transcribing": {"en": "Interview {interview_id} is still being transcribed; finish the transcript "
                                     "first.",
                               "nl": "Interview {interview_id} wordt nog getranscribeerd; maak eerst de transcriptie "
                                     "af."},
    "pseudonym.not_finished": {"en": "The review of interview {interview_id} is not marked finished.",
                               "nl": "De controle van interview {interview_id} is niet als afgerond gemarkeerd."},
    "pseudonym.term_empty": {"en": "The term is empty.", "nl": "De term is leeg."},
    "pseudonym.term_long": {"en": "A term is at most 200 characters.", "nl": "Een term is hoogstens 200 tekens."},
    "pseudonym.term_reserved": {"en": "The term holds a character Veldwerk reserves.",
                                "nl": "De term bevat een teken dat Veldwerk voor zichzelf gebruikt."},
    "pseudonym.decision": {"en": "A decision is accept, reject or add, not {decision!r}.",
                           "nl": "Een beslissing is accept, reject of add, niet {decision!r}."},
    "pseudonym.rejected_keeps": {"en": "A rejected term keeps its text; leave out the replacement.",
                                 "nl": "Een afgewezen term behoudt zijn tekst; laat de vervanging weg."},
    "pseudonym.no_decision": {"en": "Interview {interview_id} has no decision about that term.",
                              "nl": "Interview {interview_id} heeft geen beslissing over die term."},
    "pseudonym.list_action": {"en": "A list entry replaces or keeps a term, not {action!r}.",
                              "nl": "Een regel op de lijst vervangt of behoudt een term, niet {action!r}."},
    "pseudonym.no_replacement": {"en": "Say what the term is replaced with (for example a participant code such as "
                                       "R03).",
                                 "nl": "Zeg waardoor de term wordt vervangen (bijvoorbeeld een deelnemercode zoals "
                                       "R03)."},
    "pseudonym.kept_keeps": {"en": "A kept term keeps its text; leave out the replacement.",
                             "nl": "Een behouden term behoudt zijn tekst; laat de vervanging weg."},
    "pseudonym.replacement_same": {"en": "The replacement is the term itself.", "nl": "De vervanging is de term zelf."},
    "pseudonym.not_on_list": {"en": "That term is not on the study's replacement list.",
                              "nl": "Die term staat niet op de vervangingslijst van de studie."},
}
