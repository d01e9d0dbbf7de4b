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
    for data in (
        "faq.json",
        "lexicon.json",
        "red_flags.json",
        "redflag_net.bin",
        "stopwords.txt",
        "english_words.txt",
        "apostrophes.txt",
        "lookalikes.txt",
        "checklist_functions.txt",
    ):
        assert f"backcare/data/{data}" in names
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
