#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every libFuzzer target with clang-16 and runs each for a short smoke period
# (default 10 s) from its seeds. Fails on any crash, leak or sanitizer report.
# Real users' files in ../shared/realworld (kept outside the repository) seed the corpora
# too, copied into each run's temporary corpus when that folder is there.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
shopt -s nullglob
realworld=../shared/realworld
# The realworld files a target reads: table dumps, profiles and CCD files, logs, JSON.
realworld_seeds() {
    [ -d "$realworld" ] || return 0
    case "$1" in
        iproute|netstat|routeprint) printf '%s\n' "$realworld"/tables/* ;;
        profile) printf '%s\n' "$realworld"/ovpn/*.ovpn "$realworld"/ovpn/*.conf \
                     "$realworld"/ovpn/*ccd* "$realworld"/aws/*.ovpn ;;
        pushreply) printf '%s\n' "$realworld"/ovpn/*.log ;;
        ipjson|snapshot) printf '%s\n' "$realworld"/aws/*.json ;;
    esac
}
targets=(build/fuzz/tests/fuzz/fuzz_*)
if [ ${#targets[@]} -eq 0 ]; then
    echo "fuzz-smoke: no fuzz targets built" >&2
    exit 1
fi
for t in "${targets[@]}"; do
    [ -x "$t" ] || continue
    name=$(basename "$t"); name=${name#fuzz_}
    corpus=$(mktemp -d)
    seeds=tests/fuzz/seeds/$name
    [ -d "$seeds" ] || seeds=""
    while IFS= read -r f; do
        [ -f "$f" ] && cp "$f" "$corpus/realworld-$(basename "$f" | tr ' ' _)"
    done < <(realworld_seeds "$name")
    echo "fuzz-smoke: $name for ${seconds}s"
    if ! "$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=0 -artifact_prefix="$corpus/" "$corpus" $seeds >"$corpus/log" 2>&1; then
        tail -40 "$corpus/log" >&2
        echo "fuzz-smoke: $name FAILED (artifacts in $corpus)" >&2
        exit 1
    fi
    rm -rf "$corpus"
done
echo "fuzz-smoke: ${#targets[@]} targets ran clean"
