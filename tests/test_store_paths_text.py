"""A user pack's ask keeps paths as text where pathlib writes them the same way (no pathlib, no
urllib.parse on that path): each text form must be exactly what the pathlib form was."""

from __future__ import annotations

import errno
import os
import time
import urllib.parse
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.config import _pack_path, expand_home
from backcare.store import open as store_open
from backcare.store.cachedir import is_file
from backcare.store.open import _index_path, _record_of, path_record
from backcare.store.sqlite import index_uri, uri_quote
from tests.test_startup import indexed_pack_probe, loaded


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_uri_quote_is_urllib_quote(text: str) -> None:
    try:
        expected = urllib.parse.quote(text)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            uri_quote(text)
        return
    assert uri_quote(text) == expected


@pytest.mark.parametrize(
    "name", ["/a/b c/ix.sqlite", "/x?y#z%/ix.sqlite", "rel/ix.sqlite", "/caf\u00e9/ix", "/"]
)
def test_index_uri_of_text_is_that_of_the_path(name: str) -> None:
    assert index_uri(name) == index_uri(Path(name))


def test_is_file_is_paths(tmp_path: Path) -> None:
    file = tmp_path / "f"
    file.write_text("x")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for name in (file, tmp_path, tmp_path / "missing", file / "below", loop, "a\0b", ""):
        assert is_file(str(name)) == Path(name).is_file(), name


def test_is_file_raises_what_paths_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_: object, **__: object) -> os.stat_result:
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(os, "stat", denied)
    with pytest.raises(PermissionError):
        is_file("/x")
    with pytest.raises(PermissionError):
        Path("/x").is_file()


@pytest.mark.parametrize("cache", ["/c", "/c/", "//c", "/a//c", "rel", "/a/./c", "/"])
def test_cache_paths_as_text_are_the_paths(cache: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", cache)
    index = _index_path("d" * 32)
    assert str(index) == str(Path(cache) / "index" / Path(index).name)
    for name in ("/etc/hosts", "x.json", "./a/../x.json"):
        assert str(_record_of(name, "packs")) == str(path_record(Path(name), "packs"))
        assert str(_record_of(Path(name), "packs")) == str(path_record(Path(name), "packs"))


@pytest.mark.parametrize(
    "base",
    ["", "x.toml", "a/b.toml", "/etc/bc/c.toml", "a//b/c.toml", "./c.toml", "//c.toml", "a/b/"],
)
@pytest.mark.parametrize(
    "name", ["p.json", "./p.json", "a/../p.json", "/abs/p.json", "//abs", "a//p.json", "p/", "~/p"]
)
def test_settings_pack_paths_are_pathlibs(base: str, name: str) -> None:
    expected = str((Path(base).parent if base else Path()) / expand_home(name))
    assert _pack_path(base, name) == expected


def test_an_indexed_packs_ask_loads_neither_pathlib_nor_urllib(tmp_path: Path) -> None:
    probe = indexed_pack_probe(tmp_path)
    probe = probe.replace('"backcare.packs.importers",', '"pathlib", "urllib.parse", "shlex",')
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # the build (and a racy record, hashed again once)
    time.sleep(store_open.RACY_SECONDS + 0.1)
    loaded(probe, env)
    found = loaded(probe, env)
    assert not found & {"pathlib", "urllib.parse", "shlex"}, found
    assert "sqlite3" in found  # the index was read, not the pack built in memory
