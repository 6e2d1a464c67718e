#!/usr/bin/env bash
# Update i18n/*.ts from the sources and compile them to .qm (lrelease): one catalogue per language for the GUI
# and the core (docs/architecture.md, "Translation").
# - GUI: pylupdate5 collects the tr() texts. It files module-level tr() calls under "@default"; the plugin translates
#   in the fixed context "DispersionPlanner" (one context avoids the mismatches that bit QGIS itself), so the context
#   is renamed around the pylupdate5 run, which keeps existing translations.
# - Core: tools/i18n_extract.py adds the registered message templates (plugin/core/i18n.py; <comment> = code) that
#   pylupdate5 -noobsolete drops, taking their translations from the copy saved before pylupdate5.
set -euo pipefail
cd "$(dirname "$0")/.."
CONTEXT=DispersionPlanner
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] && [ -z "${PYTHON:-}" ] && PY=.venv/bin/python
mapfile -t SOURCES < <(git ls-files --cached --others --exclude-standard 'plugin/*.py' | grep -v '/core/' | sort)
BEFORE="$(mktemp -d)"
trap 'rm -rf "$BEFORE"' EXIT
for lang in de en; do
  ts="i18n/${lang}.ts"
  [ -f "$ts" ] && cp "$ts" "$BEFORE/${lang}.ts"
  [ -f "$ts" ] && sed -i "s#<name>${CONTEXT}</name>#<name>@default</name>#" "$ts"
  pylupdate5 -noobsolete "${SOURCES[@]}" -ts "$ts" 2>/dev/null
  sed -i "s#<name>@default</name>#<name>${CONTEXT}</name>#" "$ts"
  if [ -f "$BEFORE/${lang}.ts" ]; then
    "$PY" tools/i18n_extract.py --previous "$BEFORE/${lang}.ts" "$ts"
  else
    "$PY" tools/i18n_extract.py "$ts"
  fi
  lrelease -silent "$ts" -qm "i18n/${lang}.qm"
done
