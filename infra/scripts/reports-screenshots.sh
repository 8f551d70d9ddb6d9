#!/usr/bin/env bash
# Screenshots of the ministry reports (dashboard with the province map, supply drill-down, assessment import) in
# Turkish and Arabic, on a phone (390 wide) and on a desktop (1280 wide), written to docs/screenshots.
# Starts the portal with demo data in a temporary data folder, signs in as the demo analyst (TOTP computed here),
# imports a few labour-needs assessments from a CSV, and renders the pages with Debian's Chromium (headless).
#   infra/scripts/reports-screenshots.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
port=${PORT:-5193}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$portal" 2>/dev/null || true; rm -rf "$work"' EXIT
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "Chromium is needed (apt-get install chromium)"; exit 1; }

dotnet build web/LabourHub.Web -v quiet -nologo >/dev/null
LabourHub__DataFolder="$work/data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet web/LabourHub.Web/bin/Debug/net10.0/LabourHub.Web.dll --contentRoot "$PWD/web/LabourHub.Web" --urls "$base" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
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
# shot JAR PATH NAME WIDTH HEIGHT
shot() {
  local jar=$1 path=$2 name=$3 width=${4:-390} height=${5:-844}
  curl -fs -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$out/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "$out/$name.png"
}

mkdir -p "$out"
analyst="$work/analyst.jar"
post "$analyst" /account/login --data-urlencode "Login=analyst@demo.labourhub.example" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/reports"
post "$analyst" /account/mfa --data-urlencode "Code=$(totp LABOURHUBDEMOKEYTOTPSECRETXYZ234)" --data-urlencode "ReturnUrl=/reports"

start=$(date -d '+1 month' +%Y-%m-01); end=$(date -d "$start +6 months -1 day" +%F)
cat >"$work/needs.csv" <<CSV
title,period_start,period_end,province_code,nace_section,source,method,isco_code,needed_count,wage_min_try,wage_max_try,required_skill_uris,language_codes,hard_to_fill_reasons
Gaziantep imalat,$start,$end,27,C,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,7212,40,30000,36000,,tr;ar,LackOfSkills;LanguageBarrier
Gaziantep imalat,$start,$end,27,C,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,8153,25,29000,33000,,tr,FewApplicants
İstanbul inşaat,$start,$end,34,F,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,7112,60,31000,38000,,tr,WorkingConditions
İstanbul inşaat,$start,$end,34,F,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,9313,80,29000,32000,,,FewApplicants
Hatay tarım,$start,$end,31,A,İl Tarım Müdürlüğü,Saha görüşmeleri,9211,120,,,,ar,Location
Mersin turizm,$start,$end,33,I,İŞKUR İşgücü Piyasası Araştırması,İşyeri anketi,5120,30,30000,34000,,tr;en,LanguageBarrier
CSV
t=$(curl -fs -c "$analyst" -b "$analyst" "$base/reports/assessments" | token)
curl -s -o /dev/null -c "$analyst" -b "$analyst" -F "__RequestVerificationToken=$t" -F "file=@$work/needs.csv;type=text/csv" "$base/reports/assessments/import"

for culture in tr ar; do
  shot "$analyst" "/reports?culture=$culture" "reports-dashboard-$culture-390" 390 2600
  shot "$analyst" "/reports?culture=$culture&metric=workers" "reports-map-$culture-1280" 1280 900
  shot "$analyst" "/reports/supply?culture=$culture" "reports-supply-$culture-390" 390 844
  shot "$analyst" "/reports/supply?province=27&sector=C&culture=$culture" "reports-supply-lines-$culture-390" 390 1200
done
shot "$analyst" "/reports?culture=tr&metric=shortage" "reports-map-shortage-tr-1280" 1280 900
# An import with mistakes: every row's problems, nothing saved.
printf 'title,period_start,period_end,province_code,nace_section,source,method,isco_code,needed_count,wage_min_try,wage_max_try,required_skill_uris,language_codes,hard_to_fill_reasons\nX,2027-01-01,2026-01-01,99,Z,,,99999,0,abc,,,xx,Nope\n' >"$work/bad.csv"
t=$(curl -fs -c "$analyst" -b "$analyst" "$base/reports/assessments" | token)
curl -s -c "$analyst" -b "$analyst" -F "__RequestVerificationToken=$t" -F "file=@$work/bad.csv;type=text/csv" "$base/reports/assessments/import?culture=ar" \
  | sed "s#<head>#<head><base href=\"$base/\">#" >"$work/page.html"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,1400 --screenshot="$out/reports-import-errors-ar-390.png" "file://$work/page.html" >/dev/null 2>&1
echo "$out/reports-import-errors-ar-390.png"
