"""Every door a person's words can come through reaches the red-flag check, and no notice is lost
with the output: the reviewer's findings of the fifth hardening round (docs/hardening.md), each
checked as a class (every mode, every door), not as the one example reported."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest

from tests.conftest import REPO, installed_command, isolated_env, run_backcare, run_shell

if TYPE_CHECKING:
    from backcare.output.views import View

EMERGENCY = "EMERGENCY - get help now"


def sh(
    command: str, home: Path, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    return run_shell(command, home, stdin, XDG_CACHE_HOME=str(home / "cache"), **env)


# ---- 1. a notice not delivered on stdout reaches stderr, in every mode -------------------------

FULL = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


@FULL
@pytest.mark.parametrize("mode", ["", "--json", "--plain"])
@pytest.mark.parametrize(
    "lines",
    [b"i cant pee\n", b"stiff back\ni cant pee\n", b"i cant pee\nstiff back\n" * 3],
)
def test_a_batch_into_a_full_disk_still_shows_its_notices_on_stderr(
    tmp_path: Path, mode: str, lines: bytes
) -> None:
    done = sh(f"{{bc}} ask {mode} - > /dev/full", tmp_path, stdin=lines)
    err = done.stderr.decode().splitlines()
    assert done.returncode == 3, err
    notices = [line for line in err if line.startswith(EMERGENCY)]
    assert len(notices) == 1, err  # each distinct notice once, not once per line of the batch
    assert "trouble peeing" in notices[0]
    assert err.index(notices[0]) < len(err) - 1 and "cannot write output" in err[-1]


@FULL
def test_a_batch_into_a_full_disk_shows_every_kind_of_notice(tmp_path: Path) -> None:
    lines = b"my legs went numb\nstiff back\ni cant pee\n"
    done = sh("{bc} ask - > /dev/full", tmp_path, stdin=lines)
    err = done.stderr.decode()
    assert done.returncode == 3
    assert "both legs" in err and "trouble peeing" in err


@FULL
@pytest.mark.parametrize(
    "command",
    [
        "{bc} show 'i cant pee' > /dev/full",
        "{bc} show --json 'i cant pee' > /dev/full",
        "{bc} topics 'i cant pee' > /dev/full",
        "{bc} ask --topic nosuchtopic 'i cant pee' > /dev/full",
        "{bc} ask --faq /nonexistent.json 'i cant pee' > /dev/full",
        "{bc} ask --top 0 'i cant pee' > /dev/full",
        "{bc} show my legs went numb and i wet myself > /dev/full",
    ],
)
def test_every_door_into_a_full_disk_shows_the_notice_on_stderr(
    tmp_path: Path, command: str
) -> None:
    done = sh(command, tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 3, err
    assert EMERGENCY in err, err


@pytest.mark.parametrize("mode", ["", "--json"])
def test_a_batch_with_stdout_closed_shows_every_notice(tmp_path: Path, mode: str) -> None:
    lines = b"i cant pee\nstiff back\nmy legs went numb\n"
    done = sh(f"{{bc}} ask {mode} - >&-", tmp_path, stdin=lines)
    err = done.stderr.decode()
    assert done.returncode == 3
    assert "trouble peeing" in err and "both legs" in err


# ---- 2. words that reach a "no such id / topic / value" error are checked first -----------------


@pytest.mark.parametrize(
    "command",
    [
        "{bc} show 'my legs went numb and i wet myself'",
        "{bc} show --json 'i cant pee'",
        "{bc} ask --topic 'i cant pee and my bum is numb' back pain",
        "{bc} ask -t 'i cant pee' back pain",
        "{bc} ask --json --topic 'i cant pee' back pain",
        '{bc} ask -n "I can\'t pee"',
        '{bc} ask --top "I can\'t pee" stiff back',
        '{bc} ask --top="i cant pee" stiff back',
        '{bc} -n "I can\'t pee"',
        "{bc} ask --color 'my legs went numb' stiff back",
        "{bc} topics --json 'i cant pee'",
    ],
)
def test_words_in_the_place_of_an_id_topic_or_value_get_their_notice(
    tmp_path: Path, command: str
) -> None:
    done = sh(command, tmp_path)
    out = done.stdout.decode()
    assert done.returncode == 3, done.stderr
    assert "EMERGENCY" in out.upper() or '"emergency"' in out, (out, done.stderr)


def test_an_unknown_id_without_a_red_flag_is_still_exit_1(tmp_path: Path) -> None:
    done = sh("{bc} show no-such-entry", tmp_path)
    assert done.returncode == 1 and not done.stdout


def _session(*lines: str, plain: bool = False) -> str:
    from backcare.cli.interactive import Session
    from backcare.engine.answer import Engine
    from backcare.output.terminal import make_console
    from backcare.packs.load import load_pack

    fed = list(lines)

    def read(prompt: str) -> str:
        if not fed:
            raise EOFError
        return fed.pop(0)

    out = io.StringIO()
    console = make_console("never")
    console.file = out
    Session(Engine(load_pack(None)), console, read=read, plain=plain).run()
    return out.getvalue()


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    "lines",
    [
        (":show my legs went numb and i wet myself",),
        (":topics i cant pee and my bum is numb",),
        (":show", "i cant pee"),
    ],
)
def test_interactive_show_topics_and_the_id_prompt_check_for_red_flags(
    lines: tuple[str, ...], plain: bool
) -> None:
    shown = _session(*lines, plain=plain)
    assert "EMERGENCY" in shown.upper(), shown
    assert "No entry with id" not in shown and "No topic matches" not in shown


def test_interactive_unknown_id_without_a_red_flag_still_says_so() -> None:
    assert "No entry with id" in _session(":show zzqx-nothing")


def test_ctrl_c_at_the_id_prompt_cancels_the_show_and_the_session_goes_on() -> None:
    from backcare.cli.interactive import Session
    from backcare.engine.answer import Engine
    from backcare.output.terminal import make_console
    from backcare.packs.load import load_pack

    typed = iter([":show", "stiff back after sitting", "quit"])

    def read(prompt: str) -> str:
        if prompt == "id> ":
            raise KeyboardInterrupt
        return next(typed)

    console = make_console("never")
    console.file = io.StringIO()
    Session(Engine(load_pack(None)), console, read=read).run()  # newcomer18 F10: no 130
    assert "Why does my back get stiff when I sit?" in console.file.getvalue()


def test_json_notice_for_a_refused_value_is_one_object(tmp_path: Path) -> None:
    done = sh("{bc} ask --json -n 'i cant pee'", tmp_path)
    assert done.returncode == 3
    shown = json.loads(done.stdout.decode().splitlines()[0])
    assert any(flag["urgency"] == "emergency" for flag in shown["red_flags"])


# ---- 3. file names keep their bytes; words become text -------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [b"--faq", b"caf\xe9.json", b"ask", b"stiff back after sitting"],
        [b"ask", b"--faq=caf\xe9.json", b"stiff back after sitting"],
        [b"show", b"back-get-stiff-sit", b"--faq", b"caf\xe9.json"],
        [b"topics", b"--faq", b"caf\xe9.json"],
        [b"validate", b"caf\xe9.json"],
        [b"validate", b"--", b"caf\xe9.json"],
    ],
)
def test_a_pack_name_that_is_not_utf8_opens_that_file(tmp_path: Path, args: list[bytes]) -> None:
    (tmp_path / os.fsdecode(b"caf\xe9.json")).write_bytes((REPO / "data" / "faq.json").read_bytes())
    done = run_backcare(*args, home=tmp_path, cwd=tmp_path, XDG_CACHE_HOME=str(tmp_path / "cache"))
    assert done.returncode == 0, done.stderr


def test_a_missing_pack_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    done = run_backcare(
        b"--faq",
        b"caf\xe9.json",
        b"ask",
        b"hi",
        home=tmp_path,
        cwd=tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    assert done.returncode == 2
    assert b"caf\\udce9.json: no such file" in done.stderr, done.stderr
    assert "\ufffd".encode() not in done.stderr


@pytest.mark.parametrize("flag", [b"-o", b"--output"])
def test_import_writes_the_file_name_given_byte_for_byte(tmp_path: Path, flag: bytes) -> None:
    (tmp_path / "a.md").write_text("# FAQ\n\n## How do I sit?\n\nSit up and take breaks.\n")
    done = run_backcare(
        b"import",
        b"a.md",
        flag,
        b"out\xe9.json",
        home=tmp_path,
        cwd=tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    assert done.returncode == 0, done.stderr
    assert b"out\xe9.json" in {os.fsencode(p.name) for p in tmp_path.iterdir()}
    assert b"out\\udce9.json" in done.stderr


def test_import_reads_a_source_name_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"s\xe9.md")).write_text("# FAQ\n\n## How do I sit?\n\nSit up.\n")
    done = run_backcare(
        b"import", b"s\xe9.md", home=tmp_path, cwd=tmp_path, XDG_CACHE_HOME=str(tmp_path / "cache")
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entries"][0]["question"] == "How do I sit?"


def strict_json(raw: bytes) -> object:
    """JSON as a strict parser reads it: UTF-8 bytes, and no lone surrogate (Python's json.loads
    accepts a `\\udce9` escape; serde, Go and browsers' strict modes do not)."""
    parsed = json.loads(raw.decode("utf-8"))
    json.dumps(parsed, ensure_ascii=False).encode("utf-8")  # raises on a lone surrogate
    return parsed


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
@pytest.mark.parametrize(
    ("args", "named"),
    [
        # `named`: the name as json.dumps shows the parsed value (one backslash shown as two)
        ([b"config", b"--json"], "caf\\\\udce9.json"),
        ([b"validate", b"--json", b"caf\xe9.json"], "caf\\\\udce9.json"),
        ([b"validate", b"--json", b"caf\xe9.json", b"b\xe9d.json"], "b\\\\udce9d.json: no such"),
        ([b"validate", b"--json", b"p\xe9ge.md"], "p\\\\udce9ge.md: line 5: question 'Orphan?'"),
        ([b"validate", b"--json", b"--questions", b"q\xe9.txt", b"caf\xe9.json"], "caf\\\\udce9"),
        ([b"import", b"p\xe9ge.md"], "p\\ufffdge"),
    ],
)
def test_json_naming_a_file_that_is_not_utf8_is_valid_utf8_json(
    tmp_path: Path, args: list[bytes], named: str, encoding: str
) -> None:
    """A non-UTF-8 byte in a path is written as the visible text `\\udce9`, as the plain output
    and the error lines show it; it was a `\\udce9` escape, refused by strict JSON parsers. A
    title made from such a name reads the byte as U+FFFD. With an ASCII stdout, \\u escapes."""
    (tmp_path / os.fsdecode(b"caf\xe9.json")).write_bytes((REPO / "data" / "faq.json").read_bytes())
    (tmp_path / os.fsdecode(b"q\xe9.txt")).write_text("stiff back\n", encoding="utf-8")
    (tmp_path / os.fsdecode(b"p\xe9ge.md")).write_text(
        "## Why is my back stiff?\n\nSitting.\n\n## Orphan?\n", encoding="utf-8"
    )
    env = isolated_env(
        tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        BACKCARE_FAQ=os.fsdecode(b"caf\xe9.json"),
        PYTHONIOENCODING=encoding,
    )
    done = subprocess.run(
        [os.fsencode(installed_command()[0]), *args],
        capture_output=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode in (0, 1, 2), done.stderr
    if encoding == "ascii":
        assert done.stdout.isascii()
    shown = json.dumps(strict_json(done.stdout))
    assert named in shown, shown


def test_json_escapes_only_lone_surrogates_as_text() -> None:
    from backcare.output.jsonview import dumps, dumps_pretty

    value = {"path": "caf\udce9.json", "emoji": "\U0001f600", "accent": "\u00e9", "rlm": "\u200f"}
    for ascii_only in (False, True):
        parsed = strict_json(dumps(value, ascii_only=ascii_only).encode("utf-8"))
        assert parsed == {**value, "path": "caf\\udce9.json"}
    # everything but the surrogate as before: ensure_ascii's own escapes, astral pairs included
    assert dumps({"emoji": "\U0001f600"}, ascii_only=True) == json.dumps({"emoji": "\U0001f600"})
    assert dumps({"rlm": "\u200f"}) == '{"rlm": "\\u200f"}'
    assert strict_json(dumps_pretty(value).encode("utf-8")) == {**value, "path": "caf\\udce9.json"}


def test_import_of_a_page_with_no_title_and_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    """The title comes from the file name, read as text (U+FFFD for the byte); import failed
    ("field 'title' contains a lone surrogate"). And one entry is `1 entry`."""
    (tmp_path / os.fsdecode(b"n\xe9t.md")).write_text("## Why?\n\nBecause.\n", encoding="utf-8")
    done = run_backcare(
        b"import",
        b"n\xe9t.md",
        b"-o",
        b"out.json",
        home=tmp_path,
        cwd=tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    assert done.returncode == 0, done.stderr
    assert b"wrote 1 entry to out.json" in done.stderr
    pack = strict_json((tmp_path / "out.json").read_bytes())
    assert pack["title"] == "n\ufffdt"  # type: ignore[index]


def test_a_question_that_is_not_utf8_is_still_text(tmp_path: Path) -> None:
    done = run_backcare(
        b"ask",
        b"--json",
        b"stiff back \xe9",
        home=tmp_path,
        cwd=tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    assert done.returncode in (0, 1), done.stderr
    # read as stdin reads such a byte: Windows-1252 (hostile16 F1: "can\x92t" kept its apostrophe)
    assert json.loads(done.stdout)["query"] == "stiff back \u00e9"
    undefined = run_backcare(b"ask", b"--json", b"stiff back \x81", home=tmp_path, cwd=tmp_path)
    assert json.loads(undefined.stdout)["query"] == "stiff back \ufffd"  # no cp1252 character


# ---- 4. `config` lists every problem, and shows names escaped, never stripped -------------------


def _settings(home: Path, text: str) -> None:
    path = home / ".config" / "backcare" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("mode", ["", "--json", "--plain", "--color always"])
def test_config_lists_a_bad_value_and_a_missing_pack_both(tmp_path: Path, mode: str) -> None:
    _settings(tmp_path, 'faq = "nothere.json"\ntop = 0\nregion = "atlantis"\n')
    done = sh(f"{{bc}} config {mode}", tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "key 'top'" in err and "key 'region'" in err
    assert "nothere.json: no such file" in err


@pytest.mark.parametrize("mode", ["", "--plain", "--color always"])
@pytest.mark.parametrize("name", ["\x1b[2Jx.json", "a\u202ebad.json", "b\x9b31mc.json"])
def test_config_shows_a_pack_name_escaped_as_its_warning_does(
    tmp_path: Path, mode: str, name: str
) -> None:
    name = f"/{name}"  # absolute: short enough for a table cell not to fold it
    _settings(tmp_path, f"faq = {json.dumps(name)}\n")
    done = sh(f"{{bc}} config {mode}", tmp_path, COLUMNS="200")
    out, err = done.stdout.decode(), done.stderr.decode()
    escaped = repr(name)[1:-1]
    assert escaped in err
    assert escaped in out, out
    assert name not in out


# ---- 5. invisible format characters, long ids, completion flags --------------------------------


def _cf_characters() -> list[str]:
    import sys
    import unicodedata

    return [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if unicodedata.category(c) == "Cf" and c not in "\u200c\u200d"
    ]


def test_sanitize_removes_every_invisible_format_character() -> None:
    from backcare.output.text import one_line, sanitize

    for char in _cf_characters():
        assert sanitize(f"Clinic{char} line") == "Clinic line", hex(ord(char))
        assert one_line(f"a{char}b") == "ab", hex(ord(char))
    # joiners shape scripts and emoji, and take no cell: kept
    assert sanitize("a\u200db\u200cc") == "a\u200db\u200cc"


@pytest.mark.parametrize("mark", ["\u200f", "\u061c", "\u200e", "\u00ad", "\u2060", "\ufeff"])
def test_a_format_character_in_title_and_contact_stays_out_of_the_panels(
    tmp_path: Path, mark: str
) -> None:
    data = json.loads((REPO / "data" / "faq.json").read_text(encoding="utf-8"))
    data["title"] = f"Clinic{mark} FAQ"
    data["contact"] = f"Call{mark} 0123"
    pack = tmp_path / "p.json"
    pack.write_text(json.dumps(data), encoding="utf-8")
    for command in (
        f"{{bc}} ask --color always --faq {pack} 'i cant pee'",
        f"{{bc}} show --color always --faq {pack} back-get-stiff-sit",
        f"{{bc}} ask --plain --faq {pack} 'i cant pee'",
    ):
        done = sh(command, tmp_path, COLUMNS="60")
        out = done.stdout.decode()
        assert "Call 0123" in out, out
        assert mark not in out


def test_a_huge_unknown_id_is_quick_and_echoed_cut(tmp_path: Path) -> None:
    import time

    from backcare.cli.actions import find_entry
    from backcare.packs.load import load_pack
    from backcare.results import EntryMissing

    pack = load_pack(None)
    start = time.perf_counter()
    found = find_entry(pack, "back-get-stiff-sit" + "x" * 100_000)
    assert time.perf_counter() - start < 0.5
    assert isinstance(found, EntryMissing)
    done = sh("{bc} show " + "a" * 100_000, tmp_path)
    assert done.returncode == 1
    assert len(done.stderr) < 1_000 and b"100,000 characters" in done.stderr


def test_a_huge_unknown_id_at_the_prompt_is_echoed_cut() -> None:
    shown = _session(":show " + "q" * 50_000)
    assert "50,000 characters" in shown and len(shown) < 5_000


@pytest.mark.parametrize("flag", ["--install-completion", "--show-completion"])
@pytest.mark.parametrize("words", ["nosuchshell", "zsh extra", "bash bash"])
def test_a_completion_flag_with_an_unknown_shell_is_a_usage_error(
    tmp_path: Path, flag: str, words: str
) -> None:
    done = sh(f"{{bc}} {flag} {words}", tmp_path, SHELL="/bin/bash")
    assert done.returncode == 2
    assert "takes one shell name (bash, zsh, fish" in done.stderr.decode()
    assert not (tmp_path / ".bash_completions").exists()
    assert not (tmp_path / ".bashrc").exists() and not done.stdout


def test_install_completion_for_a_named_shell_installs_that_shells(tmp_path: Path) -> None:
    done = sh("{bc} --install-completion zsh", tmp_path, SHELL="/bin/bash")
    assert done.returncode == 0, done.stderr
    assert b"zsh completion installed" in done.stdout
    assert (tmp_path / ".zshrc").exists() and not (tmp_path / ".bashrc").exists()


def test_show_completion_for_a_named_shell_shows_that_shells(tmp_path: Path) -> None:
    done = sh("{bc} --show-completion fish", tmp_path, SHELL="/bin/bash")
    assert done.returncode == 0 and b"complete --command backcare" in done.stdout


def test_show_completion_alone_still_prints_a_script(tmp_path: Path) -> None:
    done = sh("{bc} --show-completion", tmp_path, SHELL="/bin/bash")
    assert done.returncode == 0 and b"complete" in done.stdout


# ---- 6. plain interactive output says what was answered; narrow terminals ----------------------


def test_plain_interactive_answer_names_the_entry_and_its_score() -> None:
    shown = _session("stiff back after sitting", plain=True)
    assert re.search(
        r"Why does my back get stiff when I sit\? \[back-get-stiff-sit\] "
        r"\(confidence \d+\.\d of 100\)\n",
        shown,
    ), shown


def test_plain_interactive_heading_is_not_given_under_an_emergency_notice() -> None:
    shown = _session("stiff back and i cant pee", plain=True)
    assert "EMERGENCY" in shown and "(confidence" not in shown


def test_plain_interactive_topics_read_question_first_under_each_topic() -> None:
    # newcomer17 F7: aligned columns (number, topic, a 40-character id, then the question)
    # wrapped on a 60-column braille display, and the question was read last
    shown = re.sub(r" ?\n\[", " [", _session(":topics", plain=True))  # lines wrapped at 80
    rows = re.findall(r"^ {2}(\d+)\. (.+) \[([^]]+)\]$", shown, re.M)
    assert len(rows) >= 10 and "\t" not in shown
    assert [int(n) for n, _, _ in rows] == list(range(1, len(rows) + 1))
    assert re.search(r"^pain relief:$", shown, re.M)
    assert not re.search(r"\S {3,}\S", shown)  # nothing padded into a column


@pytest.mark.parametrize("columns", [16, 20, 29])
def test_panels_fit_a_narrow_terminal(tmp_path: Path, columns: int) -> None:
    for command in ("{bc} ask --color always stiff back", "{bc} ask --color always 'i cant pee'"):
        done = sh(command, tmp_path, COLUMNS=str(columns))
        text = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout.decode())
        # a line wider than the screen is one word only, an id (newcomer18 F6: never broken,
        # the terminal wraps it as one line and it is copied whole)
        wide = [r.strip().removeprefix("id: ") for r in text.splitlines() if len(r) > columns]
        assert all(" " not in line and "-" in line for line in wide), (columns, text)


@pytest.mark.parametrize("columns", [1, 4, 9, 12])
def test_a_tiny_terminal_still_shows_the_notice_words(tmp_path: Path, columns: int) -> None:
    # panels never narrower than MIN_WIDTH (16): at 4 columns a fitted panel showed only its
    # borders, and under 16 the title "EMERGENCY" is cut
    done = sh("{bc} ask --color always --no-pager 'i cant pee'", tmp_path, COLUMNS=str(columns))
    text = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout.decode())
    assert done.returncode == 3
    assert "EMERGENCY" in text
    assert "peeing" in text


# ---- one red-flag check for every door (notices.flagged, notices.show_red_flags) ----------------


class RecordingView:
    """A view that records what it is handed; `fail` makes its notices fail as a full disk does."""

    def __init__(self, fail: bool = False) -> None:
        self.shown: list[str] = []
        self.finished = 0
        self.fail = fail

    def notices(self, answer: object) -> None:
        if self.fail:
            raise OSError(28, "No space left on device")
        self.shown.append(answer.query)  # type: ignore[attr-defined]

    def finish(self) -> None:
        self.finished += 1


def test_the_shared_check_makes_a_view_only_for_a_notice_and_marks_an_emergency_first() -> None:
    from backcare.cli.notices import show_red_flags
    from backcare.cli.status import Exit

    made: list[RecordingView] = []

    def view() -> View:
        made.append(RecordingView())
        return cast("View", made[-1])

    described = [Exit.ERROR]
    texts = ["stiff back", "my legs went numb", "i cant pee", "heat or ice"]
    show_red_flags(texts, view, described, io.StringIO(), lambda: None)
    assert len(made) == 1 and made[0].shown == ["my legs went numb", "i cant pee"]
    assert made[0].finished == 1 and described == [Exit.EMERGENCY]
    made.clear()
    described = [Exit.ERROR]
    show_red_flags(["stiff back", "heat or ice"], view, described, None, lambda: None)
    assert not made and described == [Exit.ERROR]  # no flag: no view, no settings read


def test_the_shared_check_sends_notices_to_stderr_when_stdout_fails() -> None:
    from backcare.cli.notices import show_red_flags
    from backcare.cli.status import Exit

    described = [Exit.ERROR]
    stderr = io.StringIO()
    with pytest.raises(OSError, match="No space"):
        failing = cast("View", RecordingView(fail=True))
        show_red_flags(["i cant pee"], lambda: failing, described, stderr, lambda: "UK")
    assert described == [Exit.EMERGENCY]
    assert "trouble peeing" in stderr.getvalue() and "999" in stderr.getvalue()


def test_every_door_reads_words_through_the_one_check() -> None:
    """Doors that ran their own loop of safety_answer / emergency / notices drifted apart; now only
    notices.flagged calls the red-flag check on words that will not be answered."""
    cli = REPO / "backcare" / "cli"
    calls = {
        path.name: path.read_text(encoding="utf-8").count("safety_answer(")
        for path in cli.glob("*.py")
    }
    assert calls.pop("notices.py") == 2  # its definition, and flagged's call
    assert not any(calls.values()), calls


# ---- round 6 (hostile6): more doors to the red-flag check ----------------------------------------

PIPED = b"stiff back\ni cant pee\nmy legs are numb\n"


@pytest.mark.parametrize(
    "args",
    [
        "--json",
        "--plain",
        "--top 3",
        "-n 2",
        "ask",
        "ask --json",
        "--faq bundled --json",
        "--json --faq bundled",
        "--bogus",
        "--color pink",
        "ask --bogus",
        "--faq /nonexistent.json",
    ],
)
def test_options_before_piped_questions_still_read_and_check_them(
    tmp_path: Path, args: str
) -> None:
    """`backcare --json < questions.txt` is a batch, as `backcare < questions.txt` is; it was
    'missing argument', exit 2, and the piped emergency was never checked."""
    done = sh(f"{{bc}} {args}", tmp_path, stdin=PIPED)
    out = done.stdout.decode()
    assert done.returncode == 3, done.stderr
    assert EMERGENCY in out or '"emergency"' in out, (out, done.stderr)


@pytest.mark.parametrize(
    "command",
    [
        "{bc} show --faq /nonexistent.json 'i cant pee'",
        "BACKCARE_FAQ=/nonexistent.json {bc} show --json 'i cant pee'",
        "{bc} ask --topic 'i cant pee' --top 0 stiff back",
        "{bc} ask --topic 'i cant pee' - extra",
        "{bc} -- i cant pee -h",
        "{bc} -- i cant pee --help",
    ],
)
def test_more_doors_check_the_words_before_their_error(tmp_path: Path, command: str) -> None:
    done = sh(command, tmp_path)
    out = done.stdout.decode()
    assert done.returncode == 3, done.stderr
    assert EMERGENCY in out or '"emergency"' in out, (out, done.stderr)
    assert "Usage" not in out


@pytest.mark.parametrize(
    "command",
    [
        "{bc} -- --install-completion",
        "{bc} -- --install-completion zsh",
        "{bc} ask -- what is --install-completion",
        "{bc} -- --show-completion",
    ],
)
def test_words_after_a_double_dash_are_never_options(tmp_path: Path, command: str) -> None:
    """`backcare -- --install-completion` installed completion (edited ~/.bashrc); a script that
    passes a user's text after `--` must only ever ask it."""
    done = sh(command, tmp_path)
    assert done.returncode == 1, done.stderr  # asked: no confident match
    assert b"completion" in done.stderr and b"no confident match" in done.stderr
    written = {p.name for p in tmp_path.iterdir()} - {"cache"}
    assert not written, written


@pytest.mark.parametrize("mode", ["", "--json"])
def test_a_topic_that_is_the_question_gets_one_notice(tmp_path: Path, mode: str) -> None:
    done = sh(f"{{bc}} ask {mode} --topic 'i cant pee' i cant pee", tmp_path)
    out = done.stdout.decode()
    assert done.returncode == 3
    assert out.count("trouble peeing") == 1, out


@pytest.mark.parametrize(
    "door",
    [
        "ask 'i cant pee'",
        "ask --topic nosuch 'i cant pee'",
        "ask --top 0 'i cant pee'",
        "ask --color pink 'i cant pee'",
        "ask --bogus 'i cant pee'",
        "show 'i cant pee'",
        "topics 'i cant pee'",
        "topics --json 'i cant pee'",
    ],
)
def test_the_packs_contact_is_in_every_doors_notice(tmp_path: Path, door: str) -> None:
    pack = json.loads((REPO / "data" / "faq.json").read_text(encoding="utf-8"))
    pack["contact"] = "Riverside Clinic 01234 567890"
    (tmp_path / "c.json").write_text(json.dumps(pack), encoding="utf-8")
    done = sh(f"cd {tmp_path} && {{bc}} --faq c.json {door}", tmp_path, BACKCARE_REGION="UK")
    assert done.returncode == 3, done.stderr
    assert "Riverside Clinic 01234 567890" in done.stdout.decode(), done.stdout


@pytest.mark.parametrize(
    "command",
    [
        "{bc} i cant pee --help",
        "{bc} ask i cant pee -h",
        "{bc} --help i cant pee",
        "{bc} show i cant pee --help",
        "{bc} --json i cant pee --help",
    ],
)
def test_help_beside_a_question_shows_its_notice_first(tmp_path: Path, command: str) -> None:
    """Help asked for with words that describe an emergency: the notice, then the help, exit 3
    (it printed help alone and exited 0)."""
    done = sh(command, tmp_path)
    out = done.stdout.decode()
    assert done.returncode == 3, done.stderr
    notice = out.find("EMERGENCY") if "EMERGENCY" in out else out.find('"emergency"')
    assert 0 <= notice < out.index("Usage:"), out


@pytest.mark.parametrize("command", ["{bc} --help", "{bc} ask --help", "{bc} stiff back --help"])
def test_help_without_a_red_flag_is_just_help(tmp_path: Path, command: str) -> None:
    done = sh(command, tmp_path)
    assert done.returncode == 0 and done.stdout.decode().startswith("Usage:")
