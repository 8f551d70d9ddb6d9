#!/usr/bin/env bash
# Times the ministry dashboard on a big data set: the snapshot computation (the background job's work) and the
# rendering of /reports, /reports/supply and /api/v1/reports/supply from the snapshot.
#   infra/scripts/reports-benchmark.sh DATA_FOLDER [renders]
# DATA_FOLDER is a LabourHub data folder with a big database (build one with tests/LabourHub.Search.Benchmarks, see
# docs/benchmarks.md; work on a copy: the portal applies migrations and the script imports assessments into it).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:?data folder}
renders=${2:-20}
port=${PORT:-5195}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$portal" 2>/dev/null || true; grep -h "Report snapshot" "$work/portal.log" | tail -5; rm -rf "$work"' EXIT

dotnet build -c Release web/LabourHub.Web -v quiet -nologo >/dev/null
LabourHub__DataFolder="$data" ASPNETCORE_ENVIRONMENT=Production Reports__RefreshSeconds=0 \
  dotnet web/LabourHub.Web/bin/Release/net10.0/LabourHub.Web.dll --contentRoot "$PWD/web/LabourHub.Web" --urls "$base" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 900); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health/ready" >/dev/null || { tail -20 "$work/portal.log"; exit 1; }
sqlite3 "$data/labourhub.db" 'select (select count(*) from Workers) || " workers, " || (select count(*) from Vacancies) || " vacancies, " || (select count(*) from Applications) || " applications"' 2>/dev/null || true

token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
post() {
  local jar=$1 path=$2; shift 2
  local t; t=$(curl -fs -c "$jar" -b "$jar" "$base$path" | token)
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -c "$jar" -b "$jar" -X POST "$base$path" --data-urlencode "__RequestVerificationToken=$t" "$@"
}
totp() {
  python3 -c 'import base64,hmac,struct,time,sys
k=base64.b32decode(sys.argv[1]); c=struct.pack(">Q", int(time.time())//30)
h=hmac.new(k,c,"sha1").digest(); o=h[-1]&15
print("%06d" % ((struct.unpack(">I", h[o:o+4])[0] & 0x7fffffff) % 1000000))' "$1"
}
jar="$work/analyst.jar"
post "$jar" /account/login --data-urlencode "Login=analyst@demo.labourhub.example" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/" >/dev/null
post "$jar" /account/mfa --data-urlencode "Code=$(totp LABOURHUBDEMOKEYTOTPSECRETXYZ234)" --data-urlencode "ReturnUrl=/" >/dev/null

# 81 provinces x 4 occupations = 324 need lines (one assessment per province), imported through the page.
python3 - "$work/needs.csv" <<'PY'
import sys, datetime
today = datetime.date.today(); start = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
end = start + datetime.timedelta(days=180)
codes = ["7212", "8153", "7112", "9313", "5120", "9211", "7411", "8322"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("title,period_start,period_end,province_code,nace_section,source,method,isco_code,needed_count,wage_min_try,wage_max_try,required_skill_uris,language_codes,hard_to_fill_reasons\n")
    for p in range(1, 82):
        for i in range(4):
            code = codes[(p + i) % len(codes)]
            f.write(f"Benchmark {p},{start},{end},{p},C,benchmark,generated,{code},{20 + (p * 7 + i * 13) % 180},30000,36000,,tr,FewApplicants\n")
PY
if [ "$(sqlite3 "$data/labourhub.db" "select count(*) from Assessments where Title = 'Benchmark 1'" 2>/dev/null || echo 0)" = "0" ]; then
t=$(curl -fs -c "$jar" -b "$jar" "$base/reports/assessments" | token)
echo "import of 324 lines: $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' -c "$jar" -b "$jar" -F "__RequestVerificationToken=$t" -F "file=@$work/needs.csv;type=text/csv" "$base/reports/assessments/import")"
fi
echo "need lines: $(sqlite3 "$data/labourhub.db" 'select count(*) from AssessmentLines' 2>/dev/null || echo '?')"

echo "snapshot computation (POST /reports/refresh, the background job's work), 3 runs:"
for _ in 1 2 3; do
  t=$(curl -fs -c "$jar" -b "$jar" "$base/reports/assessments" | token)
  curl -s -o /dev/null -w '%{http_code} %{time_total}s\n' -c "$jar" -b "$jar" -X POST "$base/reports/refresh" --data-urlencode "__RequestVerificationToken=$t"
done
grep -o '"VmHWM[^,]*' /dev/null || true
echo "peak resident memory of the portal: $(grep VmHWM /proc/$portal/status | awk '{print $2/1024 " MB"}')"

measure() {
  local path=$1
  curl -fs -o /dev/null -b "$jar" "$base$path"  # warm
  for _ in $(seq 1 "$renders"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done | sort -n |
    awk -v p="$path" '{a[NR]=$1} END {printf "%-45s p50 %.1f ms  p95 %.1f ms  max %.1f ms  (%d renders)\n", p, a[int(NR*0.5+0.5)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000, NR}'
}
measure "/reports"
measure "/reports?metric=shortage"
measure "/reports/supply"
measure "/reports/supply?province=34&sector=C"
measure "/api/v1/reports/supply"
measure "/reports/export/supply.xlsx"
