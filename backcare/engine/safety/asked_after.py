"""The asker's own ordinary question after someone else's emergency (safety55, issue #12): "his
bum is numb now. Also, which stretches are good for a stiff back?", "my husband can't pee. Also,
what mattress is best for my back pain?".

Someone else's emergency counts with their back unnamed only while the asker tells no back trouble
of their own (rules._happening: a carer's own sore back beside a relative's long-standing
incontinence is the carer's question). A back named in the asker's trailing ordinary question is
no such telling: the carer's report comes first and the question they came with after it. So
`self_told` reads the asker's back trouble from the part before the trailing ordinary questions,
and a 'barred' concept (others_barred: "what does ... mean" is a definition asked, not a report)
counts only there too.

The trailing questions are follow_up.py's (each clause naming nothing but an ordinary question's
concepts or what the report named, one of them the back), and also such a question with the asker
in it ("which stretches are good for my stiff back?", "what can I do for my back?") when its
sentence opens, past the openers ("Also,", "btw"), with a question word: a report of the asker's
own ("My lower back is tight from the shift, best stretch?", "I'm his carer and my back aches from
helping him. Any lifting techniques?") opens with no question word, and keeps its say.
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.follow_up import follow_up_starts
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention, Rule
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple


class Asked(NamedTuple):
    start: int  # where the trailing ordinary questions start (the message's length: none)
    # the asker's back trouble told before them (any, pain only); None with no such question
    self_told: tuple[bool, bool] | None
    clauses: tuple[int, ...]  # each token's clause, for the bars read in the sign's clause
    # where an 'asked_of' bar stands in the asker's own question (safety67): it bars nothing
    asking: frozenset[int] = frozenset()


class AskedAfter(Vocabulary):
    """The asker's trailing ordinary questions, set apart from their report (mixed into
    `detect.Safety`, whose rules read someone else's emergency with it)."""

    def _trailing_asked(self, tokens: list[Token], mentions: list[Mention]) -> Asked:
        """Where the trailing ordinary questions start and the asker's back trouble told before
        them (None when the message ends with none), and the tokens' clauses."""
        start = self._asked_start(tokens, mentions)
        clauses = tuple(t.clause for t in tokens)
        asking = self._asker_asking(tokens, mentions)
        if start >= len(tokens):
            return Asked(start, None, clauses, asking)
        told = back_trouble([m for m in mentions if m.first < start]).told
        return Asked(start, (told[False][0], told[True][0]), clauses, asking)

    def _barred(
        self,
        said: Sequence[Mention],
        chosen: Sequence[Mention],
        asked: Asked | None,
        live: Sequence[Mention] = (),
    ) -> bool:
        """Whether a bar on someone else's emergency (red_flags.json 'others_barred') is said:
        before the trailing ordinary questions ("what mattress is best?" asks no definition),
        and a 'clause_bars' one (NOT_CARED_FOR: "a patient at work has a numb bum") in a clause
        of the sign's own ("we had 2 falls patients today, numb saddle area and weak legs after
        lifting one of them" tells the asker's), unless that clause tells the sign live (`live`:
        'now', 'since this morning': "my patient now can't feel her legs" is an emergency the
        asker is with). Without the reading (`asked` None), anywhere."""
        # "what does that mean?" after "my dad's legs are numb" asks about the sign told
        said = [m for m in said if not self._asks_after_report(m, chosen)]
        if asked is None:
            return bool(said)
        if self._told_apart(chosen, asked):
            return True
        held = {asked.clauses[m.first] for m in chosen}
        # the combination's own time ("my patient today lost bladder control") lifts no bar
        own = [(m.first, m.last) for m in chosen if m.concept in self._clause_times]
        live = [m for m in live if not any(a <= m.first and m.last <= b for a, b in own)]
        held -= {asked.clauses[m.first] for m in live}
        return any(
            m.first < asked.start
            and (m.concept not in self._clause_bars or asked.clauses[m.first] in held)
            and m.first not in asked.asking
            for m in said
        )

    def _asks_after_report(self, bar: Mention, chosen: Sequence[Mention]) -> bool:
        """Whether a definition's bar ('after_report': "what does that mean?", "what's
        happening?") is said after every mention of the sign, in the sign's last sentence or the
        next: a question about the sign just told, not about a term ("what does numb legs
        mean?" names the sign inside the question, and bars it)."""
        if bar.concept not in self._after_report_bars or not chosen:
            return False
        last = max(chosen, key=lambda m: m.last)
        return bar.first > last.last and bar.sentence - last.sentence in (0, 1)

    def _asker_asking(self, tokens: list[Token], mentions: Sequence[Mention]) -> frozenset[int]:
        """Where an 'asked_of' bar stands in the asker's own question past a self word ("Is there
        anything I should be pushing the doctors for?", "Should I ask the GP for a scan?"): whom
        the asker will ask, no holder of the sign (safety67)."""
        found: set[int] = set()
        sentences: dict[int, list[int]] = {}  # each sentence's tokens, gathered once: linear work
        for m in mentions:
            if m.concept not in self._asked_of_bars:
                continue
            if not sentences:
                for k, t in enumerate(tokens):
                    sentences.setdefault(t.sentence, []).append(k)
            sentence = sentences[tokens[m.first].sentence]
            words = [k for k in sentence if tokens[k].surface not in self._follow_up_openers]
            opens = bool(words) and tokens[words[0]].surface in self._question_words
            if opens and any(tokens[k].surface in self._self for k in words if k < m.first):
                found.add(m.first)
        return frozenset(found)

    def _whose(
        self, rule: Rule, combo: Sequence[str], chosen: Sequence[Mention]
    ) -> Sequence[Mention]:
        """The mentions that say whose a combination is: in an 'others_now' one told with its
        time, the sign's, not the time's ("The hospital drama last night had a guy lose control of
        his bladder": the night is no one's, the guy's leak is his)."""
        if frozenset(combo) not in rule.others_now:
            return chosen
        return [m for m in chosen if m.concept not in self._clause_times] or chosen

    def _told_apart(self, chosen: Sequence[Mention], asked: Asked) -> bool:
        """Whether someone else's sign is told live only by a time outside its own clause (a
        'clause_bars' 'times' concept in the combination: "my son has lost control of his bladder
        today" is live; "incontinent since admission last month, pads changed today" tells a
        leak that is managed, and the day's news is the pads')."""
        times = {asked.clauses[m.first] for m in chosen if m.concept in self._clause_times}
        signs = {asked.clauses[m.first] for m in chosen if m.concept not in self._clause_times}
        return bool(times) and bool(signs) and times.isdisjoint(signs)

    def _asked_start(self, tokens: list[Token], mentions: Sequence[Mention]) -> int:
        """The first position of the trailing ordinary questions: follow_up.py's, with the
        asker's words that stand in a question (_asking_selves) read as no one's."""
        asking = self._asking_selves(tokens)
        read = [t._replace(surface="") if k in asking else t for k, t in enumerate(tokens)]
        starts = follow_up_starts(
            read,
            mentions,
            self._follow_up,
            self._asked_needs,
            self._self,
            self._follow_up_openers,
        )
        return min(starts, default=len(tokens))

    def _asking_selves(self, tokens: list[Token]) -> set[int]:
        """The positions of the asker's words that stand in a question: their sentence opens,
        past the follow-up openers, with a question word, and the word is an owned one ("my
        back") or within the question's first words ("what can I do", not "... when I help
        him"). One pass over the tokens."""
        asking: set[int] = set()
        sentence, seen, opens = -1, 0, False
        for k, t in enumerate(tokens):
            if t.sentence != sentence:
                sentence, seen, opens = t.sentence, 0, False
            if seen == 0 and t.surface in self._follow_up_openers:
                continue
            if seen == 0:
                opens = t.surface in self._question_words
            seen += 1
            owned = t.surface in self._asking_owned or seen <= self._asking_reach
            if opens and t.surface in self._self and owned:
                asking.add(k)
        return asking
