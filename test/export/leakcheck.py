"""Read back what a PDF or SVG draws, as page positions in mm, and map them to world coordinates.

A minimal PDF content interpreter (q/Q/cm, path and text positioning
operators) and an SVG walker (nested transforms, path/polyline/rect/text);
positions inside a map item are transformed back through the item's extent.
"""
from __future__ import annotations

import math
import re
import zlib
from typing import Dict, Iterable, List, Sequence, Tuple
from xml.etree import ElementTree as ET

NUM = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_TOKEN = re.compile(rb"(" + NUM + rb")|/([^\s/\[\]()<>]+)|(\[|\])|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|([A-Za-z'\"*]+)")


def _mul(a, b):
    """Affine matrices as (a, b, c, d, e, f): a then b."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _apply(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def pdf_objects(raw: bytes) -> Dict[int, Tuple[bytes, bytes]]:
    """Object number -> (dictionary text, decompressed stream or b"")."""
    out = {}
    for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", raw, re.S):
        body = m.group(2)
        stream = b""
        sm = re.search(rb"stream\r?\n", body)
        if sm:
            data = body[sm.end():body.rfind(b"endstream")]
            head = body[:sm.start()]
            if b"FlateDecode" in head:
                try:
                    data = zlib.decompressobj().decompress(data)
                except zlib.error:
                    data = b""
            stream = data
            body = head
        out[int(m.group(1))] = (body, stream)
    return out


def pdf_pages(raw: bytes) -> List[Tuple[float, float, bytes]]:
    """(width pt, height pt, content) of each page in order."""
    objs = pdf_objects(raw)
    pages_root = next(body for body, _ in objs.values() if re.search(rb"/Type\s*/Pages", body))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", pages_root, re.S).group(1))]
    result = []
    for kid in kids:
        body = objs[kid][0]
        box = [float(v) for v in re.findall(NUM, re.search(rb"/MediaBox\s*\[(.*?)\]", body, re.S).group(1))] \
            if b"/MediaBox" in body else [0, 0, 595, 842]
        refs = re.search(rb"/Contents\s*(\[.*?\]|\d+ 0 R)", body, re.S).group(1)
        content = b"\n".join(objs[int(r)][1] for r in re.findall(rb"(\d+) 0 R", refs))
        result.append((box[2] - box[0], box[3] - box[1], content))
    return result


def pdf_positions(content: bytes) -> List[Tuple[float, float]]:
    """Every point a content stream draws or places text at, in PDF user space (pt, origin bottom left)."""
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack = []
    operands: List[float] = []
    points = []
    tm = tlm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for m in _TOKEN.finditer(content):
        if m.group(1) is not None:
            operands.append(float(m.group(1)))
            continue
        op = m.group(4)
        if op is None:
            continue
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm
        elif op == b"cm" and len(operands) >= 6:
            ctm = _mul(tuple(operands[-6:]), ctm)
        elif op in (b"m", b"l") and len(operands) >= 2:
            points.append(_apply(ctm, *operands[-2:]))
        elif op in (b"c",) and len(operands) >= 6:
            o = operands[-6:]
            points.extend(_apply(ctm, o[i], o[i + 1]) for i in (0, 2, 4))
        elif op in (b"v", b"y") and len(operands) >= 4:
            o = operands[-4:]
            points.extend(_apply(ctm, o[i], o[i + 1]) for i in (0, 2))
        elif op == b"re" and len(operands) >= 4:
            x, y, w, h = operands[-4:]
            points.extend(_apply(ctm, px, py) for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)))
        elif op == b"BT":
            tm = tlm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        elif op == b"Tm" and len(operands) >= 6:
            tm = tlm = tuple(operands[-6:])
            points.append(_apply(_mul(tm, ctm), 0, 0))
        elif op in (b"Td", b"TD") and len(operands) >= 2:
            tlm = _mul((1, 0, 0, 1, operands[-2], operands[-1]), tlm)
            tm = tlm
            points.append(_apply(_mul(tm, ctm), 0, 0))
        operands = []
    return points


def svg_positions(text: str) -> Tuple[Tuple[float, float], List[Tuple[float, float]]]:
    """(page size in user units, every drawn point in user units with y down) of an SVG document."""
    root = ET.fromstring(text)
    vb = [float(v) for v in re.split(r"[\s,]+", root.get("viewBox").strip())]
    points: List[Tuple[float, float]] = []

    def parse_transform(value: str):
        m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", value or ""):
            a = [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", args)]
            if name == "matrix":
                t = tuple(a)
            elif name == "translate":
                t = (1, 0, 0, 1, a[0], a[1] if len(a) > 1 else 0)
            elif name == "scale":
                t = (a[0], 0, 0, a[1] if len(a) > 1 else a[0], 0, 0)
            else:
                continue
            m = _mul(t, m)
        return m

    def nums(value: str) -> List[float]:
        return [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", value or "")]

    def walk(el, m):
        m = _mul(parse_transform(el.get("transform")), m)
        tag = el.tag.split("}")[-1]
        if tag == "path":
            n = nums(el.get("d"))
            points.extend(_apply(m, n[i], n[i + 1]) for i in range(0, len(n) - 1, 2))
        elif tag in ("polyline", "polygon"):
            n = nums(el.get("points"))
            points.extend(_apply(m, n[i], n[i + 1]) for i in range(0, len(n) - 1, 2))
        elif tag in ("rect", "image", "text", "use"):
            points.append(_apply(m, float(el.get("x", 0) or 0), float(el.get("y", 0) or 0)))
        elif tag in ("circle", "ellipse"):
            points.append(_apply(m, float(el.get("cx", 0)), float(el.get("cy", 0))))
        for child in el:
            walk(child, m)

    walk(root, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return (vb[2], vb[3]), points


def to_world(points_mm: Iterable[Tuple[float, float]], frames: Sequence, page: int) -> List[Tuple[float, float]]:
    """Page positions (mm from the top left) inside a map item of ``page``, as world coordinates."""
    out = []
    for f in frames:
        if f.page != page:
            continue
        x0, y0, w, h = f.rect_mm
        ex0, ey0, ex1, ey1 = f.extent
        for x, y in points_mm:
            if x0 <= x <= x0 + w and y0 <= y <= y0 + h:
                out.append((ex0 + (x - x0) / w * (ex1 - ex0), ey1 - (y - y0) / h * (ey1 - ey0)))
    return out


def pdf_world_points(path: str, frames: Sequence) -> List[Tuple[float, float]]:
    with open(path, "rb") as fh:
        raw = fh.read()
    result = []
    for i, (_wpt, hpt, content) in enumerate(pdf_pages(raw)):
        mm = [(x * 25.4 / 72.0, (hpt - y) * 25.4 / 72.0) for x, y in pdf_positions(content)]
        result.extend(to_world(mm, frames, i))
    return result


def svg_world_points(path: str, frames: Sequence) -> List[Tuple[float, float]]:
    with open(path, encoding="utf-8") as fh:
        (w, h), pts = svg_positions(fh.read())
    page_w_mm, page_h_mm = frames[0].page_mm
    return to_world([(x * page_w_mm / w, y * page_h_mm / h) for x, y in pts], frames, 0)


def near(points: Iterable[Tuple[float, float]], targets: Sequence[Tuple[float, float]], radius: float) -> List[tuple]:
    """Points within ``radius`` of any target."""
    hits = []
    for x, y in points:
        for tx, ty in targets:
            if math.hypot(x - tx, y - ty) < radius:
                hits.append((round(x, 1), round(y, 1)))
                break
    return hits
