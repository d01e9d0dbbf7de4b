"""The asker's "mine" standing for a body part just named as someone else's (safety50, issue #12):
"My late mum had a spinal tumour and lost control of her bladder, and I lost control of mine this
morning" tells the asker's own bladder, now. Read before tokenizing as "my" and that part ("... I
lost control of my bladder this morning"), so every later step (negation, whose sign, when, the
rules and the learned check) reads the asker's sign as if written out: "... and I never lost
control of mine" is denied, "her legs are numb but mine are fine" is well. The words are data
(data/mine_words.json, read when a text first holds "mine"): a "mine" with no owned part named in
its sentence or the one before, a mine in the ground ("a coal mine") and "a friend of mine" stay
as they are. A "mine" that echoes someone's words up to their possessive ("He lost control of his
pee. It was awful. And I lost control of mine": safety52's echo, read here since tidy19) stands for
the word the possessive owns, listed part or not, up to two sentences back."""

from __future__ import annotations

import functools
import re

from backcare.engine.analyze import stem
from backcare.engine.safety.text_gates import may_say_mine
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple

# compiled when first used (~1.3 million instructions, issue 17): an ASCII text without "mine" in
# its lower case cannot match it (only "İ" and "ı" beside "i" and "I" match "i" under IGNORECASE)
_MINE = lazy(r"\bmine\b", re.IGNORECASE)
# read only in a text with a "mine" (compiled when first used)
_STOP = lazy(r"[.!?\n]+")
_CLAUSE = lazy(r"[.!?\n,;:]")
_WORD = lazy(r"[a-z']+")


class _Words(NamedTuple):
    owned: re.Pattern[str]  # an owner and the part it owns; group "part"
    not_after: frozenset[str]
    people: frozenset[str]
    echoes: frozenset[str]
    sentences_back: int
    echoed: re.Pattern[str]  # a possessive and the word it owns; group "word"
    self_words: frozenset[str]
    negations: frozenset[str]
    echo_sentences_back: int
    echo_words: int
    echo_least: int
    echo_alone: frozenset[str]  # stems that echo alone ("He wet his trousers. I wet mine")
    pro_verb: re.Pattern[str]  # "mine did too": a pro-verb with an echo's tail (safety91)
    pro_ends: frozenset[str]  # words that end the owned part's copied words ("and", "but")
    pro_words: int  # at most so many words copied


@functools.cache
def _words() -> _Words:
    """data/mine_words.json compiled, read when a text first holds "mine"."""
    from backcare.resources import read_json, read_shared_json

    data = read_json("mine_words.json")
    vocabulary = read_shared_json("safety_vocabulary.json")
    parts = sorted(data["parts"], key=len, reverse=True)
    part = "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)
    owners = "|".join(map(re.escape, data["owners"]))
    before = "|".join(map(re.escape, data["owners_before"]))
    owned = re.compile(
        rf"(?:\b(?:{owners})|\b(?:{before})\s+[a-z]+'s)\s+(?:own\s+)?(?P<part>{part})\b",
        re.IGNORECASE,
    )
    echo = data["echo"]
    pro = data["pro_verbs"]
    pro_verb = re.compile(
        rf"\bmine\s+(?:{'|'.join(map(re.escape, pro['verbs']))})(?=\s+(?:"
        rf"{'|'.join(map(re.escape, pro['tails']))})\b)",
        re.IGNORECASE,
    )
    echoed = re.compile(
        rf"\b(?:{'|'.join(map(re.escape, echo['owners']))})\s+(?P<word>[a-z]+)\b", re.IGNORECASE
    )
    return _Words(
        owned,
        frozenset(data["not_after"]),
        frozenset(data["people"]),
        frozenset(data["echoes"]),
        int(data["sentences_back"]),
        echoed,
        frozenset(vocabulary["self"]),
        frozenset(vocabulary["negations"]),
        int(echo["sentences_back"]),
        int(echo["words"]),
        int(echo["least"]),
        frozenset(stem(w) for w in echo["alone"]),
        pro_verb,
        frozenset(pro["ends"]),
        int(pro["words"]),
    )


def read_mine(text: str) -> str:
    """The text with each "mine" that stands for a body part named just before as someone
    else's read as "my" and that part."""
    if not may_say_mine(text) or _MINE.search(text) is None:
        return text
    words = _words()
    owned = list(words.owned.finditer(text))
    if not owned and words.echoed.search(text) is None:
        return text

    if owned:
        text = _pro_verbs_read(text, owned, words)
        owned = list(words.owned.finditer(text))

    def stood_for(found: re.Match[str]) -> str:
        before = text[: found.start()].split()
        if before and before[-1].lower() in words.not_after:
            return found.group()
        if len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower() in words.people:
            return found.group()  # "a friend of mine"
        my = "My" if found.group()[0] == "M" else "my"
        part = _echoed(text, found, words)  # "... lost control of her pee. I lost control of mine"
        if part is not None:
            return f"{my} {part}"
        rest = _CLAUSE.split(text[found.end() :], maxsplit=1)[0]
        if rest.strip() and set(_WORD.findall(rest.lower())) <= words.echoes:
            return found.group()  # "Mine do too.": an echo (echoed.py) reads it as it stands
        last = [o for o in owned if o.end() <= found.start()]
        if (
            last
            and len(_STOP.findall(text[last[-1].end() : found.start()])) <= words.sentences_back
        ):
            return f"{my} {last[-1].group('part').lower()}"
        return found.group()

    return _MINE.sub(stood_for, text)


def _echoed(text: str, found: re.Match[str], words: _Words) -> str | None:
    """The word that "mine" stands for when the words right before it echo those right before
    someone's possessive ("... lost control of her pee. ... and I lost control of mine"),
    compared by stem, at least `echo_least` of them ("proud of mine" echoes no "of her wee") or one
    of `echo_alone` ("He wet his trousers. I wet mine"), after a self word and with no negation in "mine"'s clause ("I never lost
    control of mine" stays), with at most `echo_sentences_back` sentence ends between: the
    possessed word, or None."""
    clause = [
        w.replace("'", "") for w in _WORD.findall(_CLAUSE.split(text[: found.start()])[-1].lower())
    ]
    clause = clause[-words.echo_words :]
    said = [stem(w) for w in clause]
    for owner in reversed(list(words.echoed.finditer(text, 0, found.start()))):
        if len(_STOP.findall(text[owner.end() : found.start()])) > words.echo_sentences_back:
            return None
        theirs = _WORD.findall(_CLAUSE.split(text[: owner.start()])[-1].lower())
        before = [stem(w.replace("'", "")) for w in theirs]
        size = 0
        while size < min(len(before), len(said)) and before[-1 - size] == said[-1 - size]:
            size += 1
        if (
            (size >= words.echo_least or (size == 1 and said[-1] in words.echo_alone))
            and set(clause[:-size]) & words.self_words
            and not set(clause) & words.negations
        ):
            return owner.group("word").lower()
    return None


def _pro_verbs_read(text: str, owned: list[re.Match[str]], words: _Words) -> str:
    """The text with each "mine" and pro-verb before an echo's tail ("and an hour later mine did
    too") read as "my", the part owned just before (at most `sentences_back` sentence ends back)
    and that part's own words up to its clause's end or an 'ends' word ("my legs went numb
    too"); left as written when those words are none, too many, or hold a negation."""

    def told(found: re.Match[str]) -> str:
        last = [o for o in owned if o.end() <= found.start()]
        if (
            not last
            or len(_STOP.findall(text[last[-1].end() : found.start()])) > words.sentences_back
        ):
            return found.group()
        said: list[str] = []
        for word in _WORD.findall(_CLAUSE.split(text[last[-1].end() :], maxsplit=1)[0].lower()):
            if word in words.pro_ends:
                break
            said.append(word)
        folded = {w.replace("'", "") for w in said}
        if not said or len(said) > words.pro_words or folded & words.negations:
            return found.group()
        my = "My" if found.group()[0] == "M" else "my"
        return f"{my} {last[-1].group('part').lower()} {' '.join(said)}"

    return words.pro_verb.sub(told, text)
