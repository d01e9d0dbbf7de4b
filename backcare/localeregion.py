"""A region code that the locale implied rather than a person set (config.py, step 6).

A `str` (the code, "UK"), so it goes wherever a region goes (ViewOptions, the prompt's session,
the notices told early) unchanged; the views that show a number ask `implied_by` to say, once,
where the region came from and how to set one's own (ux39: a person abroad whose locale names
their home country was given its number as if it were certain).
"""

from __future__ import annotations


class LocaleRegion(str):
    """A region code with the locale variable that named it ("LANG", "LC_ALL", "LC_TELEPHONE")."""

    variable: str

    def __new__(cls, code: str, variable: str) -> LocaleRegion:
        made = super().__new__(cls, code)
        made.variable = variable
        return made

    def __reduce__(self) -> tuple[type[LocaleRegion], tuple[str, str]]:
        return (LocaleRegion, (str(self), self.variable))


def implied_by(region: str | None) -> str:
    """The locale variable that implied `region`; '' when a person set it (or none is set)."""
    return region.variable if isinstance(region, LocaleRegion) else ""
