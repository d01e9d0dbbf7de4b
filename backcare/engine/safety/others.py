"""Someone else's signs: the words said of another person or an animal ("my mum had cancer",
"the dog can't walk"), and the people that are no subject of what follows (an object lifted, a
likeness, a denied person, the asker introducing themselves).
"""

from __future__ import annotations

from bisect import bisect_left

from backcare.engine.safety.reading import (
    Token,
)
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.typos import _is_common
from backcare.engine.safety.vocabulary import BACK, TROUBLES, Vocabulary

# a saying verb this soon after a person reports advice ("Someone at work said you ...")
ADVICE_REACH = 3
COMPARISON_REACH = 4  # a person this soon after "like" is a likeness ("like someone else's")
# a job this soon after the asker's "I" ("I'm an A&E nurse": "a", "e" are two words)
WORKS_REACH = 5
# a counted case word this soon after a number or verb ("we had two suspected cauda equina cases")
COUNT_REACH = 5
LABEL_WORDS = 3  # a label before a colon opening a sentence ("Handover:", "Night report:")


class Others(Vocabulary):
    """Whose signs they are, for `detect.Safety` (mixed in)."""

    def _persons(self, chosen: tuple[Mention, ...]) -> set[bool]:
        """Whose a combination's mentions are (the asker's: False, someone else's: True), but
        what a leaflet or box says (vocabulary 'nobodys': a dose's limit), which is no one's:
        "the box says max 8 a day. Mum has had 12" is Mum's overdose (safety70)."""
        return {m.other for m in chosen if m.concept not in self._nobodys}

    def _others_positions(
        self, tokens: list[Token], in_phrases: set[int]
    ) -> tuple[set[int], set[int]]:
        """Positions said of another person, and those said of an animal: after "my mum", "he",
        "the dog" until "I" or "my" or a blank line. A person named as an object ("lifting my toddler", "caring
        for her") or inside a phrase of its own ("the cat food", "as a kid") is not the subject
        of what follows; "he", "his" go on with whoever was named before."""
        positions: set[int] = set()
        animals: set[int] = set()
        other = animal = False
        named = {  # the sentences naming someone: a person, a pronoun, "herself"
            t.sentence
            for t in tokens
            if t.stem in self._others_stems
            or t.surface in self._pronouns
            or t.surface in self._their_reflexives
        }
        for i, token in enumerate(tokens):
            if i and token.paragraph != tokens[i - 1].paragraph:
                # a blank line parts what is said: a long message's paragraph about the dog or
                # a relative does not make the next paragraph's signs theirs (safety29: "The vet
                # says the puppy is healthy.\n\nFever with back pain." raised nothing)
                other = animal = False
            elif i and token.sentence != tokens[i - 1].sentence and token.sentence not in named:
                # a sentence that names no one is the asker's again ("The vet says the puppy is
                # healthy. Fever with back pain.": review11, safety31): when unsure, flag; one
                # with "he", "his", "herself" or a person goes on with (or names) someone ("Our
                # cat is 15. Keeps wetting herself")
                other = animal = False
            if (
                # a person inside a phrase of its own ("as a kid") is no subject, but one a
                # 'subject_verbs' word follows is the subject its phrase opens with ("my
                # daughter is 38.6": a fever's number needs its subject; review32 B2)
                (
                    token.stem in self._others_stems
                    and (i not in in_phrases or self._subject_follows(tokens, i))
                )
                # an animal the subject, even inside a phrase ("My horse has a sore back": a
                # horse is a VEHICLE in "thrown from a horse")
                or (token.stem in self._animal_stems and self._subject_follows(tokens, i))
                or self._is_aged_person(tokens, i)
                or self._is_named_person(tokens, i)
                or self._story_stranger(tokens, i)
            ):
                if (
                    not self._is_object(tokens, i)
                    and not self._introduces_asker(tokens, i)
                    and not self._in_comparison(tokens, i)
                    and not self._denied_person(tokens, i)
                    and not (i + 1 < len(tokens) and tokens[i + 1].surface in self._reporters)
                    and not self._reports_advice(tokens, i)
                ):
                    if not (other and token.surface in self._pronouns):
                        # an animal's signs are no one's, and so are those of a stranger of a
                        # story read or watched ("a video about a man whose legs went numb")
                        animal = token.stem in self._animal_stems or (
                            token.surface in self._stranger_nouns
                            and self._story_stranger(tokens, i)
                        )
                    other = True
            elif token.surface in self._self:
                following = tokens[i + 1].stem if i + 1 < len(tokens) else ""
                if following not in self._others_stems:
                    other = False
            if other:
                positions.add(i)
                if animal:
                    animals.add(i)
        return positions, animals

    def _work_positions(self, tokens: list[Token]) -> set[int]:
        """Positions naming the signs of the people the asker works with (safety31; red flags
        21: "I'm a ward nurse, I do bladder scans and catheters all day", a paramedic who sees
        "car crashes, ... people with cauda equina"). When the message names the asker's health
        or care job, a sentence telling the work (a routine word, "all shift", "patients", or the
        asker's "I" with a work verb) has clauses that are theirs: one with an object verb ("I do
        bladder scans", "changing incontinence pads"), and the verbless ones listed after a
        seeing verb's ("I see ..., car crashes, falls from ladders"). Never a clause with a
        possessive self word but the asker's back, a word of the asker's own time course ('work'
        'live': "since", "now"), a verb telling a state ("both legs have gone weak"), a number,
        or an "I" that does not work: a miss costs more than a false alarm."""
        if not any(self._names_job(tokens, i) for i in range(len(tokens))):
            return set()
        working = {
            t.sentence
            for i, t in enumerate(tokens)
            if t.surface in self._work_routine
            # "all day", "every shift", "all the time"
            or (
                t.surface in self._work_routine_after
                and any(
                    tokens[j].surface in self._work_routine_leads for j in range(max(0, i - 2), i)
                )
            )
            or (t.surface in self._self and self._works(tokens, i))
        }
        clauses: dict[int, list[int]] = {}  # in order, the working sentences' clauses
        for i, t in enumerate(tokens):
            if t.sentence in working:
                clauses.setdefault(t.clause, []).append(i)
        positions: set[int] = set()
        listing = False  # after a seeing verb's clause, in its sentence: a list of cases
        sentence = -1
        for members in clauses.values():
            if tokens[members[0]].sentence != sentence:
                sentence, listing = tokens[members[0]].sentence, False
            if any(
                (
                    tokens[i].surface in self._work_live
                    and not self._own_back(tokens, i)
                    and not self._own_work(tokens, i)
                    # the work's own time ("on my shift yesterday we had ...": safety49)
                    and not (i > 0 and tokens[i - 1].surface in self._work_own)
                )
                or (self._tells_state(tokens, i) and not self._counts_work(tokens, i))
                # the asker's age or time course ("55", "3 weeks"), not a count of cases or a
                # shift's length ("two suspected cauda equina cases", "12-hour shifts")
                or (tokens[i].number is not None and not self._counts_work(tokens, i))
                or (
                    tokens[i].surface in self._self
                    and not self._works(tokens, i)
                    and not self._own_back(tokens, i)
                    and not self._own_work(tokens, i)
                )
                for i in members
            ):
                listing = False
                continue
            verbs = [tokens[i].surface for i in members if tokens[i].surface in self._work_objects]
            if verbs or any(self._holds_work(tokens, i) for i in members):
                positions.update(members)
                listing = any(v in self._work_seeing for v in verbs)
            elif listing and any(tokens[i].surface in self._work_cases for i in members):
                # a list of cases ("car crashes", "people with cauda equina"), not the asker's
                # own telegraphic signs ("fever and shivering, back agony")
                positions.update(members)
        return positions

    def _counts_work(self, tokens: list[Token], i: int) -> bool:
        """Whether the number or verb at i counts the work's cases or measures a shift ("we had
        two suspected cauda equina cases", "12-hour shifts"; safety49): a 'counted' case word,
        or a 'routine' or 'holding' word after a number, follows within COUNT_REACH words of its
        clause, with no self word, joiner or negation between."""
        ends = self._work_counted | (
            self._work_routine | self._work_holding if tokens[i].number is not None else set()
        )
        for k in range(i + 1, min(len(tokens), i + 1 + COUNT_REACH)):
            t = tokens[k]
            if t.clause != tokens[i].clause or t.surface in self._self:
                return False
            if t.surface in self._joiners or t.surface in self._negations:
                return False
            if t.surface in ends:
                return True
        return False

    def _holds_work(self, tokens: list[Token], i: int) -> bool:
        """ "shifts of catheters and bladder scans": a 'holding' word followed by "of" names
        what the work holds, as an object verb does (safety49)."""
        return (
            tokens[i].surface == "of" and i > 0 and tokens[i - 1].surface in self._work_holding
        ) or (
            tokens[i].surface in self._work_counted and tokens[i].surface not in self._work_routine
        )

    def _own_back(self, tokens: list[Token], i: int) -> bool:
        """ "my back", "my lower back", "my own back": the asker's back, whose ache a job
        explains, is no sign of theirs that the clause tells."""
        return tokens[i].surface in self._self and any(
            tokens[k].stem in self._back_stems for k in range(i + 1, min(len(tokens), i + 4))
        )

    def _own_work(self, tokens: list[Token], i: int) -> bool:
        """ "my shifts", "my job", "my patients": the asker's work, which a possessive self word
        names without telling a sign of theirs ("I'm a paramedic and spend my shifts lifting
        people out of car wrecks"; red flags 22)."""
        return tokens[i].surface in self._self and any(
            tokens[k].surface in self._work_own for k in range(i + 1, min(len(tokens), i + 3))
        )

    def _tells_state(self, tokens: list[Token], i: int) -> bool:
        """A verb telling a state ("have gone", "can't", "is"), not said of the people a relative
        word introduces, of the back nor of the asker's work ("my job is ...")."""
        return tokens[i].surface in self._work_telling and not any(
            tokens[j].surface in self._relatives  # "residents who can't walk"
            or tokens[j].stem in self._back_stems  # "my lower back is sore": the job's ache
            or tokens[j].surface in self._work_own  # "my job is pulling people out of wrecks"
            for j in range(max(0, i - 3), i)
        )

    def _names_job(self, tokens: list[Token], i: int) -> bool:
        """ "I'm a ward nurse", "as a paramedic", "A&E doctor here", "Urology nurse, so ...", "I
        work in a care home": the asker's job named at i."""
        token = tokens[i]
        near = range(max(0, i - 4), i)
        if token.surface in self._work_jobs:
            if any(
                tokens[j].surface in self._work_introducers and tokens[j].clause == token.clause
                for j in near
            ):
                return True
            if i + 1 < len(tokens) and tokens[i + 1].surface in self._introductions:
                return True
            # a short opening clause naming the job ("Urology nurse, so I ..."), not one word
            # alone, which may be a vocative ("Doctor, I am 55 ...")
            return (
                token.clause == tokens[0].clause
                and 2 <= sum(t.clause == token.clause for t in tokens) <= 3
            )
        return token.surface in self._work_places and any(
            tokens[j].surface in self._work_verbs
            and tokens[j].clause == token.clause
            and j > 0
            and tokens[j - 1].surface in self._self
            for j in near
        )

    def _works(self, tokens: list[Token], i: int) -> bool:
        """Whether the asker's "I" at i works: a work verb or a job within three words after it
        ("I'm a nurse", "I'm a support worker", "I'm an A&E nurse"; not "I am 55")."""
        return any(
            tokens[k].surface in self._work_verbs or tokens[k].surface in self._work_jobs
            for k in range(i + 1, min(len(tokens), i + 1 + WORKS_REACH))
            # past the old three words only in the "I"'s own clause (safety49)
            if k < i + 4 or tokens[k].clause == tokens[i].clause
        )

    def _subject_follows(self, tokens: list[Token], i: int) -> bool:
        """Whether a 'subject_verbs' word ("has", "is", "can't") follows position i."""
        return i + 1 < len(tokens) and tokens[i + 1].surface in self._subject_verbs

    def _is_named_person(self, tokens: list[Token], i: int) -> bool:
        """A bare first name opening a sentence as its subject ("Sarah had cancer years ago and I
        help lift her"): a word no English word list, phrase or person list knows, not a typo
        read, followed by a 'subject_verbs' word. Names that are English words ("Bill", "Mark")
        stay unread, which keeps any notice. So is one with an age beside it, opening its
        sentence or after a label ("Handover: Arthur, 91, ...", "Edna (88) fell": safety77)."""
        token = tokens[i]
        opening = not (i > 0 and tokens[i - 1].sentence == token.sentence)
        subject = opening and self._subject_follows(tokens, i)
        if not (subject or _aged_name(tokens, i)):
            return False
        word = token.surface
        return (
            word.isalpha()
            and len(word) > 2
            and not token.alt
            and word not in self._self
            and word not in self._surfaces
            and word not in self._spellings
            and not _is_common(word)
        )

    def _denied_person(self, tokens: list[Token], i: int) -> bool:
        """ "asking about me, not a patient", "for me not my mum": a person denied just before
        (a negation at most three words back in the clause) is no one the question is about."""
        return any(
            tokens[j].surface in self._negations and tokens[j].clause == tokens[i].clause
            for j in range(max(0, i - 3), i)
        )

    def _in_comparison(self, tokens: list[Token], i: int) -> bool:
        """ "feels like I'm wiping someone else's bum", "as if it were somebody else's": a person
        named a few words after "like" / "as if" in the same clause is a likeness, not the one
        the symptom belongs to. An animal right after "as" (past "a") is a simile's ("sick as a
        dog with my back and a fever", "crook as a dog": safety78), no owner of the signs."""
        if self._simile(tokens, i):
            return True
        return any(
            tokens[j].surface in self._comparisons
            and tokens[j].clause == tokens[i].clause
            and self._compares(tokens, j)
            for j in range(max(0, i - COMPARISON_REACH), i)
        )

    def _simile(self, tokens: list[Token], i: int) -> bool:
        """Whether the word at i is an animal right after a 'similes' phrase ("as", "like a") in
        its clause: "sick as a dog", "crook as a dog", "sick like dog" (safety78)."""
        if tokens[i].stem not in self._animal_stems:
            return False
        return any(
            i >= n
            and tokens[i - n].clause == tokens[i].clause
            and " ".join(t.surface for t in tokens[i - n : i]) in self._similes
            for n in (1, 2)
        )

    def _reports_advice(self, tokens: list[Token], i: int) -> bool:
        """Whether the person at i reports advice in general terms ('reporting_advice':
        "Someone at work said you should go to A&E if your back pain comes with a fever"): a
        saying verb soon after them in their clause, then (past "me", "that") a generic word.
        The signs in it are the advice's, not that person's (safety37)."""
        clause = tokens[i].clause
        for j in range(i + 1, min(len(tokens), i + 1 + ADVICE_REACH)):
            if tokens[j].clause != clause:
                return False
            if tokens[j].surface in self._advice_verbs:
                k = j + 1
                while k < len(tokens) and tokens[k].surface in self._advice_skip:
                    k += 1
                return k < len(tokens) and tokens[k].surface in self._advice_generic
        return False

    def _compares(self, tokens: list[Token], j: int) -> bool:
        """Whether the comparison word at j makes a likeness: "like" always, "if" and "though"
        only after their lead ('comparison_leads': "as if"); a bare "if" supposes about the
        person after it ("if a client has a numb groin", safety37)."""
        if tokens[j].surface not in self._led_comparisons:
            return True
        return j > 0 and tokens[j - 1].surface in self._comparison_leads

    def _is_stranger(self, tokens: list[Token], i: int) -> bool:
        """Whether the word at i names someone known only by what they did ("a story about a
        woman who lost bladder control", "an article about a footballer whose legs went numb"):
        a 'strangers' noun right after an article and right before a relative word, the article
        not after the asker's copula ("I'm a woman who ...", "as a man who ..."; safety122)."""
        if (
            tokens[i].surface not in self._stranger_nouns
            or i < 1
            or i + 1 >= len(tokens)
            or tokens[i + 1].surface not in self._relatives
            or tokens[i + 1].clause != tokens[i].clause
            or tokens[i - 1].surface not in self._stranger_articles
            or tokens[i - 1].clause != tokens[i].clause
        ):
            return False
        return i < 2 or tokens[i - 2].surface not in self._stranger_copulas

    def _story_stranger(self, tokens: list[Token], i: int) -> bool:
        """Whether the word at i is a stranger of a story the asker read, watched or heard
        ('stories' before them in their sentence: "Read a story online about a woman who ..."),
        and the asker does not take the story up anywhere (_story_taken_up). Only a story's:
        a stranger met ("We saw a woman who collapsed and couldn't feel her legs") is read as
        before, the signs the asker's, since someone with them may need help now."""
        if not self._is_stranger(tokens, i):
            return False
        sentence = tokens[i].sentence
        k = i - 1
        while k >= 0 and tokens[k].sentence == sentence:
            if tokens[k].surface in self._stranger_stories:
                return not self._story_taken_up(tokens)
            k -= 1
        return False

    def _story_taken_up(self, tokens: list[Token]) -> bool:
        """Whether the message holds the asker taking a story up as their own case, as a claim
        someone makes is taken up (hearsay.json): an echo ("that's me", "happening to me", "me
        too"), a plea or a live word ("since yesterday", "now"). The story's stranger is then
        read as before, the signs the asker's; when unsure, flag."""
        # not imported by a calm ask: a story's stranger is rare
        from backcare.engine.safety.hypothetical import phrases_at
        from backcare.engine.safety.listed_words import listed_words

        words = listed_words("hearsay.json")
        if any(t.surface in words["live"] for t in tokens):
            return True
        taken = words["echoes"] | words["pleas"] | self._frame_echoes
        return any(phrase in taken for _, phrase in phrases_at(tokens))

    def _introduces_asker(self, tokens: list[Token], i: int) -> bool:
        """Whether the person word at i introduces the asker ("new mum here", "dad of two
        here"): an 'introductions' word ends its clause within a few words."""
        for k in range(i + 1, min(len(tokens), i + 4)):
            if tokens[k].clause != tokens[i].clause:
                return False
            if tokens[k].surface in self._introductions:
                return k + 1 == len(tokens) or tokens[k + 1].clause != tokens[k].clause
        return False

    def _is_aged_person(self, tokens: list[Token], i: int) -> bool:
        """ "my 8 year old", "our 15yo": a person named by their age."""
        if tokens[i].surface not in self._age_words or i < 2:
            return False
        j = i - 1
        if tokens[j].surface in self._age_units:
            j -= 1
        return (
            j >= 1 and tokens[j].number is not None and tokens[j - 1].surface in self._determiners
        )

    def _is_object(self, tokens: list[Token], i: int) -> bool:
        """Whether the person word at i follows a verb of handling or a preposition ("lifting
        my son", "for my mum"), skipping determiners ("my", "the", "our")."""
        j = i - 1
        while (
            j >= 0
            and tokens[j].surface in self._determiners
            and tokens[j].clause == tokens[i].clause
        ):
            j -= 1
        if i + 1 < len(tokens) and tokens[i + 1].surface in self._relatives:
            return False  # "caring for my husband who has cancer": what follows is about him
        if i + 1 < len(tokens) and tokens[i + 1].surface in self._subject_verbs:
            return False  # "one of the residents is incontinent": the subject of its own verb
        if self._is_described(tokens, i):
            return False  # "I care for Mr D, 81, history of lung cancer": what follows is his
        if j >= 1 and tokens[j].surface == "of" and tokens[j - 1].surface in self._partitives:
            return False  # "one of my patients wet herself": what follows is about them
        if j >= 1 and tokens[j - 1].surface in self._proxies:
            return False  # "asking for my brother": the question is about him
        return (
            j >= 0
            and tokens[j].clause == tokens[i].clause
            and tokens[j].surface in self._object_cues
        )

    def _is_described(self, tokens: list[Token], i: int) -> bool:
        """Whether a clause describing the person at i follows their name ("Mr D, 81, history
        of lung cancer", "my dad, diagnosed with myeloma"): a clause starting with an
        'apposition' word, after at most the name and an age."""
        k = i + 1
        while k < len(tokens) and k <= i + 2 and tokens[k].clause == tokens[i].clause:
            k += 1  # the rest of the name ("Mr D")
        if (
            k < len(tokens)
            and tokens[k].clause != tokens[i].clause
            and tokens[k].number is not None
        ):
            age = tokens[k].clause
            while k < len(tokens) and tokens[k].clause == age:
                k += 1  # an age standing alone (", 81,")
        return (
            k < len(tokens)
            and tokens[k].clause != tokens[i].clause
            and tokens[k].sentence == tokens[i].sentence
            and tokens[k].surface in self._apposition
        )


def _aged_name(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is placed as a name with an age beside it (safety77): it opens its
    sentence or follows a short label's colon ("Handover: Arthur, 91, ..."), and the next token
    is a whole number alone in its clause ("Arthur, 91,", "Arthur (91)"), an age in apposition.
    The caller still asks that the word be no English word."""
    token = tokens[i]
    if i > 0 and tokens[i - 1].sentence == token.sentence:
        # the sentence's words before i, walked back no further than a label's length (a scan of
        # every token before i made a long message's reading quadratic: test_safety_scaling)
        label: list[Token] = []
        k = i - 1
        while k >= 0 and tokens[k].sentence == token.sentence and len(label) <= LABEL_WORDS:
            label.append(tokens[k])
            k -= 1
        if len(label) > LABEL_WORDS or any(t.clause == token.clause for t in label):
            return False
    if i + 1 >= len(tokens):
        return False
    age = tokens[i + 1]
    return (
        age.number is not None
        and age.number == int(age.number)
        and age.sentence == token.sentence
        and age.clause != token.clause
        and (i + 2 >= len(tokens) or tokens[i + 2].clause != age.clause)
    )


def _own_overlaps(
    mentions: list[Mention], tokens: list[Token], self_words: frozenset[str]
) -> list[Mention]:
    """A mention overlapping a mention of the same concept that names the asker ("hurting" inside
    "hurting my back" after "my toddler") is the asker's too."""
    own = [
        m
        for m in mentions
        if not m.other and any(t.surface in self_words for t in tokens[m.first : m.last + 1])
    ]
    if not own:
        return mentions
    # two spans overlap when they share a word: the words each concept's own mentions cover
    covered = {(o.concept, p) for o in own for p in range(o.first, o.last + 1)}
    return [
        m._replace(other=False)
        if m.other and any((m.concept, p) in covered for p in range(m.first, m.last + 1))
        else m
        for m in mentions
    ]


HEREDITY = "HEREDITY"  # "is back pain hereditary", "does it run in families"


def inherited(
    tokens: list[Token], mentions: list[Mention], people: frozenset[str]
) -> list[Mention]:
    """Back trouble asked about as a heredity in a clause naming no one is the asker's, not
    the relative's named before it: a relative's history is family history ("my mum had
    breast cancer. is back pain genetic?" is no cancer history of someone with back pain)."""
    if not any(m.concept == HEREDITY for m in mentions):
        return mentions
    named = {t.clause for t in tokens if t.stem in people or t.surface in people}
    clauses = {tokens[m.first].clause for m in mentions if m.concept == HEREDITY} - named
    return [
        m._replace(other=False)
        if m.other and m.concept in (*TROUBLES, BACK) and tokens[m.first].clause in clauses
        else m
        for m in mentions
    ]


def any_within(ordered: list[int], at: int, reach: int) -> bool:
    """Whether a position of an ordered list is at most `reach` from `at`."""
    k = bisect_left(ordered, at - reach)
    return k < len(ordered) and ordered[k] <= at + reach
