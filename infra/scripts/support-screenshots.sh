#!/usr/bin/env bash
# Screenshots of the SME support pages on a phone (390x844) in Turkish and Arabic, written to docs/screenshots.
# Starts the portal with demo data in a temporary data folder; the demo owner applies to the demo programme (with
# documents) and looks at the services; a case worker opens the application; an administrator opens the programme
# form. Rerun from the repository root:
#   infra/scripts/support-screenshots.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
port=${PORT:-5192}
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
shot() {
  local jar=$1 path=$2 name=$3
  curl -fs -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,844 \
    --screenshot="$out/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "$out/$name.png"
}
totp() {
  python3 - <<'PY'
import base64, hashlib, hmac, struct, time
key = base64.b32decode("LABOURHUBDEMOKEYTOTPSECRETXYZ234")
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff) % 1000000))
PY
}
# signin JAR LOGIN: password, then the demo second factor.
signin() {
  post "$1" /account/login --data-urlencode "Login=$2" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/"
  post "$1" /account/mfa --data-urlencode "Code=$(totp)" --data-urlencode "ReturnUrl=/"
}

mkdir -p "$out"
owner="$work/owner.jar"
signin "$owner" owner@demo.labourhub.example
for culture in tr ar; do shot "$owner" "/employer/support?culture=$culture" "support-programmes-$culture-390"; done
apply=$(curl -fs -b "$owner" "$base/employer/support" | grep -o '/employer/support/programmes/[0-9a-f-]*/apply' | head -1 || true)
if [ -n "$apply" ]; then
  shot "$owner" "$apply?culture=ar" "support-apply-ar-390"
  post "$owner" "$apply" --data-urlencode "PlannedHires=4" --data-urlencode "PlannedRefugeeHires=3" \
    --data-urlencode "Summary=Dört kaynakçı kayıtlı olarak işe alınacak; ikisi Arapça bilen ustabaşı yanında eğitilecek." \
    --data-urlencode "BudgetItems[0]=İş güvenliği eğitimi" --data-urlencode "BudgetAmounts[0]=18500" \
    --data-urlencode "BudgetItems[1]=Koruyucu ekipman" --data-urlencode "BudgetAmounts[1]=9250.50"
  application=$(curl -fs -b "$owner" "$base/employer/support" | grep -o '/employer/support/applications/[0-9a-f-]*' | head -1)
  printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$work/doc.pdf"
  for item in "Vergi levhası" "SGK borcu yoktur yazısı" "İmza sirküleri"; do
    t=$(curl -fs -b "$owner" "$base$application" | token)
    curl -s -o /dev/null -b "$owner" -c "$owner" -F "__RequestVerificationToken=$t" -F "item=$item" -F "file=@$work/doc.pdf;type=application/pdf" "$base$application/documents"
  done
  for culture in tr ar; do shot "$owner" "$application?culture=$culture" "support-application-draft-$culture-390"; done
  t=$(curl -fs -b "$owner" "$base$application" | token)
  curl -s -o /dev/null -b "$owner" -c "$owner" -X POST --data-urlencode "__RequestVerificationToken=$t" "$base$application/submit"
fi
for culture in tr ar; do shot "$owner" "/employer/services?culture=$culture" "services-$culture-390"; done

caseworker="$work/caseworker.jar"
signin "$caseworker" caseworker@demo.labourhub.example
shot "$caseworker" "/caseworker/grants?culture=tr" "grants-queue-tr-390"
grant=$(curl -fs -b "$caseworker" "$base/caseworker/grants" | grep -o '/caseworker/grants/[0-9a-f-]\{36\}' | head -1 || true)
[ -z "$grant" ] || for culture in tr ar; do shot "$caseworker" "$grant?culture=$culture" "grant-review-$culture-390"; done

admin="$work/admin.jar"
signin "$admin" admin@demo.labourhub.example
shot "$admin" "/admin/programmes/new?culture=ar" "programme-form-ar-390"
shot "$admin" "/admin/programmes?culture=tr" "programmes-tr-390"
