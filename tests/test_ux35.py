"""ux35 (newcomer23's leftovers): what a script writer and a Markdown pack author still missed.

- F13: which pack answered: `--version` names the bundled pack's SHA-256, `config` every pack's;
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from backcare import __version__
from tests.conftest import PYTHON_M, REPO, run_backcare

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
    env = {"BACKCARE_CONFIG": "/dev/null"}
    args = ("--faq", "bundled", "--faq", str(pack), "--faq", str(tmp_path / "gone.json"))
    done = run_backcare(
        *args, "config", "--json", home=tmp_path, command=PYTHON_M, text=True, **env
    )
    assert done.returncode == 1  # a pack that cannot be opened is a warning, as before
    assert json.loads(done.stdout)["packs"] == [
        {"name": "bundled", "sha256": BUNDLED_SHA256},
        {"name": str(pack), "sha256": digest},
        {"name": str(tmp_path / "gone.json"), "sha256": None},
    ]
    assert "gone.json: no such file" in done.stderr
    plain = run_backcare(
        "--faq", str(pack), "config", home=tmp_path, command=PYTHON_M, text=True, **env
    )
    assert plain.returncode == 0
    assert plain.stdout.splitlines()[-1] == f"pack: {pack} sha256 {digest}"
    bare = run_backcare("config", "--json", home=tmp_path, command=PYTHON_M, text=True, **env)
    assert json.loads(bare.stdout)["packs"] == [{"name": "bundled", "sha256": BUNDLED_SHA256}]
