"""The wheel ships the bundled data, and the installed package finds it from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_contains_data_and_loads_it_outside_the_checkout(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("backcare-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    # every file of data/, found on disk rather than listed here: a list kept by hand is how
    # wrap_words.txt once went missing from the wheel
    shipped = sorted(
        path.relative_to(REPO / "data").as_posix()
        for path in (REPO / "data").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    assert "wrap_words.txt" in shipped and "faq.json" in shipped
    missing = [data for data in shipped if f"backcare/data/{data}" not in names]
    assert missing == []
    # the licence text with its copyright line, named in the metadata (newcomer20 F4: MIT requires
    # the notice to ship with copies; a packager found none)
    [licence] = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
    assert (
        "Copyright (c) 2026 backcare contributors" in zipfile.ZipFile(wheel).read(licence).decode()
    )
    [metadata] = [name for name in names if name.endswith(".dist-info/METADATA")]
    assert "License-File: LICENSE" in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "from backcare.store.open import open_store; import backcare.resources as r; "
        "from backcare import Engine; e = Engine(*open_store(None)); print(r.data_path('faq.json')); "
        "print(e.ask('stiff back after sitting').match.entry.id)"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    run: dict[str, object] = {
        "capture_output": True,
        "text": True,
        "cwd": tmp_path,
        "env": env,
        "check": False,
    }
    done = subprocess.run([sys.executable, "-c", probe], **run)  # type: ignore[call-overload]
    assert done.returncode == 0, done.stderr
    path, answer = done.stdout.splitlines()
    assert path.startswith(str(site)) and answer == "back-get-stiff-sit"
    # batch mode reads every data file a line can need (wrapped lines read data/wrap_words.txt):
    # a line with no sentence end, then an emergency, must give the notice and exit 3
    batch = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "--json", "-"],
        input="gift aid\ni cant feel my legs and i wet myself\n",
        **run,  # type: ignore[call-overload]
    )
    assert batch.returncode == 3, batch.stderr
    assert batch.stderr == ""
    assert len(batch.stdout.splitlines()) == 2 and '"emergency"' in batch.stdout
    # the evaluation harness ships with the package: it runs a pair of files from anywhere, and
    # with no sets given and no clone around it says so in one line
    pack, queries = tmp_path / "pack.json", tmp_path / "queries.jsonl"
    pack.write_text(
        '{"title": "T", "entries": [{"id": "a", "question": "Why is my back stiff?", '
        '"answer": "Sitting."}]}',
        encoding="utf-8",
    )
    queries.write_text('{"q": "stiff back", "expect": ["a"]}\n', encoding="utf-8")
    evaluated = subprocess.run(
        [sys.executable, "-m", "backcare.eval", str(pack), str(queries)],
        **run,  # type: ignore[call-overload]
    )
    assert evaluated.returncode == 0, evaluated.stderr
    assert "| backcare | 100.0 | 100.0 |" in evaluated.stdout
    nothing = subprocess.run([sys.executable, "-m", "backcare.eval"], **run)  # type: ignore[call-overload]
    assert nothing.returncode == 2 and nothing.stdout == ""
    assert nothing.stderr.startswith("python -m backcare.eval: no evaluation sets given")
    assert nothing.stderr.count("\n") == 1


@pytest.mark.slow
def test_the_sdist_ships_the_licence_and_names_it(tmp_path: Path) -> None:
    import tarfile

    pytest.importorskip("hatchling")
    build = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    [sdist] = tmp_path.glob("backcare-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        info = archive.extractfile(next(n for n in names if n.endswith("/PKG-INFO")))
        assert info is not None
        metadata = info.read().decode().splitlines()
    assert any(name.endswith("/LICENSE") for name in names)
    assert "License-File: LICENSE" in metadata and "License-Expression: MIT" in metadata
