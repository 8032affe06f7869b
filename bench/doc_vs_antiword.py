"""Compare khparse's .doc reader with antiword, word by word.

    python bench/doc_vs_antiword.py FILE.doc ...

For each file: the words of `khparse text` and of `antiword -w 0 -m UTF-8.txt` (both folded
by khparse.normalize.clean, table bars and layout dropped), then the share of antiword's
words khparse has in the same order (difflib matching blocks), the words each one has that
the other lacks, and the read time of each.
"""
from __future__ import annotations

import difflib
import re
import subprocess
import sys
import time
from collections import Counter

from khparse import read
from khparse.normalize import clean


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[/.,-]\w+)*", clean(text).replace("|", " "))


def main(paths: list[str]) -> None:
    total_a = total_match = 0
    for path in paths:
        t0 = time.perf_counter()
        ours = words(read(path).text)
        t1 = time.perf_counter()
        anti = words(subprocess.run(["antiword", "-w", "0", "-m", "UTF-8.txt", path],
                                    capture_output=True, text=True, check=True).stdout)
        t2 = time.perf_counter()
        sm = difflib.SequenceMatcher(None, anti, ours, autojunk=False)
        match = sum(b.size for b in sm.get_matching_blocks())
        only_anti = Counter(anti) - Counter(ours)
        only_ours = Counter(ours) - Counter(anti)
        total_a += len(anti)
        total_match += match
        print(f"{path.rsplit('/', 1)[-1]}: antiword {len(anti)} words, khparse {len(ours)}; "
              f"in order {match / max(len(anti), 1):.3f}; only antiword {sum(only_anti.values())} "
              f"{list(only_anti.elements())[:8]}; only khparse {sum(only_ours.values())} "
              f"{list(only_ours.elements())[:8]}; time khparse {1000 * (t1 - t0):.0f} ms, "
              f"antiword {1000 * (t2 - t1):.0f} ms")
    print(f"all: {total_match}/{total_a} = {total_match / max(total_a, 1):.4f} of antiword's words in order")


if __name__ == "__main__":
    main(sys.argv[1:])
