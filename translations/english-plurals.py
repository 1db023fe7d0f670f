#!/usr/bin/env python3
"""Fills the English plural forms of pristriy_en.ts from the sources' "(s)" notation.

Run after `cmake --build build --target update_translations`: "%n contact(s)" becomes
"%n contact" / "%n contacts" ("company(s)" becomes "company" / "companies"). Forms already
filled in by hand are left alone.
"""
import re
import sys
from pathlib import Path

IRREGULAR = {"company(s)": ("company", "companies"), "entry(s)": ("entry", "entries"),
             "currency(s)": ("currency", "currencies"), "property(s)": ("property", "properties"),
             "match(es)": ("match", "matches")}


def forms(source: str):
    singular, plural = source, source
    for marker, (one, many) in IRREGULAR.items():
        singular = singular.replace(marker, one)
        plural = plural.replace(marker, many)
    singular = re.sub(r"\(s\)", "", singular)
    plural = re.sub(r"\(s\)", "s", plural)
    return singular, plural


def main(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(
        r'(<message numerus="yes">\s*<source>)([^<]*)(</source>\s*)<translation type="unfinished">\s*'
        r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>",
        re.S)

    def fill(m):
        one, many = forms(m.group(2))
        return (f"{m.group(1)}{m.group(2)}{m.group(3)}<translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    path.write_text(pattern.sub(fill, text), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("pristriy_en.ts")))
