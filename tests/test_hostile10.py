"""hostile10's findings 8-15 (6, the cache, is tests/test_cache_trust.py), each as its class."""

from __future__ import annotations

import codecs
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backcare.errors import ECHO_CHARS, PATH_CHARS, cut, cut_words, shown_path
from backcare.packs.importers import import_bytes
from backcare.packs.importers.html import parse_html
from backcare.packs.importers.markdown import parse_markdown
from tests.conftest import PYTHON_M, REPO, run_backcare
from tests.ptyrun import Terminal


def json_lines(done: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in done.stdout.splitlines()]


# 8. CR-only (old Mac) line ends in a batch ------------------------------------------------------

QUESTIONS = ["stiff back", "i cant pee", "how long does a stiff back last"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le"])
def test_cr_only_line_ends_are_line_breaks_with_a_note(tmp_path: Path, encoding: str) -> None:
    data = ("\r".join(QUESTIONS) + "\r").encode(encoding)
    done = run_backcare("ask", "--json", "-", stdin=data, home=tmp_path, command=PYTHON_M)
    lines = json_lines(done)
    assert [line["query"] for line in lines] == QUESTIONS
    assert [line["line"] for line in lines] == [1, 2, 3]
    flags = lines[1]["red_flags"]
    assert isinstance(flags, list) and [f["id"] for f in flags] == ["cauda-equina-bladder"]
    assert done.returncode == 3
    assert done.stderr.count(b"old Mac line ends") == 1


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_lf_and_crlf_files_read_as_before_without_a_note(tmp_path: Path, ending: str) -> None:
    done = run_backcare(
        "ask", "--json", "-", stdin=ending.join(QUESTIONS).encode(), home=tmp_path, command=PYTHON_M
    )
    assert [line["query"] for line in json_lines(done)] == QUESTIONS
    assert b"old Mac" not in done.stderr


def test_a_cr_inside_a_line_of_an_lf_file_keeps_the_line_whole(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--json", "-", stdin=b"stiff\rback\nhow long\n", home=tmp_path, command=PYTHON_M
    )
    assert len(json_lines(done)) == 2
    assert b"old Mac" not in done.stderr


def test_cr_lines_are_read_in_bounded_pieces() -> None:
    import io

    from backcare.cli.inputlines import _CarriageReturns

    lines = _CarriageReturns(io.BytesIO(b"a" * 25 + b"\rb\r\nc\r\rd"))
    got = []
    while piece := lines.readline(10):
        assert len(piece) <= 11
        got.append(piece)
    assert b"".join(got) == b"a" * 25 + b"\nb\nc\n\nd"


# 9. a byte-order mark opening a line of a Markdown page -----------------------------------------


def test_a_byte_order_mark_opening_a_line_never_hides_a_question() -> None:
    first = "\ufeff# FAQ\n## Is there parking?\nYes.\n"
    second = "\ufeff## Can I pay by card?\nYes, any card.\n## Do you open Sundays?\nNo.\n"
    result = parse_markdown(first + second)
    assert [e["question"] for e in result.entries] == [
        "Is there parking?",
        "Can I pay by card?",
        "Do you open Sundays?",
    ]
    assert result.entries[0]["answer"] == "Yes."
    assert result.title == "FAQ"
    assert any("byte-order mark" in note for note in result.notes)


def test_a_doubled_leading_mark_keeps_the_title_and_an_emergency_question_is_seen(
    tmp_path: Path,
) -> None:
    page = tmp_path / "joined.md"
    page.write_bytes(
        codecs.BOM_UTF8
        + "\ufeff# Clinic FAQ\n## Is there parking?\nYes.\n".encode()
        + codecs.BOM_UTF8
        + b"## I can't pee since yesterday, should I wait?\nYes, wait.\n"
    )
    result = import_bytes(page.read_bytes(), str(page))
    assert result.title == "Clinic FAQ"
    assert len(result.entries) == 2
    done = run_backcare("validate", str(page), home=tmp_path, command=PYTHON_M)
    assert b"emergency-question" in done.stdout


def test_a_zero_width_no_break_space_inside_a_word_stays() -> None:
    result = parse_markdown("## Is there car\ufeffparking?\nYes.\n")
    assert result.entries[0]["question"] == "Is there car\ufeffparking?"
    assert not any("byte-order" in note for note in result.notes)


# 10. python -m backcare.eval runs nothing from the current directory ----------------------------


def test_python_m_backcare_eval_runs_no_module_lying_in_the_current_directory(
    tmp_path: Path,
) -> None:
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    # what the eval's own start-up imports (runpy's own, such as re.py, are Python's to load)
    for name in ("json", "argparse", "typing", "__future__", "pathlib", "gettext", "shutil"):
        (shadow / f"{name}.py").write_text(f"import sys; sys.stderr.write('RAN {name}\\n')\n")
    eval_m = (sys.executable, "-m", "backcare.eval")
    done = run_backcare("--help", home=tmp_path, cwd=shadow, command=eval_m, PYTHONPATH=str(REPO))
    assert b"RAN" not in done.stderr, done.stderr[:500]
    assert done.returncode == 0 and b"usage: python -m backcare.eval" in done.stdout


def test_importing_the_eval_s_main_leaves_sys_path_alone() -> None:
    code = (
        "import sys; sys.path.insert(0, ''); import backcare.eval.__main__ as m; "
        "print(sys.path[0] == '', m.main.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["True", "backcare.eval.command"]


# 11. the cursor after Ctrl-C or SIGTERM during the first index build -----------------------------


def _interrupted_build(tmp_path: Path, signum: int) -> tuple[int, bytes]:
    pack = tmp_path / "many.json"
    entries = [
        {"id": f"a{i}", "question": f"Is there parking number {i}?", "answer": "Yes"}
        for i in range(30_000)
    ]
    pack.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    cache = str(tmp_path / "cache")
    with Terminal(
        tmp_path,
        "--faq",
        str(pack),
        "ask",
        "parking 7",
        BACKCARE_CACHE_DIR=cache,
        COLUMNS="100",
        TERM="xterm",
    ) as term:
        sent = term.read_until(lambda shown: b"Indexing" in shown, 90)
        if sent:
            time.sleep(0.2)
            term.kill(signum)
        status = term.finish(90)
    if not sent:
        pytest.skip("the build ended before the bar showed")
    return status, term.shown


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, -15)])
def test_an_interrupted_first_build_shows_the_cursor_again(
    tmp_path: Path, signum: int, code: int
) -> None:
    status, out = _interrupted_build(tmp_path, signum)
    if status == 0:
        pytest.skip("the build ended before the signal")
    assert status == code
    assert out.count(b"\x1b[?25l") >= 1
    assert out.rfind(b"\x1b[?25h") > out.rfind(b"\x1b[?25l")


# 12. --install-completion with an odd start-up file -----------------------------------------------


def _install(home: Path, shell: str) -> subprocess.CompletedProcess[bytes]:
    return run_backcare("--install-completion", shell, home=home, command=PYTHON_M)


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda rc: rc.write_bytes(b"alias x=y\n\xff\xfe latin-1\n"), b"is not UTF-8 text"),
        (lambda rc: rc.mkdir(), b"is a directory"),
        (lambda rc: rc.symlink_to("/nonexistent/dir/rc"), b"is a link to a missing file"),
    ],
)
@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_an_odd_start_up_file_is_one_line_naming_it_and_what_to_do(
    tmp_path: Path, make: object, said: bytes, shell: str
) -> None:
    rc = tmp_path / f".{shell}rc"
    make(rc)  # type: ignore[operator]
    before = rc.read_bytes() if rc.is_file() and not rc.is_symlink() else None
    done = _install(tmp_path, shell)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert str(rc) in lines[0] and said.decode() in lines[0]
    assert "--show-completion" in lines[0] and "unexpected" not in lines[0]
    if before is not None:
        assert rc.read_bytes() == before  # left alone


def test_powershell_not_installed_is_said(tmp_path: Path) -> None:
    import shutil

    if shutil.which("powershell"):
        pytest.skip("PowerShell is installed here")
    done = _install(tmp_path, "powershell")
    assert done.returncode == 2
    assert b"powershell is not installed" in done.stderr


def test_an_ordinary_bashrc_still_gets_completion(tmp_path: Path) -> None:
    (tmp_path / ".bashrc").write_text("alias x=y\n", encoding="utf-8")
    done = _install(tmp_path, "bash")
    assert done.returncode == 0, done.stderr
    assert "source '" in (tmp_path / ".bashrc").read_text(encoding="utf-8")
    assert (tmp_path / ".bash_completions" / "backcare.sh").is_file()


# 13. UTF-16 and UTF-32: a settings file with a mark, a page to import without one ----------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "utf-32-be"])
def test_a_settings_file_in_utf16_or_utf32_is_read(tmp_path: Path, encoding: str) -> None:
    text = 'color = "never"\nregion = "UK"\n'
    raw = text.encode(encoding)
    marks = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    config = tmp_path / "c.toml"
    config.write_bytes(marks.get(encoding, b"") + raw)
    done = run_backcare("config", home=tmp_path, BACKCARE_CONFIG=str(config), command=PYTHON_M)
    assert done.returncode == 0, done.stderr
    assert b"ignored" not in done.stderr
    assert b"UK" in done.stdout


def test_a_settings_file_in_utf8_that_is_not_text_is_still_refused(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b'color = "never\xff"\n')
    done = run_backcare("config", home=tmp_path, BACKCARE_CONFIG=str(config), command=PYTHON_M)
    assert b"config file is not UTF-8 text" in done.stderr


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("kind", ["md", "html"])
def test_a_page_in_utf16_or_utf32_without_a_mark_is_imported(encoding: str, kind: str) -> None:
    text = {
        "md": "# FAQ\n## Is there parking?\nYes, behind the clinic.\n",
        "html": "<h1>FAQ</h1><h2>Is there parking?</h2><p>Yes, behind the clinic.</p>",
    }[kind]
    result = import_bytes(text.encode(encoding), f"page.{kind}")
    assert [e["question"] for e in result.entries] == ["Is there parking?"]
    assert result.notes[0] == f"read as {encoding.upper()}: the file has no byte-order mark"


def test_a_utf8_page_imports_with_no_encoding_note() -> None:
    result = import_bytes(b"## Is there parking?\nYes.\n", "page.md")
    assert not any("byte-order" in note for note in result.notes)


# 14. echoed words and paths are cut -------------------------------------------------------------


def test_cut_keeps_short_text_and_cuts_long_text_around_an_ellipsis() -> None:
    assert cut("short") == "short"
    long = "/home/user/" + "a" * 5000 + "/faq.json"
    shown = cut(long)
    assert len(shown) == ECHO_CHARS and "…" in shown
    assert shown.startswith("/home/user/") and shown.endswith("/faq.json")


def test_cut_words_cuts_argv_words_with_spaces_and_long_runs() -> None:
    word = "--top " * 1000
    message = cut_words(f"no such option: {word}; see 'backcare ask --help'", [word])
    assert len(message) < 150 and message.endswith("see 'backcare ask --help'")
    assert cut_words("x" * 2000 + ": not found").endswith(": not found")
    assert len(cut_words("x" * 2000 + ": not found")) == PATH_CHARS + len(" not found")
    path = "/home/someone/" + "deep/" * 20 + "faq.json"  # 119 characters: whole
    assert cut_words(f"{path}: no such file") == f"{path}: no such file"


def test_a_path_that_could_exist_is_echoed_whole_however_deep() -> None:
    # a CI checkout or a synced folder runs past 160 characters: the path is what the user copies
    path = "/home/someone/" + "a-rather-long-folder-name/" * 12 + "faq.json"
    assert len(path) > PATH_CHARS
    assert cut_words(f"{path}: no such file") == f"{path}: no such file"
    assert shown_path(path) == path
    # past the system's limits it cannot be a file: cut (one name over 255, or over 4096 in all)
    assert len(shown_path("/home/" + "a" * 300 + "/faq.json")) == PATH_CHARS
    assert len(shown_path("/a" * 2100)) == PATH_CHARS


def test_a_deep_missing_pack_is_named_whole_in_its_error(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 8)
    deep.mkdir(parents=True)
    pack = deep / "faq.json"
    done = run_backcare("ask", "stiff back", "--faq", str(pack), home=tmp_path)
    assert done.returncode == 2
    assert str(pack) in done.stderr.decode(), done.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        # an option word apart from the question (one holding a space is read as the question
        # since harden14: tests/test_harden14.py)
        ("ask", "--" + "a" * 100_000, "i cant pee"),
        ("ask", "--top " * 20_000),
        ("show", "x" * 50_000),
    ],
)
def test_error_lines_echo_at_most_about_80_characters_of_a_word(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = run_backcare(*args, home=tmp_path, command=PYTHON_M)
    assert done.returncode in (1, 2, 3)
    assert done.stderr and len(done.stderr) < 400, done.stderr[:400]


def test_a_long_path_in_the_settings_is_cut_in_its_error(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'faq = ["{"a" * 5000}"]\n', encoding="utf-8")
    done = run_backcare(
        "ask", "stiff back", home=tmp_path, BACKCARE_CONFIG=str(config), command=PYTHON_M
    )
    assert done.returncode == 2
    # the path (no file can have a 5,000-character name) is cut to 160 characters; the line also
    # names the settings file that named the pack, whole, and what to do (newcomer24 F10)
    assert "a" * 200 not in done.stderr.decode()
    assert str(config) in done.stderr.decode()
    assert len(done.stderr) < 400 + len(str(config)), done.stderr[:600]


# 15. text an HTML page hides inside a line -------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">xyz</span>',
        '<span style="color: red; display : none">xyz</span>',
        '<span style="VISIBILITY:hidden">xyz</span>',
        "<span hidden>xyz</span>",
        '<b hidden="">xyz</b>',
    ],
)
def test_text_hidden_inside_a_question_is_dropped_with_a_note(hidden: str) -> None:
    result = parse_html(f"<h2>I ca{hidden}n't pee, should I wait?</h2><p>Yes, wait.</p>")
    assert result.entries[0]["question"] == "I can't pee, should I wait?"
    assert any("hides" in note and "xyz" in note for note in result.notes)


def test_a_hidden_accordion_panel_is_kept_as_the_answer() -> None:
    result = parse_html(
        '<h2>Is there parking?</h2><div class="panel" style="display:none">'
        "<p>Yes, at the back.</p></div>"
        '<details><summary>Can I pay by card?</summary><div hidden="until-found">Yes.</div>'
        "</details>"
    )
    assert [e["answer"] for e in result.entries] == ["Yes, at the back.", "Yes."]
    assert not any("hides" in note for note in result.notes)


def test_screen_reader_only_text_is_kept() -> None:
    result = parse_html(
        '<h2>Is there parking<span class="sr-only"> at the clinic</span>?</h2><p>Yes.</p>'
    )
    assert result.entries[0]["question"] == "Is there parking at the clinic?"


def test_validate_flags_an_emergency_question_behind_hidden_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<h2>I ca<span style="display:none">xyz</span>n\'t pee, should I wait?</h2>'
        "<p>Yes, wait.</p><h2>Is there parking?</h2><p>Yes.</p>",
        encoding="utf-8",
    )
    done = run_backcare("validate", str(page), home=tmp_path, command=PYTHON_M)
    assert b"emergency-question" in done.stdout
