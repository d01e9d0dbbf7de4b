"""`python -m backcare`."""

# Nothing of backcare's imports before this: a module lying in the current directory would run
# (backcare.safepath says why); backcare itself is imported by now, from wherever it was found,
# so a source checkout still runs.
from backcare.safepath import drop_current_directory

drop_current_directory()

from backcare.cli.entry import console  # noqa: E402

console()
