"""The library's front door: an `Engine` answers a question with an `Answer` (ranking + red flags)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from backcare.engine.analyze import analyzer_for, words
from backcare.engine.asides import marked_quotes
from backcare.engine.match import CONFIDENT, Match, Matcher, Ranking, Signals
from backcare.engine.query import Query, engine_readings, engine_text, make_query
from backcare.engine.safety import RedFlag, Safety, action_text, load_safety
from backcare.engine.search_words import unsearched
from backcare.engine.semantic import SemanticFailed, available
from backcare.engine.side_questions import parts
from backcare.engine.tuning import FOREIGN_WORDS, MAX_QUERY_CHARS, MAX_SAFETY_CHARS
from backcare.errors import BackcareError
from backcare.hints import TYPE_CHECKING, Any
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry, Pack
from backcare.store.protocol import Store

if TYPE_CHECKING:
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.language import MessageWords

# The lowest best score at which the closest questions are worth showing when none is confident
# (50). Measured on the bundled pack over the dev, holdout and query sets (test and shared): at 25
# the expected entry is among those shown for 16 of the 26 unconfident in-scope questions, while 46
# of 244 out-of-scope questions get suggestions; at 20: 18/26 and 64/244; at 30: 15/26 and 21/244.
PLAUSIBLE = 25.0


class Answer(NamedTuple):
    query: str
    ranking: Ranking
    red_flags: tuple[RedFlag, ...]
    pack_topics: tuple[str, ...] = ()  # what the pack covers, for a no-answer message
    contact: str = ""  # the pack's contact line, for no-answer messages and red-flag notices
    # a general question about a warning sign, with no report of anyone's current state, raises
    # no notice; this is the tier of the sign it names, for one calm line ("If this is happening
    # to you now: ...") so a reader who does have it still sees what to do (docs/safety.md)
    pointer: str | None = None
    # the 1-based number of the input line it answers, in a batch (blank lines counted); None for
    # a question given on the command line. The CLI sets it: the engine never sees input lines
    line: int | None = None
    # the best match's own question (or alias) describes an emergency the asker's words did not
    # (Engine.entry_emergency): its answer is not given (`answered` is False, exit 1, JSON's
    # `match` is null) and the output says why, with that emergency's call to action; the asker's
    # `red_flags` stay theirs, so exit 3 still means the words asked described an emergency
    withheld: EntryEmergency | None = None
    # the question does not read as English (engine/language.py), whatever its match (newcomer22
    # F2: a pack in another language answers confidently): the reader is told that backcare's
    # red-flag check reads only English (newcomer18 F8)
    not_english: bool = False
    # the question reads as English but a sixth or more of its words are in another language
    # (engine/language.py's partly_foreign), and nothing was raised: its reader is told that only
    # the English words were checked for an emergency (newcomer29 F7: "mein Rücken tut so weh
    # after gardening, is heat or ice besser?" was answered as if all of it had been read)
    partly_english: bool = False
    # the name of the language ("Spanish") whose words for the red-flag signs the check read in a
    # question that does not read as English (safety/foreign_reading.py), '' when it read none:
    # the reader is then told that only those signs were checked, not that nothing could be
    # (stranger trial F6); set only with `not_english`
    signs_read_in: str = ""
    # the pack's topics the question's words name ("stretches": "stretches and release"), when no
    # entry answered: said first in the no-match line (stranger trial F11)
    named_topics: tuple[str, ...] = ()
    # how the question's bytes were read when they were not UTF-8 ("cp1252": each such byte as
    # Windows-1252), set by the CLI, which reads them; JSON says it (newcomer25 F13)
    decoded_as: str = ""

    @property
    def match(self) -> Match | None:
        return self.ranking.best

    @property
    def language_note(self) -> bool:
        """Whether the reader is told that backcare read only English (all or part unread)."""
        return self.not_english or self.partly_english

    @property
    def related(self) -> tuple[Match, ...]:
        """The ranked entries listed as related under the best one: `results` after it, without
        those asking its very question (`same_question`)."""
        twins = self.same_question
        return tuple(m for m in self.results[1:] if m not in twins)

    @property
    def same_question(self) -> tuple[Match, ...]:
        """The ranked entries after the best one that ask its question word for word, as
        validate's duplicate-question compares them (any case and spacing): a tie between two
        entries of the pack, said as one, not a "related question" scoring 100 (stranger trial
        F10: "Can I park at the clinic?" answered "yes", its twin answering "no" listed below)."""
        best = self.match
        if best is None:
            return ()
        from backcare.packs.duplicates import same_question_key

        key = same_question_key(best.entry.question)
        return tuple(m for m in self.results[1:] if same_question_key(m.entry.question) == key)

    @property
    def results(self) -> tuple[Match, ...]:
        """The ranked entries to list (`--top` of them at most), best first: those scoring above
        0. An entry sharing no word with the question is never ranked, and one sharing only what
        counts for nothing (a scrap of a word, an everyday word) scores 0: neither relates to the
        question, so neither is listed, alike (newcomer31 F14: `--top 1000` gave 11 of the 12
        entries, and others at "score 0.0" beside real ones)."""
        return tuple(m for m in self.ranking.matches if m.score > 0)

    @property
    def suggestions(self) -> tuple[Match, ...]:
        """Without a confident match: the results plausible enough to offer instead.

        None when the best scores under PLAUSIBLE, and none when the question had no topic words
        at all ("help", "the"): the engine then scores entries on filler, and a score of 85 beside
        "no confident match" would contradict what a score means everywhere else. Entries the
        question does not tell apart (a tie: "back") are all offered, whatever their shared score:
        each holds everything the question says."""
        if self.match is not None or not self.results:
            return ()
        tied = self.results[0].signals.tied
        if tied:
            return tuple(m for m in self.results if m is self.results[0] or m.entry.id in tied)
        best = self.results[0].score
        if best < PLAUSIBLE or best >= CONFIDENT:
            return ()
        return tuple(m for m in self.results if m.score >= PLAUSIBLE)

    @property
    def emergency(self) -> bool:
        """Whether the words asked described an emergency (exit 3)."""
        return any(flag.urgency == "emergency" for flag in self.red_flags)

    @property
    def answered(self) -> bool:
        """Whether the question has an answer to give: a confident match not withheld because its
        own question describes an emergency."""
        return self.ranking.best is not None and self.withheld is None

    @property
    def outcome(self) -> str:
        """What the output is, for a program deciding what to show (JSON's `outcome`, newcomer25
        F3): "emergency" when the words asked describe one (show the notices alone, as the
        terminal does: the FAQ's self-care answer is withheld, even one whose entry is about that
        emergency), else "answer" when there is a confident answer to give (any notice first),
        else "no_answer" (say so; any notice, pointer or withheld entry's call to action still
        shown)."""
        if self.emergency:
            return "emergency"
        return "answer" if self.answered else "no_answer"

    def given(self, show_answer: bool = False) -> Match | None:
        """The match JSON gives as `match`: the confident match, unless its answer is withheld,
        because its entry's own question describes an emergency, or because the words asked
        describe one (then only `show_answer`, the asker's --show-answer, gives it), so that a
        program showing `match` whenever it is set never puts self-care advice in place of a
        call for help."""
        if self.withheld is not None or (self.emergency and not show_answer):
            return None
        return self.match

    def to_dict(self, explain: bool = False, show_answer: bool = False) -> dict[str, Any]:
        """The documented JSON object (one per question in `ask --json`)."""
        best = self.given(show_answer)
        match: dict[str, Any] | None = None
        if best is not None:
            match = {**best.entry.to_dict(), "score": best.score}
            if explain:
                match["explain"] = signals_dict(best.signals)
        results = []
        for m in self.results:
            item: dict[str, Any] = {
                "id": m.entry.id,
                "question": m.entry.question,
                "score": m.score,
            }
            if explain:
                item["explain"] = signals_dict(m.signals)
            results.append(item)
        line = {} if self.line is None else {"line": self.line}
        data = {
            **line,
            "query": self.query,
            "match": match,
            "results": results,
            "red_flags": [f.to_dict() for f in self.red_flags],
            "pointer": None
            if self.pointer is None
            else {"urgency": self.pointer, "action": action_text(self.pointer)},
            "outcome": self.outcome,
        }
        if self.withheld is not None:  # only when set: every other line stays as it was
            data["withheld"] = withheld_dict(self.withheld)
        if self.not_english:  # only when set, as `withheld`
            data["not_english"] = True
        if self.signs_read_in:  # only when set, after `not_english`
            data["signs_read_in"] = self.signs_read_in
        if self.partly_english:  # only when set, after `not_english`
            data["partly_english"] = True
        if self.decoded_as:  # only when set, after `not_english`
            data["decoded_as"] = self.decoded_as
        return data


def withheld_dict(found: EntryEmergency) -> dict[str, Any]:
    """JSON's `withheld`: the entry not served, the text of it that describes an emergency, and
    that emergency's flags (their actions for no region; the JSON view gives the reader's)."""
    return {
        "id": found.entry.id,
        "text": found.text,
        "red_flags": [f.to_dict() for f in found.flags],
    }


def signals_dict(signals: Signals) -> dict[str, Any]:
    return {
        "words": round(signals.words, 3),
        "characters": round(signals.chars, 3),
        "coverage": round(signals.coverage, 3),
        "matched": [{"word": w, "term": t, "field": f} for w, t, f in signals.matched],
        "missing": list(signals.missing),
        # question type: 1 the entry answers it, -1 a clash (never confident), 0 unknown
        "question_type": signals.intent,
        "names_subject": signals.subject,
        # topics the question asks about that the entry never mentions (never confident)
        "outside_topics": list(signals.outside),
        # entries the question does not tell apart from this one: of k such entries none scores
        # over 100/k (below the confident mark from three on)
        "tied_with": list(signals.tied),
        # close runners-up told apart only by what their questions say beyond the question: the
        # best is answered, at no more than the confident mark (50)
        "close_to": list(signals.close),
        # the pack reads answers as text (adapt.reads_answers) and the question was told in its
        # own words: BM25 over the entry's question + answer, relative to the best candidate's,
        # added to the ranking; null when it was not used
        "answer_text": None if signals.answer_text is None else round(signals.answer_text, 3),
    }


@lru_cache(maxsize=1)
def _default_safety() -> Safety:
    """Built once per process: a batch checked without a pack asks for it line by line."""
    from backcare.engine import prebuilt

    return prebuilt.safety() or load_safety()


# Stands for the middle of an over-long question: a line break on each side, so that no sentence
# runs across the gap and the red-flag check reads the two ends as separate thoughts.
SAFETY_GAP = "\n[…]\n"


def safety_window(text: str) -> str:
    """What the red-flag check reads of a question: all of it up to twice MAX_SAFETY_CHARS, else
    its first and its last MAX_SAFETY_CHARS around SAFETY_GAP. A story may open or end with the
    symptom, and the check's cost stays bounded for a pasted megabyte."""
    if len(text) <= 2 * MAX_SAFETY_CHARS + len(SAFETY_GAP):
        return text
    return text[:MAX_SAFETY_CHARS] + SAFETY_GAP + text[-MAX_SAFETY_CHARS:]


def red_flags(
    text: str, safety: Safety | None = None, *, typos: bool = True
) -> tuple[RedFlag, ...]:
    """The question's red flags, most urgent first: the whole question (its safety_window), not
    the matcher's shortened copy, since a flag may come last in a long story. Needs no pack,
    so a notice can be shown when the pack fails to load. The text is read as the matcher reads
    it (query.engine_text): an invisible character inside a word must not hide a red flag.
    `typos=False`: an author's text, read as written (Safety.as_written)."""
    checker = safety if safety is not None else _default_safety()
    if not typos:
        checker = checker.as_written()
    return read_flags(checker.check, text)[0]


def warnings(text: str, safety: Safety | None = None) -> tuple[tuple[RedFlag, ...], str | None]:
    """The question's red flags and, only when it raises none, the tier of the warning sign a
    general question names without reporting anyone's current state (for a calm pointer line):
    both from one reading of the same window, so a notice and a pointer never come together."""
    checker = safety if safety is not None else _default_safety()
    flags, window = read_flags(checker.check, text)
    return flags, None if flags else checker.pointer(window)


def rule_warnings(
    text: str, safety: Safety | None = None, *, typos: bool = True
) -> tuple[tuple[RedFlag, ...], str | None]:
    """`warnings` read by the rules alone, without the learned check: for an author's text (a
    pack's answer, packs/undercut.py), which the learned check, trained on people describing
    themselves, misreads. `typos=False`: read as written (Safety.as_written)."""
    checker = safety if safety is not None else _default_safety()
    if not typos:
        checker = checker.as_written()
    flags, window = read_flags(checker.check_rules, text)
    return flags, None if flags else checker.pointer(window)


def read_flags(
    check: Callable[[str], Sequence[RedFlag]], text: str
) -> tuple[tuple[RedFlag, ...], str]:
    """`check`'s red flags of the question's safety_window, as the engine reads it, most urgent
    first, and that reading (for a pointer). When a lone ESC stands in it the window has two
    readings (query.engine_readings: the ESC as a gap, and as nothing): the flags are their
    union, each once, so neither reading can hide what the other raises. The one place the
    red-flag check reads a question's text."""
    readings = engine_readings(safety_window(text))
    flags = tuple(check(readings[0]))
    for other in readings[1:]:
        flags = flag_union(flags, check(other))
    return flags, readings[0]


def flag_union(flags: Sequence[RedFlag], more: Sequence[RedFlag]) -> tuple[RedFlag, ...]:
    """`flags` with those of `more` they do not hold (by id), most urgent first (a stable sort:
    each tier keeps its order, `flags` before `more`)."""
    from backcare.engine.safety import URGENCIES

    said = {flag.id for flag in flags}
    added = [flag for flag in more if flag.id not in said]
    if not added:
        return tuple(flags)
    return tuple(sorted([*flags, *added], key=lambda flag: URGENCIES.index(flag.urgency)))


class Engine:
    """Answers questions from one pack. Builds (or loads) the pack's index once."""

    def __init__(
        self,
        pack: Pack,
        store: Store | None = None,
        *,
        safety: Safety | None = None,
        semantic: bool | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        """`semantic`: re-rank with sentence embeddings (the optional `backcare[semantic]` extra);
        None uses them when the extra is installed and works, False never, True requires it.
        `notify` is given the one note saying the extra could not be used (also kept in
        `notes`): an optional extra that is broken, foreign or failing never costs the lexical
        answer or the red-flag check."""
        self.pack = pack
        self.notes: list[str] = []
        self._notify = notify
        self._semantic_required = bool(semantic)
        self.analyzer = analyzer_for(pack)
        if store is None:
            from backcare.engine.index import build_index
            from backcare.store.memory import MemoryStore

            store = MemoryStore(pack, build_index(pack, self.analyzer))
        reranker = None
        if semantic or (semantic is None and available()):
            from backcare.engine.semantic import E5Reranker, unusable

            try:
                reranker = E5Reranker()
            except Exception as exc:  # whatever a third-party model raises while loading
                if isinstance(exc, BackcareError) and semantic:
                    raise
                if semantic:
                    raise BackcareError(unusable(exc)) from exc
                self._note(unusable(exc.__cause__ or exc))
        # the title of a single pack, not of packs searched together (bundled:clinic.json)
        title = "" if pack.parts else pack.title
        self.matcher = Matcher(store, self.analyzer, reranker=reranker, title=title)
        self._english_pack: bool | None = None  # its words read as English: known when asked
        # None: the process's default rules, built on the first question (validate never asks one)
        self.safety = safety
        # what the pack covers, for unanswered questions: read once, when first needed (a pack is
        # immutable; a cold ask that is answered never walks a large pack's entries for it)
        self._topics: tuple[str, ...] | None = None

    def pack_topics(self) -> tuple[str, ...]:
        """The pack's topic names (not the empty one), in order."""
        if self._topics is None:
            self._topics = tuple(t for t in self.pack.topics() if t)
        return self._topics

    def rank(self, query: Query) -> Ranking:
        """The query's ranking alone, without the red-flag check (validate reads only matches).
        A message of two questions, one put aside ("..., and should I also buy a new mattress?"),
        gets the first of its questions alone that has a confident answer (side_questions.py:
        the one the asker says matters most first, before the message as typed); a keyword
        query's site ("... nhs") is not ranked (search_words.py). A reply's quoted lines ("> ...")
        are ranked with their sentences kept apart from the asker's (asides.marked_quotes); the
        ranking still names the question as typed."""
        searched = query.searched
        if ">" in query.text:
            marked = engine_text(marked_quotes(query.text))
            if marked != searched:
                ranking = self._rank_text(marked, query)
                return ranking._replace(question=searched[:MAX_QUERY_CHARS])
        return self._rank_text(searched, query)

    def _rank_text(self, text: str, query: Query) -> Ranking:
        """`rank` of the text the engine reads."""
        # a keyword query's site ("... nhs", "... reddit") asks nothing
        asked = unsearched(text, self.matcher.store.has_word)
        questions, first, several = parts(
            asked, self.analyzer.stopwords, topical=self._topical, saying=self._says
        )
        if not questions and asked == text:
            return self._ranked(text, query)  # most questions
        typed = text[:MAX_QUERY_CHARS]  # the question a ranking names, as Matcher.rank cuts it
        if not questions:
            return self._ranked(asked, query)._replace(question=typed)
        # the question that matters alone first: the side question's words would be topics no
        # entry mentions, or rank another entry ("what's the best mattress brand? also, what
        # helps tight back muscles? the second one matters more")
        if first and (ranking := self._ranked(questions[0], query)).confident:
            return ranking._replace(question=typed)
        whole = self._ranked(asked, query)._replace(question=typed)
        if whole.confident:
            return whole
        if several and not whole.matches:
            return whole
        for part in questions[0 if not first else 1 :]:
            found = self._ranked(part, query)
            if found.confident and (
                # several questions, no opener: a part tells only whether the entry the
                # message ranks first answers one of them, none of the others asked elsewhere
                not several
                or (
                    found.matches[0].entry.id == whole.matches[0].entry.id
                    and not self._foreign_part([q for q in questions if q != part])
                )
            ):
                return found._replace(question=typed)
        return whole

    def _topical(self, text: str) -> bool:
        """Whether a text names a topic (lexicon topics: a test, a product, money ...)."""
        return bool(self.analyzer.topics(text))

    def _says(self, text: str) -> bool:
        """Whether a text holds a word that is neither a stop word nor framing."""
        unsaid = self.analyzer.stopwords | self.analyzer.framing
        return any(w not in unsaid for w in words(text))

    def _foreign_part(self, questions: Sequence[str]) -> bool:
        """Whether a question of a message of several holds two words or more that the pack
        never uses and no topic names ("How do I adjust the tilt tension knob?"): it asks in
        another domain, so the message's other question may well use the pack's words in that
        domain's sense ("Why does the back of my office chair get stiff when I sit?"). A question
        the page does not answer for a topic it knows of ("Should I buy a standing desk?") is
        not foreign."""
        has_word = self.matcher.store.has_word
        stopwords = self.analyzer.stopwords
        framing = self.analyzer.framing
        for question in questions:
            named = {w for _, written in self.analyzer.topics(question) for w in words(written)}
            unknown = [
                w
                for w in words(question)
                if w.isalpha()
                and w not in stopwords
                and w not in framing
                and w not in named
                and not has_word(w)
            ]
            if len(unknown) >= FOREIGN_WORDS:
                return True
        return False

    def _ranked(self, text: str, query: Query) -> Ranking:
        try:
            return self.matcher.rank(text, top=query.top, topics=query.topics)
        except SemanticFailed as failed:
            if self._semantic_required:
                raise
            # the extra failed on a question: lexical from now on (re-ranking is not memoised,
            # so nothing half-ranked is kept), said once
            self.matcher.reranker = None
            self._note(str(failed))
            return self.matcher.rank(text, top=query.top, topics=query.topics)

    def _note(self, message: str) -> None:
        self.notes.append(message)
        if self._notify is not None:
            self._notify(message)

    def _check(self, text: str) -> tuple[RedFlag, ...]:
        return red_flags(text, self.safety)

    def entry_emergency(self, entry: Entry) -> EntryEmergency | None:
        """Whether `entry` must be withheld as the emergency its own text describes: what `ask`,
        the prompt's open decide by; `show`, which opens a pack without an engine, calls
        entryflags.entry_emergency with `red_flags` (cli/browse.entry_red_flags)."""
        from backcare.engine import entryflags

        return entryflags.entry_emergency(entry, self.pack.path, self._check)

    def ask(self, question: str, top: int = 3, topic: str | None = None) -> Answer:
        """Answer one question (the library's convenience: validates, then `answer`)."""
        return self.answer(make_query(question, self.pack, top=top, topic=topic))

    def answer(self, query: Query) -> Answer:
        ranking = self.rank(query)
        flags, told = warnings(query.text, self.safety)
        best = ranking.best
        withheld = None
        emergency = any(f.urgency == "emergency" for f in flags)
        if best is not None and not emergency:
            # an entry whose own question describes an emergency is not served as an answer
            # (engine/entryflags.py). Not decided under the asker's own emergency: the terminal
            # views then show the notice alone whatever the entry (JSON keeps `match` for
            # scripts, as it does for every emergency), so `withheld` stays None
            withheld = self.entry_emergency(best.entry)
            if withheld is not None:
                told = None  # the withheld entry's call to action stands in the pointer's place
        topics = () if ranking.best is not None else self.pack_topics()
        named: tuple[str, ...] = ()
        if ranking.best is None and len(topics) > 1 and not emergency:
            # the topics the question's own words name, said before the list of every topic
            # (not under an emergency: its notice stands alone, and spelling topics costs the
            # rapidfuzz import a cold emergency ask never pays otherwise)
            from backcare.packs.lookup import topics_named_in

            named = topics_named_in(self.pack, query.text)
        from backcare.engine.language import message_words, partly_foreign

        said = message_words(query.text)  # read once for both verdicts
        not_english = not self.reads_as_english(said, ranking)
        partly_english = not not_english and not flags and partly_foreign(said)
        if (not_english or partly_english) and not flags and best is None:
            # the check reads English only: a message it could not read, and no entry answered,
            # may describe an emergency it missed ("papa ist gestürzt ... what do i do"), so the
            # reader is told what to do if one is happening, as under a general question
            # (newcomer29 F2). A pack in the reader's language that answered says it could not
            # check, above its answer (not_english_lead)
            told = "emergency"
        read_in = ""
        if not_english:
            from backcare.engine.safety.foreign_reading import signs_language

            read_in = signs_language(query.text) or ""
        return Answer(
            query.text,
            ranking,
            flags,
            topics,
            self.pack.contact,
            told,
            withheld=withheld,
            not_english=not_english,
            partly_english=partly_english,
            signs_read_in=read_in,
            named_topics=named,
        )

    def reads_as_english(self, text: str | MessageWords, ranking: Ranking) -> bool:
        """Whether a question (or its words, language.message_words) reads as English
        (engine/language.py), whatever its match: a pack
        in another language answers confidently what the red-flag check cannot read (newcomer22
        F2). A word the engine corrected is a typo of the pack's own words, not another language;
        an English pack's own words ("valgrind", "stdout") are English, looked up only for a
        message that does not read as English without them."""
        from backcare.engine.language import reads_as_english

        fixed = {word.casefold() for word, _ in ranking.corrections}
        if reads_as_english(text, fixed):
            return True
        if self._english_pack is None:
            from backcare.engine.language import words_read_as_english

            self._english_pack = words_read_as_english(self.matcher.store.words())
        return self._english_pack and reads_as_english(text, _PackWords(fixed, self.matcher.store))


class _PackWords:
    """The words `known` to reads_as_english: corrected typos, and the pack's own words."""

    def __init__(self, fixed: set[str], store: Store) -> None:
        self.fixed, self.store = fixed, store

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        from backcare.engine.language import plain_word

        return word in self.fixed or self.store.has_word(plain_word(word))
