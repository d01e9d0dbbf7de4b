"""The import budget, checked deterministically: what `ask --json` loads, not how long it takes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.config import _config_file, config_path
from backcare.resources import data_file, data_path
from backcare.store.open import INDEXED_PACK_BYTES

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
                           "backcare.packs.importers", "numpy") if m in sys.modules)
sys.stderr.write(",".join(heavy))
"""


def loaded(probe: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return set(filter(None, done.stderr.split(",")))


@pytest.fixture(scope="module", autouse=True)
def _caches_written() -> None:
    """The probes measure an ask whose caches are written, as every ask after a machine's first
    is. The first ask of a session's fresh cache directory (tests/conftest.py) writes the tables'
    snapshot through tempfile, which imports warnings: run alone (`-k`, or first on a pytest-xdist
    worker) a probe would see that write and not the ask it measures."""
    loaded(PROBE)


def test_plain_json_ask_loads_no_heavy_module() -> None:
    assert loaded(PROBE) == set()


def test_an_ask_does_not_load_copy() -> None:
    """copy (and weakref with it: ~0.5 ms) serves Safety.as_written, which validate and import
    use, not an ask (issue 17)."""
    for argv in ('"ask", "--json", "stiff back after sitting"', '"ask", "--plain", "stiff bakc"'):
        probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', argv)
        probe = probe.replace('"backcare.packs.importers", "numpy")', '"copy",)')
        assert loaded(probe) == set(), argv


def test_a_single_ask_loads_neither_signal_nor_the_bom_codec() -> None:
    """signal serves a batch's SIGTERM handling and the utf-8-sig codec a pack that starts with a
    byte-order mark: a single question needs neither (~0.5 ms of a cold start, issue 17)."""
    for argv in ('"ask", "--json", "stiff back after sitting"', '"ask", "--plain", "stiff bakc"'):
        probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', argv)
        probe = probe.replace(
            '"backcare.packs.importers", "numpy")', '"signal", "encodings.utf_8_sig")'
        )
        assert loaded(probe) == set(), argv


def test_importing_the_entry_point_sets_off_no_collection() -> None:
    """The collector's threshold is raised before the entry point's imports: at the default one
    the standard library's modules they load set off eight collections (~1 ms, issue 17). Only
    collections once the entry module's body has defined tune_collector count: before it,
    importing the `backcare` packages and reading the entry module's bytecode may set one off or
    not by a few hundred allocations, which the path's directories decide (CI's fresh clone set
    off two; a clone elsewhere none)."""
    probe = """
import gc, sys
seen = []
def note(phase, info):
    if hasattr(sys.modules.get("backcare.cli.entry"), "tune_collector"):
        seen.append(phase)
gc.callbacks.append(note)
from backcare.cli.entry import GC_THRESHOLD
assert gc.get_threshold()[0] == GC_THRESHOLD
sys.stderr.write(",".join(seen))
"""
    assert loaded(probe) == set()


COLLECTIONS_PROBE = """
import gc, sys
sys.argv = ["backcare", *ARGV]
seen = []
def note(phase, info):
    if phase == "start" and hasattr(sys.modules.get("backcare.cli.entry"), "tune_collector"):
        seen.append("collected")
gc.callbacks.append(note)
from backcare.cli.entry import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(",".join(seen))
"""


def test_a_single_command_sets_off_no_collection(tmp_path: Path) -> None:
    """A single command's objects live to its end: a collection during it walks tens of thousands
    of them for nothing (~5% of a Rich or typo ask at the old threshold of 50,000: issue 17). Each
    kind of cold start, from a fresh cache (the tables built) and from the snapshot."""
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    env.pop("BACKCARE_NO_SNAPSHOT", None)
    faq = data_file("faq.json")
    commands = [
        ["ask", "--json", "stiff back after sitting"],
        ["ask", "--json", "stiff back after sitting"],  # the snapshot read, not built
        ["ask", "--plain", "stiff bakc aftr siting"],
        ["ask", "--color", "always", "my back hurts and I cant feel my legs"],
        ["ask", "--color", "always", "what helps a stiff back in the morning?"],
        ["topics", "--color", "always"],
        ["show", "back-get-stiff-sit", "--color", "always"],
        ["validate", faq],
    ]
    for argv in commands:
        probe = COLLECTIONS_PROBE.replace("*ARGV", ", ".join(map(repr, argv)))
        assert loaded(probe, env) == set(), argv


def indexed_pack_probe(tmp_path: Path) -> str:
    """PROBE asking an 800-entry pack written in tmp_path, large enough to be indexed on disk
    (the indexed ask's imports: here, test_speed39, test_store_paths_text)."""
    entries = [
        {"id": f"e{n}", "question": f"Why is my back stiff after {n} hours?", "answer": "Move."}
        for n in range(800)
    ]
    pack = tmp_path / "big.json"
    pack.write_text(json.dumps({"title": "Big", "entries": entries}), encoding="utf-8")
    assert pack.stat().st_size > INDEXED_PACK_BYTES
    return PROBE.replace('"ask", "--json"', f'"ask", "--json", "--faq", {str(pack)!r}')


def test_numpy_is_loaded_by_an_index_build_only(tmp_path: Path) -> None:
    """numpy builds a large pack's index (backcare.engine.bulk); asking once it is built does not
    import it, nor does a small pack built in memory."""
    probe = indexed_pack_probe(tmp_path)
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    first = loaded(probe, env)
    assert "numpy" in first  # the build
    assert "numpy" not in loaded(probe, env)  # the index read
    pack = tmp_path / "big.json"  # written by indexed_pack_probe
    entries = json.loads(pack.read_text(encoding="utf-8"))["entries"]
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"title": "Small", "entries": entries[:20]}), encoding="utf-8")
    assert "numpy" not in loaded(probe.replace(str(pack), str(small)), env)


def test_version_does_not_load_the_engine() -> None:
    probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', '"--version"')
    probe = probe.replace(
        '"backcare.packs.importers")',
        '"backcare.packs.importers", "backcare.engine.match", "Stemmer", "typer")',
    )
    # hashlib (~3 ms) is the one: `--version` names the bundled pack by its SHA-256 (ux35)
    probe = probe.replace('"hashlib", ', "")
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


@settings(max_examples=300, deadline=None)
@given(
    xdg=st.sampled_from(["", " ", "/x", "/x/", "x", "./x", "/x//y", "/x/./y", "//x", "/", "~/c"]),
    home=st.sampled_from(["", "/home/u", "/home/u/", "home", "/h//u", "."]),
    named=st.sampled_from(["", "~/b.toml", "./c.toml"]),
)
def test_the_settings_file_is_found_without_pathlib_where_pathlib_would_find_it(
    xdg: str, home: str, named: str
) -> None:
    environ = {"XDG_CONFIG_HOME": xdg, "HOME": home, "BACKCARE_CONFIG": named}
    path, was_named = config_path(environ)
    assert _config_file(environ) == (str(path), was_named)


def test_the_bundled_pack_and_data_files_are_read_without_pathlib() -> None:
    assert "pathlib" not in loaded(PROBE.replace('"backcare.packs.importers")', '"pathlib")'))
    assert data_file("faq.json") == str(data_path("faq.json"))


# what the lazily compiled patterns replaced, compiled eagerly: the fast checks must agree with them
CHARS = (
    "a \t\n\r\x1b[]0;m\x07\x9b\x85\u00a0\u200b\u200d\u200f\u061c\u202a\u2028\u2066\ud800\x7f\x00é—"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CHARS, max_size=12), st.booleans())
def test_text_checks_without_compiled_patterns_agree_with_the_patterns(
    text: str, one_line: bool
) -> None:
    import re

    from backcare.output import text as output_text
    from backcare.output.text import sanitize
    from backcare.packs import fields

    control = re.compile(fields.CONTROL.pattern)
    escape = re.compile(output_text._ESCAPE_SEQUENCE.pattern)
    import unicodedata

    expected = control.sub(
        lambda m: "" if m.group() >= "\u202a" else "\ufffd",
        # a CRLF is a line end (hostile9); so are the line and paragraph separators (hostile16)
        escape.sub("", text).replace("\r\n", "\n").replace("\u2028", "\n").replace("\u2029", "\n"),
    )
    # and no other invisible format character (Cf), the zero-width joiners aside
    expected = "".join(
        c for c in expected if c in "\u200c\u200d" or unicodedata.category(c) != "Cf"
    )
    assert sanitize(text) == expected
    assert fields.has_control(text) == bool(control.search(text))
    surrogate = re.compile(fields.SURROGATE.pattern).search(text)
    assert fields._first_surrogate(text) == (surrogate.group() if surrogate else None)
    line_break = re.compile(fields.LINE_BREAK.pattern)
    problem = fields.string_problem(text, 100, one_line=one_line)
    must_be_one_line = one_line and bool(line_break.search(text) or control.search(text))
    assert (problem == "must be one line, without control characters") == (
        must_be_one_line and not surrogate
    )


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab./~ ", max_size=10))
def test_names_are_read_as_strings_only_where_pathlib_would_write_them_so(name: str) -> None:
    from pathlib import Path

    from backcare.packs.formats import _suffix
    from backcare.packs.load import as_path, written_as_pathlib_writes_it

    assert str(as_path(name)) == str(Path(name))
    if written_as_pathlib_writes_it(name):
        assert isinstance(as_path(name), str)
        assert _suffix(name) == Path(name).suffix.lower()


def test_validate_of_the_bundled_pack_loads_neither_pathlib_nor_datetime() -> None:
    probe = PROBE.replace(
        '"ask", "--json", "stiff back after sitting"', '"validate", "data/faq.json"'
    )
    probe = probe.replace('"backcare.packs.importers")', '"pathlib", "datetime")')
    assert loaded(probe) == set()


def test_rich_output_loads_rich_but_not_typer_markdown_or_pygments() -> None:
    """`ask`'s answer is drawn by output/quick.py without rich.console, so without dataclasses
    and inspect (issue 17: ~10 ms of its cold start), and an English answer without rich at all
    (output/drawn.py measures its characters: `import rich` imports typing, ~37M instructions);
    and so are `topics`' tree and `show`'s panel (output/browsed.py); a listing with a wide
    character is measured by rich.cells."""
    for argv in (
        '"ask", "--color", "always", "stiff back after sitting"',
        '"ask", "--color", "always", "my back hurts and I cant feel my legs"',
        '"topics", "--color", "always"',
        '"show", "back-get-stiff-sit", "--color", "always"',
    ):
        probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', argv)
        probe = probe.replace("import sys\n", "import io, sys\nsys.stdout = io.StringIO()\n", 1)
        probe = probe.replace(
            '"backcare.packs.importers", "numpy")',
            '"backcare.packs.importers", "numpy", "click", "pygments", "markdown_it", '
            '"rich.markdown", "typing", "importlib")',
        )
        assert loaded(probe) == set(), argv


def test_plain_commands_load_neither_typing_nor_importlib() -> None:
    """typing (with warnings) and importlib cost ~16.7 million instructions, ~4% of a cold ask
    (issue 17): the plain commands take typing's names from backcare.hints and look for the
    semantic extra without importlib.util."""
    argvs = (
        '"ask", "--json", "stiff back after sitting"',
        '"ask", "--plain", "stiff bakc aftr siting"',
        '"ask", "--json", "I cant feel my legs and cant pee"',
        '"topics"',
        '"show", "back-get-stiff-sit"',
        '"validate", "data/faq.json"',
    )
    for argv in argvs:
        probe = PROBE.replace('"ask", "--json", "stiff back after sitting"', argv)
        probe = probe.replace(
            '"backcare.packs.importers", "numpy")', '"typing", "warnings", "importlib")'
        )
        loaded(probe)  # a command's first run writes its caches (tempfile imports warnings)
        assert loaded(probe) == set(), argv


def test_a_question_telling_no_exception_does_not_parse_the_safety_vocabulary(
    tmp_path: Path,
) -> None:
    """safety_vocabulary.json (468 KB: ~16M instructions to parse, ~3.5% of a cold ask, issue 17)
    was parsed by every question for the exception reading's two word lists (excepted.py), now
    data/excepted_words.json. A question telling an exception still reads the vocabulary (the
    concepts' phrases decide whether the denial is a sign's own words)."""
    patch = (
        "import backcare.resources as resources\n"
        "_read = resources.read_json\n"
        "def _noted(name):\n"
        "    if name == 'safety_vocabulary.json':\n"
        "        sys.stderr.write('vocabulary,')\n"
        "    return _read(name)\n"
        "resources.read_json = _noted\n"
    )
    probe = PROBE.replace("import sys\n", "import sys\n" + patch, 1)
    probe = probe.replace('"backcare.packs.importers", "numpy")', ")")
    probe = probe.replace('sys.stderr.write(",".join(heavy))', "")
    # the first run writes the snapshot (building the red-flag tables reads the vocabulary)
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)
    for question in (
        "stiff back after sitting",
        "stiff bakc aftr siting",
        "I cant feel my legs and cant pee",
        "No pain apart from my knee, can I run?",  # "apart": the reading reads on
    ):
        argv = probe.replace("stiff back after sitting", question)
        expected = {"vocabulary"} if "apart" in question else set()
        assert loaded(argv, env) == expected, question


def test_a_repeated_validate_imports_neither_the_matcher_nor_the_red_flag_check(
    tmp_path: Path,
) -> None:
    """A validate whose verdicts and ranking warnings are all kept (store/verdicts.py) ranks and
    reads nothing, so it need not import the modules that would (~100 ms, a third of its
    instructions, speed36): the snapshot's file and key are found without the tables'
    descriptions, and kept verdicts that flag nothing (the bundled pack's) need no RedFlag."""
    probe = PROBE.replace(
        '"ask", "--json", "stiff back after sitting"', '"validate", "data/faq.json"'
    )
    probe = probe.replace(
        '"backcare.packs.importers", "numpy")',
        '"backcare.engine.safety.detect", "backcare.engine.match", "backcare.engine.answer", '
        '"backcare.store.tablespec", "backcare.engine.analyze")',
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    first = loaded(probe, env)  # writes the snapshot and keeps the verdicts
    assert {"backcare.engine.safety.detect", "backcare.engine.match"} <= first
    assert loaded(probe, env) == {"backcare.engine.analyze"}  # language_check's common words


def test_a_calm_ask_compiles_none_of_the_patterns_of_texts_it_does_not_hold(
    tmp_path: Path,
) -> None:
    """Module-level patterns for what a plain question seldom holds (a quoted line, brackets, a
    hyphenated compound, a shopping sentence, conjuncts before a topic, letters typed twice, the
    vocabulary's data words and a pack's compounds, when the tables are built) are compiled when
    first used (backcare.lazyregex), not at import: ~2.5M instructions of a cold ask (issue 17,
    speed38). The first run builds the tables and writes the snapshot; the second reads it."""
    patterns = {
        "backcare.engine.asides": ("_QUOTED", "_QUOTED_SENTENCE", "_SENTENCE", "_BRACKETED"),
        "backcare.engine.split_compounds": ("_HYPHENATED",),
        "backcare.engine.buying": ("_SENTENCE",),
        "backcare.engine.question_analysis": ("_CONJUNCTS",),
        "backcare.engine.safety.word_sets": ("_WORD",),
        "backcare.engine.safety.typos": ("_REPEATS",),
    }
    check = (
        "compiled = []\n"
        f"for module, names in {patterns!r}.items():\n"
        "    for name in names:\n"
        "        pattern = getattr(sys.modules[module], name)\n"
        "        if 'findall' in getattr(pattern, '__dict__', {'findall': 'compiled'}):\n"
        "            compiled.append(module + '.' + name)\n"
        "heavy = compiled\n"
    )
    probe = PROBE.replace(
        'sys.stderr.write(",".join(heavy))', check + 'sys.stderr.write(",".join(heavy))'
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # builds the tables and writes the snapshot
    assert loaded(probe, env) == set()


def test_a_calm_ask_imports_none_of_the_red_flag_readings_it_does_not_reach(
    tmp_path: Path,
) -> None:
    """Readings a question without warning signs never reaches (a form's jokes and crossed items,
    a clinician's all-clear, a habit changed, a sign outgrown, outlasted or said as a verb, the
    days after a cause, the plain case, wellness apart, noise, a supposed sign outlived, a form's
    fine items) are imported where first used: ~0.36M instructions each, ~5M of a cold ask
    (issue 17, speed41). A question with signs still reads them (the red-flag sets)."""
    lazy = [
        f"backcare.engine.safety.{name}"
        for name in (
            "form_jokes crossed_told cleared changed_habits outgrown persisted verb_senses "
            "days_after outlived_calm plain_case well_apart noise fine_items"
        ).split()
    ]
    probe = PROBE.replace(
        '"backcare.packs.importers", "numpy")', ", ".join(repr(m) for m in lazy) + ")"
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # builds the tables and writes the snapshot
    assert loaded(probe, env) == set()
    risen = probe.replace("stiff back after sitting", "temp was 37 this morning, 39.6 now")
    assert "backcare.engine.safety.outgrown" in loaded(risen, env)  # read where weighed


def test_a_calm_ask_imports_none_of_the_readings_of_what_it_does_not_hold(
    tmp_path: Path,
) -> None:
    """Modules a question without typos, digits or a close race never runs (the real-word typos,
    a child's age, the lead of the best entry, the type-less entries' shares) nor a single ask's
    command line (several packs, a JSON line's nesting) are imported where used: ~0.35M
    instructions each of a cold ask (issue 17, speed46). A question with typos still reads the
    real-word typos."""
    lazy = [
        "backcare.engine.real_typos",
        "backcare.engine.child_ages",
        "backcare.engine.lead",
        "backcare.engine.typeprior",
        "backcare.packs.multi",
        "backcare.packs.nesting",
    ]
    probe = PROBE.replace(
        '"backcare.packs.importers", "numpy")', ", ".join(repr(m) for m in lazy) + ")"
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # builds the tables and writes the snapshot
    assert loaded(probe, env) == set()
    typed = probe.replace("stiff back after sitting", "stiff bakc aftr siting")
    assert "backcare.engine.real_typos" in loaded(typed, env)
    aged = probe.replace("stiff back after sitting", "my 14 year old has back pain")
    assert "backcare.engine.child_ages" in loaded(aged, env)


def test_a_calm_ask_imports_none_of_the_held_readings(tmp_path: Path) -> None:
    """Readings the check reaches only with a sign read (an attitude to care beside an emergency,
    plain pain's lists, a form's qualified answer, a topic frame's denials and teaching texts, the
    elided denials of a watch list) are imported where first used: ~0.35M instructions each of a
    cold ask (issue 17, speed55). A form's "yes" and an emergency still read theirs."""
    lazy = [
        f"backcare.engine.safety.{name}"
        for name in "care_attitude plain qualified denied_rest teaching elided_denials".split()
    ]
    probe = PROBE.replace(
        '"backcare.packs.importers", "numpy")', ", ".join(repr(m) for m in lazy) + ")"
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # builds the tables and writes the snapshot
    assert loaded(probe, env) == set()
    form = probe.replace(
        "stiff back after sitting", "Bladder control: no. Numbness between legs: yes"
    )
    assert "backcare.engine.safety.qualified" in loaded(form, env)
    sign = probe.replace(
        "stiff back after sitting", "I cant feel my legs and cant pee since last night"
    )
    assert "backcare.engine.safety.elided_denials" in loaded(sign, env)
