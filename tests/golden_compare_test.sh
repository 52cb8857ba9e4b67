#!/usr/bin/env bash
# The golden comparer and the runner must fail on a real difference and pass a harmless one: a
# comparer that passed everything would make every golden test pass.
# Usage: golden_compare_test.sh COMPARER RUN_GOLDEN_SH
set -u
compare=$1
run_golden=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
expect() { # expect CODE EXPECTED_TEXT ACTUAL_TEXT [ARGS...] — the comparer's exit code
  local want=$1 e=$2 a=$3
  shift 3
  printf '%s' "$e" >"$dir/e"
  printf '%s' "$a" >"$dir/a"
  "$compare" "$dir/e" "$dir/a" "$@" >"$dir/log"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: expected exit $want, got $got, comparing"
    echo "  expected: $e"
    echo "  actual:   $a"
    cat "$dir/log"
    status=1
  fi
}
report='Tokens/s                     436.5 M
{"tokens_per_s": 436512345.12345678, "capex_usd": 1.7e10, "model": "llama2-70b", "ratio": 0}
'
expect 0 "$report" "$report"
# The last digits of a full-precision figure: harmless.
expect 0 "$report" "${report/436512345.12345678/436512345.12345679}"
expect 0 "$report" "${report/1.7e10/17000000000.000001}"
expect 0 "$report" "${report/\"ratio\": 0/\"ratio\": -3e-16}" # solver noise at zero
# Real changes fail: a figure, a rounded figure, a word, a number inside a name, a missing line.
expect 1 "$report" "${report/436512345.12345678/436512400}"
expect 1 "$report" "${report/436.5 M/436.6 M}"
expect 1 "$report" "${report/436.5 M/436.5 G}"
expect 1 "$report" "${report/llama2-70b/llama2-7b}"
expect 1 "$report" "${report/\"ratio\": 0/\"ratio\": 1e-9}"
expect 1 "$report" "Tokens/s                     436.5 M
"
expect 1 "$report" "$report$report"
expect 1 "1, 2" "1, 2, 3"
expect 1 "null" "0"
expect 1 "inf" "1e308"
# A stated, looser tolerance lets a bigger change pass, and only that much.
expect 0 "x 1.0" "x 1.0000005" --rtol 1e-6
expect 1 "x 1.0" "x 1.00001" --rtol 1e-6
expect 2 "x" "x" --rtol nope

# The runner: a case whose "CLI" is echo, with and without a tolerance file.
case_dir="$dir/case"
mkdir -p "$case_dir"
printf 'figure\n1.0000005\n' >"$case_dir/cmd"
printf 'figure 1\n' >"$case_dir/expected.out"
: >"$case_dir/expected.err"
echo 0 >"$case_dir/expected.exit"
if bash "$run_golden" /bin/echo "$case_dir" "$compare" >"$dir/log"; then
  echo "FAIL: run_golden.sh passed a relative change of 5e-7 at the default tolerance"
  status=1
fi
printf '# echo prints what it is given (a test of the tolerance file itself)\nrtol 1e-6\n' >"$case_dir/tolerance"
if ! bash "$run_golden" /bin/echo "$case_dir" "$compare" >"$dir/log"; then
  echo "FAIL: run_golden.sh refused a change within the case's rtol 1e-6"
  cat "$dir/log"
  status=1
fi
echo 3 >"$case_dir/expected.exit"
if bash "$run_golden" /bin/echo "$case_dir" "$compare" >"$dir/log"; then
  echo "FAIL: run_golden.sh passed a wrong exit code"
  status=1
fi
[ $status = 0 ] && echo "the golden comparer fails on real differences and passes harmless ones"
exit $status
