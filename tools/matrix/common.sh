# Shared settings and helpers for the Debian test matrix (sourced by the scripts beside it).
# Roots live outside the clone so later runs on the same machine reuse them:
#   $MATRIX_CACHE/<suite>/root        the pristine root (debootstrap + QGIS + the project's system packages)
#   $MATRIX_CACHE/<suite>/stamp       hash of what built it (rebuilt when it differs or is missing)
#   $MATRIX_CACHE/<suite>/sessions/   overlay sessions (writes of a run never touch the root)
#   $MATRIX_CACHE/<suite>/pip-cache   pip's cache, shared by the sessions of the suite
#   $MATRIX_CACHE/<suite>/debs, apt-archives   downloaded .deb files, so a rebuild downloads only what changed
MATRIX_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$MATRIX_DIR/../.." && pwd)
MATRIX_CACHE=${MATRIX_CACHE:-/var/cache/dispersion-planner}
MATRIX_MIRROR=${MATRIX_MIRROR:-http://deb.debian.org/debian}
# A root older than this is rebuilt (sid moves; a stable suite gets point releases).
MATRIX_MAX_AGE_DAYS=${MATRIX_MAX_AGE_DAYS:-30}
# Where the project tree sits inside a root: QGIS_PLUGINPATH=/work finds it as "dispersion_planner".
TREE_IN_ROOT=/work/dispersion_planner

suite_dir() { echo "$MATRIX_CACHE/$1"; }

# Everything that defines a root's content: the suite, the mirror, the build steps and the package
# list (tools/install_system_deps.sh); a change to any of them rebuilds the root.
root_stamp() {
  local suite=$1
  {
    echo "suite=$suite mirror=$MATRIX_MIRROR"
    cat "$MATRIX_DIR/build_root.sh" "$REPO/tools/install_system_deps.sh"
  } | sha256sum | cut -d' ' -f1
}

root_is_fresh() {
  local dir stamp
  dir=$(suite_dir "$1")
  stamp="$dir/stamp"
  [ -f "$stamp" ] && [ -x "$dir/root/usr/bin/apt-get" ] || return 1
  [ "$(cat "$stamp")" = "$(root_stamp "$1")" ] || return 1
  [ -z "$(find "$stamp" -mtime +"$MATRIX_MAX_AGE_DAYS" 2>/dev/null)" ]
}

# Mount bookkeeping: every mount is recorded and undone in reverse order by unmount_all
# (called from an EXIT trap, so a failing or interrupted step still unmounts).
MOUNTED=()
mount_rec() {  # mount_rec TARGET mount-args...
  local target=$1; shift
  mount "$@" "$target"
  MOUNTED+=("$target")
}

# Bind the kernel file systems a root needs (apt, dpkg, Python, Qt, PostgreSQL).
mount_system() {
  local r=$1
  mount_rec "$r/proc" -t proc proc
  mount_rec "$r/sys" -t sysfs sysfs
  mount_rec "$r/dev" --bind /dev
  mount_rec "$r/dev/pts" --bind /dev/pts
  if mountpoint -q /dev/shm; then
    mount_rec "$r/dev/shm" --bind /dev/shm
  fi
}

# End processes still running inside a root (a server a test left behind, Xvfb), by pid.
kill_inside() {
  local r pid root
  r=$(readlink -f "$1")
  for sig in TERM KILL; do
    local found=0
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
      root=$(readlink "/proc/$pid/root" 2>/dev/null || true)
      if [ "$root" = "$r" ] || [[ "$root" == "$r/"* ]]; then
        kill -s "$sig" "$pid" 2>/dev/null && found=1
      fi
    done
    [ "$found" -eq 1 ] || return 0
    sleep 2
  done
}

unmount_all() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || \
      echo "warning: could not unmount ${MOUNTED[$i]}" >&2
  done
  MOUNTED=()
}

# Undo mounts a killed earlier run left below a directory (deepest first).
unmount_below() {
  local base
  base=$(readlink -f "$1")
  local m
  for m in $(findmnt -rn -o TARGET | grep -F "$base/" | sort -r || true); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
  if mountpoint -q "$base" 2>/dev/null; then umount "$base" 2>/dev/null || umount -l "$base" || true; fi
}

need_root_user() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "the test matrix needs root (debootstrap, mount, chroot)" >&2
    exit 2
  fi
}
