#!/usr/bin/env bash
# Install the Debian 12 packages the plugin, its tests and the demo need, only if missing.
# QGIS 3.22 LTR comes from Debian's own packages; the plugin's runtime Python packages are
# Debian's too (the desktop and qgis_process run on the system interpreter, not on a venv).
set -euo pipefail
PKGS=(qgis python3-qgis qgis-providers python3-scipy python3-shapely python3-pyproj
      python3-matplotlib python3-venv python3-pip xvfb xauth poppler-utils
      pyqt5-dev-tools qttools5-dev-tools postgresql postgis fonts-dejavu-core gdal-bin python3-gdal
      postgresql-15-postgis-3 git)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
