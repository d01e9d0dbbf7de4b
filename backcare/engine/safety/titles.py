"""Titles of songs, films and books named in a question ("We watched The Virgin Suicides", "my band
covers Suicide Is Painless"): words of a crisis read inside one are a name, not a person's state.

A title is a run of capitalised words (lower-case short words such as "is", "of", "the" may stand
between two of them) right after a word that names what is watched, read, heard or played
('titles.cues': "watched", "listening to", "covers", "reading"), with at least two capitalised
words, none of them the first word of a sentence, and no word of the asker ("I", "my", "myself"):
"and I Want To Die" follows no cue and names the asker, so it stays what it says. A title may also
come right BEFORE a lower-case word that names what it is or what is done with it ('titles.after':
"a night of Saturday Night Fever karaoke", "the Jungle Fever dance routine", "a Cabin Fever film
marathon"); there a sentence's first word is left out of the run ("Saturday Night Fever karaoke
wrecked my back" reads "Night Fever"). Case is read from the question as written (the tokens are
folded), with the tokenizer's own pattern, so the words line up with the tokens one for one.
"""

from __future__ import annotations

from backcare.engine.safety.reading import _TOKEN, Found, normal, normalize_text
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple

# a lower-case word of the cue's phrase between the cue and the title ("listening to", "the")
CUE_GAP = 2
TITLE_WORDS = 8  # words walked back from an 'after' word: a title is short (and the walk linear)
MOSTLY_CAPITALISED = 0.5  # a question in title case throughout has no titles: only its words


class Word(NamedTuple):
    surface: str  # folded as the tokens' surfaces
    capital: bool  # written with a capital first letter, the rest not all capitals
    first: bool  # the first word of a sentence
    clause: int


def _words(question: str) -> list[Word]:
    """The question's words and numbers in token order, with how each was written."""
    words = []
    clause = 0
    first = True
    for found in _TOKEN.finditer(normalize_text(question)):
        kind = found.lastgroup
        value = found.group()
        if kind in ("stop", "pause", "pause2"):
            clause += 1
            first = first or kind == "stop"
            continue
        capital = value[:1].isupper() and (len(value) == 1 or not value.isupper())
        words.append(Word(normal(value), capital and kind == "word", first, clause))
        first = False
    return words


def title_spans(
    question: str,
    cues: frozenset[str],
    joining: frozenset[str],
    self_words: frozenset[str],
    after: frozenset[str] = frozenset(),
    gap: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The (first, last) token positions of the titles named in a question (see the module)."""
    words = _words(question)
    named = [w for w in words if not w.first and w.surface not in self_words]
    capitals = sum(w.capital for w in named)
    if not named or capitals > MOSTLY_CAPITALISED * len(named):
        return []
    spans = []
    for i, word in enumerate(words):
        if word.surface not in cues:
            continue
        k = i + 1
        while (
            k < len(words)
            and k - i <= CUE_GAP
            and not words[k].capital
            and (words[k].surface in joining or words[k].surface in gap)
            and words[k].clause == word.clause
        ):
            k += 1
        end = k
        last = None
        while end < len(words) and words[end].clause == word.clause and not words[end].first:
            w = words[end]
            if w.surface in self_words or not (w.capital or w.surface in joining):
                break
            if w.capital:
                last = end
            end += 1
        if last is None:
            continue
        run = words[k : last + 1]
        if sum(w.capital for w in run) >= 2 and run[0].capital:
            spans.append((k, last))
            spans += _listed_after(words, last, joining, self_words)
    return spans + _before_cues(words, after, joining, self_words)


def _listed_after(
    words: list[Word], last: int, joining: frozenset[str], self_words: frozenset[str]
) -> list[tuple[int, int]]:
    """The titles listed after one that ends its clause ("Our set has Comfortably Numb, Feel by
    Robbie, Fever by Peggy Lee, and we finish with Shout": safety49): each next clause of the
    sentence, past a leading "and", that is wholly a run of capitalised and joining words, at
    least two capitals and the first a capital; the list ends at the first clause that is not."""
    spans = []
    k = last + 1
    while k < len(words) and words[k].clause != words[last].clause and not words[k].first:
        clause = words[k].clause
        start = k + 1 if words[k].surface == "and" and not words[k].capital else k
        end = start
        while end < len(words) and words[end].clause == clause and not words[end].first:
            w = words[end]
            if w.surface in self_words or not (w.capital or w.surface in joining):
                break
            end += 1
        whole = end >= len(words) or words[end].clause != clause or words[end].first
        run = words[start:end]
        if not (whole and run and run[0].capital and sum(w.capital for w in run) >= 2):
            break
        spans.append((start, end - 1))
        last, k = end - 1, end
    return spans


def _before_cues(
    words: list[Word],
    after: frozenset[str],
    joining: frozenset[str],
    self_words: frozenset[str],
) -> list[tuple[int, int]]:
    """The titles that end right before a lower-case 'after' word ("Saturday Night Fever
    karaoke"): capitalised words back from it in its clause (joining words between two), no
    sentence's first word and no word of the asker, at least two capitals, the first one a
    capital. Each word is walked back over once per cue; a run stops at its first other word, and
    is no title when that word is the asker's ("I Want To Die show") or when the cue asks for
    something ("show me", "video for me"): review13 F3."""
    spans = []
    for i, word in enumerate(words):
        if word.surface not in after or word.capital or i == 0:
            continue
        if not words[i - 1].capital or words[i - 1].clause != word.clause:
            continue
        # "show me", "video for me": the word asks for something, it names no title (review13 F3)
        if any(w.surface in self_words for w in words[i + 1 : i + 3]):
            continue
        start = i - 1
        k = i - 1
        told = False  # the run follows the asker's "I": "I Want To Die show" is said, no title
        while (
            k >= max(0, i - TITLE_WORDS) and words[k].clause == word.clause and not words[k].first
        ):
            w = words[k]
            if w.surface in self_words:
                told = True
                break
            if not (w.capital or w.surface in joining):
                break
            if w.capital:
                start = k
            k -= 1
        run = words[start:i]
        if not told and sum(w.capital for w in run) >= 2:
            spans.append((start, i - 1))
    return spans


class Titles(Vocabulary):
    """The red-flag check's reading of titles (a mix-in of detect.Safety)."""

    def _untitled(self, question: str, candidates: list[Found]) -> list[Found]:
        """The phrases found, but those of a crisis wholly inside a song's, film's or book's title
        named after a cue ("We watched The Virgin Suicides", "covers Suicide Is Painless"): a
        name, not the asker's state (titles.py). The words stay as written for the learned
        check, whose quick exit (quiet.py) reads the tokens alone."""
        spans = title_spans(
            question,
            self._title_cues,
            self._title_joining,
            self._self,
            self._title_after,
            self._title_gap,
        )
        return [
            f
            for f in candidates
            if f.label not in self._titled
            or not any(a <= f.positions[0] and f.positions[-1] <= b for a, b in spans)
        ]
