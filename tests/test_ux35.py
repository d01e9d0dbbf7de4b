"""ux35 (newcomer23's leftovers): what a script writer and a Markdown pack author still missed.

- F13: which pack answered: `--version` names the bundled pack's SHA-256, `config` every pack's;
- F15: a Markdown page's front matter gives the pack's contact and source, a review date, and
  each question's aliases and tags; malformed front matter is one line naming its line;
- F14: a repeated question is one warning (duplicate-question, quoting the question), not three;
- F7's leftover: `validate NEW --against -` reads the older version from a pipe (`git show`).
"""

from __future__ import annotations

import hashlib
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from backcare import __version__
from backcare.errors import PackError
from backcare.packs.importers import import_text
from tests.conftest import PYTHON_M, REPO, isolated_env, run_backcare

BUNDLED_SHA256 = hashlib.sha256((REPO / "data" / "faq.json").read_bytes()).hexdigest()


# ---- F13: the version and the pack's content, as sha256sum names it -------------------------------


def test_version_names_the_bundled_pack_by_its_sha256(tmp_path: Path) -> None:
    for fast in ("", "1"):  # the start-up fast path and the Typer app say the same
        done = run_backcare(
            "--version", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_NO_FAST_PATH=fast
        )
        assert done.returncode == 0 and done.stderr == ""
        assert done.stdout == f"backcare {__version__} (bundled pack sha256 {BUNDLED_SHA256})\n"
        assert done.stdout.split(" ")[1] == __version__  # `cut -d' ' -f2` still reads it


def test_config_names_each_pack_with_its_sha256(tmp_path: Path) -> None:
    pack = tmp_path / "clinic.json"
    pack.write_text(
        json.dumps({"entries": [{"id": "a", "question": "Is there parking?", "answer": "Yes."}]}),
        encoding="utf-8",
    )
    digest = hashlib.sha256(pack.read_bytes()).hexdigest()
    args = ("--faq", "bundled", "--faq", str(pack), "--faq", str(tmp_path / "gone.json"))
    done = run_backcare(
        *args,
        "config",
        "--json",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 1  # a pack that cannot be opened is a warning, as before
    assert json.loads(done.stdout)["packs"] == [
        {"name": "bundled", "sha256": BUNDLED_SHA256},
        {"name": str(pack), "sha256": digest},
        {"name": str(tmp_path / "gone.json"), "sha256": None},
    ]
    assert "gone.json: no such file" in done.stderr
    plain = run_backcare(
        "--faq",
        str(pack),
        "config",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert plain.returncode == 0
    assert plain.stdout.splitlines()[-1] == f"pack: {pack} sha256 {digest}"
    bare = run_backcare(
        "config", "--json", home=tmp_path, command=PYTHON_M, text=True, BACKCARE_CONFIG="/dev/null"
    )
    assert json.loads(bare.stdout)["packs"] == [{"name": "bundled", "sha256": BUNDLED_SHA256}]


# ---- F15: front matter holds what the pack schema has ----------------------------------------------

PAGE = """---
title: Riverside FAQ
contact: "Reception: 01234 567890 (Mon-Fri 8-18)"
source: https://riverside.example/faq
reviewed: 2026-11-02
author: Tomasz
menu:
  main:
    weight: 3
aliases:
  Is there parking?: [Where can I leave the car?, "Can I park there, is it free?"]
  "how do i book":
    - make an appointment
    - How do I book?
  Is there a toilett?: [loo]
tags:
  - clinic
---

# Visiting

## Is there parking?

Yes, behind the hall.

## How do I book?

Call us.
"""


def test_front_matter_gives_the_pack_fields_aliases_tags_and_review_date() -> None:
    result = import_text(PAGE, name="faq.md")
    pack = result.to_pack()
    assert (pack["title"], pack["contact"], pack["source"]) == (
        "Riverside FAQ",
        "Reception: 01234 567890 (Mon-Fri 8-18)",
        "https://riverside.example/faq",
    )
    parking, book = pack["entries"]
    assert parking["aliases"] == ["Where can I leave the car?", "Can I park there, is it free?"]
    assert book["aliases"] == ["make an appointment"]  # its own question is no alias
    assert parking["tags"] == book["tags"] == ["clinic"]  # a list: every entry's
    assert parking["reviewed"] == book["reviewed"] == "2026-11-02"
    notes = [str(note) for note in result.notes]
    assert notes[0] == "skipped front matter: author, menu"  # left alone, nested blocks and all
    [unused] = [note for note in notes if "not used" in note]
    assert unused.startswith("front matter line 15: aliases for 'Is there a toilett?' not used")


def test_one_list_of_aliases_is_the_only_questions(tmp_path: Path) -> None:
    page = "---\naliases: [car park, parking space]\ntags: parking\n---\n\n## Is there parking?\n\nYes.\n"
    [entry] = import_text(page, name="one.md").to_pack()["entries"]
    assert (entry["aliases"], entry["tags"]) == (["car park", "parking space"], ["parking"])


@pytest.mark.parametrize(
    ("front", "said"),
    [
        ("contact 0123", "front matter line 2: 'contact 0123' is no 'key: value' line"),
        ("contact:\n  - a", "front matter line 2: contact: give it on one line"),
        ("reviewed: next week", "front matter line 2: reviewed: 'next week' is no date YYYY-MM-DD"),
        ("aliases: [a, b", "front matter line 2: aliases: a list opened with '[' is closed"),
        (
            "aliases:\n  Is there parking? [a]",
            "front matter line 3: aliases: 'Is there parking? [a]' is no",
        ),
        (
            "aliases: [a]",
            "front matter line 2: aliases: a list is one question's, and the file holds 2",
        ),
        ('title: "open', "front matter line 2: title: '\"open': a quote is never closed"),
        (
            "tags:\n  Is there parking?: [a]\n    - b",
            "front matter line 3: tags: 'Is there parking?' has a value",
        ),
        ("tags:\n  How do I book?:", "front matter line 3: tags: 'How do I book?' gives no text"),
    ],
)
def test_malformed_front_matter_is_one_line_naming_its_line(
    tmp_path: Path, front: str, said: str
) -> None:
    page = f"---\n{front}\n---\n\n## Is there parking?\n\nYes.\n\n## How do I book?\n\nCall.\n"
    with pytest.raises(PackError) as caught:
        import_text(page, name="bad.md")
    assert str(caught.value).startswith(f"bad.md: {said}")
    (tmp_path / "bad.md").write_text(page, encoding="utf-8")
    done = run_backcare(
        "validate", str(tmp_path / "bad.md"), home=tmp_path, command=PYTHON_M, text=True
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"backcare: {tmp_path / 'bad.md'}: {str(caught.value)[8:]}"]


def test_a_front_matter_alias_answers_and_the_contact_follows_notices(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text(PAGE, encoding="utf-8")
    asked = run_backcare(
        "--faq",
        str(tmp_path / "faq.md"),
        "ask",
        "--json",
        "--",
        "where can I leave the car",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert json.loads(asked.stdout)["match"]["id"] == "there-parking"
    flagged = run_backcare(
        "--faq",
        str(tmp_path / "faq.md"),
        "ask",
        "--json",
        "--",
        "I suddenly cannot pee and my bum is numb",
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert flagged.returncode == 3
    assert json.loads(flagged.stdout)["contact"] == "Reception: 01234 567890 (Mon-Fri 8-18)"


# ---- F14: one repeated question, one warning ---------------------------------------------------------

REPEATED = """# Exercises

## Is it safe to exercise with back pain?

Yes, gentle movement helps most back pain. Keep active and build up slowly.

## How do I do the cat cow stretch?

Kneel on all fours and arch your back slowly.

## Is it safe to exercise with back pain?

Yes. Walking and swimming are good ways to start.
"""


def test_a_repeated_question_is_one_warning_quoting_it(tmp_path: Path) -> None:
    (tmp_path / "exercises.md").write_text(REPEATED, encoding="utf-8")
    done = run_backcare(
        "validate",
        "--json",
        str(tmp_path / "exercises.md"),
        home=tmp_path,
        command=PYTHON_M,
        text=True,
        BACKCARE_CONFIG="/dev/null",
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["warnings"] == [
        {
            "kind": "duplicate-question",
            "id": "safe-exercise-with-back-pain-2",
            "message": "same question as 'safe-exercise-with-back-pain': 'Is it safe to exercise "
            "with back pain?' (keep one entry, or reword one question: in a page, remove one "
            "heading or reword it)",
            "line": 11,  # the page line of the second heading (ux39)
        }
    ]


def test_ranking_warnings_of_other_texts_of_a_repeated_pair_are_kept() -> None:
    """Only what the repeated question itself said is left out: an alias that finds another
    entry, or a pair whose questions differ, still warns."""
    from backcare.packs.duplicates import duplicate_question, one_per_duplicate
    from backcare.packs.packwarning import PackWarning

    questions = {"a": "Is there parking?", "b": "Is there parking?", "c": "Where do you meet?"}
    warnings = [
        PackWarning("not-found-by-own-question", "a", "'Is there parking?' finds 'b'", other="b"),
        PackWarning("not-found-by-own-question", "b", "'car park' finds 'a'", other="a"),
        PackWarning("competing-entries", "a", "competes with 'b'", other="b"),
        PackWarning("competing-entries", "a", "competes with 'c'", other="c"),
        duplicate_question("b", "Is there parking?", "a"),
    ]
    kept = one_per_duplicate(warnings, questions.__getitem__)
    assert kept == [warnings[1], warnings[3], warnings[4]]


# ---- validate NEW --against - : the older version from a pipe ---------------------------------------

OLDER = REPEATED.replace("Walking and swimming are", "Walking is")


def piped(command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`command` run by a shell with a real pipe into backcare, as `git show ... |` gives."""
    return subprocess.run(
        command.replace("BACKCARE", f"{shlex.quote(sys.executable)} -m backcare"),
        shell=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
        timeout=120,
        check=False,
    )


def test_against_reads_the_older_page_or_pack_from_a_pipe(tmp_path: Path) -> None:
    new, old = tmp_path / "exercises.md", tmp_path / "kept" / "exercises.md"
    new.write_text(REPEATED, encoding="utf-8")
    old.parent.mkdir()
    old.write_text(OLDER, encoding="utf-8")
    from_file = piped(f"BACKCARE validate {new} --against {old} --json", tmp_path)
    assert from_file.returncode == 1
    # a page read in the newer version's format (no name to tell it), then a pack's JSON
    for source in (f"cat {old}", f"BACKCARE import {old} 2>/dev/null"):
        done = piped(f"{source} | BACKCARE validate {new} --against - --json", tmp_path)
        assert done.returncode == 1, done.stderr
        report = json.loads(done.stdout)
        assert report["changes"] == json.loads(from_file.stdout)["changes"]
        assert report["against"] == "standard input"
    same = piped(f"cat {new} | BACKCARE validate {new} --against -", tmp_path)
    assert same.returncode == 0 and same.stdout.startswith("no changes from standard input")


@pytest.mark.parametrize(
    ("stdin", "said"),
    [
        ("printf ''", "backcare: --against -: standard input is empty (nothing was piped in)"),
        ("printf '{bad'", "backcare: standard input: not valid JSON"),
        ("printf 'hello\\n'", "backcare: standard input: no questions found"),
    ],
)
def test_against_from_a_pipe_that_holds_no_pack_is_one_line(
    tmp_path: Path, stdin: str, said: str
) -> None:
    (tmp_path / "faq.md").write_text(REPEATED, encoding="utf-8")
    done = piped(f"{stdin} | BACKCARE validate {tmp_path / 'faq.md'} --against -", tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(said)


def test_questions_and_against_cannot_both_be_standard_input(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text(REPEATED, encoding="utf-8")
    done = piped(
        f"cat {tmp_path / 'faq.md'} | BACKCARE validate {tmp_path / 'faq.md'} --questions - "
        "--against -",
        tmp_path,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "backcare: --questions - and --against - both read standard input: give one of them as a "
        "file\n"
    )


def test_a_call_to_action_beside_a_front_matter_contact_is_not_offered_as_advice(
    tmp_path: Path,
) -> None:
    page = tmp_path / "faq.md"
    page.write_text(
        "---\ncontact: Reception 01234 567890\n---\n\nCan't find your answer here? Call us on "
        "01234 567890.\n\n## Is there parking?\n\nYes.\n",
        encoding="utf-8",
    )
    done = run_backcare("import", str(page), home=tmp_path, command=PYTHON_M, text=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["contact"] == "Reception 01234 567890"
    assert "its details are the pack's contact, kept from its front matter" in done.stderr
    assert "imported with --contact" not in done.stderr


def test_a_question_misspelt_in_front_matter_gets_the_closest_heading() -> None:
    page = "---\naliases:\n  Is there parkng: [car]\n---\n\n## Is there parking?\n\nYes.\n\n## How do I book?\n\nCall.\n"
    result = import_text(page, name="h.md")
    [note] = [str(n) for n in result.notes if "not used" in n]
    assert "(did you mean 'Is there parking?'?)" in note
    assert "aliases" not in result.to_pack()["entries"][0]
