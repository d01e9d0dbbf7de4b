"""`ask`'s answer drawn without rich.console (output/quick.py, output/drawn.py) is the same bytes as
terminal.RichView draws: random answers (texts, widths, colour settings) through both."""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare.engine.answer import Answer, Engine
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.quick import QuickView
from backcare.output.terminal import RichView
from backcare.packs.load import load_pack
from tests.conftest import REPO

ENGINE = Engine(load_pack())
BASES = {
    "answer": ENGINE.ask("what helps tight back muscles"),
    "emergency": ENGINE.ask("I can't feel my saddle area and I wet myself"),
    "suggestions": ENGINE.ask("back"),
    "nothing": ENGINE.ask("how do I make pancakes"),
}
# what pack text can hold: wide (CJK), emoji and ZWJ sequences, combining marks, right-to-left
# script, markup-like brackets, escape sequences and controls (sanitize's to drop), tabs,
# no-break and other spaces, list markers and line breaks
PIECES = st.sampled_from(
    [
        "back", "pain", "a", "I", "sitting", "x" * 30, "supercalifragilisticexpialidocious",
        "漢字", "痛み", "😀", "👩\u200d⚕️", "e\u0301", "שלום", "مرحبا", "[bold]", "[/]", ":smile:",
        "\x1b[31m", "\x07", "\t", "\r\n", "\u00a0", "\u3000", "\u200b", "  ", " ", "\n", "\n\n",
        "- ", "\n- ", "\n  - ", "\n1. ", "\n12. ", "1234. ", ".", ",", "—", "…", "%", "-",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=40).map(" ".join) | st.lists(PIECES, max_size=40).map("".join)
COLOURS = st.sampled_from(["never", "always", "auto"])
ENVIRONS = st.fixed_dictionaries(
    {},
    optional={
        "NO_COLOR": st.sampled_from(["", "1"]),
        "TERM": st.sampled_from(["dumb", "xterm-256color", "unknown", "xterm"]),
        "FORCE_COLOR": st.sampled_from(["", "1"]),
        "TTY_COMPATIBLE": st.sampled_from(["0", "1", "2"]),
        "COLORTERM": st.sampled_from(["truecolor", ""]),
    },
)
NAMES = ("NO_COLOR", "TERM", "FORCE_COLOR", "TTY_COMPATIBLE", "COLORTERM")


@contextlib.contextmanager
def environ(values: dict[str, str]) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in NAMES}
    for name in NAMES:
        os.environ.pop(name, None)
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def drawn(view_class: type, answer: Answer, width: int, color: str, show: bool) -> str:
    out, err = io.StringIO(), io.StringIO()
    options = ViewOptions(show_answer=show)
    env = Environment(out, err, True, True, Mode.RICH, color, width, options)
    view = view_class(env)
    view.answer(answer)
    view.finish()
    return out.getvalue() + "--- stderr ---\n" + err.getvalue()


def varied(base: Answer, texts: list[str], score: float) -> Answer:
    """`base` with its entries' texts, scores and red-flag messages replaced by `texts`."""
    cycle = itertools.cycle(texts)
    matches = tuple(
        m._replace(
            entry=m.entry._replace(
                question=next(cycle), answer=next(cycle), topic=next(cycle), id=next(cycle)
            ),
            score=score if i == 0 else m.score,
        )
        for i, m in enumerate(base.ranking.matches)
    )
    flags = tuple(f._replace(message=next(cycle)) for f in base.red_flags)
    return base._replace(
        ranking=base.ranking._replace(matches=matches), red_flags=flags, contact=next(cycle)
    )


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # fmt: skip
@given(
    base=st.sampled_from(sorted(BASES)),
    texts=st.lists(TEXTS, min_size=1, max_size=6),
    score=st.floats(0, 100),
    width=st.integers(16, 130),
    color=COLOURS,
    values=ENVIRONS,
    show=st.booleans(),
)
def test_quick_view_draws_what_rich_draws(
    base: str,
    texts: list[str],
    score: float,
    width: int,
    color: str,
    values: dict[str, str],
    show: bool,
) -> None:
    answer = varied(BASES[base], texts, score)
    with environ(values):
        assert drawn(QuickView, answer, width, color, show) == drawn(
            RichView, answer, width, color, show
        )


def test_the_common_answer_is_drawn_without_rich_console() -> None:
    """A Rich `ask` (the answer panel, a notice, the no-match lines) imports no rich.console."""
    code = (
        "import io, sys\n"
        "from backcare.engine.answer import Engine\n"
        "from backcare.packs.load import load_pack\n"
        "from backcare.output.environment import Environment, Mode\n"
        "from backcare.output.views import make_view\n"
        "engine = Engine(load_pack())\n"
        "for q in ('what helps tight back muscles', 'I wet myself and my legs are numb',"
        " 'how do I make pancakes'):\n"
        "    out, err = io.StringIO(), io.StringIO()\n"
        "    view = make_view(Environment(out, err, True, True, Mode.RICH, 'always', 80))\n"
        "    view.answer(engine.ask(q))\n"
        "    view.finish()\n"
        "    assert '\\x1b[' in out.getvalue() + err.getvalue()\n"
        "print(sorted(m for m in sys.modules if m.startswith('rich.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    loaded = done.stdout
    assert "rich.console" not in loaded and "rich.panel" not in loaded, loaded


def test_every_one_cell_character_is_one_cell_in_every_table_rich_has() -> None:
    """drawn.ONE_CELL's texts are measured without rich.cells (issue 17): each of its characters
    must be one cell in each Unicode version Rich can be told to use (UNICODE_VERSION)."""
    from rich._unicode_data._versions import VERSIONS
    from rich.cells import cell_len, get_character_cell_size

    from backcare.output.drawn import ONE_CELL

    assert {"—", "’", "…", "█", "░", "╭", "─", "é", "a", " "} <= ONE_CELL
    for version in VERSIONS:
        wider = [c for c in ONE_CELL if get_character_cell_size(c, version) != 1]
        assert wider == [], version
    assert cell_len("".join(sorted(ONE_CELL))) == len(ONE_CELL)


# one-cell characters (words, blanks of several kinds, dashes, blocks) and a few that are not
CELL_PIECES = st.sampled_from(
    [
        "back", "pain", "a", "I", "x" * 12, "supercalifragilisticexpialidocious", " ", "  ",
        "\u00a0", "\u2002", "—", "’", "…", "█░", "é", "-", ".", "漢字", "😀", "e\u0301", "\u200b",
        "\u3000", "\u00ad",
    ]
)  # fmt: skip
CELL_TEXTS = st.lists(CELL_PIECES, max_size=30).map(" ".join) | st.lists(
    CELL_PIECES, max_size=30
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=CELL_TEXTS, width=st.integers(-2, 90), fold=st.booleans())
def test_widths_crops_and_line_breaks_are_richs_own(text: str, width: int, fold: bool) -> None:
    """cell_len, set_cell_size and divide_line as drawn.py gives them (counted here for a text
    of ONE_CELL characters, Rich's own functions for any other) are what Rich gives."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    from backcare.output import drawn

    assert drawn.cell_len(text) == cell_len(text)
    assert drawn._set_cell_size(text, width) == set_cell_size(text, width)
    if width > 0:
        assert drawn._divide_line(text, width, fold) == divide_line(text, width, fold=fold)


def test_an_english_answer_is_measured_and_broken_without_rich() -> None:
    """`import rich` imports typing, and rich.cells its width tables: ~37M instructions of a Rich
    `ask` (issue 17). Text of ONE_CELL characters is measured and broken here; a wide character
    still goes to Rich."""
    code = (
        "import sys\n"
        "from backcare.output import drawn\n"
        "text = drawn.Text('When you sit — it’s the strain… ' * 9)\n"
        "assert drawn.wrap(text, 37) and drawn.cell_len('╭─ █░ ─╮') == 8\n"
        "print('rich' in sys.modules, 'typing' in sys.modules)\n"
        "drawn.cell_len('漢字')\n"
        "print('rich.cells' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False", "True"]
