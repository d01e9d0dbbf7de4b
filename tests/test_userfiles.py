"""backcare.userfiles: every file a user names is read the same bounded way, and each failure is one
typed problem that the pack loader and the settings reader word for their own input."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from backcare import userfiles
from backcare.config import ConfigError, read_config
from backcare.errors import PackError
from backcare.packs.load import read_file_bytes
from backcare.userfiles import FileProblem, read_bounded, read_limited


def kind_of(path: str | Path, **options: bool) -> str:
    with pytest.raises(FileProblem) as caught:
        read_bounded(path, 10, regular=options.pop("regular", True), **options)
    return caught.value.kind


def test_a_regular_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    (tmp_path / "ten").write_bytes(b"x" * 10)
    (tmp_path / "eleven").write_bytes(b"x" * 11)
    assert read_bounded(tmp_path / "ten", 10, regular=True) == b"x" * 10
    assert kind_of(tmp_path / "eleven") == userfiles.TOO_LARGE


def test_each_way_of_failing_is_its_own_kind(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    assert kind_of(tmp_path / "missing") == userfiles.MISSING
    assert kind_of(tmp_path) == userfiles.DIRECTORY
    assert kind_of(tmp_path, regular=False) == userfiles.DIRECTORY
    assert kind_of(tmp_path / "fifo") == userfiles.SPECIAL  # refused before it can block
    assert kind_of("a\0b") == userfiles.BAD_NAME
    assert kind_of(tmp_path / "missing" / "x") == userfiles.MISSING


def test_the_null_device_is_empty_only_when_asked_and_no_other_device_is_read() -> None:
    assert read_bounded(os.devnull, 10, regular=True, null_is_empty=True) == b""
    assert kind_of(os.devnull) == userfiles.SPECIAL
    with pytest.raises(FileProblem) as caught:
        read_bounded("/dev/zero", 10, regular=True, null_is_empty=True)
    assert (caught.value.kind, caught.value.detail) == (userfiles.SPECIAL, "a character device")


def test_a_stream_is_read_to_its_end_or_refused_past_the_limit() -> None:
    assert read_limited(io.BytesIO(b"abc"), 3) == b"abc"
    with pytest.raises(FileProblem, match="too large"):
        read_limited(io.BytesIO(b"abcd"), 3)


def test_packs_and_settings_word_the_same_problem_for_their_own_input(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(PackError, match=r"fifo: is a FIFO \(named pipe\), not a regular file"):
        read_file_bytes(str(tmp_path / "fifo"), str(tmp_path / "fifo"))
    with pytest.raises(ConfigError, match="fifo: cannot read config file: not a regular file"):
        read_config(str(tmp_path / "fifo"), required=False)
    with pytest.raises(PackError, match="missing: no such file"):
        read_file_bytes(str(tmp_path / "missing"), str(tmp_path / "missing"))
    assert read_config(str(tmp_path / "missing"), required=False) is None
    with pytest.raises(ConfigError, match="config file not found"):
        read_config(str(tmp_path / "missing"), required=True)
    with pytest.raises(ConfigError, match="cannot read config file: is a directory"):
        read_config(str(tmp_path), required=True)
