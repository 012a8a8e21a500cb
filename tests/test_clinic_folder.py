"""A clinic's own page and questions, the order clinic files are read in, locks, and
``cartapp check-config``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cartapp.config import ConfigError
from cartapp.config_layers import ignored_settings, load_layered, read_raw
from cartapp.model.clinic_content import load_clinic_content
from cartapp.model.library import ContentLibrary
from cartapp.model.rules import rule_rows
from cartapp.pdf.review_pack import build_review_pack

SITE = Path(__file__).parent / "fixtures" / "clinic-site"


@pytest.fixture
def site(tmp_path) -> Path:
    folder = tmp_path / "site"
    shutil.copytree(SITE, folder)
    return folder


@pytest.fixture
def bank_ids() -> set[str]:
    return {q.id for q in ContentLibrary("en").bank.questions}


def test_a_clinic_folder_gives_a_page_and_questions(site, bank_ids):
    content = load_clinic_content(site / "clinic", clinic_name="Riverside", taken_ids=bank_ids)
    assert content.problems == []
    page = content.page("en")
    assert page.title == "Our center" and page.written_by == "Riverside"
    assert "clinic-picture:parking.png" in page.body
    assert [q.id for q in content.questions] == ["clinic.parking", "clinic.lodging"]
    assert content.category.title == "Questions about our center"
    assert content.page("es") is page  # English until the clinic writes its own


def test_the_library_adds_them_after_the_app_s_own(site, bank_ids):
    library = ContentLibrary("en")
    library.attach_clinic(load_clinic_content(site / "clinic", taken_ids=bank_ids))
    assert library.bank.categories[-1].id == "clinic"
    assert library.bank.get("clinic.parking") is not None
    assert library.link_problems() == []
    assert "page:center#parking" in library.link_targets


def test_broken_items_are_refused_one_by_one_and_the_rest_kept(site, bank_ids):
    folder = site / "clinic"
    page = folder / "center.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n![A photo that is missing](missing.png)\n"
        + "![](parking.png)\n[Gone](page:nowhere)\n",
        encoding="utf-8",
    )
    (folder / "questions.toml").write_text(
        'title = "Ours"\n'
        '[[questions]]\nid = "home.fever"\ntext = "Clash?"\n'
        '[[questions]]\nid = "parking"\ntext = "Fine?"\n'
        '[[questions]]\nid = "parking"\ntext = "Twice?"\n'
        '[[questions]]\nid = "x"\ntext = "Odd key"\ncolour = "red"\n',
        encoding="utf-8",
    )
    (folder / "center.es.md").write_text("no front matter", encoding="utf-8")
    content = load_clinic_content(folder, taken_ids=bank_ids | {"home.fever"})
    text = "\n".join(content.problems)
    assert "center.md, line 29: the picture 'missing.png' is not in the clinic folder" in text
    assert "center.md, line 30: the picture 'parking.png' needs words" in text
    assert "question 1: the id 'home.fever' is already a question of the app's bank" in text
    assert "question 3: the id 'parking' is used twice" in text
    assert "question 4: 'colour' is not a question setting" in text
    assert "center.es.md" in text and "left out" in text
    assert [q.id for q in content.questions] == ["clinic.parking"]
    assert set(content.pages) == {"en"}
    assert "*A photo that is missing*" in content.page("en").body
    library = ContentLibrary("en")
    library.attach_clinic(content)
    assert library.link_problems() == [
        f"{page}: the link 'page:nowhere' points to a page that does not exist",
        # The questions file written above has no lodging question, so that link breaks too.
        f"{page}: the link 'question:clinic.lodging' points to a question "
        "that is not in the question bank",
    ]


def test_a_huge_or_unreadable_file_is_refused_by_name(site, bank_ids):
    (site / "clinic" / "questions.toml").write_bytes(b"x" * (300 * 1024))
    content = load_clinic_content(site / "clinic", taken_ids=bank_ids)
    assert any("questions.toml" in p and "questions are left out" in p for p in content.problems)
    assert content.questions == () and content.page("en") is not None


def test_the_review_pack_includes_the_center_page(site, bank_ids):
    import io

    from pypdf import PdfReader

    library = ContentLibrary("en")
    library.attach_clinic(
        load_clinic_content(site / "clinic", clinic_name="Riverside", taken_ids=bank_ids)
    )
    text = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(build_review_pack(library))).pages
    )
    text = " ".join(text.split())
    assert "Our center" in text and "River House" in text
    assert "Questions about our center" in text and "clinic.parking" in text
    # Without rules or an expansion given, the app's own rules table fills both.
    title, region, rule, _ = rule_rows()[0]
    assert " ".join(f"{title} {region} {rule}".split())[:60] in text
    assert "{{" not in text and "[region rule:" not in text


def test_a_clinic_page_and_its_questions_become_link_targets(site, bank_ids):
    library = ContentLibrary("en")
    assert "page:center" not in library.link_targets
    library.attach_clinic(load_clinic_content(site / "clinic", taken_ids=bank_ids))
    assert "page:center" in library.link_targets
    assert "question:clinic.parking" in library.link_targets


# -- where the settings come from --------------------------------------------

MACHINE = """schema_version = 1
[clinic]
name = "Riverside Children's Hospital"
region = "uk"
urgent_phone = "0161 000 0000"
[lock]
settings = ["clinic.region", "kiosk"]
"""


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clinic.toml").write_text(text, encoding="utf-8")
    return folder / "clinic.toml"


def test_machine_then_user_then_given_file_with_locks(user_dirs, tmp_path, monkeypatch):
    _data, user = user_dirs
    machine = tmp_path / "machine"
    monkeypatch.setenv("CARTAPP_MACHINE_CONFIG_DIR", str(machine))
    assert load_layered().files == ()
    _write(machine, MACHINE)
    config = load_layered()
    assert (config.clinic.name, config.clinic.region) == ("Riverside Children's Hospital", "uk")
    assert config.locked == {"clinic.region", "kiosk"}

    user_file = _write(
        user,
        'schema_version = 1\n[clinic]\nregion = "us"\n'
        'urgent_phone = "555-0199"\n[kiosk]\nenabled = false\n',
    )
    config = load_layered()
    assert config.clinic.region == "uk", "a locked setting stays the machine's"
    assert config.clinic.urgent_phone == "555-0199", "an open one is the user's"
    assert config.clinic.name == "Riverside Children's Hospital"
    assert config.files == (machine / "clinic.toml", user_file)
    assert ignored_settings(read_raw(user_file), config.locked) == [
        "clinic.region",
        "kiosk.enabled",
    ]

    given = _write(tmp_path / "given", 'schema_version = 1\n[clinic]\nphone = "555-0100"\n')
    config = load_layered(given)
    assert config.files == (machine / "clinic.toml", given)  # takes the user file's place
    assert config.clinic.phone == "555-0100" and config.clinic.urgent_phone == "0161 000 0000"


def test_a_lock_outside_the_machine_file_or_naming_nothing_is_refused(
    user_dirs, tmp_path, monkeypatch
):
    _data, user = user_dirs
    monkeypatch.setenv("CARTAPP_MACHINE_CONFIG_DIR", str(tmp_path / "machine"))
    _write(user, 'schema_version = 1\n[lock]\nsettings = ["clinic.region"]\n')
    with pytest.raises(ConfigError, match="belongs in the machine-wide file"):
        load_layered()
    (user / "clinic.toml").unlink()
    _write(tmp_path / "machine", 'schema_version = 1\n[lock]\nsettings = ["clinic.colour"]\n')
    with pytest.raises(ConfigError, match="clinic.colour"):
        load_layered()


def test_two_files_are_checked_together(user_dirs, tmp_path, monkeypatch):
    _data, user = user_dirs
    machine = tmp_path / "machine"
    monkeypatch.setenv("CARTAPP_MACHINE_CONFIG_DIR", str(machine))
    # Each file is fine alone; together the warning would come with the time-out.
    _write(
        machine, "schema_version = 1\n[kiosk]\nidle_timeout_seconds = 600\nwarning_seconds = 100\n"
    )
    _write(user, "schema_version = 1\n[kiosk]\nidle_timeout_seconds = 120\n")
    with pytest.raises(ConfigError, match="would interrupt a family 20 seconds after"):
        load_layered()


# -- check-config --------------------------------------------------------------


def test_check_config_passes_a_good_site(site, capsys):
    from cartapp.commands.check_config import main

    assert main([str(site / "clinic.toml")]) == 0
    out = capsys.readouterr().out
    assert "OK (clinic folder: center page (en), 2 questions)" in out
    assert "reading level of center (en): grade" in out


def test_check_config_lists_every_problem_with_its_line(tmp_path, capsys):
    from cartapp.commands.check_config import main

    path = tmp_path / "clinic.toml"
    path.write_text(
        'schema_version = 1\n[clinic]\nname = "X"\nregion = "mars"\n'
        'fever_threshold_c = 40\ncolour = "red"\n[kiosk]\n'
        "idle_timeout_seconds = 5\n[extra]\n",
        encoding="utf-8",
    )
    assert main([str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f'{path}, line 4: [clinic] region = "mars"')
    assert err[1].startswith(f"{path}, line 5: [clinic] fever_threshold_c = 40")
    assert err[2].startswith(f"{path}, line 6: [clinic] colour is not a setting")
    assert err[3].startswith(f"{path}, line 8: [kiosk] idle_timeout_seconds = 5")
    assert err[4].startswith(f"{path}, line 9: [extra]")
    assert err[-1] == f"5 problem(s) found in {path} and its clinic folder."


def test_check_config_reports_a_broken_folder_and_a_bad_file(site, tmp_path, capsys):
    from cartapp.commands.check_config import main

    (site / "clinic" / "parking.png").unlink()
    assert main([str(site / "clinic.toml")]) == 2
    assert "the picture 'parking.png' is not in the clinic folder" in capsys.readouterr().err
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 1\n[clinic\n", encoding="utf-8")
    assert main([str(broken)]) == 2
    assert "not a valid TOML file" in capsys.readouterr().err
    assert main([str(tmp_path / "missing.toml")]) == 2


def test_check_config_says_which_settings_the_machine_file_locks(
    user_dirs, tmp_path, monkeypatch, capsys
):
    from cartapp.commands.check_config import main

    machine = tmp_path / "machine"
    monkeypatch.setenv("CARTAPP_MACHINE_CONFIG_DIR", str(machine))
    _write(machine, MACHINE)
    own = _write(
        tmp_path / "own", 'schema_version = 1\n[clinic]\nregion = "us"\nphone = "555-0100"\n'
    )
    assert main([str(own)]) == 0
    out = capsys.readouterr().out
    assert f"note: clinic.region is set by your clinic in {machine / 'clinic.toml'}" in out
    assert "clinic.phone" not in out
