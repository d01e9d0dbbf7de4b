"""The learned check (net.py) beside the rules: its one notice when the rules raise none, gated by
the rules' judgement of the mentions, and the features it reads from the rules' reading."""

from __future__ import annotations

from backcare.engine.safety.explained import explained_rest
from backcare.engine.safety.flags import URGENCIES, RedFlag, action_text, most_urgent
from backcare.engine.safety.net import Concept, Net, concept_of, features, load_net
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rule_check import RuleCheck
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.spelt import as_spelt
from backcare.engine.tuning import NET_MAX_WORDS
from backcare.resources import read_bytes


class LearnedCheck(RuleCheck):
    """The learned check's notices (mixed into `Safety`)."""

    def _learned_net(self) -> Net:
        if self._net is None:
            assert self._learned is not None
            name = str(self._learned["model"])
            self._net = load_net(read_bytes(name), name)
        return self._net

    def _beside_learned(self, question: str) -> RedFlag | None:
        """The rule's notice that comes first beside a learned notice ('learned.beside': the
        crisis, with the crisis lines) when the question says one of its concepts live ("some
        days hanging myself seems the only way out"): the learned messages speak of the spine."""
        assert self._learned is not None
        spec = self._learned.get("beside")
        if not spec:
            return None
        concepts = frozenset(spec["concepts"])
        live = any(
            m.concept in concepts and not (m.negated or m.past or m.asked or m.general)
            for m in self.mentions(question)
        )
        rule = next((r for r in self._rules if r.flag.id == spec["rule"]), None)
        return rule.flag if live and rule is not None else None

    def check_learned(self, question: str) -> list[RedFlag]:
        """The learned check's notice for a question, whatever notices the rules raise: [] or one
        flag of the most urgent tier whose probability passes its threshold. Silent where the
        rules' reading judged every symptom the question names (an animal's, denied, over, or a
        topic): the check adds what the rules did not recognise, it does not overrule what they
        did."""
        if self._learned is None:
            return []
        read = self._last_read is not None and self._last_read[0] == question
        # in a batch: skip what the check cannot flag (quiet.py), unless the rules just read it
        if self._screening() and not read:
            if self._quiet is None:
                from backcare.engine.safety.quiet import Quiet  # batches only

                self._quiet = Quiet(self, self._learned_net())
            if self._quiet.silent(question):
                return []
        reading = tokens, everyone, animals = self._reading(question)
        at, explained = self._last_explained  # read before any part of the question is read
        explained = explained if at == question else frozenset()
        mentions = [m for m in everyone if m.concept not in self._parts]  # never trained on
        if len(tokens) <= NET_MAX_WORDS:
            verdict = self._learned_net().judge(self.learned_features(question))
            notices = self._learned_notice(question, tokens, mentions, animals, verdict)
            notices += self._before_follow_up(question, tokens, mentions, animals)
            notices += self._after_lead_in(question, tokens, mentions, animals)  # lead_in.py
        else:  # a story: what one of its passages raises (passages.py)
            notices = self._passages_notices(question, tokens, mentions, animals)
        if notices and self._cleared_held(tokens, mentions):
            notices = []  # the signs told up to a clinician's all-clear (cleared.py)
        if any(n.urgency == "emergency" for n in notices):  # held: signs all denied, the case
            if (
                self._learned_held(tokens, mentions, self._learned_emergency)
                or self._explained_held(tokens, explained)
                or self._attitude_held(tokens, everyone)
            ):  # settling, a topic's, explained by a cause, an attitude to care
                notices = [n for n in notices if n.urgency != "emergency"]
        else:  # a sign told after the asker's denials raises alone (denied.py, safety67)
            notices = notices + self._turned(question, tokens, mentions, animals)
        return self._risk_capped(question, most_urgent(notices), reading)  # risk_only.py

    def _cleared_held(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Whether the signs the check read were told up to a clinician's examination and
        verdict (cleared.py) and the words after it, read alone, raise no tier at all."""
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.cleared import cleared_rest

        rest = cleared_rest(tokens, mentions, self._symptoms, self._kept_live_story)
        net = self._learned_net()
        return rest is not None and not (rest and net.judge(self.learned_features(rest)))

    def _explained_held(self, tokens: list[Token], explained: frozenset[int]) -> bool:
        """Whether the signs a named cause explained (explained.py) are what the learned check's
        emergency read: the message without their words reads no tier at all."""
        rest = explained_rest(tokens, explained)
        net = self._learned_net()
        return rest is not None and not (rest and net.judge(self.learned_features(rest)))

    def _attitude_held(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Whether the emergency stood on an attitude to care alone ("she won't want a fuss",
        care_attitude.py): the message without the scopes telling it reads no emergency at all
        (not even below the bar of `_learned_emergency`: the words left are the signs' own)."""
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.care_attitude import without_attitudes

        calm = without_attitudes(tokens, mentions, self._symptoms, self._self)
        if calm is None or not self.check_rules(" ".join(t.surface for t in tokens)):
            # the rules read no sign at all: the emergency is the learned check's alone and may
            # stand on a sign only it knows ("She's very independent. Her legs gave way twice
            # today": the red-team trial of the thirty-fifth session); kept
            return False
        verdict = self._learned_net().judge(self.learned_features(calm)) if calm else None
        return verdict is None or verdict[0] != "emergency"

    def _learned_emergency(self, text: str) -> bool:
        """Whether the learned check alone is sure a text is an emergency, as sure as it must be
        of a sign the rules do not know (_learned_notice's `sure`; denied.py)."""
        net = self._learned_net()
        return net.sure_emergency(net.judge(self.learned_features(text)))

    def _learned_notice(
        self,
        question: str,
        tokens: list[Token],
        mentions: list[Mention],
        animals: list[Mention],
        verdict: tuple[str, float] | None,
    ) -> list[RedFlag]:
        """The learned check's verdict on a question (or a window of a long one: its tokens and
        mentions), gated by the rules' judgement of the mentions there."""
        # where the rules read no sign, a word spelt right counts as the word, not by its
        # letters ("since my holiday" is no "hold": spelt.py, issue #12)
        verdict = as_spelt(
            self._learned_net(),
            verdict,
            tokens,
            [*mentions, *animals],
            self._negations,
            self._negation_reach,
            self._symptoms,
        )
        if verdict is None:
            return []
        tier, probability = verdict
        if tier == "emergency":
            # not imported by a calm ask (issue 17)
            from backcare.engine.safety.plain import plain_pain

            if plain_pain(tokens, [*mentions, *animals], question):
                return []  # plain pain told, no sign the guidance names (plain.py)
        people = [m for m in mentions if m.concept not in self._background]
        if any(m.asked for m in people):
            # a general question about a sign, no one's report (_asked): no notice, at any tier;
            # the pointer names the more urgent of the rules' tier and this one
            known = self._last_pointer[1] if self._last_pointer[0] == question else None
            if known is None or URGENCIES.index(tier) < URGENCIES.index(known):
                self._last_pointer = (question, tier)
            return []
        judged = self._judged(mentions, animals)
        # every symptom the rules recognised is judged (an animal's, denied, over, a topic):
        # below an emergency that judgement stands. An emergency is raised even so when the check
        # is as sure of it as it must be of any flag (P(emergency) passes the soon threshold, not
        # only the lower emergency one, which moves tiers): the symptom it reacts to may be one
        # the rules did not know ("My dog can't walk. Squeezing behind my breastbone"), and a miss
        # costs more than a false alarm
        settled = self._settled(mentions, judged)
        sure = self._learned_net().sure_emergency(verdict)
        # but not when every sign judged is an animal's or someone else's that is over ("My cat
        # can't pee", "my son couldn't pee last week, he's fine") and the asker speaks of
        # themselves only beside them: no sign of the asker's is left for the check to add
        pets = [m for m in animals if m.concept not in self._background]
        signs = [m for m in people if m.concept in self._symptoms and m.concept not in self._story]
        theirs = all(m.other and (m.past or m.resolved) for m in signs)
        beside = {m.sentence for m in judged}
        if sure and theirs:
            if all(t.sentence in beside for t in tokens if t.surface in self._self):
                sure = not (pets or signs)
            elif pets and not signs and self._calm_apart(tokens, beside):
                # an animal's signs only, and the asker's own sentences, read alone, no
                # emergency: only a course of theirs ("changing his bedding all the time") is
                # left unjudged, no sign (safety142); never for a person's signs read as over,
                # which a wrong past may have set aside ("My dad had a back operation in 2001.
                # He fell off the ladder ... Should I take him to A&E?", review18)
                sure = not (pets or signs)
                settled = settled or (bool(judged) and not signs)
        # signs the asker denied as a report's ("The leaflet lists ... I have none of them")
        # are theirs to deny: no certainty of the check's overrules that (probe 156), whatever
        # words of no sign stand beside (an age, a cause: red flags 34's "None of these. Just a
        # stiff back from the allotment ... I'm 38" left the leaflet's list unsettled)
        disowned = any(m.disowned for m in people) and all(
            m.disowned or m.concept not in self._symptoms for m in people
        )
        settled = settled or (disowned and self._settled(signs, judged))
        if settled and (not sure or disowned):
            return []
        assert self._learned is not None  # check_learned reads only with a learned check
        message = str(self._learned["messages"][tier])
        return [RedFlag(str(self._learned["id"]), tier, message, action_text(tier), probability)]

    def _calm_apart(self, tokens: list[Token], beside: set[int]) -> bool:
        """Whether the sentences apart from those whose signs the rules judged (an animal's,
        someone else's over) read, alone, as no emergency at all: the asker's own words there
        ("I've got a sore back from carrying him up and down the stairs", after the dog's
        lost legs and bladder) add no sign for the check to find (safety142). "My dog can't
        walk. Squeezing behind my breastbone" still reads as one there."""
        rest = " ".join(t.surface for t in tokens if t.sentence not in beside)
        if not rest:
            return True
        verdict = self._learned_net().judge(self.learned_features(rest))
        return verdict is None or verdict[0] != "emergency"

    def learned_features(self, question: str) -> list[str]:
        """The question's features for the learned check (net.py), read by the rules' reader."""
        tokens, _, _ = self._reading(question)
        concepts = [c for _, c in self._learned_concepts(question)]
        return features(tokens, concepts, self._negations, self._negation_reach)

    def _learned_concepts(self, question: str) -> list[tuple[int, Concept]]:
        """The question's mentions as the learned check's concept features read them, each with
        its first token's position."""
        _, mentions, animals = self._reading(question)
        # an animal's symptoms, which the rules set aside, are read as someone else's; the
        # crisis's parts are no features: the model was trained before them; nor are the
        # concepts net.UNTRAINED names (safety27's LONG_STANDING and ACHE_CAUSE among them:
        # a retrain with those lost a catch in held-out 17's fold)
        read = [
            (m.first, concept_of(m)) for m in [*mentions, *animals] if m.concept not in self._parts
        ]
        return [(at, c) for at, c in read if c is not None]
