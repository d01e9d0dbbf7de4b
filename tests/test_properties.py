"""Property-based tests: any question, any valid pack, any broken pack."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from backcare import __version__
from backcare.cli.app import app
from backcare.engine.answer import Engine
from backcare.engine.query import is_blank
from backcare.errors import PackError
from backcare.packs.load import load_pack
from backcare.packs.schema import pack_from_data

RUNNER = CliRunner()
ENGINE = Engine(load_pack())


@settings(max_examples=150, deadline=None)
@given(
    # "-" alone is not a question: it is the documented "read questions from stdin" marker; nor
    # is text blank as the engine reads it (only invisible characters): a usage error, exit 2
    st.text(min_size=1, max_size=300).filter(
        lambda s: not is_blank(s) and s != "-" and "\n" not in s and "\r" not in s
    )
)
@example("INC0NT1N")
@example("stiff back after sitting")
@example("zzzz qqqq")
# French to the signs' reading ("or of the"): `signs_read_in` (found in a fresh clone's run)
@example("OU:DU")
def test_any_question_gives_valid_json_of_the_documented_shape(question: str) -> None:
    result = RUNNER.invoke(app, ["ask", "--json", "--", question])
    # 3 when the words read as an emergency (README, Exit codes): random text can spell one,
    # as 'INC0NT1N' (incontin-, typed with digits for letters) did on CI
    assert result.exit_code in (0, 1, 3), result.stderr
    data = json.loads(result.stdout)
    # the words asked, with the whitespace around them removed (README; newcomer25 F12)
    assert data["query"] == question.strip()
    # "not_english" and "signs_read_in" are there only when set (docs/scripting.md: a question
    # that does not read as English, and the language whose words for the signs were read);
    # "packs" names what answered (ux37: the bundled pack here, as `config --json` names it)
    assert set(data) - {"not_english", "signs_read_in"} == {
        "query",
        "match",
        "results",
        "red_flags",
        "pointer",
        "outcome",
        "packs",
        "backcare",
    }
    if "signs_read_in" in data:
        assert data.get("not_english") is True and isinstance(data["signs_read_in"], str)
    assert [p["name"] for p in data["packs"]] == ["bundled"]
    # which backcare answered, in which JSON shape (ux39): the last key, the same on every line
    assert list(data)[-1] == "backcare"
    assert data["backcare"] == {"version": __version__, "json": 1}
    assert data.get("not_english", True) is True
    for item in data["results"]:
        assert 0 <= item["score"] <= 100
    # the exit status and `outcome` tell the same case; `match` is there only with an answer
    # (under an emergency it is withheld as on the terminal: README, "What to show")
    outcome = {0: "answer", 1: "no_answer", 3: "emergency"}[result.exit_code]
    assert data["outcome"] == outcome
    assert (data["match"] is None) == (outcome != "answer")
    if outcome == "emergency":
        assert any(flag["urgency"] == "emergency" for flag in data["red_flags"])


WORDS = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=10)


@st.composite
def valid_packs(draw: Any) -> dict[str, Any]:
    questions = draw(
        st.lists(
            st.lists(WORDS, min_size=2, max_size=6).map(" ".join),
            min_size=1,
            max_size=8,
            unique=True,
        )
    )
    return {
        "entries": [
            {"id": f"e{i}", "question": q + "?", "answer": f"answer {i}"}
            for i, q in enumerate(questions)
        ]
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_packs())
def test_every_entry_is_found_by_its_own_question(data: dict[str, Any]) -> None:
    pack = pack_from_data(data, "generated")
    engine = Engine(pack._replace(builtin_lexicon=False))
    for entry in pack.entries:
        results = engine.ask(entry.question, top=len(pack.entries)).results
        # the entry itself is best, or tied for best with an identical-scoring earlier entry
        top_score = results[0].score
        assert any(m.entry.id == entry.id and m.score == top_score for m in results)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_any_invalid_pack_is_a_pack_error(data: Any) -> None:
    try:
        pack_from_data(data, "x.json")
    except PackError as exc:
        assert str(exc).startswith("x.json") and "\n" not in str(exc)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=200))
def test_any_bytes_as_a_pack_exit_0_1_or_2_without_traceback(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(raw)
    result = RUNNER.invoke(app, ["ask", "--faq", str(path), "back"])
    assert result.exit_code in (0, 1, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), min_size=1))
def test_a_question_blank_as_read_is_a_usage_error(question: str) -> None:
    result = RUNNER.invoke(app, ["ask", "--json", "--", question])
    assert result.exit_code == 2 and result.stdout == "", result.stdout
