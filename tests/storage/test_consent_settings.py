"""The retention date and contact of the consent form, asked when a study is created (issue 15, section 2)."""
import datetime

import pytest

from storage import Study
from storage.consent_settings import CONTACT, RETENTION, check_retention, unfilled_placeholders
from storage.errors import VeldwerkError

FUTURE = (datetime.date.today() + datetime.timedelta(days=5 * 365)).isoformat()


def test_create_with_retention_and_contact_fills_the_form(tmp_path):
    study = Study.create(tmp_path / "a.veldwerk", name="Stigma", passphrase=None,
                         retention_until=FUTURE, contact="  Anna de Vries,  06 12345678 ")
    try:
        assert study.get_setting(RETENTION) == FUTURE and study.get_setting(CONTACT) == "Anna de Vries, 06 12345678"
        form = study.consent.current_form()
        assert unfilled_placeholders(study, form) == []
        text = study.consent.forms.render(form["version"])
        assert "nog niet ingevuld" not in text and FUTURE in text
    finally:
        study.close()


def test_a_study_without_them_has_unfilled_placeholders(plain_study):
    form = plain_study.consent.current_form()
    assert sorted(unfilled_placeholders(plain_study, form)) == sorted([CONTACT, RETENTION])
    assert "nog niet ingevuld" in plain_study.consent.forms.render(form["version"])


@pytest.mark.parametrize("bad", ["31-12-2031", "2031-02-30", "morgen", "2001-01-01", ""])
def test_a_bad_retention_date_creates_nothing(tmp_path, bad):
    with pytest.raises(VeldwerkError, match="retention date"):
        Study.create(tmp_path / "b.veldwerk", name="Stigma", passphrase=None, retention_until=bad, contact="Anna")
    assert not (tmp_path / "b.veldwerk").exists()


def test_an_empty_contact_creates_nothing(tmp_path):
    with pytest.raises(VeldwerkError, match="contact"):
        Study.create(tmp_path / "c.veldwerk", name="Stigma", passphrase=None, retention_until=FUTURE, contact="   ")
    assert not (tmp_path / "c.veldwerk").exists()
    assert check_retention(FUTURE) == FUTURE
