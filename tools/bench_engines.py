"""The same packs and questions through SQLite FTS5 and tantivy, for tools/bench.py to compare with.

`python -m tools.bench_engines ENGINE build PACK DIR` indexes a pack's fields (question, aliases,
tags, topic, answer, with backcare's field weights as column weights or boosts, English stemming);
`python -m tools.bench_engines ENGINE ask DIR QUESTIONS` answers each line of QUESTIONS with the 50
best entries (what backcare's first stage keeps) and prints one line per question. Each runs in its
own process so that time and peak memory are measured like backcare's.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

WEIGHTS = {"question": 1.0, "aliases": 1.0, "tags": 0.5, "topic": 0.3, "answer": 0.1}
TOP = 50
_WORD = re.compile(r"[^\W_]+")


def rows(pack: Path) -> list[dict[str, str]]:
    data: dict[str, Any] = json.loads(pack.read_text(encoding="utf-8"))
    return [
        {
            "question": e["question"],
            "aliases": " ".join(e.get("aliases", [])),
            "tags": " ".join(e.get("tags", [])),
            "topic": e.get("topic", ""),
            "answer": e["answer"],
        }
        for e in data["entries"]
    ]


def fts5_build(pack: Path, directory: Path) -> None:
    import sqlite3

    directory.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(directory / "fts5.sqlite")
    db.execute("PRAGMA journal_mode=OFF")
    db.execute(f"CREATE VIRTUAL TABLE f USING fts5({', '.join(WEIGHTS)}, tokenize='porter')")
    db.executemany(
        "INSERT INTO f VALUES (?, ?, ?, ?, ?)", ([r[k] for k in WEIGHTS] for r in rows(pack))
    )
    db.commit()
    db.close()


def fts5_ask(directory: Path, questions: list[str]) -> None:
    import sqlite3

    db = sqlite3.connect(directory / "fts5.sqlite")
    weights = ", ".join(str(w) for w in WEIGHTS.values())
    query = f"SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f, {weights}) LIMIT {TOP}"
    out = sys.stdout
    for question in questions:
        terms = " OR ".join(f'"{w}"' for w in _WORD.findall(question.lower()))
        found = [r for (r,) in db.execute(query, (terms,))] if terms else []
        out.write(json.dumps({"query": question, "results": found[:3]}) + "\n")


def tantivy_build(pack: Path, directory: Path) -> None:
    import tantivy

    directory.mkdir(parents=True, exist_ok=True)
    builder = tantivy.SchemaBuilder()
    for name in WEIGHTS:
        builder.add_text_field(name, stored=False, tokenizer_name="en_stem")
    builder.add_integer_field("doc", stored=True)
    index = tantivy.Index(builder.build(), path=str(directory))
    writer = index.writer()
    for n, row in enumerate(rows(pack)):
        writer.add_document(tantivy.Document(doc=n, **{k: [v] for k, v in row.items()}))
    writer.commit()
    writer.wait_merging_threads()


def tantivy_ask(directory: Path, questions: list[str]) -> None:
    import tantivy

    index = tantivy.Index.open(str(directory))
    searcher = index.searcher()
    out = sys.stdout
    for question in questions:
        words = " ".join(_WORD.findall(question.lower()))
        found: list[int] = []
        if words:
            query = index.parse_query(words, list(WEIGHTS), field_boosts=dict(WEIGHTS))
            for _, address in searcher.search(query, TOP).hits:
                found.append(searcher.doc(address)["doc"][0])
        out.write(json.dumps({"query": question, "results": found[:3]}) + "\n")


def main(argv: list[str]) -> None:
    engine, action, first, second = argv
    build = {"fts5": fts5_build, "tantivy": tantivy_build}[engine]
    ask = {"fts5": fts5_ask, "tantivy": tantivy_ask}[engine]
    if action == "build":
        build(Path(first), Path(second))
    else:
        questions = [q for q in Path(second).read_text(encoding="utf-8").splitlines() if q]
        ask(Path(first), questions)


if __name__ == "__main__":
    main(sys.argv[1:])
