"""hostile12's findings (docs/hardening.md, harden18): a few NULs never make a batch UTF-16 (F1),
obfuscated spellings of an emergency (F2), and the smaller doors (F4-F9)."""

from __future__ import annotations

import io
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


def test_an_update_says_a_skipped_entry_is_still_on_the_page(tmp_path: Path) -> None:
    # review12: `import --force` over a pack whose entry's answer has grown over the limit said
    # the question "is no longer on the page", sending the author looking for a deleted question
    short = "## How do I book?\n\nOnline.\n\n## What exercises help?\n\nStretch.\n"
    (tmp_path / "page.md").write_text(short, encoding="utf-8")
    home = tmp_path / "home"
    done = run_backcare("import", "page.md", "-o", "pack.json", home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pack = json.loads((tmp_path / "pack.json").read_text())
    pack["entries"][1]["aliases"] = ["which exercises are good"]
    (tmp_path / "pack.json").write_text(json.dumps(pack), encoding="utf-8")
    long = " ".join(["Do the stretch slowly and breathe."] * 2000)
    grown = f"## How do I book?\n\nOnline.\n\n## What exercises help?\n\n{long}\n"
    (tmp_path / "page.md").write_text(grown, encoding="utf-8")
    updated = run_backcare(
        "import", "page.md", "-o", "pack.json", "--force", home=home, cwd=tmp_path, text=True
    )
    assert updated.returncode == 1, updated.stderr
    assert "is on the page but skipped (its answer is over the limit)" in updated.stderr
    assert "no longer on the page" not in updated.stderr


# F3: an emergency hard-wrapped over several lines of a batch
def _flags(stdout: bytes) -> list[tuple[int, list[str]]]:
    found = [json.loads(line) for line in stdout.splitlines()]
    return [(a["line"], [f["id"] for f in a.get("red_flags", [])]) for a in found]


def test_a_wrapped_crisis_is_read_across_lines(tmp_path: Path) -> None:
    raw = b"I want to\nkill\nmyself\n"
    done = run_backcare("ask", "--json", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stderr
    assert _flags(done.stdout) == [(1, []), (2, []), (3, ["crisis"])]


def test_a_wrapped_cauda_equina_is_read_across_lines(tmp_path: Path) -> None:
    raw = b"since this morning I suddenly cannot\npee at all and\nmy groin feels\nnumb\n"
    done = run_backcare("ask", "-", home=tmp_path / "home", cwd=tmp_path, stdin=raw)
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith(b"EMERGENCY"), done.stdout  # the notice first


@pytest.mark.parametrize(
    "raw",
    [
        b"i had a fall\nmy legs are numb\n",  # two questions, each whole: read alone
        b"I want to.\nkill\nmyself\n",  # a sentence end parts them
        b"I want to\n\nkill\nmyself\n",  # so does a blank line
    ],
)
def test_lines_that_do_not_go_on_are_read_alone(raw: bytes) -> None:
    from backcare.cli.wrapped import continues, dangling

    lines = raw.decode().split("\n")
    assert not (continues(lines[0], lines[1]) and dangling(lines[0]) and lines[1])


# F6: the pack and the questions both from standard input
@pytest.mark.parametrize("name", ["/dev/stdin", "/proc/self/fd/0", "/dev/fd/0"])
def test_a_pack_on_standard_input_is_refused_in_a_batch(name: str, tmp_path: Path) -> None:
    entries = [{"id": "a", "question": "I can't pee, should I rest?", "answer": "Rest."}]
    pack = json.dumps({"entries": entries}).encode()
    done = run_backcare("--faq", name, "ask", "-", home=tmp_path / "home", cwd=tmp_path, stdin=pack)
    assert done.returncode == 2, done.stdout
    assert done.stdout == b""  # the pack's text was not read as questions
    assert b"cannot both come from standard input" in done.stderr
    assert done.stderr.count(b"\n") == 1


# F7: a URL for a pack
def test_a_pack_url_is_said_to_be_no_file(tmp_path: Path) -> None:
    url = "https://example.com/faq.json"
    done = run_backcare("--faq", url, "ask", "stiff", home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 2
    assert (
        done.stderr
        == f"backcare: {url}: a pack is a local file, not a URL (download it, or 'backcare import' a saved copy of the page)\n".encode()
    )


# F5: a <noscript> FAQ fallback
def test_a_noscript_question_is_read_and_an_empty_svg_is_not_named(tmp_path: Path) -> None:
    page = (
        "<h2>How do I book?</h2><p>Online.</p>\n"
        "<noscript><h2>Do you open late?</h2><p>Until 8pm.</p></noscript>\n"
        "<h2>Can I park?</h2><p>Yes. <svg><foreignObject><p>svgtext</p></foreignObject></svg>"
        " Round the back.</p><noscript>Please enable JavaScript.</noscript>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    done = run_backcare("import", "p.html", "-o", "p.json", home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    entries = json.loads((tmp_path / "p.json").read_text())["entries"]
    assert [e["question"] for e in entries] == [
        "How do I book?",
        "Do you open late?",
        "Can I park?",
    ]
    assert "svgtext" in entries[2]["answer"]
    assert b"<svg>" not in done.stderr
    assert b"1 <noscript>" in done.stderr  # the one with no question, dropped as before


# F8
def test_config_names_a_settings_directory_so(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config" / "backcare" / "config.toml").mkdir(parents=True)
    done = run_backcare("config", home=home, cwd=tmp_path)
    assert b"(a directory, ignored)" in done.stdout, done.stdout


def test_a_temp_with_a_future_mtime_is_stale(tmp_path: Path) -> None:
    import os
    import time

    from backcare.store.files import TEMP_PREFIX, remove_stale_temps

    temp = tmp_path / f"{TEMP_PREFIX}x.sqlite"
    temp.write_bytes(b"x")
    future = time.time() + 86_400
    os.utime(temp, (future, future))
    fresh = tmp_path / f"{TEMP_PREFIX}y.sqlite"
    fresh.write_bytes(b"y")
    assert remove_stale_temps(tmp_path, 600) == 1
    assert not temp.exists() and fresh.exists()


# F9: an endless line says so while it is read
class _Ends(io.RawIOBase):
    """A line of 8-byte pieces that ends after four of them."""

    count = 0

    def readline(self, size: int | None = -1) -> bytes:
        self.count += 1
        return b"x" * 8 if self.count < 5 else b"\n"


def test_an_endless_line_is_noted_while_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from backcare.cli import ask

    monkeypatch.setattr(ask, "ENDLESS_LINE_BYTES", 10)
    ask.rest_of_line(_Ends(), 8)  # type: ignore[arg-type]
    assert "no end after" in capsys.readouterr().err


def test_tel_and_mailto_targets_are_shown_decoded() -> None:
    from backcare.packs.importers.answer import link_target

    assert link_target("tel:+44%20117") == "+44 117"
    assert link_target("mailto:a%40b.org?subject=x") == "a@b.org"
    assert link_target("tel:%0a12") == "%0a12"  # a control stays encoded
    assert link_target("tel:%ff12") == "%ff12"  # so does a byte that is no UTF-8


def test_import_says_it_writes_a_direction_override(tmp_path: Path) -> None:
    page = "<h2>Can I park?</h2><p>Yes &#x202e;evil</p><h2>Open late?</h2><p>No.</p>"
    (tmp_path / "b.html").write_text(page, encoding="utf-8")
    done = run_backcare("import", "b.html", "-o", "b.json", home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"entry 'park': its text holds control characters" in done.stderr
