"""Shell completion offers the ids and topics of the pack on the command line, and nothing from a
pack ever reaches a shell as code: candidates outside a safe character set are not offered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backcare.cli.completion import SAFE_WORD
from tests.conftest import installed_command

BACKCARE = installed_command()

HOSTILE = {
    "title": "Hostile",
    "entries": [
        {"id": "fine-id", "question": "Fine?", "answer": "A.", "topic": "pain relief"},
        {"id": "ends-with\\", "question": "Two?", "answer": "A.", "topic": "x$(touch {mark})"},
        {"id": "<(touch {mark})", "question": "Three?", "answer": "A.", "topic": "`touch {mark}`"},
        {"id": "a\nb", "question": "Four?", "answer": "A.", "topic": "'; touch {mark}; '"},
        {"id": "esc\u001b[2J", "question": "Five?", "answer": "A.", "topic": "*"},
    ],
}


@pytest.fixture
def hostile_pack(tmp_path: Path) -> tuple[Path, Path]:
    mark = tmp_path / "pwned"
    text = json.dumps(HOSTILE).replace("{mark}", str(mark))
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path, mark


def complete(shell: str, words: str, cword: int | None = None) -> str:
    env = {**os.environ, "_BACKCARE_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env.update(COMP_WORDS=words, COMP_CWORD=str(cword))
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
    done = subprocess.run(BACKCARE, capture_output=True, text=True, env=env, check=False)
    return done.stdout


def test_ids_of_the_pack_named_by_faq_are_offered(hostile_pack: tuple[Path, Path]) -> None:
    pack, _ = hostile_pack
    assert complete("bash", f"backcare --faq {pack} show ", 4).split() == ["fine-id"]
    assert complete("bash", "backcare show back-g", 2).split() == ["back-get-stiff-sit"]


def test_topics_complete_by_first_word() -> None:
    assert "pain" in complete("bash", "backcare topics ", 2).split()


def test_zsh_gets_only_safe_quoted_words(hostile_pack: tuple[Path, Path]) -> None:
    pack, _ = hostile_pack
    out = complete("zsh", f"backcare --faq {pack} show ")
    assert '"fine-id"' in out
    for bad in ("\\", "<(", "`", "$(", "\x1b"):
        assert bad not in out


def test_real_bash_completion_runs_nothing_from_the_pack(hostile_pack: tuple[Path, Path]) -> None:
    pack, mark = hostile_pack
    script = subprocess.run(
        [*BACKCARE, "--show-completion", "bash"], capture_output=True, text=True, check=True
    ).stdout
    for line in (f"backcare --faq {pack} show ", f"backcare --faq {pack} topics "):
        words = " ".join(f'"{w}"' for w in line.split(" "))
        probe = (
            f"{script}\nCOMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); "
            "_backcare_completion backcare; printf '%s\\n' \"${COMPREPLY[@]}\""
        )
        done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=False)
        assert all(SAFE_WORD.match(c) for c in done.stdout.split()), done.stdout
    assert not mark.exists()


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_real_zsh_evaluates_the_candidates_harmlessly(hostile_pack: tuple[Path, Path]) -> None:
    pack, mark = hostile_pack
    out = complete("zsh", f"backcare --faq {pack} show ")
    # what Typer's zsh script does with the output: eval it (here with _arguments stubbed out)
    probe = '_arguments() { print -r -- "$@"; }; eval "$1"'
    subprocess.run(["zsh", "-c", probe, "zsh", out], capture_output=True, check=False)
    assert not mark.exists()


@pytest.mark.parametrize("word", ["ok", "a-b_c.d+e", "X1"])
def test_safe_words(word: str) -> None:
    assert SAFE_WORD.match(word)


@pytest.mark.parametrize("word", ["", "-x", "a b", "a\\", "a'b", 'a"b', "a$b", "a`b", "a:b", "é"])
def test_unsafe_words(word: str) -> None:
    assert not SAFE_WORD.match(word)
