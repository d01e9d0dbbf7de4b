"""quality62 (issues 11 and 17): the related words are looked up, never parsed whole.

quality59/61's re-rank parsed all of data/related_words.txt (2.5 MB, ~150 ms) on the first ask of
every pack of LINK_MIN_ENTRIES entries or more: ~1.2x a cold ask of StackFAQ. related.RelatedTable
maps the file and bisects its lines, sorted by stem, for the question's words alone."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

import backcare.engine.related as related
from backcare.engine.answer import Engine
from backcare.engine.tuning import LINK_MIN_ENTRIES
from backcare.packs.load import load_pack
from backcare.resources import DataError, read_bytes, read_text
from tests.conftest import EVAL

ROOT = EVAL.parent.parent


def _parsed_whole() -> dict[str, related.Pairs]:
    """The file as quality61 read it: every line parsed."""
    table = {}
    for line in read_text(related.RELATED_FILE).splitlines():
        if line and not line.startswith("#"):
            word, _, rest = line.partition("\t")
            items = (item.rpartition(":") for item in rest.split())
            table[word] = tuple((term, float(similarity)) for term, _, similarity in items)
    return table


def test_the_file_is_sorted_by_stem_in_byte_order() -> None:
    # the bisect finds only what this order puts where it looks
    stems = [word.encode("utf-8") for word in _parsed_whole()]
    assert len(stems) > 20_000
    assert all(a < b for a, b in itertools.pairwise(stems))


def test_every_word_is_found_as_a_whole_parse_reads_it() -> None:
    whole = _parsed_whole()
    table = related.RelatedTable(read_bytes(related.RELATED_FILE))
    assert all(table.get(word) == pairs for word, pairs in whole.items())


@pytest.mark.parametrize(
    "word",
    ["", "a", "aaa", "zzzzzz", "~", "#", "abe\t", "abe\nabeam", "\udcff", "caf\u00e9", "abea"],
)
def test_a_word_not_in_the_file_is_none(word: str) -> None:
    table = related.RelatedTable(read_bytes(related.RELATED_FILE))
    assert table.get(word) is None
    assert word not in table


def test_a_header_only_or_empty_file_holds_no_word() -> None:
    for data in (b"", b"# only a header\n", b"# no line break"):
        assert related.RelatedTable(data).get("word") is None


def test_a_small_file_finds_its_first_and_last_words() -> None:
    table = related.RelatedTable(
        b"# h\nalpha\tbeta:0.5\nbeta\talpha:0.5 gamma:0.4\ngamma\tbeta:0.4"
    )
    assert table["alpha"] == (("beta", 0.5),)
    assert table["gamma"] == (("beta", 0.4),)
    assert table.get("delta") is None


@pytest.mark.parametrize(
    "line", [b"word\n", b"word\tother\n", b"word\t:0.5\n", b"word\tother:\xff\n", b"word\t\n"]
)
def test_a_found_line_not_in_shape_is_a_data_error(line: bytes) -> None:
    with pytest.raises(DataError, match=r"related_words\.txt: the line at byte 9 "):
        related.RelatedTable(b"# header\n" + line).get("word")


class _Touches:
    """A stand-in for the file's bytes that records which of its bytes a lookup reads."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.read = bytearray(len(data))

    def _mark(self, start: int, end: int) -> None:
        self.read[start:end] = b"\x01" * (end - start)

    def __len__(self) -> int:
        return len(self.data)

    def __getitem__(self, span: slice) -> bytes:
        start, end, _ = span.indices(len(self.data))
        self._mark(start, end)
        return self.data[span]

    def find(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        end = len(self.data) if end is None else end
        found = self.data.find(sub, start, end)
        self._mark(start, end if found < 0 else found + len(sub))
        return found

    def rfind(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        end = len(self.data) if end is None else end
        found = self.data.rfind(sub, start, end)
        self._mark(start if found < 0 else found, end)
        return found


def test_a_large_packs_ask_reads_a_sliver_of_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytes(read_bytes(related.RELATED_FILE))
    touches = _Touches(data)
    table = related.RelatedTable(touches)  # type: ignore[arg-type]
    monkeypatch.setattr(related, "related_words", lambda: table)
    pack = load_pack(EVAL / "perlfaq5_faq.json")
    assert len(pack.entries) >= LINK_MIN_ENTRIES
    engine = Engine(pack)
    assert engine.matcher._related is not None
    found = engine.ask("How do I copy a folder and all its contents?").results
    assert found[0].entry.id == "pf5-copy-directory"  # the related words still acted
    # a few of its words, ~15 lines each, and the header: under 1% of 2.5 MB
    read = sum(touches.read)
    assert 0 < read < len(data) // 100, f"{read:,} of {len(data):,} bytes read"


def test_a_cold_ask_of_a_large_pack_reads_the_file_once_into_memory(tmp_path: Path) -> None:
    # the command as a user runs it: the file is opened once, and read into bytes, never mapped
    # (a mapped file truncated in place killed the process with SIGBUS: ux31); its lines are
    # parsed as the question's words are looked up
    code = (
        "import builtins, sys\n"
        "opened = []\n"
        "real_open = builtins.open\n"
        "def spy(file, *args, **kwargs):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *args, **kwargs)\n"
        "builtins.open = spy\n"
        "from backcare.cli.entry import main\n"
        f"sys.argv = ['backcare', 'ask', '--json', '--faq', {str(EVAL / 'perlfaq5_faq.json')!r},\n"
        "            'How do I copy a folder and all its contents?']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "import backcare.engine.related as related\n"
        "in_memory = type(related.related_words()._data) is bytes\n"
        "print(sum(f.endswith('related_words.txt') for f in opened), in_memory, file=sys.stderr)\n"
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert '"pf5-copy-directory"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "1 True"
