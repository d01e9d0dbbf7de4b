"""Who has a sign, and when, read once per sentence (safety33, issue #12).

Most first-run false alarms of the blind sets are signs no one has now, or someone else has
(safety31's replay: 92 of 133). The clause readings (others.py, past.py, framing.py, ...) each mark
one state of a mention; this module reads what the sentence a sign sits in says of its holder,
once, and lets every rule ask it through the mention's fields (`other`, `resolved`, `asked`):

- `Holding` names the reading of one mention: who (the asker, someone else, no one: a general
  question) and when (now, over, denied, a topic). `holding()` is the one place that turns a
  mention's fields into it; `_fires` and the learned gate read the same fields.
- someone else's signs in a sentence that places them in hospital care ("My brother's in hospital
  after a motorbike crash", "admitted") or says they are long-standing ("for years") are being
  seen to: over for a rule, as "he's fine now" is, unless the sentence says something is new or
  live ("... and now he can't feel his legs": `fresh`); care outside hospital ("off sick",
  "seeing a physio") settles only their pain in the back or legs ("sciatica in both legs"), not
  "signed off with sciatica and both her legs are numb";
- a general question whose subject is anyone ("How do people end up losing bladder control from a
  disc?", "Why would a disc make you wet yourself?") followed only by someone else's past story
  ("My neighbour had it happen") asks about that story, not about the asker: its signs are
  `asked` (no notice, the calm pointer), unless the asker tells a sign of theirs, an "I", or
  anything live anywhere in the message;
- the asker's own case supposed ("If I ever lost bladder control, would that be A&E or my GP?"):
  the signs in the clause after "if I ever" have not happened, so they are asked about, unless
  anything live or a time course is told (signs outside the clause raise what they raise);
- someone else's signs in a sentence that says that person is well again ("My brother had a
  fever and back pain last month, turned out to be a kidney infection, he's fine after
  antibiotics"): over, read over the sentence, not only the clause before (past.py's RECOVERED),
  when the pronoun itself is the subject ("his back is fine" says nothing of his legs), the
  sentence tells a past story ("had", "was", "ago") and nothing fresh ("today", "since"), and
  no "but", "still", "otherwise" or "in himself" follows;
- the cases of the asker's health or care job listed without a verb in the sentence that names
  the job or the one after it ("A&E doctor here. Car crashes, falls from roofs, broken backs, all
  day"): the patients', over for a rule (others.py's job reading reads lists after a seeing verb;
  this one the bare list), unless the list holds an I, my or me, a number, a word of a time
  course or a state told;
- a character's signs: someone else's signs in a sentence that names a film, show, novel or story
  ('FICTION_TALK': "In the film I watched last night a guy got shot in the spine and couldn't feel
  his legs. Is that realistic?"), with no "my" or "our" in it (not "in the middle of the film my
  dad couldn't feel his legs"), the asker only as its viewer ("I watched"), someone named in it
  (a pronoun or a person word) and nothing fresh ("started"), are asked about (whoever the words
  name: "a woman's back pain was a tumour and she ..."), when no sign is told outside that
  sentence and nothing live.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from backcare.engine.safety.others import Others
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.second_hand import second_hand
from backcare.engine.safety.vocabulary import BACK, TROUBLES
from backcare.namedtuple import NamedTuple

# the words a game's name may take between "my" and "character" ("my D&D character": "d", "d")
CHARACTER_GAME = 3


class Who(Enum):
    ASKER = "asker"
    OTHER = "other"  # a named person, an animal, a patient of the asker's job, a character
    NOBODY = "nobody"  # a topic or a general question


class When(Enum):
    NOW = "now"
    OVER = "over"  # past, resolved, or someone else's sign being seen to
    DENIED = "denied"
    TOPIC = "topic"  # asked about or named in general terms


class Holding(NamedTuple):
    who: Who
    when: When


def holding(m: Mention) -> Holding:
    """The holder-and-time reading of a judged mention."""
    who = Who.OTHER if m.other else Who.NOBODY if (m.asked or m.general) else Who.ASKER
    if m.negated or m.disowned:
        when = When.DENIED
    elif m.asked or m.general:
        when = When.TOPIC
    elif m.past or m.resolved:
        when = When.OVER
    else:
        when = When.NOW
    return Holding(who, when)


def _phrase_starts(tokens: Sequence[Token], phrases: frozenset[str]) -> list[int]:
    """The sentences of the phrases found (each its surfaces joined by a space), in token order:
    one look-up per token by its first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        p = tuple(phrase.split())
        by_first.setdefault(p[0], []).append(p)
    found = []
    for i, t in enumerate(tokens):
        for p in by_first.get(t.surface, ()):
            end = i + len(p) - 1
            if (
                end < len(tokens)
                and tokens[end].sentence == t.sentence
                and tuple(u.surface for u in tokens[i : end + 1]) == p
            ):
                found.append(t.sentence)
    return found


class Holders(Others):
    """The sentence's holder reading of `detect.Safety` (mixed in)."""

    def _holders(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions with what their sentences say of their holder applied (module doc)."""
        if not mentions:
            return mentions
        mentions = self._in_care(tokens, mentions)
        mentions = self._well_again(tokens, mentions)
        mentions = self._cases_listed(tokens, mentions)
        mentions = self._if_ever(tokens, mentions)
        mentions = self._characters(tokens, mentions)
        mentions = second_hand(tokens, mentions)  # "my friend's husband can't pee" (safety80)
        return self._asked_of_story(tokens, mentions)

    def _fresh_sentences(self, tokens: Sequence[Token]) -> set[int]:
        return {t.sentence for t in tokens if t.surface in self._holder_fresh}

    def _in_care(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Someone else's signs in a sentence that places them in care or says they are
        long-standing, with nothing new or live said there and no I in it: over."""
        if not any(m.other for m in mentions):
            return mentions
        hospital = set(_phrase_starts(tokens, self._holder_in_care))
        cared = {m.sentence for m in mentions if m.concept == "LONG_STANDING" and m.other}
        hospital -= cared
        # managed outside hospital ("off sick", "seeing a physio"): their pain only, not
        # "signed off with sciatica and both her legs are numb"
        managed = set(_phrase_starts(tokens, self._holder_managed)) - cared
        cared |= {
            s
            for s in managed
            if all(
                m.concept in self._holder_managed_signs
                for m in mentions
                if m.sentence == s and m.other and m.concept in self._symptoms and not m.negated
            )
        }
        if not cared and not hospital:
            return mentions
        fresh = self._fresh_sentences(tokens)
        mine = {t.sentence for t in tokens if t.surface in self._self and t.surface != "my"}
        cared -= fresh | mine
        hospital -= fresh | mine

        def over(m: Mention) -> bool:
            # in hospital, what brought them there is being seen to ("in hospital after a crash");
            # a sign they have there now is not: "on the ward waiting for a scan, he can't feel
            # his bum and can't pee" still needs saying (review13 F15)
            if m.sentence in hospital:
                return m.concept in self._events or m.concept not in self._symptoms
            return m.sentence in cared

        return [
            m._replace(resolved=True) if m.other and not m.negated and over(m) else m
            for m in mentions
        ]

    def _asked_of_story(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """A general question about anyone, followed by someone else's past story and nothing of
        the asker's: its signs are asked about (module doc)."""
        live = [m for m in mentions if not m.negated and not m.asked]
        if not live or not tokens:
            return mentions
        first = {tokens[0].sentence}
        question = tokens[0].sentence
        if tokens[0].surface not in self._question_words:
            return mentions
        in_question = [t for t in tokens if t.sentence == question]
        anyone = {t.surface for t in in_question} & (self._generic_people | self._holder_you)
        if not anyone or any(t.surface in self._self for t in in_question):
            return mentions
        rest = [t for t in tokens if t.sentence != question]
        if not rest or any(t.surface in self._self and t.surface != "my" for t in rest):
            return mentions  # nothing told, or the asker speaks of themselves
        if self._fresh_sentences(tokens) or self._live_now(tokens):
            return mentions
        # every later sentence names someone else and tells a past story
        sentences = {t.sentence for t in rest}
        someone = {t.sentence for t in rest if t.stem in self._others_stems}
        someone |= {t.sentence for t in rest if t.surface in self._pronouns}
        told = {t.sentence for t in rest if t.surface in self._holder_told_past}
        if not sentences <= someone & told:
            return mentions
        # no sign of the asker's outside the question ("My bum's gone numb too")
        signs = self._symptoms
        if any(m.sentence not in first and m.concept in signs and not m.other for m in live):
            return mentions
        # the story's own signs are someone else's, told as over
        return [
            m._replace(asked=True, other=False)
            if m.sentence in first
            and m.concept not in self._background
            and m.concept not in self._parts
            else m._replace(resolved=True)
            if m.other and m.sentence not in first
            else m
            for m in mentions
        ]

    def _if_ever(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The asker's own case supposed: signs in the clause of "if I ever" (module doc)."""
        # "if I ever", not "should I ever be worried if I can't pee?", which asks of a case now
        cues = [
            m
            for m in mentions
            if m.concept == "IF_EVER" and not m.negated and tokens[m.first].surface == "if"
        ]
        if not cues:
            return mentions
        clauses = {tokens[m.first].clause for m in cues}
        supposing = {m.sentence for m in cues}
        # anything live, fresh ("again", "since", "started") or counted ("two days") anywhere
        # tells a case; "just" alone is no more than a word ("Just moved here")
        if (
            self._live_now(tokens, supposing)
            or any(
                t.surface in self._holder_fresh
                and t.surface != "just"
                and not (t.sentence in supposing and t.surface in self._reported_care)
                for t in tokens
            )
            or any(t.number is not None for t in tokens if t.surface not in self._reported_care)
        ):
            return mentions
        if any(
            m.concept in self._story and not m.negated and tokens[m.first].clause not in clauses
            for m in mentions
        ):
            return mentions
        # the signs outside the clause keep what they raise on their own ("If I ever can't pee,
        # is it A&E? My bum is numb" keeps the saddle rule)
        if not any(
            m.concept in self._symptoms and tokens[m.first].clause in clauses and not m.negated
            for m in mentions
        ):
            return mentions
        return [
            m._replace(asked=True)
            if tokens[m.first].clause in clauses
            and m.concept not in self._background
            and m.concept not in self._parts
            and not m.negated
            else m
            for m in mentions
        ]

    def _cases_listed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The job's cases listed without a verb (module doc): the patients', over."""
        jobs = [i for i in range(len(tokens)) if self._names_job(tokens, i)]
        if not jobs:
            return mentions
        # the clauses after the job's own, in its sentence and the next one
        job = tokens[jobs[0]]
        listed = [
            i
            for i, t in enumerate(tokens)
            if (t.sentence == job.sentence and t.clause > job.clause)
            or t.sentence == job.sentence + 1
        ]
        if not listed:
            return mentions
        if any(
            tokens[i].surface in self._work_live
            or tokens[i].surface in self._self
            or tokens[i].number is not None
            or self._tells_state(tokens, i)
            for i in listed
        ):
            return mentions
        clauses = {tokens[i].clause for i in listed}
        cased = {tokens[i].clause for i in listed if tokens[i].surface in self._work_cases}
        if len(clauses) < 2 or len(cased) < 2:
            return mentions  # a list names cases in two clauses at least
        # only the clauses that name cases: "Legs numb, bum numb, no bladder control" after the
        # list names none, and is the asker's own (review13 F2)
        inside = {i for i in listed if tokens[i].clause in cased}
        return [
            m._replace(other=True, resolved=True)
            if m.first in inside and m.concept not in TROUBLES and m.concept != BACK
            else m
            for m in mentions
        ]

    def _characters(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """A character's signs (module doc): asked about."""
        fiction = [m for m in mentions if m.concept == "FICTION_TALK" and not m.negated]
        told = {m.sentence for m in fiction}
        # "It's scared me a bit": a fear the fiction caused is no plea (safety87)
        caused = {
            k
            for k, t in enumerate(tokens)
            if t.surface in self._holder_caused_fears
            and any(u.surface in self._holder_fear_causes for u in tokens[max(0, k - 2) : k])
        }
        if not told or self._live_now([t for k, t in enumerate(tokens) if k not in caused]):
            return mentions
        # the writer's own work ("in my script", "my novel": safety49), its words' first, and
        # the work a phrase ends on ("the character in my book": safety55)
        works = {m.first for m in fiction} | {m.last for m in fiction}
        # a player's own character, named with its game ("my D&D character", "my Skyrim
        # character": safety52); "not in my character to moan" names no game
        owned = self._owned_characters(tokens, works)
        works |= {k + 1 for k in owned}
        # the asker in the fiction's sentence only as its viewer or writer ("I watched", "I'm
        # writing", "my script"); a possessive ("my dad") or any other I is someone real
        for k, t in enumerate(tokens):
            if t.sentence in told and t.surface in self._self and k + 1 not in works:
                after = [u.surface for u in tokens[k + 1 : k + 3]]
                if t.surface not in self._holder_viewers or not set(after) & self._holder_viewing:
                    told.discard(t.sentence)
        # someone in it ("a guy ... his legs", "she couldn't", a character in a sentence that
        # names the work as well: "In my script a character can't pee"; not "a character-
        # building week" alone), nothing fresh ("started")
        people = {
            t.sentence
            for t in tokens
            if t.surface in self._pronouns or t.stem in self._others_stems
        } | {
            m.sentence
            for m in fiction
            if tokens[m.first].surface in self._holder_characters
            and any(
                f.sentence == m.sentence and tokens[f.first].surface not in self._holder_characters
                for f in fiction
            )
        }
        told &= people | {tokens[k].sentence for k in owned}
        told -= self._fresh_sentences(tokens) if told else set()
        signs = [
            m
            for m in mentions
            if m.concept in self._symptoms and not (m.negated or m.asked or m.past or m.resolved)
        ]
        held = [m for m in signs if m.sentence in told]

        # outside it, the fear it caused ("It's scared me a bit") and a body part told well
        # ("legs completely fine") tell no sign (safety87); anything else does ("my legs went
        # like that this morning")
        def quiet(m: Mention) -> bool:
            if m.first in caused:
                return True
            clause = tokens[m.first].clause
            return m.concept in self._holder_quiet_outside and any(
                t.surface in self._holder_well for t in tokens[m.last + 1 :] if t.clause == clause
            )

        if not held or any(m.sentence not in told and not quiet(m) for m in signs):
            return mentions  # a sign told outside the fiction's sentence
        return [
            m._replace(asked=True, other=False)
            if m.sentence in told and m.concept not in self._parts and not m.negated
            else m
            for m in mentions
        ]

    def _owned_characters(self, tokens: list[Token], works: set[int]) -> set[int]:
        """The positions of the asker's possessives ("my", "our") followed by CHARACTER_GAME
        words at most, none a person's, then a character word of FICTION_TALK's ("my D&D
        character", "our wizard characters"): a game's character the asker plays."""
        owned: set[int] = set()
        for k, t in enumerate(tokens):
            if t.surface not in self._self or t.surface in self._holder_viewers:
                continue
            for j in range(k + 2, min(len(tokens), k + 2 + CHARACTER_GAME)):
                if j in works and tokens[j].surface in self._holder_characters:
                    if not any(
                        u.stem in self._others_stems or u.clause != t.clause
                        for u in tokens[k + 1 : j]
                    ):
                        owned.add(k)
                    break
        return owned

    def _well_again(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Someone else's signs before "he's fine" in its sentence (module doc): over."""
        if not any(m.other for m in mentions):
            return mentions
        well: dict[int, int] = {}  # sentence: where its person is said to be well
        for k, t in enumerate(tokens):
            if t.surface not in self._pronouns or t.surface in self._holder_not_subjects:
                continue
            j = k + 1
            while j < len(tokens) and j <= k + 3 and tokens[j].surface in self._holder_being:
                j += 1
            if j < len(tokens) and tokens[j].surface in self._holder_well:
                ends = j + 1 == len(tokens) or tokens[j + 1].clause != tokens[j].clause
                if (
                    tokens[j].clause == t.clause
                    # "he's fine.", "he's fine after antibiotics"; not "he's ok to walk"
                    and (ends or tokens[j + 1].surface in self._holder_well_after)
                ):
                    well.setdefault(t.sentence, j)
        # a story told as past ("had", "was", "ago") with nothing fresh in it ("today", "now",
        # "since"): "he can't feel his legs, he's fine otherwise" tells a sign now
        # ("he's fine now": the word after the well word is its own)
        fresh = {
            t.sentence
            for k, t in enumerate(tokens)
            if t.surface in self._holder_fresh
            and not (t.sentence in well and k == well[t.sentence] + 1)
        }
        for s in list(well):
            if s in fresh or not any(
                t.surface in self._holder_told_past for t in tokens[: well[s]] if t.sentence == s
            ):
                del well[s]
        if not well:
            return mentions
        # "he's fine but still can't feel his legs": nothing is over
        for k, t in enumerate(tokens):
            if t.sentence in well and k > well[t.sentence] and t.surface in self._holder_undone:
                del well[t.sentence]
        return [
            m._replace(resolved=True)
            if m.other and m.sentence in well and m.last < well[m.sentence] and not m.negated
            else m
            for m in mentions
        ]
