"""`validate`: every schema error of a pack, then the authoring warnings only this tool can give.

- an entry whose own question or alias is not matched back to it;
- pairs of entries that compete (each one's question, on the same subject, would be confidently
  answered by the other);
- entries without a topic, very long answers, duplicate questions, control characters in text;
- answers whose `reviewed` date is older than a limit (365 days by default), or in the future.

`validate_pack` returns a `ValidationReport` (nothing printed); `check` gives the warnings alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from backcare.engine.semantic import available
from backcare.errors import PackError
from backcare.hints import TYPE_CHECKING, Any
from backcare.namedtuple import NamedTuple
from backcare.packs.duplicates import duplicate_question, one_per_duplicate, same_question_key
from backcare.packs.entry_text import answer_in_question, look_alike_ids
from backcare.packs.fields import has_control
from backcare.packs.importchecks import carried_notes
from backcare.packs.packwarning import PackWarning
from backcare.packs.pagelines import on_page_lines
from backcare.packs.sameanswer import same_answer
from backcare.packs.schema import Entry, Pack, PackErrors

if TYPE_CHECKING:
    import datetime
    from pathlib import Path

    from backcare.engine.answer import Engine
    from backcare.engine.match import Ranking
    from backcare.engine.prebuilt import Kept
    from backcare.engine.safety import RedFlag, Safety
    from backcare.packs.multi import PageOpener

LONG_ANSWER = 2000  # characters; longer answers are hard to read on a terminal
_LONG_ANSWER_FIX = " (hard to read on a screen): split it into entries, or link to the detail"
STALE_AFTER_DAYS = 365  # default age of a `reviewed` date that earns a warning
COMPETING_TOP = 5  # how many of an entry's matches may compete with it
# how deep an entry's question's ranking is read for an entry differing from it only in words
# common in the pack: those words put the entries sharing them ahead ("How do I book an
# appointment?" finds make-booking "How can I make a booking?" 6th, behind four appointment
# entries: newcomer21 F3)
COMPETING_DEEP = 10
# the warnings that rank an entry's own question against the pack: their scores depend on the
# whole pack searched (word frequencies, lengths), so they change when packs are searched together
RANKED_KINDS = frozenset({"not-found-by-own-question", "competing-entries"})

KINDS = {
    "not-found-by-own-question": "own question or alias does not find the entry",
    "competing-entries": "entries compete for the same questions",
    "no-topic": "entries without a topic",
    "long-answer": f"answers longer than {LONG_ANSWER} characters",
    "answer-in-question": "questions that seem to hold answer text",
    "duplicate-question": "the same question in several entries",
    "same-answer": "the same answer in several entries",
    "look-alike-id": "ids that look like another entry's id",
    "control-characters": "text with control characters or escape sequences",
    "stale-review": "answers not reviewed within the review limit",
    "future-review": "review dates in the future",
    "emergency-question": "questions that describe an emergency",
    "emergency-answer": "answers naming an emergency sign, no help",
    "urgent-answer": "answers denying the help a notice gives",
    "emergency-contact": "contact lines denying or delaying emergency help",
    "not-english": "packs whose text is not English",
}


class PackCheck(NamedTuple):
    """One file's part of a check of several packs: its schema errors (each line names the file)
    and its warnings."""

    path: str
    entries: int | None
    errors: tuple[str, ...]
    error_count: int
    warnings: tuple[PackWarning, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "pack": self.path,
            "entries": self.entries,
            "errors": list(self.errors),
            "error_count": self.error_count,
            "warnings": [w.to_dict() for w in self.warnings],
        }


class ValidationReport(NamedTuple):
    """What `validate` found. `errors` holds the first schema errors (at most MAX_REPORTED_ERRORS
    a file, then a '... and N more' line), `error_count` all of them; warnings come only from packs
    that passed the schema (`pack` is then set: those packs searched together). With several files,
    `packs` holds each one's part, in the order given: every file is checked, not only up to the
    first that fails."""

    path: str
    entries: int | None  # None when the file could not be read as a list of entries
    errors: tuple[str, ...]
    error_count: int
    warnings: tuple[PackWarning, ...]
    pack: Pack | None
    packs: tuple[PackCheck, ...] = ()
    # what importing a page dropped or changed, and which checks were bounded: said by validate
    notes: tuple[str, ...] = ()
    # how many of `notes` (the first ones) are the import's (a page's, or those a pack's import
    # recorded in it): what a script must see without parsing stderr
    import_notes: int = 0
    # those of the import's notes that say content may be lost or misread (marked [check])
    import_warnings: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        """'errors', 'warnings' or 'clean' (the CLI maps these to exit codes 2, 1 and 0). A pack
        that passes but whose import may have lost or misread content (`import_warnings`) is
        'warnings'; routine notes (page furniture, scripts dropped) are information only."""
        if self.error_count:
            return "errors"
        return "warnings" if self.warnings or self.import_warnings else "clean"

    def to_dict(self) -> dict[str, Any]:
        """The documented `validate --json` object (with `packs` when several files are checked)."""
        # the fields every checked file has, written once (PackCheck: one file's part)
        found = PackCheck(
            self.path, self.entries, self.errors, self.error_count, self.warnings
        ).to_dict()
        if self.notes:
            found["notes"] = list(self.notes)
        if self.import_notes:
            found["import_warnings"] = list(self.import_warnings)
        return {**found, "packs": [p.to_dict() for p in self.packs]} if self.packs else found


def validate_pack(
    path: str | Path | Sequence[str | Path],
    *,
    stale_after_days: int = STALE_AFTER_DAYS,
    today: datetime.date | None = None,
    checks: bool = True,
    open_page: PageOpener | None = None,
) -> ValidationReport:
    """Validate a pack file (or several searched together): every schema error, else warnings
    (none when `checks` is False: the schema alone), and what its import recorded it could not
    place (importchecks.py). `open_page` opens a Markdown or HTML page (packs.multi.PageOpener:
    the CLI's cache of imported pages; default: imported in memory)."""
    names = [path] if isinstance(path, (str, os.PathLike)) else list(path)
    if len(names) > 1:
        return _validate_several(names, stale_after_days, today, checks, open_page)
    from backcare.packs.multi import load_packs

    shown = ", ".join(str(n) for n in names)
    notes: list[str] = []
    try:
        pack = load_packs(names, notes, open_page=open_page)
    except PackErrors as exc:
        return ValidationReport(shown, exc.entries, tuple(exc.lines()), exc.total, (), None)
    except PackError as exc:
        return ValidationReport(shown, None, (str(exc),), 1, (), None)
    notes.extend(carried_notes(pack.import_checks, shown))
    imported = len(notes)
    warnings = (
        check(
            EngineFor(pack, notes.append),
            stale_after_days=stale_after_days,
            today=today,
            notes=notes,
        )
        if checks
        else []
    )
    return ValidationReport(
        shown,
        len(pack.entries),
        (),
        0,
        tuple(on_page_lines(warnings, [pack], names)),
        pack,
        notes=tuple(notes),
        import_notes=imported,
        import_warnings=import_warnings(notes[:imported]),
    )


def _validate_several(
    names: Sequence[str | Path],
    stale_after_days: int,
    today: datetime.date | None,
    checks: bool = True,
    open_page: PageOpener | None = None,
) -> ValidationReport:
    """Every file checked on its own (a failing one does not hide the others' errors), then ids
    across the files; the files that pass are searched together for the warnings."""
    from backcare.packs import limits, multi

    repeated = multi.repeats(names)
    parts: list[PackCheck] = []
    loaded: dict[int, Pack] = {}
    notes: list[str] = []
    for position, name in enumerate(names):
        if position in repeated:
            parts.append(PackCheck(str(name), None, (repeated[position],), 1))
            continue
        try:
            loaded[position] = multi.load_one(name, notes, open_page)
        except PackErrors as exc:
            parts.append(PackCheck(str(name), exc.entries, exc.errors, exc.total))
            continue
        except PackError as exc:
            parts.append(PackCheck(str(name), None, (str(exc),), 1))
            continue
        parts.append(PackCheck(str(name), len(loaded[position].entries), (), 0))
        notes.extend(carried_notes(loaded[position].import_checks, str(name)))
    good = list(loaded)  # a page's made ids that another file uses: renamed, with a note
    pages = [multi.is_page(names[p]) for p in good]
    renamed = multi.page_ids_made_unique([loaded[p] for p in good], pages, notes)
    loaded.update(zip(good, renamed, strict=True))
    imported = len(notes)
    for at, where, problem in multi.collisions([loaded[p] for p in good]):
        part = parts[good[at]]
        kept = part.errors
        if len(kept) < limits.MAX_REPORTED_ERRORS:
            kept = (*kept, f"{where}: {problem}")
        parts[good[at]] = part._replace(errors=kept, error_count=part.error_count + 1)
    parts = [_with_more_line(part) for part in parts]
    passed = [loaded[p] for p in good if not parts[p].error_count]
    pack = None
    warnings: tuple[PackWarning, ...] = ()
    if passed and checks:
        pack = passed[0] if len(passed) == 1 else multi.merge(passed)
        found = check(
            EngineFor(pack, notes.append),
            stale_after_days=stale_after_days,
            today=today,
            notes=notes,
        )
        if len(passed) > 1:
            found = _judged_by_their_files(pack, found, passed, stale_after_days, today, notes)
        whole = ", ".join(p.path for p in passed)
        # a warning about one file (not-english) names it already
        named = [w._replace(pack=w.pack or _pack_of(pack, w.entry_id, whole)) for w in found]
        warnings = tuple(on_page_lines(named, passed, [p.path for p in passed]))
        parts = [
            part._replace(warnings=tuple(w for w in warnings if w.pack in (part.path, whole)))
            if not part.error_count
            else part
            for part in parts
        ]
    counts = [part.entries for part in parts if part.entries is not None]
    return ValidationReport(
        ", ".join(str(n) for n in names),
        sum(counts) if counts else None,
        tuple(line for part in parts for line in part.errors),
        sum(part.error_count for part in parts),
        warnings,
        pack,
        tuple(parts),
        tuple(notes),
        imported,
        import_warnings(notes[:imported]),
    )


def import_warnings(notes: Sequence[str]) -> tuple[str, ...]:
    """The import notes ('FILE: note', of a kind: packs/notes.py) saying content may be lost."""
    if not notes:
        return ()  # a pack file: the importers are never loaded (start-up time)
    from backcare.packs.importers.result import is_routine_note

    return tuple(line for line in notes if not is_routine_note(line))


def _judged_by_their_files(
    merged: Pack,
    found: list[PackWarning],
    packs: Sequence[Pack],
    stale_after_days: int,
    today: datetime.date | None,
    notes: list[str],
) -> list[PackWarning]:
    """The warnings of packs checked together, with each file's own entries judged by that file.

    Ranking an entry's question against the packs together shifts its scores (the other file
    changes every word's frequency), so two bundled entries scored 48.6 alone and 50.5 beside a
    clinic's pack, and `validate bundled clinic.json` warned that they compete, which `validate
    bundled` does not say and the clinic cannot change. A ranking warning about entries of one file
    is therefore the file's own check's (what `validate FILE` says); one about entries of two files
    (a clinic entry competing with a bundled one, a question that finds the other file's entry)
    comes from the search together, where only it can be seen. Other warnings (duplicate questions,
    topics, reviews) are the search together's."""
    pack_of = {e.id: e.pack for e in merged.entries}
    crossing = [
        w
        for w in found
        if w.kind not in RANKED_KINDS
        or (w.other is not None and pack_of.get(w.other) != pack_of.get(w.entry_id))
    ]
    own = [
        w
        for part in packs
        for w in check(
            EngineFor(part, notes.append),
            stale_after_days=stale_after_days,
            today=today,
            notes=notes,
        )
        if w.kind in RANKED_KINDS
    ]
    position = {e.id: i for i, e in enumerate(merged.entries)}
    every = len(position)
    return sorted([*own, *crossing], key=lambda w: position.get(w.entry_id, every))


def _with_more_line(part: PackCheck) -> PackCheck:
    rest = part.error_count - len(part.errors)
    if rest <= 0:
        return part
    return part._replace(errors=(*part.errors, f"{part.path}: ... and {rest} more"))


def _pack_of(pack: Pack, entry_id: str, whole: str) -> str:
    """The file an entry came from (its `pack`, set when packs are merged); `whole` for a warning
    about all of them (no entry)."""
    entry = pack.by_id.get(entry_id) if entry_id else None
    return whole if entry is None else entry.pack or pack.path


class EngineFor:
    """A pack's engine made when first needed: a repeated validate of the same pack ranks nothing
    (its ranking warnings are kept: store/verdicts.py), so it need not index the pack. Made at
    once when the semantic extra is installed, as before (its note, if any, comes first)."""

    def __init__(self, pack: Pack, notify: Callable[[str], None] | None = None) -> None:
        self.pack = pack
        self.safety: Safety | None = None  # the default check, as Engine(pack)'s
        self._notify = notify
        self._made: Engine | None = None
        if available():
            self()

    def __call__(self) -> Engine:
        if self._made is None:
            # imported here: a repeated validate, whose warnings are kept, neither ranks nor
            # reads (the matcher's and the red-flag check's modules: ~15 ms)
            from backcare.engine.answer import Engine

            self._made = Engine(self.pack, notify=self._notify)
        return self._made

    @property
    def lexical(self) -> bool:
        """Whether the engine ranks by words alone (no re-ranking model)."""
        return self._made is None or self._made.matcher.reranker is None


def check(
    engine: Engine | EngineFor,
    *,
    stale_after_days: int = STALE_AFTER_DAYS,
    today: datetime.date | None = None,
    notes: list[str] | None = None,
) -> list[PackWarning]:
    """Authoring warnings for a pack that passed the schema. On a pack too large to rank every
    entry's own question (`limits.RANKED_WORK`), a spread of them is ranked and a line
    saying how many is added to `notes`. `engine`: the pack's, or one made when first needed."""
    from backcare.packs.limits import MIN_RANKED_ENTRIES, RANKED_WORK

    pack = engine.pack
    warnings: list[PackWarning] = []
    seen_questions: dict[str, str] = {}
    seen_answers: dict[str, str] = {}
    # README: "entries without a topic, when others have one"; a pack with no topic at all gets
    # no warning (one group in `topics` is a fine choice for a small pack). Others of the same
    # file: packs checked together are each judged as `validate FILE` judges it (newcomer19 F8:
    # a file with no topics got 12 warnings beside a file with topics)
    has_topics = {e.pack for e in pack.entries if e.topic}
    most = max(MIN_RANKED_ENTRIES, RANKED_WORK // len(pack.entries))
    ranked = _ranked(pack, most)
    if len(ranked) < len(pack.entries) and notes is not None:
        notes.append(
            f"{pack.path}: own-question and competing-entries checks ran on {len(ranked):,} of "
            f"{len(pack.entries):,} entries, spread through the pack (each ranks a question "
            "against the whole pack: all of them would take time in the square of its size); "
            "the other checks covered every entry"
        )
    # Each entry's question is ranked once, for both checks that read it (is the entry its best
    # match? which entries does it confidently match too?): a ranking's first matches are the same
    # whatever `top` is; aliases need only the best match.
    rivals_top = min(len(pack.entries), COMPETING_TOP)
    rivals_deep = min(len(pack.entries), COMPETING_DEEP)
    own: dict[str, Ranking] = {}
    # the ranking warnings as the last run on the same pack found them (store/verdicts.py)
    lexical = engine.lexical if isinstance(engine, EngineFor) else engine.matcher.reranker is None
    kept, pack_key, found = _kept_rankings(pack, lexical)
    ranker: Engine | None = None  # None: the rankings' warnings are kept (`found`)
    if found is None:
        ranker = engine() if isinstance(engine, EngineFor) else engine
    not_found: list[tuple[tuple[str, str | None], ...]] = []
    for at, entry in enumerate(pack.entries):
        if found is not None:
            warnings.extend(
                PackWarning("not-found-by-own-question", entry.id, message, other=other)
                for message, other in found[0][at]
            )
        start = len(warnings)
        own_texts = (entry.question, *entry.aliases) if entry.id in ranked else ()
        for text in own_texts if ranker is not None else ():
            assert ranker is not None
            if text is entry.question:
                ranking = own[entry.id] = _ranking(ranker, text, max(3, rivals_deep))
            else:
                ranking = _ranking(ranker, text, 1)
            match = ranking.best
            if match is None or match.entry.id != entry.id:
                got = f"finds {match.entry.id!r}" if match else _unconfident(ranker, ranking, entry)
                warnings.append(
                    PackWarning(
                        "not-found-by-own-question",
                        entry.id,
                        f"{text!r} {got}",
                        other=match.entry.id if match else None,
                    )
                )
        if kept is not None and found is None:
            not_found.append(tuple((w.message, w.other) for w in warnings[start:]))
        key = same_question_key(entry.question)
        repeated = key in seen_questions
        if repeated:
            warnings.append(duplicate_question(entry.id, entry.question, seen_questions[key]))
        seen_questions.setdefault(key, entry.id)
        said_before = same_answer(entry.answer, entry.id, seen_answers)
        if said_before and not repeated:  # the same question too: duplicate-question says it
            warnings.append(PackWarning("same-answer", entry.id, said_before))
        if entry.pack in has_topics and not entry.topic:
            warnings.append(PackWarning("no-topic", entry.id, "has no topic while others do"))
        # the question only: an alias is often a patient's pasted wording, sentences and all
        # ("Can I claim? I have Bupa. My policy covers physio."), which matching wants (review9 3f)
        said = answer_in_question(entry.question)
        if said:
            text = entry.question
            shown = text if len(text) <= 60 else text[:59] + "…"
            warnings.append(PackWarning("answer-in-question", entry.id, f"{shown!r} {said}"))
        if len(entry.answer) > LONG_ANSWER:
            said = f"answer is {len(entry.answer):,} characters long, over {LONG_ANSWER:,}"
            warnings.append(PackWarning("long-answer", entry.id, said + _LONG_ANSWER_FIX))
        texts = [entry.id, entry.question, entry.answer, entry.topic, *entry.aliases, *entry.tags]
        if any(has_control(t) for t in texts):
            warnings.append(
                PackWarning(
                    "control-characters",
                    entry.id,
                    "contains control characters (dropped, or shown as \ufffd, on terminals)",
                )
            )
    rivals: Sequence[tuple[str, str, str | None]]
    if found is None:
        assert ranker is not None
        from backcare.packs.rivals import competing_entries

        rivals = competing_entries(ranker, own, rivals_top)
        if kept is not None:
            kept.put(pack_key, (tuple(not_found), tuple(rivals)))
    else:
        rivals = found[1]
    warnings.extend(
        PackWarning("competing-entries", first, message, other=other)
        for first, message, other in rivals
    )
    warnings.extend(look_alike_ids(pack))
    warnings.extend(review_warnings(pack, stale_after_days, today))
    warnings.extend(emergency_questions(pack, engine.safety, notes))
    warnings.extend(emergency_answers(pack, engine.safety))
    from backcare.packs.noticecheck import notice_undercuts

    warnings.extend(notice_undercuts(pack, engine.safety))
    from backcare.packs.language_check import not_english_packs

    warnings.extend(not_english_packs(pack))
    # a repeated question's ranking warnings say the same again (newcomer23 F14)
    return one_per_duplicate(warnings, lambda entry_id: getattr(pack.get(entry_id), "question", ""))


def emergency_questions(
    pack: Pack, safety: Safety | None = None, notes: list[str] | None = None
) -> list[PackWarning]:
    """An entry whose question or alias describes an emergency (engine/entryflags.py): served, its
    answer is withheld with that emergency's call to action, so the author should know. A text
    the author reviewed as no emergency (`not_an_emergency`) is not warned about: a line in
    `notes` says it was reviewed (information, exit 0); a reviewed text that is no longer the
    entry's question or alias is noted too (the review was of other words: it silences nothing).
    Every entry is read (the red-flag check of a short question: well under a millisecond)."""
    from backcare.engine.entryflags import emergency_text, reviewed_readings, stale_reviews

    kept = _verdicts(safety)

    def check(text: str) -> tuple[RedFlag, ...]:
        # read as `ask` reads an entry's question (engine/entryflags.py), typos corrected: the
        # warning says what ask will withhold ("i fel off a ladder" is withheld, so warned about)
        key = b"" if kept is None else kept.digest("question", text)
        found = None if kept is None else _flags(kept.get(key))
        if found is None:
            # imported for a text read: a repeated validate, its verdicts kept, imports neither
            # the matcher nor the red-flag check (~100 ms)
            from backcare.engine.answer import red_flags

            found = red_flags(text, safety)
            if kept is not None:
                kept.put(key, tuple(tuple(flag) for flag in found))
        return found

    found = []
    for entry in pack.entries:
        text, flags = emergency_text(entry, check)
        if flags:
            which = "question" if text == entry.question else f"alias {text!r}"
            found.append(
                PackWarning(
                    "emergency-question",
                    entry.id,
                    f"its {which} describes an emergency ({flags[0].id}): backcare withholds its "
                    "answer and gives that emergency's call to action instead; reword it as a "
                    "question about the sign, or put the emergency advice in the answer, or, if "
                    f'it describes no emergency, list it in the entry\'s "not_an_emergency"',
                )
            )
        if notes is None or not entry.not_an_emergency:
            continue
        for stale in stale_reviews(entry):
            notes.append(
                f'{pack.path}: entry {entry.id!r}: "not_an_emergency" lists {stale!r}, which '
                "is not its question or an alias (reworded since the review?): it silences "
                "nothing, and the words the entry has now are read as any entry's"
            )
        for text, flags in reviewed_readings(entry, check):
            which = "question" if text == entry.question else f"alias {text!r}"
            notes.append(
                f"{pack.path}: entry {entry.id!r}: its {which} reads as an emergency "
                f'({flags[0].id}), and was reviewed as none ("not_an_emergency"): answered as '
                "any other entry"
            )
    return found


def emergency_answers(pack: Pack, safety: Safety | None = None) -> list[PackWarning]:
    """An entry whose answer names an emergency sign and gives no emergency help
    (packs/undercut.py)."""
    from backcare.packs.undercut import Reading, emergency_reading, undercutting_answers

    kept = _verdicts(safety)

    def read(answer: str) -> Reading:
        assert kept is not None
        key = kept.digest("answer", answer)
        found = kept.get(key)
        if (
            found is not None
            and len(found) == 2
            and all(part is None or type(part) is str for part in found)
        ):
            return found[0], found[1]
        reading = emergency_reading(answer, safety)
        kept.put(key, reading)
        return reading

    found = undercutting_answers(pack, safety, None if kept is None else read)
    return [PackWarning("emergency-answer", entry_id, message) for entry_id, message in found]


# the ranking warnings kept for a pack: (per entry, in order, its not-found warnings' message
# and other entry), and the competing pairs' (first entry, message, other entry)
KeptRankings = tuple[
    tuple[tuple[tuple[str, str | None], ...], ...], tuple[tuple[str, str, str | None], ...]
]


def _kept_rankings(pack: Pack, lexical: bool) -> tuple[Kept | None, bytes, KeptRankings | None]:
    """The ranking warnings (own question, competing entries) the last validate of this very pack
    found, kept across runs (store/verdicts.py) when the matcher is the lexical one: they depend
    on the pack's whole content (every entry's fields, its lexicon, its path: `repr` of each)
    and on the code and data the key covers, nothing else. (verdicts, the pack's key, the kept
    warnings or None)."""
    if not lexical:
        return None, b"", None  # a model outside the key's files re-ranks: read afresh
    from itertools import chain

    from backcare.engine.prebuilt import kept as kept_readings

    kept = kept_readings()
    if kept is None:
        return None, b"", None
    # every field of the pack and of each entry, as repr writes them (an entry at a time: a
    # 128 MB pack is never one string)
    whole = (
        pack.title,
        pack.path,
        pack.source,
        pack.synonyms,
        pack.builtin_lexicon,
        pack.contact,
        pack.parts,
        len(pack.entries),
    )
    key = kept.digest_all("rankings", chain((repr(whole),), map(repr, pack.entries)))
    found = kept.get(key)
    if found is None or not _rankings_shape(found, len(pack.entries)):
        return kept, key, None
    return kept, key, found


def _rankings_shape(found: tuple[Any, ...], entries: int) -> bool:
    """Whether kept ranking warnings are what `check` keeps for a pack of this many entries."""
    if len(found) != 2 or type(found[0]) is not tuple or type(found[1]) is not tuple:
        return False
    per_entry, pairs = found
    return (
        len(per_entry) == entries
        and all(
            type(one) is tuple
            and all(
                type(w) is tuple
                and len(w) == 2
                and type(w[0]) is str
                and (w[1] is None or type(w[1]) is str)
                for w in one
            )
            for one in per_entry
        )
        and all(
            type(p) is tuple
            and len(p) == 3
            and type(p[0]) is str
            and type(p[1]) is str
            and (p[2] is None or type(p[2]) is str)
            for p in pairs
        )
    )


def _verdicts(safety: Safety | None) -> Kept | None:
    """The check's verdicts kept across runs (store/verdicts.py) when the check is the default
    one, loaded with the tables they are kept for; None for a check given by the caller."""
    if safety is not None:
        return None
    from backcare.engine.prebuilt import kept

    return kept()


def _flags(kept: tuple[Any, ...] | None) -> tuple[RedFlag, ...] | None:
    """A question's flags as kept (`tuple(flag)` each), or None when not kept or not of that
    shape (then read afresh)."""
    if not kept:
        return None if kept is None else ()  # no flag: nothing to import (the red-flag package)
    from backcare.engine.safety.flags import RedFlag

    flags = []
    for fields in kept:
        if (
            type(fields) is not tuple
            or len(fields) != len(RedFlag._fields)
            or not all(type(f) is str for f in fields[:4])
            or not (fields[4] is None or type(fields[4]) is float)
            or not (fields[5] is None or type(fields[5]) is str)
        ):
            return None
        flags.append(RedFlag(*fields))
    return tuple(flags)


def _ranked(pack: Pack, most: int) -> frozenset[str]:
    """The ids of the entries whose own questions are ranked: all of them, or on a larger pack
    `most` of them, evenly spread through it (deterministic: the same pack, the same entries).
    Ranking one question costs time in the pack's size, so ranking all of a large pack's
    questions is quadratic (10,000 entries took over 200 s)."""
    count = len(pack.entries)
    if count <= most:
        return frozenset(e.id for e in pack.entries)
    return frozenset(pack.entries[i * count // most].id for i in range(most))


def _unconfident(engine: Engine, ranking: Ranking, entry: Entry) -> str:
    """Why an entry's own question finds no confident match, and what its author can change:
    when the entry ranks first, the words it was found by that other entries hold too (a
    question made of them, "How often should I come?", names nothing of its own); a word only
    this entry has, in an alias or a tag, sets it apart."""
    said = "finds no confident match"
    first = ranking.matches[0] if ranking.matches else None
    if first is None or first.entry.id != entry.id:
        return said
    store = engine.matcher.store
    shared = sorted(
        {
            word
            for word, term, _ in first.signals.matched
            if " " in term or len(store.postings(term)[0]) > 1
        }
    )
    if not shared:
        return said
    return (
        f"{said}: other entries share its words {', '.join(map(repr, shared))}; an alias or a "
        "tag with a word only this entry has sets it apart"
    )


def _ranking(engine: Engine, text: str, top: int) -> Ranking:
    """What `engine.ask(text, top).ranking` is, without the red-flag check of every question (about
    40% of an ask; validate reads only the matches)."""
    from backcare.engine.query import make_query

    return engine.rank(make_query(text, engine.pack, top=top))


def review_warnings(
    pack: Pack, stale_after_days: int = STALE_AFTER_DAYS, today: datetime.date | None = None
) -> list[PackWarning]:
    """Entries reviewed more than `stale_after_days` ago, or (a day's grace for time zones) on a date
    still to come. Entries without a `reviewed` date get no warning: the field is optional."""
    if not any(entry.reviewed for entry in pack.entries):
        return []  # nothing dated (and no datetime import: start-up time)
    import datetime

    # today in UTC, not the local date: the verdict on a pack is the same whatever TZ the check
    # runs in (newcomer25 F14: a date one zone's tomorrow warned under TZ=UTC only); the day's
    # grace below covers the zones ahead of UTC (up to +14 hours)
    today = today or datetime.datetime.now(datetime.timezone.utc).date()
    oldest = today - datetime.timedelta(days=stale_after_days)
    latest = today + datetime.timedelta(days=1)
    warnings = []
    for entry in pack.entries:
        if not entry.reviewed:
            continue
        reviewed = datetime.date.fromisoformat(entry.reviewed)  # the schema checked the form
        if reviewed < oldest:
            age = (today - reviewed).days
            warnings.append(
                PackWarning(
                    "stale-review",
                    entry.id,
                    f"reviewed {entry.reviewed}, {age} days ago (limit {stale_after_days} days)",
                )
            )
        elif reviewed > latest:
            warnings.append(
                PackWarning(
                    "future-review", entry.id, f"reviewed date {entry.reviewed} is in the future"
                )
            )
    return warnings
