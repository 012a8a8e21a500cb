"""The region setting: every page and the treatment steps follow it; a clinic file locks it."""

from __future__ import annotations

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.policy import KioskPolicy

STAY = "{{rule:stay_near}}"


def test_changing_the_region_rewrites_open_pages_and_is_kept(make_main_window):
    window = make_main_window(persist=False)
    assert window.region_action in window.view_menu.actions()
    window.set_region("uk")
    overview = window.tab("overview")
    uk_text = overview.reader.toPlainText()
    window.set_region("us")
    assert window.prefs.region == "us"
    assert overview.reader.toPlainText() != uk_text, "the open page shows the new rules"
    window.set_region("uk")
    assert window.prefs.region == "uk"
    assert overview.reader.toPlainText() == uk_text
    assert "United Kingdom" in overview._rules_for.text()
    steps = {p.step.id: p for p in window.tab("timeline").current_plan()}
    assert steps["no-driving"].end_day == 56, "drawn over the UK's usual 8 weeks"
    assert steps["no-driving"].end_date is None


def test_a_clinic_region_is_locked_and_its_days_reach_the_timeline(make_main_window):
    config = ClinicConfig(
        clinic=ClinicInfo(name="Clinic", region="uk", no_driving_days=60),
        kiosk=KioskSettings(),
        source=None,
    )
    window = make_main_window(persist=False, policy=KioskPolicy.home(config))
    assert window.region.locked and window.region.region == "uk"
    assert window.region_action not in window.view_menu.actions()
    window.set_region("us")
    assert window.region.region == "uk"
    steps = {p.step.id: p for p in window.tab("timeline").current_plan()}
    assert steps["no-driving"].end_day == 60 and not steps["no-driving"].open_end


def test_a_kiosk_without_a_region_shows_every_region(make_main_window):
    pin_hash = hash_pin("271828", salt=b"0123456789abcdef")
    config = ClinicConfig(
        clinic=ClinicInfo(name="Clinic"),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=pin_hash),
        source=None,
    )
    window = make_main_window(persist=False, policy=KioskPolicy(config, kiosk=True))
    assert window.region.region == "other" and window.region.locked
    text = window.region.expand(STAY)
    assert "In the US" in text and "In the UK" in text and "In the EU" in text


def test_the_sheet_gives_the_regions_fever_threshold_and_number(make_main_window):
    import io

    from pypdf import PdfReader

    config = ClinicConfig(
        clinic=ClinicInfo(name="Clinic", region="uk", fever_threshold_c=37.5),
        kiosk=KioskSettings(),
        source=None,
    )
    window = make_main_window(persist=False, policy=KioskPolicy.home(config))
    tab = window.show_tab("questions")
    tab.sheet().add_own("Who do we call at night?")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(tab.pdf_bytes())).pages)
    assert "37.5" in text and "999" in text and "100.4" not in text


def test_a_broken_clinic_file_at_home_shows_every_region(tmp_path, monkeypatch, user_dirs):
    from cartapp.cli import build_parser
    from cartapp.ui import app as app_module

    bad = tmp_path / "clinic.toml"
    bad.write_text('schema_version = 1\n[clinic]\nregion = "france"\n', encoding="utf-8")
    shown = {}
    monkeypatch.setattr(app_module.error_hook, "plain_error", lambda *a, **k: None)

    def run(app):
        import cartapp.ui.region as region

        shown["region"], shown["locked"] = region.current().region, region.current().locked
        for window in app.topLevelWidgets():
            window.close()
            window.deleteLater()  # the app made it, not qtbot: nobody else deletes it
        return 0

    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: run(self))
    monkeypatch.setenv("CARTAPP_EXIT_WHEN_SHOWN", "1")
    args = build_parser().parse_args(["--config", str(bad), "--region", "uk"])
    assert app_module.run_gui(args) == 0
    assert shown == {"region": "other", "locked": True}
