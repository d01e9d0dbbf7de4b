"""Two questions in one message, one of them put aside: "What relieves tight back muscles, and should
I also buy a new mattress?", "Why does sitting make my back stiff? also are standing desks worth the
money?", "... how long should it last + best office chair brand". Read as one question, the side
question's words (mattress, desks, brand) are topics no entry mentions, so nothing is confident
although the pack answers the other question. `parts` gives the questions to rank alone when the
message as typed has no confident answer: the rest first, then each side question; a sentence saying
which one matters ("Mainly want to know about the back though", "Mostly the first one honestly") is
no question of its own and puts the one it points to first. A message with no side question has no
parts: one question whose only subject is off the page stays unanswered. data/intents.json
"side_questions" holds the words. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from backcare.engine.analyze import stem, words
from backcare.engine.split_words import WORD
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json

# a sentence with its closing marks; a clause boundary inside one (a comma, semicolon, colon or
# dash, or before an "and": "how do i relieve tension in my spine and also is magnesium good")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_BOUNDARY = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s|\s(?=and\s)")
_LEADS = frozenset({"and", "but", "oh", "so", "then", "ok", "okay"})  # words before an opener
MAX_PARTS = 4  # questions ranked alone: a message of more asks a list, not one and an aside


class SideWords(NamedTuple):
    openers: tuple[tuple[str, ...], ...]
    reach: int
    starts: frozenset[str]  # a clause's first word that asks (with question and yes/no words)
    joiners: tuple[str, ...]
    priorities: tuple[tuple[str, ...], ...]
    later: frozenset[str]
    back_references: frozenset[str] = frozenset()  # a side question holding one is not alone
    # a sentence holding one sets a question aside without asking it ("I already know why")
    known: tuple[tuple[str, ...], ...] = ()
    # a rest holding one points back into the sentences set aside ("... my dog has arthritis.
    # How do I relieve the tension in his back?"): they stay
    story_pronouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_side_words() -> SideWords:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    side = expect_dict(data.get("side_questions", {}), "intents.json: side_questions")
    yes_no = expect_dict(data.get("yes_no", {}), "intents.json: yes_no")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        found = expect_strings(side.get(key, []), f"intents.json: side_questions: {key}")
        return tuple(p for p in sorted({words(f) for f in found}, key=len, reverse=True) if p)

    reach = side.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        reach = 0
    starts = {
        *expect_strings(side.get("starts", []), "intents.json: side_questions: starts"),
        *expect_strings(data.get("question_words", []), "intents.json: question_words"),
        *expect_strings(yes_no.get("first_words", []), "intents.json: yes_no: first_words"),
    }
    return SideWords(
        phrases("openers"),
        reach,
        frozenset(w for s in starts for w in words(s)),
        tuple(expect_strings(side.get("joiners", []), "intents.json: side_questions: joiners")),
        phrases("priorities"),
        _words_of(side, "later"),
        _words_of(side, "back_references"),
        phrases("known"),
        _words_of(side, "story_pronouns"),
    )


def _words_of(side: dict[str, object], key: str) -> frozenset[str]:
    found = expect_strings(side.get(key, []), f"intents.json: side_questions: {key}")
    return frozenset(w for s in found for w in words(s))


class Parts(NamedTuple):
    questions: tuple[str, ...]  # to rank alone, in the order to try them
    # whether the first is tried before the message as typed: a side question's words would rank
    # another entry ("What's the best mattress brand? Also, what helps tight back muscles?");
    # a sentence that only sets a question aside leaves the message's story its say ("I already
    # know my dog has arthritis. How do I relieve the tension in his back?" is still his)
    first: bool = True
    # several questions and no opener (_several): a part only tells whether the entry the
    # message ranks first answers one of them
    several: bool = False


def parts(
    text: str,
    stopwords: frozenset[str],
    side: SideWords | None = None,
    topical: Callable[[str], bool] | None = None,
    saying: Callable[[str], bool] | None = None,
) -> Parts:
    """The questions of `text` to rank alone (none when it holds no side question and sets none
    aside): the rest of the message, then its side questions; the one a sentence of priority
    points to first. For _several: `topical`, whether a text names a topic; `saying`, whether
    it holds a word that is neither a stop word nor framing."""
    side = side if side is not None else load_side_words()
    sentences = [s for s in _SENTENCE.findall(text) if words(s)]
    if not any(f" {j} " in text for j in side.joiners) and not _marked(words(text), side):
        # most questions: no opener, priority or set-aside phrase anywhere
        return _several(sentences, side, topical, saying)
    rest, asides, pointers, known = _read(sentences, side, loose=False)
    if pointers and not asides:
        # a sentence saying which question matters tells that there are several though none
        # is put aside by an opener: "Why does my back stiffen when I sit, and are standing
        # desks worth it? Mainly the first bit."
        rest, asides, pointers, known = _read(sentences, side, loose=True)
    if not asides:
        asides = _joined(text, side)
        if asides:
            rest = [_before_joiner(text, side)]
        elif not known:
            return Parts(())
    main = " ".join(r.strip() for r in rest if words(r)).strip()
    if len(asides) >= MAX_PARTS or not ("?" in main or side.starts.intersection(words(main))):
        return Parts(())
    if not (asides or pointers) and not side.story_pronouns.isdisjoint(words(main)):
        return Parts(())
    # a side question that points back ("also how long to rebuild them?") is not asked alone
    found = [main, *(a for a in asides if side.back_references.isdisjoint(words(a)))]
    if pointers:
        found = _pointed_first(found, pointers, stopwords, side)
    return Parts(tuple(found), bool(asides or pointers))


def set_aside_words(
    sentence: str, stopwords: frozenset[str], side: SideWords | None = None
) -> frozenset[str]:
    """The words (as `words` gives them) of the sentence's clauses that set a question aside
    ("I'm not asking about my scan specifically, I'll talk to them about that, but in general
    what causes ...?": scan), when the sentence asks in another clause and says them nowhere
    else: what is not asked is no topic an entry must mention, as in a sentence of its own."""
    side = side if side is not None else load_side_words()
    if not _marked(words(sentence), side):
        return frozenset()
    starts = [0, *(m.end() for m in _BOUNDARY.finditer(sentence)), len(sentence)]
    clauses = [words(sentence[a:b]) for a, b in pairwise(starts)]
    aside = [c for c in clauses if _holds(c, side.known)]
    if not aside or len(aside) == len(clauses):
        return frozenset()
    kept = {w for c in clauses if not _holds(c, side.known) for w in c}
    return frozenset(w for c in aside for w in c if w not in kept and w not in stopwords)


def _several(
    sentences: list[str],
    side: SideWords,
    topical: Callable[[str], bool] | None,
    saying: Callable[[str], bool] | None,
) -> Parts:
    """A message of several questions with no opener ("Should I see a chiropractor, and why do
    the muscles along my spine feel so tight?", "Why does my back stiffen when I sit? Should I buy
    a standing desk?"): a clause opened by "and" or "but" and a question word, or a sentence that
    asks after an earlier question, is a question of its own. The message as typed is ranked
    first (the page may answer it whole); when nothing answers it confidently, each question
    alone, with the message's statements kept beside the first: read together their words are
    topics no entry mentions, though the page answers one of them. A question that points back
    ("And how long should I stay in it?") is not asked alone; when it names a topic ("..., and
    are they covered by insurance?") the message is asked only as typed."""
    if len(sentences) > 1 and sum("?" in s for s in sentences) < 2:
        if not any(_and_asks(s, side) for s in sentences):
            return Parts(())
    elif len(sentences) == 1 and not _and_asks(sentences[0], side):
        return Parts(())
    marked = any("?" in s for s in sentences)
    rest, found, _, _ = _read(sentences, side, loose=True, marked=marked)
    asides = [a for a in found if side.back_references.isdisjoint(words(a))]
    main = " ".join(r.strip() for r in rest if words(r)).strip()
    # a question that points back is no question alone, nor one more type of the first: "How
    # do you relieve spinal tension with a pose like that? And how long should I stay in it?"
    # is asked as its first question (with the statements), not as a how-long question too
    if not found or len(found) >= MAX_PARTS:
        return Parts(())
    if not ("?" in main or side.starts.intersection(words(main))):
        return Parts(())
    if topical is not None and any(topical(f) for f in found if f not in asides):
        return Parts(())
    # a question of framing words only asks more of the same thing ("Can putting ice on tight
    # muscles cause frostbite, and how long is too long?"): one question of two types
    if saying is not None and not all(saying(f) for f in found):
        return Parts(())
    return Parts((main, *asides), False, True)


def _and_asks(sentence: str, side: SideWords) -> bool:
    """Whether a clause of the sentence after its first opens with "and" or "but" and a word
    that asks ("..., and why do ...")."""
    for found in _BOUNDARY.finditer(sentence):
        clause = words(sentence[found.end() :])
        if clause[:1] in (("and",), ("but",)) and len(clause) > 1 and clause[1] in side.starts:
            return True
    return False


def _read(
    sentences: list[str], side: SideWords, loose: bool, marked: bool = False
) -> tuple[list[str], list[str], list[str], bool]:
    """The sentences as the rest, the side questions, the sentences saying which question
    matters, and whether a sentence set a question aside ("Why my back gets stiff isn't really
    the point.", "I already know why they get tight": neither in the rest). `loose`: also a
    clause opened by "and" or "but" and a question word, and a sentence that asks after an
    earlier one, are side questions. `marked`: only a question mark asks (a story's "when
    they took it off ..." opens with a question word and asks nothing)."""
    rest: list[str] = []
    asides: list[str] = []
    pointers: list[str] = []
    known = False
    asked = False  # a question came before: only then may a sentence say which one matters
    for sentence in sentences:
        tokens = words(sentence)
        if asked and "?" not in sentence and _holds(tokens, side.priorities):
            pointers.append(sentence)
            continue
        if "?" not in sentence and _holds(tokens, side.known):
            known = True
            continue
        asks = "?" in sentence or (not marked and _asks(tokens, side))
        if loose and asked and asks:
            asides.append(sentence.strip())
            continue
        kept, put_aside = _split(sentence, side, loose)
        rest.append(kept)
        asides.extend(put_aside)
        asked = asked or put_aside != [] or asks
    return rest, asides, pointers, known


def _split(sentence: str, side: SideWords, loose: bool = False) -> tuple[str, list[str]]:
    """A sentence less its side question (from the clause that opens one to the sentence's end),
    and that side question (none, or one) less its opener when the opener leads it ("Also, is
    there a word limit?" -> "is there a word limit?"; "and should I also buy a new mattress?" ->
    "should I also buy a new mattress?")."""
    asks_here = "?" in sentence
    for at in (0, *(m.end() for m in _BOUNDARY.finditer(sentence))):
        clause = words(sentence[at:])
        opener = _opener(clause, side)
        if opener is None and loose and at and clause[:1] in (("and",), ("but",)):
            opener = (0, 1)  # "..., and are standing desks worth it?"
            if len(clause) < 2 or clause[1] not in side.starts:
                continue
        if opener is None:
            continue
        lead = _past_leads(clause, 0)
        after = _past_leads(clause, opener[1])
        if after >= len(clause):
            continue
        if not (asks_here or clause[after] in side.starts or clause[lead] in side.starts):
            continue
        skipped = after if opener[0] == lead else lead
        return sentence[:at].rstrip(" ,;:-\u2013\u2014"), [_after(sentence[at:], skipped)]
    return sentence, []


def _past_leads(clause: tuple[str, ...], at: int) -> int:
    while at < len(clause) and clause[at] in _LEADS:
        at += 1
    return at


def _after(clause: str, skipped: int) -> str:
    """The clause from its word after the first `skipped`; the clause itself when its words are
    not the tokens `words` reads."""
    spans = list(WORD.finditer(clause))
    if len(spans) != len(words(clause)) or skipped >= len(spans):
        return clause.strip()
    return clause[spans[skipped].start() :].strip()


def _opener(clause: tuple[str, ...], side: SideWords) -> tuple[int, int] | None:
    """Where an opener within the clause's first `reach` words starts and ends ("and should I
    also buy": "also"), None without one. An opener later in the clause ("is it also my
    posture") does not put the clause aside."""
    for i in range(min(side.reach, len(clause))):
        for opener in side.openers:
            if clause[i : i + len(opener)] == opener:
                return i, i + len(opener)
    return None


def _asks(tokens: tuple[str, ...], side: SideWords) -> bool:
    return bool(tokens) and tokens[0] in side.starts


def _joined(text: str, side: SideWords) -> list[str]:
    """A keyword query's parts after a joiner ("+"), when the part before holds a question word:
    "stiff back how long should it last + best office chair brand". Not "back pain + weight
    loss": two things said together, one question."""
    for joiner in side.joiners:
        if f" {joiner} " not in text or "?" in text:
            continue
        first, *more = text.split(f" {joiner} ")
        if any(w in side.starts for w in words(first)[1:]) or _asks(words(first), side):
            return [m.strip() for m in more if words(m)]
    return []


def _before_joiner(text: str, side: SideWords) -> str:
    for joiner in side.joiners:
        if f" {joiner} " in text:
            return text.split(f" {joiner} ")[0]
    return text


def _marked(tokens: tuple[str, ...], side: SideWords) -> bool:
    """Whether an opener, a priority or a set-aside phrase stands anywhere in the tokens."""
    phrases, firsts, lengths = _phrase_index(side)
    return any(
        tokens[i : i + n] in phrases
        for i, token in enumerate(tokens)
        if token in firsts
        for n in lengths
    )


@lru_cache(maxsize=2)
def _phrase_index(
    side: SideWords,
) -> tuple[frozenset[tuple[str, ...]], frozenset[str], tuple[int, ...]]:
    every = frozenset((*side.openers, *side.priorities, *side.known))
    return every, frozenset(p[0] for p in every), tuple(sorted({len(p) for p in every}))


def _holds(tokens: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tokens[i : i + len(p)] == p for p in phrases for i in range(len(tokens) - len(p) + 1)
    )


def _pointed_first(
    found: list[str], pointers: list[str], stopwords: frozenset[str], side: SideWords
) -> list[str]:
    """`found` with the question the priority sentences point to first: a side question by an
    ordinal ("the second one"), else the one sharing most of their words ("about the back")."""
    said = [w for p in pointers for w in words(p)]
    if side.later.intersection(said):
        return [*found[1:], found[0]]
    stems = {stem(w) for w in said if w not in stopwords}
    shared = [len(stems.intersection(stem(w) for w in words(f))) for f in found]
    best = max(range(len(found)), key=lambda i: (shared[i], -i))
    return [found[best], *found[:best], *found[best + 1 :]]
