#!/usr/bin/env bash
# Runs the release app in a real window under Xvfb, walks the six steps with
# the keyboard (Ctrl+PageDown) and saves a PNG of each to docs/screenshots/.
# Needs: xvfb xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
if [ "${1:-}" != "--inside-xvfb" ]; then
  cargo build --release --quiet
  mkdir -p "$out"
  rm -f "$out"/*.png
  XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inside-xvfb
  ls -l "$out"
  exit 0
fi

walk() { # matter prefix step-names...
  local matter=$1 prefix=$2; shift 2
  target/release/goodfaith app "$matter" &
  local pid=$! w=""
  for _ in $(seq 1 100); do
    w=$(xdotool search --name goodfaith 2>/dev/null | head -1 || true)
    [ -n "$w" ] && break
    sleep 0.2
  done
  [ -n "$w" ] || { echo "no window"; kill "$pid"; return 1; }
  sleep 2
  xdotool windowfocus --sync "$w"
  local n=1
  for name in "$@"; do
    import -window "$w" "$out/$prefix$n-$name.png"
    xdotool key --window "$w" ctrl+Next
    sleep 1
    n=$((n + 1))
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

walk tests/fixtures/samples/compel-txnd.json "" court case parties requests log certificate
walk tests/fixtures/seeds/002-single-letter.json "blocked-" court case parties requests log
