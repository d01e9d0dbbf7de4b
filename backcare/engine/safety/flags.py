"""What a red flag says: the flag itself, and the call to action for its tier in a person's region.

A flag's `message` says what was noticed and why it matters; the tier's call to action ("Call 999 ...")
is a separate field, so a notice never repeats itself and the action can name the numbers of the
region the person set. Numbers and wording live in data/emergency_numbers.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from backcare.errors import BackcareError
from backcare.hints import Any
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, read_json

URGENCIES = ("emergency", "urgent", "soon")


class RedFlag(NamedTuple):
    id: str
    urgency: str  # one of URGENCIES
    message: str  # what was noticed and why it matters, without the call to action
    action: str  # the tier's call to action with every region's numbers (see action_text)
    # set when the learned check (net.py) raised it, not a rule: its P(at least this tier)
    learned: float | None = None
    # the rule's own call to action (a key of emergency_numbers.json's 'calls') instead of the
    # tier's: thoughts of suicide need the crisis lines, not only "call 999"
    call: str | None = None

    def verdict(self) -> tuple[str, float]:
        """The tier and the learned check's probability this notice carries (0.0 for a rule's)."""
        return self.urgency, self.learned or 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "urgency": self.urgency,
            "message": self.message,
            "action": self.action,
        }
        if self.learned is not None:
            out["raised_by"] = "learned"  # scripts can tell it from a rule's notice
            out["probability"] = round(self.learned, 3)
        return out


@lru_cache(maxsize=1)
def emergency_numbers() -> dict[str, Any]:
    return expect_dict(read_json("emergency_numbers.json"), "emergency_numbers.json")


def regions() -> list[str]:
    """The region codes action_text knows, upper case, in file order."""
    return list(emergency_numbers()["regions"])


def region_codes() -> dict[str, str]:
    """Every region code people may set, upper case, to the region whose numbers it gets: the
    regions themselves and the file's aliases (GB -> UK, FR -> EU, USA -> US)."""
    return dict(_codes())


# the codes of the last emergency_numbers() data read, with that data: resolve_region runs for
# every region of every flag `ask --json` shows with no region set (jsonview's by_region: 8 a
# flag), and building the table each time was ~2% of a 10k batch (speed47). Kept by the data's
# identity, so a reader of other data (tests patch emergency_numbers) gets its own codes.
_CODES: list[tuple[dict[str, Any], dict[str, str]]] = []


def _codes() -> dict[str, str]:
    data = emergency_numbers()
    if _CODES and _CODES[0][0] is data:
        return _CODES[0][1]
    codes = {code: code for code in data["regions"]}
    aliases = data.get("aliases", {})
    codes.update((str(alias).upper(), str(code)) for alias, code in aliases.items())
    _CODES[:] = [(data, codes)]  # one entry: bounded
    return codes


def resolve_region(region: str) -> str | None:
    """The region a code (any case, an alias or a region) names, or None when it names none."""
    return _codes().get(region.strip().upper())


PACK_CONTACT_LABEL = "The pack's own contact:"


def calls() -> list[str]:
    """The rules' own calls to action that emergency_numbers.json defines ('crisis')."""
    return list(emergency_numbers().get("calls", {}))


def one_per_tier(flags: Sequence[RedFlag]) -> tuple[RedFlag, ...]:
    """`flags` with each learned notice dropped when a rule's notice of its tier, with the
    tier's own call to action, is among them: the rule's says what was noticed more precisely
    and gives the same numbers. Lines read together (a wrapped or pasted message, an option's
    words) could show the rule's EMERGENCY and then the learned check's "If this is new or
    getting worse..." with the whole number list again (newcomer22 F6: about 90 words read
    aloud). A rule with a call of its own (the crisis lines) does not take a learned notice in:
    they tell different things to do."""
    ruled = {f.urgency for f in flags if f.learned is None and f.call is None}
    return tuple(f for f in flags if f.learned is None or f.urgency not in ruled)


def joined(flags: Sequence[RedFlag], more: Sequence[RedFlag]) -> list[RedFlag]:
    """`flags` with those of `more` they do not hold (by id), most urgent first (a stable sort:
    each tier keeps its order, `flags` before `more`), a learned notice dropped beside a rule's of
    its tier (one_per_tier): for a second reading of one message (foreign_reading.py)."""
    said = {flag.id for flag in flags}
    added = [flag for flag in more if flag.id not in said]
    if not added:
        return list(flags)
    ordered = sorted([*flags, *added], key=lambda flag: URGENCIES.index(flag.urgency))
    return list(one_per_tier(ordered))


def most_urgent(notices: list[RedFlag]) -> list[RedFlag]:
    """The most urgent of the learned check's notices, the surest of its tier ([] for none)."""
    if not notices:
        return []
    return [min(notices, key=lambda f: (URGENCIES.index(f.urgency), -(f.learned or 0.0)))]


def message_text(message: str, region: str | None = None) -> str:
    """A notice's `message` for one region: the phrases emergency_numbers.json's 'in_messages'
    names ("your emergency number", "NHS 111 ...") in that region's words ("111"); as written
    when no region (or an unknown one: action_text says so) is set (newcomer20 F3: a New
    Zealander's cancer-history notice said "call your emergency number" where the others said 111)."""
    if region is None or not region.strip():
        return message
    data = emergency_numbers()
    code = resolve_region(region)
    if code is None or code not in data["regions"]:
        return message
    numbers = data["regions"][code]
    for phrase, template in data.get("in_messages", {}).items():
        if phrase in message:
            message = message.replace(phrase, str(template).format(**numbers))
    return message


def unset_action(urgency: str, call: str | None = None) -> str:
    """The call to action a person reads when no region is known: one instruction that holds in
    every region, without the numbers (newcomer24 F8: seven numbers came before "or go to the
    nearest emergency department", 111 among them); `unset_numbers` gives them once."""
    if urgency not in URGENCIES:
        raise BackcareError(f"unknown urgency {urgency!r}: expected one of {', '.join(URGENCIES)}")
    unset = emergency_numbers()["unset"]
    if call is not None:
        if call not in unset["calls"]:
            raise BackcareError(
                f"unknown call to action {call!r}: expected one of {', '.join(calls())}"
            )
        return str(unset["calls"][call])
    return str(unset[urgency])


def unset_numbers(urgencies: Sequence[str]) -> str:
    """The line said once after notices of these tiers when no region is known: every region's
    numbers for the tiers that have some (emergency first), then how to be given only one's
    own; '' when no tier shown has numbers."""
    unset = emergency_numbers()["unset"]
    numbers = [
        str(unset["numbers"][u]) for u in URGENCIES if u in urgencies and u in unset["numbers"]
    ]
    return " ".join([*numbers, str(unset["set_region"])]) if numbers else ""


def implied_note(region: str, variable: str) -> str:
    """The line said once where a region's numbers are shown when the locale variable `variable`
    implied the region rather than the person setting it (emergency_numbers.json 'implied'):
    whose numbers they are, that they are a guess, and how to set one's own."""
    data = emergency_numbers()
    code = resolve_region(region)
    if code is None or code not in data["regions"]:
        return ""
    name = str(data["regions"][code]["name"])
    return str(data["implied"]["note"]).format(name=name, variable=variable)


def action_text(
    urgency: str, region: str | None = None, contact: str | None = None, call: str | None = None
) -> str:
    """The call to action for a tier, or for a rule's own `call` when given (the crisis lines): for
    one region (a code such as "UK", "us" or an alias such as "GB", any case) or, by default, with
    every region's numbers; then a pack's own contact line when given.

    Raises BackcareError for an unknown region, tier or call, naming the known ones.
    """
    data = emergency_numbers()
    if urgency not in URGENCIES:
        raise BackcareError(f"unknown urgency {urgency!r}: expected one of {', '.join(URGENCIES)}")
    if call is not None and call not in data.get("calls", {}):
        raise BackcareError(
            f"unknown call to action {call!r}: expected one of {', '.join(calls())}"
        )
    own = data["calls"][call] if call is not None else None
    if region is None or not region.strip():
        text = str(data["default"][urgency] if own is None else own["default"])
    else:
        code = resolve_region(region)
        known = data["regions"]
        if code is None or code not in known:
            names = ", ".join(known)
            raise BackcareError(f"unknown region {region.strip()!r}: known regions are {names}")
        numbers = known[code]
        template = data["templates"][urgency] if own is None else own["template"]
        text = str(template).format(**numbers)
    if contact is not None and contact.strip():
        # labelled as the pack's words, not the tool's advice: a pack's line ("this is normal,
        # just rest") must not read as part of the emergency instruction
        text = f"{text} {PACK_CONTACT_LABEL} {contact.strip()}"
    return text
