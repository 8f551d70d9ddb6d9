#!/usr/bin/env bash
# Load test of the portal on this machine, each page beside a bare endpoint of the same process in the same run.
# Builds Release, starts the portal with a fresh demo data set (SQLite, embedded Lucene; role "all"), signs in the demo
# worker and the demo recruiter, warms every endpoint up, then measures with autocannon (npm, run through npx):
#   bare endpoint (/health/live)  vs  anonymous vacancy search (/vacancies?q=...)
#   bare endpoint                 vs  a worker's jobs for you (/worker/jobs)
#   bare endpoint                 vs  an employer's shortlist (/employer/vacancies/{id}/shortlist)
# Usage: infra/load/run.sh [connections=32] [seconds=20] [warm-up seconds=15]
# PUBLIC_CACHE_SECONDS (default 30, the portal's default) sets PublicCache:Seconds: the anonymous search page is kept in
# memory that long (docs/operations.md); 0 measures every request rendered from the search index.
# Prints a Markdown table (requests/s, p50, p99, errors) and keeps autocannon's JSON under $OUT (default: a temp folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-32}
seconds=${2:-20}
warmup=${3:-15}
query=${LOAD_QUERY:-kaynak}
cache_seconds=${PUBLIC_CACHE_SECONDS:-30}
password=Demo-LabourHub-2026
out=${OUT:-$(mktemp -d)}
autocannon=(npx --yes autocannon@9.0.0)
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
data=$(mktemp -d)
u="http://127.0.0.1:$port"

dotnet build web/LabourHub.Web -c Release -nologo -v q >/dev/null
(cd web/LabourHub.Web && ASPNETCORE_ENVIRONMENT=Production LabourHub__DataFolder="$data" PublicCache__Seconds="$cache_seconds" \
  exec dotnet bin/Release/net10.0/LabourHub.Web.dll --urls "$u") >"$out/web.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "$u/health/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the portal stopped; see $out/web.log" >&2; exit 1; }
  sleep 0.5
done

# Signs a demo account in through the real form; prints the auth cookie ("lh.auth=...").
sign_in() {
  local jar="$out/$1.cookies" page token
  page=$(curl -fs -c "$jar" -b "$jar" "$u/account/login")
  token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Login=$1" --data-urlencode "Password=$password" \
    --data-urlencode "ReturnUrl=/" --data-urlencode "__RequestVerificationToken=$token" "$u/account/login"
  awk '$6 == "lh.auth" { print "lh.auth=" $7 }' "$jar"
}
worker=$(sign_in worker@demo.labourhub.example)
recruiter=$(sign_in recruiter@demo.labourhub.example)
[ -n "$worker" ] && [ -n "$recruiter" ] || { echo "demo sign-in failed" >&2; exit 1; }
vacancy=$(curl -fs -H "Cookie: $recruiter" "$u/employer/vacancies" | grep -o '/employer/vacancies/[0-9a-f-]*/shortlist' | head -1)
[ -n "$vacancy" ] || { echo "the demo recruiter has no open vacancy" >&2; exit 1; }
for check in "/vacancies?q=$query|" "/worker/jobs|$worker" "$vacancy|$recruiter"; do
  path=${check%%|*}; cookie=${check#*|}
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$u$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
done

# run NAME PATH [COOKIE]: autocannon for $seconds at $connections connections; JSON into $out/NAME.json
run() {
  local args=(-c "$connections" -d "$2" --json)
  [ -n "${4:-}" ] && args+=(-H "Cookie: $4")
  "${autocannon[@]}" "${args[@]}" "$u$3" >"$out/$1.json" 2>/dev/null
}
warm() { run "warmup-$1" "$warmup" "$2" "${3:-}"; }

echo "warming up ($warmup s per endpoint)..." >&2
warm bare /health/live
warm search "/vacancies?q=$query"
warm jobs /worker/jobs "$worker"
warm shortlist "$vacancy" "$recruiter"

echo "measuring ($seconds s per endpoint, $connections connections)..." >&2
run bare-1 "$seconds" /health/live
run search "$seconds" "/vacancies?q=$query"
run bare-2 "$seconds" /health/live
run jobs "$seconds" /worker/jobs "$worker"
run bare-3 "$seconds" /health/live
run shortlist "$seconds" "$vacancy" "$recruiter"

python3 - "$out" "$connections" "$cache_seconds" <<'PY'
import json, sys
out, connections, cache_seconds = sys.argv[1], sys.argv[2], sys.argv[3]
def load(name):
    with open(f"{out}/{name}.json") as f:
        r = json.load(f)
    return r["requests"]["average"], r["latency"]["p50"], r["latency"]["p99"], r["errors"] + r["timeouts"] + r.get("non2xx", 0)
print(f"| endpoint ({connections} connections) | requests/s | p50 ms | p99 ms | errors or non-2xx | share of bare |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for bare, name, label in [("bare-1", "search", f"anonymous vacancy search `/vacancies?q=` (PublicCache:Seconds={cache_seconds})"),
                          ("bare-2", "jobs", "worker's jobs for you `/worker/jobs`"),
                          ("bare-3", "shortlist", "employer's shortlist `/employer/vacancies/{id}/shortlist`")]:
    b, t = load(bare), load(name)
    print(f"| bare `/health/live` | {b[0]:,.0f} | {b[1]} | {b[2]} | {b[3]} | |")
    print(f"| {label} | {t[0]:,.0f} | {t[1]} | {t[2]} | {t[3]} | {100 * t[0] / b[0]:.1f}% |")
PY
echo "raw results: $out" >&2
