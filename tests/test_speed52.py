"""issue 17, an ask with a typo: the English word list is looked up by bisection, and building its
set of 40,000 words (after SortedWords.SEARCHES look-ups) is a batch's price, not one ask's. The
language check's targets for a mistyped function word are made for the letters asked, each the
same words in the same order as the whole table it replaced."""

from __future__ import annotations

import string
import subprocess
import sys

from backcare.engine import language
from backcare.engine.english_words import common_words
from backcare.resources import read_words
from tests.conftest import REPO


def whole_table() -> dict[str, tuple[str, ...]]:
    """The table as it was made (language._typo_targets before speed52): every stop word of three
    letters or more, alphabetic and English, by first letter, in the list's order."""
    data = common_words()
    english = frozenset(data._data[data._start :].decode("ascii").split("\n"))
    targets: dict[str, list[str]] = {}
    for word in dict.fromkeys(read_words("stopwords.txt")):
        if len(word) >= 3 and word.isalpha() and word in english:
            targets.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in targets.items()}


def test_each_letters_targets_are_the_whole_tables() -> None:
    table = whole_table()
    assert sum(map(len, table.values())) > 100  # the stop list's English words
    for letter in string.ascii_letters:
        assert language._typo_targets(letter) == table.get(letter, ()), letter


def test_mistyped_function_words_are_read_as_before() -> None:
    """Function words mistyped (a letter left out, two edits of a long one) and words that are no
    such typo: the verdicts the whole table gave."""
    table = whole_table()
    words = (
        "wat", "wher", "shuld", "shoudl", "becuase", "becasue", "thier", "whcih", "abot",
        "hw", "maz", "nog", "moze", "bakc", "aftr", "zzzz", "xylo", "befor", "aginst", "oly",
        "throught", "untill", "wich", "coud", "woud", "doesnt", "havent", "abouut",
    )  # fmt: skip
    for word in words:
        choices = table.get(word[0], ())
        if len(word) < 3:
            expected = False
        elif len(word) < 5:
            expected = any(
                len(c) == len(word) + 1 and language._drops_one(c, word) for c in choices
            )
        else:
            from backcare.engine.spelling import within_edits

            allowed = 1 if len(word) <= 5 else 2
            expected = bool(within_edits(word, choices, allowed, limit=1))
        assert language.mistyped_english(word) is expected, word


def test_an_ask_with_typos_builds_no_set_of_the_english_list() -> None:
    """A single ask with typos (the bench's, and function words mistyped) looks the English list
    up by bisection only: its set (~7-10 ms) is built in a batch, after SEARCHES look-ups."""
    code = (
        "import io, sys\n"
        "sys.stdout = io.StringIO()\n"
        "from backcare.cli.entry import main\n"
        "for q in ('stiff bakc aftr siting', 'wat shuld i do abot my bak pian'):\n"
        "    sys.argv = ['backcare', 'ask', '--json', q]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "    from backcare.engine.english_words import common_words\n"
        "    sys.stderr.write(f'{common_words()._lines is None} {common_words()._searches}\\n')\n"
        "    common_words.cache_clear()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    lines = done.stderr.split("\n")[:2]
    for line in lines:
        built, searches = line.split()
        assert built == "True" and 0 < int(searches) < common_words().SEARCHES, lines
