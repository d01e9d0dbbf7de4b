"""Writes are all or nothing: under a file-size limit (a full disk, as `ulimit -f` shows it) no
truncated target is ever left, and temporary files of killed runs are cleaned up later."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from backcare.store.files import TEMP_PREFIX, remove_stale_temps, write_atomic

REPO = Path(__file__).resolve().parent.parent
LIMIT = 64 * 1024  # RLIMIT_FSIZE in the child: any write past this offset fails with EFBIG


def limited(
    code: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run Python code in a child whose files cannot grow past LIMIT bytes."""
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_FSIZE, ({LIMIT}, {LIMIT}))\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob(f"{TEMP_PREFIX}*"))


def test_write_atomic_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert target.stat().st_mode & 0o777 == 0o640  # the target's permissions are kept
    assert leftovers(tmp_path) == []


def test_write_atomic_past_the_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    target.write_text("the reviewed pack", encoding="utf-8")
    done = limited(
        f"""
        from pathlib import Path
        from backcare.store.files import write_atomic
        try:
            write_atomic(Path({str(target)!r}), b"x" * {4 * LIMIT})
        except OSError as exc:
            print("failed", exc.errno)
        """,
        tmp_path,
    )
    assert "failed" in done.stdout, done.stderr
    assert target.read_text(encoding="utf-8") == "the reviewed pack"
    assert leftovers(tmp_path) == []


def test_import_force_on_a_full_disk_keeps_the_pack(tmp_path: Path) -> None:
    source = tmp_path / "faq.md"
    body = "".join(
        f"## Question number {i} about the back?\n\n{'word ' * 60}\n\n" for i in range(400)
    )
    source.write_text(body, encoding="utf-8")
    target = tmp_path / "pack.json"
    target.write_text('{"title": "kept", "entries": []}', encoding="utf-8")
    done = limited(
        f"""
        import sys
        sys.argv = ["backcare", "import", {str(source)!r}, "-o", {str(target)!r}, "--force"]
        from backcare.cli.entry import main
        main()
        """,
        tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "kept"
    assert leftovers(tmp_path) == []


def test_index_build_on_a_full_disk_answers_from_memory(tmp_path: Path) -> None:
    from tools.make_pack import make_pack

    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(make_pack(400)), encoding="utf-8")  # ~180 KB: indexed
    cache = tmp_path / "cache"
    code = f"""
        import json
        from backcare.store.open import open_store
        from backcare.engine.answer import Engine
        pack, store = open_store({str(pack)!r})
        answer = Engine(pack, store).ask("knee stiff after running", top=5)
        print(json.dumps([type(store).__name__, [m.entry.id for m in answer.results]]))
        """
    env = {"BACKCARE_CACHE_DIR": str(cache)}
    done = limited(code, tmp_path, env)
    assert done.returncode == 0, done.stderr
    kind, ids = json.loads(done.stdout)
    assert kind == "NoneType"  # no index could be written: built in memory
    assert leftovers(cache) == []
    assert not list((cache / "index").glob("*.sqlite"))
    # without the limit, the next run builds the index and answers the same
    free = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    assert json.loads(free.stdout) == ["SqliteStore", ids]


def test_a_killed_build_leaves_a_temp_file_that_a_later_build_removes(tmp_path: Path) -> None:
    from tools.make_pack import make_pack

    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(make_pack(3000)), encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(cache)}
    code = f"from backcare.store.open import open_store; open_store({str(pack)!r})"
    child = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + 60
    while not leftovers(cache) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    stale = list(cache.rglob(f"{TEMP_PREFIX}*"))
    if not stale:
        pytest.skip("the build finished before it could be killed")
    old = time.time() - 3600
    for path in stale:
        os.utime(path, (old, old))
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert leftovers(cache) == []
    assert list((cache / "index").glob("*.sqlite"))


def test_remove_stale_temps_spares_fresh_and_foreign_files(tmp_path: Path) -> None:
    fresh = tmp_path / f"{TEMP_PREFIX}fresh"
    stale = tmp_path / f"{TEMP_PREFIX}stale"
    foreign = tmp_path / "notes.txt"
    for path in (fresh, stale, foreign):
        path.write_text("x", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    assert remove_stale_temps(tmp_path, 600) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, foreign.name])
    assert remove_stale_temps(tmp_path / "missing", 600) == 0
