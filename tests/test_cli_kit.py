"""``cartapp kit``: the safety kit to PDF without a window; one clear line when it can't."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cartapp import cli
from cartapp.model.kit_content import ITEMS

EXAMPLE = Path(__file__).parents[1] / "packaging" / "clinic.example.toml"


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def run(*args: str) -> int:
    return cli.main(["kit", *args])


TITLES = {
    "wallet-card": "Wallet card: print",
    "call-sheet": "When to call",
    "log": "Temperature and symptom log",
    "er-letter": "To the emergency team",
    "checklist": "Caregiver checklist",
}


@pytest.mark.parametrize("item", [*ITEMS, "all"])
def test_each_item_prints(tmp_path, item):
    out = tmp_path / "kit.pdf"
    assert run(item, "-o", str(out), "--paper", "a4") == 0
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    if item == "all":
        positions = [text.index(TITLES[i]) for i in ITEMS]
        assert positions == sorted(positions)
    else:
        assert TITLES[item] in text
    for page in reader.pages:  # A4 as asked, upright or (the log) on its side
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == [595, 842]


def test_all_options_reach_the_pdf(tmp_path):
    out = tmp_path / "kit.pdf"
    assert (
        run(
            "all",
            "-o",
            str(out),
            "--config",
            str(EXAMPLE),
            "--infusion-date",
            "2027-05-10",
            "--name",
            "Zoë Łukasz 李",
            "--product",
            "Kymriah",
            "--large-print",
            "--paper",
            "letter",
            "--reader",
            "patient",
        )
        == 0
    )
    text = pdf_text(out)
    assert "Zoë Łukasz 李" in text and "10 May 2027" in text and "Kymriah" in text
    assert "24 May 2027" in text  # 14 no-driving days from the clinic file
    assert "even if you seem well" in text
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert round(float(reader.pages[0].mediabox[2])) == 612  # Letter


def test_no_driving_until_from_the_family(tmp_path):
    out = tmp_path / "card.pdf"
    assert (
        run(
            "wallet-card",
            "-o",
            str(out),
            "--infusion-date",
            "2027-05-10",
            "--no-driving-until",
            "2027-07-05",
        )
        == 0
    )
    assert "until: 5 July 2027" in pdf_text(out)


@pytest.mark.parametrize(
    "args, words",
    [
        (["poster"], "invalid choice"),
        (["log", "--infusion-date", "10/05/2027"], "is not a date; use YYYY-MM-DD"),
        (["log", "--infusion-date", "20270510"], "is not a date"),
        (["log", "--infusion-date", "2027-02-30"], "not a real calendar day"),
        (["log", "--paper", "legal"], "invalid choice"),
        (["log", "--name", "x" * 61], "room for 60"),
        (["log", "--name", "\U00013000"], "cannot show"),
        (
            ["log", "--infusion-date", "2027-05-10", "--no-driving-until", "2027-05-01"],
            "before the infusion date",
        ),
        (["log", "--config", "/no/such/clinic.toml"], "could not be read"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, capsys, args, words):
    out = tmp_path / "kit.pdf"
    assert run(*args[:1], "-o", str(out), *args[1:]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cartapp kit: ") and words in err, err
    assert not out.exists()


@pytest.mark.parametrize(
    "clinic, words",
    [
        ('urgent_phone = ""', "[clinic] urgent_phone"),
        ("fever_threshold_c = 40.0", "from 37.0 to 38.5"),
        ("fever_threshold_c = 36.0", "from 37.0 to 38.5"),
    ],
)
def test_a_clinic_value_out_of_range_is_refused_with_key_and_range(tmp_path, capsys, clinic, words):
    config = tmp_path / "clinic.toml"
    config.write_text(f"schema_version = 1\n[clinic]\n{clinic}\n", encoding="utf-8")
    out = tmp_path / "kit.pdf"
    assert run("call-sheet", "-o", str(out), "--config", str(config)) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_kit_section_values_are_checked(tmp_path, capsys):
    config = tmp_path / "clinic.toml"
    config.write_text(
        "schema_version = 1\n[kit]\ntemperature_checks_per_day = 9\n", encoding="utf-8"
    )
    assert run("log", "-o", str(tmp_path / "k.pdf"), "--config", str(config)) == 2
    assert "[kit] temperature_checks_per_day = 9" in capsys.readouterr().err
    config.write_text('schema_version = 1\n[kit]\nwishes = "call us"\n', encoding="utf-8")
    assert run("log", "-o", str(tmp_path / "k.pdf"), "--config", str(config)) == 2
    assert "[kit] wishes" in capsys.readouterr().err


def test_an_existing_file_is_replaced_only_when_the_pdf_is_complete(tmp_path):
    out = tmp_path / "kit.pdf"
    out.write_bytes(b"the family's older kit")
    assert run("log", "-o", str(out), "--name", "\U00013000") == 2
    assert out.read_bytes() == b"the family's older kit"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=60), product=st.text(max_size=40))
def test_any_typed_name_prints_or_is_refused_cleanly(tmp_path, capsys, name, product):
    if "\x00" in name + product:
        return  # a command line cannot carry NUL
    out = tmp_path / "card.pdf"
    # "--name=VALUE": a value may start with "-", which argparse would take for an option.
    status = run("wallet-card", "-o", str(out), f"--name={name}", f"--product={product}")
    err = capsys.readouterr().err
    assert status in (0, 2)
    if status == 2:
        assert err.count("\n") == 1 and "cannot show" in err
    else:
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Wallet card: print" in " ".join(text.split())


def test_runs_as_a_process_without_a_display(tmp_path):
    out = tmp_path / "kit.pdf"
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": ""}
    result = subprocess.run(
        [sys.executable, "-m", "cartapp", "kit", "call-sheet", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()
