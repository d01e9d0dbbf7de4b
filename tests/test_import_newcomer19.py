"""newcomer19's import findings. F1: `import --force` replaces a pack, never a page, Markdown or text
file (nor what a symbolic link names) that is not one: that is refused with one line saying what the
file is, and the file is kept byte for byte; a write through a link is said in a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare

PAGE = "# Clinic\n## Is there parking?\nYes, behind the clinic.\n## Are you open on Sundays?\nNo.\n"
OTHER_PAGE = (
    "<!doctype html><html><body><main><h2>Do you treat children?</h2><p>Yes, from 5 years.</p>"
    "</main></body></html>"
)


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "faq.md"
    page.write_text(PAGE, encoding="utf-8")
    return page


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("other-page.html", OTHER_PAGE, "an HTML page"),
        ("notes.md", "# Notes\n\nCall the plumber on Monday.\n", "Markdown"),
        ("notes.txt", "Call the plumber on Monday.\n", "text"),
        ("data.json", '{"name": "not a pack"}', "no 'entries'"),
        ("list.json", "[1, 2, 3]", "no 'entries'"),
    ],
)
def test_force_never_replaces_a_file_that_is_no_pack(
    tmp_path: Path, name: str, content: str, said: str
) -> None:
    target = tmp_path / name
    target.write_text(content, encoding="utf-8")
    done = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), "--force", home=tmp_path, text=True
    )
    assert done.returncode == 2
    assert said in done.stderr and "not a backcare pack" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == content
    assert not list(tmp_path.glob(name + "*.bak*"))


def test_force_through_a_link_to_a_text_file_keeps_the_file_and_says_it_is_a_link(
    tmp_path: Path,
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("my notes\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(victim.name)
    done = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(link), "--force", home=tmp_path, text=True
    )
    assert done.returncode == 2 and "symbolic link" in done.stderr
    assert victim.read_text(encoding="utf-8") == "my notes\n" and link.is_symlink()


def test_force_through_a_link_to_a_pack_says_which_file_it_updated(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    first = run_backcare("import", str(_page(tmp_path)), "-o", str(real), home=tmp_path, text=True)
    assert first.returncode == 0, first.stderr
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    again = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(link), "--force", home=tmp_path, text=True
    )
    assert again.returncode == 0, again.stderr
    said = [line for line in again.stderr.splitlines() if "symbolic link" in line]
    assert said and str(real) in said[0]
    assert len(json.loads(real.read_text(encoding="utf-8"))["entries"]) == 2


def test_force_still_replaces_a_pack(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    first = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), home=tmp_path, text=True
    )
    assert first.returncode == 0, first.stderr
    again = run_backcare(
        "import", str(_page(tmp_path)), "-o", str(target), "--force", home=tmp_path, text=True
    )
    assert again.returncode == 0, again.stderr
