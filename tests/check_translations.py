#!/usr/bin/env python3
"""Fails when a translation is incomplete (issue 6): a source text of ui/ or app/ missing from a .ts file, an
unfinished, empty, obsolete or vanished entry, the wrong number of plural forms, or a translation whose
placeholders (%1, %n, %L1 ...) or menu accelerator differ from its source text.

    check_translations.py LUPDATE SOURCE_ROOT TS...

lupdate runs over the sources into a copy of each .ts with the options the build's update_translations
target uses (ui/CMakeLists.txt), so "missing" means exactly what `cmake --build build --target
update_translations` would add.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"ru": 3, "zh_CN": 1}
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCEL = re.compile(r"&(?!&)(\w)")


def messages(path):
    """{(context, source, comment): (numerus, translation element)}"""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            key = (name, m.findtext("source"), m.findtext("comment"))
            out[key] = (m.get("numerus") == "yes", m.find("translation"))
    return out


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text.replace("%%", ""))))


def main():
    lupdate, root, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    problems = []
    for ts in map(Path, ts_files):
        lang = ET.parse(ts).getroot().get("language")
        if lang not in PLURAL_FORMS:
            problems.append(f"{ts.name}: language '{lang}' is not one StaffPlan ships")
            continue
        have = messages(ts)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, "-I", str(root), "-locations", "none", "-no-obsolete", "-no-ui-lines",
                                  str(root / "ui"), str(root / "app"), "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{ts.name}: lupdate failed: {run.stderr.strip()}")
                continue
            want = messages(copy)
        for key in want.keys() - have.keys():
            problems.append(f"{ts.name}: [{key[0]}] missing: {key[1]!r} (run the update_translations target)")
        for key in have.keys() - want.keys():
            problems.append(f"{ts.name}: [{key[0]}] obsolete (no longer in the sources): {key[1]!r}")
        for (context, source, _), (numerus, tr) in have.items():
            where = f"{ts.name}: [{context}] {source!r}"
            kind = tr.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            if numerus and len(forms) != PLURAL_FORMS[lang]:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} has {PLURAL_FORMS[lang]}")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                if placeholders(form) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(form)} in {form!r}, "
                                    f"expected {placeholders(source)}")
                if bool(ACCEL.search(source)) != bool(ACCEL.search(form)):
                    problems.append(f"{where}: the menu accelerator (&) is lost or added in {form!r}")
        print(f"{ts.name}: {len(have)} texts checked")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
