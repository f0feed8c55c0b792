"""A participant's full withdrawal, for themes and actions: their fragments leave every theme, their code
leaves every action's owner and members, and links to their interviews go; the actions themselves stay.

Called by storage/consent/withdrawal.py inside the withdrawal's transaction, before their codings and interviews
are deleted. A party that named only the participant is removed; one that also named a role keeps the role.
"""


def forget_participant(study, participant_id: int) -> dict:
    """Unlink everything of the participant from themes and actions; returns counts per table."""
    conn = study.conn
    interviews = "SELECT id FROM interviews WHERE participant_id = :p"
    codings = ("SELECT g.id FROM codings g JOIN transcripts t ON t.id = g.transcript_id "
               f"WHERE t.interview_id IN ({interviews})")
    p = {"p": participant_id}
    fragments = conn.execute(f"DELETE FROM theme_fragments WHERE coding_id IN ({codings})", p).rowcount
    removed = conn.execute(
        "DELETE FROM action_parties WHERE participant_id = :p AND role IS NULL AND organisation IS NULL", p
    ).rowcount
    emptied = conn.execute("UPDATE action_parties SET participant_id = NULL WHERE participant_id = :p", p).rowcount
    links = conn.execute(f"DELETE FROM action_links WHERE interview_id IN ({interviews})", p).rowcount
    counts = {"theme_fragments": fragments, "action_parties": removed + emptied, "action_links": links}
    return {table: n for table, n in counts.items() if n}
