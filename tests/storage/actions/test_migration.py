"""A study written before themes and actions existed (schema 8) opens, migrates and takes them."""
from storage import Study, schema
from storage.actions.parties import Party
from tests.conftest import PASSPHRASE
from tests.storage.helpers import interview_with_transcript


def test_a_schema_8_study_opens_migrates_and_its_old_codings_support_themes(study_path, monkeypatch):
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:8])
        old.setattr(schema, "LATEST", 8)
        study = Study.create(study_path, name="Oud", passphrase=PASSPHRASE)
        iid, _ = interview_with_transcript(study, "R01", "sekswerker")
        coding = study.codings.add_by_time(iid, 0.0, 1.0, "oplossingen")
        assert schema.version(study.db) == 8
        assert not study.db["solution_themes"].exists()
        study.close()
    assert schema.LATEST >= 9
    with Study.open(study_path, PASSPHRASE) as study:
        assert schema.version(study.db) == schema.LATEST
        assert study.participants.get("R01")["role"] == "sekswerker"
        theme = study.themes.add("Aanspreekpunt")
        study.themes.attach(theme, [coding])
        action = study.actions.add(theme, "Contactpersoon", owner=Party(participant="R01"), agreed_in=[iid])
    with Study.open(study_path, PASSPHRASE) as study:
        assert study.themes.support(theme)[0]["fragments"] == 1
        assert study.actions.get(action)["owner"] == Party(participant="R01")
