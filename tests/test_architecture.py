"""The layers, checked from the source: who may import whom, no import cycles (lazy imports
included), and nothing below the CLI prints, exits or touches the standard streams."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "backcare"

# layer -> layers it must never import (at module level or lazily). eval (the quality harness,
# `python -m backcare.eval`) sits on top beside cli: nothing imports it, so neither a command's
# start-up nor the engine pays for it, and it reaches the engine as any library user does.
FORBIDDEN = {
    "engine": {"cli", "output", "store.open", "store.sqlite", "eval"},
    "packs": {"cli", "output", "store", "eval"},
    "store": {"cli", "output", "eval"},
    "output": {"cli", "eval"},
    "results": {"cli", "output", "eval"},
    "cli": {"eval"},
    "eval": {"cli"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("backcare"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("backcare"))
    return found


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: {m for m in imports(path) if m in MODULES} for name, path in MODULES.items()}


def layer(module: str) -> str:
    return module.removeprefix("backcare.")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layers_import_only_downwards(module: str) -> None:
    own = layer(module)
    for top, banned in FORBIDDEN.items():
        if own == top or own.startswith(top + "."):
            bad = {m for m in GRAPH[module] for b in banned if layer(m).startswith(b)}
            assert not bad, f"{module} imports {bad}"


def test_only_the_harness_imports_the_harness() -> None:
    importers = {
        module
        for module, used in GRAPH.items()
        if not layer(module).startswith("eval") and any(layer(m).startswith("eval") for m in used)
    }
    assert not importers


def test_no_import_cycles() -> None:
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            cycle = [*path[path.index(node) :], node]
            raise AssertionError(" -> ".join(cycle))
        if node in done:
            return
        for nxt in sorted(GRAPH[node] - {"backcare"}):  # the package's lazy exports aside
            visit(nxt, [*path, node])
        done.add(node)

    for module in sorted(GRAPH):
        visit(module, [])


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if layer(m).split(".")[0] in ("engine", "packs", "store"))
)
def test_nothing_below_the_cli_prints_or_exits(module: str) -> None:
    source = MODULES[module].read_text(encoding="utf-8")
    for banned in ("print(", "sys.exit", "sys.stdout", "sys.stderr", "typer", "rich"):
        assert banned not in source, f"{module} uses {banned}"


# the one place "is this entry served as an emergency?" is decided (arch10): ask, show and the
# prompt's open each had their own `vetted` + `emergency_text` pair; they call
# entryflags.entry_emergency (through Engine.entry_emergency, or directly for `show`)
ENTRY_DECISION = {"vetted": {"engine/entryflags.py"}, "emergency_text": {"engine/entryflags.py"}}
# validate reads every entry's texts (bundled ones too) to warn about them, not to serve them
ENTRY_DECISION["emergency_text"].add("packs/validate.py")


@pytest.mark.parametrize("name", sorted(ENTRY_DECISION))
def test_the_entry_emergency_decision_is_made_in_one_place(name: str) -> None:
    used = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(rf"\b{name}\b", path.read_text(encoding="utf-8"))
    }
    assert used <= ENTRY_DECISION[name], f"{name} used outside the one decision: {used}"


# modules small enough to read in one sitting (arch11): match.py had grown to 1,328 lines of five
# jobs before it was split by job into mixins. A module over its limit mixes jobs: split it by job
# rather than raising the number (engine: the ranking and red-flag logic, read most often; store:
# the caches a hostile file may reach, read in reviews, after snapshot.py (929) and sqlite.py
# (787) were split by job (arch12); packs: the importers, after html.py (831) was).
MAX_LINES = {"engine": 800, "store": 650, "packs": 800}
MAX_LINES_ELSEWHERE = 1_000


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_too_long_to_read_in_one_sitting(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    limit = MAX_LINES.get(layer(module).split(".")[0], MAX_LINES_ELSEWHERE)
    assert lines <= limit, f"{module}: {lines} lines (at most {limit}): split it by job"


# ---- the red-flag reading's words are data (issue #12, arch13) --------------------------------

# Word collections the safety code may keep: labels and grammar its logic depends on, not words a
# person's message is read with. Everything else lives in data/safety_vocabulary.json (read by
# vocabulary.Vocabulary, so the snapshot keeps it) or data/checklist_*.
GRAMMAR = {
    # the urgency tiers, in order: labels of flags and of the learned model's classes
    ("flags", frozenset({"emergency", "urgent", "soon"})),
    ("net", frozenset({"emergency", "urgent", "soon"})),
    ("net", frozenset({"scale", "bias"})),  # the model file's field names
    # the letters of "e.g." and "i.e." as tokens: an abbreviation splitting a sentence
    ("listed", frozenset({"e", "i"})),
    ("listed", frozenset({"g", "e"})),
    ("spoken", frozenset({"a", "and"})),  # "a hundred and five": a spoken number's joints
    ("spoken", frozenset({"a", "one"})),  # "a hundred", "one hundred": the pattern's hundreds
    ("word_sets", frozenset({"object", "seeing"})),  # the roles of 'work.verbs' (a data schema)
}
_WORDLIKE = re.compile(r"[a-z][a-z']*")
# words or phrases as a regular expression's alternatives ("(?:no|nope|not at all)"), not after a
# backslash or a group's "?" ("\n|", "(?i)")
_ALTERNATIVES = re.compile(r"(?<![\\\w?'])[a-z][a-z' ]*(?:\|[a-z][a-z' ]*)+")


def word_literals(source: str) -> list[tuple[int, frozenset[str]]]:
    """Every literal collection of two or more lower-case words (a set, frozenset, tuple or list
    display, a string of words split, or words as a pattern's alternatives in a string that is no
    docstring), with its line."""
    found = []
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        words: list[str] | None = None
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts:
            if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                words = [str(e.value) for e in node.elts if isinstance(e, ast.Constant)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            words = node.func.value.value.split()
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            for run in _ALTERNATIVES.finditer(node.value):
                alternatives = [w for w in run.group().split("|") if w.strip()]
                if len(alternatives) >= 2 and all(
                    _WORDLIKE.fullmatch(w) for a in alternatives for w in a.split()
                ):
                    found.append((node.lineno, frozenset(a.strip() for a in alternatives)))
        if words and len(words) >= 2 and all(_WORDLIKE.fullmatch(w) for w in words):
            assert isinstance(node, ast.expr)
            found.append((node.lineno, frozenset(words)))
    return sorted(found, key=lambda f: f[0])


SAFETY_MODULES = sorted(m for m in MODULES if m.startswith("backcare.engine.safety."))


@pytest.mark.parametrize("module", SAFETY_MODULES)
def test_the_safety_code_keeps_no_word_lists(module: str) -> None:
    short = module.rsplit(".", 1)[-1]
    source = MODULES[module].read_text(encoding="utf-8")
    extra = [
        (line, sorted(words))
        for line, words in word_literals(source)
        if (short, words) not in GRAMMAR
    ]
    assert not extra, (
        f"{module}: word lists in code {extra}: vocabulary belongs in data/safety_vocabulary.json"
        " (read by vocabulary.Vocabulary); a grammar constant the logic depends on goes in GRAMMAR"
    )


def test_the_word_list_scan_finds_each_form_of_literal() -> None:
    source = (
        'A = frozenset({"call", "ring"})\n'
        'B = ("is", "are")\n'
        'C = frozenset("may might must".split())\n'
        "def f(w):\n"
        '    return w in ["yr", "yrs"]\n'
        'D = ("LEGS", "LEG")  # concept labels\n'
        'E = ("a.b", "c")\n'
        'F = {"one"}\n'
        'G = r"(?i)[^\\S\\n]*(?:no|nope|not at all)\\b"\n'
        'H = r"(?:\\s|\\n)(?P<rest>,x)"\n'
        "def g():\n"
        '    """Read "mine (is) just|only" so."""\n'
    )
    assert word_literals(source) == [
        (1, frozenset({"call", "ring"})),
        (2, frozenset({"is", "are"})),
        (3, frozenset({"may", "might", "must"})),
        (5, frozenset({"yr", "yrs"})),
        (9, frozenset({"no", "nope", "not at all"})),
    ]
