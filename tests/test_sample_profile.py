"""tools/sample_profile.py: the shares it computes from stacks, the stacks file, and the sampler."""

from __future__ import annotations

import shlex
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tools import sample_profile
from tools.sample_profile import Stack, children, inclusive, load, own, sample, save

STACKS: Counter[Stack] = Counter(
    {
        ("main", "answer", "rank", "stage"): 5,
        ("main", "answer", "rank"): 2,
        ("main", "answer", "flags", "read"): 3,
        ("main", "out"): 1,
        ("main", "rec", "rec", "rec"): 4,  # recursion counts once a sample
    }
)


def test_inclusive_counts_each_function_once_a_sample() -> None:
    found = inclusive(STACKS)
    assert found["main"] == 15
    assert found["answer"] == 10
    assert found["rank"] == 7
    assert found["rec"] == 4


def test_own_counts_the_innermost_frame() -> None:
    assert own(STACKS) == Counter({"stage": 5, "rank": 2, "read": 3, "out": 1, "rec": 4})


def test_children_divide_a_function_share_among_the_frames_below() -> None:
    inside, below = children(STACKS, "answer")
    assert inside == 10
    assert below == Counter({("rank",): 7, ("flags",): 3})
    inside, below = children(STACKS, "rank")
    assert inside == 7
    assert below == Counter({("stage",): 5, (): 2})  # () its own samples


def test_children_at_depth_two_and_of_the_outermost_recursive_frame() -> None:
    _, below = children(STACKS, "answer", depth=2)
    assert below[("rank", "stage")] == 5
    assert below[("flags", "read")] == 3
    _, below = children(STACKS, "rec")
    assert below == Counter({("rec",): 4})


def test_children_of_an_unknown_function_are_none() -> None:
    assert children(STACKS, "nowhere") == (0, Counter())


def test_stacks_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "stacks.json"
    save(STACKS, path)
    assert load(path) == STACKS


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        '[["a", 1]]',
        '[[["a"], true]]',
        '[[["a"], -1]]',
        '[[["a"], 1.5]]',
        "[[[1], 1]]",
        '[[["a"], 1, 2]]',
    ],
)
def test_a_damaged_stacks_file_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "stacks.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        load(path)


def test_top_and_tree_print_shares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "stacks.json"
    save(STACKS, path)
    assert sample_profile.main(["top", str(path), "--count", "2"]) == 0
    out = capsys.readouterr().out
    assert "15 samples" in out
    assert "100.0%  main" in out
    assert sample_profile.main(["tree", str(path), "rank"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("46.7% of 15 samples in rank")
    assert lines[1].split() == ["33.3%", "stage"]
    assert lines[2].split() == ["13.3%", "(itself)"]


def test_a_damaged_file_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stacks.json"
    path.write_text("not json", encoding="utf-8")
    assert sample_profile.main(["top", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


@pytest.mark.skipif(not hasattr(signal, "SIGPROF"), reason="SIGPROF is Unix only")
def test_sampling_finds_the_busy_function_and_restores_the_timer() -> None:
    def previous(signum: int, frame: object) -> None:
        raise AssertionError("the old handler must not run while sampling")

    old = signal.signal(signal.SIGPROF, previous)
    try:
        stacks = sample(lambda: _busy(0.3), interval=0.002)
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGPROF) is previous
    finally:
        signal.signal(signal.SIGPROF, old)
    total = sum(stacks.values())
    assert total > 0
    busy = inclusive(stacks)[next(n for s in stacks for n in s if n.endswith(":_busy"))]
    assert busy / total > 0.9  # the work is all the run does
    assert all(s[-1] for s in stacks)  # every stack named down to its innermost frame


@pytest.mark.skipif(not hasattr(signal, "SIGPROF"), reason="SIGPROF is Unix only")
def test_an_error_in_the_work_stops_the_timer_and_propagates() -> None:
    def failing() -> None:
        _busy(0.01)
        raise KeyError("x")

    def previous(signum: int, frame: object) -> None:
        raise AssertionError("the old handler must not run while sampling")

    old = signal.signal(signal.SIGPROF, previous)
    try:
        with pytest.raises(KeyError):
            sample(failing, interval=0.002)
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGPROF) is previous
    finally:
        signal.signal(signal.SIGPROF, old)


def test_frame_names_keep_the_path_from_backcare_on() -> None:
    code = test_frame_names_keep_the_path_from_backcare_on.__code__
    name = sample_profile.frame_name(code)
    assert name.startswith("test_sample_profile.py:")
    assert name.endswith(":test_frame_names_keep_the_path_from_backcare_on")
    from backcare.engine import analyze

    assert sample_profile.frame_name(analyze.words.__wrapped__.__code__).startswith(
        "backcare/engine/analyze.py:"
    )


def test_a_reader_going_away_is_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "stacks.json"
    save(Counter({(f"frame{i}",): 1 for i in range(20_000)}), path)
    done = subprocess.run(
        f"{shlex.quote(sys.executable)} -m tools.sample_profile top {shlex.quote(str(path))}"
        " --count 20000 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert done.stdout == "20000 samples; inclusive:\n"
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
