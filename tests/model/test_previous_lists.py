"""Copies of replaced lists: dated names, never overwritten, the newest 30 kept."""

from __future__ import annotations

import datetime as dt
import os

from cartapp.model.previous_lists import FOLDER_NAME, KEEP, copies, keep_copy, previous_lists_dir
from cartapp.model.sheet import QuestionSheet
from cartapp.model.sheet_io import load_sheet

WHEN = dt.datetime(2026, 3, 3, 14, 5, 9)


def sheet(text: str = "Can we go home?") -> QuestionSheet:
    made = QuestionSheet(child_name="Zoë <b>&")
    made.add_own(text)
    return made


def test_an_empty_list_is_not_kept(tmp_path):
    assert keep_copy(QuestionSheet(), tmp_path / "copies", WHEN) is None
    assert not (tmp_path / "copies").exists()


def test_a_copy_is_dated_and_the_same_second_never_overwrites(tmp_path):
    folder = tmp_path / "new" / "copies"
    first = keep_copy(sheet("one"), folder, WHEN)
    second = keep_copy(sheet("two"), folder, WHEN)
    third = keep_copy(sheet("three"), folder, WHEN)
    assert first == folder / "list 2026-03-03 14.05.09.json"
    assert second == folder / "list 2026-03-03 14.05.09 (2).json"
    assert third == folder / "list 2026-03-03 14.05.09 (3).json"
    assert [load_sheet(p).questions[0].text for p in (first, second, third)] == [
        "one",
        "two",
        "three",
    ]
    assert load_sheet(first).child_name == "Zoë <b>&"


def test_the_newest_copies_are_kept_and_listed_first(tmp_path):
    assert KEEP == 30
    for n in range(KEEP + 2):
        path = keep_copy(sheet(f"q{n}"), tmp_path, WHEN + dt.timedelta(seconds=n))
        assert path is not None
        os.utime(path, (1000 + n, 1000 + n))
    kept = copies(tmp_path)
    assert len(kept) == KEEP
    assert [load_sheet(p).questions[0].text for p in kept[:2]] == [f"q{KEEP + 1}", f"q{KEEP}"]
    assert load_sheet(kept[-1]).questions[0].text == "q2"  # q0 and q1 are gone


def test_no_folder_lists_nothing_and_other_files_are_not_copies(tmp_path):
    assert copies(tmp_path / "missing") == []
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert copies(tmp_path) == []


def test_the_default_folder_is_in_the_user_data_folder(user_dirs):
    data, _config = user_dirs
    assert FOLDER_NAME == "previous lists"
    assert previous_lists_dir() == data / "previous lists"
    path = keep_copy(sheet(), now=WHEN)
    assert path == data / "previous lists" / "list 2026-03-03 14.05.09.json"
    assert copies() == [path]


def test_a_folder_that_cannot_be_made_keeps_nothing(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    assert keep_copy(sheet(), blocker / "copies", WHEN) is None


def test_now_is_the_default_time(tmp_path):
    path = keep_copy(sheet(), tmp_path)
    assert path is not None
    assert path.name.startswith(f"list {dt.datetime.now():%Y-%m-%d}")
