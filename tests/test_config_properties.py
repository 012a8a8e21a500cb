"""Whatever staff type into the clinic file: it loads, or it is refused plainly."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cartapp.config import ClinicConfig, ConfigError, load_config
from cartapp.model.library import ContentLibrary
from cartapp.model.question_bank import QuestionBank

_settings = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_settings
@given(raw=st.binary(max_size=400))
def test_any_bytes_load_or_are_refused_plainly(tmp_path, raw):
    path = tmp_path / "clinic.toml"
    path.write_bytes(raw)
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert "clinic.toml" in str(exc)
    else:
        assert isinstance(config, ClinicConfig)
    assert path.read_bytes() == raw  # never changed


@_settings
@given(
    name=st.text(max_size=300),
    phone=st.text(max_size=40),
    timeout=st.one_of(st.integers(-(10**6), 10**6), st.booleans(), st.text(max_size=5)),
)
def test_any_values_load_or_are_refused_with_the_key(tmp_path, name, phone, timeout):
    body = (
        f"schema_version = 1\n[clinic]\nname = {json.dumps(name)}\n"
        f"phone = {json.dumps(phone)}\n[kiosk]\n"
        f"idle_timeout_seconds = {json.dumps(timeout)}\n"
    )
    path = tmp_path / "clinic.toml"
    path.write_text(body, encoding="utf-8")
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert str(exc).strip()
    else:
        assert config.clinic.name == name
        assert 90 <= config.kiosk.idle_timeout_seconds <= 3600


_BANK: QuestionBank = ContentLibrary("en").bank


@settings(max_examples=200, deadline=None)
@given(typed=st.text(max_size=60))
def test_any_search_text_gives_bank_questions(typed):
    found = _BANK.search(typed)
    assert all(_BANK.get(q.id) is q for q in found)
