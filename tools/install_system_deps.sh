#!/usr/bin/env bash
# Install the Debian packages the plugin, its tests and the demo need, only if missing.
# QGIS comes from Debian's own packages; the plugin's runtime Python packages are Debian's too
# (the desktop and qgis_process run on the system interpreter, not on a venv).
# Works on Debian 12 (bookworm, QGIS 3.22), 13 (trixie, QGIS 3.40) and unstable (sid, QGIS 3.44):
# names that differ between suites are resolved here, not written down per suite.
set -euo pipefail
PKGS=(qgis python3-qgis qgis-providers python3-scipy python3-shapely python3-pyproj
      python3-matplotlib python3-venv python3-pip xvfb xauth poppler-utils
      postgresql postgis fonts-dejavu-core gdal-bin python3-gdal git make proj-bin)
# proj-bin: Debian's pyproj (>= 3.7, trixie on) finds PROJ's data (/usr/share/proj) from a venv only
# through the `proj` executable; without it every CRS fails in the test venv with DataDirError.
# Only for `make translations` (pylupdate5, lrelease), and Qt's own German texts of standard buttons
# ("Schließen", "Hilfe": what a planner's QGIS shows; the desktop screenshots need them); installed where
# the suite still has them.
OPTIONAL=(pyqt5-dev-tools qttools5-dev-tools qttranslations5-l10n)

installed() {
  dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=()
for p in "${PKGS[@]}"; do
  installed "$p" || missing+=("$p")
done
# The PostGIS extension package is named after the PostgreSQL major version
# (postgresql-15-postgis-3 on bookworm, -17- on trixie, ...): any installed one will do.
pg_ext_ok=0
if dpkg-query -W -f='${Package} ${Status}\n' 'postgresql-*-postgis-3' 2>/dev/null | grep -q "install ok installed"; then
  pg_ext_ok=1
fi
has_candidate() {
  local c
  c=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  [ -n "$c" ] && [ "$c" != "(none)" ]
}
optional_missing=0  # only those this suite has: a missing one must not cost an apt-get update on every run
for p in "${OPTIONAL[@]}"; do
  installed "$p" || ! has_candidate "$p" || optional_missing=1
done
if [ ${#missing[@]} -eq 0 ] && [ "$pg_ext_ok" -eq 1 ] && [ "$optional_missing" -eq 0 ]; then
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq

if [ "$pg_ext_ok" -eq 0 ]; then
  # The suite's default PostgreSQL is what the `postgresql` metapackage depends on.
  major=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)
  if [ -n "$major" ] && has_candidate "postgresql-$major-postgis-3"; then
    missing+=("postgresql-$major-postgis-3")
  else
    missing+=(postgresql-postgis)  # virtual: apt picks the only provider
  fi
fi
for p in "${OPTIONAL[@]}"; do
  if ! installed "$p"; then
    if has_candidate "$p"; then missing+=("$p"); else echo "note: $p is not in this suite; skipped"; fi
  fi
done
echo "Installing Debian packages: ${missing[*]}"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
