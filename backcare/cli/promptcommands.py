"""What a line typed at the prompt is: one of its commands, or words of a question.

Decided once, here (codereview20 3): Session.handle acts on what `command_of` finds, and a paste
(pasted.py) splits its messages around the same commands, so a command added here is a command
in both; a copy of the list in one of them swallowed a new command into a pasted message.
"""

from __future__ import annotations

import re

from backcare.namedtuple import NamedTuple

NUMBER = re.compile(r":?[0-9]{1,4}")  # ASCII digits: "²" is a digit to str.isdigit, not to int()
QUIT = frozenset({"quit", "exit", ":quit", ":exit", ":q"})
HELP = frozenset({"help", ":help", ":h", "?"})
ANSWER = frozenset({":answer", ":a"})
SHOW = ":show"
TOPICS = ":topics"
# the browse commands typed alone without their colon, as the shell's `backcare topics` teaches
# them and as `help` and `quit` work (newcomer24 F4: a bare `topics` was asked as a question);
# with words after them they stay a question ("show me a stretch") unless the words are an id or
# a topic of the pack (Session.browse_word decides that: it knows the pack)
BARE = {"topics": TOPICS, "show": SHOW, "answer": ":answer"}
# the kinds of command: `other` is a line that starts with ':' and is none of the others (a typo,
# `:help i cant pee`, `:2 my legs are numb`): its words may still describe a red flag
KINDS = ("quit", "help", "number", "answer", "show", "topics", "other")


class Command(NamedTuple):
    """A command line: its `kind` (one of KINDS), its first `word` in lower case and the `rest`."""

    kind: str
    word: str
    rest: str

    @property
    def number(self) -> int:
        """The number a `number` command opens."""
        return int(self.word.lstrip(":"))


def command_of(line: str) -> Command | None:
    """The command `line` is, or None when it is words of a question (or blank)."""
    text = line.strip()
    if not text:
        return None
    word, _, rest = text.partition(" ")
    word, rest = word.casefold(), rest.strip()
    folded = text.casefold()
    if folded in QUIT:
        return Command("quit", folded, "")
    if folded in HELP:
        return Command("help", folded, "")
    if NUMBER.fullmatch(text):
        return Command("number", text, "")
    if folded in BARE:
        folded = BARE[folded]
    if folded in ANSWER:
        return Command("answer", folded, "")
    if folded == SHOW:
        return Command("show", folded, "")
    if folded == TOPICS:
        return Command("topics", folded, "")
    if word == SHOW:
        return Command("show", word, rest)
    if word == TOPICS:
        return Command("topics", word, rest)
    if text.startswith(":"):
        return Command("other", word, rest)
    return None


# what a lone mistyped word at the prompt may have meant (newcomer31 F10: `qiut` was asked as a
# question and the prompt stayed; `:topic` was only "unknown")
TYPED_ALONE = ("quit", "exit", "help", "topics", "show", "answer")
COLON_WORDS = tuple(sorted(w for w in QUIT | HELP | ANSWER | {SHOW, TOPICS} if len(w) > 2))


def near_command(word: str) -> str | None:
    """The command a mistyped word probably meant: `:topic` -> `:topics`, `qiut` -> `quit` (a
    word typed alone); None for an ordinary English word ("shoe", "exist" start no command)."""
    import difflib

    folded = word.casefold()
    candidates = COLON_WORDS if folded.startswith(":") else TYPED_ALONE
    close = difflib.get_close_matches(folded, candidates, n=1, cutoff=0.75)
    if not close or close[0] == folded:
        return None
    if folded.startswith(":"):  # a colon word is never a question's
        return close[0]
    from backcare.engine.analyze import common_words

    return None if folded in common_words() else close[0]
