#!/usr/bin/env bash
# Renders one sample certificate per template into docs/samples/ (PDF and a
# PNG of each page), from matters in tests/fixtures. Needs poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/goodfaith
out=docs/samples
mkdir -p "$out"
rm -f "$out"/*.pdf "$out"/*.png
render() { # name matter today [extra args]
  local name=$1 matter=$2 today=$3; shift 3
  "$bin" render "$matter" -o "$out/$name.pdf" --today "$today" "$@"
  pdftoppm -r 70 -png "$out/$name.pdf" "$out/$name"
}
render ksd-37-2 tests/fixtures/seeds/002-single-letter-corrected.json 2018-03-02
render ms-good-faith tests/fixtures/seeds/004-renal-care-corrected.json 2007-03-09
render txnd-conference tests/fixtures/samples/compel-txnd.json 2026-03-20
render flmd-3-01g tests/fixtures/samples/compel-flmd.json 2026-03-20
render federal tests/fixtures/samples/compel-cod.json 2026-03-20
ls -l "$out"
