#!/usr/bin/env bash
# Run the `qgis_process` commands of README.md as written (inside a matrix root, from the tree).
# The README says qgis_process.bin (Debian 12's wrapper passes --noversioncheck, which 3.22 rejects);
# where a suite has no qgis_process.bin, the plain qgis_process is used. Every command runs, also
# after a failure; one line per command says its exit code and time; the exit code is the number
# of failed commands (0 = all passed).
set -uo pipefail
cd "$(dirname "$0")/../.."
exe=qgis_process.bin
command -v "$exe" >/dev/null || exe=qgis_process
plugin_parent=$(dirname "$(pwd)")
[ "$(basename "$(pwd)")" = dispersion_planner ] || {
  # QGIS finds the plugin by its folder name: give it one.
  plugin_parent=$(mktemp -d)
  ln -s "$(pwd)" "$plugin_parent/dispersion_planner"
}
# The ```sh block of README.md that mentions qgis_process, continuation lines joined.
mapfile -t cmds < <(awk '
  /^```sh/ { inb = 1; buf = ""; next }
  /^```/   { if (inb && buf ~ /qgis_process/) printf "%s", buf; inb = 0; next }
  inb      { line = $0; if (sub(/\\$/, "", line)) { cur = cur line } else { buf = buf cur line "\n"; cur = "" } }
' README.md)
if [ ${#cmds[@]} -eq 0 ]; then
  echo "README.md has no \`\`\`sh block with qgis_process commands" >&2
  exit 1
fi
mkdir -p out
failed=0
for c in "${cmds[@]}"; do
  c=${c//\/path\/containing\/dispersion_planner/$plugin_parent}
  c=${c//qgis_process.bin/$exe}
  case "$c" in
    *qgis_process*)
      name=$(echo "$c" | grep -oE 'qgis_process(\.bin)? +(run +[^ ]+|[a-z]+ +[a-z_]+|[a-z]+)' | head -n 1)
      echo "+ $c"
      t0=$(date +%s)
      eval "timeout -k 10 ${QGIS_PROCESS_TIMEOUT:-300} $c"
      rc=$?
      echo "README command: $name -> rc=$rc ($(( $(date +%s) - t0 )) s)"
      [ "$rc" -eq 0 ] || failed=$((failed + 1))
      ;;
    *)
      echo "+ $c"
      eval "$c"
      ;;
  esac
done
echo "README qgis_process commands: $(( ${#cmds[@]} )) lines, $failed failed (with $exe)"
exit "$failed"
