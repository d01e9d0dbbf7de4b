"""A question someone else asked, reported, then answered: "The nurse asked whether I'd wet myself.
I haven't." The signs inside the reported question are asked of the asker, not told; the short
answer that follows says whether they are the asker's."""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.reading import Token, first_words
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# "I said no to all of them": an answer is short (every word an answer word); a longer clause
# tells more
ANSWER_WORDS = 8
# "asked me all the usual questions about": the words a list of questions may take before its opener
LIST_WORDS = 5


class Answered(Vocabulary):
    """The reading of a reported question and its answer in `detect.Safety` (mixed in)."""

    def _answered_no(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Deny the signs of a reported question ('inquiries': "asked (me) if", "checked
        whether", "wanted to know if", "asked about") that the next clause answers no: a short
        clause with a negation and no sign of its own ("I haven't.", "Nope.", "They aren't.", "I
        said no", "Neither.", "All no."). The question's words run to its sentence's end.
        Nothing is denied when the reported question asks about an ability ('inquiry_abilities':
        "asked if I could feel my bum. I can't." answers yes to a loss), when the question holds
        no sign of its own, or when the answer is anything else ("I do, since yesterday"). A sign
        told after the answer stays live ("I haven't, but my bum has gone numb"): red-team 7's A."""
        surfaces = [t.surface for t in tokens]
        clauses: dict[int, list[int]] = {}  # a clause's words
        for k, t in enumerate(tokens):
            clauses.setdefault(t.clause, []).append(k)
        spans = reported_questions(self, tokens)
        if not spans:
            return mentions
        by_sentence: dict[int, list[Mention]] = {}
        by_clause: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
            by_clause.setdefault(tokens[m.first].clause, []).append(m)
        denied: set[int] = set()
        for span in spans:
            if any(surfaces[p] in self._inquiry_abilities for p in span):
                continue
            signs = [
                m
                for m in by_sentence.get(tokens[span.start].sentence, ())
                if m.first in span and m.concept in self._symptoms and not m.negated
            ]
            if not signs or span.stop >= len(tokens):
                continue
            clause = tokens[span.stop].clause
            answer = clauses[clause]
            told = any(m.concept in self._symptoms for m in by_clause.get(clause, ()))
            if not told and bare_no(self, tokens, answer, self._negations | self._answers_no):
                denied.update(span)
        if not denied:
            return mentions
        return [
            m._replace(negated=True)
            if m.first in denied and m.concept not in self._background
            else m
            for m in mentions
        ]


def bare_no(
    words: Vocabulary, tokens: list[Token], answer: Sequence[int], noes: frozenset[str]
) -> bool:
    """Whether the positions `answer` (a clause, or its tail) are a bare answer no: at most
    ANSWER_WORDS words, one of `noes` (a negation or "nope"; ability_answers.py adds "couldnt",
    "unable") and every other word one an answer holds; "I haven't stopped", "I said no but I
    lied", "Nothing else matters", "I wish I hadn't" say more (a review found each silenced). An
    answer taken back in a later clause ("I said no. Actually I lied.") is none. Read here, by
    inline_answers.py and by ability_answers.py. `words` is the reading's vocabulary."""
    surfaces = [tokens[p].surface for p in answer]
    return (
        len(surfaces) <= ANSWER_WORDS
        and any(s in noes for s in surfaces)
        and all(s in noes or s in words._answer_words for s in surfaces)
        and not words._taken_back_after(tokens, tokens[answer[0]].clause)
    )


def reported_questions(words: Vocabulary, tokens: list[Token]) -> list[range]:
    """The words of each sentence's first reported question ("asked (me) if", "checked whether",
    "wanted to know if": the verbs, objects and openers of the vocabulary's 'inquiries'), from
    after its opener to its sentence's end: read here, by inline_answers.py when it is answered
    inside the same sentence, and by ability_answers.py. A few words ending on a 'lists' word may
    stand before the opener ("asked me all the questions about", "went through the checklist
    about": safety46)."""
    verbs, objects = words._inquiry_verbs, words._inquiry_objects
    openers, lists = words._inquiry_openers, words._inquiry_lists
    surfaces = [t.surface for t in tokens]
    ends: dict[int, int] = {}  # a sentence's end
    for k, t in enumerate(tokens):
        ends[t.sentence] = k + 1
    spans: list[range] = []
    asked: set[int] = set()  # one reported question a sentence: its first
    firsts = first_words(verbs)  # no other word starts a verb: nothing joined from it
    for k in range(len(tokens)):
        if tokens[k].sentence in asked or not (surfaces[k] in firsts or " " in surfaces[k]):
            continue
        for size in (1, 2, 3):
            if " ".join(surfaces[k : k + size]) not in verbs:
                continue
            after = k + size
            if after < len(tokens) and surfaces[after] in objects:
                after += 1  # "asked me if"
            listed = [
                a
                for a in range(after, min(after + LIST_WORDS, len(tokens)))
                if surfaces[a] in lists and tokens[a].clause == tokens[k].clause
            ]
            if listed and listed[0] + 1 < len(tokens) and surfaces[listed[0] + 1] in openers:
                after = listed[0] + 1  # "asked me all the questions about"
            if after < len(tokens) and surfaces[after] in openers:
                spans.append(range(after, ends[tokens[after].sentence]))
                asked.add(tokens[k].sentence)
                break
    return spans
