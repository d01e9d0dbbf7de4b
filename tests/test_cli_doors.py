"""Every door a person's words can come through reaches the red-flag check, and no notice is lost
with the output: the reviewer's findings of the fifth hardening round (docs/hardening.md), each
checked as a class (every mode, every door), not as the one example reported."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, installed_command

BACKCARE = " ".join(installed_command())
EMERGENCY = "EMERGENCY - get help now"


def sh(
    command: str, home: Path, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCARE_", "XDG_"))}
    return subprocess.run(
        ["bash", "-c", command.format(bc=BACKCARE)],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**clean, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), **env},
        cwd=REPO,
        check=False,
    )


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


def test_ctrl_c_at_the_id_prompt_leaves_interrupted() -> None:
    from backcare.cli.interactive import Session
    from backcare.engine.answer import Engine
    from backcare.output.terminal import make_console
    from backcare.packs.load import load_pack

    def read(prompt: str) -> str:
        if prompt == "id> ":
            raise KeyboardInterrupt
        return ":show"

    console = make_console("never")
    console.file = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        Session(Engine(load_pack(None)), console, read=read).run()


def test_json_notice_for_a_refused_value_is_one_object(tmp_path: Path) -> None:
    done = sh("{bc} ask --json -n 'i cant pee'", tmp_path)
    assert done.returncode == 3
    shown = json.loads(done.stdout.decode().splitlines()[0])
    assert any(flag["urgency"] == "emergency" for flag in shown["red_flags"])


# ---- 3. file names keep their bytes; words become text -------------------------------------------


def _run_bytes(args: list[bytes], home: Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCARE_", "XDG_"))}
    return subprocess.run(
        [os.fsencode(installed_command()[0]), *args],
        capture_output=True,
        timeout=120,
        env={**clean, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")},
        cwd=cwd,
        check=False,
    )


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
    done = _run_bytes(args, tmp_path, tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_missing_pack_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    done = _run_bytes([b"--faq", b"caf\xe9.json", b"ask", b"hi"], tmp_path, tmp_path)
    assert done.returncode == 2
    assert b"caf\\udce9.json: no such file" in done.stderr, done.stderr
    assert "\ufffd".encode() not in done.stderr


@pytest.mark.parametrize("flag", [b"-o", b"--output"])
def test_import_writes_the_file_name_given_byte_for_byte(tmp_path: Path, flag: bytes) -> None:
    (tmp_path / "a.md").write_text("# FAQ\n\n## How do I sit?\n\nSit up and take breaks.\n")
    done = _run_bytes([b"import", b"a.md", flag, b"out\xe9.json"], tmp_path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"out\xe9.json" in {os.fsencode(p.name) for p in tmp_path.iterdir()}
    assert b"out\\udce9.json" in done.stderr


def test_import_reads_a_source_name_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"s\xe9.md")).write_text("# FAQ\n\n## How do I sit?\n\nSit up.\n")
    done = _run_bytes([b"import", b"s\xe9.md"], tmp_path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entries"][0]["question"] == "How do I sit?"


def test_a_question_that_is_not_utf8_is_still_text(tmp_path: Path) -> None:
    done = _run_bytes([b"ask", b"--json", b"stiff back \xe9"], tmp_path, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["query"] == "stiff back \ufffd"


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
