"""The perception overview: matrix counts straight from the store, cell excerpts, network."""
from PySide6.QtWidgets import QGraphicsPathItem

from tests.desktop.editor_fixtures import demo, open_workspace, select  # noqa: F401

SQL = """
SELECT p.role, g.about_role, count(*) FROM codings g
JOIN codes c ON c.id = g.code_id AND c.perception = 1
JOIN transcripts t ON t.id = g.transcript_id
JOIN interviews i ON i.id = t.interview_id
JOIN participants p ON p.id = i.participant_id
GROUP BY p.role, g.about_role"""


def _store_counts(study):
    return {(s, a): n for s, a, n in study.conn.execute(SQL)}


def test_matrix_counts_equal_the_store(qtbot, study, demo):
    from desktop.coding.perception_overview import PerceptionOverview

    view = PerceptionOverview(study)
    qtbot.addWidget(view)
    expected = _store_counts(study)
    assert expected[("sekswerker", "politie")] == 2 and expected[("politie", "sekswerker")] == 2
    roles = [r["key"] for r in study.roles()]
    for speaker in roles:
        for about in roles:
            assert view.count(speaker, about) == expected.get((speaker, about), 0), (speaker, about)
    total = view.table.item(len(roles), len(roles)).text()
    assert int(total) == sum(expected.values())


def test_a_new_coding_changes_the_cell(qtbot, study, demo):
    from desktop.coding.perception_overview import PerceptionOverview

    ws = open_workspace(qtbot, study, demo["R01"])
    ws.coding.about_role_provider = lambda *a: "gemeente"
    select(ws, 10, "iemand die onze taal spreekt")
    ws.coding.apply_code("beeldvorming")
    view = PerceptionOverview(study)
    qtbot.addWidget(view)
    assert view.count("sekswerker", "gemeente") == 1 == _store_counts(study)[("sekswerker", "gemeente")]


def test_clicking_a_cell_lists_its_excerpts(qtbot, study, demo):
    from desktop.coding.perception_overview import PerceptionOverview

    view = PerceptionOverview(study)
    qtbot.addWidget(view)
    roles = [r["key"] for r in study.roles()]
    view.table.cellClicked.emit(roles.index("politie"), roles.index("sekswerker"))
    assert [view.excerpts.texts[r.id] for r in view.excerpts.rows] == ["Sekswerkers zien ons vaak als de vijand", "Veel sekswerkers wantrouwen ons"]
    view.table.cellClicked.emit(roles.index("sekswerker"), len(roles))   # the row total
    assert len(view.excerpts.rows) == sum(n for (s, _), n in _store_counts(study).items() if s == "sekswerker")
    with qtbot.waitSignal(view.jumpRequested) as jump:
        view.excerpts.table.doubleClicked.emit(view.excerpts.model.index(0, 2))
    assert jump.args[0] == demo["R01"]


def test_network_draws_one_arrow_per_pair(qtbot, study, demo):
    from desktop.coding.perception_overview import PerceptionOverview

    view = PerceptionOverview(study)
    qtbot.addWidget(view)
    paths = [i for i in view.network.scene().items() if isinstance(i, QGraphicsPathItem)]
    pairs = [k for k in _store_counts(study) if k[0] != k[1]]
    assert len(paths) == len(pairs)
