"""The plain-script floor `factspec check` is compared with (bench/run.py).

    python bench/floor.py PROJECT

What any checker of a project must do at the least, with nothing of factspec: read every
seed, parse facts.yaml with libyaml (PyYAML's C loader, no line numbers, no validation) and
find each evidence quote in its source's text with `str.find`. It prints how many quotes it
found, so a run that silently read nothing would show.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def main(project: Path) -> int:
    """Read, parse, find; return the number of quotes found verbatim."""
    texts = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((project / "seeds").iterdir())
        if path.is_file()
    }
    with open(project / "facts.yaml", "rb") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    files = {source["id"]: source["file"] for source in data["sources"]}
    found = 0
    for fact in data["facts"]:
        for evidence in fact.get("evidence", ()):
            text = texts.get(files.get(evidence["source"], ""), "")
            found += text.find(evidence["quote"]) >= 0
    return found


if __name__ == "__main__":
    print(f"{main(Path(sys.argv[1]))} quotes found")
