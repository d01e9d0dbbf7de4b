"""Which emergencies a foreign message's own words raised still stand beside its English reading
(detect.Safety.check, foreign_reading.py; safety120, review32 B1).

The rules' reading of a message's own words reads a sign's foreign word without the frame around
it: "Pas de faiblesse dans les jambes" reads "jambes" and not the denial. Its English reading
reads the frame, and sets such a sign aside (denied, asked about, someone else's, over). So an
own-words emergency is dropped when the English reading read the very signs that raised it and set
them all aside, and only then:
- signs, not flag ids: "no weakness in the legs, but both are numb" sets the weak legs aside, not
  the numb ones, though both would raise `both-legs`; a sign is its symptom's concepts, the body
  part (a 'regions' concept) only where it is, unless the sign is a body part alone;
- never when a denial of a sign of the flag's rule holds, in its clause, a word the dictionary
  could not read (outside any sign's own phrase): "Keine Inkontinenz, aber seit gestern kommt
  kein Urin" reads "... kommt no urine", a denial to it, where the message tells that no urine
  comes; "no sale orina" is the same. The verb it could not read may turn the denial into the
  sign, so the own words' emergency stands (an emergency missed is worse than a false alarm).
  A quotation, someone else's story or an old one is read from frame words around the sign,
  which a word left unread beside the sign does not undo ("Letra de la canción: 'no siento las
  piernas cuando bailas'"); nor does an unread word the reading took into a sign's phrase ("no
  problème pour pee": the trouble peeing, denied).
"""

from __future__ import annotations

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.foreign_reading import Reading
from backcare.engine.safety.reading import Token, normal
from backcare.engine.safety.rules import Mention
from backcare.hints import Protocol


class Check(Protocol):
    """What this module asks of the red-flag check (detect.Safety), named here so that the
    check's module, which imports this one, is not imported back."""

    @property
    def region_concepts(self) -> frozenset[str]: ...
    def set_aside(self, question: str) -> list[RedFlag]: ...
    def read(self, question: str) -> tuple[list[Token], list[Mention]]: ...
    def raised_by(self, question: str) -> dict[str, frozenset[str]]: ...
    def rule_concepts(self) -> dict[str, frozenset[str]]: ...
    def as_written(self) -> Check: ...


def set_aside(mention: Mention) -> bool:
    """Whether a reading set the mention aside: the judgements RuleCheck.set_aside clears."""
    return (
        mention.negated
        or mention.asked
        or mention.general
        or mention.other
        or mention.past
        or mention.resolved
    )


def kept_emergencies(
    check: Check,
    question: str,
    english: Reading,
    emergencies: list[RedFlag],
    read: list[RedFlag] | None = None,
) -> list[RedFlag]:
    """The emergencies of the message's own words (`emergencies`, read from `question`) that
    its English reading (`english`, every word read; `read`, its flags) does not account for
    (the module's docstring): all but those whose raising signs it read and set aside, none of
    its rule's signs denied beside a word it could not read; and the learned check's, when the
    English reading read every word, raises no emergency and set aside an emergency's signs
    (_may_account_learned)."""
    set_apart = check.set_aside(english.text)
    aside_ids = {f.id for f in set_apart}
    if not any(f.id in aside_ids for f in emergencies) and not _may_account_learned(
        emergencies, set_apart, read
    ):
        return emergencies
    _, mentions = check.read(english.text)
    aside = [m for m in mentions if set_aside(m)]
    doubted = _doubted_denials(check, english, mentions)
    if _may_account_learned(emergencies, set_apart, read) and not english.unread:
        # safety136 (red flags 45: "Beine und alles andere sind okay, kein Taubheitsgefühl",
        # "Nessun problema a urinare, l'altra gamba sta bene"): the learned check read the
        # foreign words without their denials; the English reading read those signs, set them
        # aside, and reads no emergency of its own, the learned check's included; only when it
        # read every word (a word left as written may be the sign: "ich spüre das
        # Toilettenpapier nicht beim Abwischen", "seit heute Morgen kommt kein Urin")
        emergencies = [f for f in emergencies if f.learned is None]
    raised = check.raised_by(question)
    concepts = check.rule_concepts()
    kept = []
    for flag in emergencies:
        # a sign is its symptom, the body part named with it only where it is: "no weakness
        # in the legs" sets the legs aside with the weakness, not with a numbness told after
        signs = raised.get(flag.id, frozenset())
        signs = signs - check.region_concepts or signs
        accounted = (
            flag.id in aside_ids
            and bool(signs)
            and signs <= {m.concept for m in aside}
            and not any(m.concept in concepts.get(flag.id, ()) for m in doubted)
        )
        if not accounted:
            kept.append(flag)
    return kept


def _may_account_learned(
    emergencies: list[RedFlag], set_apart: list[RedFlag], read: list[RedFlag] | None
) -> bool:
    """Whether the own words' learned emergency may be one the English reading accounts for: it
    raises no emergency (rules' or learned) and set aside an emergency rule's signs it read; a
    reading that never saw a sign sets nothing aside, and leaves the learned emergency (a word
    for word reading may lose a sign's words: "nie czuję nóg" with "nóg" unknown)."""
    return (
        read is not None
        and any(f.learned is not None for f in emergencies)
        and not any(f.urgency == "emergency" for f in read)
        and any(f.urgency == "emergency" for f in set_apart)
    )


def _doubted_denials(check: Check, english: Reading, mentions: list[Mention]) -> list[Mention]:
    """The English reading's denied mentions whose clause (up to a breaker: Token.scope) holds
    a word the dictionary did not read, outside the mention's own words (which its phrase read
    through: "no problème pour pee"). Its tokens are read as written: typo correction would
    hide an unread word ("seit" read "seat") or read it as another sign ("sai")."""
    denied = [m for m in mentions if m.negated]
    if not denied or not english.unread:
        return []
    words = {normal(w) for w in english.unread}
    tokens: list[Token] = check.as_written().read(english.text)[0]
    unread = [i for i, t in enumerate(tokens) if t.surface in words]
    doubted = []
    for m in denied:
        if m.last >= len(tokens):
            doubted.append(m)  # the two readings differ: no denial to trust
            continue
        clause = (tokens[m.first].sentence, tokens[m.first].scope)
        if any(
            (tokens[i].sentence, tokens[i].scope) == clause and not m.first <= i <= m.last
            for i in unread
        ):
            doubted.append(m)
    return doubted
