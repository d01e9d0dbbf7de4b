"""The import budget, checked deterministically: what `ask --json` loads, not how long it takes."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
sys.argv = ["backcare", "ask", "--json", "stiff back after sitting"]
from backcare.cli.entry import main
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in ("rich", "pydantic", "typer", "rapidfuzz", "sqlite3", "platformdirs",
                           "hashlib", "dataclasses", "inspect", "tomllib", "difflib",
                           "backcare.packs.importers") if m in sys.modules)
sys.stderr.write(",".join(heavy))
"""


def loaded(probe: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(filter(None, done.stderr.split(",")))


def test_plain_json_ask_loads_no_heavy_module() -> None:
    assert loaded(PROBE) == set()


def test_version_does_not_load_the_engine() -> None:
    probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', '"--version"')
    probe = probe.replace(
        '"backcare.packs.importers")',
        '"backcare.packs.importers", "backcare.engine.match", "Stemmer", "typer")',
    )
    assert loaded(probe) == set()  # not even Typer: `--version` alone is read by the fast path


def test_plain_topics_show_and_validate_load_no_heavy_module() -> None:
    for argv in ('"topics"', '"show", "back-get-stiff-sit"', '"validate", "data/faq.json"'):
        probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', argv)
        assert loaded(probe) == set(), argv


def test_a_question_with_typos_is_corrected_without_rapidfuzz() -> None:
    probe = PROBE.replace("stiff back after sitting", "stiff bakc aftr siting")
    probe = probe.replace("import sys\n", "import io, json, sys\nsys.stdout = io.StringIO()\n", 1)
    probe += '\nif json.loads(sys.stdout.getvalue())["match"]: sys.stderr.write(",answered")'
    assert loaded(probe) == {"answered"}
