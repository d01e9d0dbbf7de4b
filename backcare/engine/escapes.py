"""Text escaped for another medium, read as the person wrote it. `decode_escapes` is for the
red-flag reading only; `json_unescaped` also serves cli/framed.py (a line that is no JSON object,
read for red flags), and `unquoted` every door (query.engine_text).

A web form, a CMS export or a bot that encodes twice hands backcare "I can&#39;t pee",
"I%20can%27t%20pee" or "I can\\u0027t pee": the words are the person's, the escapes are the
program's. Each class is decoded where it cannot be anything else a person typed:
- HTML character references, named or numeric, ending in ";" ("&nbsp;", "&#8217;", "&amp;"): a
  person writes "&" before a space or a word, almost never "&name;"; encoded twice ("&amp;#39;")
  or three times, each layer;
- percent escapes ("%27", "%E2%80%99") only touching a letter or another escape ("50% better",
  "100%" stay), and "+" as a space only in text with no spaces that holds one (a form's
  application/x-www-form-urlencoded body: "I+can%27t+pee"; with no escape, when two "+" or more
  stand between letters: "i+cant+pee");
- JSON/Python "\\uXXXX" escapes (surrogate pairs joined): `json_unescaped`;
- leetspeak: a digit standing for a letter between letters of a word of at least three letters
  ("k1ll", "su1c1de"); words ending in a digit (spinal levels "L4", "T12", "s1") are not read so.
- hashtags and CamelCase (safety26): "CantPee" and "#CantFeelMyLegs" as their words, split where a
  lower-case letter meets a capital that starts a word; a lower-case hashtag ("#cantpee",
  "#numbbum") as the fewest words of data/english_words.txt and the red-flag vocabulary that make
  it up whole (one word when none do); the "#" goes.
The text shown, echoed or stored is never this one (answer.red_flags reads it; Answer keeps the
question as typed).

PHP or shell quoting ("can\\'t": backslashes before an apostrophe between letters) is dropped by
`unquoted`, which query.engine_text calls after engine/mojibake.py's repair, for the matcher too.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from backcare.lazyregex import lazy

_ENTITY = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PERCENT = lazy(r"(?:%[0-9A-Fa-f]{2})+")
_FORM_PLUS = lazy(r"(?<=[^\W\d_])\+(?=[^\W\d_])")  # a "+" between letters
_JSON = lazy(r"\\u([0-9a-fA-F]{4})")
_JSON_STRING = lazy(r'\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))')  # every escape of a JSON string
# what JSON's one-letter escapes stand for: a control as a space, but a line break
_JSON_LETTERS = {'"': '"', "\\": "\\", "/": "/", "b": " ", "f": " ", "n": "\n", "r": " ", "t": " "}
_QUOTING = lazy(r"(?<=[^\W\d_])\\+(?=['\u2019][^\W\d_])")  # "can\\'t"
# a word of letters with digits that stand for letters inside it, ending in a letter
_LEET_WORD = lazy(r"(?<![\w@$])(?=\w*[0134578@$])[^\W\d_][\w@$]*[^\W\d_](?![\w@$])")
_LEET = str.maketrans("0134578@$", "oieastbas")
_CAMEL = lazy(r"(?<=[a-z])(?=[A-Z][a-z])")
_HASHTAG = lazy(r"(?<![\w#])#([^\W\d_]{2,40})(?!\w)")


def decode_escapes(text: str) -> str:
    """`text` with the escapes above decoded (see the module); text without any is returned
    as it is, after a few `in` tests."""
    for _ in range(3):  # encoded twice or more ("&amp;#39;"): each layer once (hostile16 F1)
        if "&" not in text or ";" not in text:
            break
        decoded = _ENTITY.sub(_entity, text)
        if decoded == text:
            break
        text = decoded
    if "%" in text:
        text = _decode_percent(text)
    elif "+" in text and " " not in text and len(_FORM_PLUS.findall(text)) >= 2:
        text = text.replace("+", " ")  # a form's body with no escape in it: "i+cant+pee"
    text = json_unescaped(text)
    if any(c in text for c in "0134578@$"):
        text = _LEET_WORD.sub(_leet, text)
    if "#" in text:
        text = _HASHTAG.sub(_hashtag, text)
    if not text.islower() and not text.isupper():
        text = _CAMEL.sub(" ", text)
    return text


def _entity(found: re.Match[str]) -> str:
    import html  # only for text holding an entity

    decoded = html.unescape(found.group())
    return " " if decoded == "\xa0" else decoded


def _decode_percent(text: str) -> str:
    from urllib.parse import unquote

    def one(found: re.Match[str]) -> str:
        start, end = found.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalpha() or after.isalpha() or end - start > 3):
            return found.group()  # "100%20" is more likely "100% 20" typed than an escape
        return unquote(found.group(), errors="replace")

    form = " " not in text and "+" in text and _PERCENT.search(text) is not None
    decoded = _PERCENT.sub(one, text)
    return decoded.replace("+", " ") if form else decoded


def json_unescaped(text: str, *, every: bool = False) -> str:
    """`text` with JSON's "\\uXXXX" escapes read as the characters they stand for, a surrogate
    pair (as JSON writes the astral planes) as its one character, a lone one as U+FFFD; with
    `every`, the one-letter escapes too ("\\n", "\\"", "\\\\": a JSON line that could not be
    decoded, cli/framed.py), a backslash escaping a backslash read first ("\\\\u0041" is "\\u0041")."""
    if every:
        if "\\" not in text:
            return text
        text = _JSON_STRING.sub(_json_string, text)
    else:
        if "\\u" not in text:
            return text
        text = _JSON.sub(_json, text)
    if any("\ud800" <= c <= "\udfff" for c in text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def unquoted(text: str) -> str:
    """`text` without the backslashes PHP or a shell puts before an apostrophe between letters
    ("can\\'t", as PHP's addslashes writes it; doubled by a second pass)."""
    return _QUOTING.sub("", text) if "\\" in text else text


def _json(found: re.Match[str]) -> str:
    return chr(int(found.group(1), 16))


def _json_string(found: re.Match[str]) -> str:
    code = found.group(1)
    return chr(int(code, 16)) if code else _JSON_LETTERS[found.group(2)]


def _leet(found: re.Match[str]) -> str:
    word = found.group()
    letters = sum(c.isalpha() for c in word)
    return word.translate(_LEET) if letters >= 3 else word


def _hashtag(found: re.Match[str]) -> str:
    tag = found.group(1)
    if not tag.islower():
        return tag  # CamelCase, split after
    return " ".join(word_segments(tag.lower())) or tag


def word_segments(tag: str) -> list[str]:
    """The fewest known words (at least two letters each) that make up `tag` whole, or []. Each
    end keeps its count and where its last word starts, not a copy of the words before it: a list
    per end made a run of a million letters cost gigabytes (test_match's huge question)."""
    known = known_words()
    # fewest words that make up tag[:end] (None: no way), and where the last of them starts
    count: list[int | None] = [0, *([None] * len(tag))]
    last_start = [0] * (len(tag) + 1)
    for end in range(2, len(tag) + 1):
        for start in range(max(0, end - 20), end - 1):
            before, now = count[start], count[end]
            if before is None or tag[start:end] not in known:
                continue
            if now is None or before + 1 < now:
                count[end], last_start[end] = before + 1, start
    if not count[len(tag)]:
        return []
    words, end = [], len(tag)
    while end:
        words.append(tag[last_start[end] : end])
        end = last_start[end]
    return words[::-1]


class KnownWords(Container[str]):
    """Words of two letters or more that are common English (data/english_words.txt, found by
    bisecting its bytes: analyze.common_words), words of its comment lines, or plain words of
    the red-flag vocabulary's phrases. The file's 40,000 lines are not made a set here: that
    took ~70% of this table's ~90 ms (a cold validate of the bundled pack reads one long word;
    so does an ask with one), and a run's few hundred lookups bisect instead (common_words
    makes the set itself after a batch's worth)."""

    def __init__(self, listed: Container[str], others: frozenset[str]) -> None:
        self._listed = listed
        self._others = others

    def __contains__(self, word: object) -> bool:
        return (
            isinstance(word, str)
            and len(word) >= 2
            and (word in self._others or word in self._listed)
        )


@lru_cache(maxsize=1)
def known_words() -> KnownWords:
    """Common English words and every plain word of the red-flag vocabulary's phrases."""
    from backcare.engine.analyze import common_words
    from backcare.resources import read_bytes, read_shared_json

    # the comment lines' words (its first lines) were words of the list as read whole (split on
    # any space); the others are one a line (tests/test_speed23.py, test_speed36.py keep it so)
    data = read_bytes("english_words.txt")
    words: set[str] = set()
    start = 0
    while data.startswith(b"#", start):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        words.update(data[start:end].decode("ascii").split())
        start = end + 1
    vocabulary = read_shared_json("safety_vocabulary.json")
    # every phrase's words, each distinct one looked at once (2,950 phrases, ~29,000 words)
    said = " ".join(
        phrase
        for concept in vocabulary["concepts"].values()
        for phrase in concept.get("phrases", ())
    )
    words.update(w.lower() for w in set(said.replace("|", " ").split(" ")) if w.isalpha())
    return KnownWords(common_words(), frozenset(w for w in words if len(w) >= 2))
