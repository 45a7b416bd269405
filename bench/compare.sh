#!/bin/sh
# pathways and Hugo side by side on the same synthetic catalogue.
#
#   bench/compare.sh [N] [ROUNDS]        (default: 1000 packages, 5 rounds)
#
# `pathways synthetic` writes N packages in da/ar/en as pathways content and
# as a Hugo site: one page per package per language, from a template that
# loops over structured front matter (modules, criteria, courses, job bars),
# with a language switcher and hreflang links (bench/hugo/layouts). Both are
# built ROUNDS times, alternating which goes first, into tmpfs (/dev/shm) so
# the tools are measured and not the disk; set OUT=/some/dir to use a disk.
# pathways builds its whole site without PDFs (`build --no-pdf`): 3 pages
# per package per language (package, employer, course) plus the rest; Hugo
# builds its one page per package per language plus its list pages.
set -eu
N=${1:-1000}
ROUNDS=${2:-5}
cd "$(dirname "$0")/.."

if ! command -v hugo >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
    echo "installing hugo and time from Debian" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq hugo time >/dev/null
fi
# The hidden `synthetic` command needs the feature of that name.
cargo build --release --locked --quiet --features synthetic
target=${CARGO_TARGET_DIR:-$(pwd)/target}
bin=$target/release/pathways

work=$target/compare/$N
if [ -d /dev/shm ]; then default_out=/dev/shm/pathways-compare; else default_out=${TMPDIR:-/tmp}/pathways-compare; fi
out=${OUT:-$default_out}
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
"$bin" synthetic --packages "$N" --out "$work/pathways" --hugo "$work/hugo" >/dev/null

# run NAME: one timed build; appends "seconds peak-kB user-seconds" to $work/NAME.times
run() {
    case $1 in
    pathways)
        rm -rf "$out/pathways"
        /usr/bin/time -f "%e %M %U" -o "$work/one" \
            "$bin" build --root "$work/pathways" --output "$out/pathways" --no-pdf --quiet
        ;;
    hugo)
        rm -rf "$out/hugo"
        (cd "$work/hugo" && /usr/bin/time -f "%e %M %U" -o "$work/one" hugo --quiet -d "$out/hugo")
        ;;
    esac
    cat "$work/one" >>"$work/$1.times"
    printf '  round %d  %-8s %s s  %s kB  %s s user CPU\n' "$round" "$1" $(cat "$work/one") >&2
}

round=1
while [ "$round" -le "$ROUNDS" ]; do
    if [ $((round % 2)) -eq 1 ]; then run pathways; run hugo; else run hugo; run pathways; fi
    round=$((round + 1))
done

median() { # column of $1.times
    sort -n -k"$2" "$work/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}
pages() { find "$out/$1" -name index.html | wc -l; }
# The average size of the package pages (pakker/<id>/index.html) in bytes.
package_page() {
    find "$out/$1" -path '*/pakker/*/index.html' -printf '%s\n' |
        awk '{ s += $1; n++ } END { printf "%d", s / n }'
}

p_time=$(median pathways 1); h_time=$(median hugo 1)
p_mem=$(median pathways 2); h_mem=$(median hugo 2)
p_cpu=$(median pathways 3); h_cpu=$(median hugo 3)
p_size=$(package_page pathways); h_size=$(package_page hugo)
echo "catalogue: $N packages x 3 languages; $ROUNDS rounds, alternating; output in $out"
echo "$(hugo version | cut -d' ' -f1-2); pathways $("$bin" --version | cut -d' ' -f2); $(nproc) cores"
printf '%-9s %6s pages  median %7.2f s  %6.2f s user CPU  peak %5d MB  package page %6d bytes\n' \
    pathways "$(pages pathways)" "$p_time" "$p_cpu" $((p_mem / 1024)) "$p_size"
printf '%-9s %6s pages  median %7.2f s  %6.2f s user CPU  peak %5d MB  package page %6d bytes\n' \
    hugo "$(pages hugo)" "$h_time" "$h_cpu" $((h_mem / 1024)) "$h_size"
awk -v p="$p_time" -v h="$h_time" -v pc="$p_cpu" -v hc="$h_cpu" -v ps="$p_size" -v hs="$h_size" -v r="$ROUNDS" 'BEGIN {
    printf "ratio (median of %d rounds, wall time): Hugo / pathways = %.1fx (goal 5.0x)\n", r, h / p
    printf "ratio of user CPU seconds (less hurt by a busy machine): %.1fx\n", hc / pc
    d = (ps - hs) / hs * 100
    printf "package page size: pathways %+.0f%% against Hugo (%s 20%%)\n", d, (d <= 20 && d >= -20) ? "within" : "NOT within"
}'
rm -rf "$out"
