"""hostile12's findings (docs/hardening.md, harden18): a few NULs never make a batch UTF-16 (F1),
obfuscated spellings of an emergency (F2), and the smaller doors (F4-F9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.packs.load import text_encoding
from tests.conftest import run_backcare

# UTF-8 with NULs in it: a stray pair, C strings' line ends, `find -print0` style records, a NUL
# inside a word; each holds an emergency that a UTF-16 reading turned into CJK
NUL_BATCHES = [
    b"i want to kill myself\0\0\n",
    b"stiff back\0\ni cant pee\0\n",
    b"stiff back\0i cant pee\0heat or ice\0",
    b"\0i want to kill myself\0\n",
    b"i cant pee\0\0\0\0\n",
    b"my back hurts\0\nwhat helps\0\ni want to kill myself\0\n" * 3,
]


@pytest.mark.parametrize("raw", NUL_BATCHES)
def test_utf8_with_nuls_is_never_read_as_utf16(raw: bytes) -> None:
    assert text_encoding(raw) == ("utf-8", False)


@pytest.mark.parametrize("text", ["i want to kill myself\n", "stiff back\n", "a b\n", "kill\n"])
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_short_utf16_and_utf32_are_still_told(text: str, order: str) -> None:
    assert text_encoding(text.encode(order)) == (order, True)


@pytest.mark.parametrize("raw", NUL_BATCHES[:3])
def test_a_batch_with_nuls_keeps_its_emergency(raw: bytes, tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stdout + done.stderr
    assert b"UTF-16" not in done.stderr
    flagged = [json.loads(line) for line in done.stdout.splitlines()]
    assert any(answer.get("red_flags") for answer in flagged)
    (tmp_path / "q.txt").write_bytes(raw)
    done = run_backcare(
        "validate", "bundled", "--questions", "q.txt", home=tmp_path / "home", cwd=tmp_path
    )
    assert b"1 with red flags" in done.stdout + done.stderr, done.stdout


# F2: the red-flag reading reads disguised spellings, only where they make vocabulary words
READ = {
    "i want to k*ll myself": "i want to kill myself",
    "i want to k!ll myself": "i want to kill myself",
    "i want to k i l l myself": "i want to kill myself",
    "i can't p-e-e": "i can't pee",
    "I want to d.i.e": "I want to die",
    "i want to k_i_l_l myself": "i want to kill myself",
    "i want to kiII myself": "i want to kill myself",
    "i want to ki|| myself": "i want to kill myself",
    "i c a n t p e e": "i cant pee",
    "i want to k\u0336i\u0336l\u0336l\u0336 myself": "i want to kill myself",
    "i want to ki\u0301\u0302\u0303ll myself": "i want to kill myself",
}
KEPT = [
    "I'm at a 1 2 3 exercise class",
    "the p.m. appointment",
    "A-B-C of back care",
    "my physio is J. K. L.",
    "f*** my back hurts",
    "x = a*b",
    "ls -l | grep back",
    "cant|pee",  # a pipe between words stays a gap: the tokenizer parts them
    "the pillI bought",
]


@pytest.mark.parametrize("written", sorted(READ))
def test_disguised_spellings_are_read(written: str) -> None:
    from backcare.engine.safety.reading import normalize_text

    assert normalize_text(written) == READ[written]


@pytest.mark.parametrize("written", KEPT)
def test_plain_text_like_a_disguise_is_kept(written: str) -> None:
    from backcare.engine.safety.reading import normalize_text

    assert normalize_text(written) == written.replace("`", "'")


def test_a_starred_word_that_fits_several_words_is_kept() -> None:
    from backcare.engine.obfuscations import _by_length, read_obfuscations

    assert read_obfuscations("f***") == "f***"
    fours = [w for w in _by_length()[4] if w.startswith("f")]
    assert len(fours) > 1  # "f***" fits several: none is guessed


@pytest.mark.parametrize(
    "question",
    ["i want to k*ll myself", "i cant p-e-e", "i want to k\u0332i\u0332l\u0332l\u0332 myself"],
)
def test_a_disguised_emergency_gives_the_notice(question: str, tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "--", question, home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 3, done.stdout + done.stderr
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["query"] == question  # echoed as typed
    assert answer["red_flags"]


def test_a_disguised_emergency_in_a_pack_is_warned(tmp_path: Path) -> None:
    entries = [
        {"id": "pee", "question": "I suddenly can't p-e-e, should I rest?", "answer": "Rest."},
        {"id": "kill", "question": "I want to k*ll myself, what helps?", "answer": "Stretch."},
        {"id": "x", "question": "Why is my back stiff?", "answer": "Sitting."},
    ]
    (tmp_path / "p.json").write_text(json.dumps({"entries": entries}), encoding="utf-8")
    done = run_backcare("validate", "p.json", home=tmp_path / "home", cwd=tmp_path)
    assert b"2  questions that describe an emergency" in done.stdout, done.stdout


# F4: an answer over the limit skips its entry with a note, not the whole import
def test_an_answer_over_the_limit_skips_its_entry(tmp_path: Path) -> None:
    long = " ".join(["Do the stretch slowly and breathe."] * 2000)
    page = f"## How do I book?\n\nOnline.\n\n## What exercises help?\n\n{long}\n\n## Can I park?\n\nYes.\n"
    (tmp_path / "long.md").write_text(page, encoding="utf-8")
    home = tmp_path / "home"
    done = run_backcare("import", "long.md", "-o", "long.json", home=home, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert b"'What exercises help?': its answer is 69,999 characters long" in done.stderr
    assert b"entries[" not in done.stderr
    questions = [e["question"] for e in json.loads((tmp_path / "long.json").read_text())["entries"]]
    assert questions == ["How do I book?", "Can I park?"]
    done = run_backcare("--faq", "long.md", "ask", "can I park", home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"Yes." in done.stdout
