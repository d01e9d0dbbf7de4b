"""Where the bundled data files live, in every install mode.

In a wheel, data/ is shipped as backcare/data/ and read through importlib.resources. In a checkout or an
editable install the package is imported from the repo, whose data/ sits beside backcare/: hatchling's
force-include does not apply to editable installs, so we fall back to that path. Both are tested.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Path of a bundled data file such as 'faq.json'."""
    packaged = Path(str(resources.files("backcare").joinpath("data").joinpath(name)))
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "data" / name
