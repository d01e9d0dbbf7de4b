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
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    path, answer = done.stdout.splitlines()
    assert path.startswith(str(site)) and answer == "back-get-stiff-sit"
