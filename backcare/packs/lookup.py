"""Finding what a person meant in a pack: topics by prefix or fuzzy match, ids close to a mistyped
one, completions. Pure functions over a Pack, shared by the commands, the query and the interactive
prompt so all of them answer the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

FUZZY_TOPIC = 75  # rapidfuzz WRatio (0-100) for "strech" -> "stretches and release"
# a close spelling of one word of a topic, as a prefix names one of its words ("relief" -> "pain
# relief"): rapidfuzz ratio for "relif" -> "relief" (91) and "musle" -> "muscle" (91); "releif" ->
# "release" is 62. Words this short or shorter are too easily close to anything.
FUZZY_TOPIC_WORD = 80
SHORTEST_FUZZY_WORD = 4
FUZZY_ID = 60


def is_topic_name(pack: Pack, wanted: str) -> bool:
    """Whether `wanted` is one of the pack's topic names as written (any case and spacing) with no
    word of a person speaking of themselves in it: a label chosen from the pack's own list, whose
    words are not read for red flags (review13 F11: a pack's "bladder problems" topic raised an
    emergency and hid its answers). "I want to kill myself" is someone talking, whatever a pack
    calls its topics (hostile13 F3)."""
    key = " ".join(_folded(wanted).split())
    if not _exact_topics(pack, key):
        return False
    return (
        not set(re.findall(r"[a-z]+", key.replace("'", "").replace("\u2019", ""))) & _self_words()
    )


def _exact_topics(pack: Pack, key: str) -> list[str]:
    """The pack's topics whose folded name is `key` (a folded, space-normalised text)."""
    return [t for t in pack.topics() if t and _folded(t) == key] if key else []


@lru_cache(maxsize=1)
def _self_words() -> frozenset[str]:
    """The red-flag vocabulary's words of the asker ("i", "im", "my", "myself", ...)."""
    from backcare.resources import expect_list, read_shared_json

    return frozenset(
        str(w) for w in expect_list(read_shared_json("safety_vocabulary.json")["self"], "self")
    )


def find_topics(pack: Pack, wanted: str) -> list[str]:
    """The pack's topics that `wanted` names: an exact match (any case), else every topic that it
    starts, or one of whose words it starts ("relief" -> "pain relief"), else the close spellings
    of a topic or of one of its words ("relif" -> "pain relief", as "relief" is). Empty when
    nothing is close."""
    key = " ".join(_folded(wanted).split())
    exact = _exact_topics(pack, key)
    if exact or not key:
        return exact
    topics = [t for t in pack.topics() if t]
    # a word that names nothing ("and", "my") starts no word inside a topic's name: `--topic "...
    # and ..."` resolved a whole sentence to "stretches and release" (hostile13 F3)
    inside = key.split()[0] not in _stopwords()
    prefix = [
        t
        for t in topics
        if _folded(t).startswith(key)
        or (
            inside
            and any(" ".join(_folded(t).split()[i:]).startswith(key) for i in range(len(t.split())))
        )
    ]
    if prefix:
        return prefix
    # a close spelling of a topic says no more than the topic: a sentence with more words (or
    # more that carry meaning) than the topic has is no misspelt topic, however WRatio scores its
    # parts (one more word is a spelling: "relief of pain")
    words, meant = len(key.split()), _content(key)
    # two or three letters that start nothing are no spelling of a topic: WRatio scores a short
    # key by where it sits inside a longer name ("op" in "atrophy"), so `ask -top 5` (-t op) chose
    # "muscle atrophy" and answered from it (newcomer31 F9)
    if not meant or len(key.replace(" ", "")) < 4:
        return []
    near = [t for t in topics if words <= len(t.split()) + 1 and meant <= _content(t)]
    return _close_topics(key, near, 3)


# a question's words read for the topics they name: its first ones (a pasted page is no question)
MAX_TOPIC_WORDS = 24
SHORTEST_TOPIC_WORD = 4  # "leg", "hip", "the": too short to name a topic by a prefix or spelling


def topics_named_in(pack: Pack, text: str, limit: int = 2) -> tuple[str, ...]:
    """The pack's topics a word of `text` names as `topics WORD` would (find_topics: "stretches"
    names "stretches and release"), first named first: for a question no entry answers, whose
    reader was told every topic but not the one their own words name (stranger trial F11)."""
    import re

    stop = _stopwords()
    from itertools import islice

    # the first words found one at a time: a pasted megabyte is never split whole
    words = [m[0] for m in islice(re.finditer(r"[^\W\d_]+", text), MAX_TOPIC_WORDS)]
    found: dict[str, None] = {}
    memo = _word_topics(pack)
    for word in dict.fromkeys(w.casefold() for w in words):
        if len(word) < SHORTEST_TOPIC_WORD or word in stop:
            continue
        named = memo.get(word)
        if named is None:
            if len(memo) >= TOPIC_WORD_MEMO:
                memo.clear()
            named = memo[word] = tuple(find_topics(pack, word))
        found.update(dict.fromkeys(named))
        if len(found) >= limit:
            break
    return tuple(found)[:limit]


# the topics each word names (find_topics), kept for the topics they were found among: a batch's
# questions that no entry answers each spell their first words against every topic (WRatio, NFKC
# folding), 5% of the 50k pack's batch; the same words come again and again. One pack's topics at
# a time, at most this many words (cleared when full)
TOPIC_WORD_MEMO = 16_384
_TOPIC_MEMOS: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {}


def _word_topics(pack: Pack) -> dict[str, tuple[str, ...]]:
    """The memo of `find_topics(pack, word)` by word, for this pack's topics (a pack with other
    topics, or the same pack changed, gets a new one: find_topics reads nothing else of it)."""
    topics = tuple(pack.topics())
    memo = _TOPIC_MEMOS.get(topics)
    if memo is None:
        _TOPIC_MEMOS.clear()
        memo = _TOPIC_MEMOS[topics] = {}
    return memo


def _content(text: str) -> int:
    """How many words of `text` carry meaning (not stop words)."""
    stop = _stopwords()
    return sum(1 for word in _folded(text).split() if word not in stop)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from backcare.resources import read_words

    return frozenset(read_words("stopwords.txt"))


def _folded(text: str) -> str:
    """Case and compatibility forms folded (hostile11: a full-width "ＰＡＩＮ ＲＥＬＩＥＦ" named no
    topic, while the region setting was folded the same way)."""
    import unicodedata

    return unicodedata.normalize("NFKC", text).casefold()


def _close_topics(key: str, topics: list[str], limit: int) -> list[str]:
    """Topics spelled like `key` as a whole (WRatio) or in one word (ratio), closest first."""
    from rapidfuzz import fuzz, utils

    folded = utils.default_process(key)
    scored: list[tuple[float, str]] = []
    for topic in topics:
        whole = fuzz.WRatio(folded, topic, processor=utils.default_process)
        word = 0.0
        if len(folded) >= SHORTEST_FUZZY_WORD and " " not in folded:
            word = max(
                (fuzz.ratio(folded, w) for w in utils.default_process(topic).split()), default=0.0
            )
        best = max(
            whole if whole >= FUZZY_TOPIC else 0.0, word if word >= FUZZY_TOPIC_WORD else 0.0
        )
        if best:
            scored.append((best, topic))
    scored.sort(key=lambda pair: -pair[0])
    return [topic for _, topic in scored[:limit]]


def suggest_ids(pack: Pack, wanted: str, limit: int = 3) -> list[str]:
    """Ids close to a mistyped or partial one, best first: ids it starts, then close spellings
    (compatibility forms folded: a full-width id is suggested its ASCII one)."""
    import unicodedata

    key = unicodedata.normalize("NFKC", wanted).strip()
    if not key:
        return []
    ids = list(pack.by_id)
    starts = [i for i in ids if i.startswith(key)][:limit]
    if len(starts) == limit:
        return starts
    close = [i for i in _close(key, ids, FUZZY_ID, limit) if i not in starts]
    return (starts + close)[:limit]


def _close(key: str, choices: list[str], cutoff: int, limit: int) -> list[str]:
    """The choices spelled most like `key` (rapidfuzz WRatio, case and punctuation folded)."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        key,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=cutoff,
        limit=limit,
    )
    return [choice for choice, _, _ in found]


def complete_ids(pack: Pack, prefix: str) -> list[str]:
    """Ids starting with `prefix`, in pack order (for Tab completion)."""
    return [i for i in pack.by_id if i.startswith(prefix)]


def complete_topics(pack: Pack, prefix: str) -> list[str]:
    """Topics starting with `prefix`, any case (for Tab completion). Only printable ones: readline
    puts a completion into the line as it is, so a pack's topic with a C1 control or a bidi
    override would reach the terminal raw (it can still be typed, and `topics` lists it escaped)."""
    key = prefix.casefold()
    return [t for t in pack.topics() if t and t.isprintable() and t.casefold().startswith(key)]
