"""Word sets read from the red-flag vocabulary (safety_vocabulary.json): phrases and words in
the reading's normal form, stems, and the work verbs' roles. Kept apart from vocabulary.py, which
holds what they are read into, so that module stays small enough to read in one sitting."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from backcare.engine.analyze import stem
from backcare.engine.safety.reading import normal
from backcare.lazyregex import lazy
from backcare.resources import DataError

_WORD = lazy(r"[a-z]+")  # data words are ASCII lower case without apostrophes
_WORK_ROLES = ("object", "seeing")  # the roles a work verb may have ('work.verbs')


def _work_roles(
    verbs: Mapping[str, list[str]],
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The one list of work verbs ('work.verbs': each verb's forms, with its roles) read as the
    three sets the reading consults: every work verb, the 'object' ones, the 'seeing' ones."""
    unknown = {r for roles in verbs.values() for r in roles} - set(_WORK_ROLES)
    if unknown:
        raise DataError(f"safety_vocabulary.json: 'work.verbs' has unknown roles {sorted(unknown)}")
    objects, seeing = (
        _words(w for forms, roles in verbs.items() if role in roles for w in forms.split())
        for role in _WORK_ROLES
    )
    return _words(w for forms in verbs for w in forms.split()), objects, seeing


def _phrases(items: Iterable[str]) -> frozenset[str]:
    """Phrases of normal words, joined by single spaces (looked up by a run of surfaces)."""
    return frozenset(" ".join(normal(w) for w in p.split()) for p in items)


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(normal(w) for w in items)


def _stems(items: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(normal(w)) for w in items)
