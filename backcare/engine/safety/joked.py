"""Signs quoted as a joke (safety105, issue #12, red flags 35): "'I can't feel my legs' is what I
said after the marathon lol", "My husband jokes that he's 'lost the use of his legs' every time he
has to walk the dog", "One of the dads said 'I can't feel my legs' as a joke. He then ran the line
for the whole second half." The quoted words are hyperbole, told as such: no one's report of a
sign. They are denied and `disowned` (the learned check does not overrule them), as framing's
reports denied by the asker are.

A quotation (quotations.quotation_spans) is a joke when its sentence holds, outside it, a cue
('cues' in data/joke_words.json: "joke", "jokes", "joking", "lol", "as a joke", "dramatic") that
no negation denies within two words before it ("not joking", "no joke"). Its signs are denied
only when nothing tells a case:
- no word of 'real' outside the quotations ("he jokes 'my legs are gone' but he really can't
  stand", "actually", "for real"), and no word of 'bars' anywhere: the asker's own words quoted
  back to a notice ("Why did it say emergency? I typed 'can't pee' lol": safety87's reply), care
  sought, fear or a plea;
- no sign of a kind quoted is told live outside the quotations ("he joked 'I can't feel my
  legs', now he can't feel them at all");
- the rest of the message raises no notice alone.
A sign told without quotation marks beside a joke ("he's always joking but tonight he can't feel
his legs") is no quotation and keeps its notice. When in doubt the notice stands."""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.quotations import quotation_spans
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.resources import DataError

DENIAL_REACH = 3  # a negation this many words before a cue denies it ("not to be dramatic")
APOLOGY_REACH = 4  # an apology this many words before a cue ("sorry if this sounds dramatic")


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("joke_words.json")
        return {
            key: frozenset(str(w) for w in value)
            for key, value in found.items()
            if isinstance(value, list)
        }
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"joke_words.json: {error!r}") from None


class Joked(Vocabulary):
    """The reading of signs quoted as a joke (mixed into `detect.Safety`)."""

    def _joked(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of a quotation told as a joke denied and disowned (module
        doc). `fired` gives the rules' notices for some mentions."""
        words = _words()
        if not any(t.surface in words["cues"] for t in tokens):
            return mentions  # the quick exit: no cue
        live = [
            m
            for m in mentions
            if m.concept in self._symptoms and not (m.negated or m.past or m.asked or m.general)
        ]
        if not live:
            return mentions
        spans = quotation_spans(question, tokens)
        quoted = {p for first, last, _ in spans for p in range(first, last + 1)}
        joking = {
            tokens[first].sentence
            for first, last, _ in spans
            if any(
                t.surface in words["cues"]
                and k not in quoted
                and t.sentence == tokens[first].sentence
                and self._own_joke(tokens, k, first, quoted, words)
                for k, t in enumerate(tokens)
            )
        }
        held = [
            m
            for m in live
            if m.sentence in joking and quoted.issuperset(range(m.first, m.last + 1))
        ]
        if not held:
            return mentions
        if any(t.surface in words["real"] for k, t in enumerate(tokens) if k not in quoted):
            return mentions
        if any(t.surface in words["bars"] for t in tokens):
            return mentions  # the asker's own words quoted back to a notice, care, fear, a plea
        if self._case_beside_joke(tokens, mentions, quoted, {m.sentence for m in held}, words):
            return mentions  # "... 'I can't feel my legs' - both of them, since I bent down"
        kept = set(map(id, held))
        kinds = {m.concept for m in held if m.concept not in self._region_concepts}
        if any(m.concept in kinds for m in live if id(m) not in kept):
            return mentions  # a quoted kind told live outside: someone's case
        if fired([m for m in mentions if id(m) not in kept]):
            return mentions
        return [m._replace(negated=True, disowned=True) if id(m) in kept else m for m in mentions]

    def _own_joke(
        self,
        tokens: list[Token],
        k: int,
        first: int,
        quoted: set[int],
        words: dict[str, frozenset[str]],
    ) -> bool:
        """Whether the cue at `k` tells the quotation opening at `first` as a joke, the speaker's
        own: not denied ("not joking", "not to be dramatic"), no apology just before it ("sorry
        for the drama": the asker fears being dismissed), and not someone else's word on the
        asker: a person named before the cue in its sentence, then the asker (I, me, my) before
        the cue or the quotation ("My wife thinks I'm exaggerating but 'can't pee'", "My mates
        think its a joke that I 'cant feel my own arse'") is a dismissal of the asker's report.
        "My husband jokes that he's 'lost the use of his legs'" is his own joke about himself."""
        sentence = tokens[k].sentence
        before = [j for j in range(max(0, k - APOLOGY_REACH), k) if tokens[j].sentence == sentence]
        if any(tokens[j].surface in self._negations for j in before[-DENIAL_REACH:]):
            return False
        if any(tokens[j].surface in words["apologies"] for j in before):
            return False
        people = [
            j
            for j in range(k)
            if tokens[j].sentence == sentence
            and j not in quoted
            and (tokens[j].stem in self._others_stems or tokens[j].surface in self._pronouns)
        ]
        if not people:
            return True
        return not any(
            tokens[s].surface in self._self and s not in quoted
            for s in range(people[0] + 1, max(k, first))
        )

    def _case_beside_joke(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        quoted: set[int],
        joking: set[int],
        words: dict[str, frozenset[str]],
    ) -> bool:
        """Whether the message tells a case outside the quotations: one of 'case' ("since I bent
        down", "still", "hours", severe pain: "my back is killing me") or a number but
        'uncounted' ("Its been 2 days"), anywhere; a "now" word ('happening'), a time course or
        a recent time ('story', 'recent' concepts, not denied: "nothing since 7am") in a
        `joking` sentence (the quotation's) or in one that names nothing else ("Still there
        now."): "Back's a bit stiff now" tells the back's state, not the quoted sign's."""
        timing = self._story | self._recent
        named = {m.sentence for m in mentions if m.first not in quoted and m.concept not in timing}

        def timed(sentence: int) -> bool:
            return sentence in joking or sentence not in named

        if any(
            m.concept in timing and not m.negated and m.first not in quoted and timed(m.sentence)
            for m in mentions
        ):
            return True
        return any(
            k not in quoted
            and (
                t.surface in words["case"]
                or (t.number is not None and t.surface not in words["uncounted"])
                or (t.surface in self._happening and timed(t.sentence))
            )
            for k, t in enumerate(tokens)
        )
