"""Updating a pack from its page: what a user added to a pack survives `import --force` over it.

The page owns its questions, answers and topics; everything else in the pack is the user's: the
pack's title, source, contact and lexicon, and each entry's id, aliases, tags, `reviewed` date, `not_an_emergency` and
`source_url` (and a topic given where the page gives none). `carry_over` takes the freshly imported
pack data and the pack it replaces and returns the new data with the user's part carried over,
with a note for what was kept and for every earlier entry no longer on the page (its additions
could not be carried).

An earlier entry is the same entry as a new one when (first match wins, each entry used once):
1. their questions are the same words (case, spacing and punctuation aside);
2. one's question is among the other's aliases (the user added the page's new wording, or kept the
   old one as an alias);
3. their answers are the same words, and no other entry shares that answer (a reworded question);
4. their questions give the same id slug (the same content words: "Do you treat children?" and
   "Do you treat the children?"), again only when that slug is unique on both sides;
5. of the entries still unmatched, their questions are alike: a rapidfuzz WRatio of their words of
   at least SIMILAR (tests/test_import_update_harden13.py's rewordings score 84.6 to 95, the
   unrelated questions there 33 to 47) and more than half of the shorter one's content words
   shared (is_variant: "A new one?" and "A old?" score 85.5 on letters alone), each the other's
   best (review9 3b: "How much does a session cost?" reworded "What does a session cost?" as its
   price changed lost everything).

An id held by an earlier entry that matched none is never given to another entry (a new entry
whose slug it is is numbered on): `backcare show price` must not silently show another entry. What
cannot be carried is named in `lost` for the caller, which keeps the earlier pack in a backup.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from backcare.packs.importers.result import (
    CONTACT_DETAILS,
    LIST_NUMBER,
    StaleContact,
    clip,
    is_variant,
    slugify,
)

# pack-level fields the user may have set or changed; `entries` is the page's
_PACK_FIELDS = ("title", "source", "contact", "lexicon")
_PAGE_FIELDS = ("title", "source")  # also given by the page: a change is named in a note
_WORD = re.compile(r"\w+")

Entry = dict[str, Any]


SIMILAR = 80  # rule 5's least WRatio (0-100) of two questions' words


def carry_over(
    new: dict[str, Any],
    earlier: dict[str, Any],
    name: str,
    lost: list[str] | None = None,
    skipped: Sequence[str] = (),
    removed: list[str] | None = None,
    pinned: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[str]]:
    """`new` (an import's pack data) with what the user added to `earlier` (a valid pack's data,
    the file `name` being replaced) carried over, and the notes saying what was kept and lost;
    `lost` gets the id of each earlier entry whose additions could not be carried; `skipped`: the
    page's questions the import skipped, whose earlier entries are told so, not gone; `removed`
    gets the id of each earlier entry no longer on the page. `pinned`: the ids the page itself
    pins (a Markdown front matter's `ids:`): an explicit pin wins over the id the earlier pack
    gave the same entry, with a note naming both (newcomer31 F3: the old id was kept silently)."""
    notes: list[str] = []
    data = dict(new)
    kept: list[str] = []
    for key in _PACK_FIELDS:
        if key not in earlier or data.get(key) == earlier[key]:
            continue
        if key == "title" and data.get(key) and earlier[key] == earlier.get("page_title"):
            # the title is the one the page gave last time: the user never changed it, so the
            # page's new one follows (review9 3c: a clinic that renamed itself kept its old name)
            notes.append(
                f"took the page's new title {clip(str(data[key]))!r} (the pack's was the page's "
                f"earlier one, {clip(str(earlier[key]))!r})"
            )
            continue
        if key in _PAGE_FIELDS and data.get(key):
            notes.append(
                f"kept the pack's {key} {clip(str(earlier[key]))!r} from {name} (the page's is "
                f"{clip(str(data[key]))!r}; edit the pack to change it)"
            )
        else:
            kept.append(key)
        data[key] = earlier[key]
    entries = [dict(e) for e in new["entries"]]
    # the page's own pins, found before any earlier id is carried (one may equal a pin)
    pinned_at = {i for i, entry in enumerate(entries) if entry.get("id") in pinned}
    pairs = _pairs(entries, list(earlier.get("entries", [])))
    carried = reworded = 0
    for i, old in sorted(pairs.items()):
        if _asked(entries[i]["question"]) != _asked(old.get("question", "")):
            reworded += 1
            notes.append(
                f"{old.get('id', '')!r}: the page words its question {clip(entries[i]['question'])!r}"
                f" (it was {clip(str(old.get('question', '')))!r}); the same entry, kept as such"
            )
        carried += _carry_entry(entries[i], old, notes, i in pinned_at, name)
    matched = {id(old) for old in pairs.values()}
    gone = [old for old in earlier.get("entries", []) if id(old) not in matched]
    _keep_ids_unique(
        entries, set(pairs), {str(old.get("id", "")) for old in gone}, pinned_at, notes
    )
    data["entries"] = entries
    skipped_words = {_words(question) for question in skipped}
    for old in gone:
        added = _additions(old)
        said = f"; its {added} could not be carried" if added else ""
        if added and lost is not None:
            lost.append(str(old.get("id", "")))
        # a question the import skipped is on the page: say why its entry is left out, not that
        # it is gone (review12: an author looked for a deleted question)
        why = (
            "is on the page but skipped (its answer is over the limit)"
            if _words(str(old.get("question", ""))) in skipped_words
            else "is no longer on the page"
        )
        if removed is not None and why.startswith("is no"):
            removed.append(str(old.get("id", "")))
        notes.append(
            f"{old.get('id', '')!r} ({clip(str(old.get('question', '')))!r}) from {name} {why}: "
            f"left out{said}"
        )
    notes.extend(_stale_contact(data, new, earlier))
    if kept or carried:
        parts = ([", ".join(kept)] if kept else []) + (
            [_entries_kept(len(pairs), reworded, len(entries) - len(pairs))] if carried else []
        )
        notes.insert(0, f"kept from {name}: {'; '.join(parts)}")
    return data, notes


def _stale_contact(
    data: dict[str, Any], new: dict[str, Any], earlier: dict[str, Any]
) -> list[StaleContact]:
    """A note for each phone number or email address of the contact kept from the earlier pack
    that the new page no longer gives (in none of its questions, answers or aliases), when the
    earlier page gave it: the page changed its number, and every emergency notice would go on
    giving the old one (newcomer14 F7). Numbers are compared by their digits alone ("0115 496
    0732" and "0115-496-0732" are one)."""
    contact = str(data.get("contact", ""))
    if not contact or new.get("contact") or data.get("contact") != earlier.get("contact"):
        return []

    def text_of(pack: dict[str, Any]) -> str:
        parts = [str(pack.get("title", ""))]
        for entry in pack.get("entries", []):
            parts += [str(entry.get("question", "")), str(entry.get("answer", ""))]
            parts += [str(a) for a in entry.get("aliases", [])]
        return " ".join(parts)

    now, before = text_of(new), text_of(earlier)
    notes = []
    for found in CONTACT_DETAILS.findall(contact):
        if "@" not in found and sum(c.isdigit() for c in found) < _PHONE_DIGITS:
            continue
        if _gives(now, found) or not _gives(before, found):
            continue
        notes.append(
            StaleContact(
                f"the kept contact {clip(contact)!r} gives {found!r}, which the page gave before "
                "and no longer does, and every red-flag notice ends with it: check that it is "
                "still right (edit the pack's contact, or import with --contact)",
                found,
            )
        )
    return notes


_PHONE_DIGITS = 7
_NOT_DIGITS = re.compile(r"\D")


def _gives(text: str, detail: str) -> bool:
    if "@" in detail:
        return detail.casefold() in text.casefold()
    digits = _NOT_DIGITS.sub("", detail)
    return any(digits in _NOT_DIGITS.sub("", f) for f in CONTACT_DETAILS.findall(text))


def _entries_kept(matched: int, reworded: int, new: int) -> str:
    """What the update kept of the earlier entries, counted over all the page's entries that are
    earlier ones: "of 1 entry" when only the reworded one needed its id carried read as if 18
    others had been lost (newcomer12)."""
    said = [f"{reworded} reworded"] if reworded else []
    said += [f"{new} new on the page"] if new else []
    detail = f" ({'; '.join(said)})" if said else ""
    plural = "entry" if matched == 1 else "entries"
    return f"the ids, aliases, tags and review dates of the {matched} {plural} matched{detail}"


def in_pack_order(data: dict[str, Any]) -> dict[str, Any]:
    """Pack fields in the order import writes them: the pack's own settings before its entries."""
    order = ("title", "page_title", "page_contact", *_PACK_FIELDS[1:], "entries")
    return {
        key: data[key] for key in sorted(data, key=lambda k: order.index(k) if k in order else 9)
    }


def _pairs(entries: list[Entry], earlier: list[Entry]) -> dict[int, Entry]:
    """For each new entry (by index) the earlier entry that is the same one, if any."""
    pairs: dict[int, Entry] = {}
    free = list(earlier)

    def match(same: Callable[[Entry, Entry], bool]) -> None:
        for i, entry in enumerate(entries):
            if i in pairs:
                continue
            found = next((old for old in free if same(entry, old)), None)
            if found is not None:
                pairs[i] = found
                free.remove(found)

    match(lambda e, o: _asked(e["question"]) == _asked(o.get("question", "")))
    match(
        lambda e, o: (
            _asked(e["question"]) in {_words(a) for a in o.get("aliases", [])}
            or _asked(o.get("question", "")) in {_words(a) for a in e.get("aliases", [])}
        )
    )
    for key in (_answer_words, _slug):
        match(
            _unique_on_both_sides(key, [e for i, e in enumerate(entries) if i not in pairs], free)
        )
    _match_similar(entries, free, pairs)
    return pairs


def _match_similar(entries: list[Entry], free: list[Entry], pairs: dict[int, Entry]) -> None:
    """Rule 5: unmatched entries whose questions are alike (WRatio >= SIMILAR), each the other's
    best, best pairs first."""
    left = [i for i in range(len(entries)) if i not in pairs]
    if not left or not free:
        return
    from rapidfuzz import fuzz

    def alike(entry: Entry, old: Entry) -> float:
        mine = LIST_NUMBER.sub("", str(entry["question"]))
        theirs = LIST_NUMBER.sub("", str(old.get("question", "")))
        return fuzz.WRatio(_words(mine), _words(theirs)) if is_variant(mine, theirs) else 0.0

    scores = {(i, j): alike(entries[i], old) for i in left for j, old in enumerate(free)}
    best_new = {i: max(scores[i, j] for j in range(len(free))) for i in left}
    best_old = {j: max(scores[i, j] for i in left) for j in range(len(free))}
    taken: set[int] = set()
    for (i, j), score in sorted(scores.items(), key=lambda kv: -kv[1]):
        if score < SIMILAR or i in pairs or j in taken:
            continue
        if score == best_new[i] == best_old[j] and _only_best(scores, i, j, score):
            pairs[i] = free[j]
            taken.add(j)
    for j in sorted(taken, reverse=True):
        del free[j]


def _only_best(scores: dict[tuple[int, int], float], i: int, j: int, score: float) -> bool:
    """No other entry on either side ties (i, j)'s score: a tie says nothing about which is which."""
    return not any(
        s == score and (a == i) != (b == j) and (a == i or b == j) for (a, b), s in scores.items()
    )


def _answer_words(entry: Entry) -> str:
    return _words(str(entry.get("answer", "")))


def _slug(entry: Entry) -> str:
    return slugify(str(entry.get("question", "")))


def _unique_on_both_sides(
    key: Callable[[Entry], str], mine: list[Entry], theirs: list[Entry]
) -> Callable[[Entry, Entry], bool]:
    """Entries are the same when they share a key that no other entry on either side has: a
    shared answer (or slug) held by two entries says nothing about which is which."""
    mine_count = Counter(key(e) for e in mine)
    their_count = Counter(key(o) for o in theirs)

    def same(entry: Entry, old: Entry) -> bool:
        found = key(entry)
        return found == key(old) and mine_count[found] == 1 and their_count[found] == 1

    return same


def _carry_entry(
    entry: Entry,
    old: Entry,
    notes: list[str],
    pinned: bool = False,
    name: str = "the pack",
) -> bool:
    """Carry an earlier entry's user fields onto its new version; True when anything was. An id
    the page pins (`pinned`) is kept over the earlier one, said in a note naming both."""
    before = dict(entry)
    if pinned and old.get("id") and old["id"] != entry["id"]:
        notes.append(
            f"{entry['id']!r}: the id the page's front matter pins (ids:) for "
            f"{clip(str(entry['question']))!r} replaces {old['id']!r}, its id in {name}: "
            f"labels and scripts that name {old['id']!r} must name {entry['id']!r}"
        )
    elif old.get("id"):
        entry["id"] = old["id"]
    for key in ("aliases", "tags"):
        own = list(entry.get(key, []))
        seen = {_words(t) for t in own} | (
            {_words(entry["question"])} if key == "aliases" else set()
        )
        for text in old.get(key, []):
            if _words(text) not in seen:
                own.append(text)
                seen.add(_words(text))
        if own:
            entry[key] = own
    for key in ("topic", "source_url"):
        if old.get(key) and not entry.get(key):
            entry[key] = old[key]
    # a review that a text describes no emergency (engine/entryflags.py) is carried: it names
    # the exact words reviewed, so a question the page rewords is read again, never silenced
    if old.get("not_an_emergency"):
        entry["not_an_emergency"] = list(old["not_an_emergency"])
    if old.get("reviewed"):
        entry["reviewed"] = old["reviewed"]
        if _words(old.get("answer", "")) != _words(entry["answer"]):
            notes.append(
                f"the answer of {entry['id']!r} changed on the page since it was reviewed "
                f"({old['reviewed']}): review it again and update its date"
            )
    return entry != before


def _keep_ids_unique(
    entries: list[Entry],
    carried: set[int],
    reserved: set[str],
    pinned_at: set[int] | None = None,
    notes: list[str] | None = None,
) -> None:
    """An id the page pins wins, then a carried id; a new entry whose slug is taken by one, or by
    an earlier entry that is gone (`reserved`), is numbered on ('-2', '-3'), as is a carried id
    the page now pins for another entry (with a note)."""
    first = pinned_at or set()
    pins = {entries[i]["id"] for i in first}
    taken = pins | {entries[i]["id"] for i in carried} | (reserved - {""} - pins)
    for i, entry in enumerate(entries):
        if i in first:
            continue
        if i in carried and entry["id"] not in pins:
            continue
        if entry["id"] not in taken:
            taken.add(entry["id"])
            continue
        was = entry["id"]
        n = 2
        while f"{entry['id']}-{n}" in taken:
            n += 1
        entry["id"] = f"{entry['id']}-{n}"
        taken.add(entry["id"])
        if i in carried and notes is not None:
            notes.append(
                f"{was!r}: the page's front matter pins that id for another question, so the "
                f"entry {clip(str(entry['question']))!r} that had it is now {entry['id']!r}"
            )


def _additions(entry: Entry) -> str:
    """What the user had added to an entry, for the note when it cannot be carried."""
    found = []
    for key in ("aliases", "tags"):
        if entry.get(key):
            shown = ", ".join(repr(clip(str(t), 30)) for t in entry[key][:3])
            more = f" and {len(entry[key]) - 3} more" if len(entry[key]) > 3 else ""
            found.append(f"{key} {shown}{more}")
    return " and ".join(found)


def _asked(question: str) -> str:
    """A question's words without a list number ("12. Can stress ..."): a pack imported before
    list numbers were dropped (harden21) still matches its page, renumbered or not."""
    return _words(LIST_NUMBER.sub("", question))


def _words(text: str) -> str:
    """Text as its words alone, case and punctuation aside: the key questions are matched by."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("'", "")
    return " ".join(_WORD.findall(folded))
