"""Shared fixtures. Output is made deterministic for the whole session: no colour codes from Typer,
a fixed width for Rich, and no user-level BACKCARE_FAQ leaking in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

import pytest
from hypothesis import settings
from typer.testing import CliRunner

if TYPE_CHECKING:
    from backcare.engine.answer import Engine
    from backcare.engine.intent import Sense

os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"
os.environ["COLUMNS"] = "100"
for var in ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "BACKCARE_FAQ"):
    os.environ.pop(var, None)


def _isolate_from_the_user() -> None:
    """Every test, and every process a test starts (they inherit os.environ), runs without the
    developer's settings, cache and preferences (newcomer10 F13: a ~/.config/backcare/config.toml
    failed tests/test_startup.py): HOME and the XDG directories point into a fresh directory of
    this session, and every BACKCARE_* variable and output preference is unset. A test that needs
    one sets it itself (monkeypatch, or the env of the process it starts)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="backcare-tests-"))
    # XDG_CONFIG_DIRS too: unset, the system-wide settings file is /etc/xdg's, which a machine
    # with backcare installed for every user has (ux24: it would reach every test)
    for var, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_DIRS", "system-config"),
    ):
        (root / sub).mkdir()
        os.environ[var] = str(root / sub)
    for var in list(os.environ):
        if var.startswith("BACKCARE_"):
            del os.environ[var]
    for var in ("NO_COLOR", "CLICOLOR_FORCE", "TTY_COMPATIBLE", "PAGER", "LESS"):
        os.environ.pop(var, None)
    # a locale naming a country sets the notices' region (config.locale_region): the tests run as
    # a person with none, unless a test sets LANG itself; C.UTF-8 keeps UTF-8 streams
    os.environ.pop("LC_TELEPHONE", None)
    for var in ("LANG", *(["LC_ALL"] if os.environ.get("LC_ALL") else [])):
        os.environ[var] = "C.UTF-8"


_isolate_from_the_user()

# In CI the property tests replay a fixed set of examples, so a run cannot fail on a draw nobody saw
# locally; on a developer's machine they keep searching at random.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
EVAL = Path(__file__).resolve().parent / "eval"

PackWriter = Callable[..., Path]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The engine over the bundled pack, built once per test module (a module may define its own
    `engine` over another pack: its definition wins)."""
    from backcare.engine.answer import Engine
    from backcare.packs.load import load_pack

    return Engine(load_pack())


@pytest.fixture(scope="module")
def sense() -> Sense:
    """The question-type and subject reading of the bundled analyzer, once per test module."""
    from backcare.engine.analyze import default_analyzer
    from backcare.engine.intent import default_sense

    return default_sense(default_analyzer())


@pytest.fixture
def write_pack(tmp_path: Path) -> PackWriter:
    """Write a pack (dict, or raw str/bytes) to a file and return its path."""

    def write(content: Any, name: str = "pack.json") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
        return path

    return write


@pytest.fixture
def big_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 300-entry pack that the store indexes (the indexing threshold lowered to 10 kB), with the
    cache in tmp_path."""
    from backcare.store import open as store_open
    from tools.make_pack import make_pack

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(make_pack(300)), encoding="utf-8")
    return path


@pytest.fixture
def small_pack() -> dict[str, Any]:
    return {
        "title": "Garden FAQ",
        "entries": [
            {
                "id": "water",
                "question": "How often should I water tomatoes?",
                "answer": "Water deeply twice a week.",
                "topic": "tomatoes",
            },
            {
                "id": "prune",
                "question": "Should I prune tomato side shoots?",
                "answer": "Pinch out side shoots on cordon varieties.",
                "topic": "tomatoes",
            },
            {
                "id": "slugs",
                "question": "How do I keep slugs off lettuce?",
                "answer": "Use copper tape or beer traps.",
                "topic": "pests",
                "tags": ["snails"],
            },
        ],
    }


def installed_command() -> list[str]:
    """The installed `backcare` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "backcare"
    if script.exists():
        return [str(script)]
    found = shutil.which("backcare")
    if found is None:
        pytest.skip("backcare is not installed as a command")
    return [found]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def isolated_env(home: Path, **env: str) -> dict[str, str]:
    """The environment of a backcare subprocess: the user's own BACKCARE_ and XDG_ settings
    removed and HOME (so settings and cache) in `home`, then `env` on top."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCARE_", "XDG_"))}
    system = {"XDG_CONFIG_DIRS": os.environ["XDG_CONFIG_DIRS"]}  # the session's empty one
    return {**clean, "HOME": str(home), **system, **env}


# `python -m backcare`: run_backcare(..., command=PYTHON_M) runs it instead of the installed script
PYTHON_M = (sys.executable, "-m", "backcare")


@overload
def run_backcare(
    *args: str | bytes,
    home: Path,
    stdin: bytes | None = b"",
    cwd: Path | None = None,
    command: Sequence[str] | None = None,
    text: Literal[False] = False,
    unset: Sequence[str] = (),
    **env: str,
) -> subprocess.CompletedProcess[bytes]: ...


@overload
def run_backcare(
    *args: str | bytes,
    home: Path,
    stdin: bytes | None = b"",
    cwd: Path | None = None,
    command: Sequence[str] | None = None,
    text: Literal[True],
    unset: Sequence[str] = (),
    **env: str,
) -> subprocess.CompletedProcess[str]: ...


def run_backcare(
    *args: str | bytes,  # bytes: arguments that are not UTF-8, as a shell may pass them
    home: Path,
    stdin: bytes | None = b"",
    cwd: Path | None = None,
    command: Sequence[str] | None = None,
    text: bool = False,
    unset: Sequence[str] = (),
    **env: str,
) -> subprocess.CompletedProcess[Any]:
    """backcare run as a user runs it, the one way the tests start it: `command` (the installed
    console script when None; PYTHON_M, or another module's `python -m`) with `args`, reading
    `stdin`, in `cwd` (the repository when None), in isolated_env(home, **env). PYTHONSAFEPATH,
    which a developer's shell may set, is unset: a `python -m` run then has its working directory
    first on sys.path, as a user's has (the tests of modules lying in that directory need it).
    Output is bytes; with `text`, str as the locale decodes it (stdin is given as bytes either
    way). The variables named in `unset` are removed too (NO_COLOR, for a test of colours)."""
    full_env = isolated_env(home, **env)
    for name in ("PYTHONSAFEPATH", *unset):
        full_env.pop(name, None)
    return subprocess.run(
        [*(installed_command() if command is None else command), *args],
        input=stdin.decode() if text and stdin is not None else stdin,
        capture_output=True,
        text=text,
        timeout=120,
        cwd=REPO if cwd is None else cwd,
        env=full_env,
        check=False,
    )


def run_shell(
    command: str, home: Path, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    """`command` run by bash, with `{bc}` standing for the installed command, in isolated_env."""
    return subprocess.run(
        ["bash", "-c", command.format(bc=" ".join(installed_command()))],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=isolated_env(home, **env),
        cwd=REPO,
        check=False,
    )


@pytest.fixture(autouse=True)
def _cache_reports_reset() -> Iterator[None]:
    """A test that sets where refused caches are reported (cachedir.report_to) must not leave its
    'told once this run' state to the next test in the same worker: ux31's full-disk tests saw no
    warning after one did (an order-dependent failure in the full xdist run)."""
    yield
    from backcare.store import cachedir

    cachedir.report_to(None)
