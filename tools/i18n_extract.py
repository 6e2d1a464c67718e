"""Put the core's message templates into the Qt Linguist files, keeping every existing translation.

The core's messages (``plugin.core.i18n``: a code and an English template) are
translated in the same i18n/<lang>.ts files as the GUI's ``tr()`` texts, so
translators edit one place. Each core message is a ``<message>`` of the context
``DispersionPlanner`` whose ``<source>`` is the English template and whose
``<comment>`` (Qt's disambiguation) is the code. pylupdate5 does not see them
(they are not ``tr()`` calls) and drops them with ``-noobsolete``, so
tools/translations.sh saves each .ts before pylupdate5 and this script puts the
core entries back from that copy:

- a registered code keeps its translation; if its English template changed, the
  source is updated and the translation marked unfinished (it needs a look);
- a new code gets an empty, unfinished translation;
- a code no longer registered is dropped;
- in en.ts every entry whose translation is empty or the source itself is the
  source, finished (English needs no translator).

Usage: python tools/i18n_extract.py [--previous OLD.ts] i18n/de.ts [...]
(without --previous each file is its own previous version). Prints counts.
docs/architecture.md ("Translation") describes the flow.
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugin.core import i18n  # noqa: E402

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _core_entries(root: ET.Element, codes: Dict[str, str]) -> Dict[str, ET.Element]:
    """The <message> elements of the plugin context whose comment is a core code (registered or not)."""
    found: Dict[str, ET.Element] = {}
    for context in root.iter("context"):
        if context.findtext("name") != i18n.CONTEXT:
            continue
        for message in context.findall("message"):
            comment = message.findtext("comment")
            if comment and (comment in codes or _looks_like_code(comment)):
                found[comment] = message
    return found


def _looks_like_code(comment: str) -> bool:
    head, _, tail = comment.partition(".")
    return bool(head and tail) and " " not in comment and head.replace("_", "").isalnum()


def _context(root: ET.Element) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == i18n.CONTEXT:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = i18n.CONTEXT
    return context


def _new_message(code: str, template: str, translation: str = "", finished: bool = False) -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "source").text = template
    ET.SubElement(message, "comment").text = code
    element = ET.SubElement(message, "translation")
    element.text = translation
    if not finished:
        element.set("type", "unfinished")
    return message


def update(ts: Path, previous: Optional[Path] = None) -> Tuple[int, int, int, int]:
    """Merge the registered templates into ``ts``; returns (kept, added, changed, dropped)."""
    codes = i18n.templates()
    language = ts.stem
    root = ET.parse(str(ts)).getroot()
    old_root = ET.parse(str(previous)).getroot() if previous else root
    old = _core_entries(old_root, codes)
    context = _context(root)
    for message in list(_core_entries(root, codes).values()):  # rebuilt below, in code order
        context.remove(message)
    kept = added = changed = 0
    for code in sorted(codes):
        template = codes[code]
        before = old.get(code)
        if before is None:
            message = _new_message(code, template, template if language == "en" else "", language == "en")
            added += 1
        else:
            message = _new_message(code, template)
            translation = before.find("translation")
            text = translation.text if translation is not None else ""
            state = translation.get("type") if translation is not None else "unfinished"
            message.find("translation").text = text or ""
            if (before.findtext("source") or "") != template:
                changed += 1  # the English changed: the translation needs a look
                if language == "en":
                    message.find("translation").text = template
            elif state not in ("unfinished", "obsolete", "vanished"):
                message.find("translation").attrib.pop("type", None)
                kept += 1
            else:
                kept += 1
        context.append(message)
    dropped = len([c for c in old if c not in codes])
    if language == "en":
        _finish_english(root)
    write_ts(root, ts)
    return kept, added, changed, dropped


def write_ts(root: ET.Element, ts: Path) -> None:
    """Write in pylupdate5's layout (contexts at column 0), so its next run changes little."""
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode").replace('" />', '"/>').replace("'", "&apos;")
    ts.write_text(HEADER + body + "\n", encoding="utf-8")


def _finish_english(root: ET.Element) -> None:
    """English needs no translator: the source is the translation."""
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        source = message.findtext("source") or ""
        if not translation.text or translation.text == source:
            translation.text = source
            translation.attrib.pop("type", None)


def counts(ts: Path) -> Dict[str, int]:
    """Messages, finished and unfinished translations of a .ts (what the README's translation section reports)."""
    root = ET.parse(str(ts)).getroot()
    out = {"messages": 0, "finished": 0, "unfinished": 0, "core": 0}
    codes = i18n.templates()
    for message in root.iter("message"):
        out["messages"] += 1
        state = message.find("translation").get("type") if message.find("translation") is not None else "unfinished"
        out["unfinished" if state == "unfinished" else "finished"] += 1
        if message.findtext("comment") in codes:
            out["core"] += 1
    return out


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", type=Path, help="the file as it was before pylupdate5 (one .ts only)")
    parser.add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.previous and len(args.ts) != 1:
        parser.error("--previous goes with one .ts file")
    for ts in args.ts:
        kept, added, changed, dropped = update(ts, args.previous)
        c = counts(ts)
        print(f"{ts}: core messages kept {kept}, added {added}, changed {changed}, dropped {dropped}; "
              f"{c['messages']} messages, {c['finished']} finished, {c['unfinished']} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
