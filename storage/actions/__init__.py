"""Solution themes and action plans: the part of the study after the coding (issue 16).

Fragments coded *oplossingen* (Oplossingsrichtingen) are grouped into named solution themes
(`themes.py`); under a theme, actions record what is done, by whom, with whom, by when and how far it
got (`plans.py`, statuses in `status.py`, people in `parties.py`, dates in `dates.py`). A participant's
withdrawal takes their fragments and their code out of themes and actions (`withdrawal.py`); the
progress report (`report.py`, exported by storage/exports/actions_report.py) pseudonymises free text
with the study's replacement list (`redact.py`).

    tid = study.themes.add("Vast aanspreekpunt")
    study.themes.attach(tid, [coding_id])
    aid = study.actions.add(tid, "Eén contactpersoon bij de gemeente",
                            owner=Party(role="gemeente"), target="2026-09-01")
    study.actions.update(aid, status="gepland", note="Besproken in de focusgroep")
"""
