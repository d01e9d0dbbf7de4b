"""The quick exits of a batch: whether any rule could fire on a question at all (screen.py), read
from the phrases' requirements, and the word readings they are made of; built after the first
questions (QUICK_AFTER) or at once when the snapshot brings their tables ready-made."""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.analyze import stem
from backcare.engine.safety.question_reading import QuestionReading
from backcare.engine.safety.reading import Requirements, Token
from backcare.engine.safety.typos import WORD_MEMO_SIZE
from backcare.engine.safety.vocabulary import (
    WordReading,
)
from backcare.hints import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backcare.engine.safety.quiet import SenseGroups  # not imported by a single ask

# check() reads the first questions in full and only then builds its quick exit (~15 ms, which
# a single `ask` would not win back; a batch wins it back within a few hundred questions)
QUICK_AFTER = 20
# ... or after this many when the index it is built from comes ready-made with the tables (the
# snapshot: store/snapshot.py): building it is then a few ms, not ~60, which a few dozen texts
# (validate reading every entry's question and aliases) already win back
QUICK_AFTER_READY = 4


class QuickExits(QuestionReading):
    """The quick exits' tables and memos (mixed into `Safety`, through the rules' check)."""

    # what gives the quick exits' tables ready-made (the snapshot that loaded these tables sets
    # it; None: built on first use). A function, so that a run that never screens reads nothing.
    _ready_screen: Callable[[], tuple[Requirements, SenseGroups] | None] | None = None

    def _screening(self) -> bool:
        """Whether the quick exits are used (QUICK_AFTER, QUICK_AFTER_READY)."""
        after = QUICK_AFTER if self._ready_screen is None else QUICK_AFTER_READY
        return self._checks > after

    def _may_fire(self, question: str) -> bool:
        """Whether some rule could fire: every concept of one of its combinations has a phrase
        found in the question (screen.py). Reading a question costs ~0.1-1 ms; this costs a
        few microseconds, and most questions of a batch stop here. It considers a superset of
        what the full reading finds (senses, negations and causes only remove), so it never
        hides a flag."""
        return bool(self._built_screen().may_fire(question))

    def _built_screen(self) -> Any:  # screen.Screen, built once (never asked about an empty text)
        if self._screen is None:
            from backcare.engine.safety.screen import Screen  # batches only

            self._screen = Screen(self)
        return self._screen

    def _combos_within(self, concepts: set[str]) -> set[str]:
        """The concepts of the rules' combinations that these concepts hold in full."""
        within: set[str] = set()
        by = self._combos_by
        for c in concepts:
            for combo in by.get(c, ()):
                if combo <= concepts:
                    within |= combo
        return within

    def _requirements(self) -> Requirements:
        """What each phrase cannot be found without (the quick exits' index): as loaded with
        these tables (`_ready_requirements`), or built when first needed."""
        if self._required is None:
            ready = self._ready_tables()
            self._required = ready[0] if ready is not None else self.build_requirements()
        return self._required

    def _ready_tables(self) -> tuple[Requirements, SenseGroups] | None:
        """The quick exits' tables as loaded with these (_ready_screen), or None."""
        return None if self._ready_screen is None else self._ready_screen()

    def build_requirements(self) -> Requirements:
        """What each phrase cannot be found without, read from the vocabulary (30-80 ms: the
        snapshot keeps it, store/snapshot.py)."""
        weak = self._self | self._fillers | self._negations | self._joiners | self._breakers
        weak |= self._stopwords | self._background_words
        return self._index.requirements(frozenset(stem(w) for w in weak))

    def _read_word(self, token: Token) -> WordReading:
        """A token read as check() reads it (typo-corrected, a number word's value): what
        correction changed (surface, stem, number, alternatives; None when nothing), its stems,
        and the phrases indexed by it with their concepts. Kept in _word_reading by surface."""
        if len(self._word_reading) >= WORD_MEMO_SIZE:
            self._word_reading.clear()  # a bound for long-running batches of ever new words
        required = self._requirements()
        fixed = self._correct(token)
        phrases = required.phrases(fixed)
        labels = frozenset(required.needs[n][0] for n in phrases)
        changed = (fixed.surface, fixed.stem, fixed.number, fixed.alt)
        same = changed == (token.surface, token.stem, token.number, token.alt)
        reading = None if same else changed, (fixed.stem, *fixed.alt), labels, phrases
        self._word_reading[token.surface, token.number is None] = reading
        return reading
