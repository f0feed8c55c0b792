"""Writing an exchange file: what one researcher changed on this copy since a point.

- codings the researcher made or changed (code, about-role, memo, range by segment uid and offset);
- codings removed on this copy since the point;
- corrections of transcript text the researcher made (segment text by uid);
- codes changed on this copy since the point (in full), and the codes the codings use (only to be created
  where they are missing);
- no audio, unless asked (storage/exchange/audio.py: only of participants who consented to recording).
Each item carries the hashes of the versions it descends from (storage/exchange/base.py).
"""
import uuid

from storage.clock import now
from storage.errors import VeldwerkError
from storage.exchange import container, points
from storage.exchange.base import Kind, ancestors, code_data
from storage.exchange.researchers import name_key
from storage.exports.target import check_target
from storage.passphrase import require_acceptable

_CODINGS = """
SELECT g.uid, c.key AS code, g.about_role, g.memo, g.author, g.updated_by, g.created_at, g.updated_at,
  a.uid AS start_segment, g.start_offset, b.uid AS end_segment, g.end_offset
FROM codings g JOIN codes c ON c.id = g.code_id
JOIN segments a ON a.id = g.start_segment_id JOIN segments b ON b.id = g.end_segment_id
WHERE ? IS NULL OR g.updated_at >= ? OR g.created_at >= ?
ORDER BY g.id"""


def collect(study, researcher: str, since: str | None) -> list[tuple[Kind, str, dict]]:
    """The items of one researcher's exchange file: changes on this copy from `since` (None: all) on."""
    key = name_key(researcher)
    items: list[tuple[Kind, str, dict]] = []
    codings = [r for r in study.db.query(_CODINGS, [since, since, since])
               if key in (name_key(r["author"] or ""), name_key(r["updated_by"] or ""))]
    for row in codings:
        row["ancestors"] = sorted(ancestors(study, Kind.CODING, row["uid"]))
        items.append((Kind.CODING, row.pop("uid"), row))
    for row in study.db.query(
        "SELECT r.item, r.author, r.stamp, r.removed_at FROM exchange_removed r LEFT JOIN codings g ON g.uid = r.item "
        "WHERE r.kind = 'coding' AND g.id IS NULL AND (? IS NULL OR r.removed_at >= ?) ORDER BY r.removed_at",
        [since, since],
    ):
        items.append((Kind.REMOVAL, row["item"], dict(author=row["author"], stamp=row["stamp"],
                                                       removed_at=row["removed_at"])))
    for row in study.db.query(
        "SELECT uid, text, edited_by, edited_at FROM segments WHERE edited_at IS NOT NULL "
        "AND (? IS NULL OR edited_at >= ?) ORDER BY id", [since, since],
    ):
        if name_key(row["edited_by"] or "") == key:
            row["ancestors"] = sorted(ancestors(study, Kind.SEGMENT, row["uid"]))
            items.append((Kind.SEGMENT, row.pop("uid"), row))
    return _codes(study, since, {row["code"] for row in codings}) + items


def _codes(study, since: str | None, used: set[str]) -> list[tuple[Kind, str, dict]]:
    """Codes changed since the point (full items) and those the codings need (`needed_only`), parents first."""
    changed = {int(i) for (i,) in study.conn.execute(
        "SELECT DISTINCT entity_id FROM audit_log WHERE entity = 'code' AND action IN "
        "('code.add', 'code.update', 'code.rename') AND (? IS NULL OR at >= ?)", [since, since])
        if i is not None and str(i).isdigit()}
    rows = {r["key"]: r for r in study.db.query("SELECT * FROM codes ORDER BY position, id")}
    full = {k for k, r in rows.items() if since is None or r["id"] in changed}
    wanted = full | (used & set(rows))
    for k in list(wanted):  # every parent of a code sent goes along
        parent = rows[k]["parent_id"]
        while parent:
            pk = next((key for key, r in rows.items() if r["id"] == parent), None)
            if pk is None or pk in wanted:
                break
            wanted.add(pk)
            parent = rows[pk]["parent_id"]
    ordered, placed = [], set()
    while len(placed) < len(wanted):
        before = len(placed)
        for k, r in rows.items():
            data = code_data(study, r)
            if k in wanted and k not in placed and (data["parent"] is None or data["parent"] in placed):
                data["needed_only"] = k not in full
                data["ancestors"] = sorted(ancestors(study, Kind.CODE, k))
                ordered.append((Kind.CODE, k, data))
                placed.add(k)
        if len(placed) == before:
            break
    return ordered


def export(study, out, passphrase: str, *, researcher: str, since: str | None = None, with_audio: bool = False) -> dict:
    """Write one researcher's changes since `since` (a point, see storage/exchange/points.py) to an encrypted
    exchange file; returns a summary (id, researcher, since, counts, path). With `with_audio`, also the audio of
    the interviews those changes are in, for participants who consented to recording (storage/exchange/audio.py)."""
    check_target(out)
    require_acceptable(passphrase)
    if not study.study_id:
        raise VeldwerkError(key="exchange.no_study_id")
    researcher = study.researchers.add(researcher)
    moment = points.resolve(study, since, researcher)
    items = collect(study, researcher, moment)
    counts: dict[str, int] = {}
    for kind, _, data in items:
        name = "codes_needed" if kind == Kind.CODE and data.get("needed_only") else kind.value
        counts[name] = counts.get(name, 0) + 1
    sound = []
    if with_audio:
        from storage.exchange.audio import chunks, recordings

        chosen, refused = recordings(study, items)
        counts["audio"] = len(chosen)
        if refused:
            counts["audio_no_consent"] = refused
        sound = chunks(study, chosen)
    exchange_id = uuid.uuid4().hex
    meta = dict(format=container.FORMAT, version=container.VERSION, study_id=study.study_id, study_name=study.name,
                exchange_id=exchange_id, researcher=researcher, since=moment, created_at=now(), with_audio=with_audio)
    path = container.write(out, passphrase, container.ExchangeFile(meta, items, sound))
    with study.transaction():
        points.record(study, exchange_id, "export", researcher, moment, counts, at=meta["created_at"])
        study.audit.log("exchange.export", "exchange", exchange_id, counts)
    return dict(id=exchange_id, researcher=researcher, since=moment, counts=counts, path=path)
