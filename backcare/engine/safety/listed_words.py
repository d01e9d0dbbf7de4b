"""A data file of named word lists, read once as sets: the words a reading names
(data/joke_words.json, watch_lists.json, notice_replies.json). Keys whose value is not a list
('about' notes) are left out; anything else malformed is a DataError naming the file."""

from __future__ import annotations

import functools

from backcare.resources import DataError


@functools.cache
def listed_words(name: str) -> dict[str, frozenset[str]]:
    """Each list of the data file `name` as a set of its words."""
    from backcare.resources import read_json

    try:
        found = read_json(name)
        return {
            key: frozenset(str(w) for w in value)
            for key, value in found.items()
            if isinstance(value, list)
        }
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"{name}: {error!r}") from None


def word_set(listed: object) -> frozenset[str]:
    """One list of a data file as a set of its words; TypeError when it is not a list (a
    reading's loader turns it into the DataError that names its file)."""
    if not isinstance(listed, list):
        raise TypeError("not a list")
    return frozenset(str(w) for w in listed)
