"""Saving and opening a question list: the JSON format, atomic writes, plain errors."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
from pathlib import Path

import pytest

from cartapp.model import sheet_io
from cartapp.model.sheet import QuestionSheet, SheetError, SheetQuestion
from cartapp.model.sheet_io import (
    SheetFileError,
    load_sheet,
    save_sheet,
    sheet_from_dict,
    sheet_to_dict,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def full_sheet() -> QuestionSheet:
    return QuestionSheet(
        language="en",
        child_name="Zoë Ñúñez",
        prepared_by="Αλέξανδρος",
        appointment=dt.date(2026, 3, 3),
        care_team="Команда «Синяя»",
        notes="Line one\n\n\tLine two 🙂",
        questions=[
            SheetQuestion(
                "When can my child go back to school?", "after", True, "Soon?", "after.school"
            ),
            SheetQuestion("Can our dog <visit> & stay?", "own", False, ""),
        ],
    )


def good_dict() -> dict:
    return sheet_to_dict(full_sheet())


def test_dict_has_the_documented_shape():
    d = good_dict()
    assert list(d) == [
        "format",
        "version",
        "language",
        "child_name",
        "prepared_by",
        "appointment",
        "care_team",
        "notes",
        "questions",
    ]
    assert d["format"] == "cartapp.question-sheet" and d["version"] == 1
    assert d["appointment"] == "2026-03-03"
    assert d["questions"][0] == {
        "id": "after.school",
        "text": "When can my child go back to school?",
        "category": "after",
        "ask_first": True,
        "note": "Soon?",
    }
    assert "id" not in d["questions"][1]
    assert sheet_to_dict(QuestionSheet())["appointment"] == ""


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "new folder" / "deeper" / "sheet.json"
    save_sheet(full_sheet(), path)
    assert load_sheet(path) == full_sheet()
    raw = path.read_text(encoding="utf-8")
    assert "Zoë Ñúñez" in raw  # UTF-8, not \u escapes
    assert raw.startswith('{\n  "format": "cartapp.question-sheet"')
    assert os.listdir(path.parent) == ["sheet.json"]


def test_fixture_file_opens():
    sheet = load_sheet(FIXTURES / "sheet-good.json")
    assert sheet.child_name == "Zoë"
    assert [q.id for q in sheet.questions] == ["side-effects.who-to-call", "after.school", None]


def test_hand_edited_file_with_missing_optional_keys_opens():
    sheet = sheet_from_dict(
        {
            "format": "cartapp.question-sheet",
            "version": 1,
            "questions": [{"text": "Mine?"}],
            "later_key": 1,
        }
    )
    assert sheet == QuestionSheet(questions=[SheetQuestion("Mine?", "own")])


def with_changes(**changes) -> dict:
    d = good_dict()
    d.update(changes)
    return d


def with_question_change(number: int, **changes) -> dict:
    d = good_dict()
    d["questions"] = [dict(q) for q in d["questions"]] + [{"text": f"Q{i}?"} for i in range(3)]
    d["questions"][number - 1].update(changes)
    return d


BAD_DICTS = [
    ([1, 2], "^This file is not a question sheet.$"),
    ({"version": 1}, "^This file is not a question sheet.$"),
    (with_changes(format="something.else"), "^This file is not a question sheet.$"),
    (with_changes(version="1"), "^This file is not a question sheet.$"),
    (with_changes(version=True), "^This file is not a question sheet.$"),
    (with_changes(version=0), "^This file is not a question sheet.$"),
    (
        # The first version after this one: the boundary.
        with_changes(version=2),
        r"^This file was made by a newer version of CAR T Family Guide "
        r"\(version 2\). Please update the app to open it.$",
    ),
    (
        with_changes(version=3),
        r"^This file was made by a newer version of CAR T Family Guide "
        r"\(version 3\). Please update the app to open it.$",
    ),
    (with_question_change(4, text="   "), "^Question 4 has no text.$"),
    (with_question_change(4, text=None), "^Question 4 has no text.$"),
    (with_question_change(2, text=["x"]), "Question 2 in this file is not text"),
    (with_question_change(2, ask_first="yes"), 'Question 2: "ask_first" should be true'),
    (with_question_change(2, category=7), "Question 2 has a category that is not text"),
    (with_question_change(1, id=12), "Question 1 has an id that is not text"),
    (with_question_change(1, category="own\ud800"), "Question 1 has no category"),
    (with_question_change(3, text="x" * 501), "Question 3 can be up to 500 characters"),
    (with_question_change(1, note="x" * 1001), "note on question 1 can be up to 1,000"),
    (with_changes(questions=["x"]), "Question 1 in this file is not a question"),
    (with_changes(questions={"a": 1}), "^The list of questions in this file is not a list.$"),
    (with_changes(appointment="2026-02-30"), "appointment date '2026-02-30' is not a real"),
    (with_changes(appointment="3/3/2026"), "appointment date '3/3/2026' is not a real date"),
    (with_changes(appointment=20260303), "appointment date 20260303 is not a real date"),
    (with_changes(child_name=5), "^The child's name in this file is not text.$"),
    (with_changes(prepared_by=5), '^"Prepared by" in this file is not text.$'),
    (with_changes(care_team=["x"]), "^The care team's name in this file is not text.$"),
    (with_changes(notes=5), "^The notes in this file is not text.$"),
    (with_changes(language=5), "^The language in this file is not text.$"),
    (with_question_change(2, note=7), "^The note on question 2 in this file is not text.$"),
    (with_changes(child_name="x" * 201), "The child's name can be up to 200 characters"),
    (with_changes(care_team="x" * 201), "The care team's name can be up to 200"),
    (with_changes(notes="x" * 10001), "The notes can be up to 10,000 characters"),
    (with_changes(language="../../etc"), "The language code '../../etc' is not valid"),
    (with_changes(questions=[{"text": f"Q{i}?"} for i in range(301)]), "up to 300 questions"),
    (
        with_changes(questions=[{"text": f"Q{i}?", "ask_first": True} for i in range(4)]),
        "up to 3 questions to ask first",
    ),
]


@pytest.mark.parametrize(("data", "message"), BAD_DICTS)
def test_bad_file_is_refused_with_a_plain_message_and_left_alone(tmp_path, data, message):
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(SheetFileError, match=message):
        load_sheet(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["sheet.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not a question sheet, or it is damaged"),
        (b"", "not a question sheet, or it is damaged"),
        (b"\xff\xfe\x00garbage", "not a question sheet, or it is damaged"),
        (b"[" * 100000 + b"]" * 100000, "not a question sheet"),
        (b"%PDF-1.4 a pdf", "not a question sheet, or it is damaged"),
    ],
)
def test_unreadable_content_is_refused(tmp_path, content, message):
    path = tmp_path / "sheet.json"
    path.write_bytes(content)
    with pytest.raises(SheetFileError, match=message):
        load_sheet(path)
    assert path.read_bytes() == content


def test_future_version_fixture_is_refused():
    with pytest.raises(SheetFileError, match=r"newer version .*\(version 3\)"):
        load_sheet(FIXTURES / "sheet-future.json")


def test_file_with_a_byte_order_mark_opens(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good_dict()).encode())
    assert load_sheet(path) == full_sheet()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SheetFileError, match="^The file does not exist.$"):
        load_sheet(tmp_path / "nope.json")
    with pytest.raises(SheetFileError, match="folder, not a question sheet"):
        load_sheet(tmp_path)


def test_huge_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_io, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(with_changes(notes="x" * 2000)))
    with pytest.raises(SheetFileError, match="too large"):
        load_sheet(path)


def test_control_characters_in_a_file_are_dropped():
    d = with_changes(child_name="Zo\x00ë\x1b", notes="a\r\nb\ud800")
    sheet = sheet_from_dict(d)
    assert (sheet.child_name, sheet.notes) == ("Zoë", "a\nb")


def test_failed_replace_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "sheet.json"
    save_sheet(full_sheet(), path)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    changed = full_sheet()
    changed.child_name = "Someone else"
    with pytest.raises(
        SheetFileError,
        match=r"^Could not save to .*sheet.json: the folder is "
        r"read-only.$",
    ):
        save_sheet(changed, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["sheet.json"]


def test_full_disk_while_writing(tmp_path, monkeypatch):
    path = tmp_path / "sheet.json"
    save_sheet(QuestionSheet(child_name="Old"), path)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SheetFileError, match="the disk is full"):
        save_sheet(full_sheet(), path)
    assert load_sheet(path).child_name == "Old"
    assert os.listdir(tmp_path) == ["sheet.json"]


def test_save_where_a_file_blocks_the_folder(tmp_path):
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(SheetFileError, match="Could not save to"):
        save_sheet(full_sheet(), tmp_path / "blocker" / "sheet.json")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_is_private_and_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "sheet.json"
    save_sheet(full_sheet(), path)
    assert path.stat().st_mode & 0o777 == 0o600
    path.chmod(0o640)
    save_sheet(QuestionSheet(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_save_refuses_an_invalid_sheet(tmp_path):
    with pytest.raises(SheetError, match="child's name"):
        save_sheet(QuestionSheet(child_name="x" * 300), tmp_path / "s.json")
    assert not (tmp_path / "s.json").exists()


def test_fields_at_their_limits_open(tmp_path):
    d = with_changes(child_name="c" * 200, prepared_by="p" * 200, care_team="t" * 200)
    d["notes"] = "n" * 10000
    d["questions"] = [{"text": "q" * 500, "note": "o" * 1000, "category": ""}]
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    sheet = load_sheet(path)
    assert (len(sheet.child_name), len(sheet.prepared_by), len(sheet.care_team)) == (200, 200, 200)
    assert len(sheet.notes) == 10000
    # An empty category is the family's own question.
    assert sheet.questions == [SheetQuestion("q" * 500, "own", note="o" * 1000)]


def test_a_file_over_16_mb_is_refused_in_words(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(16 * 1024 * 1024 + 1)
    with pytest.raises(SheetFileError, match="^This file is too large to be a question sheet.$"):
        load_sheet(path)


def test_the_temporary_file_is_hidden_beside_the_sheet(tmp_path, monkeypatch):
    # os.replace is atomic only within one file system, and a left-over file
    # after a power cut must neither look like a sheet nor be in the way.
    replaced = []
    real_replace = os.replace

    def record(src, dst):
        replaced.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", record)
    path = tmp_path / "sheet.json"
    save_sheet(full_sheet(), path)
    [(src, dst)] = replaced
    assert dst == path and src.parent == tmp_path
    assert src.name.startswith(".sheet.json.") and src.name.endswith(".tmp")
    assert os.listdir(tmp_path) == ["sheet.json"]


def test_a_folder_that_cannot_be_synced_still_saves(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def no_folder_sync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", no_folder_sync)
    path = tmp_path / "sheet.json"
    save_sheet(full_sheet(), path)
    assert load_sheet(path) == full_sheet()


def test_a_temporary_file_that_cannot_be_removed_keeps_the_first_problem(tmp_path, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    def denied(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.setattr(os, "unlink", denied)
    with pytest.raises(SheetFileError, match="the disk is full.$"):
        save_sheet(full_sheet(), tmp_path / "sheet.json")


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space"), "the disk is full"),
        (PermissionError(errno.EACCES, "Denied"), "the folder is read-only"),
        (OSError(errno.EPERM, "Not permitted"), "the folder is read-only"),
        (OSError(errno.EROFS, "Read-only file system"), "the folder is read-only"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "there is a folder with that name"),
        (
            FileNotFoundError(errno.ENOENT, "No such file"),
            "the folder does not exist and could not be made",
        ),
        (OSError(errno.EIO, "I/O error"), "the folder is read-only or full"),
    ],
)
def test_each_write_problem_in_plain_words(error, reason):
    assert (
        sheet_io.write_problem(Path("/x/s.json"), error)
        == f"Could not save to /x/s.json: {reason}."
    )
