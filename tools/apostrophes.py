"""Write data/apostrophes.txt: every character read as an apostrophe, chosen from Unicode data.

`python -m tools.apostrophes [--check]`. People type an apostrophe with whatever their keyboard,
phone or PDF gives them: the acute accent on German and Spanish keyboards ("can´t"), a prime from a
PDF ("can′t"), the full-width form of an East Asian input mode. The table is not a hand list: a
character is an apostrophe when

- it stands alone (punctuation, a spacing modifier symbol or a modifier letter: never a letter with
  a mark on it, nor a combining mark, which belongs to the letter before it), and
- its Unicode name says it is a single apostrophe, a single prime, a spacing acute or grave accent,
  or a single (not low-9, not angle) quotation mark (not double, triple, low or middle forms);

and then every other character whose compatibility form (NFKC) is that of one of these (GREEK OXIA
and TONOS are the acute accent, GREEK NUMERAL SIGN the prime). Red flags and matching read the text
after this table, before NFKC (which would turn the acute accent into a space and a combining mark).
`--check` exits 1 when the file differs from what this Python's Unicode data gives.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from tools import generated

FILE = Path(__file__).resolve().parent.parent / "data" / "apostrophes.txt"
_KINDS = frozenset({"Po", "Pi", "Pf", "Sk", "Lm"})  # standing alone: no letters, no marks
_NAME = re.compile(
    r"(?:^|\s)(?:APOSTROPHE|PRIME|ACUTE ACCENT|GRAVE ACCENT"
    r"|SINGLE (?:HIGH-REVERSED-9 )?QUOTATION MARK)$"
)
_NOT = re.compile(r"\b(?:DOUBLE|TRIPLE|QUADRUPLE|LOW|MIDDLE)\b")


def apostrophes() -> list[str]:
    """The characters read as an apostrophe, in code point order."""
    everything = [chr(c) for c in range(sys.maxunicode + 1)]
    named = {
        ch
        for ch in everything
        if unicodedata.category(ch) in _KINDS
        and _NAME.search(name := unicodedata.name(ch, ""))
        and not _NOT.search(name)
    }
    forms = {unicodedata.normalize("NFKC", ch) for ch in named}
    same = {
        ch
        for ch in everything
        if unicodedata.category(ch) in _KINDS and unicodedata.normalize("NFKC", ch) in forms
    }
    return sorted(named | same)


# Negations written out, read as their contractions by the red-flag reading (harden14): the
# vocabulary's phrases are written with the contractions ("dont want to live", "cant|cannot pee"),
# and formal writers, dictation and spell-checkers write "I do not want to live", "I can not pee".
# A hand list: the auxiliaries English contracts with "not" (not "am", "may", "might", "dare":
# no contraction people write, or none the vocabulary reads).
WRITTEN_OUT = (
    ("are not", "aren't"),
    ("can not", "can't"),
    ("cannot", "can't"),
    ("could not", "couldn't"),
    ("did not", "didn't"),
    ("do not", "don't"),
    ("does not", "doesn't"),
    ("had not", "hadn't"),
    ("has not", "hasn't"),
    ("have not", "haven't"),
    ("is not", "isn't"),
    ("must not", "mustn't"),
    ("need not", "needn't"),
    ("shall not", "shan't"),
    ("should not", "shouldn't"),
    ("was not", "wasn't"),
    ("were not", "weren't"),
    ("will not", "won't"),
    ("would not", "wouldn't"),
)
# Letters no compatibility form folds: small capitals from "font generator" sites ("ᴘᴇᴇ"), read
# as the letter their Unicode name gives
_SMALL_CAPITAL = re.compile(r"^LATIN LETTER SMALL CAPITAL ([A-Z])$")
# Characters that draw nothing and stand inside a word: combining marks that are default-ignorable
# (the combining grapheme joiner, variation selectors, Mongolian free variation selectors), which
# the engine's removal of format characters (Cf) does not reach; and the Hangul fillers, letters
# by category that draw a blank, used as spaces
_FILLER = re.compile(r"^HANGUL (?:CHOSEONG |JUNGSEONG )?FILLER$|^HALFWIDTH HANGUL FILLER$")
_IGNORABLE = re.compile(
    r"^(?:COMBINING GRAPHEME JOINER|VARIATION SELECTOR-\d+|MONGOLIAN FREE VARIATION SELECTOR \w+)$"
)


def look_alikes() -> list[tuple[str, str]]:
    """(character, its reading) for the red-flag reading: small capitals as their letter,
    ignorable marks as nothing, fillers as a space, in code point order."""
    found = []
    for c in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(c), "")
        if not name:
            continue
        if (letter := _SMALL_CAPITAL.match(name)) and unicodedata.normalize("NFKC", chr(c)) == chr(
            c
        ):
            found.append((chr(c), letter.group(1).lower()))
        elif _IGNORABLE.match(name) and unicodedata.category(chr(c)) == "Mn":
            found.append((chr(c), ""))
        elif _FILLER.match(name):
            found.append((chr(c), " "))
    return found


VOCABULARY = FILE.parent / "safety_vocabulary.json"


def kept_nots() -> list[str]:
    """Words before which a written-out "not" stays as written: those a vocabulary phrase reads
    right after a "not" that has no contraction beside it ("not able ... pee", "not going away",
    "not|never be here $"): "I was not able to pee" must still read "not able", where "wasn't
    able" would match nothing."""
    vocabulary = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    kept: set[str] = set()
    auxiliaries = {full.split()[0] for full, _ in WRITTEN_OUT if " " in full}

    def walk(node: object) -> None:
        if isinstance(node, str):
            words = node.split()
            for before, word, after in zip(["", *words], words, words[1:], strict=False):
                options = word.split("|")
                # "do not have" spells the written-out form itself (its twin "dont have" reads
                # the contraction): only a "not" after no auxiliary keeps its next word
                spelt = not auxiliaries.isdisjoint(before.split("|"))
                if (
                    "not" in options
                    and not spelt
                    and not any(o.endswith("nt") for o in options if o != "not")
                ):
                    kept.update(
                        o.lstrip("=").replace("'", "")
                        for o in after.split("|")
                        if o.lstrip("=").isalpha()
                    )
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                # a hedge ("not really") is read where it stands alone ("Numb? Not really."):
                # keeping it after an auxiliary left "I can not really feel my bum" unread
                # where "I can't really feel my bum" is an emergency (red flags 31, harden14)
                # an "about" or "<name>_about" is prose, no phrase ("... not someone they care
                # for" in strangers' 'stories_about' made "someone" a kept word: fixE)
                if key not in ("about", "hedges") and not key.endswith("_about"):
                    walk(value)

    walk(vocabulary)
    return sorted(kept)


def render() -> str:
    lines = [
        "# Characters read as an apostrophe (written by `python -m tools.apostrophes`; do not edit).",
        f"# Unicode {unicodedata.unidata_version}. One code point a line; the rest is a comment.",
    ]
    lines += [f"U+{ord(ch):04X}  # {unicodedata.name(ch)}" for ch in apostrophes()]
    lines += [
        "# For the red-flag reading only: a character read as other text (`U+XXXX -> text`,",
        '# "" for nothing, " " for a space), then negations written out read as contractions.',
    ]
    lines += [
        f"U+{ord(ch):04X} -> {json.dumps(to)}  # {unicodedata.name(ch)}" for ch, to in look_alikes()
    ]
    lines += [f"{full} -> {short}" for full, short in WRITTEN_OUT]
    lines += [
        "# A written-out negation stays as written before these words (from the vocabulary's",
        '# phrases with "not" and no contraction: tools.apostrophes.kept_nots).',
    ]
    lines += [f"not {word}" for word in kept_nots()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return generated.main(
        argv,
        __doc__ or "",
        FILE,
        render,
        stale="differs from this Python's Unicode data",
        written=lambda text: f"{text.count('U+')} characters",
    )


if __name__ == "__main__":
    raise SystemExit(main())
