"""Regenerate the README's terminal screenshots: `python docs/make_screenshots.py`.

Runs the installed `backcare` for real with colour forced, then has Rich turn the captured output
into SVG files under docs/img/, so the pictures always show what the commands print today.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

DOCS = Path(__file__).resolve().parent
BACKCARE = str(Path(sys.executable).parent / "backcare")
SHOTS = {
    "ask": ["ask", "stiff back after sitting"],
    "ask-red-flag": ["ask", "my back is killing me and I can't pee"],
    "ask-explain": ["ask", "--explain", "stif bak after siting"],
    "topics": ["topics"],
    "show": ["show", "relieve-spinal-tension"],
    "validate": ["validate", str(DOCS.parent / "data" / "faq.json")],
}


def main() -> None:
    env = {**os.environ, "COLUMNS": "96", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    for name, args in SHOTS.items():
        done = subprocess.run(
            [BACKCARE, *args, "--color", "always"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            check=False,
        )
        with Path(os.devnull).open("w", encoding="utf-8") as sink:
            console = Console(record=True, width=96, force_terminal=True, file=sink)
            console.print(Text.from_ansi(f"$ backcare {' '.join(args)}\n" + done.stdout))
        console.save_svg(str(DOCS / "img" / f"{name}.svg"), title=f"backcare {args[0]}")
        print(f"docs/img/{name}.svg")


if __name__ == "__main__":
    main()
