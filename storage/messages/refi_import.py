"""Catalogue: importing a REFI-QDA project (.qdpx) (storage/refi_import/)."""

MESSAGES: dict[str, dict[str, str]] = {
    "refi.case_exists": {"en": "Case {code} is already a participant of this study; an import never merges two "
                               "people (to merge copies of one study use veldwerk exchange).",
                         "nl": "Case {code} is al een deelnemer van deze studie; een import voegt nooit twee mensen "
                               "samen (kopieën van één studie voeg je samen met veldwerk exchange)."},
    "refi.selection_code": {"en": "Selection {guid} in source {name!r} refers to a code that is not in the codebook.",
                            "nl": "Selectie {guid} in bron {name!r} verwijst naar een code die niet in het codeboek "
                                  "staat."},
    "refi.selection_about": {"en": "Selection {guid} in source {name!r} has the perception code {code!r} without the "
                                   "role it is about (an 'Over: …' line in its description).",
                             "nl": "Selectie {guid} in bron {name!r} heeft de beeldvormingscode {code!r} zonder de "
                                   "rol waarover het gaat (een regel 'Over: …' in de beschrijving)."},
    "refi.no_file": {"en": "No .qdpx file at {path}.", "nl": "Er is geen .qdpx-bestand op {path}."},
    "refi.not_zip": {"en": "{name} is not a .qdpx file (not a zip archive).",
                     "nl": "{name} is geen .qdpx-bestand (geen zip-archief)."},
    "refi.no_qde": {"en": "{name} has no project.qde inside.", "nl": "{name} bevat geen project.qde."},
    "refi.qde_large": {"en": "{name}: project.qde is too large ({mb} MB).",
                       "nl": "{name}: project.qde is te groot ({mb} MB)."},
    "refi.qde_not_xml": {"en": "{name}: project.qde is not XML ({msg}).",
                         "nl": "{name}: project.qde is geen XML ({msg})."},
    "refi.qde_root": {"en": "{name}: project.qde has no <Project> root in {namespace}.",
                      "nl": "{name}: project.qde heeft geen <Project>-hoofdelement in {namespace}."},
    "refi.qde_schema": {"en": "{name}: project.qde does not follow the REFI-QDA project schema ({error}).",
                        "nl": "{name}: project.qde volgt het REFI-QDA-projectschema niet ({error})."},
    "refi.source_large": {"en": "{name}: {member} is too large ({mb} MB).",
                          "nl": "{name}: {member} is te groot ({mb} MB)."},
    "refi.outside_source": {"en": "{what}: positions {start}–{end} lie outside its source text ({length} characters).",
                            "nl": "{what}: de posities {start}–{end} liggen buiten de brontekst ({length} tekens)."},
    "refi.selection": {"en": "Selection {guid} in source {name!r}", "nl": "Selectie {guid} in bron {name!r}"},
}
