#!/usr/bin/env python3
"""The one build tool of the generated evaluation sets (corpus, corpus2, corpus3, corpus4).

    .venv/bin/python eval/build.py SET [STEM ...]     # docs/STEM.txt -> docs/STEM_docx.docx
    .venv/bin/python eval/build.py SET --pdf          # also docs/STEM_pdf.pdf via soffice
    .venv/bin/python eval/build.py SET --gold         # gold/*.gold.json from the annotations

Each set keeps its own texts as data: docs/*.txt (the source of every rendition) and
SET/spec.py (layout choices and gold annotations). The Decree-30 .docx machinery is
eval/docbuild.py. The archived .txt files are decoded in the encoding the set names for
them, to NFC with LF line ends. The PDFs are LibreOffice exports (soffice --headless
--convert-to pdf); LibreOffice is needed only to rebuild them. A rebuilt .docx differs from
the committed one only in its zip timestamps: compare the members, not the bytes.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import docbuild  # noqa: E402  (eval/docbuild.py)
from docbuild import DATE_RE  # noqa: E402

SETS = ("corpus", "corpus2", "corpus3", "corpus4")


def load_spec(name: str):
    """SET/spec.py as a module: the set's layout choices and annotations."""
    path = EVAL / name / "spec.py"
    spec = importlib.util.spec_from_file_location(f"{name}_spec", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GeneratedSet:
    """One generated set: its folder, its spec, how its archived .txt files are decoded."""

    def __init__(self, name: str):
        self.name = name
        self.root = EVAL / name
        self.docs = self.root / "docs"
        self.gold = self.root / "gold"
        self.spec = load_spec(name)
        s = self.spec
        self.layout = docbuild.Layout(s.TYPE_WORDS, s.PARENT_LINES, s.AUTO_NUMBER,
                                      appendix_widths=s.APPENDIX_WIDTHS, **s.LAYOUT)
        self.news = docbuild.NEWS_STYLES[s.NEWS_STYLE]

    def read(self, txt: Path) -> str:
        """The archived text decoded, NFC (Windows-1258/NFD store tones combining), LF ends;
        a Word-2010 "ƣ" (U+01A3/U+01A2) back to "ư"/"Ư" where the set says the file has it."""
        raw = txt.read_bytes().decode(self.spec.ENCODING.get(txt.stem, "utf-8"))
        text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n")
        if txt.stem in getattr(self.spec, "WORD_2010_OI", ()):
            text = text.replace("\u01a3", "ư").replace("\u01a2", "Ư")
        return text

    def build(self, stem: str, text: str):
        """The .docx of one document: a news page or an administrative document."""
        if stem in self.spec.NEWS:
            return self.news(text, self.layout.strip)
        return docbuild.build_admin(stem, text, self.layout)

    def renditions(self, only: list[str], pdf: bool) -> int:
        for txt in sorted(self.docs.glob("*.txt")):
            stem = txt.stem
            if only and stem not in only:
                continue
            out = self.docs / f"{stem}_docx.docx"
            self.build(stem, self.read(txt)).save(out)
            print(out.relative_to(EVAL.parent))
            if pdf:
                target = self.docs / f"{stem}_pdf.pdf"
                docbuild.to_pdf(out, target)
                print(target.relative_to(EVAL.parent))
        return 0

    def check(self, stem: str, gold: dict) -> list[str]:
        return check(stem, gold, self.read(self.docs / f"{stem}.txt"),
                     full=getattr(self.spec, "FULL_CHECK", True))

    def write_gold(self) -> int:
        return write_gold(self.spec.ANNOTATIONS, self.docs, self.gold, self.check,
                          extra=getattr(self.spec, "EXTRA_RENDITIONS", []))


def check(stem: str, gold: dict, text: str, full: bool = True) -> list[str]:
    """Goal phrases occur verbatim in the decoded text; dates are ISO (partial) strings;
    every task lead is one of the gold bodies. full (corpus2-4) also: task deadlines are
    among the deadlines, every body, reference and the title are printed in the text."""
    problems = []
    flat = re.sub(r"\s+", " ", text)
    for g in gold["goals"]:
        if g not in flat:
            problems.append(f"{stem}: goal not verbatim: {g!r}")
    for d in gold["deadlines"] + [x["deadline"] for x in gold["tasks"] if x["deadline"]]:
        if not DATE_RE.match(d):
            problems.append(f"{stem}: bad date {d!r}")
    if full:
        task_dates = sorted(x["deadline"] for x in gold["tasks"] if x["deadline"])
        if not set(task_dates) <= set(gold["deadlines"]):
            problems.append(f"{stem}: task deadline not among deadlines: {task_dates}")
    for x in gold["tasks"]:
        if x["lead"] not in gold["bodies"]:
            problems.append(f"{stem}: task lead not among bodies: {x['lead'][0]}")
    if not full:
        return problems
    for b in gold["bodies"]:
        if not any(re.sub(r"\s+", " ", a) in flat for a in b):
            problems.append(f"{stem}: no printed form of body {b[0]!r}")
    for r in gold["references"]:
        if r not in flat:
            problems.append(f"{stem}: reference not printed: {r!r}")
    title = gold["document"]["title"]
    if title and re.sub(r"\s+", " ", title) not in flat:
        problems.append(f"{stem}: title not printed as one run: {title!r}")
    return problems


def write_gold(annotations: dict[str, dict], docs: Path, gold_dir: Path, check_one,
               extra: list[tuple[str, str]] = ()) -> int:
    """gold_dir/NAME.gold.json for the .txt, .docx and .pdf rendition of each annotated
    document (check_one(stem, gold) -> problems); a missing rendition is a problem, a
    missing ``extra`` one (a font-fallback PDF) is not."""
    gold_dir.mkdir(exist_ok=True)
    problems = []
    for stem, gold in annotations.items():
        problems += check_one(stem, gold)
        for suffix, ext in (("", "txt"), ("_docx", "docx"), ("_pdf", "pdf"), *extra):
            name = f"{stem}{suffix}"
            if not (docs / f"{name}.{ext}").exists():
                if (suffix, ext) not in extra:
                    problems.append(f"missing {name}.{ext}")
                continue
            (gold_dir / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    print(f"{len(annotations)} documents, {len(list(gold_dir.glob('*.gold.json')))} gold files")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")]
    if not names or names[0] not in SETS:
        print(f"usage: build.py SET [--pdf | --gold] [STEM ...]; SET is one of {', '.join(SETS)}",
              file=sys.stderr)
        return 2
    gen = GeneratedSet(names[0])
    if "--gold" in argv:
        return gen.write_gold()
    return gen.renditions(names[1:], "--pdf" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
