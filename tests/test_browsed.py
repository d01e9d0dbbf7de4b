"""`topics` and `show` drawn without rich (output/browsed.py through quick.QuickView) are the same
bytes as terminal.RichView draws: random packs (titles, topics, questions, ids, answers, details),
widths and colour settings through both; and what the two commands import."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare.engine.answer import Engine
from backcare.engine.entryflags import EntryEmergency
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.quick import QuickView
from backcare.output.terminal import RichView
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry, Pack
from backcare.results import EntryFound, EntryMissing, TopicList
from tests.conftest import REPO
from tests.test_drawn import COLOURS, ENVIRONS, TEXTS, environ

PACK = load_pack()
EMERGENCY = Engine(PACK).ask("I can't feel my saddle area and I wet myself").red_flags
# words as packs write them: short and long, one-cell and wide, ids with hyphens
WORDS = st.sampled_from(
    [
        "back", "pain", "stiff", "a", "x" * 25, "supercalifragilisticexpialidocious-id-that-runs-on",
        "muscle-atrophy", "漢字", "😀", "é", "—", "…", "[bold]", "\x1b[31m", "\t", " ", "  ", "\n",
        "-", "1.", "'", "\u00a0",
    ]
)  # fmt: skip
SHORT = st.lists(WORDS, max_size=8).map(" ".join) | st.lists(WORDS, max_size=4).map("".join)


@st.composite
def packs(draw: st.DrawFn) -> Pack:
    """A pack of 1-12 entries over a few topics (some empty), ids unique."""
    count = draw(st.integers(1, 12))
    topics = draw(st.lists(SHORT, min_size=1, max_size=4))
    entries = []
    for i in range(count):
        entries.append(
            Entry(
                id=f"{draw(SHORT)}#{i}",
                question=draw(SHORT),
                answer=draw(TEXTS),
                topic=draw(st.sampled_from(topics)),
                aliases=tuple(draw(st.lists(SHORT, max_size=3))),
                tags=tuple(draw(st.lists(SHORT, max_size=6))),
                source_url=draw(st.sampled_from(["", "https://example.org/a/very/long/path/x"])),
                reviewed=draw(st.sampled_from(["", "2026-01-02"])),
            )
        )
    return PACK._replace(
        title=draw(SHORT), entries=tuple(entries), by_id={e.id: e for e in entries}, parts=()
    )


Act = Callable[[Any], None]  # a result handed to a view


def drawn(view_class: type, act: Act, width: int, color: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(out, err, True, True, Mode.RICH, color, width, ViewOptions(region="UK"))
    view = view_class(env)
    act(view)
    view.finish()
    return out.getvalue() + "--- stderr ---\n" + err.getvalue()


def same(act: Act, width: int, color: str, values: dict[str, str]) -> None:
    with environ(values):
        assert drawn(QuickView, act, width, color) == drawn(RichView, act, width, color)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(pack=packs(), width=st.integers(4, 130), color=COLOURS, values=ENVIRONS)
def test_topics_are_drawn_as_rich_draws_them(
    pack: Pack, width: int, color: str, values: dict[str, str]
) -> None:
    same(lambda view: view.topics(TopicList(pack, list(pack.entries))), width, color, values)


@SETTINGS
@given(
    pack=packs(), pick=st.integers(0, 11), width=st.integers(4, 130), color=COLOURS, values=ENVIRONS
)
def test_an_entry_is_drawn_as_rich_draws_it(
    pack: Pack, pick: int, width: int, color: str, values: dict[str, str]
) -> None:
    entry = pack.entries[pick % len(pack.entries)]
    same(lambda view: view.entry(EntryFound(entry, pack)), width, color, values)


@settings(max_examples=100, deadline=None)
@given(text=SHORT, contact=SHORT, width=st.integers(4, 130), color=COLOURS, values=ENVIRONS)
def test_a_withheld_entry_and_a_missing_id_are_drawn_as_rich_draws_them(
    text: str, contact: str, width: int, color: str, values: dict[str, str]
) -> None:
    entry = PACK.entries[0]._replace(question=text or "q")
    found = EntryEmergency(entry, entry.question, EMERGENCY)
    same(lambda view: view.withheld(found, contact), width, color, values)
    missing = EntryMissing(text, (contact, "back-get-stiff-sit"))
    same(lambda view: view.entry_missing(missing), width, color, values)


def test_the_bundled_pack_at_every_width_is_drawn_as_rich_draws_it() -> None:
    """Every entry of the bundled pack and its topics, widths 4-130, colour and none: the same
    bytes, and (but for the narrowest) without Rich."""
    quick = 0
    for width, color in itertools.product(range(4, 131, 3), ("always", "never")):
        acts: list[Act] = [lambda view: view.topics(TopicList(PACK, list(PACK.entries)))]
        acts += [
            partial(lambda view, e: view.entry(EntryFound(e, PACK)), e=e) for e in PACK.entries
        ]
        for act in acts:
            out, err = io.StringIO(), io.StringIO()
            view = QuickView(Environment(out, err, True, True, Mode.RICH, color, width))
            act(view)
            view.finish()
            quick += view.rich is None
            assert out.getvalue() == drawn(RichView, act, width, color).split("--- stderr")[0]
    assert quick > 0.9 * 43 * 2 * (1 + len(PACK.entries))


def test_a_long_listing_is_cut_as_rich_cuts_it() -> None:
    """Beyond MAX_TREE_ENTRIES a listing ends with the note, a topic with its count not shown."""
    entries = tuple(
        e._replace(id=f"{e.id}-{i}") for i in range(80) for e in PACK.entries
    )  # 1,040 entries
    pack = PACK._replace(entries=entries, by_id={e.id: e for e in entries})
    for width in (30, 80, 100):
        same(lambda view: view.topics(TopicList(pack, list(entries))), width, "always", {})


@pytest.mark.parametrize(
    "argv",
    ['"topics", "--color", "always"', '"show", "back-get-stiff-sit", "--color", "always"'],
)
def test_rich_topics_and_show_import_neither_rich_nor_the_red_flag_rules(argv: str) -> None:
    """issue 17: a Rich `topics` imported rich.console and rich.tree, and (through terminal.py)
    the whole red-flag engine; `show` of a bundled entry imported the rules to read its question,
    which the bundled FAQ's test vets. A pack someone else wrote is still read (test below)."""
    code = (
        "import io, sys\n"
        f"sys.argv = ['backcare', {argv}]\n"
        "sys.stdout = io.StringIO()\n"
        "from backcare.cli.entry import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert '\\x1b[' in sys.stdout.getvalue()\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'"
        " or m.startswith('backcare.engine.safety') or m == 'backcare.engine.answer')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stderr.strip() == "[]", done.stderr


def test_show_still_withholds_an_emergency_entry_of_another_pack(tmp_path: object) -> None:
    """`show` of an entry of a pack someone else wrote still reads its question for an
    emergency (engine/entryflags.py), now with the rules imported only then."""
    import json
    from pathlib import Path

    path = Path(str(tmp_path)) / "pack.json"
    entry = {
        "id": "numb",
        "question": "My legs went numb and I can't pee since this morning, should I rest?",
        "answer": "Yes, rest in bed for a week.",
        "topic": "rest",
    }
    calm = {"id": "desk", "question": "How high should my desk be?", "answer": "Elbow height."}
    path.write_text(json.dumps({"title": "Clinic", "entries": [entry, calm]}), encoding="utf-8")

    def show(entry_id: str, color: str) -> subprocess.CompletedProcess[str]:
        command = ["show", entry_id, "--faq", str(path), "--color", color]
        return subprocess.run(
            [sys.executable, "-m", "backcare", *command], cwd=REPO, capture_output=True, text=True
        )

    for color in ("always", "never"):
        done = show("numb", color)
        assert done.returncode == 1, done.stderr
        assert "rest in bed" not in done.stdout
        assert "emergency" in done.stdout.lower()
        shown = show("desk", color)
        assert shown.returncode == 0 and "Elbow height." in shown.stdout
