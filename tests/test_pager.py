"""The pager: used on a terminal for output taller than the screen, never in a pipe, and never in
the way (a pager that cannot start or quits early). A fake pager script records that it ran."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backcare.output.pager import page, paging, run_pager, should_page, taller_than

pexpect = pytest.importorskip("pexpect")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX only", allow_module_level=True)

LONG = "\n".join(f"line {n}" for n in range(200))


@pytest.fixture
def fake_pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager command that copies its input to a file and notes the LESS it was given."""
    record = tmp_path / "paged.txt"
    script = tmp_path / "fake_pager.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, sys
            data = sys.stdin.read()
            with open({str(record)!r}, "w") as f:
                f.write("LESS=" + os.environ.get("LESS", "") + "\\n" + data)
            """
        ),
        encoding="utf-8",
    )
    return f"{sys.executable} {script}", record


def run_in_pty(code: str, columns: int = 80, rows: int = 24) -> str:
    child = pexpect.spawn(
        sys.executable, ["-c", code], encoding="utf-8", dimensions=(rows, columns), timeout=20
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before)


def paging_code(text: str, pager: str) -> str:
    return f"from backcare.output.pager import page\npage({text!r}, {pager!r})\n"


def test_long_output_on_a_terminal_goes_through_the_pager(fake_pager: tuple[str, Path]) -> None:
    command, record = fake_pager
    shown = run_in_pty(paging_code(LONG, command))
    paged = record.read_text(encoding="utf-8")
    assert paged.startswith("LESS=FRX\n")  # git's default when LESS is unset
    assert "line 199" in paged
    assert "line 199" not in shown  # the fake pager printed nothing itself


def test_short_output_on_a_terminal_is_written_directly(fake_pager: tuple[str, Path]) -> None:
    command, record = fake_pager
    shown = run_in_pty(paging_code("one\ntwo", command))
    assert not record.exists()
    assert "one" in shown and "two" in shown


def test_in_a_pipe_there_is_never_a_pager(fake_pager: tuple[str, Path]) -> None:
    command, record = fake_pager
    done = subprocess.run(
        [sys.executable, "-c", paging_code(LONG, command)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert not record.exists()
    assert done.stdout == LONG + "\n"


def test_a_pager_that_cannot_start_falls_back_to_direct_output() -> None:
    shown = run_in_pty(paging_code(LONG, "/nonexistent/pager --flag"))
    assert "line 199" in shown


def test_a_pager_that_quits_early_ends_quietly() -> None:
    # `head -n 1` reads one line and exits: writing the rest hits a closed pipe
    code = (
        "from backcare.output.pager import page\n"
        "page('\\n'.join(f'line {n}' for n in range(200_000)), 'head -n 1')\n"
        "print('done')\n"
    )
    shown = run_in_pty(code)
    assert "line 0" in shown and "done" in shown
    assert "Traceback" not in shown and "BrokenPipe" not in shown


def test_no_pager_setting_writes_directly() -> None:
    out = io.StringIO()
    page(LONG, None, stream=out)
    assert out.getvalue() == LONG + "\n"


def test_should_page_needs_a_terminal_and_a_pager() -> None:
    assert not should_page(LONG, io.StringIO(), "less")
    assert not should_page(LONG, sys.stdout, None)


def test_height_counts_wrapped_lines_and_ignores_colour_codes() -> None:
    assert taller_than("x" * 250, lines=2, columns=100)  # three rows
    assert not taller_than("x" * 200, lines=2, columns=100)
    assert not taller_than("\x1b[1;31m" + "x" * 90 + "\x1b[0m", lines=1, columns=100)
    assert taller_than("腰" * 60, lines=1, columns=100)  # wide characters take two columns


def test_unbalanced_quotes_in_the_pager_command_mean_no_pager() -> None:
    assert not run_pager("text", "less 'oops", sys.stdout)
    assert not run_pager("text", "   ", sys.stdout)


def test_paging_hands_back_the_stream_itself_where_no_pager_applies() -> None:
    out = io.StringIO()
    with paging("less", out) as stream:
        assert stream is out  # not a terminal: output streams as before
    with paging(None, sys.stdout) as stream:
        assert stream is sys.stdout


def test_paging_collects_rich_output_with_its_colours_and_pages_it(
    fake_pager: tuple[str, Path],
) -> None:
    command, record = fake_pager
    code = (
        "from rich.console import Console\n"
        "from backcare.output.pager import paging\n"
        f"with paging({command!r}) as out:\n"
        "    console = Console(file=out)\n"
        "    for n in range(100):\n"
        "        console.print(f'[bold]line {n}[/bold]', highlight=False)\n"
    )
    shown = run_in_pty(code)
    paged = record.read_text(encoding="utf-8")
    assert "\x1b[1mline 99" in paged  # laid out and coloured as for the terminal
    assert "line 99" not in shown


def test_paging_writes_short_output_directly_and_keeps_output_on_errors(
    fake_pager: tuple[str, Path],
) -> None:
    command, record = fake_pager
    code = (
        "from backcare.output.pager import paging\n"
        f"with paging({command!r}) as out:\n"
        "    out.write('short\\n')\n"
        "try:\n"
        f"    with paging({command!r}) as out:\n"
        "        out.write('partial\\n')\n"
        "        raise KeyError('boom')\n"
        "except KeyError:\n"
        "    print('caught')\n"
    )
    shown = run_in_pty(code)
    assert not record.exists()
    assert "short" in shown and "partial" in shown and "caught" in shown


def run_backcare_in_pty(args: list[str], env: dict[str, str], rows: int = 8) -> str:
    """The installed command on a short terminal, so any answer is taller than the screen."""
    import os

    from tests.conftest import installed_command

    command = installed_command()
    child = pexpect.spawn(
        command[0],
        [*command[1:], *args],
        env={**os.environ, "NO_COLOR": "1", "TERM": "xterm", **env},
        encoding="utf-8",
        dimensions=(rows, 80),
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before).replace("\r", "")


@pytest.mark.parametrize(
    ("args", "question", "label"),
    [
        (
            ["--show-answer"],
            "i cant pee and both legs are numb, how do i stretch my back",
            "EMERGENCY",
        ),
        ([], "back pain and a high fever, shivering", "URGENT"),
    ],
)
def test_output_with_a_red_flag_notice_is_never_paged(
    fake_pager: tuple[str, Path], tmp_path: Path, args: list[str], question: str, label: str
) -> None:
    command, record = fake_pager
    env = {"BACKCARE_PAGER": command, "BACKCARE_CONFIG": os.devnull, "HOME": str(tmp_path)}
    shown = run_backcare_in_pty(["ask", *args, question], env)
    assert not record.exists()
    assert label in shown
    calm = run_backcare_in_pty(["ask", "stiff back after sitting"], env)
    assert record.exists() and "When you sit" in record.read_text(encoding="utf-8")
    assert "When you sit" not in calm


@pytest.mark.parametrize("value", ["false", "0", "no", "off", "never", "False", "cat", ""])
def test_pager_words_for_off_mean_no_pager(value: str) -> None:
    from backcare.config import resolve

    settings = resolve({}, {"BACKCARE_PAGER": value}, None)
    assert settings.pager is None
    assert {k: v for k, v, _ in settings.rows()}["pager"] == "false (no pager)"
    from backcare.config import ConfigFile

    filed = resolve({}, {}, ConfigFile("c.toml", f'pager = "{value}"\n'))
    assert filed.pager is None


@pytest.mark.parametrize(("term", "rows"), [("dumb", 24), ("xterm", 0)])
def test_no_pager_on_a_dumb_terminal_or_one_of_unknown_height(
    fake_pager: tuple[str, Path], term: str, rows: int
) -> None:
    """hostile11: TERM=dumb (Emacs's shell) made less warn "terminal is not fully functional" and
    wait; a terminal reporting 0 rows paged every answer, however short."""
    command, record = fake_pager
    text = LONG if term == "dumb" else "one\ntwo"
    child = pexpect.spawn(
        sys.executable,
        ["-c", paging_code(text, command)],
        encoding="utf-8",
        dimensions=(rows, 80),
        timeout=20,
        env={**os.environ, "TERM": term},
    )
    child.expect(pexpect.EOF)
    child.close()
    assert not record.exists()
    assert text.splitlines()[-1] in str(child.before)
