"""Actions: what is done under a solution theme, by whom (owner) and with whom (members), from when and by
when, how far it got (a status with a dated history of changes and notes), and the interviews or sessions
where it was agreed or reviewed. Every change is checked in full first (nothing changes on bad input),
then written in one transaction with its audit entries."""
from __future__ import annotations

import json

from storage.actions import parties
from storage.actions.dates import check_order, parse_date, today
from storage.actions.errors import BadDate
from storage.actions.parties import Party
from storage.actions.status import ActionStatus, LinkKind, Part, parse_status, status_since
from storage.clock import now
from storage.errors import Duplicate, NotFound, VeldwerkError

UNCHANGED = object()  # an update argument left out
MAX_WHAT = 500


def _clean_what(what) -> str:
    what = " ".join(str(what or "").split())
    if not what:
        raise VeldwerkError(key="action.no_what")
    if len(what) > MAX_WHAT:
        raise VeldwerkError(key="action.what_long", max=MAX_WHAT)
    return what


def _event_date(on) -> str:
    on = parse_date(on, "date of the change") or today()
    if on > today():
        raise BadDate(key="action.future_change", on=on)
    return on


class Actions:
    """Adds, changes and lists a study's actions."""

    def __init__(self, study):
        self.study = study

    # -- adding ---------------------------------------------------------------------------------
    def add(self, theme, what: str, *, owner: Party | None = None, members=(), start=None, target=None,
            status=ActionStatus.IDEE, note: str = "", on=None, author: str = "", agreed_in=()) -> int:
        """Add an action under a theme; its first history entry is its status on `on` (default today)."""
        theme_row = self.study.themes.get(theme)
        what = _clean_what(what)
        start, target = parse_date(start, "start date"), parse_date(target, "target date")
        check_order(start, target)
        status = parse_status(status)
        on = _event_date(on)
        owner_row = parties.checked(self.study, owner) if owner is not None else None
        member_rows = self._checked_members([], members)
        links = self._checked_links(None, [(i, LinkKind.AGREED) for i in agreed_in])
        conn = self.study.conn
        with self.study.transaction():
            cur = conn.execute(
                "INSERT INTO actions(theme_id, what, status, start_date, target_date, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [theme_row["id"], what, status.value, start, target, now(), now()],
            )
            action_id = cur.lastrowid
            if owner_row:
                self._insert_party(action_id, Part.OWNER, *owner_row)
            for party, pid in member_rows:
                self._insert_party(action_id, Part.MEMBER, party, pid)
            self._insert_event(action_id, on, status, note, author)
            self._insert_links(action_id, links)
            self.study.audit.log("action.add", "action", action_id, {"theme": theme_row["id"], "status": status.value,
                                                                     "members": len(member_rows), "links": len(links)})
        return action_id

    # -- changing -------------------------------------------------------------------------------
    def update(self, action_id: int, *, what=UNCHANGED, theme=UNCHANGED, owner=UNCHANGED, start=UNCHANGED,
               target=UNCHANGED, add_members=(), remove_members=(), status=None, note: str | None = None, on=None,
               author: str = "", agreed_in=(), reviewed_in=()) -> list[str]:
        """Change fields, record a status change or a note (dated `on`, default today) and link interviews.

        owner=None removes the owner; start/target=None clear the date. Returns the names of what changed.
        """
        current = self.get(action_id)
        fields: dict = {}
        if what is not UNCHANGED:
            fields["what"] = _clean_what(what)
        if theme is not UNCHANGED:
            fields["theme_id"] = self.study.themes.get(theme)["id"]
        if start is not UNCHANGED:
            fields["start_date"] = parse_date(start, "start date")
        if target is not UNCHANGED:
            fields["target_date"] = parse_date(target, "target date")
        check_order(fields.get("start_date", current["start_date"]), fields.get("target_date", current["target_date"]))
        fields = {k: v for k, v in fields.items() if v != current[k]}
        owner_row = UNCHANGED
        if owner is not UNCHANGED:
            owner_row = parties.checked(self.study, owner) if owner is not None else None
            if (owner_row[0] if owner_row else None) == current["owner"]:
                owner_row = UNCHANGED
        removed = self._checked_removals(current["members"], remove_members)
        kept = [m for m in current["members"] if m not in removed]
        added = self._checked_members(kept, add_members)
        links = self._checked_links(action_id, [(i, LinkKind.AGREED) for i in agreed_in]
                                    + [(i, LinkKind.REVIEWED) for i in reviewed_in])
        event = self._checked_event(current, status, note, on)
        if not (fields or owner_row is not UNCHANGED or removed or added or links or event):
            raise VeldwerkError(key="action.nothing_to_change", action_id=action_id)
        if on is not None and event is None:
            raise VeldwerkError(key="action.date_alone")
        changed = sorted(fields) + (["owner"] if owner_row is not UNCHANGED else []) + (["members"] if removed or added else [])
        conn = self.study.conn
        with self.study.transaction():
            if fields:
                sets = ", ".join(f"{k} = ?" for k in fields)
                conn.execute(f"UPDATE actions SET {sets}, updated_at = ? WHERE id = ?",
                             [*fields.values(), now(), action_id])
            if owner_row is not UNCHANGED:
                conn.execute("DELETE FROM action_parties WHERE action_id = ? AND part = 'owner'", [action_id])
                if owner_row:
                    self._insert_party(action_id, Part.OWNER, *owner_row)
            for party in removed:
                self._delete_member(action_id, party)
            for party, pid in added:
                self._insert_party(action_id, Part.MEMBER, party, pid)
            if changed:
                conn.execute("UPDATE actions SET updated_at = ? WHERE id = ?", [now(), action_id])
                self.study.audit.log("action.update", "action", action_id, {"fields": changed})
            if event:
                new_status, day, text = event
                self._insert_event(action_id, day, new_status, text, author)
                if new_status.value != current["status"]:
                    conn.execute("UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
                                 [new_status.value, now(), action_id])
                    self.study.audit.log("action.status", "action", action_id,
                                         {"from": current["status"], "to": new_status.value})
                    changed.append("status")
                else:
                    self.study.audit.log("action.note", "action", action_id)
                    changed.append("note")
            self._insert_links(action_id, links)
            changed += [f"link:{kind.value}" for _, kind in links]
        return changed

    def _checked_event(self, current: dict, status, note, on):
        """(status, date, note) of a history entry to add, or None."""
        note = (note or "").strip()
        if status is None and not note:
            return None
        new_status = parse_status(status) if status is not None else ActionStatus(current["status"])
        if status is not None and new_status.value == current["status"] and not note:
            raise VeldwerkError(key="action.same_status", id=current["id"], status=new_status.value)
        day = _event_date(on)
        last = current["history"][-1]["on_date"] if current["history"] else None
        if last and day < last:
            raise BadDate(key="action.change_before_last", id=current["id"], last=last)
        return new_status, day, note

    def _checked_members(self, existing: list[Party], members) -> list[tuple[Party, int | None]]:
        found, seen = [], {p.key() for p in existing}
        for member in members:
            party, pid = parties.checked(self.study, member)
            if party.key() in seen:
                raise Duplicate(key="action.party_twice", party=party.label())
            seen.add(party.key())
            found.append((party, pid))
        return found

    def _checked_removals(self, existing: list[Party], members) -> list[Party]:
        found = []
        for member in members:
            party = parties.checked(self.study, member)[0]
            same = [p for p in existing if p.key() == party.key() and p not in found]
            if not same:
                raise NotFound(key="action.party_absent", party=party.label())
            found.append(same[0])
        return found

    def _checked_links(self, action_id, wanted) -> list[tuple[int, LinkKind]]:
        found = []
        for interview_id, kind in wanted:
            try:
                interview_id = int(interview_id)
            except (TypeError, ValueError):
                raise VeldwerkError(key="action.interview_number", interview_id=interview_id) from None
            self.study.interviews.get(interview_id)
            if (interview_id, kind) in found or (action_id is not None and self.study.conn.execute(
                    "SELECT 1 FROM action_links WHERE action_id = ? AND interview_id = ? AND kind = ?",
                    [action_id, interview_id, kind.value]).fetchone()):
                raise Duplicate(key="action.link_twice", interview_id=interview_id, kind=kind.label_nl)
            found.append((interview_id, kind))
        return found

    def _insert_party(self, action_id: int, part: Part, party: Party, participant_id: int | None) -> None:
        self.study.conn.execute(
            "INSERT INTO action_parties(action_id, part, role, participant_id, organisation) VALUES (?, ?, ?, ?, ?)",
            [action_id, part.value, party.role, participant_id, party.organisation],
        )

    def _delete_member(self, action_id: int, party: Party) -> None:
        self.study.conn.execute(
            "DELETE FROM action_parties WHERE id = (SELECT a.id FROM action_parties a "
            "LEFT JOIN participants p ON p.id = a.participant_id WHERE a.action_id = ? AND a.part = 'member' "
            "AND a.role IS ? AND p.code IS ? AND a.organisation IS ? LIMIT 1)",
            [action_id, party.role, party.participant, party.organisation],
        )

    def _insert_event(self, action_id: int, on: str, status: ActionStatus, note: str, author: str) -> None:
        self.study.conn.execute(
            "INSERT INTO action_events(action_id, on_date, status, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [action_id, on, status.value, (note or "").strip(), author or "", now()],
        )

    def _insert_links(self, action_id: int, links) -> None:
        for interview_id, kind in links:
            self.study.conn.execute(
                "INSERT INTO action_links(action_id, interview_id, kind, created_at) VALUES (?, ?, ?, ?)",
                [action_id, interview_id, kind.value, now()],
            )
            self.study.audit.log("action.link", "action", action_id, {"interview": interview_id, "kind": kind.value})

    # -- reading --------------------------------------------------------------------------------
    def get(self, action_id) -> dict:
        """One action with its theme, owner, members, links and history; raises NotFound."""
        try:
            action_id = int(action_id)
        except (TypeError, ValueError):
            raise VeldwerkError(key="action.number", action_id=action_id) from None
        rows = self._rows("WHERE a.id = ?", [action_id])
        if not rows:
            raise NotFound(key="action.not_found", action_id=action_id)
        return rows[0]

    def list(self, *, theme=None, status=None) -> list[dict]:
        """Actions (by theme, then number), optionally of one theme and/or one status, with their history."""
        where, params = [], []
        if theme is not None:
            where.append("a.theme_id = ?")
            params.append(self.study.themes.get(theme)["id"])
        if status is not None:
            where.append("a.status = ?")
            params.append(parse_status(status).value)
        return self._rows(("WHERE " + " AND ".join(where)) if where else "", params)

    def _rows(self, where: str, params: list) -> list[dict]:
        rows = list(self.study.db.query(
            "SELECT a.*, t.name AS theme FROM actions a JOIN solution_themes t ON t.id = a.theme_id "
            f"{where} ORDER BY a.theme_id, a.id", params))
        ids = [r["id"] for r in rows]
        people = parties.read(self.study, ids)
        history = self._history(ids)
        links = self._links(ids)
        for row in rows:
            row.update(people[row["id"]])
            row["history"] = history.get(row["id"], [])
            row["since"] = status_since((h["on_date"], h["status"]) for h in row["history"])
            row["links"] = links.get(row["id"], [])
        return rows

    def _history(self, ids) -> dict[int, list[dict]]:
        found: dict[int, list[dict]] = {}
        for row in self.study.db.query(
                "SELECT action_id, on_date, status, note, author FROM action_events "
                "WHERE action_id IN (SELECT value FROM json_each(?)) ORDER BY action_id, on_date, id", [json.dumps(ids)]):
            found.setdefault(row.pop("action_id"), []).append(row)
        return found

    def _links(self, ids) -> dict[int, list[dict]]:
        found: dict[int, list[dict]] = {}
        for row in self.study.db.query(
                "SELECT l.action_id, l.interview_id, l.kind, i.date, p.code AS participant FROM action_links l "
                "JOIN interviews i ON i.id = l.interview_id JOIN participants p ON p.id = i.participant_id "
                "WHERE l.action_id IN (SELECT value FROM json_each(?)) ORDER BY l.action_id, i.id, l.kind",
                [json.dumps(ids)]):
            found.setdefault(row.pop("action_id"), []).append(row)
        return found
