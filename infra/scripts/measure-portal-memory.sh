#!/usr/bin/env bash
# Measures the portal's resident memory while it serves the demo data: builds Release, starts the portal on a fresh
# data folder (first start: migrations, reference import, demo seed), sends a bounded set of requests to loopback
# pages and APIs, then prints VmRSS (now) and VmHWM (peak) from /proc.
# Usage: infra/scripts/measure-portal-memory.sh [rounds] [data-folder]
# With a data folder (for example the search benchmark's, 200,000 vacancies and 1,000,000 workers), the portal serves
# that database and index instead of a fresh demo, and the folder is kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-200}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
if [ -n "${2:-}" ]; then data=$(cd "$2" && pwd); keep=1; seed=false; else data=$(mktemp -d); keep=0; seed=true; fi
dotnet build web/LabourHub.Web -c Release -nologo -v q >/dev/null
(cd web/LabourHub.Web && LabourHub__DataFolder="$data" LabourHub__SeedDemoData=$seed exec dotnet bin/Release/net10.0/LabourHub.Web.dll --urls "http://127.0.0.1:$port") >"$data/web.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; [ "$keep" = 1 ] || rm -rf "$data"' EXIT
start=$(date +%s.%N)
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.2; done
ready=$(date +%s.%N)
rss() { awk '/^(VmRSS|VmHWM)/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$pid/status"; echo; }
echo "first start ready in $(python3 -c "print(round($ready-$start,1))") s"
echo "after start:   $(rss)"
u="http://127.0.0.1:$port"
for i in $(seq 1 "$rounds"); do
  for c in tr ar fa en; do
    curl -fs -o /dev/null "$u/?culture=$c"
    curl -fs -o /dev/null "$u/vacancies?culture=$c&page=$(( (i % 25) + 1 ))"
    curl -fs -o /dev/null "$u/ministry?culture=$c"
  done
  curl -fs -o /dev/null "$u/api/v1/vacancies?pageSize=100&page=$(( (i % 5) + 1 ))"
  curl -fs -o /dev/null "$u/api/v1/reference/occupations?q=kayn&culture=tr"
  curl -fs -o /dev/null "$u/api/v1/vacancies?q=isci&province=34"
  curl -fs -o /dev/null "$u/api/v1/vacancies?q=kaynakci&sector=C&facets=province,sector,isco"
  curl -fs -o /dev/null "$u/api/v1/vacancies?lat=37.0662&lon=37.3833&radiusKm=100&sort=distance&facets=province"
done
echo "after $((rounds * 17)) requests: $(rss)"
