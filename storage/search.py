"""Full-text search over a study's transcripts (FTS5; case- and accent-insensitive)."""
import re

TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must occur; the last one may be a prefix."""
    words = TOKEN.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(study, text: str, *, limit: int = 100, interview_id: int | None = None) -> list[dict]:
    """Segments matching `text`: interview, participant, segment id, start time and a snippet."""
    query = fts_query(text)
    if not query:
        return []
    sql = """
    SELECT t.interview_id, p.code AS participant, s.id AS segment_id, s.position, s.start, s.end,
      snippet(segments_fts, 0, '[', ']', '…', 12) AS snippet
    FROM segments_fts JOIN segments s INDEXED BY segments_search_order ON s.id = segments_fts.rowid
    JOIN transcripts t ON t.id = s.transcript_id
    JOIN interviews i ON i.id = t.interview_id JOIN participants p ON p.id = i.participant_id
    WHERE segments_fts MATCH ?"""
    params: list = [query]
    if interview_id is not None:
        sql += " AND t.interview_id = ?"
        params.append(interview_id)
    sql += " ORDER BY t.interview_id, s.position LIMIT ?"
    params.append(limit)
    return list(study.db.query(sql, params))
