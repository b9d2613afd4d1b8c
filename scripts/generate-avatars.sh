#!/usr/bin/env bash
# scripts/generate-avatars.sh: (re)write wwwroot-assets/avatars/{1..30}.svg, the demo members' avatars
# (initials on a gradient circle, from DemoAvatar and DemoCommunity). A unit test checks the committed files match.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project ProducersAvenue.Web -c Release --no-launch-profile -- avatars "$PWD/wwwroot-assets/avatars"
ls wwwroot-assets/avatars | wc -l | xargs echo "avatars written:"
