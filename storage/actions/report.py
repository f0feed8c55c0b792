"""The progress report's content, format-free: every theme with its support and its actions by status,
each with owner, members, dates, links and dated history. Free text passes `redact` (storage/actions/redact.py).
Read by storage/exports/actions_report.py (.docx, .xlsx)."""
from dataclasses import dataclass, field

from storage.actions.status import ActionStatus, LinkKind
from storage.actions.themes import support_line


@dataclass
class HistoryLine:
    on_date: str
    status: ActionStatus
    note: str


@dataclass
class ActionLine:
    id: int
    what: str
    status: ActionStatus
    since: str  # the date it entered its current status
    owner: str
    members: str
    start: str
    target: str
    links: str
    history: list[HistoryLine]


@dataclass
class ThemeSection:
    id: int
    name: str
    fragments: int
    support: str  # 'Sekswerker 3, GGD 1'
    actions: list[ActionLine] = field(default_factory=list)
    description: str = ""

    def by_status(self) -> list[tuple[ActionStatus, list[ActionLine]]]:
        """The theme's actions grouped by status, in the order of the status enum, empty groups left out."""
        return [(s, found) for s in ActionStatus if (found := [a for a in self.actions if a.status is s])]

    def counts(self) -> dict[ActionStatus, int]:
        return {s: sum(1 for a in self.actions if a.status is s) for s in ActionStatus}


def _links(links: list[dict]) -> str:
    """'interview 3 (R01, 2026-03-14): afgesproken'."""
    parts = []
    for link in links:
        when = f", {link['date']}" if link["date"] else ""
        parts.append(f"interview {link['interview_id']} ({link['participant']}{when}): {LinkKind(link['kind']).label_nl}")
    return "; ".join(parts)


def progress(study, redact) -> list[ThemeSection]:
    """Every theme (in the order added) with its actions (by number)."""
    labels = {r["key"]: r["label"] for r in study.roles()}
    sections = {t["id"]: ThemeSection(t["id"], redact(t["name"]), t["fragments"], support_line(t["support"]),
                                      description=redact(t["description"]))
                for t in study.themes.list()}
    for a in study.actions.list():
        history = [HistoryLine(h["on_date"], ActionStatus(h["status"]), redact(h["note"])) for h in a["history"]]
        sections[a["theme_id"]].actions.append(ActionLine(
            id=a["id"], what=redact(a["what"]), status=ActionStatus(a["status"]),
            since=a["since"] or "",
            owner=a["owner"].label(labels, redact) if a["owner"] else "",
            members="; ".join(m.label(labels, redact) for m in a["members"]),
            start=a["start_date"] or "", target=a["target_date"] or "", links=_links(a["links"]), history=history,
        ))
    return list(sections.values())
