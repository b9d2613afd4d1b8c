#!/usr/bin/env bash
# bench/frame-buffers.sh <app pid> [live types out.tsv] [baseline.tsv]: which components hold the render-tree frame buffers
# of a running app, and its live heap marked from the roots (issue 9).
#
# Takes a heap dump of the app (dotnet-dump, installed into a temporary folder) and reads it with bench/FrameBuffers:
# RenderTreeFrame[] bytes per circuit by holder (component trees, render batches, the shared ArrayPool, garbage) and per
# component type; then the live heap marked exactly from the dump's roots. With a file name the live bytes per type are
# written there; a dump of the app with no circuits written so is the baseline that a later dump is compared with (live
# KB per circuit, by type). To see idle home-feed circuits, let bench/circuits.sh open them against an app you started and idle
# long enough, and run this meanwhile:
#
#   PA_BENCH_URL=http://localhost:5391 PA_BENCH_APP_PID=$PID PA_BENCH_STEPS=10 PA_BENCH_SETTLE=240 bench/circuits.sh &
#   sleep 100 && bench/frame-buffers.sh $PID
#
# Reads only the local process; the dump is deleted afterwards.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

PID=${1:?usage: bench/frame-buffers.sh <app pid> [live types out.tsv] [baseline.tsv]}
WORK=$(mktemp -d /tmp/pa-frame-buffers.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

ensure_dotnet
log "installing dotnet-dump into $WORK/tools"
dotnet tool install dotnet-dump --version 10.0.750501 --tool-path "$WORK/tools" >/dev/null
log "building bench/FrameBuffers"
dotnet_build build bench/FrameBuffers -c Release -nologo -v q -o "$WORK/bin" >/dev/null
# The dump is read with the DAC of the runtime the app runs on (the newest Microsoft.NETCore.App installed).
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" { v = $2; p = $3 } END { gsub(/[\[\]]/, "", p); print p "/" v }')
log "dumping process $PID"
"$WORK/tools/dotnet-dump" collect -p "$PID" --type Heap -o "$WORK/app.dmp" >/dev/null
dotnet "$WORK/bin/FrameBuffers.dll" "$WORK/app.dmp" "$runtime/libmscordaccore.so" "${@:2}"
