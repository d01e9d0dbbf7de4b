"""The command line of a tool that writes a generated data file (tools.apostrophes,
tools.lookalikes): `python -m tools.NAME` writes the file; `--check` exits 1, saying why on stderr,
when the file in the tree is not what the tool writes today (CI runs it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def main(
    argv: list[str] | None,
    doc: str,
    file: Path,
    render: Callable[[], str],
    *,
    stale: str,
    written: Callable[[str], str],
) -> int:
    """Write `file` with `render()`, or check it. `stale` says why a checked file differs (after
    its name); `written(text)` what was written (after "wrote FILE")."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if file.read_text(encoding="utf-8") != text:
            print(f"{file} {stale}", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    file.write_text(text, encoding="utf-8")
    print(f"wrote {file} ({written(text)})")
    return 0
