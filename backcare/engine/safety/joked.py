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

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.quotations import quotation_spans
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

DENIAL_REACH = 3  # a negation this many words before a cue denies it ("not to be dramatic")
APOLOGY_REACH = 4  # an apology this many words before a cue ("sorry if this sounds dramatic")


def _words() -> dict[str, frozenset[str]]:
    return listed_words("joke_words.json")


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
            and (
                tokens[j].stem in self._others_stems
                or tokens[j].surface in self._pronouns
                or tokens[j].surface in words["people"]
            )
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
        """Whether the message tells a case outside the quotations: severe pain anywhere
        ('severe': "my back is killing me"); a time course with none of 'timed_by' (the back) named
        between the 'joiners' words about it ("since he pulled his back", "and her back's been
        sore since": the back's own course; "lol but it's been 3 days and his back ..."): one
        of 'case' ("since I bent down", "still"), a number with one of 'units' ("Its been 2
        days"; an age is none) and, in a `joking` sentence (the quotation's) or one that names
        nothing else ("Still there now."), a "now" word ('happening') or a time course or
        recent time ('story', 'recent' concepts, not denied): "Back's a bit stiff now" tells
        the back's state, not the quoted sign's."""
        if any(k not in quoted and t.surface in words["severe"] for k, t in enumerate(tokens)):
            return True
        timing = self._story | self._recent
        outside = [m for m in mentions if m.first not in quoted]
        named = {m.sentence for m in outside if m.concept not in timing}
        backs = [m.first for m in outside if m.concept in words["timed_by"]]

        def stretch(k: int) -> tuple[int, int]:
            """The words about k up to a 'joiners' word or its clause's end either side."""
            first = k
            while first > 0 and tokens[first - 1].clause == tokens[k].clause:
                if tokens[first - 1].surface in words["joiners"]:
                    break
                first -= 1
            last = k
            while last + 1 < len(tokens) and tokens[last + 1].clause == tokens[k].clause:
                if tokens[last + 1].surface in words["joiners"]:
                    break
                last += 1
            return first, last

        def timed(k: int) -> bool:
            """Whether a time at k may be the quoted sign's: no back named in its stretch
            ("since he pulled his back", "and her back's been sore since": the back's)."""
            first, last = stretch(k)
            return k not in quoted and not any(first <= b <= last for b in backs)

        def told(sentence: int) -> bool:  # a sentence where a bare "now" is the sign's
            return sentence in joking or sentence not in named

        if any(
            m.concept in timing and not m.negated and timed(m.first) and told(m.sentence)
            for m in mentions
        ):
            return True
        return any(
            timed(k)
            and (
                t.surface in words["case"]
                or (
                    t.number is not None
                    and k + 1 < len(tokens)
                    and tokens[k + 1].surface in words["units"]
                )
                or (t.surface in self._happening and told(t.sentence))
            )
            for k, t in enumerate(tokens)
        )
