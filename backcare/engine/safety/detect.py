"""Red-flag detection by meaning: which of the rules a question's symptoms, as described, trigger.

The question is read into concept mentions (data/safety_vocabulary.json: "loss of feeling", "saddle
area", "can't pass urine", ...), each phrase in the lay words people use. A mention is then judged:
- negated: it sits after "no", "not", "never", "without"... in the same clause ("no numbness or
  tingling, just stiff"), or a body part is followed by "fine"/"normal" ("bladder fine");
- someone else's: the words before it name another person ("my mum had cancer"), which counts only
  when the question is about that person's back pain ("my father has back pain and can't pass urine");
- in the past: its clause says it is over ("had covid with a high temperature last year");
- a different sense: a longer phrase that is no symptom wins over the alarm word ("fell asleep",
  "chest day", "Fever-Tree"), and some concepts lapse beside a harmless cause ("shivering in the cold").
A rule (data/red_flags.json) fires when all the concepts of one of its combinations are mentioned,
alive, in one sentence within a few words of each other. Pure: no I/O once the data is loaded.
"""

from __future__ import annotations

from backcare.engine.language import language_read, reads_as_english
from backcare.engine.safety.flags import RedFlag, joined
from backcare.engine.safety.learned_check import LearnedCheck
from backcare.engine.safety.question_reading import SENSE_WORD as SENSE_WORD
from backcare.engine.safety.quick_exits import QUICK_AFTER as QUICK_AFTER
from backcare.engine.safety.quick_exits import QUICK_AFTER_READY as QUICK_AFTER_READY
from backcare.resources import expect_dict, read_json, read_shared_json


class Safety(LearnedCheck):
    """Compiled red-flag rules and vocabulary: the check and the reading of a question, each step
    in a module of its own (mixed in)."""

    # the reader of an author's text (as_written), made when first asked for
    _written: Safety | None = None

    def validate(self) -> None:
        """Check every phrase of the vocabulary (they are otherwise compiled on first use) and
        the learned check's model file."""
        self._index.validate()
        if self._learned is not None:
            self._learned_net()

    def as_written(self) -> Safety:
        """This check reading text as written, without typo correction (Typos._typos): for an
        author's text, which validate and import read whole (every entry's question, aliases and
        answer), where a misspelt alarm word is the author's to fix, not a reader's to be read
        through; the first corrections of a process cost a cold validate ~10-80 ms (the prefix
        and stem tables, rapidfuzz). The same compiled tables (shared, read only); memos of its
        own, since they hold corrected readings: the words' (screen.py), the last question's,
        the quick exits'. Made once per Safety."""
        if self._written is None:
            import copy  # validate and import only: not a cold ask's 0.5 ms (copy, weakref)

            written = copy.copy(self)
            written._typos = False
            written._written = written
            written._word_reading = {}
            written._screen = written._quiet = None
            written._last_read = None
            written._last_pointer = ("", None)
            # it reads many texts (every entry's): it screens from the first when the quick
            # exits' tables come ready-made (QUICK_AFTER_READY)
            written._checks = QUICK_AFTER_READY if self._ready_screen is not None else 0
            self._written = written
        return self._written

    @property
    def rule_ids(self) -> list[str]:
        return [r.flag.id for r in self._rules]

    @property
    def rule_tiers(self) -> dict[str, str]:
        """Each rule's id with its tier."""
        return {r.flag.id: r.flag.urgency for r in self._rules}

    def check(self, question: str) -> list[RedFlag]:
        """The red flags a question raises, most urgent first; a message wholly in another
        language also read in its English words (foreign_reading.py), their flags joined to its
        own, so the English reading can add a notice and never take one away; so too the
        sentences in another language of a message partly in English (safety119)."""
        fired = self._check_as_written(question)
        english_read, partly = language_read(question)
        if english_read and not partly:
            return fired
        # only for a message not (wholly) in English: a calm English ask pays nothing for them
        from backcare.engine.safety.foreign_reading import in_english, parts_in_english

        if english_read:
            # partly in another language: its foreign sentences read too, their flags added
            # (never taking one away)
            parts = parts_in_english(question)
            return fired if parts is None else joined(fired, self._check_as_written(parts))

        english = in_english(question)
        if english is None:
            return fired
        read = self._check_as_written(english.text)
        if english.whole and reads_as_english(english.text):
            # every word read: the English reading knows what the message denies, and whose
            # and when its signs are ("pas de fièvre", "kein Fieber"), which the vocabulary's
            # foreign words alone read as a fever; but a rule's emergency read from the message's
            # own words is kept, and the learned check's too (review30: "não sinto nada quando me
            # limpo" and "mujhe pair mehsoos nahin ho rahe" were emergencies the word-for-word
            # reading lost), since a word-for-word reading may miss what the message's own words
            # raised (an emergency missed is worse than a false alarm)
            # but not one the English reading read too and set aside as denied, a quotation, a
            # phrase to translate or someone's story long over (RuleCheck.set_aside: "Wie sagt man
            # 'ich kann nicht mehr laufen' auf Englisch?", "pas de faiblesse dans les jambes"):
            # those frames are read in the English words, not in a sign's foreign word (safety120);
            # set aside sign by sign, in sentences read whole (foreign_kept.py; review32 B1)
            emergencies = [f for f in fired if f.urgency == "emergency"]
            if not emergencies:
                return read
            from backcare.engine.safety.foreign_kept import kept_emergencies

            kept = kept_emergencies(self, question, english, emergencies, read)
            return joined(read, kept) if kept else read
        # partly read: the message's own flags stand beside the English reading's, an emergency
        # among them too: only a wholly read message's English reading may set one aside
        # (test_safety_net's oracle; words left unread may turn its denial into the sign)
        return joined(fired, read)

    def _check_as_written(self, question: str) -> list[RedFlag]:
        """The red flags of the question's own words, most urgent first: the rules' and, only when they
        raise none, the learned check's one notice (net.py), which so never removes or lowers
        a rule's notice; beside it, first, the crisis notice when a crisis sign is live
        (_beside_learned)."""
        fired = self.check_rules(question)
        if self._learned is None or (fired and fired[0].urgency == "emergency"):
            return fired
        learned = self.check_learned(question)
        if fired:
            # a lower tier's rule must not hide an emergency only the learned check reads (redteam9
            # A5: "back pain for 2 months, now my legs won't lift properly"): it comes first when
            # P(emergency) passes the soon threshold (`sure` in check_learned; at its own threshold
            # "I fell over in the garden" read as one beside the fall rule); a lower tier adds nothing
            # or when the message without the sentences the rules fired on, or with only the
            # rules' own words masked, still reads as one (beside_rules.py); where the rule's
            # words lowered the whole's reading, the masked reading must be sure of it (masked38)
            if learned and learned[0].urgency == "emergency":
                first = learned if self._stands_beside(question, fired, learned[0]) else []
            else:
                first = self._masked_emergency(question, fired, sure=True)
            if first:
                beside = self._beside_learned(question)
                return [*([] if beside is None else [beside]), *first, *fired]
            return fired
        beside = self._beside_learned(question) if learned else None
        return learned if beside is None else [beside, *learned]


def load_safety() -> Safety:
    rules = expect_dict(read_json("red_flags.json"), "red_flags.json")
    vocabulary = expect_dict(read_shared_json("safety_vocabulary.json"), "safety_vocabulary.json")
    return Safety(rules, vocabulary)
