#!/usr/bin/env bash
# Runs the release app in a real window under Xvfb at 1024x700, 1280x800 and
# 1920x1080, walks the six steps with the keyboard (Ctrl+PageDown) and saves a
# PNG of each: docs/screenshots/*.png at 1280x800 (the README's), and
# docs/screenshots/<size>/*.png at every size.
# Needs: xvfb xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
if [ "${1:-}" != "--inside-xvfb" ]; then
  cargo build --release --quiet
  mkdir -p "$out"
  rm -rf "$out"/*.png "$out"/*x*/
  for size in 1024x700 1280x800 1920x1080; do
    XDG_DATA_HOME=$(mktemp -d) GOODFAITH_FILE_DIALOG=builtin \
      xvfb-run -a -s "-screen 0 ${size}x24" "$0" --inside-xvfb "$size"
  done
  cp "$out"/1280x800/*.png "$out"/
  ls -l "$out" "$out"/*/
  exit 0
fi
size=$2
mkdir -p "$out/$size"

walk() { # matter prefix step-names...
  local matter=$1 prefix=$2; shift 2
  "${CARGO_TARGET_DIR:-target}"/release/goodfaith app "$matter" &
  local pid=$! w=""
  for _ in $(seq 1 100); do
    w=$(xdotool search --name goodfaith 2>/dev/null | head -1 || true)
    [ -n "$w" ] && break
    sleep 0.2
  done
  [ -n "$w" ] || { echo "no window"; kill "$pid"; return 1; }
  xdotool windowmove "$w" 0 0 windowsize "$w" "${size%x*}" "${size#*x}"
  sleep 2
  xdotool windowfocus --sync "$w"
  local n=1
  for name in "$@"; do
    import -window "$w" "$out/$size/$prefix$n-$name.png"
    xdotool key --window "$w" ctrl+Next
    sleep 1
    n=$((n + 1))
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

walk tests/fixtures/samples/compel-txnd.json "" court case parties requests log certificate
walk tests/fixtures/seeds/002-single-letter.json "blocked-" court case parties requests log certificate
