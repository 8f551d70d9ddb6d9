#!/usr/bin/env bash
# Starts the portal with demo data in a temporary data folder and measures what worker pages transfer on a first and a
# repeat visit (infra/scripts/page_weight.py); writes the table into docs/benchmarks.md. Exits 1 when a page misses
# the budget (first visit <= 100 KB, repeat visit <= 20 KB). Rerun from the repository root:
#   infra/scripts/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-5193}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$portal" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build web/LabourHub.Web -c Release -v quiet -nologo >/dev/null
LabourHub__DataFolder="$work/data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet web/LabourHub.Web/bin/Release/net10.0/LabourHub.Web.dll --contentRoot "$PWD/web/LabourHub.Web" --urls "$base" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
python3 infra/scripts/page_weight.py "$base" --write docs/benchmarks.md
