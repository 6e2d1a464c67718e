#!/usr/bin/env bash
# Build a Debian root filesystem for one suite (debootstrap from Debian's mirror), with QGIS and the
# project's system packages installed by tools/install_system_deps.sh, or reuse the cached one.
#   tools/matrix/build_root.sh SUITE          e.g. trixie (QGIS 3.40), sid (QGIS 3.44)
#   MATRIX_REBUILD=1 tools/matrix/build_root.sh SUITE    rebuild even if the cached root is fresh
# The root is built beside its target (root.new) and renamed into place when complete.
set -euo pipefail
source "$(dirname "$0")/common.sh"
need_root_user

suite=${1:?usage: $0 SUITE}
dir=$(suite_dir "$suite")
mkdir -p "$dir"
exec 9>"$dir/build.lock"
flock -x 9

if [ -z "${MATRIX_REBUILD:-}" ] && root_is_fresh "$suite"; then
  exit 0
fi

if ! command -v debootstrap >/dev/null; then
  echo "Installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

start=$(date +%s)
new="$dir/root.new"
unmount_below "$new"
rm -rf "$new"
trap 'kill_inside "$new"; unmount_all' EXIT
echo "[$suite] debootstrap from $MATRIX_MIRROR"
# sid's Release file may be past its Valid-Until date; debootstrap checks signatures, not dates.
mkdir -p "$dir/debs" "$dir/apt-archives/partial"
debootstrap --variant=minbase --components=main --cache-dir="$dir/debs" \
  --include=ca-certificates,make,git,eatmydata,procps \
  "$suite" "$new" "$MATRIX_MIRROR" >"$dir/debootstrap.log" 2>&1 || {
  tail -n 30 "$dir/debootstrap.log" >&2
  [ -f "$new/debootstrap/debootstrap.log" ] && tail -n 30 "$new/debootstrap/debootstrap.log" >&2
  exit 1
}

cat >"$new/etc/apt/sources.list" <<EOF
deb $MATRIX_MIRROR $suite main
EOF
cat >"$new/etc/apt/apt.conf.d/90matrix" <<'EOF'
// sid's Release file can be past its Valid-Until date on this mirror.
Acquire::Check-Valid-Until "false";
Acquire::Languages "none";
APT::Install-Recommends "false";
EOF
# No service starts inside the root (PostgreSQL's postinst would start a cluster).
printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"
chmod 755 "$new/usr/sbin/policy-rc.d"
echo force-unsafe-io >"$new/etc/dpkg/dpkg.cfg.d/90matrix-unsafe-io"
cp /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true

mount_system "$new"
mount_rec "$new/var/cache/apt/archives" --bind "$dir/apt-archives"
mkdir -p "$new/tmp/matrix"
cp "$REPO/tools/install_system_deps.sh" "$new/tmp/matrix/"
echo "[$suite] installing QGIS and the project's system packages"
chroot "$new" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive \
  eatmydata bash /tmp/matrix/install_system_deps.sh >"$dir/install.log" 2>&1 || {
  tail -n 40 "$dir/install.log" >&2
  exit 1
}
# Drop cached .deb files the mirror no longer has (sid moves on); the rest serve the next rebuild.
chroot "$new" apt-get autoclean -qq >/dev/null || true
rm -rf "$new/tmp/matrix"
qgis=$(chroot "$new" dpkg-query -W -f='${Version}' qgis 2>/dev/null || echo '?')
python=$(chroot "$new" python3 -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo '?')
kill_inside "$new"
unmount_all
trap - EXIT

unmount_below "$dir/root"
unmount_below "$dir/sessions"
rm -rf "$dir/root.old"
[ -d "$dir/root" ] && mv "$dir/root" "$dir/root.old"
mv "$new" "$dir/root"
root_stamp "$suite" >"$dir/stamp.new" && mv "$dir/stamp.new" "$dir/stamp"
rm -rf "$dir/root.old"
echo "[$suite] root ready in $(( $(date +%s) - start )) s: $dir/root (QGIS $qgis, Python $python)"
