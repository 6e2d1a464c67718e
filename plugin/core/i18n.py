"""One translation mechanism: the core returns message codes with parameters, front ends render them.

The core never picks a language. A core function that has something to say
returns a :class:`Message`: a code (``"placement.status_optimal"``) and its
parameters. Every code is registered here with its English template (the
modules keep English-only catalogues, see :func:`catalogue`). A front end
turns a message into text with :func:`render` and the language it shows:
the QGIS adapters use QGIS's locale, the CLI ``--lang``/``LANG``.

Translations live in ONE place for the GUI and the core: the Qt Linguist
files ``i18n/<lang>.ts``, context ``DispersionPlanner``. A core message is the
``<message>`` whose ``<source>`` is the English template and whose
``<comment>`` (Qt's disambiguation) is the code, so
``QCoreApplication.translate("DispersionPlanner", template, code)`` with the
installed ``.qm`` finds the same text that :func:`render` reads from the ``.ts``
with xml.etree (no Qt needed: CLI, tests). ``make translations``
(tools/translations.sh, tools/i18n_extract.py) adds new templates to the
``.ts`` files and keeps existing translations. docs/architecture.md
("Translation") explains the flow.

A :class:`Message` is a ``str`` whose text is the English rendering, so code
that formats, joins or compares it keeps working; it also carries ``code`` and
``params`` for rendering in another language and for results that store codes
(``reason_code``/``reason_params``). Numbers are rendered in the language's
notation (German decimal comma and thousands dot), so the core passes numbers,
not pre-formatted text: plain ``int``/``float`` or :func:`number` for a fixed
number of decimals.
"""
from __future__ import annotations

import json
import math
import os
import string
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Sequence, Set, Tuple, Union

SUPPORTED = ("en", "de")
DEFAULT_LANGUAGE = "en"
CONTEXT = "DispersionPlanner"  # the Qt context of every entry, GUI and core (see qgis_adapters/i18n.py)
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
JOIN = "join"  # code of joined parts (not translated itself: its parts are)

_TEMPLATES: Dict[str, str] = {}


class MessageError(KeyError):
    """A message cannot be built or rendered: unknown code, or a parameter its template needs is missing."""


# --------------------------------------------------------------------------- registry


class Catalogue(Mapping[str, str]):
    """English templates of one module, registered under ``<namespace>.<key>``."""

    def __init__(self, namespace: str, templates: Mapping[str, str]) -> None:
        self.namespace = namespace
        self._templates = dict(templates)
        for key, template in self._templates.items():
            register(self.code(key), template)

    def extend(self, templates: Mapping[str, str]) -> None:
        """Register more templates (a module that defines its messages where they are used)."""
        for key, template in templates.items():
            self._templates[key] = template
            register(self.code(key), template)

    def code(self, key: str) -> str:
        """The global code of ``key``."""
        return f"{self.namespace}.{key}"

    def __getitem__(self, key: str) -> str:
        return self._templates[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._templates)

    def __len__(self) -> int:
        return len(self._templates)


def catalogue(namespace: str, templates: Mapping[str, str]) -> Catalogue:
    """Register the English ``templates`` of a module; why: one registry makes every code extractable and testable."""
    return Catalogue(namespace, templates)


def register(code: str, template: str) -> None:
    """Register one code; a code registered twice must keep its template (two modules must not share a code)."""
    old = _TEMPLATES.get(code)
    if old is not None and old != template:
        raise MessageError(f"message code {code!r} registered twice with different templates")
    _TEMPLATES[code] = template


def templates() -> Dict[str, str]:
    """Every registered code and its English template (imports the modules that register them)."""
    _import_catalogues()
    return dict(_TEMPLATES)


def _import_catalogues() -> None:
    import importlib

    for module in ("contract", "privacy", "validation", "fusion", "metrics.analysis", "metrics.interpret",
                   "placement.texts", "network.messages", "display", "capacity.texts",
                   "metrics.access_texts"):
        importlib.import_module(f"{__package__}.{module}")
    try:
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.io.messages")
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.io.age_tables")
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.report.html")
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.report.charts")
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.report.access_demo")
        importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.cli")
    except ImportError:  # pragma: no cover - report/io need optional packages (matplotlib)
        pass


# --------------------------------------------------------------------------- values


class Number(str):
    """A number shown with a fixed number of decimals, in each language's notation; its text is English."""

    value: float
    digits: int

    def __new__(cls, value: float, digits: int = 1) -> Number:
        obj = super().__new__(cls, _number_text(float(value), digits, "en"))
        object.__setattr__(obj, "value", float(value))
        object.__setattr__(obj, "digits", int(digits))
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Number is immutable")

    def __reduce__(self) -> Tuple[Any, ...]:  # pragma: no cover - pickling (tasks) keeps the type
        return (Number, (self.value, self.digits))

    def __str__(self) -> Number:
        return self

    def text(self, language: str) -> str:
        """The number in ``language``'s notation."""
        return _number_text(self.value, self.digits, language)


def number(value: Optional[float], digits: int = 1) -> Any:
    """``value`` with ``digits`` decimals in the reader's notation; None and NaN show as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return Number(value, digits)


def _number_text(value: float, digits: int, language: str) -> str:
    return _localise(f"{value:,.{digits}f}", language)


def _localise(text: str, language: str) -> str:
    if language == "de":
        return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def _freeze(value: Any) -> Any:
    if isinstance(value, (Message, Number)):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        try:
            return value.item()
        except (TypeError, ValueError):
            return value
    return value


class Message(str):
    """A message code with its parameters; frozen and hashable, and its text is the English rendering."""

    code: str

    def __new__(cls, code: str, params: Optional[Mapping[str, Any]] = None, **values: Any) -> Message:
        items = dict(params or {})
        items.update(values)
        frozen = tuple(sorted((k, _freeze(v)) for k, v in items.items()))
        text = _render_code(code, dict(frozen), "en", translate=False)
        obj = super().__new__(cls, text)
        object.__setattr__(obj, "code", code)
        object.__setattr__(obj, "_items", frozen)
        return obj

    @property
    def params(self) -> Dict[str, Any]:
        """The parameters (a copy)."""
        return dict(self._items)  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Message is immutable")

    def __reduce__(self) -> Tuple[Any, ...]:  # pragma: no cover - pickling keeps code and parameters
        return (Message, (self.code, self.params))

    def __str__(self) -> Message:
        # str(message) and str(exception) keep the message (code and parameters) for the front end to render
        return self

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    def render(self, language: str = DEFAULT_LANGUAGE) -> str:
        """This message in ``language``."""
        return render(self, language)

    def to_json(self) -> str:
        """The parameters as JSON text; why: results store codes, not texts (:func:`message_from_json` reads it).

        Nested messages are {"code", "params"}, numbers with fixed decimals {"number", "digits"}.
        """
        return json.dumps(_jsonable(self.params), ensure_ascii=False, sort_keys=True)


def msg(cat: Catalogue, key: str, **values: Any) -> Message:
    """Message ``key`` of the module catalogue ``cat`` with ``values``."""
    return Message(cat.code(key), values)


def joined(parts: Iterable[Any], separator: str = " ") -> Message:
    """Several messages shown one after the other; each part is translated on its own."""
    return Message(JOIN, {"parts": tuple(parts), "separator": separator})


def message_from_json(code: str, params_json: str) -> Message:
    """The message a result stored as ``<x>_code``/``<x>_params``; why: render a stored result in another language."""
    return Message(code, _from_jsonable(json.loads(params_json or "{}")))


def _from_jsonable(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"code", "params"}:
        return Message(value["code"], _from_jsonable(value["params"]))
    if isinstance(value, dict) and set(value) == {"number", "digits"}:
        return Number(value["number"], value["digits"])
    if isinstance(value, dict):
        return {k: _from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_from_jsonable(v) for v in value)
    return value


def _jsonable(value: Any) -> Any:
    if isinstance(value, Message):
        return {"code": value.code, "params": _jsonable(value.params)}
    if isinstance(value, Number):
        return {"number": value.value, "digits": value.digits}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# --------------------------------------------------------------------------- rendering


def normalise_language(code: Optional[str]) -> str:
    """"de", "de_DE.UTF-8", "en-US" ... -> a supported two-letter code (English when unknown)."""
    short = (code or DEFAULT_LANGUAGE).replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in SUPPORTED else DEFAULT_LANGUAGE


def language_from_environment(environ: Optional[Mapping[str, str]] = None) -> str:
    """The language a headless command uses when not told: LC_ALL, then LANG."""
    env = os.environ if environ is None else environ
    return normalise_language(env.get("LC_ALL") or env.get("LANG") or DEFAULT_LANGUAGE)


def render(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """``value`` as text in ``language``: messages translated, numbers localised, anything else as str (None: "")."""
    language = normalise_language(language)
    if value is None:
        return ""
    if isinstance(value, Message):
        return _render_code(value.code, value.params, language, translate=True)
    if isinstance(value, Number):
        return value.text(language)
    return str(value)


def translate_template(code: str, language: str) -> str:
    """The template of ``code`` in ``language``: the .ts translation, else the English template."""
    try:
        template = _TEMPLATES[code]
    except KeyError:
        raise MessageError(f"unknown message code {code!r}") from None
    return translations(language).get((template, code)) or template


def _render_code(code: str, params: Dict[str, Any], language: str, translate: bool) -> str:
    if code == JOIN:
        parts = params.get("parts", ())
        sep: str = params.get("separator", " ")
        return sep.join(_render_param(p, "", language, translate) for p in parts)
    if translate:
        template = translate_template(code, language)
    else:
        try:
            template = _TEMPLATES[code]
        except KeyError:
            raise MessageError(f"unknown message code {code!r}") from None
    try:
        return _Formatter(code, language, translate).vformat(template, (), params)
    except (IndexError, ValueError) as exc:
        raise MessageError(f"message {code!r} in {language!r} cannot be formatted: {exc}") from None


def _render_param(value: Any, spec: str, language: str, translate: bool) -> str:
    if isinstance(value, Message):
        return _render_code(value.code, value.params, language, translate)
    if isinstance(value, Number):
        return value.text(language)
    if isinstance(value, tuple):
        return (spec or ", ").join(_render_param(v, "", language, translate) for v in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _localise(format(value, spec), language)
    return format(value, spec)


class _Formatter(string.Formatter):
    """str.format with messages rendered, numbers localised and sequences joined (format spec = separator)."""

    def __init__(self, code: str, language: str, translate: bool) -> None:
        self.code, self.language, self.translate = code, language, translate

    def get_value(self, key: Union[int, str], args: Sequence[Any], kwargs: Mapping[Any, Any]) -> Any:
        try:
            return kwargs[key]
        except KeyError:
            raise MessageError(f"message {self.code!r} needs the parameter {key!r}") from None

    def format_field(self, value: Any, format_spec: str) -> str:
        return _render_param(value, format_spec, self.language, self.translate)


def placeholders(template: str) -> Set[str]:
    """The parameter names a template uses."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


# --------------------------------------------------------------------------- the .ts catalogue

_CACHE: Dict[str, Tuple[float, Dict[Tuple[str, Optional[str]], str]]] = {}


def ts_path(language: str) -> Path:
    return I18N_DIR / f"{normalise_language(language)}.ts"


def translations(language: str) -> Dict[Tuple[str, Optional[str]], str]:
    """(source, disambiguation) -> translation of i18n/<language>.ts, context DispersionPlanner (cached by mtime).

    Like lrelease, unfinished translations count when they are not empty; obsolete and vanished ones do not.
    """
    path = ts_path(language)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return {}
    cached = _CACHE.get(str(path))
    if cached and cached[0] == mtime:
        return cached[1]
    table = read_ts(path)
    _CACHE[str(path)] = (mtime, table)
    return table


def read_ts(path: Path) -> Dict[Tuple[str, Optional[str]], str]:
    """The translations of a Qt Linguist file in the plugin's context."""
    table: Dict[Tuple[str, Optional[str]], str] = {}
    # the plugin's own catalogue, shipped with it (not user data)
    root = ET.parse(str(path)).getroot()  # nosec B314
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            text = translation.text or ""
            if text:
                comment = message.findtext("comment")
                table[(message.findtext("source") or "", comment or None)] = text
    return table
