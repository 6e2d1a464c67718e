#!/usr/bin/env bash
# Update i18n/*.ts from the sources (pylupdate5) and compile them to .qm (lrelease).
# pylupdate5 files module-level tr() calls under "@default"; the plugin translates in the fixed
# context "DispersionPlanner" (one context avoids the mismatches that bit QGIS itself), so the
# context is renamed around the pylupdate5 run, which keeps existing translations.
set -euo pipefail
cd "$(dirname "$0")/.."
CONTEXT=DispersionPlanner
mapfile -t SOURCES < <(git ls-files --cached --others --exclude-standard 'plugin/*.py' | grep -v '/core/' | sort)
for lang in de en; do
  ts="i18n/${lang}.ts"
  [ -f "$ts" ] && sed -i "s#<name>${CONTEXT}</name>#<name>@default</name>#" "$ts"
  pylupdate5 -noobsolete "${SOURCES[@]}" -ts "$ts" 2>/dev/null
  sed -i "s#<name>@default</name>#<name>${CONTEXT}</name>#" "$ts"
  lrelease -silent "$ts" -qm "i18n/${lang}.qm"
done
