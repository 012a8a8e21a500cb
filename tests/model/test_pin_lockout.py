"""The kiosk's PIN lock-out: its rounds, its lengths, and the file that keeps them."""

from __future__ import annotations

import json

import pytest

from cartapp.model import pin_lockout
from cartapp.model.pin_lockout import (
    LOCK_MINUTES,
    TRIES_PER_ROUND,
    Lockout,
    LockoutState,
    file_store,
    lock_seconds,
)

NOW = 1_000_000.0


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(pin_lockout.time, "time", lambda: NOW)


def test_the_saved_state_is_exactly_its_three_numbers_and_a_version():
    saved = LockoutState(3, 2, 1234.5).to_json()
    assert json.loads(saved) == {"version": 1, "wrong": 3, "lockouts": 2, "locked_until": 1234.5}
    assert LockoutState.from_json(saved) == LockoutState(3, 2, 1234.5)
    assert LockoutState.from_json(LockoutState().to_json()) == LockoutState(0, 0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "null",
        "[]",
        '"text"',
        '{"wrong": 0, "lockouts": 0, "locked_until": 0}',  # no version
        '{"version": 2, "wrong": 0, "lockouts": 0, "locked_until": 0}',
        '{"version": 1, "lockouts": 0, "locked_until": 0}',
        '{"version": 1, "wrong": 0, "locked_until": 0}',
        '{"version": 1, "wrong": 0, "lockouts": 0}',
        '{"version": 1, "wrong": "x", "lockouts": 0, "locked_until": 0}',
        '{"version": 1, "wrong": null, "lockouts": 0, "locked_until": 0}',
        '{"version": 1, "wrong": -1, "lockouts": 0, "locked_until": 0}',
        '{"version": 1, "wrong": 0, "lockouts": -1, "locked_until": 0}',
        '{"version": 1, "wrong": 0, "lockouts": 0, "locked_until": Infinity}',
        '{"version": 1, "wrong": 0, "lockouts": 0, "locked_until": NaN}',
    ],
)
def test_a_damaged_file_is_a_first_lock_out_in_force(frozen, text):
    assert LockoutState.from_json(text) == LockoutState(0, 1, NOW + 60)


def test_zero_counts_are_a_valid_state(frozen):
    text = '{"version": 1, "wrong": 0, "lockouts": 0, "locked_until": 0}'
    assert LockoutState.from_json(text) == LockoutState(0, 0, 0.0)


@pytest.mark.parametrize(
    ("lockouts", "seconds"),
    [(-3, 60), (0, 60), (1, 60), (2, 300), (3, 900), (4, 3600), (5, 3600), (99, 3600)],
)
def test_lock_lengths_step_up_and_stay_at_an_hour(lockouts, seconds):
    assert lock_seconds(lockouts) == seconds
    assert LOCK_MINUTES == (1, 5, 15, 60) and TRIES_PER_ROUND == 5


def test_five_wrong_tries_lock_for_a_minute_then_five_minutes():
    clock = [NOW]
    saved = []
    lockout = Lockout(
        save=lambda state: saved.append(LockoutState(**vars(state))), clock=lambda: clock[0]
    )
    assert lockout.tries_left() == 5 and not lockout.is_locked() and lockout.seconds_left() == 0
    for tries_left in (4, 3, 2, 1):
        lockout.record(False)
        assert lockout.tries_left() == tries_left and not lockout.is_locked()
    assert saved[-1] == LockoutState(4, 0, 0.0)
    lockout.record(False)
    assert lockout.state == LockoutState(0, 1, NOW + 60)
    assert saved[-1] == lockout.state and len(saved) == 5
    assert lockout.is_locked() and lockout.seconds_left() == 60 and lockout.tries_left() == 5
    clock[0] = NOW + 59.2
    assert lockout.seconds_left() == 1  # a part of a second counts as a second
    assert lockout.is_locked()  # and it is still locked for it
    clock[0] = NOW + 60
    assert lockout.seconds_left() == 0 and not lockout.is_locked()
    for _ in range(5):
        lockout.record(False)
    assert lockout.state == LockoutState(0, 2, NOW + 60 + 300)
    lockout.record(True)
    assert lockout.state == LockoutState() and saved[-1] == LockoutState()


def test_a_new_lockout_starts_open_with_the_real_clock():
    lockout = Lockout()
    assert lockout.state == LockoutState() and lockout.seconds_left() == 0
    lockout.record(False)  # saving nowhere is allowed
    assert lockout.state.wrong == 1


def test_the_file_store_starts_fresh_keeps_counts_and_survives_a_restart(tmp_path):
    path = tmp_path / "state" / "pin.json"
    state, save = file_store(path)
    assert state == LockoutState()
    save(LockoutState(2, 1, NOW))
    assert json.loads(path.read_text(encoding="utf-8"))["wrong"] == 2
    again, save_again = file_store(path)
    assert again == LockoutState(2, 1, NOW)
    save_again(LockoutState(3, 1, NOW))  # its folder exists now: saved all the same
    assert file_store(path)[0] == LockoutState(3, 1, NOW)


def test_a_broken_or_unreadable_file_counts_as_a_lock_out(tmp_path, frozen):
    path = tmp_path / "pin.json"
    path.write_text("{broken", encoding="utf-8")
    assert file_store(path)[0] == LockoutState(0, 1, NOW + 60)
    path.write_bytes(b"x" * 5000)  # larger than any state file: refused, not fresh
    assert file_store(path)[0] == LockoutState(0, 1, NOW + 60)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert file_store(folder)[0] == LockoutState(0, 1, NOW + 60)


def test_a_folder_that_cannot_be_written_keeps_the_counts_in_memory(tmp_path, frozen):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    state, save = file_store(blocker / "pin.json")
    assert state == LockoutState(0, 1, NOW + 60)  # not "does not exist": cannot tell
    save(LockoutState(1, 0, 0.0))  # no error: the run goes on counting
    assert blocker.read_text(encoding="utf-8") == ""
