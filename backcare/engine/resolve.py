"""What a question's words are ranked as (a `Matcher` mixin): the pack's own word, the name the
pack spells out whose initials it is (acronyms.py), the word a typo meant (spelling.within_edits over the pack's and the lexicon's words of the same first letter), or
the two pack words an unknown word runs together; and the question with its typos fixed. Pure: no
I/O, no printing; it reads a `Store`."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from backcare.engine.acronyms import Acronyms
from backcare.engine.analyze import (
    PHRASE_SEPARATOR,
    Analyzer,
    Concept,
    common_words,
    stem,
    text_stems,
    words,
)
from backcare.engine.autocorrected import autocorrected, pack_pairs, terms_beside
from backcare.engine.candidates import CandidateStage
from backcare.engine.families import families
from backcare.engine.homophones import heard_as, heard_words
from backcare.engine.region_senses import organ_words, region_senses, region_words
from backcare.engine.split_compounds import compound_key, load_particles
from backcare.engine.split_words import WORD, rejoined
from backcare.engine.stretched import unstretched
from backcare.engine.tuning import (
    AUTOCORRECT_MAX_ENTRIES,
    CONCEPT_CACHE,
    EVERYDAY_WEIGHT,
    FAMILY_WEIGHT,
    REAL_WORD_TYPO_WEIGHT,
    SWAP_RIVALS,
    SYNONYM_WEIGHT,
    TYPO_WEIGHT,
    WORD_CACHE,
)
from backcare.engine.vowelless import revowelled, skeletons
from backcare.store.protocol import Store


class WordResolution(CandidateStage):
    """A question's concepts as ranked, and the corrections made, with the caches they keep."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        super().__init__(store, analyzer)
        self._corrections: dict[str, tuple[str, float] | None] = {}
        # a common English word -> the pack's word an edit away it may have been typed for,
        # read so only where the question's words around it say so (_real_typos)
        self._real_fixes: dict[str, str] = {}
        self._holding: dict[str, list[list[str]]] = {}  # _texts_holding
        self._real_words: dict[str, bool] = {}  # word -> common English (_real)
        # word -> unknown to the pack and the lexicon, and no typo (_unheard): a batch question's
        # every word is asked about, most twice (split_words reads each pair side by side)
        self._unheard_words: dict[str, bool] = {}
        # (two words written together, edits) -> the pack's word they are (_closest_whole): a
        # batch's questions join the same pairs again and again, each a scan of the words with its
        # first letter; bounded by WORD_CACHE
        self._joined_words: dict[tuple[str, int], str | None] = {}
        # two adjacent words -> the word they were split from (split_words.rejoined): the same
        # pairs again and again; bounded by WORD_CACHE (checked a question)
        self._joined_pairs: dict[tuple[str, str], str | None] = {}
        self._by_letter: dict[str, list[str]] = {}  # typo candidates by first letter
        # a question's concept -> the concepts it is ranked as, and its correction (_concepts)
        self._resolved: dict[Concept, tuple[list[Concept], list[tuple[str, str]]]] = {}
        self._literals: dict[tuple[str, str], bool] = {}  # _asks_literally
        self._acronyms = Acronyms(store, analyzer)
        # the pack's words and the stop words by their consonants (_revowelled): built the first
        # time a question is typed without vowels
        self._skeletons: dict[str, list[str]] | None = None
        self._stop_skeletons: dict[str, list[str]] | None = None
        # pairs of words side by side in the pack's questions and aliases (_autocorrected): built
        # the first time a question holds a real word the pack does not know
        self._pairs: frozenset[tuple[str, str]] | None = None
        self._beside: dict[tuple[str, bool], frozenset[str]] = {}  # _terms_beside

    def _concepts(self, question: str) -> tuple[list[Concept], tuple[tuple[str, str], ...]]:
        concepts: list[Concept] = []
        corrections: list[tuple[str, str]] = []
        for concept in self.analyzer.concepts(question, self._joinable):
            found = self._resolved.get(concept)
            if found is None:
                found = self._resolve(concept)
                if len(self._resolved) >= CONCEPT_CACHE:
                    self._resolved.clear()
                self._resolved[concept] = found
            concepts.extend(found[0])
            corrections.extend(found[1])
        if self._real_fixes:
            concepts, corrections = self._real_typos(question, concepts, corrections)
        if corrections:
            concepts = self._beside_corrections(question, concepts, corrections)
        return self._literal(concepts), tuple(corrections)

    def _real_typos(
        self, question: str, concepts: list[Concept], corrections: list[tuple[str, str]]
    ) -> tuple[list[Concept], list[tuple[str, str]]]:
        """The concepts with each common English word the pack does not know read as the pack's
        word an edit away it may have been typed for ("siting": sitting), where the words around
        it say so (real_typos): the pack's own texts hold that word near one of them ("stif back
        when siting": "Why does my back get stiff when I sit?"), and no real word the pack does
        not know follows it ("the back brake lever": not a back brace)."""
        # imported where used: only a word the pack does not know, with a fix, reaches it (issue
        # 17: modules a calm question never uses cost its cold start ~0.35M instructions each)
        from backcare.engine.real_typos import same_word

        tokens = words(question)
        typos = dict(corrections)
        out = list(concepts)
        for index, concept in enumerate(concepts):
            fix = self._real_fixes.get(concept.word)
            if (
                fix is None
                or concept.word in typos
                or concept.filler
                or not self._unheard(concept.word)
            ):
                continue
            # "wrote" for "write" is the same word: no context needed
            if not same_word(concept.word, fix) and not self._typo_in_context(
                tokens, concept.word, fix, typos
            ):
                continue
            out[index] = Concept(
                concept.word,
                self.analyzer.concept(fix, REAL_WORD_TYPO_WEIGHT).alternatives,
                concept.filler,
            )
            corrections.append((concept.word, fix))
        return out, corrections

    def _typo_in_context(
        self, tokens: tuple[str, ...], word: str, fix: str, typos: dict[str, str]
    ) -> bool:
        """Whether the question's words around a real word (`tokens`, its words; `typos`, the
        corrections made) say it was typed for `fix` (real_typos)."""
        from backcare.engine.real_typos import before_unknown, near_in, neighbours

        places = [i for i, token in enumerate(tokens) if token == word]
        if not places or any(before_unknown(tokens, i, self._unknown_real) for i in places):
            return False
        # a framing word ("how long does wood paint take") says what is asked, of anything
        around = frozenset(
            stem(form)
            for i in places
            for j in neighbours(tokens, i, self.analyzer.stopwords)
            for form in (tokens[j], typos.get(tokens[j], tokens[j]))
            if form not in self.analyzer.framing
        )
        return bool(around) and near_in(self._texts_holding(stem(fix)), stem(fix), around)

    def _unknown_real(self, word: str) -> bool:
        """Whether a word is common English that the pack and the lexicon do not know."""
        return (
            word not in self.analyzer.stopwords
            and word not in self.analyzer.framing  # "good", "long": of any subject
            and word.isalpha()
            and self._real(word)
            and self._unheard(word)
        )

    def _texts_holding(self, term: str) -> list[list[str]]:
        """The stems (stop words dropped) of the questions, aliases and tags of the entries
        holding a term (at most MAX_ENTRIES of them), kept per term (WORD_CACHE). An entry one
        of whose tags is the term alone ("massage") is labelled by it: its question and aliases
        are read as one text with the term, since the label is said of them ("What helps tight
        back muscles?" for "is a message good for tight muscles"). Answers are not read: some
        answer holds almost any word near another ("lever" near "level")."""
        found = self._holding.get(term)
        if found is None:
            from backcare.engine.real_typos import MAX_ENTRIES

            found = []
            for doc in self._postings(term)[0][:MAX_ENTRIES]:
                entry = self.store.entry(doc)
                own = [self.analyzer.terms(text) for text in (entry.question, *entry.aliases)]
                tags = [self.analyzer.terms(tag) for tag in entry.tags]
                found.extend(own + tags)
                if [term] in tags:
                    found.extend([term, *stems] for stems in own)
            if len(self._holding) >= WORD_CACHE:
                self._holding.clear()
            self._holding[term] = found
        return found

    def _beside_corrections(
        self, question: str, concepts: list[Concept], corrections: list[tuple[str, str]]
    ) -> list[Concept]:
        """A word beside a typo may make a lexicon phrase with the word it was taken for ("lower"
        of "a tight lower bak" is the lower back): each word typed right reads as it does in the
        question with its typos fixed. So does the typo itself, at its correction's weight: the
        "spinea" of "erector spinea tight" is the "spinae" of the phrase "erector spinae", not
        only the word."""
        typos = dict(corrections)
        fixed = {
            c.word: c
            for c in self.analyzer.concepts(
                _corrected(question, tuple(corrections)), self._joinable
            )
        }
        out = []
        for concept in concepts:
            again = fixed.get(typos.get(concept.word, concept.word))
            if (
                again is not None
                and not concept.filler
                and concept.alternatives
                and again.alternatives
                and len(again.alternatives) > len(concept.alternatives)
            ):
                if concept.word in typos:  # the correction's weight, on every reading of it
                    scale = concept.alternatives[0][1] / (again.alternatives[0][1] or 1.0)
                    concept = concept._replace(
                        alternatives=tuple((t, w * scale) for t, w in again.alternatives)
                    )
                else:
                    concept = concept._replace(alternatives=again.alternatives)
            out.append(concept)
        return out

    def _literal(self, concepts: list[Concept]) -> list[Concept]:
        """A word read only as its idiom means ("back" of "come back": recovery, build) may also
        be the words as written, and an entry whose own question holds them ("Will my back pain
        come back?") holds the phrase itself: the phrase of it and the word before it is one
        of its alternatives, at full weight, when some entry holds both. What the idiom means in
        other entries' answers then no longer outweighs the question's own words."""
        out = list(concepts)
        for i in range(1, len(out)):
            concept, before = out[i], out[i - 1]
            own = stem(concept.word)
            if (
                concept.filler
                or not concept.alternatives
                or " " in concept.word
                or " " in before.word
                or any(term == own for term, _ in concept.alternatives)
                or not self.store.has_term(own)
            ):
                continue
            pair = (stem(before.word), own)
            if self._asks_literally(pair):
                phrase = PHRASE_SEPARATOR.join(pair)
                out[i] = concept._replace(alternatives=((phrase, 1.0), *concept.alternatives))
        return out

    def _asks_literally(self, pair: tuple[str, str]) -> bool:
        """Whether some entry's own question or alias holds two stems side by side ("come
        back"): an entry holding both apart ("Can I come to work with back pain?") does not
        make the idiom literal. Kept per pair (bounded: WORD_CACHE)."""
        found = self._literals.get(pair)
        if found is None:
            first, second = pair
            found = False
            for doc in self._postings(f"{first}{PHRASE_SEPARATOR}{second}")[0]:
                entry = self.store.entry(doc)
                for text in (entry.question, *entry.aliases):
                    stems = text_stems(text)
                    if any(a == first and b == second for a, b in pairwise(stems)):
                        found = True
                        break
                if found:
                    break
            if len(self._literals) >= WORD_CACHE:
                self._literals.clear()
            self._literals[pair] = found
        return found

    def _resolve(self, concept: Concept) -> tuple[list[Concept], list[tuple[str, str]]]:
        """A question's concept as ranked (the same concept when the pack knows it; else its
        typo's correction, or the two pack words it runs together), and the correction made. A
        compound the pack writes as two words ("back up" for "backup") is one of its terms."""
        if not concept.filler and concept.alternatives:
            compound = compound_key(concept.alternatives[0][0])
            if self.store.has_term(compound):
                concept = concept._replace(alternatives=(*concept.alternatives, (compound, 1.0)))
        concept = self._with_relatives(concept)
        if any(self._postings(t)[0] for t, _ in concept.alternatives) or self.store.has_word(
            concept.word
        ):
            return [concept], []
        # initials of a name the pack only spells out ("eap": Employee Assistance Programme)
        name = self._acronyms.expand(concept.word)
        if name is not None:
            return [Concept(concept.word, ((name, SYNONYM_WEIGHT),), concept.filler)], []
        fix = self._correct(concept.word)
        if fix is not None:
            corrected, weight = fix
            # keep the word as typed, so explanations show what the person wrote
            alternatives = self.analyzer.concept(corrected, weight).alternatives
            return [Concept(concept.word, alternatives, concept.filler)], [
                (concept.word, corrected)
            ]
        parts = self._split(concept.word)
        if parts is not None:  # "backmuscles": two pack words run together
            return (
                [self.analyzer.concept(part, TYPO_WEIGHT) for part in parts],
                [(concept.word, " ".join(parts))],
            )
        return [concept], []

    def _with_relatives(self, concept: Concept) -> Concept:
        """The concept with the derivational relatives of its word that the pack holds
        (families.py: "members" of "Membership", "decided" of "Decisions"), at FAMILY_WEIGHT of
        the word's weight. Read for every word, not only for one the pack lacks: a pack holds
        both forms more often than not ("a member of staff" in an answer, "Membership" in the
        right entry's question), and the guard cost pack 40 and 41 their gains (quality72)."""
        if concept.filler or not concept.alternatives:
            return concept
        weight = concept.alternatives[0][1]
        known = {t for t, _ in concept.alternatives}
        table = families()
        held = self._held_word
        relatives = table.relatives(concept.word, held)
        extra = tuple(
            (relative, weight * FAMILY_WEIGHT)
            for relative in dict.fromkeys(stem(r) for r in relatives)
            if relative not in known
        )
        known.update(t for t, _ in extra)
        extra += tuple(
            (written, weight * EVERYDAY_WEIGHT)
            for said in _everyday_forms(concept.word)
            for written in dict.fromkeys(stem(w) for w in table.standard(said, held))
            if written not in known
        )
        return concept._replace(alternatives=(*concept.alternatives, *extra)) if extra else concept

    def _held_word(self, word: str) -> bool:
        return bool(self._postings(stem(word))[0])

    def _joinable(self, word: str) -> bool:
        """Whether two words of a question, run together (`word`), are read as one: a word the
        pack holds ("login" for "log in"), or a phrasal verb whose everyday line lists words the
        pack holds ("signup": register, join; "giveup": stop, quit). Read as its verb alone, a
        phrasal verb says another thing ("sign" of "sign up" is a signature, "give" of "give up"
        a gift); its particle is a stop word, so the verb alone is all ranking would read."""
        if self.store.has_word(word):
            return True
        # the line first: a search of text read already; the particles' file only for a listed pair
        return bool(families().standard(word, self._held_word)) and word.endswith(_particle_ends())

    def _split(self, word: str) -> tuple[str, str] | None:
        """Two words of the pack that a word unknown to it runs together ("backmuscles",
        "spinaltension"), each of three letters or more; the most even split wins."""
        if len(word) < 6 or not word.isalpha() or self._real(word):
            return None  # a real word ("profit", "sideways") is not two run together
        found = [
            (word[:i], word[i:])
            for i in range(3, len(word) - 2)
            if self.store.has_word(word[:i]) and self.store.has_word(word[i:])
        ]
        return min(found, key=lambda ab: abs(len(ab[0]) - len(ab[1])), default=None)

    def _rejoined(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each word speech-to-text split in two ("muscle a trophy") written
        whole, and the pairs read as one word (split_words)."""
        if len(self._joined_pairs) >= WORD_CACHE:
            self._joined_pairs.clear()
        return rejoined(
            text, self._unheard, self._closest_whole, self.analyzer.stopwords, self._joined_pairs
        )

    def _heard(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each word speech-to-text wrote for another that sounds the same
        ("caws" for cause, "pane" for pain) written as the word meant, and the words so read
        (homophones)."""
        return heard_words(text, heard_as(), self._unheard, self._knows)

    def _unstretched(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each word stretched for emphasis ("sooooo", "dayyy") written as the
        word it stretches, and the words so read (stretched)."""
        return unstretched(
            text,
            lambda word: not self.store.has_word(word) and not self._real(word),
            lambda word: (
                word in self.analyzer.stopwords or self._real(word) or self.store.has_word(word)
            ),
        )

    def _autocorrected(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each real word autocorrect put for a term of the pack ("spinal
        directors", "elector spine") written as that term, and the words so read (autocorrected).
        Only in a pack of `AUTOCORRECT_MAX_ENTRIES` or fewer: in a larger one some pair of its
        texts sits near almost any real word by chance."""
        if self.store.size > AUTOCORRECT_MAX_ENTRIES:
            return text, ()
        from backcare.engine.spelling import osa_distance

        return autocorrected(
            text,
            self._terms_beside,
            self._autocorrect_put,
            self._real,
            osa_distance,
            self.analyzer.stopwords,
        )

    def _terms_beside(self, word: str, before: bool) -> frozenset[str]:
        """The pack's words after (`before`) or before a word in its own questions and aliases
        (autocorrected.terms_beside), kept per word (bounded: WORD_CACHE)."""
        key = (word, before)
        found = self._beside.get(key)
        if found is None:
            from backcare.engine.spelling import osa_distance

            if len(self._beside) >= WORD_CACHE:
                self._beside.clear()
            found = self._beside[key] = terms_beside(self._pack_pairs(), word, before, osa_distance)
        return found

    def _pack_pairs(self) -> frozenset[tuple[str, str]]:
        """The pairs of words side by side in the pack's own questions and aliases."""
        if self._pairs is None:
            entries = [self.store.entry(doc) for doc in range(self.store.size)]
            self._pairs = pack_pairs(
                text for entry in entries for text in (entry.question, *entry.aliases)
            )
        return self._pairs

    def _autocorrect_put(self, word: str) -> bool:
        """Whether a word may be one autocorrect put in: common English that neither the pack
        nor the lexicon knows, nor takes for a typo."""
        return self._real(word) and self._unheard(word)

    def _in_region_sense(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each body word used in another language's sense ("the kidneys are
        hurting me": the lower back) written as the region meant, when it names that region by
        no word of its own (region_senses)."""
        return region_words(text, region_senses(), self._names_region, self._knows, organ_words())

    def _as_child(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with a child's age stated as a number ("my 14 year old") written as the
        child it names, when the pack knows the word (child_ages)."""
        if not any(ch.isdigit() for ch in text):
            return text, ()
        from backcare.engine.child_ages import ages_as_child  # a question with a digit only

        return ages_as_child(text, self.analyzer.topics, self._knows)

    def _names_region(self, word: str, region: str) -> bool:
        """Whether a word stands for a region ("spine", "lumbar" for the lower back), as typed or
        as its typo's correction: the region's last word is among the terms the lexicon reads it
        as."""
        head = stem(region.split()[-1])
        if any(term == head for term, _ in self.analyzer.concept(word, 1.0).alternatives):
            return True
        # a misspelt region word names it as well ("is my bak pain coming from my kidneys")
        corrected = self._correct(word)
        return corrected is not None and any(
            term == head for term, _ in self.analyzer.concept(corrected[0], 1.0).alternatives
        )

    def _knows(self, word: str) -> bool:
        """Whether the pack holds a word, itself or through the lexicon."""
        concept = self.analyzer.concept(word, 1.0)
        return self.store.has_word(word) or any(
            self._postings(t)[0] for t, _ in concept.alternatives
        )

    def _revowelled(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with each word typed without its vowels ("hw lng t rbld mscl") written as
        the word it stands for, and the words so read (vowelless)."""
        if self._stop_skeletons is None:
            self._stop_skeletons = skeletons(sorted(self.analyzer.stopwords))
        return revowelled(text, self.store.has_word, self._pack_skeletons, self._stop_skeletons)

    def _pack_skeletons(self) -> dict[str, list[str]]:
        """The pack's words by their consonants, the word more entries hold first."""
        if self._skeletons is None:
            found = skeletons(self.store.words())
            for group in found.values():
                group.sort(key=lambda w: (-len(self._postings(stem(w))[0]), w))
            self._skeletons = found
        return self._skeletons

    def _unheard(self, word: str) -> bool:
        """Whether neither the pack nor the lexicon knows a word, nor takes it for a typo (what
        the pack and the lexicon say of a word does not change: kept, bounded by WORD_CACHE)."""
        found = self._unheard_words.get(word)
        if found is None:
            if len(self._unheard_words) >= WORD_CACHE:
                self._unheard_words.clear()
            found = self._unheard_words[word] = self._unknown(word)
        return found

    def _unknown(self, word: str) -> bool:
        concept = self.analyzer.concept(word, 1.0)
        if self.store.has_word(word) or any(self._postings(t)[0] for t, _ in concept.alternatives):
            return False
        return self._acronyms.expand(word) is None and self._correct(word) is None

    def _closest_whole(self, joined: str, edits: int) -> str | None:
        """The pack's word that two words written together are, or are `edits` edits from (what
        the pack says of a form does not change: kept, bounded by WORD_CACHE)."""
        key = (joined, edits)
        if key in self._joined_words:
            return self._joined_words[key]
        if len(self._joined_words) >= WORD_CACHE:
            self._joined_words.clear()
        found = self._joined_words[key] = self._closest_whole_read(joined, edits)
        return found

    def _closest_whole_read(self, joined: str, edits: int) -> str | None:
        if self.store.has_word(joined):
            return joined
        if not edits:
            return None
        from backcare.engine.spelling import within_edits

        pack = [w for w in self._starting_with(joined[0]) if self.store.has_word(w)]
        found = within_edits(joined, pack, edits, limit=1)
        return found[0][0] if found else None

    def _real(self, word: str) -> bool:
        """Whether a word is common English (a search of a 400 kB text: kept, asked again often)."""
        found = self._real_words.get(word)
        if found is None:
            if len(self._real_words) >= WORD_CACHE:
                self._real_words.clear()
            found = self._real_words[word] = word in common_words()
        return found

    def _starting_with(self, letter: str) -> list[str]:
        """The pack's words, then the lexicon's, that start with this letter, each part sorted: a
        typo keeps its first letter, so only these are compared (a twentieth of the vocabulary)."""
        found = self._by_letter.get(letter)
        if found is None:
            words = self.store.words()  # sorted
            # every word starting with `letter` sorts from `letter` up to the next code point
            start = bisect_left(words, letter)
            end = bisect_left(words, chr(min(ord(letter) + 1, 0x10FFFF)), start)
            lexicon = sorted(w for w in self.analyzer.vocabulary if w.startswith(letter))
            found = self._by_letter[letter] = [*words[start:end], *lexicon]
        return found

    def _correct(self, word: str) -> tuple[str, float] | None:
        """The pack (or lexicon) word a misspelt word most likely meant, and how sure we are.

        Edits allowed grow with length (1 up to 5 letters, 2 beyond); a transposition is one edit
        ("pian" -> "pain"). A typo rarely changes the first letter, so candidates must keep it.
        A common English word is no typo on its own: never when short ("bad" is not "bed"); a
        longer one's likely meaning ("siting": sitting, "brake": brace) is kept for _real_typos,
        which reads it so only where the words around it say so. So is chat English ("lol",
        data/textspeak_words.txt). A number with a unit ("10k") is no typo.
        """
        if word in self._corrections:
            return self._corrections[word]
        result = None
        from backcare.engine.language import typed_english
        from backcare.engine.real_typos import number_with_unit

        # chat English ("lol", "hrs", "txt") is English too: "lol" is no typo of "low", but
        # "txt" abbreviates "text", a word holding its letters in order (_abbreviates)
        common = word in common_words()
        chat = not common and word in typed_english()
        real = common or chat
        if (
            len(word) >= 3
            and not word.isdigit()
            and not number_with_unit(word)  # "10k" is ten thousand, not "10"
            and not (common and len(word) <= 4)
        ):
            from backcare.engine.spelling import within_edits

            # two English words run together ("backspin": back + spin) are a compound more
            # likely than a word two edits off ("backpain"): one edit only
            allowed = 1 if len(word) <= 5 or real or _compound(word) else 2
            found = _swap_first(
                word, within_edits(word, self._starting_with(word[0]), allowed, limit=SWAP_RIVALS)
            )
            # a common word mistyped lands on another common word ("black" for "back"); a
            # lay or slang form the lexicon spells out ("cricked", "tite") is no likelier
            # meant by a real word ("cricket") than the real word itself
            if found and chat:
                found = [f for f in found[:1] if _abbreviates(word, f[0])]
            elif found and real and found[0][0] not in common_words():
                found = []
            if found and real and not chat:
                # a real word is a word: read as the other only where the question's words
                # around it say so (_real_typos), never on its own
                self._real_fixes[word] = found[0][0]  # kept as long as _corrections is
            elif found:
                candidate, distance = found[0]
                result = (candidate, TYPO_WEIGHT - 0.1 * distance)
        self._corrections[word] = result
        return result


def _abbreviates(short: str, word: str) -> bool:
    """Whether chat English `short` writes `word` with letters left out ("txt": text, "msg":
    message), its letters in their order; "lol" is no "low"."""
    letters = iter(word)
    return len(short) < len(word) and all(c in letters for c in short)


def _swap_first(word: str, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The closest words found, a swap of two letters first among those as close: two keys
    struck in the wrong order is the commonest slip ("opne" is "open" before it is "one", which
    only drops a letter, and "one" sorts first)."""
    if not found:
        return found
    closest = found[0][1]
    swapped = next(
        (
            (choice, distance)
            for choice, distance in found
            if distance == closest and len(choice) == len(word) and sorted(choice) == sorted(word)
        ),
        found[0],
    )
    return [swapped]


def _compound(word: str) -> bool:
    """Whether a word is two common English words of four letters or more run together ("ten" +
    "shun" is how "tension" may be misspelt)."""
    english = common_words()
    return any(word[:i] in english and word[i:] in english for i in range(4, len(word) - 3))


def _corrected(question: str, corrections: tuple[tuple[str, str], ...]) -> str:
    """The question with its typos fixed, for reading its type ("relase" is a "release")."""
    if not corrections:
        return question
    fixed = dict(corrections)
    return WORD.sub(lambda m: fixed.get(m[0].casefold(), m[0]), question)  # punctuation kept


@lru_cache(maxsize=1)
def _particle_ends() -> tuple[str, ...]:
    """The particles a phrasal verb ends with (data/compound_particles.txt), as str.endswith
    reads them; read the first time a question's two words are not a word of the pack."""
    return tuple(sorted(load_particles()))


def _everyday_forms(word: str) -> tuple[str, ...]:
    """The forms of a concept's word its everyday line is looked up by: the word, or a phrasal
    verb read as one (analyze._joins: "signed up") run together as typed and with its verb's
    inflection stripped ("signedup", "signup")."""
    first, _, second = word.partition(" ")
    if not second:
        return (word,)
    return tuple(dict.fromkeys((first + second, stem(first) + second)))
