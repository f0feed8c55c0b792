"""What the insights handout (issue 16 item 4) shares with participants, chosen format-free.

For a member check or to prepare a focus group: per role pair the main perceptions (how often, the sub-codes
named most, a few short quotes), the perception network's counts, what goes well per role, the solution themes
with their support, and the open actions. Read by storage/exports/insights_docx.py.

The rules, all applied here and nowhere else:

- Quotes come from `storage.exports.excerpts.excerpts(ctx)`, the pipeline of every export: pseudonymised
  through `ctx.redact`, and only from participants who consented to quoting (consent item 3; the others are
  counted in `ctx.omitted_quotes`).
- **Reviewed terms only**: a handout goes to the very people who know each other, so a quote is used only when
  the pseudonymisation review of its interview is finished and still current (`ctx.review`). Quotes of other
  interviews are left out and counted (`Insights.unreviewed`); the document says so.
- Quotes are attributed to a role only ("— Sekswerker"), never to a participant code; an action's responsible
  participant shows as "een deelnemer". Theme and action texts pass the study's replacement list
  (`storage.actions.redact.ListRedactor`), as in the progress report.
- Counts (how often, the network) are no quotes: they include every participant in scope.

Scope: the export's interviews (`ctx.interviews()`: the whole study, or one interview with `--interview`).
Hook for sessions (issue 16 item 1): a handout "for a session" scopes through the same `ctx.interviews()`;
when sessions exist, pass the session's interview id (or widen `scope_interviews` to the interviews of the
participants present) — nothing else here needs to change. Themes and actions are always the whole study's.
"""
from dataclasses import dataclass, field

from storage.actions.redact import ListRedactor
from storage.actions.status import ActionStatus
from storage.interviews import Interview
from storage.vocabulary import TranscriptState

PERCEPTION, PRIDE, SOLUTIONS = "beeldvorming", "trots", "oplossingen"  # the default categories (resources/codebook.json)
QUOTES_PER_PAIR = 3
QUOTES_PER_ROLE = 2
QUOTES_PER_THEME = 2
MAX_PAIRS = 10  # the role pairs said most often get a section; the rest are summed up in one line
TOPICS = 3  # sub-codes named per pair or role
MIN_WORDS, MAX_WORDS, IDEAL_WORDS = 4, 40, 18  # a short quote; a longer one is cut at MAX_WORDS with "…"
CANDIDATES = 8  # codings per section redacted to choose its quotes from


@dataclass
class Quote:
    text: str
    role_label: str
    participant: str  # for choosing different voices; never printed
    coding_id: int


@dataclass
class Pair:
    speaker: str
    speaker_label: str
    about: str
    about_label: str
    count: int
    topics: list[tuple[str, int]]
    quotes: list[Quote]


@dataclass
class RoleSection:
    role: str
    label: str
    count: int
    topics: list[tuple[str, int]]
    quotes: list[Quote]


@dataclass
class ThemeInsight:
    id: int
    name: str
    description: str
    support: list[dict]  # [{"role", "label", "fragments", "participants"}] (storage/actions/themes.py)
    quotes: list[Quote]


@dataclass
class OpenAction:
    id: int
    theme: str
    what: str
    status: ActionStatus
    who: str
    target: str


@dataclass
class Insights:
    interviews: int
    participants: int
    roles_heard: list[str]  # role labels of the participants in scope, in the study's order
    roles: list[dict]  # the study's roles [{key, label}]
    matrix: dict  # {(speaker role, about role): n}
    pairs: list[Pair]
    other_pairs: int  # role pairs with perceptions beyond MAX_PAIRS
    pride: list[RoleSection]
    solutions: list[RoleSection]  # per role, for a study without themes yet
    themes: list[ThemeInsight]
    actions: list[OpenAction]
    unreviewed: list[dict] = field(default_factory=list)  # [{"id", "participant", "codings"}]: review not finished, no quotes
    incomplete: list[Interview] = field(default_factory=list)  # interviews whose transcription is unfinished


def _tree(codes: list[dict], root: str) -> set[str]:
    """The key of `root` and of every code below it."""
    by_id = {c["id"]: c for c in codes}
    keys = set()
    for c in codes:
        node, seen = c, set()
        while node is not None and node["id"] not in seen:
            seen.add(node["id"])
            if node["key"] == root:
                keys.add(c["key"])
                break
            node = by_id.get(node.get("parent_id"))
    return keys


def _topics(codings: list[dict], root: str) -> list[tuple[str, int]]:
    """The sub-codes (not the category itself) named most often: [(label, n)]."""
    counts: dict[str, int] = {}
    for c in codings:
        if c.code != root:
            counts[c.code_label] = counts.get(c.code_label, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOPICS]


def shorten(text: str) -> str:
    """A quote of at most MAX_WORDS words; a longer one is cut with '…'."""
    words = text.split()
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    return " ".join(words[:MAX_WORDS]).rstrip(",;:") + " …"


def _fit(words: int) -> tuple:
    return 0 if MIN_WORDS <= words <= MAX_WORDS else 1, abs(words - IDEAL_WORDS)


def _diverse(items: list, count: int, words, voice) -> list:
    """Up to `count` items of at least two words, one per voice first, those nearest IDEAL_WORDS long first
    (ties in the order given)."""
    ranked = sorted((x for x in items if words(x) >= 2), key=lambda x: _fit(words(x)))
    chosen, voices = [], set()
    for again in (False, True):
        for x in ranked:
            if len(chosen) >= count:
                break
            if any(x is y for y in chosen) or (not again and voice(x) in voices):
                continue
            chosen.append(x)
            voices.add(voice(x))
    return chosen


def pick(excerpts: list, count: int, labels: dict) -> list[Quote]:
    """Up to `count` short quotes (redacted excerpts), different voices first, the ones nearest IDEAL_WORDS long first."""
    chosen = _diverse(sorted(excerpts, key=lambda e: e.coding_id), count, lambda e: len(e.text.split()),
                      lambda e: e.participant)
    return [Quote(shorten(e.text), labels.get(e.role, e.role), e.participant, e.coding_id) for e in chosen]


def _who(action: dict, labels: dict, redact) -> str:
    """The responsible party without participant codes: 'GGD', 'een deelnemer', 'Stichting X'."""
    owner = action["owner"]
    if not owner:
        return ""
    parts = [labels.get(owner.role, owner.role)] if owner.role else []
    if owner.participant:
        parts.append("een deelnemer")
    if owner.organisation:
        parts.append(redact(owner.organisation))
    return " · ".join(parts)


def scope_interviews(ctx) -> list[Interview]:
    """The interviews the handout draws on (the sessions hook: see the module's docstring)."""
    return [i for i in ctx.interviews() if i.transcript_state != TranscriptState.NONE]


def gather(ctx) -> Insights:
    """Everything the handout shows, as it may leave the study."""
    from storage.exports.excerpts import excerpts
    from storage.exports.review_notice import incomplete
    from storage.pseudonymise.review_state import ReviewStatus

    study = ctx.study
    roles = study.roles()
    labels = {r["key"]: r["label"] for r in roles}
    interviews = scope_interviews(ctx)
    ids = {i.id for i in interviews}
    codes = study.codebook.list()
    pride_keys, solution_keys = _tree(codes, PRIDE), _tree(codes, SOLUTIONS)
    codings = [c for c in study.codings.list() if c.interview_id in ids]

    matrix: dict[tuple[str, str], int] = {}
    for c in codings:
        if c.perception and c.about_role:
            matrix[(c.role, c.about_role)] = matrix.get((c.role, c.about_role), 0) + 1
    order = {r["key"]: n for n, r in enumerate(roles)}
    ranked = sorted(matrix.items(), key=lambda kv: (-kv[1], order.get(kv[0][0], 99), order.get(kv[0][1], 99)))

    # Each section's codings: (counted, quotable candidates). Only reviewed interviews give candidates.
    reviewed = {i: ctx.review(i)["status"] is ReviewStatus.FINISHED for i in ids}
    # Candidates only from reviewed interviews and (a hint; excerpts() below decides) consenting speakers.
    consents = {pid: ctx.quotable(pid) for pid in {c.participant_id for c in codings}}
    raw = study.codings.excerpt_texts([c for c in codings if reviewed[c.interview_id] and consents[c.participant_id]])
    shown = {("pair", speaker, about) for (speaker, about), _ in ranked[:MAX_PAIRS]}
    theme_rows = study.themes.list()
    supporting = study.themes.fragment_ids()
    theme_of: dict[int, list[int]] = {}
    for theme_id, coding_ids in supporting.items():
        for coding_id in coding_ids:
            theme_of.setdefault(coding_id, []).append(theme_id)
    sections: dict[tuple, list[dict]] = {key: [] for key in shown}
    sections.update({(kind, r["key"]): [] for kind in ("pride", "solutions") for r in roles})
    sections.update({("theme", t["id"]): [] for t in theme_rows})
    for c in codings:  # one pass: each coding into the sections it belongs to
        keys = [("pair", c.role, c.about_role)] if c.perception else []
        keys += [("pride", c.role)] if c.code in pride_keys else []
        keys += [("solutions", c.role)] if c.code in solution_keys else []
        keys += [("theme", t) for t in theme_of.get(c.id, ())]
        for key in keys:
            if key in sections:
                sections[key].append(c)
    # Redacting is the costly step: only the likeliest quotes of each section are built (a few spare, since
    # excerpts() still leaves out what may not be quoted), not every coding of the study.
    candidates = {key: _diverse([c for c in found if c.id in raw], CANDIDATES, lambda c: len(raw[c.id].split()),
                                lambda c: c.participant) for key, found in sections.items()}
    wanted = {c.id for chosen in candidates.values() for c in chosen}
    built = {e.coding_id: e for e in excerpts(ctx, only=wanted)}  # consent and pseudonymisation, as in every export

    def quotes(key, count: int) -> list[Quote]:
        return pick([built[c.id] for c in candidates[key] if c.id in built], count, labels)

    pairs = [Pair(speaker, labels.get(speaker, speaker), about, labels.get(about, about), n,
                  _topics(sections[("pair", speaker, about)], PERCEPTION), quotes(("pair", speaker, about), QUOTES_PER_PAIR))
             for (speaker, about), n in ranked[:MAX_PAIRS]]

    def per_role(kind: str, root: str) -> list[RoleSection]:
        return [RoleSection(role["key"], role["label"], len(found), _topics(found, root),
                            quotes((kind, role["key"]), QUOTES_PER_ROLE))
                for role in roles if (found := sections[(kind, role["key"])])]

    redact = ListRedactor(study, enabled=ctx.pseudonymise)
    themes = [ThemeInsight(t["id"], redact(t["name"]), redact(t["description"]), t["support"],
                           quotes(("theme", t["id"]), QUOTES_PER_THEME)) for t in theme_rows]
    actions = [OpenAction(a["id"], redact(a["theme"]), redact(a["what"]), ActionStatus(a["status"]),
                          _who(a, labels, redact), a["target_date"] or "")
               for a in study.actions.list() if ActionStatus(a["status"]).open]
    left = {}
    for c in codings:
        if not reviewed[c.interview_id]:
            left[c.interview_id] = left.get(c.interview_id, 0) + 1
    unreviewed = [{"id": i.id, "participant": i.participant, "codings": left.get(i.id, 0)}
                  for i in interviews if not reviewed[i.id]]
    heard = {i.role for i in interviews}
    return Insights(
        interviews=len(interviews), participants=len({i.participant_id for i in interviews}),
        roles_heard=[r["label"] for r in roles if r["key"] in heard], roles=roles, matrix=matrix,
        pairs=pairs, other_pairs=max(0, len(ranked) - MAX_PAIRS),
        pride=per_role("pride", PRIDE), solutions=per_role("solutions", SOLUTIONS),
        themes=themes, actions=actions, unreviewed=unreviewed, incomplete=incomplete(ctx, interviews),
    )
