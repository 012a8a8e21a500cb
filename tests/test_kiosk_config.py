"""The clinic's kiosk configuration: the example loads, every mistake is named, PINs hash."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cartapp import config
from cartapp.commands import hash_pin as hash_pin_command
from cartapp.config import (
    ClinicConfig,
    ConfigError,
    hash_pin,
    load_config,
    load_default_config,
    verify_pin,
)
from cartapp.policy import KioskPolicy

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
EXAMPLE = PACKAGING / "clinic.example.toml"
# One hash for the whole module: each costs a noticeable fraction of a second.
SALT = bytes(range(16))
HASH_1234 = hash_pin("1234", salt=SALT)


def write(tmp_path: Path, body: str, *, version: str = "schema_version = 1\n") -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(version + body, encoding="utf-8")
    return path


def refused(tmp_path: Path, body: str, **kwargs) -> ConfigError:
    path = write(tmp_path, body, **kwargs)
    before = path.read_bytes()
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert path.read_bytes() == before, "the file must never be changed"
    message = str(caught.value)
    assert message.startswith("clinic.toml"), message
    assert "\n" not in message and "Traceback" not in message
    return caught.value


# -- the example -------------------------------------------------------------


def test_kiosk_example_config_loads_with_its_logo():
    loaded = load_config(EXAMPLE)
    assert loaded.source == EXAMPLE
    assert loaded.clinic.name
    assert loaded.clinic.logo == (PACKAGING / "clinic-logo.example.svg").resolve()
    assert loaded.clinic.phone and loaded.clinic.urgent_phone
    assert loaded.clinic.website.startswith("https://")
    assert loaded.kiosk.enabled is False  # until the clinic adds its own PIN hash
    assert loaded.kiosk.idle_timeout_seconds - loaded.kiosk.warning_seconds >= 60


def test_kiosk_example_sets_every_key_but_carries_no_usable_pin_hash():
    text = EXAMPLE.read_text(encoding="utf-8")
    for section, rules in config._SECTIONS.items():
        assert f"[{section}]" in text
        for key in rules:
            if (section, key) not in config.LEGACY_KEYS | {("kiosk", "admin_pin_hash")}:
                assert re.search(rf"^{key} = ", text, re.MULTILINE), key
    assert re.search(r"^# admin_pin_hash = ", text, re.MULTILINE)
    assert "cartapp hash-pin" in text
    assert load_config(EXAMPLE).kiosk.admin_pin_hash == ""


def test_kiosk_the_old_example_hash_is_refused_by_name(tmp_path):
    (old,) = config.EXAMPLE_PIN_HASHES
    assert verify_pin("2468", old)  # its PIN was printed in the documentation
    exc = refused(tmp_path, f'[kiosk]\nadmin_pin_hash = "{old}"\n')
    assert "is the example file's hash" in str(exc) and exc.key == "admin_pin_hash"


def test_kiosk_a_hash_too_slow_to_check_is_refused(tmp_path):
    slow = hash_pin("739164").replace("$600000$", "$10000000$")
    exc = refused(tmp_path, f'[kiosk]\nadmin_pin_hash = "{slow}"\n')
    assert "uses 10,000,000 rounds, so many that each check" in str(exc)
    assert "1,000,000" in str(exc)


def test_kiosk_defaults_when_no_file(user_dirs):
    assert not config.default_config_path().exists()
    assert config.default_config_path().parent == user_dirs[1]
    assert load_default_config() == ClinicConfig()


def test_kiosk_default_path_is_read_when_present(user_dirs):
    user_dirs[1].mkdir(parents=True)
    shutil.copy(EXAMPLE, user_dirs[1] / "clinic.toml")
    shutil.copy(PACKAGING / "clinic-logo.example.svg", user_dirs[1])
    assert load_default_config().clinic.name == load_config(EXAMPLE).clinic.name


def test_kiosk_minimal_file_takes_defaults_for_the_rest(tmp_path):
    loaded = load_config(write(tmp_path, '[clinic]\nname = "  North Clinic "\nlogo = ""\n'))
    assert loaded.clinic.name == "North Clinic"
    assert loaded.clinic.logo is None
    assert loaded.kiosk == config.KioskSettings()


def test_kiosk_logo_path_is_relative_to_the_config_folder(tmp_path):
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "logo.PNG").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    loaded = load_config(write(tmp_path, '[clinic]\nlogo = "art/logo.PNG"\n'))
    assert loaded.clinic.logo == (tmp_path / "art" / "logo.PNG").resolve()


# -- every kind of mistake, named --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "[kiosk]\nidle_timeout = 120\n",
            "[kiosk] idle_timeout is not a setting the app knows (did you mean "
            "idle_timeout_seconds?)",
        ),
        ('[clinic]\nfax = "1"\n', "[clinic] fax is not a setting the app knows"),
        ('[printer]\nname = "x"\n', "[printer] is not a section the app knows"),
        ('clinic_name = "x"\n', 'clinic_name = "x" is not a section the app knows'),
        ('clinic = "x"\n', 'clinic = "x" must be a section'),
        (
            'phone = "1"\n[clinic]\n',
            'phone = "1" is above the sections; move it below the [clinic] line.',
        ),
        ("[kiosk]\nenabled = 1\n", "[kiosk] enabled = 1 is not true or false"),
        ('[kiosk]\nenabled = "yes"\n', '[kiosk] enabled = "yes" is not true or false'),
        (
            "[kiosk]\nidle_timeout_seconds = true\n",
            "[kiosk] idle_timeout_seconds = true is not a whole number",
        ),
        (
            "[kiosk]\nidle_timeout_seconds = 120.5\n",
            "[kiosk] idle_timeout_seconds = 120.5 is not a whole number",
        ),
        (
            '[kiosk]\nidle_timeout_seconds = "120"\n',
            '[kiosk] idle_timeout_seconds = "120" is not a whole number',
        ),
        (
            "[clinic]\nphone = 5550100\n",
            '[clinic] phone = 5550100 is not text; put it in quotes, for example phone = "5550100"',
        ),
        (
            "[kiosk]\nidle_timeout_seconds = 5\n",
            "[kiosk] idle_timeout_seconds = 5 is too short; use a whole number of seconds "
            "from 90 to 3600.",
        ),
        (
            "[kiosk]\nidle_timeout_seconds = 7200\n",
            "[kiosk] idle_timeout_seconds = 7200 is too long",
        ),
        ("[kiosk]\nwarning_seconds = 10\n", "[kiosk] warning_seconds = 10 is too short"),
        (
            "[kiosk]\nstay_near_days = 0\n",
            "[kiosk] stay_near_days = 0 is too short; use a whole number of days from 1 to 365.",
        ),
        (
            "[kiosk]\nidle_timeout_seconds = 90\nwarning_seconds = 60\n",
            "[kiosk] warning_seconds = 60 with idle_timeout_seconds = 90 would interrupt a family "
            "30 seconds after their last touch",
        ),
        (
            "[kiosk]\nwarning_seconds = 200\n",
            "[kiosk] warning_seconds = 200 with idle_timeout_seconds = 120 would interrupt a "
            "family -80 seconds after",
        ),
        (
            '[clinic]\nwebsite = "www.example.org"\n',
            '[clinic] website = "www.example.org" is not a web address',
        ),
        (
            '[clinic]\nwebsite = "ftp://example.org"\n',
            '[clinic] website = "ftp://example.org" is not a web address',
        ),
        (
            '[kiosk]\nadmin_pin_hash = "2468"\n',
            "[kiosk] admin_pin_hash is not a PIN hash made by 'cartapp hash-pin'",
        ),
        (
            '[kiosk]\nadmin_pin_hash = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$'
            + "ab" * 32
            + '"\n',
            "[kiosk] admin_pin_hash uses 1,000 rounds, too few to protect",
        ),
        (
            '[kiosk]\nadmin_pin_hash = "sha1$600000$00112233445566778899aabbccddeeff$'
            + "ab" * 32
            + '"\n',
            "[kiosk] admin_pin_hash is not a PIN hash",
        ),
        ("[kiosk]\nenabled = true\n", "[kiosk] enabled = true needs an admin_pin_hash"),
        (
            '[kiosk]\ndefault_language = "../es"\n',
            '[kiosk] default_language = "../es" is not a language code',
        ),
        (
            '[kiosk]\ndefault_language = "English"\n',
            '[kiosk] default_language = "English" is not a language code',
        ),
        ('[clinic]\nname = "Line one\\nline two"\n', "[clinic] name = "),
        ('[clinic]\nlogo = "missing.png"\n', '[clinic] logo = "missing.png": no such file'),
        ('[clinic]\nlogo = "logo.gif"\n', '[clinic] logo = "logo.gif" is not a picture'),
    ],
)
def test_kiosk_config_mistakes_are_refused_with_key_and_value(tmp_path, body, expected):
    assert expected in str(refused(tmp_path, body))


def test_kiosk_config_error_carries_the_key(tmp_path):
    assert refused(tmp_path, "[kiosk]\nidle_timeout_seconds = 5\n").key == "idle_timeout_seconds"


def test_kiosk_logo_that_is_not_really_a_picture_is_refused(tmp_path):
    (tmp_path / "logo.png").write_text("not a picture", encoding="utf-8")
    message = str(refused(tmp_path, '[clinic]\nlogo = "logo.png"\n'))
    assert '[clinic] logo = "logo.png"' in message and "not a PNG picture" in message


def test_kiosk_newer_schema_version_is_refused(tmp_path):
    message = str(refused(tmp_path, "", version="schema_version = 2\n"))
    assert "schema_version = 2 is from a newer version of the app" in message


@pytest.mark.parametrize("version", ["", 'schema_version = "1"\n', "schema_version = 0\n"])
def test_kiosk_missing_or_odd_schema_version_is_refused(tmp_path, version):
    assert "schema_version" in str(refused(tmp_path, "[clinic]\n", version=version))


def test_kiosk_config_that_is_not_toml_is_refused(tmp_path):
    message = str(refused(tmp_path, "[kiosk\nenabled = yes\n"))
    assert "clinic.toml is not a valid TOML file" in message and "line" in message


def test_kiosk_config_not_utf8_is_refused(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_bytes(b'schema_version = 1\n[clinic]\nname = "Cl\xe9nica"\n')
    with pytest.raises(ConfigError, match="UTF-8"):
        load_config(path)


def test_kiosk_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="could not be read"):
        load_config(tmp_path / "nowhere.toml")


# -- PIN hashing --------------------------------------------------------------


def test_kiosk_pin_hash_round_trip_and_format():
    assert re.fullmatch(r"pbkdf2-sha256\$(\d+)\$[0-9a-f]{32}\$[0-9a-f]{64}", HASH_1234)
    assert int(HASH_1234.split("$")[1]) >= 200_000
    assert verify_pin("1234", HASH_1234)
    assert not verify_pin("1235", HASH_1234)
    assert not verify_pin("", HASH_1234)
    assert not verify_pin("1234", "not a hash")
    assert hash_pin("1234", salt=SALT) == HASH_1234


def test_kiosk_pin_hash_uses_a_fresh_salt_each_time():
    assert len({hash_pin("1234").split("$")[2] for _ in range(2)}) == 2


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "١٢٣٤", " 1234"])
def test_kiosk_pin_must_be_4_to_12_digits(pin):
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin)


# -- cartapp hash-pin ---------------------------------------------------------


def run_hash_pin(monkeypatch, capsys, *answers: str) -> tuple[int, str, str]:
    replies = iter(answers)
    monkeypatch.setattr(hash_pin_command.getpass, "getpass", lambda prompt="": next(replies))
    status = hash_pin_command.main([])
    out, err = capsys.readouterr()
    return status, out, err


def test_kiosk_hash_pin_command_prints_a_line_to_paste(monkeypatch, capsys, tmp_path):
    status, out, err = run_hash_pin(monkeypatch, capsys, "975318", "975318")
    assert (status, err) == (0, "")
    assert out.startswith('admin_pin_hash = "pbkdf2-sha256$') and out.count("\n") == 1
    assert "975318" not in out
    loaded = load_config(write(tmp_path, "[kiosk]\nenabled = true\n" + out))
    assert verify_pin("975318", loaded.kiosk.admin_pin_hash)


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        (("739164", "739165"), "the two PINs are not the same"),
        (("12", "12"), "a PIN is 6 to 12 digits"),
        (("abcd", "abcd"), "a PIN is 6 to 12 digits"),
        (("2468", "2468"), "a PIN needs at least 6 digits"),
        (("0000", "0000"), "a PIN needs at least 6 digits"),
        (("111111", "111111"), "a PIN of one digit repeated"),
        (("123456", "123456"), "a PIN of digits in order"),
        (("987654", "987654"), "a PIN of digits in order"),
        (("890123", "890123"), "a PIN of digits in order"),
        (("121212", "121212"), "a PIN that repeats a short pattern"),
        (("123123", "123123"), "a PIN that repeats a short pattern"),
        (("112233", "112233"), "that PIN is among the most common ones"),
    ],
)
def test_kiosk_hash_pin_command_refuses_plainly(monkeypatch, capsys, answers, problem):
    status, out, err = run_hash_pin(monkeypatch, capsys, *answers)
    assert status == 2 and out == ""
    assert err.startswith(f"cartapp hash-pin: {problem}") and err.count("\n") == 1


def test_kiosk_hash_pin_command_stops_cleanly_on_ctrl_d(monkeypatch, capsys):
    def no_input(prompt=""):
        raise EOFError

    monkeypatch.setattr(hash_pin_command.getpass, "getpass", no_input)
    assert hash_pin_command.main([]) == 2
    assert "nothing was printed" in capsys.readouterr().err


def test_kiosk_hash_pin_command_refuses_arguments(capsys):
    assert hash_pin_command.main(["1234"]) == 2
    assert capsys.readouterr().err.startswith("cartapp hash-pin: unrecognized arguments")


# -- the policy ---------------------------------------------------------------


def test_kiosk_policy_answers():
    home = KioskPolicy.home()
    assert home.may_save_files() and home.may_open_links() and home.may_print()
    assert home.persist_settings() and not home.print_directly()
    assert home.may_quit() and home.asks_who_is_reading() and not home.region_is_fixed()
    assert home.start_region("uk") == "uk" and home.start_region("") == "other"
    assert home.start_reader("patient") == "patient"

    settings = config.KioskSettings(
        enabled=True, admin_pin_hash=HASH_1234, print_to_default_printer=True
    )
    kiosk = KioskPolicy(ClinicConfig(kiosk=settings), kiosk=True)
    assert not (kiosk.may_save_files() or kiosk.may_open_links() or kiosk.persist_settings())
    assert kiosk.may_print() and kiosk.print_directly()
    assert not (kiosk.may_quit() or kiosk.asks_who_is_reading())
    # A shared screen shows every region's rules, whatever the last family chose.
    assert kiosk.region_is_fixed() and kiosk.start_region("uk") == "other"
    assert kiosk.start_reader("patient") == "parent"
    clinic_uk = KioskPolicy(ClinicConfig(clinic=config.ClinicInfo(region="uk")), kiosk=False)
    assert clinic_uk.region_is_fixed() and clinic_uk.start_region("us") == "uk"
    assert (kiosk.idle_ms(), kiosk.warning_ms()) == (120_000, 30_000)

    no_printing = config.KioskSettings(printing_allowed=False, print_to_default_printer=True)
    locked_down = KioskPolicy(ClinicConfig(kiosk=no_printing), kiosk=True)
    assert not locked_down.may_print() and not locked_down.print_directly()
    # At home the clinic's printing rule does not apply.
    assert KioskPolicy(ClinicConfig(kiosk=no_printing), kiosk=False).may_print()


def test_kiosk_policy_module_needs_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, cartapp.policy; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_region_rules_in_the_clinic_file(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text(
        'schema_version = 1\n[clinic]\nregion = "uk"\nno_driving_days = 56\n'
        'emergency_number = "999"\nfever_threshold_c = 37.5\n'
        "[kiosk]\nstay_near_days = 28\n",
        encoding="utf-8",
    )
    clinic = load_config(path).clinic
    assert clinic.region == "uk" and clinic.no_driving_days == 56
    assert clinic.stay_near_days == 28, "the old [kiosk] key still counts"
    overrides = clinic.rule_overrides()
    assert overrides.value("fever_threshold") == "99.5\u00a0°F (37.5\u00a0°C)"
    assert overrides.value("emergency_number") == "999"


@pytest.mark.parametrize(
    "line, key, expected",
    [
        ('region = "france"', "region", '"us", "uk", "eu" or "other"'),
        ("fever_threshold_c = 39.5", "fever_threshold_c", "37.0 to 38.5"),
        ('fever_threshold_c = "hot"', "fever_threshold_c", "not a number"),
        ("no_driving_days = 0", "no_driving_days", "1 to 365"),
        ('emergency_number = ""', "emergency_number", "not a phone number"),
    ],
)
def test_bad_region_values_name_the_key_and_what_to_write(tmp_path, line, key, expected):
    path = tmp_path / "clinic.toml"
    path.write_text(f"schema_version = 1\n[clinic]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == key and expected in str(caught.value)


def test_a_home_without_a_clinic_file_answers_without_reading_one(tmp_path):
    """The window shows before the clinic-file code is imported (start-up): a home
    policy names no files and no fixed region, and a clinic's file still counts."""
    from cartapp.config import ClinicConfig, ClinicInfo

    home = KioskPolicy.home()
    assert home.clinic_files() == ()
    assert not home.region_is_fixed()
    assert KioskPolicy(None, kiosk=True).region_is_fixed()  # every region's rules
    source = tmp_path / "clinic.toml"
    fixed = KioskPolicy.home(ClinicConfig(clinic=ClinicInfo(region="UK"), source=source))
    assert fixed.region_is_fixed()
    assert fixed.clinic_files() == (source,)
    layered = ClinicConfig(files=(tmp_path / "a.toml", source), source=source)
    assert KioskPolicy.home(layered).clinic_files() == (tmp_path / "a.toml", source)


def test_the_clinic_file_paths_need_no_parser():
    import subprocess
    import sys

    code = (
        "import sys; from cartapp.config_paths import config_files; config_files(); "
        "print('cartapp.config' in sys.modules, 'cartapp.config_types' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
