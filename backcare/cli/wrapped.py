"""An emergency hard-wrapped over several lines of a batch (harden18, hostile12 F3).

`backcare < message.txt` reads one question a line. A message wrapped by hand or by a tool ("I want
to" / "kill" / "myself"; "since this morning I suddenly cannot" / "pee at all and" / "my groin
feels" / "numb") has its emergency in no single line. A line continues the one before it when that
line has no sentence end and either ends on a word no sentence ends on (data/wrap_words.txt: "to",
"and", "my", "cannot") or this line is a lower-case fragment of one word ("myself", "numb"). Such a run of up to WINDOW lines, at least one of them ending on such a word, is read
joined for the emergency tier only; an emergency the joined text names and none of its lines did
is added to the later line's answer (its notice first, exit 3). Every other tier, and the answers,
stay each line's own. A blank line ends a run; in a batch, one blank line between two lines the
second of which goes on from the first (a wrap word, a fragment) still has the two read together
for an emergency (Wrapped._parted). Every tests/eval set read as a batch of one
question a line gives what it gave before (docs/hardening.md).
"""

from __future__ import annotations

from functools import lru_cache

from backcare.hints import TYPE_CHECKING
from backcare.lazyregex import lazy
from backcare.resources import read_text

if TYPE_CHECKING:
    from backcare.engine.answer import Answer, Engine

FILE = "wrap_words.txt"
WINDOW = 4  # lines read together at most: the line and three before it
# a lower-case line of at most this many words is a wrapped fragment ("myself", "numb"): two took
# "sciatica in my left leg" / "right leg" for one sentence, both legs (review13 F7)
FRAGMENT_WORDS = 1
HEAD_WORDS = 2  # words at least of the line a fragment is read with (a sentence's head)
_END = lazy(r"[.!?;:)]['\"’”]*\s*$")
_LAST_WORD = lazy(r"([^\W\d_]+(?:['’][^\W\d_]+)*)\W*$")
EMERGENCY = "emergency"


@lru_cache(maxsize=1)
def wrap_words() -> frozenset[str]:
    """The words of FILE as `_last_word` reads a line's: "cannot" is "cant" there."""
    return frozenset(
        _last_word(line.split("#", 1)[0].strip())
        for line in read_text(FILE).splitlines()
        if line.split("#", 1)[0].strip()
    )


def dangling(line: str) -> bool:
    """Whether `line` ends on a word no sentence ends on, with no sentence end after it."""
    if _END.search(line):
        return False
    return _last_word(line) in wrap_words()


@lru_cache(maxsize=4 * WINDOW)  # a line is looked back at by the next WINDOW - 1 lines
def _last_word(line: str) -> str:
    """The line's last word with its negation read as the red-flag reading reads it
    (apostrophes.join_contractions: "can't", "can’t", "can not" and "cannot" are one word;
    hostile14 1: only "cannot" was a wrap word), lower case and without apostrophes ("cant");
    '' when it ends on no word. Only the last two words are read ("can not" is two): a batch
    reads every line."""
    from backcare.engine.apostrophes import join_contractions

    tail = " ".join(line.split()[-2:]).translate(_APOSTROPHES)
    found = _LAST_WORD.search(join_contractions(tail))
    return "" if found is None else found.group(1).lower().replace("'", "")


_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))


def ends_sentence(line: str) -> bool:
    """Whether `line` ends a sentence: no line after it goes on from it (continues), nor is read
    with it for a crisis (_crisis_across)."""
    return bool(_END.search(line))


def continues(before: str, line: str) -> bool:
    """Whether `line` goes on from `before`, the line just before it."""
    if ends_sentence(before):
        return False
    return dangling(before) or fragment(line)


def fragment(line: str) -> bool:
    """Whether `line` is a fragment of at most FRAGMENT_WORDS words in lower case or capitalised
    ("myself", "Myself": a phone capitalises a line's first word; hostile14 1), not in capitals
    ("TB", "MS")."""
    words = line.split()
    return (
        len(words) <= FRAGMENT_WORDS
        and line[:1].isalpha()  # a word: "¤§rtc¶®©°" (random bytes) is none
        and (line.islower() or line.istitle())
    )


def joins(run: list[str], line: str) -> bool:
    """Whether `line` is read joined with the `run` of lines it continues: one of them ends on a
    word no sentence ends on, or `line` is a fragment (hostile13 F4: "I want to kill" /
    "myself" and "my legs are" / "numb" were read a line at a time) after a line of at least
    HEAD_WORDS words (two one-word lines, "tb" / "ms", are two questions: measured on every eval
    set read as a batch, docs/hardening.md)."""
    return any(dangling(text) for text in run) or (
        fragment(line) and len(run[-1].split()) >= HEAD_WORDS
    )


class Wrapped:
    """The run of lines the last line continues, each with the emergencies said for it."""

    def __init__(self, engine: Engine, *, across_blank: bool = False) -> None:
        self._engine = engine
        # a batch: one blank line between two lines, the first with no sentence end, parts no
        # sentence for the emergency tier (_parted)
        self._across_blank = across_blank
        self._run: list[tuple[str, frozenset[str]]] = []
        self._number = 0
        # the line just read, unless a crisis was said by it: the next line may finish its words
        self._unsaid: str | None = None

    def part(self) -> None:
        """The next line starts a new message (it arrived on its own, arrivals.py): it is read
        with none of the lines before it."""
        self._run.clear()
        self._unsaid = None

    def read(self, answer: Answer, line: str, number: int) -> Answer:
        """`answer` (to `line`, input line `number`) with an emergency its run names added."""
        from backcare.engine.answer import red_flags
        from backcare.engine.safety import one_per_tier

        run = self._run
        parted = self._across_blank and number == self._number + 2 and len(run) > 0
        # a crisis across lines (_crisis_across) is read across one blank line of a batch too
        unsaid = self._unsaid if number == self._number + 1 or parted else None
        if not (run and number == self._number + 1 and continues(run[-1][0], line)):
            if parted and continues(run[-1][0], line) and joins([run[-1][0]], line):
                return self._parted(answer, line, number)
            run.clear()
        self._number = number
        said = frozenset(f.id for f in answer.red_flags if f.urgency == EMERGENCY)
        if run and joins([text for text, _ in run], line):
            before = frozenset().union(*(ids for _, ids in run)) | said
            joined = " ".join([*(text for text, _ in run), line])
            added = tuple(
                flag
                for flag in red_flags(joined, self._engine.safety)
                if flag.urgency == EMERGENCY and flag.id not in before
            )
            if added:
                answer = answer._replace(
                    red_flags=one_per_tier(added + answer.red_flags), pointer=None, withheld=None
                )
                said |= frozenset(flag.id for flag in added)
        elif unsaid is not None and not _END.search(unsaid):
            answer = _crisis_across(answer, unsaid, line, self._engine)
        self._unsaid = None if any(f.call for f in answer.red_flags) else line
        run.append((line, said))
        del run[: -(WINDOW - 1)]  # the lines a next line may read with it
        return answer

    def _parted(self, answer: Answer, line: str, number: int) -> Answer:
        """`answer` (to `line`, after one blank line) with an emergency that the line before
        the blank and `line` name read together and neither named alone, when `line` goes on
        from it as a hard-wrapped line would (`continues`, `joins`: the line before ends on a
        wrap word, or `line` is a fragment; newcomer21 F7: "since yesterday I suddenly cannot"
        / "" / "pee at all"). Any line with no sentence end was too wide: over the tests/eval
        sets read as a batch with a blank line between questions it raised 31 emergencies no
        pair named together ("Bladder: no control since Tuesday" / "" / "Bowel control: never
        a problem"). The pair alone: the blank line still ends the run before it."""
        from backcare.engine.answer import red_flags
        from backcare.engine.safety import one_per_tier

        before, before_said = self._run[-1]
        self._run.clear()
        self._number = number
        said = frozenset(f.id for f in answer.red_flags if f.urgency == EMERGENCY)
        added = tuple(
            flag
            for flag in red_flags(f"{before} {line}", self._engine.safety)
            if flag.urgency == EMERGENCY and flag.id not in before_said | said
        )
        if added:
            answer = answer._replace(
                red_flags=one_per_tier(added + answer.red_flags), pointer=None, withheld=None
            )
            said |= frozenset(flag.id for flag in added)
        self._unsaid = None if any(f.call for f in answer.red_flags) else line
        self._run.append((line, said))
        return answer


def _crisis_across(answer: Answer, before: str, line: str, engine: Engine) -> Answer:
    """`answer` with a crisis (a rule with its own call: the crisis lines) that a line and the
    one before it, which ends in no sentence end and said no crisis, name read together
    (hostile15 F11: "I want to end" / "my life"). Read when the line before ends on a word a
    crisis phrase goes on after (Safety.goes_on_to_call: "end", "kill", "take"), not only a wrap
    word: over every tests/eval set read as a batch (10,537 unended breaks) no two unrelated
    questions made one (docs/safety.md, safety42). The crisis alone: other signs need a wrap
    word or a fragment (joins)."""
    if any(f.call for f in answer.red_flags):
        return answer
    # the rules alone (the crisis is theirs; the learned check does not read it)
    safety = engine.safety
    if safety is None:
        from backcare.engine.answer import _default_safety

        safety = _default_safety()
    if not safety.goes_on_to_call(_last_word(before)):
        return answer
    # imported here: most lines of a batch stop above (a batch reads every line)
    from backcare.engine.answer import read_flags

    said, _ = read_flags(safety.check_calls, f"{before} {line}")
    added = tuple(flag for flag in said if flag.call)
    if not added:
        return answer
    return answer._replace(red_flags=added + answer.red_flags, pointer=None, withheld=None)
