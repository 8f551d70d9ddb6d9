#!/usr/bin/env bash
# Screenshots of matching in the product on a phone (390x844) in Arabic and Turkish, written to docs/screenshots:
# the admin model page before retraining, while a run is in progress and after it, and the candidates for a
# labour-needs line as the analyst (counts) and the case worker (their own people) see them.
# Starts the portal with demo data in a temporary data folder, signs in as the demo admin, analyst and case worker
# (TOTP computed here), and renders each page with Debian's Chromium (headless). Rerun from the repository root:
#   infra/scripts/matching-screenshots.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
port=${PORT:-5197}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$portal" 2>/dev/null || true; rm -rf "$work"' EXIT
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "Chromium is needed (apt-get install chromium)"; exit 1; }

dotnet build web/LabourHub.Web -v quiet -nologo >/dev/null
LabourHub__DataFolder="$work/data" ASPNETCORE_ENVIRONMENT=Production Matching__RetrainingPollInterval=00:00:01 \
  dotnet web/LabourHub.Web/bin/Debug/net10.0/LabourHub.Web.dll --contentRoot "$PWD/web/LabourHub.Web" --urls "$base" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 180); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health/ready" >/dev/null || { tail -20 "$work/portal.log"; exit 1; }

token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
post() {
  local jar=$1 path=$2; shift 2
  local t; t=$(curl -fs -c "$jar" -b "$jar" "$base$path" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base$path" --data-urlencode "__RequestVerificationToken=$t" "$@"
}
totp() {
  python3 -c 'import base64,hmac,struct,time,sys
k=base64.b32decode(sys.argv[1]); c=struct.pack(">Q", int(time.time())//30)
h=hmac.new(k,c,"sha1").digest(); o=h[-1]&15
print("%06d" % ((struct.unpack(">I", h[o:o+4])[0] & 0x7fffffff) % 1000000))' "$1"
}
staff() {
  local jar=$1 login=$2
  post "$jar" /account/login --data-urlencode "Login=$login" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/"
  post "$jar" /account/mfa --data-urlencode "Code=$(totp LABOURHUBDEMOKEYTOTPSECRETXYZ234)" --data-urlencode "ReturnUrl=/"
}
# shot JAR PATH NAME [HEIGHT]
shot() {
  local jar=$1 path=$2 name=$3 height=${4:-844}
  curl -fs -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" | sed 's#<meta http-equiv="refresh"[^>]*>##' >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="390,$height" \
    --screenshot="$out/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "$out/$name.png"
}

mkdir -p "$out"
admin="$work/admin.jar"
staff "$admin" admin@demo.labourhub.example
for culture in ar tr; do shot "$admin" "/admin/models?culture=$culture" "models-baseline-$culture-390"; done
t=$(curl -fs -c "$admin" -b "$admin" "$base/admin/models" | token)
curl -s -o /dev/null -c "$admin" -b "$admin" -X POST "$base/admin/models/retrain" --data-urlencode "__RequestVerificationToken=$t"
for _ in $(seq 1 40); do
  page=$(curl -fs -b "$admin" "$base/admin/models?culture=ar")
  if printf '%s' "$page" | grep -q 'data-status="Running"'; then shot "$admin" "/admin/models?culture=ar" "models-running-ar-390"; break; fi
  sleep 0.5
done
for _ in $(seq 1 300); do
  curl -fs -b "$admin" "$base/admin/models" | grep -q 'data-status="\(Succeeded\|Failed\)"' && break
  sleep 1
done
for culture in ar tr; do shot "$admin" "/admin/models?culture=$culture" "models-trained-$culture-390" 1400; done

# A need line where the demo case worker has people: the occupation and province of one of their assigned workers.
caseworker="$work/caseworker.jar"
staff "$caseworker" caseworker@demo.labourhub.example
read -r province isco < <(sqlite3 "$work/data/labourhub.db" \
  "SELECT w.RegisteredProvinceCode, json_extract(w.OccupationCodes, '\$[0]') FROM CaseAssignments c JOIN Workers w ON w.Id = c.WorkerId WHERE json_array_length(w.OccupationCodes) > 0 LIMIT 1;" | tr '|' ' ')
analyst="$work/analyst.jar"
staff "$analyst" analyst@demo.labourhub.example
start=$(date -d '+1 month' +%Y-%m-01); end=$(date -d "$start +6 months -1 day" +%F)
cat >"$work/needs.csv" <<CSV
title,period_start,period_end,province_code,nace_section,source,method,isco_code,needed_count,wage_min_try,wage_max_try,required_skill_uris,language_codes,hard_to_fill_reasons
İhtiyaç analizi $province,$start,$end,$province,C,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,$isco,40,30000,36000,,tr,LackOfSkills
CSV
t=$(curl -fs -c "$analyst" -b "$analyst" "$base/reports/assessments" | token)
curl -s -o /dev/null -c "$analyst" -b "$analyst" -F "__RequestVerificationToken=$t" -F "file=@$work/needs.csv;type=text/csv" "$base/reports/assessments/import"
assessment=$(sqlite3 "$work/data/labourhub.db" "SELECT lower(Id) FROM Assessments WHERE Title = 'İhtiyaç analizi $province';")
line="/reports/assessments/$assessment/lines/1/candidates"
for culture in ar tr; do
  shot "$analyst" "$line?culture=$culture" "need-candidates-counts-$culture-390"
  shot "$caseworker" "/caseworker/needs/$assessment/1/candidates?culture=$culture" "need-candidates-people-$culture-390" 1400
done
