"""`python -m backcare.eval` (issue 11): the harness as the issue names it, from any directory, with
one-line errors; `python -m tools.eval` as its old name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcare.eval import sets
from backcare.eval.command import main
from tests.conftest import EVAL, REPO, isolated_env

COLUMNS = "| ranker | P@1 | MRR@10 | right & confident | rejected: other domain | rejected: near |"


def run_module(module: str, *args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=isolated_env(home),
        check=False,
    )


def small_set(tmp_path: Path) -> tuple[Path, Path]:
    """A three-entry pack and questions of every kind: answerable, other-domain, near-domain."""
    pack = tmp_path / "pack.json"
    entries = [
        ("stiff-sit", "Why does my back get stiff when I sit?", "Sitting still stiffens muscles."),
        ("heat-ice", "Should I use heat or ice for back pain?", "Heat for stiffness, ice early."),
        ("lifting", "How should I lift heavy objects?", "Bend your knees, keep it close."),
    ]
    pack.write_text(
        json.dumps(
            {
                "title": "Small",
                "entries": [{"id": i, "question": q, "answer": a} for i, q, a in entries],
            }
        ),
        encoding="utf-8",
    )
    queries = tmp_path / "queries.jsonl"
    lines = [
        {"q": "back stiff after sitting all day", "expect": ["stiff-sit"]},
        {
            "q": "heat or ice for my sore back",
            "expect": ["Should I use heat or ice for back pain?"],
        },
        {"q": "how do I pick up a heavy box", "expect": ["lifting"], "kind": "lay"},
        {"q": "best pizza in town", "expect": [], "kind": "ood"},
        {"q": "is swimming good for a slipped disc", "expect": [], "kind": "near"},
    ]
    queries.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return pack, queries


def test_backcare_eval_runs_from_any_directory_and_prints_every_figure(tmp_path: Path) -> None:
    pack, queries = small_set(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = run_module("backcare.eval", str(pack), str(queries), cwd=elsewhere, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert f"## {pack} + {queries} (5 questions)" in done.stdout
    assert COLUMNS in done.stdout
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    names = [row.split("|")[1].strip() for row in rows[1:]]
    assert names[0] == "backcare" and "BM25 question" in names and "BM25 question+answer" in names
    assert "backcare P@1 / better BM25" in done.stdout


def test_tools_eval_is_an_alias_with_the_same_output(tmp_path: Path) -> None:
    pack, queries = small_set(tmp_path)
    new = run_module("backcare.eval", str(pack), str(queries), "--misses", cwd=REPO, home=tmp_path)
    old = run_module("tools.eval", str(pack), str(queries), "--misses", cwd=REPO, home=tmp_path)
    assert (old.returncode, old.stdout, old.stderr) == (new.returncode, new.stdout, new.stderr)
    assert new.returncode == 0 and COLUMNS in new.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["PACK"], "give PACK QUERIES in pairs (1 file name given; the last, 'PACK', has no"),
        (["PACK", "QUERIES", "MORE"], "give PACK QUERIES in pairs (3 file names given"),
        (["nosuch.json", "QUERIES"], "nosuch.json: no such file"),
        (["{pack}", "nosuch.jsonl"], "nosuch.jsonl: cannot read the queries (No such file"),
        (["{pack}", "{pack}"], 'line 1: expected {"q": "question", "expect": [...]}'),
        (["{pack}", "{bad}"], "line 2: not JSON"),
        (["{pack}", "{odd}"], 'line 1: "expect" must be a list of ids or questions'),
        (["", "{queries}"], "argument 1 is an empty file name"),
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag; see"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    pack, queries = small_set(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "fine", "expect": []}\n{"q": nope\n', encoding="utf-8")
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"q": "fine", "expect": 3}\n', encoding="utf-8")
    files = {"pack": pack, "queries": queries, "bad": bad, "odd": odd}
    assert main([arg.format(**files) for arg in args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("python -m backcare.eval: "), err
    assert said in err


def test_no_sets_given_and_none_found_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sets, "find_clone", lambda start=None: None)
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "python -m backcare.eval: no evaluation sets given and none found (they are in a clone's "
        "tests/eval: run from the clone, or give PACK QUERIES pairs)\n"
    )


def test_the_clone_is_found_above_the_package_or_from_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sets.find_clone(tmp_path) == REPO  # an editable install or the checkout itself
    # a wheel installed elsewhere: the package's own place has no tests/eval
    monkeypatch.setattr(sets, "__file__", str(tmp_path / "site" / "backcare" / "eval" / "sets.py"))
    assert sets.find_clone(tmp_path) is None
    assert sets.find_clone(EVAL) == REPO  # run from inside a clone


def test_the_default_sets_are_the_ones_the_manifest_lists_and_all_exist() -> None:
    listed = json.loads((EVAL / "sets.json").read_text(encoding="utf-8"))
    found = sets.default_sets(REPO)
    own = [s for s in found if s.queries.parent == EVAL]
    assert [s.title for s in own] == [item["title"] for item in listed]
    assert all(s.queries.is_file() for s in found)
    lsof = next(s for s in own if s.queries.name == "lsof_queries.jsonl")
    assert lsof.pack.title != found[0].pack.title  # a set's own pack, not the bundled one


def test_the_shared_sets_are_found_above_a_worktree_nested_three_levels_deep(
    tmp_path: Path,
) -> None:
    # worktrees moved from /work/wt/NAME to /work/wt/sNN/NAME: /work/shared is three levels up
    clone = tmp_path / "wt" / "s31" / "someone"
    (clone / "tests" / "eval").mkdir(parents=True)
    (clone / "tests" / "eval" / "sets.json").write_text("[]", encoding="utf-8")
    shared = tmp_path / "shared" / "eval"
    shared.mkdir(parents=True)
    (shared / "backcare_dev_queries2.jsonl").write_text(
        '{"q": "x", "expect": []}\n', encoding="utf-8"
    )
    found = sets.default_sets(clone)
    assert [s.queries for s in found] == [shared / "backcare_dev_queries2.jsonl"]


def test_a_reader_that_leaves_early_is_a_quiet_exit(tmp_path: Path) -> None:
    pack, queries = small_set(tmp_path)
    done = subprocess.run(
        f"{sys.executable} -m backcare.eval {f'{pack} {queries} ' * 4} | head -c 2",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=isolated_env(tmp_path),
        check=False,
    )
    assert done.stdout == "##" and done.stderr == "", done.stderr


def test_a_label_that_names_no_entry_is_a_warning_naming_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it scored as a matcher miss, silently: a typo in a label looked like a ranking problem
    pack, queries = small_set(tmp_path)
    with queries.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"q": "x", "expect": ["no-such-id"]}) + "\n")
    assert main([str(pack), str(queries)]) == 0
    err = capsys.readouterr().err
    assert f"{queries}, line 6: expect 'no-such-id' is no entry" in err
    assert err.count("warning") == 1


def test_several_packs_are_measured_searched_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    pack, queries = small_set(tmp_path)
    with queries.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"q": "stiff back after sitting", "expect": ["back-get-stiff-sit"]}))
    assert main([f"bundled{os.pathsep}{pack}", str(queries)]) == 0
    captured = capsys.readouterr()
    assert "(6 questions)" in captured.out and "warning" not in captured.err


def test_a_label_beside_one_the_pack_knows_is_counted_not_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an alternative the writer gave that names no entry changes no figure: one note, no warnings
    # (holdout 4's thirty such labels drowned the real warnings)
    pack, queries = small_set(tmp_path)
    known = json.loads(queries.read_text(encoding="utf-8").splitlines()[0])["expect"][0]
    with queries.open("a", encoding="utf-8") as out:
        for _ in range(3):
            out.write(json.dumps({"q": "x", "expect": [known, "no-such-id"]}) + "\n")
    assert main([str(pack), str(queries)]) == 0
    err = capsys.readouterr().err
    assert "warning" not in err
    assert "3 labels name no entry of the pack, each on a line where another label names one" in err
