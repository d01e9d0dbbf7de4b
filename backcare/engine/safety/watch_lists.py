"""Signs given to the asker as what to watch for, then denied by the asker (safety105, issue #12,
red flags 35): "My physio told me to watch for numbness round my bottom or trouble peeing. I've
got neither", "My GP went through all the red flags with me today: numbness in the saddle area,
trouble peeing ... I have none of those", "My physio said that if I ever lose feeling when I
wipe, or can't pee, I should go straight to A&E ... Everything feels totally normal", a symptom
checker's questions answered "no to everything". The signs are the list's, told to the asker as
a condition; the asker's denial after it says none is present. Their mentions are denied and
`disowned` (the learned check does not overrule them), as framing._covered reads a report denied.

A watch list is a sentence holding a cue ('cues' in data/watch_lists.json: "watch for", "look
out for", "went through", "if I ever", "A&E if", "symptom checker") and a reporting word or a
source ("said", "told", "says", "physio", "leaflet", "NHS"); the sentences a quotation opened in
it runs on through continue it (a checker's questions one by one, quoted). Its signs are denied
only when nothing tells a case:
- a later clause of the asker holds a denial ('denials': "neither", "none of those", "no to
  everything", "everything feels normal", "both work fine") and names no sign;
- no claim follows the denial in its sentence ('claims': "none except ...", "but", "only",
  "the others", "a bit", "since");
- no live word ("now", "today") or time course stands in a list's sentence after its first sign
  ("watch for numbness, which started yesterday");
- no sign of a listed kind is told live elsewhere ("I've got neither, just a bit of numbness")
  and the rest of the message raises no notice alone ("... neither. Both legs weak since
  Tuesday").
"The GP said to watch for numbness down there, and now I have it" holds no denial and keeps its
notice. When in doubt the notice stands: an emergency missed is worse than a false alarm."""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.hypothetical import phrases_at
from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.quotations import quotation_spans
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


def _words() -> dict[str, frozenset[str]]:
    return listed_words("watch_lists.json")


class WatchLists(Vocabulary):
    """The reading of signs given as what to watch for, then denied (mixed into `detect.Safety`)."""

    def _watch_listed(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of a watch list the asker denies after it denied and
        disowned (module doc). `fired` gives the rules' notices for some mentions."""
        live = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not (m.negated or m.other or m.past or m.asked or m.general)
        ]
        if not live:
            return mentions
        words = _words()
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.elided_denials import conditionals

        firsts = {cue.split()[0] for cue in words["cues"]} | conditionals()
        if not any(t.surface in firsts for t in tokens):
            return mentions  # the quick exit: no cue's first word
        lists = self._watch_sentences(question, tokens, words)
        if not lists:
            return mentions
        denial = self._watch_denial(tokens, mentions, min(lists), words)
        if denial is None:
            return mentions
        # the list's signs, not its own words ("went through" read as a pain that goes through)
        cued = self._cue_positions(tokens, lists, words)
        held = [
            m
            for m in live
            if m.sentence in lists
            and m.first < denial
            and m.concept not in self._story
            and not cued.intersection(range(m.first, m.last + 1))
        ]
        if all(m.concept in self._region_concepts for m in held):
            return mentions
        kinds = {m.concept for m in held if m.concept not in self._region_concepts}
        # the report's own words in the lists, before their signs (its time, "with me today";
        # a cue read as a sign): no case of the asker's either, once the signs are denied
        kept = {id(m) for m in live if m.sentence in lists and m.first < denial}
        rest = [m for m in mentions if id(m) not in kept]
        if any(
            m.concept in kinds and m.sentence not in lists
            for m in live
            if m.concept not in self._region_concepts
        ):
            return mentions  # a listed sign told again elsewhere: the asker's
        if self._live_in_lists(tokens, mentions, lists, held) or fired(rest):
            return mentions
        return [m._replace(negated=True, disowned=True) if id(m) in kept else m for m in mentions]

    def _watch_sentences(
        self, question: str, tokens: list[Token], words: dict[str, frozenset[str]]
    ) -> set[int]:
        """The sentences of watch lists: a cue with a reporting word or a source, and the
        sentences of a quotation opened in one (module doc)."""
        by_sentence: dict[int, list[Token]] = {}
        for t in tokens:
            by_sentence.setdefault(t.sentence, []).append(t)
        reporting = self._reported | self._reporters | words["sources"]
        lists: set[int] = set()
        for sentence, said in sorted(by_sentence.items()):
            if any(phrase in words["cues"] for _, phrase in phrases_at(said)) and any(
                t.surface in reporting for t in said
            ):
                lists.add(sentence)
        from backcare.engine.safety.elided_denials import reported_conditions

        lists |= reported_conditions(tokens, reporting)  # "GP said come back if ..."
        # a quotation opened in a list's sentence runs on through its own sentences
        for first, last, _ in quotation_spans(question, tokens):
            if tokens[first].sentence in lists:
                lists.update(t.sentence for t in tokens[first : last + 1])
        return lists

    def _cue_positions(
        self, tokens: list[Token], lists: set[int], words: dict[str, frozenset[str]]
    ) -> set[int]:
        """The positions of the cues' words in the lists' sentences."""
        at: set[int] = set()
        for sentence in lists:
            said = [(k, t) for k, t in enumerate(tokens) if t.sentence == sentence]
            for j, phrase in phrases_at([t for _, t in said]):
                if phrase in words["cues"]:
                    start = said[j][0]
                    at.update(range(start, start + len(phrase.split())))
        return at

    def _watch_denial(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        after: int,
        words: dict[str, frozenset[str]],
    ) -> int | None:
        """Where the asker's denial of the lists stands: the first word of a denial in a clause
        after the first list's sentence that names no sign, with no claim after it in its
        sentence; None when there is none."""
        told = {
            tokens[m.first].clause
            for m in mentions
            if m.concept in self._symptoms and m.concept not in self._region_concepts
        }
        from backcare.engine.safety.elided_denials import elided_denials

        fillers = words["fillers"]
        kept = [(k, t) for k, t in enumerate(tokens) if t.surface not in fillers]
        plain = [t for _, t in kept]
        starts = sorted(
            {kept[j][0] for j, phrase in phrases_at(plain) if phrase in words["denials"]}
            | set(elided_denials(tokens))  # "I haven't", "it hasn't yet"
        )
        for at in starts:
            token = tokens[at]
            if token.sentence <= after or token.clause in told:
                continue
            if any(
                t.surface in words["claims"] and t.sentence == token.sentence
                for t in tokens[at + 1 :]
            ):
                continue
            if any(tokens[k].surface in self._negations for k in range(max(0, at - 2), at)) and (
                token.surface not in self._negations
            ):
                continue  # "I can't say none of those": no denial
            return at
        return None

    def _live_in_lists(
        self, tokens: list[Token], mentions: list[Mention], lists: set[int], held: list[Mention]
    ) -> bool:
        """Whether a list's sentence tells a live word or a time course after its first held
        sign ("watch for numbness, which started yesterday": a case told inside the list)."""
        first: dict[int, int] = {}
        for m in held:
            first[m.sentence] = min(first.get(m.sentence, m.first), m.first)
        if any(
            t.surface in self._happening and t.sentence in first and k > first[t.sentence]
            for k, t in enumerate(tokens)
        ):
            return True
        return any(
            m.concept in self._story
            and not m.negated
            and m.sentence in first
            and m.first > first[m.sentence]
            for m in mentions
        )
