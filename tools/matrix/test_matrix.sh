#!/usr/bin/env bash
# `make test-matrix`: the project on other Debian suites, each in a debootstrapped root with its own QGIS.
#   SUITES="trixie sid"      which suites (trixie = Debian 13, QGIS 3.40; sid = unstable, QGIS 3.44)
#   PYTEST_ARGS="test"       what `make test` runs inside (e.g. "test/qgis -k package")
#   MATRIX_STEPS="test demo readme"   which steps run inside each root
#   DEMO_TIMEOUT=300         seconds before `make demo` counts as hung (it takes well under a minute when it works)
# Per suite: build or reuse the root, then in a fresh session `make test` (its own venv on the
# suite's Python), `make demo`, and the README's qgis_process commands. Logs: out/matrix/SUITE/*.log.
# One summary line per suite; exits non-zero when any step of any suite failed.
set -uo pipefail
source "$(dirname "$0")/common.sh"
need_root_user

SUITES=${SUITES:-trixie sid}
PYTEST_ARGS=${PYTEST_ARGS:-test}
MATRIX_STEPS=${MATRIX_STEPS:-test demo readme}
DEMO_TIMEOUT=${DEMO_TIMEOUT:-300}
LOGS="$REPO/out/matrix"
mkdir -p "$LOGS"
overall=0
summaries=()

run_step() {  # run_step SUITE STEP LOG CMD...  -> sets step_rc, step_s
  local suite=$1 step=$2 log=$3
  shift 3
  local t0
  t0=$(date +%s)
  echo "[$suite] $step: $*"
  "$@" >"$log" 2>&1
  step_rc=$?
  step_s=$(( $(date +%s) - t0 ))
  if [ "$step_rc" -ne 0 ]; then
    echo "[$suite] $step FAILED (rc=$step_rc, ${step_s} s); end of $log:"
    tail -n "${MATRIX_TAIL:-25}" "$log" | sed "s/^/  [$suite $step] /"
  else
    echo "[$suite] $step ok (${step_s} s)"
  fi
}

for suite in $SUITES; do
  dir=$(suite_dir "$suite")
  mkdir -p "$LOGS/$suite"
  rm -f "$LOGS/$suite"/*.log "$LOGS/$suite"/*.rc "$LOGS/$suite/summary.txt"
  parts=()
  suite_rc=0
  run_step "$suite" root "$LOGS/$suite/root.log" bash "$MATRIX_DIR/build_root.sh" "$suite"
  parts+=("root ${step_s}s")
  if [ "$step_rc" -ne 0 ]; then
    summaries+=("matrix $suite: FAILED building the root (${step_s} s, see $LOGS/$suite/root.log)")
    overall=1
    continue
  fi
  qgis=$(chroot "$dir/root" dpkg-query -W -f='${Version}' qgis 2>/dev/null | sed 's/+.*//')
  py=$(chroot "$dir/root" python3 -c 'import sys; print(sys.version.split()[0])' 2>/dev/null)
  fresh=--fresh
  for step in $MATRIX_STEPS; do
    log="$LOGS/$suite/$step.log"
    case "$step" in
      test)
        run_step "$suite" test "$log" "$MATRIX_DIR/run_in_root.sh" $fresh --session matrix "$suite" \
          make test "PYTEST_ARGS=$PYTEST_ARGS"
        counts=$(grep -E '^(=+ )?[0-9]+ (passed|failed|error|errors|skipped|deselected)' "$log" | tail -n 1 |
                 sed -E 's/^=+ //; s/ =+$//')
        [ -n "$counts" ] || counts="no pytest summary"
        parts+=("test ${step_s}s [$counts]")
        ;;
      demo)
        run_step "$suite" demo "$log" "$MATRIX_DIR/run_in_root.sh" $fresh --session matrix "$suite" \
          timeout -k 10 "$DEMO_TIMEOUT" make demo
        echo "$step_rc" >"$LOGS/$suite/demo.rc"
        if [ "$step_rc" -eq 124 ] || [ "$step_rc" -eq 137 ]; then
          parts+=("demo ${step_s}s [TIMEOUT after ${DEMO_TIMEOUT}s]")
        else
          parts+=("demo ${step_s}s [rc=$step_rc]")
        fi
        ;;
      readme)
        run_step "$suite" readme "$log" "$MATRIX_DIR/run_in_root.sh" $fresh --session matrix "$suite" \
          bash tools/matrix/readme_qgis_process.sh
        parts+=("qgis_process ${step_s}s [$(grep -c -- '-> rc=0' "$log") ok, $(grep -E -- '-> rc=[1-9]' "$log" | wc -l) failed]")
        ;;
      *)
        echo "unknown step $step (test, demo, readme)" >&2
        step_rc=2
        ;;
    esac
    fresh=
    [ "$step_rc" -eq 0 ] || suite_rc=1
  done
  status=ok
  [ "$suite_rc" -eq 0 ] || { status=FAILED; overall=1; }
  line="matrix $suite: $status, QGIS ${qgis:-?}, Python ${py:-?}; $(IFS=';'; echo "${parts[*]}" | sed 's/;/; /g')"
  summaries+=("$line")
  echo "$line" | tee "$LOGS/$suite/summary.txt"
done

python3 "$MATRIX_DIR/failures.py" "$LOGS" $SUITES >"$LOGS/failures.md" 2>/dev/null || true
echo
echo "== test matrix summary (logs in $LOGS, failures listed in $LOGS/failures.md) =="
printf '%s\n' "${summaries[@]}"
exit "$overall"
