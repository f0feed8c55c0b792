"""Catalogue: focus groups and meetings (storage/sessions/)."""

MESSAGES: dict[str, dict[str, str]] = {
    "session.not_found": {"en": "No interview or session {interview_id} in this study.",
                          "nl": "Deze studie heeft geen interview of sessie {interview_id}."},
    "session.unknown_kind": {"en": "Unknown kind of session {text!r}; it is one of: {names}.",
                             "nl": "Onbekend soort sessie {text!r}; het is een van: {names}."},
    "session.not_interview": {"en": "A session is a focus group or a meeting; an interview is added with `interview "
                                    "add`.",
                              "nl": "Een sessie is een focusgroep of een bijeenkomst; een interview voeg je toe met "
                                    "`interview add`."},
    "session.nobody": {"en": "A session needs at least one participant present.",
                       "nl": "Bij een sessie moet minstens één deelnemer aanwezig zijn."},
    "session.is_interview": {"en": "Interview {session_id} is an interview, not a focus group or meeting.",
                             "nl": "Interview {session_id} is een interview, geen focusgroep of bijeenkomst."},
    "session.unknown_speaker": {"en": "Interview {interview_id} has no speaker {wanted!r}; its speakers are: {known}.",
                                "nl": "Interview {interview_id} heeft geen spreker {wanted!r}; de sprekers zijn: "
                                      "{known}."},
    "session.not_present": {"en": "{code} is not present in session {interview_id}; add them with `veldwerk session "
                                  "attend` first.",
                            "nl": "{code} is niet aanwezig in sessie {interview_id}; voeg hen eerst toe met "
                                  "`veldwerk session attend`."},
}
