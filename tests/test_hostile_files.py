"""Hostile files given to `import -o`, `--faq` and `validate --questions`: special files, the source
as its own target, directories and empty names. Nothing the user gave is replaced or lost, and
nothing waits on a file that never ends."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.errors import PackError
from backcare.packs.load import load_pack, read_file_bytes
from tests.conftest import PackWriter, installed_command

FAQ_MD = "# Clinic FAQ\n\n## Is rest good for my back?\n\nA little, then move gently.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")


def run(runner: CliRunner, *args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    page = tmp_path / "faq.md"
    page.write_text(FAQ_MD, encoding="utf-8")
    return page


def one_error_line(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return str(lines[0])


# ---- import -o: only a regular file is ever replaced ---------------------------------------------


@needs_fifo
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_import_refuses_a_fifo_as_its_output(
    runner: CliRunner, source: Path, tmp_path: Path, force: list[str]
) -> None:
    target = tmp_path / "out.fifo"
    os.mkfifo(target)
    result = run(runner, "import", str(source), "-o", str(target), *force)
    line = one_error_line(result)
    assert "is a FIFO (named pipe), not a regular file" in line
    assert stat.S_ISFIFO(target.stat().st_mode)  # still the FIFO, not a file put in its place


def test_import_refuses_a_device_even_with_force(
    runner: CliRunner, source: Path, tmp_path: Path
) -> None:
    # a device node of our own (the null device's numbers), never the system's /dev/null: run
    # against code without the check, as root, this test would otherwise replace /dev/null itself
    device = tmp_path / "mynull"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here (not root)")
    before = device.stat()
    result = run(runner, "import", str(source), "-o", str(device), "--force")
    assert f"{device}: is a character device, not a regular file" in one_error_line(result)
    after = device.stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_import_never_overwrites_its_own_source(
    runner: CliRunner, source: Path, tmp_path: Path, link: str
) -> None:
    target = source
    if link == "symlink":
        target = tmp_path / "link.md"
        target.symlink_to(source)
    elif link == "hardlink":
        target = tmp_path / "hard.md"
        os.link(source, target)
    for force in ([], ["--force"]):
        result = run(runner, "import", str(source), "-o", str(target), *force)
        assert "is the file being imported" in one_error_line(result)
    assert source.read_text(encoding="utf-8") == FAQ_MD


def test_import_from_stdin_never_overwrites_the_file_stdin_reads(
    source: Path, tmp_path: Path
) -> None:
    with source.open("rb") as stdin:
        done = subprocess.run(
            [*installed_command(), "import", "-", "-o", str(source), "--force"],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2 and "is the file being imported" in done.stderr
    assert source.read_text(encoding="utf-8") == FAQ_MD


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_import_onto_a_directory_says_so(
    runner: CliRunner, source: Path, tmp_path: Path, force: list[str]
) -> None:
    folder = tmp_path / "imp"
    folder.mkdir()
    for given in (str(folder), f"{folder}/"):
        line = one_error_line(run(runner, "import", str(source), "-o", given, *force))
        assert f"{given}: is a directory; give the pack's file name (-o {folder}/pack.json)" in line
        assert "already exists" not in line and "busy" not in line
    new = one_error_line(run(runner, "import", str(source), "-o", f"{folder}/new/", *force))
    assert "names a directory (it ends in '/')" in new
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_import_with_an_empty_output_name_says_so(
    runner: CliRunner, source: Path, force: list[str]
) -> None:
    line = one_error_line(run(runner, "import", str(source), "-o", "", *force))
    assert "-o: the pack's file name is empty" in line


def test_import_still_overwrites_a_regular_pack_with_force(
    runner: CliRunner, source: Path, tmp_path: Path
) -> None:
    target = tmp_path / "pack.json"
    target.write_text("{}", encoding="utf-8")
    assert run(runner, "import", str(source), "-o", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Clinic FAQ"


# ---- packs are read only from regular files ------------------------------------------------------


@needs_fifo
@pytest.mark.parametrize("name", ["pack.json", "faq.md"])
def test_a_fifo_pack_is_refused_before_it_is_opened(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)  # no writer: opening it to read would wait for ever
    started = time.monotonic()
    with pytest.raises(PackError, match=r"is a FIFO \(named pipe\), not a regular file"):
        from backcare.packs.multi import load_packs

        load_packs([str(fifo)])
    assert time.monotonic() - started < 5


@needs_fifo
def test_a_fifo_pack_shows_the_notice_and_the_error_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [*installed_command(), "--faq", str(fifo), "ask", "i cant pee"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert done.returncode == 3
    assert done.stdout.startswith("EMERGENCY")
    assert "is a FIFO (named pipe), not a regular file" in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_pack_is_refused_without_reading(device: str) -> None:
    with pytest.raises(PackError, match="is a character device, not a regular file"):
        load_pack(device)


def test_config_names_a_fifo_pack_without_waiting_on_it(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [*installed_command(), "--faq", str(fifo), "config"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1 and "is a FIFO (named pipe)" in done.stderr


def test_a_pack_swapped_for_a_fifo_after_the_check_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    regular = Path(__file__).stat()
    real_stat = os.stat
    # the first look (by path) sees a regular file, as it would just before a swap
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if p == fifo else real_stat(p))
    with pytest.raises(PackError, match="FIFO"):
        read_file_bytes(fifo, "p.json")


def test_a_symlink_to_a_regular_pack_is_read(tmp_path: Path, write_pack: PackWriter) -> None:
    pack = write_pack({"entries": [{"id": "a", "question": "Q?", "answer": "A."}]})
    link = tmp_path / "link.json"
    link.symlink_to(pack)
    assert load_pack(link).entries[0].id == "a"


# ---- validate --questions: '-' is stdin; limits name the questions file --------------------------


def test_validate_questions_dash_reads_stdin(runner: CliRunner) -> None:
    result = run(
        runner,
        "validate",
        "data/faq.json",
        "--questions",
        "-",
        "--json",
        stdin="stiff back after sitting\n\nhow do I make pancakes\n",
    )
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert [q["line"] for q in data["questions"]] == [1, 3]
    assert data["questions"][0]["match"]["id"] == "back-get-stiff-sit"


def test_validate_questions_with_no_question_is_not_all_answered(runner: CliRunner) -> None:
    for name, stdin in (("/dev/null", ""), ("-", "\n  \n")):
        result = run(runner, "validate", "data/faq.json", "--questions", name, stdin=stdin)
        assert result.exit_code == 1, result.stderr
        shown = "standard input" if name == "-" else name
        assert f"no questions read ({shown} had no non-blank line)" in result.stderr
        assert "0 questions: 0 answered" in result.stdout


def test_validate_questions_from_dev_zero_names_the_questions_limit(runner: CliRunner) -> None:
    result = run(runner, "validate", "data/faq.json", "--questions", "/dev/zero")
    line = one_error_line(result)
    assert "the limit for a questions file" in line and "for a pack" not in line


def test_validate_questions_from_a_pipe_is_read(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"{sys.executable} -m backcare validate data/faq.json "
            "--questions <(echo stiff back after sitting)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert "back-get-stiff-sit" in done.stdout


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"<details><![i](", "faq.md"),  # found by Hypothesis: CPython's parser asserts
        (b"<p><![i](</p><h2>Why?</h2><p>Because.</p>", "faq.html"),
        (b'<!DOCTYPE x "', "faq.html"),
    ],
)
def test_a_malformed_declaration_is_text_not_a_crash(raw: bytes, name: str) -> None:
    """html.parser raises AssertionError on a malformed "<![" or "<!DOCTYPE"; the importer reads
    its "<!" as text, as a browser shows it, and goes on."""
    from backcare.packs.importers import import_bytes

    found = import_bytes(raw, name)
    assert all("<!" not in entry["question"] for entry in found.entries)
    if b"Why?" in raw:
        assert [entry["question"] for entry in found.entries] == ["Why?"]
