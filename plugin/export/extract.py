"""The text a reader (or a program) can get out of a PDF, SVG or PNG file: for the audit of public outputs.

Pure Python (zlib, xml.etree), no qgis. Written for what QGIS/Qt produce but not tied to it:
- PDF: objects (the last definition wins: QGIS appends incremental updates), Flate streams, page content
  streams and the Form XObjects they draw, text operators Tj TJ ' " with literal or hex strings, decoded
  through the font's ToUnicode CMap (bfchar and bfrange; Qt writes Type0/CIDFontType2 fonts with
  Identity-H 2-byte codes), else as Latin-1; plus the document information strings (/Title, /Author ...)
  and any other string in the file's dictionaries. Each text object (BT ... ET) gives one line.
- SVG: every text node and tail of the XML tree (text, tspan, title, desc, metadata) and attribute values.
- PNG: tEXt, zTXt and iTXt chunks (keyword and text). The pixels are not read: text drawn into an image is
  audited through the layout's own strings before rendering.
"""
from __future__ import annotations

import re
import struct
import zlib
from typing import Dict, List, Optional, Tuple
from xml.etree import ElementTree as ET

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b(.*?)\bendobj", re.S)
_REF = re.compile(rb"(\d+)\s+0\s+R")


# ---------------------------------------------------------------- PDF

def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data)
    except zlib.error:
        return b""


def pdf_objects(raw: bytes) -> Dict[int, Tuple[bytes, bytes]]:
    """Object number -> (dictionary, decoded stream or b""); a later definition replaces an earlier one."""
    out: Dict[int, Tuple[bytes, bytes]] = {}
    for m in _OBJ.finditer(raw):
        body = m.group(3)
        stream = b""
        sm = re.search(rb"stream\r?\n", body)
        if sm:
            head = body[:sm.start()]
            data = body[sm.end():body.rfind(b"endstream")]
            if data.endswith(b"\r\n"):
                data = data[:-2]
            elif data.endswith(b"\n"):
                data = data[:-1]
            if b"/FlateDecode" in head:
                data = _inflate(data)
            elif b"/Filter" in head:
                data = b""  # images (DCT, ...) carry no text
            stream, body = data, head
        out[int(m.group(1))] = (body, stream)
    return out


def _unescape_literal(s: bytes) -> bytes:
    """The bytes of a PDF literal string body (without the outer parentheses)."""
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = s[i + 1]
            table = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in table:
                out.append(table[n])
                i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
            elif n in (10, 13):  # line continuation
                i += 2 + (1 if n == 13 and i + 2 < len(s) and s[i + 2] == 10 else 0)
            else:
                out.append(n)
                i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _hex(s: bytes) -> bytes:
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", s)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _strings(data: bytes):
    """Literal ``(...)`` (balanced, with escapes) and hex ``<...>`` strings of a PDF fragment, in order, with
    everything between them as ``("op", bytes)`` tokens."""
    i, n = 0, len(data)
    plain_start = 0
    while i < n:
        c = data[i]
        if c == 0x28:  # (
            if plain_start < i:
                yield "op", data[plain_start:i]
            depth, j = 1, i + 1
            while j < n and depth:
                if data[j] == 0x5C:
                    j += 2
                    continue
                if data[j] == 0x28:
                    depth += 1
                elif data[j] == 0x29:
                    depth -= 1
                j += 1
            yield "str", _unescape_literal(data[i + 1:j - 1])
            i = plain_start = j
        elif c == 0x3C and i + 1 < n and data[i + 1] != 0x3C:  # < but not <<
            j = data.find(b">", i)
            j = n if j < 0 else j
            if plain_start < i:
                yield "op", data[plain_start:i]
            yield "str", _hex(data[i + 1:j])
            i = plain_start = j + 1
        elif c == 0x3C:  # <<
            i += 2
        elif c == 0x25:  # % comment to end of line
            j = data.find(b"\n", i)
            if plain_start < i:
                yield "op", data[plain_start:i]
            i = plain_start = (n if j < 0 else j + 1)
        else:
            i += 1
    if plain_start < n:
        yield "op", data[plain_start:n]


def _text_string(b: bytes) -> str:
    """A PDF text string (document information): UTF-16BE with BOM, else PDFDocEncoding ~ Latin-1."""
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace")
    return b.decode("latin-1")


def _utf16(b: bytes) -> str:
    return b.decode("utf-16-be", "replace") if len(b) % 2 == 0 else b.decode("latin-1")


class CMap:
    """A ToUnicode CMap: byte codes -> text."""

    def __init__(self, data: bytes) -> None:
        self.map: Dict[bytes, str] = {}
        self.widths = set()
        for block in re.findall(rb"begincodespacerange(.*?)endcodespacerange", data, re.S):
            for lo in re.findall(rb"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>", block):
                self.widths.add(len(lo) // 2)
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
            for src, dst in re.findall(rb"<([0-9A-Fa-f\s]+)>\s*<([0-9A-Fa-f\s]*)>", block):
                self.map[_hex(src)] = _utf16(_hex(dst))
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
            for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])", block):
                lo_b, hi_b = _hex(lo), _hex(hi)
                width = len(lo_b)
                a, z = int.from_bytes(lo_b, "big"), int.from_bytes(hi_b, "big")
                if z - a > 65535:
                    continue
                if dst.startswith(b"["):
                    targets = [_utf16(_hex(t)) for t in re.findall(rb"<([0-9A-Fa-f\s]*)>", dst)]
                    for k, text in enumerate(targets[:z - a + 1]):
                        self.map[(a + k).to_bytes(width, "big")] = text
                else:
                    base = _hex(dst[1:-1])
                    start = int.from_bytes(base, "big") if base else 0
                    for k in range(z - a + 1):
                        code = start + k
                        self.map[(a + k).to_bytes(width, "big")] = _utf16(code.to_bytes(max(len(base), 2), "big"))
        if not self.widths:
            self.widths = {len(k) for k in self.map} or {1}

    def decode(self, b: bytes) -> str:
        out = []
        i = 0
        widths = sorted(self.widths)
        while i < len(b):
            for w in widths:
                piece = b[i:i + w]
                if piece in self.map:
                    out.append(self.map[piece])
                    i += w
                    break
            else:
                w = widths[-1] if widths[-1] > 1 else 1
                piece = b[i:i + w]
                out.append(piece.decode("utf-16-be", "replace") if w == 2 and len(piece) == 2 else piece.decode("latin-1"))
                i += w
        return "".join(out)


def _fonts(objs, resources: bytes) -> Dict[bytes, Optional[CMap]]:
    """Font resource name -> its ToUnicode CMap (None: decode as Latin-1)."""
    fonts: Dict[bytes, Optional[CMap]] = {}
    m = re.search(rb"/Font\s*(<<.*?>>|\d+\s+0\s+R)", resources, re.S)
    if not m:
        return fonts
    spec = m.group(1)
    ref = _REF.fullmatch(spec.strip())
    if ref:
        spec = objs.get(int(ref.group(1)), (b"", b""))[0]
    for name, num in re.findall(rb"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R", spec):
        body = objs.get(int(num), (b"", b""))[0]
        tu = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", body)
        fonts[name] = CMap(objs.get(int(tu.group(1)), (b"", b""))[1]) if tu else None
    return fonts


def _resources(objs, body: bytes) -> bytes:
    m = re.search(rb"/Resources\s+(\d+)\s+0\s+R", body)
    if m:
        return objs.get(int(m.group(1)), (b"", b""))[0]
    m = re.search(rb"/Resources\s*(<<.*>>)", body, re.S)
    return m.group(1) if m else b""


def _xobjects(objs, resources: bytes) -> Dict[bytes, int]:
    m = re.search(rb"/XObject\s*(<<.*?>>|\d+\s+0\s+R)", resources, re.S)
    if not m:
        return {}
    spec = m.group(1)
    ref = _REF.fullmatch(spec.strip())
    if ref:
        spec = objs.get(int(ref.group(1)), (b"", b""))[0]
    return {name: int(num) for name, num in re.findall(rb"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R", spec)}


def _content_text(objs, content: bytes, resources: bytes, depth: int = 0) -> List[str]:
    """One string per text object of a content stream (and of the forms it draws)."""
    fonts = _fonts(objs, resources)
    xobjects = _xobjects(objs, resources)
    lines: List[str] = []
    current: List[str] = []
    font: Optional[CMap] = None
    pending: List[bytes] = []
    in_array = False
    array: List[bytes] = []
    last_name = b""

    def show(parts: List[bytes]) -> None:
        for p in parts:
            current.append(font.decode(p) if font is not None else p.decode("latin-1"))

    for kind, tok in _strings(content):
        if kind == "str":
            (array if in_array else pending).append(tok)
            continue
        for word in re.findall(rb"\[|\]|/[^\s/\[\]()<>]+|[A-Za-z'\"*]+|[-+]?[\d.]+", tok):
            if word == b"[":
                in_array, array = True, []
            elif word == b"]":
                in_array = False
                pending = array
            elif word == b"BT":
                current, pending = [], []
            elif word == b"ET":
                if current:
                    lines.append("".join(current))
                current = []
            elif word in (b"Tj", b"TJ", b"'", b'"'):
                if word in (b"'", b'"') and current:
                    current.append("\n")
                show(pending)
                pending = []
            elif word.startswith(b"/"):
                last_name = word[1:]  # operand of a following Tf or Do
            elif word == b"Tf":
                font = fonts.get(last_name)
            elif word == b"Do" and depth < 8:
                num = xobjects.get(last_name)
                if num is not None and num in objs:
                    body, stream = objs[num]
                    if b"/Form" in body:
                        lines.extend(_content_text(objs, stream, _resources(objs, body) or resources, depth + 1))
            # Qt places every glyph by itself (Td between glyphs) and writes spaces as glyphs: no separator added
    if current:
        lines.append("".join(current))
    return [line.replace("\t", " ") for line in lines]


def pdf_text(raw: bytes) -> List[List[str]]:
    """Text of each page, as one string per text object (page order from the page tree)."""
    objs = pdf_objects(raw)
    roots = [body for body, _ in objs.values() if re.search(rb"/Type\s*/Pages\b", body) and b"/Parent" not in body]
    pages: List[int] = []

    def walk(num: int, seen: set) -> None:
        if num in seen or num not in objs:
            return
        seen.add(num)
        body = objs[num][0]
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
            for k in _REF.findall(kids.group(1) if kids else b""):
                walk(int(k), seen)
        elif re.search(rb"/Type\s*/Page\b", body):
            pages.append(num)

    if roots:
        root_num = next(n for n, (body, _) in objs.items() if body is roots[0])
        walk(root_num, set())
    out = []
    for num in pages:
        body = objs[num][0]
        m = re.search(rb"/Contents\s*(\[.*?\]|\d+\s+0\s+R)", body, re.S)
        content = b"\n".join(objs.get(int(r), (b"", b""))[1] for r in _REF.findall(m.group(1))) if m else b""
        out.append(_content_text(objs, content, _resources(objs, body)))
    return out


def pdf_info_strings(raw: bytes) -> List[str]:
    """Every string in the PDF's dictionaries (document information, annotations, outlines, XMP packets)."""
    out = []
    for body, stream in pdf_objects(raw).values():
        for kind, tok in _strings(body):
            if kind == "str" and tok:
                out.append(_text_string(tok))
        if b"<x:xmpmeta" in stream or b"<?xpacket" in stream:
            out.append(stream.decode("utf-8", "replace"))
    return out


def pdf_all_text(raw: bytes) -> str:
    """Everything readable: page texts (one line per text object, pages separated by form feeds) and strings."""
    pages = pdf_text(raw)
    return "\f".join("\n".join(lines) for lines in pages) + "\n" + "\n".join(pdf_info_strings(raw))


# ---------------------------------------------------------------- SVG

_XML_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _xml_root(data: bytes):
    """Parse XML that declares no entities (an SVG from QGIS/Qt or a logo file needs none).

    Entity declarations are what "billion laughs" and quadratic-blowup documents use and what
    defusedxml forbids; ElementTree never fetches external DTDs or entities. So the document is
    refused (ValueError) before the parser sees it; a malformed one raises ET.ParseError.
    """
    if _XML_ENTITY.search(data):
        raise ValueError("XML with <!ENTITY declarations is not read")
    return ET.fromstring(data)  # nosec B314


def svg_text(data: bytes) -> str:
    """All text nodes (text, tspan, title, desc, metadata) and attribute values of an SVG document."""
    root = _xml_root(data)
    parts: List[str] = []
    texts: List[str] = []

    def walk(el, in_text: bool) -> None:
        tag = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
        inside = in_text or tag == "text"
        for key, value in el.attrib.items():
            if key.split("}")[-1] not in ("d", "points", "transform", "style", "viewBox", "x", "y", "width",
                                          "height", "href", "font-family", "font-size", "font-weight",
                                          "font-style", "fill", "stroke", "stroke-width", "opacity",
                                          "fill-opacity", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
                                          "fill-rule", "stroke-miterlimit", "vector-effect", "version",
                                          "baseProfile", "id", "clip-path", "xml:space", "preserveAspectRatio"):
                parts.append(value)
        if tag == "image":
            return  # embedded raster data
        if el.text and el.text.strip():
            (texts if inside else parts).append(el.text)
        for child in el:
            walk(child, inside)
            if child.tail and child.tail.strip():
                (texts if inside else parts).append(child.tail)

    walk(root, False)
    return "\n".join(texts + parts)


def svg_has_text(data: bytes) -> bool:
    """True when the SVG writes its text as text (``<text>``) rather than as outlines."""
    return b"<text" in data


# ---------------------------------------------------------------- PNG

def png_text(data: bytes) -> str:
    """Keywords and texts of the tEXt, zTXt and iTXt chunks of a PNG file."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG file")
    out: List[str] = []
    pos = 8
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"tEXt":
            key, _, text = body.partition(b"\0")
            out += [key.decode("latin-1"), text.decode("latin-1")]
        elif ctype == b"zTXt":
            key, _, rest = body.partition(b"\0")
            out += [key.decode("latin-1"), _inflate(rest[1:]).decode("latin-1")]
        elif ctype == b"iTXt":
            key, _, rest = body.partition(b"\0")
            flag, _method = rest[0], rest[1]
            lang, _, rest = rest[2:].partition(b"\0")
            tkey, _, text = rest.partition(b"\0")
            if flag:
                text = _inflate(text)
            out += [key.decode("latin-1"), lang.decode("latin-1"), tkey.decode("utf-8", "replace"),
                    text.decode("utf-8", "replace")]
        elif ctype == b"IEND":
            break
    return "\n".join(out)


def file_text(path: str) -> str:
    """What :func:`pdf_all_text`, :func:`svg_text` or :func:`png_text` read from ``path`` (by its suffix)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    suffix = path.lower().rsplit(".", 1)[-1]
    if suffix == "pdf":
        return pdf_all_text(raw)
    if suffix == "svg":
        return svg_text(raw)
    if suffix == "png":
        return png_text(raw)
    return raw.decode("utf-8", "replace")
