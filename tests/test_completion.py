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

# Ids like these are refused by the schema (the pack does not load, so nothing is offered); topics
# are free text, so a pack can carry these and completion must still offer only safe words.
HOSTILE = {
    "title": "Hostile",
    "entries": [
        {"id": "fine-id", "question": "Fine?", "answer": "A.", "topic": "pain relief"},
        {"id": "two", "question": "Two?", "answer": "A.", "topic": "x$(touch {mark})"},
        {"id": "three", "question": "Three?", "answer": "A.", "topic": "`touch {mark}`"},
        {"id": "four", "question": "Four?", "answer": "A.", "topic": "'; touch {mark}; '"},
        {"id": "five", "question": "Five?", "answer": "A.", "topic": "* \\"},
    ],
}
HOSTILE_IDS = ["ends-with\\", "<(touch {mark})", "a\nb", "esc\u001b[2J", "$(touch {mark})"]


@pytest.fixture
def hostile_pack(tmp_path: Path) -> tuple[Path, Path]:
    mark = tmp_path / "pwned"
    text = json.dumps(HOSTILE).replace("{mark}", str(mark))
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path, mark


def complete(
    shell: str, words: str, cword: int | None = None, extra: dict[str, str] | None = None
) -> str:
    env = {**os.environ, **(extra or {}), "_BACKCARE_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env.update(COMP_WORDS=words, COMP_CWORD=str(cword))
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
    done = subprocess.run(BACKCARE, capture_output=True, text=True, env=env, check=False)
    return done.stdout


def test_ids_of_the_pack_named_by_faq_are_offered(hostile_pack: tuple[Path, Path]) -> None:
    pack, _ = hostile_pack
    offered = complete("bash", f"backcare --faq {pack} show ", 4).split()
    assert offered == ["fine-id", "two", "three", "four", "five"]
    assert complete("bash", "backcare show back-g", 2).split() == ["back-get-stiff-sit"]
    # a topic is offered by the safe letters its first word starts with (newcomer26 F12: "Fees,
    # insurance ..." as "Fees"), so "x$(touch ...)" is offered as the inert "x"; nothing else
    assert complete("bash", f"backcare --faq {pack} topics ", 4).split() == ["pain", "x"]


CLINIC = {
    "entries": [
        {
            "id": "home-visits",
            "question": "Do you do home visits?",
            "answer": "A.",
            "topic": "Booking and fees",
        },
        {
            "id": "have-parking",
            "question": "Is there parking?",
            "answer": "A.",
            "topic": "Back pain",
        },
    ]
}


@pytest.fixture
def clinic_pack(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(CLINIC), encoding="utf-8")
    return path


def test_the_pack_of_backcare_faq_or_the_settings_is_completed_as_the_command_uses_it(
    tmp_path: Path, clinic_pack: Path
) -> None:
    # newcomer 6, item 4: `show h<Tab>` offered the bundled ids, which `show` then could not find
    settings = tmp_path / "config.toml"
    settings.write_text(f"faq = {json.dumps(str(clinic_pack))}\n", encoding="utf-8")
    for extra in ({"BACKCARE_FAQ": str(clinic_pack)}, {"BACKCARE_CONFIG": str(settings)}):
        assert complete("bash", "backcare show h", 2, extra).split() == [
            "home-visits",
            "have-parking",
        ]
        assert complete("bash", "backcare topics ", 2, extra).split() == ["Booking", "Back"]
        assert complete("bash", "backcare ask -t b", 3, extra).split() == ["booking", "back"]
    # the command line still wins over both, as for the command
    bundled = {"BACKCARE_FAQ": str(clinic_pack), "BACKCARE_CONFIG": str(settings)}
    assert complete("bash", "backcare --faq bundled show back-g", 4, bundled).split() == [
        "back-get-stiff-sit"
    ]


def test_bad_settings_complete_from_the_fallback_and_print_nothing(
    tmp_path: Path, clinic_pack: Path
) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text(f"faq = {json.dumps(str(clinic_pack))}\ntop = 0\ncolour = 1\n")
    env = {**os.environ, "BACKCARE_CONFIG": str(settings), "BACKCARE_TOP": "x"}
    env.update(_BACKCARE_COMPLETE="complete_bash", COMP_WORDS="backcare show h", COMP_CWORD="2")
    done = subprocess.run(BACKCARE, capture_output=True, text=True, env=env, check=False)
    assert (done.stdout.split(), done.stderr) == (["home-visits", "have-parking"], "")
    missing = {"BACKCARE_FAQ": str(tmp_path / "gone.json")}
    assert complete("bash", "backcare show h", 2, missing).split() == []


def test_topics_are_offered_in_the_case_typed() -> None:
    # `topics` reads any case; a shell keeps only candidates that start with what was typed
    assert complete("bash", "backcare topics P", 2).split() == ["Pain"]
    assert complete("bash", "backcare topics pA", 2).split() == ["pAin"]


@pytest.mark.parametrize("bad_id", HOSTILE_IDS)
def test_a_pack_with_a_hostile_id_offers_nothing_and_runs_nothing(
    tmp_path: Path, bad_id: str
) -> None:
    mark = tmp_path / "pwned"
    pack = tmp_path / "ids.json"
    entry = {"id": bad_id.replace("{mark}", str(mark)), "question": "Q?", "answer": "A."}
    pack.write_text(json.dumps({"entries": [entry]}), encoding="utf-8")
    assert complete("bash", f"backcare --faq {pack} show ", 4).split() == []
    assert complete("zsh", f"backcare --faq {pack} show ").count('"') == 0
    assert not mark.exists()


def test_topics_complete_by_first_word() -> None:
    assert "pain" in complete("bash", "backcare topics ", 2).split()


@pytest.mark.parametrize("flag", ["--topic", "-t"])
def test_ask_topic_completes_the_topics_too(flag: str, hostile_pack: tuple[Path, Path]) -> None:
    assert "pain" in complete("bash", f"backcare ask {flag} ", 3).split()
    pack, mark = hostile_pack
    assert complete("bash", f"backcare --faq {pack} ask {flag} ", 5).split() == ["pain", "x"]
    assert not mark.exists()


def test_zsh_gets_only_safe_quoted_words(hostile_pack: tuple[Path, Path]) -> None:
    pack, _ = hostile_pack
    for command in ("show", "topics"):
        out = complete("zsh", f"backcare --faq {pack} {command} ")
        for bad in ("\\", "<(", "`", "$(", "\x1b"):
            assert bad not in out
    assert '"fine-id"' in complete("zsh", f"backcare --faq {pack} show ")


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


def test_completion_offers_the_pack_the_settings_name_in_any_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `faq` in the settings (or BACKCARE_FAQ) and no --faq, `show <Tab>` offered the bundled
    pack's ids, which `show` then did not find; `topics B<Tab>` offered nothing for `Booking`."""
    pack = tmp_path / "clinic.json"
    entries = [
        {
            "id": "book-online",
            "question": "Can I book online?",
            "answer": "Yes.",
            "topic": "Booking",
        },
        {"id": "parking", "question": "Can I park?", "answer": "Yes.", "topic": "booking extras"},
    ]
    pack.write_text(json.dumps({"title": "Clinic", "entries": entries}), encoding="utf-8")
    monkeypatch.setenv("BACKCARE_FAQ", str(pack))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert complete("bash", "backcare show ", 2).split() == ["book-online", "parking"]
    assert complete("bash", "backcare topics B", 2).split() == ["Booking"]
    assert complete("bash", "backcare topics b", 2).split() == ["booking"]  # as typed
