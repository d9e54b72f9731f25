"""Keep the Qt Linguist translations in step with the code.

    python i18n/translations.py update      # extract strings into i18n/*.ts, fill English, build .qm
    python i18n/translations.py missing ko  # the unfinished Korean entries, as JSON to translate
    python i18n/translations.py apply ko F  # merge translations from JSON file F, build .qm
    python i18n/translations.py check       # fail if anything is stale, unfinished or mismatched

JSON for `apply` / from `missing`: {"Context": {"English source": "번역" or ["plural form", ...]}}.
Writes are serialised with a lock file, as several people may run this at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "resources" / "i18n"
SOURCES = ROOT / "fastai_launcher"
LANGUAGES = ("ko", "en")
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%L?\d")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"fastai_launcher_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"fastai_launcher_{lang}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with its test extra")
    return found


def _python_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    with (TS_DIR / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def lupdate(targets: list[Path]) -> None:
    for target in targets:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *_python_files(),
             "-ts", str(target)],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def _messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _english_plurals(source: str) -> list[str]:
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return not all((f.text or "").strip() for f in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for _, message in _messages(tree):
        if _unfinished(message):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            _set(message, _english_plurals(source) if plural else source)
    _write(tree, path)


def _mark_plurals(tree: ET.ElementTree, lang: str) -> None:
    """pyside6-lupdate does not mark Python's `translate(ctx, text, None, n)` as a plural
    message: every source with %n is made one here (English gets its singular and
    plural forms, Korean its one form), keeping a translation already made."""
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            continue
        done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
        text = (translation.text or "").strip()
        translation.text = None
        forms = _english_plurals(source) if lang == "en" and done else [text]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form


def _finished_plurals(tree: ET.ElementTree) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context, message in _messages(tree):
        if message.get("numerus") == "yes" and not _unfinished(message):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(context, message.findtext("source") or "")] = forms
    return found


def _drop_code_comments(tree: ET.ElementTree) -> None:
    """pylupdate takes any `#:` comment near a string for a translator comment; in
    this code `#:` documents an attribute, never a string, so none is kept."""
    for message in tree.getroot().iter("message"):
        for comment in message.findall("extracomment"):
            message.remove(comment)


def update() -> None:
    with _locked():
        targets = [ts_path(lang) for lang in LANGUAGES]
        for lang, target in zip(LANGUAGES, targets, strict=True):
            if not target.exists():
                target.write_text(
                    f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{lang}"></TS>\n',
                    encoding="utf-8",
                )
        # lupdate takes the plural messages for plain ones and sets them unfinished:
        # their finished forms are kept here and put back after it.
        plurals = {target: _finished_plurals(ET.parse(target)) for target in targets}
        lupdate(targets)
        for lang, target in zip(LANGUAGES, targets, strict=True):
            tree = ET.parse(target)
            _mark_plurals(tree, lang)
            for context, message in _messages(tree):
                kept = plurals[target].get((context, message.findtext("source") or ""))
                if kept is not None and message.get("numerus") == "yes":
                    _set(message, kept)
            _drop_code_comments(tree)
            _write(tree, target)
        fill_english(ts_path("en"))
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))


def missing(lang: str) -> dict[str, dict[str, str | list[str]]]:
    result: dict[str, dict[str, str | list[str]]] = {}
    for context, message in _messages(ET.parse(ts_path(lang))):
        if _unfinished(message):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            result.setdefault(context, {})[source] = [""] if plural else ""
    return result


def apply(lang: str, translations: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Merge translations; returns the entries that matched no message."""
    with _locked():
        path = ts_path(lang)
        tree = ET.parse(path)
        pending = {(c, s): v for c, entries in translations.items() for s, v in entries.items()}
        for context, message in _messages(tree):
            key = (context, message.findtext("source") or "")
            if pending.get(key):
                _set(message, pending.pop(key))
        _write(tree, path)
        lrelease(path, qm_path(lang))
        return [f"{c}: {s}" for c, s in pending]


def problems() -> list[str]:
    """Everything that makes the committed translations wrong or stale."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for lang in LANGUAGES:
            committed = ts_path(lang)
            if not committed.exists():
                found.append(
                    f"{committed.name} is missing: run `python i18n/translations.py update`"
                )
                continue
            fresh = Path(scratch) / committed.name
            shutil.copyfile(committed, fresh)
            lupdate([fresh])
            have = {(c, m.findtext("source")) for c, m in _messages(ET.parse(committed))}
            want = {(c, m.findtext("source")) for c, m in _messages(ET.parse(fresh))}
            for context, source in sorted(want - have, key=str):
                found.append(f"{lang}: not extracted yet: {context}: {source!r} (run update)")
            for context, source in sorted(have - want, key=str):
                found.append(f"{lang}: no longer in the code: {context}: {source!r} (run update)")
            for context, message in _messages(ET.parse(committed)):
                source = message.findtext("source") or ""
                if _unfinished(message):
                    found.append(f"{lang}: unfinished: {context}: {source!r}")
                    continue
                translation = message.find("translation")
                assert translation is not None
                forms = (
                    [f.text or "" for f in translation.iter("numerusform")]
                    if message.get("numerus") == "yes"
                    else [translation.text or ""]
                )
                expected = sorted(set(PLACEHOLDER.findall(source)))
                for form in forms:
                    if sorted(set(PLACEHOLDER.findall(form))) != expected:
                        found.append(
                            f"{lang}: placeholders differ: {context}: {source!r} -> {form!r}"
                        )
            built = Path(scratch) / f"{lang}.qm"
            lrelease(committed, built)
            shipped = qm_path(lang)
            if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
                found.append(f"{shipped.name} is stale: run `python i18n/translations.py update`")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "missing":
        print(json.dumps(missing(argv[1]), ensure_ascii=False, indent=1))
    elif command == "apply":
        leftovers = apply(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        for line in leftovers:
            print("no such message:", line, file=sys.stderr)
    elif command == "check":
        issues = problems()
        for line in issues:
            print(line)
        print("translations:", "OK" if not issues else f"{len(issues)} problem(s)")
        return 1 if issues else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
