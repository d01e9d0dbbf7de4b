"""hostile8 #8: the eval harness's labels are checked and shown escaped like the rest, and a
PACK that names no pack (":") is the bad value it is elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.eval.command import main


def _set(tmp_path: Path, kind: object) -> Path:
    queries = tmp_path / "q.jsonl"
    lines = [
        {"q": "stiff back after sitting", "expect": ["nonexistent-id"], "kind": kind},
        {"q": "sciatica", "expect": ["x"], "kind": "lay"},
    ]
    queries.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return queries


def test_a_label_kind_s_escape_sequence_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = _set(tmp_path, "\u001b[31mlay\u202e")
    main(["bundled", str(queries), "--misses"])
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert "\\x1b[31mlay" in out


@pytest.mark.parametrize("kind", [7, ["x"], None, {"a": 1}, True])
def test_a_kind_that_is_no_string_is_a_one_line_error(
    kind: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = _set(tmp_path, kind)
    assert main(["bundled", str(queries)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, err
    assert "line 1" in err and '"kind" must be a string' in err


@pytest.mark.parametrize("pack", [":", " : ", "::"])
def test_a_pack_list_naming_no_pack_is_an_error(
    pack: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = _set(tmp_path, "lay")
    assert main([pack, str(queries)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, err
    assert "names no pack" in err
