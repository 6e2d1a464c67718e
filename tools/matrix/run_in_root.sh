#!/usr/bin/env bash
# Run a command inside a suite's Debian root, on a copy of this working tree.
#   tools/matrix/run_in_root.sh [--fresh] [--session NAME] SUITE [CMD ARGS...]
# Examples:
#   tools/matrix/run_in_root.sh trixie                        an interactive shell in the tree
#   tools/matrix/run_in_root.sh trixie qgis_process.bin --version
#   tools/matrix/run_in_root.sh sid make test PYTEST_ARGS='test/qgis -k package'
# The tree (git ls-files: tracked and untracked-but-not-ignored files, with .git) is copied to
# /work/dispersion_planner in the root before every command; its .venv stays between commands of
# the same session. Writes go to an overlay session ($MATRIX_CACHE/SUITE/sessions/NAME, default
# "shell"), never into the cached root; --fresh starts the session empty (new venv, new QGIS profile).
# /proc, /sys, /dev, /dev/pts and pip's cache are mounted for the command and unmounted afterwards,
# also when it fails; processes it leaves running inside the root are ended.
set -euo pipefail
source "$(dirname "$0")/common.sh"
need_root_user

fresh=0
session=shell
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1; shift ;;
    --session) session=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
suite=${1:?usage: $0 [--fresh] [--session NAME] SUITE [CMD ARGS...]}
shift

bash "$MATRIX_DIR/build_root.sh" "$suite"
dir=$(suite_dir "$suite")
# Shared: several sessions may use the root; a rebuild (exclusive) waits for them.
exec 9>"$dir/build.lock"
flock -s 9

sess="$dir/sessions/$session"
mkdir -p "$sess"
exec 8>"$sess/lock"
if ! flock -n 8; then
  echo "session $session of $suite is in use; waiting (use --session NAME for another)" >&2
  flock 8
fi
unmount_below "$sess/merged"
stamp=$(cat "$dir/stamp")
if [ "$fresh" -eq 1 ] || [ "$(cat "$sess/base-stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$sess/upper" "$sess/work"
fi
mkdir -p "$sess/upper" "$sess/work" "$sess/merged" "$dir/pip-cache"
echo "$stamp" >"$sess/base-stamp"

m="$sess/merged"
trap 'kill_inside "$m"; unmount_all' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mount_rec "$m" -t overlay overlay -o "lowerdir=$dir/root,upperdir=$sess/upper,workdir=$sess/work"
mount_system "$m"
mkdir -p "$m/root/.cache/pip"
mount_rec "$m/root/.cache/pip" --bind "$dir/pip-cache"

# Network and pip settings of the host (name resolution, the CA bundle pip must trust, pip.conf;
# not /etc/xdg/pip, whose constraint is about this host's wheels only).
cp /etc/resolv.conf "$m/etc/resolv.conf" 2>/dev/null || true
cp /etc/hosts "$m/etc/hosts" 2>/dev/null || true
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  mkdir -p "$m/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$m/etc/ssl/certs/ca-certificates.crt"
fi
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$m/etc/pip.conf"

# The working tree, without the host's venv and outputs.
tree="$m$TREE_IN_ROOT"
mkdir -p "$tree"
find "$tree" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
if git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$REPO" && git ls-files -z --cached --others --exclude-standard |
     while IFS= read -r -d '' f; do [ -e "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"; done |
     tar -c --null -T - -f - && tar -c -f - .git) | tar -x -i -C "$tree" -f -
else
  (cd "$REPO" && tar -c --exclude=./.venv --exclude=./out --exclude=./dist -f - .) | tar -x -C "$tree" -f -
fi

envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
      TERM="${TERM:-dumb}" QT_QPA_PLATFORM=offscreen MATRIX_SUITE="$suite"
      PIP_CERT=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1
      PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT:-180}" PIP_PROGRESS_BAR=off
      COLUMNS="${COLUMNS:-200}")  # pytest's summary lines are cut to this width
[ -n "${CI:-}" ] && envs+=(CI="$CI")
if [ $# -eq 0 ]; then
  set -- bash -i
fi
set +e
chroot "$m" /usr/bin/env -i "${envs[@]}" bash -c 'cd "$0" && exec "$@"' "$TREE_IN_ROOT" "$@"
rc=$?
set -e
exit $rc
