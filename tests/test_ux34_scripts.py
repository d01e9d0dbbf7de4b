"""newcomer23's pipeline findings (ux34): the README's `set -euo pipefail` patterns run as written,
in dash and bash, against this checkout. 3 outranks 2, so a run that failed *and* read an
emergency must still fail the script (F1); one question keeps 3 apart from 1 (F2); the CSV
recipe gives one record a row, numbered as the rows (F10/F11)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, isolated_env

# the README's scripting sections, in docs/scripting.md since ux41
README = (REPO / "docs" / "scripting.md").read_text(encoding="utf-8")
EMERGENCY = "i cant pee and my bum is numb"

if shutil.which("jq") is None:  # pragma: no cover - the README's patterns read the output with jq
    pytest.skip("jq is not installed", allow_module_level=True)

SHELLS = [shell for shell in ("dash", "bash") if shutil.which(shell)]


def sh_block(marker: str) -> str:
    """The README's ```sh block that holds `marker`."""
    blocks: list[str] = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    [block] = [b for b in blocks if marker in b]
    return block


def script_patterns() -> tuple[str, str]:
    """The batch pattern and the one-question pattern, as the README writes them."""
    block = sh_block("# answer a file; 3 is an emergency")
    batch, one = block.split("# one question", 1)
    return batch, "# one question" + one


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A directory with `backcare` on PATH running this checkout, and the README's clinic.json."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    command = bin_dir / "backcare"
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m backcare "$@"\n', encoding="utf-8")
    command.chmod(0o755)
    shutil.copy(REPO / "tests" / "eval" / "clinic_faq.json", tmp_path / "clinic.json")
    return tmp_path


def run_script(
    shell: str, script: str, workdir: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    strict = "set -eu" if shell == "dash" else "set -euo pipefail"  # dash has no pipefail
    base = isolated_env(workdir / "home", BACKCARE_CONFIG="/dev/null", PYTHONPATH=str(REPO))
    path = f"{workdir / 'bin'}:{base['PATH']}"
    done = subprocess.run(
        [shell, "-c", f"{strict}\n{script}\necho finished"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=workdir,
        env={**base, "PATH": path, **env},
        check=False,
    )
    return done


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize(
    ("questions", "pack_there", "status", "emergency"),
    [
        (["stiff back", EMERGENCY, "how do I make pancakes"], True, 0, True),
        (["stiff back", "how do I make pancakes"], True, 0, False),
        # newcomer23 F1: the pack missing and an emergency described: exit 3, yet the run failed
        (["stiff back", EMERGENCY, "how do I make pancakes"], False, 2, True),
        (["stiff back", "how do I make pancakes"], False, 2, False),
    ],
)
def test_the_readme_batch_pattern_fails_a_failed_run_even_beside_an_emergency(
    workdir: Path,
    shell: str,
    questions: list[str],
    pack_there: bool,
    status: int,
    emergency: bool,
) -> None:
    if not pack_there:
        (workdir / "clinic.json").unlink()
    (workdir / "questions.txt").write_text("\n".join(questions) + "\n", encoding="utf-8")
    batch, _ = script_patterns()
    done = run_script(shell, batch, workdir)
    assert done.returncode == status, done.stderr
    assert ("finished" in done.stdout) is (status == 0)
    assert ("a question describes an emergency" in done.stderr) is emergency, done.stderr
    answers = (workdir / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line).get("line") for line in answers[: len(questions)]] == [1, 2, 3][
        : len(questions)
    ]


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize(
    ("question", "pack_there", "status", "emergency"),
    [
        (EMERGENCY, True, 0, True),  # newcomer23 F2: `|| [ $? -eq 1 ]` ended the script with 1
        ("how do I make pancakes", True, 0, False),  # 1, no answer: not a failure
        ("stiff back after sitting", True, 0, False),
        (EMERGENCY, False, 2, True),  # 3, and the pack failed: still a failure
        ("stiff back after sitting", False, 2, False),
        ("", True, 2, False),  # an empty question is a usage error alone
    ],
)
def test_the_readme_one_question_pattern_keeps_3_apart_from_1_and_from_a_failure(
    workdir: Path, shell: str, question: str, pack_there: bool, status: int, emergency: bool
) -> None:
    if not pack_there:
        (workdir / "clinic.json").unlink()
    _, one = script_patterns()
    done = run_script(shell, one, workdir, q=question)
    assert done.returncode == status, done.stderr
    assert ("finished" in done.stdout) is (status == 0)
    assert ("the question describes an emergency" in done.stderr) is emergency, done.stderr


def test_no_readme_or_doc_snippet_turns_3_into_1() -> None:
    """`|| [ $? -eq 1 ]` under `set -e` ends the script with 1 when the status was 3 (F2)."""
    docs = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    for doc in docs:
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
            if "|| [ $? -eq 1 ]" in line and not line.lstrip().startswith("|"):
                assert "would turn 3 into 1" in line, f"{doc.name}:{number}: {line}"


def csv_recipe() -> str:
    block = sh_block("# csv2jsonl")
    match = re.search(r"python3 -c '(.*?)'", block, flags=re.S)
    assert match is not None
    return match.group(1)


def test_the_readme_csv_recipe_gives_one_record_a_row(tmp_path: Path) -> None:
    """A CSV export as a spreadsheet writes it: a byte order mark, CRLF, a header, commas, quotes
    and line breaks inside cells, a blank record. Each data row is one record, in order."""
    rows = [
        ("P1", "stiff back after sitting"),
        ("P2", 'my back hurts, and "it" is worse\r\nsince yesterday I cant\r\npee at all'),
        ("P3", ""),
        ("P4", '=HYPERLINK("http://x","click")'),
        ("P5", "how do I make pancakes"),
    ]
    text = "id,text\r\n" + "".join(
        f'{ident},"{message.replace(chr(34), chr(34) * 2)}"\r\n' for ident, message in rows
    )
    (tmp_path / "messages.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    converted = subprocess.run(
        [sys.executable, "-c", csv_recipe(), "messages.csv", "text"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    records = [json.loads(line) for line in converted.stdout.splitlines()]
    assert records == [{"q": message} for _, message in rows]  # line breaks as the cell has them
    answered = subprocess.run(
        [sys.executable, "-m", "backcare", "ask", "--json", "--input", "jsonl", "-"],
        input=converted.stdout,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        env=isolated_env(tmp_path, BACKCARE_CONFIG="/dev/null"),
        check=False,
    )
    assert answered.returncode == 3, answered.stderr  # row 2 describes an emergency
    replies = [json.loads(line) for line in answered.stdout.splitlines()]
    assert [reply["line"] for reply in replies] == [1, 2, 3, 4, 5]
    flagged = [
        r["line"]
        for r in replies
        if any(f["urgency"] == "emergency" for f in r.get("red_flags", []))
    ]
    assert flagged == [2]
    assert replies[2]["error"] == "the question is empty"
