#!/usr/bin/env bash
# Measures the release app in a real window under Xvfb: time to the first
# frame, CPU per frame with a 200-event matter on the conferral log and on
# the certificate preview, and resident memory when idle.
# Needs: xvfb xdotool (Debian packages). Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--inside-xvfb" ]; then
  cargo build --release --quiet
  XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inside-xvfb
  exit 0
fi
bin=target/release/goodfaith
log=$(mktemp)

# 1. Launch to first frame (empty app), and idle memory.
RUST_LOG=goodfaith=info "$bin" > "$log" 2>&1 &
pid=$!
sleep 6
echo "first frame: $(grep -o 'first frame [0-9]* ms' "$log" | head -1)"
echo "idle memory (empty matter): $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status)"
kill $pid; wait $pid 2>/dev/null || true

# 2. A 200-event matter: CPU per frame, repainting continuously, per step.
for step in 5 6; do
  RUST_LOG=goodfaith=info GOODFAITH_FRAME_STATS=1 "$bin" app tests/fixtures/samples/large-200-events.json > "$log" 2>&1 &
  pid=$!
  w=""
  for _ in $(seq 1 100); do w=$(xdotool search --name goodfaith 2>/dev/null | head -1 || true); [ -n "$w" ] && break; sleep 0.2; done
  sleep 2
  xdotool windowfocus --sync "$w"
  for _ in $(seq 2 $step); do xdotool key --window "$w" ctrl+Next; sleep 0.5; done
  sleep 8
  name=$([ "$step" = 5 ] && echo "conferral log" || echo "certificate preview")
  echo "200-event matter, $name: $(grep -o 'mean CPU [0-9.]* ms per frame' "$log" | tail -3 | tr '\n' ';')"
  echo "memory with the 200-event matter ($name): $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status)"
  kill $pid; wait $pid 2>/dev/null || true
done
