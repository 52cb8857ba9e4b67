#!/usr/bin/env bash
# 4 shards of a sweep and of a Monte Carlo study, run one by one and merged, must print exactly
# what the single run prints (docs/cluster.md). Also checks --threads does not change a byte.
set -eu
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mc=(montecarlo --samples 2001 --seed 11 --dist cowos.capacity=triangular:180,240,300
    --dist settings.electricity_usd_per_mwh=normal:80,15 --dist hall.pue=uniform:1.1,1.4
    --target tokens_per_s=4.3e8 --format json)
sw=(sweep --param cowos.capacity --from 100 --to 300 --steps 7 --param hall.pue --from 1.1 --to 1.5 --steps 5
    --format json)
"$cli" "${mc[@]}" --threads 1 >mc-single.json
"$cli" "${mc[@]}" --threads 3 >mc-threads.json
cmp mc-single.json mc-threads.json
"$cli" "${sw[@]}" >sw-single.json
for i in 0 1 2 3; do
  "$cli" "${mc[@]}" --shard "$i/4" >"mc-$i.json"
  "$cli" "${sw[@]}" --shard "$i/4" >"sw-$i.json"
done
"$cli" merge mc-3.json mc-1.json mc-0.json mc-2.json >mc-merged.json
"$cli" merge sw-2.json sw-0.json sw-1.json sw-3.json >sw-merged.json
cmp mc-single.json mc-merged.json
cmp sw-single.json sw-merged.json
"$cli" merge mc-0.json mc-1.json mc-2.json mc-3.json --format csv >mc-merged.csv
"$cli" "${mc[@]::${#mc[@]}-2}" --format csv >mc-single.csv
cmp mc-single.csv mc-merged.csv
# A missing part is refused.
if "$cli" merge mc-0.json mc-2.json mc-3.json >/dev/null 2>err.txt; then
  echo "merge accepted a missing shard"; exit 1
fi
grep -q "samples 500 to 999 are missing" err.txt || { cat err.txt; exit 1; }
echo "4 shards merged = single run (montecarlo and sweep)"
