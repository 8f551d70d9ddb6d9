#!/usr/bin/env bash
# Screenshots of the Protection pages on a phone (390x844), written to docs/screenshots: the workers' rights page in
# Arabic, Persian and Turkish; a vacancy held by red-flag screening as its employer sees it; a flagged message with the
# worker's warning; the case workers' report queue and a report with the ILO checklist. Starts the portal with demo
# data in a temporary data folder and drives it with curl; renders with Debian's Chromium (headless).
#   infra/scripts/protection-screenshots.sh [output-folder]
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
for _ in $(seq 1 180); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health/ready" >/dev/null || { tail -20 "$work/portal.log"; exit 1; }

token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
post() {
  local jar=$1 path=$2; shift 2
  local t; t=$(curl -fs -c "$jar" -b "$jar" "$base${TOKEN_PAGE:-$path}" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base$path" --data-urlencode "__RequestVerificationToken=$t" "$@"
}
shot() {
  local jar=$1 path=$2 name=$3 height=${4:-844}
  curl -fs -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,"$height" \
    --screenshot="$out/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "$out/$name.png"
}
totp() {
  python3 -c 'import base64,hmac,struct,time,hashlib,sys
k=base64.b32decode(sys.argv[1]); c=struct.pack(">Q", int(time.time())//30)
h=hmac.new(k,c,hashlib.sha1).digest(); o=h[-1]&15
print("%06d" % ((struct.unpack(">I", h[o:o+4])[0]&0x7fffffff)%1000000))' LABOURHUBDEMOKEYTOTPSECRETXYZ234
}

mkdir -p "$out"
anon="$work/anon.jar"
for culture in ar fa tr; do shot "$anon" "/rights?culture=$culture" "rights-$culture-390" 2200; done

# A worker with a profile applies to one of the demo recruiter's vacancies.
recruiter="$work/recruiter.jar"
post "$recruiter" /account/login --data-urlencode "Login=recruiter@demo.labourhub.example" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/"
vacancy=$(curl -fs -b "$recruiter" "$base/employer/vacancies" | grep -o '/employer/vacancies/[0-9a-f-]*/applicants' | head -1 | cut -d/ -f4)
worker="$work/worker.jar"
post "$worker" /account/register --data-urlencode "Login=protect-$(date +%s)@example.org" \
  --data-urlencode "Password=a long screenshot passphrase" --data-urlencode "ConfirmPassword=a long screenshot passphrase" --data-urlencode "Culture=ar"
post "$worker" /my/profile/basics --data-urlencode "DisplayName=أحمد حداد" --data-urlencode "NationalityCode=SY" --data-urlencode "Phone=0532 123 45 67"
post "$worker" /my/profile/protection --data-urlencode "ProtectionStatus=TemporaryProtection" --data-urlencode "ProtectionRegisteredOn=2022-03-01" --data-urlencode "RegisteredProvinceCode=27"
TOKEN_PAGE="/vacancies/$vacancy" post "$worker" "/vacancies/$vacancy/apply"
thread=$(curl -fs -b "$worker" "$base/my/applications" | grep -o '/my/applications/[0-9a-f-]*/messages' | head -1)
application=$(echo "$thread" | cut -d/ -f4)
post "$recruiter" "/employer/applications/$application/messages" --data-urlencode "body=Merhaba. İşe başlarken 2000 TL depozito alıyoruz, kimliğinizi de ilk gün teslim edin."
shot "$worker" "$thread?culture=ar" "message-warning-ar-390" 1100
shot "$anon" "/vacancies/$vacancy?culture=ar" "vacancy-trust-ar-390" 1800
TOKEN_PAGE="/vacancies/$vacancy" post "$worker" "/report/vacancy/$vacancy" --data-urlencode "reason=threats" --data-urlencode "comment=قالوا إنهم سيتصلون بالشرطة إن تركت العمل."
shot "$worker" "/report/vacancy/$vacancy?culture=ar" "report-problem-ar-390" 1000

# The recruiter drafts a vacancy that asks for a deposit and publishes it: held, with the reason.
draft=$(TOKEN_PAGE=/employer/vacancies/new curl -s -o /dev/null -w '%{redirect_url}' -c "$recruiter" -b "$recruiter" -X POST "$base/employer/vacancies/new" \
  --data-urlencode "__RequestVerificationToken=$(curl -fs -b "$recruiter" "$base/employer/vacancies/new" | token)" \
  --data-urlencode "Title=Depo görevlisi" --data-urlencode "Description=Kayıtlı iş. İşe girişte d e p o z i t o alınır." \
  --data-urlencode "IscoCode=9321" --data-urlencode "ProvinceCode=27" --data-urlencode "WageMin=40000" --data-urlencode "WageMax=45000" \
  --data-urlencode "Positions=2" --data-urlencode "Shift=Day" --data-urlencode "Languages[0].Code=tr" --data-urlencode "Languages[0].Level=A2" | sed 's#.*/employer/vacancies/\([0-9a-f-]*\)/edit.*#\1#')
TOKEN_PAGE="/employer/vacancies/$draft/edit" post "$recruiter" "/employer/vacancies/$draft/publish"
shot "$recruiter" "/employer/vacancies/$draft/edit?held=1&culture=tr" "vacancy-held-tr-390" 1000

# The case worker's queue and one report with the ILO checklist.
caseworker="$work/caseworker.jar"
post "$caseworker" /account/login --data-urlencode "Login=caseworker@demo.labourhub.example" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/"
TOKEN_PAGE=/account/mfa post "$caseworker" /account/mfa --data-urlencode "Code=$(totp)" --data-urlencode "ReturnUrl=/"
for culture in tr ar; do shot "$caseworker" "/caseworker/reports?culture=$culture" "reports-queue-$culture-390" 1400; done
report=$(curl -fs -b "$caseworker" "$base/caseworker/reports" | grep -o '/caseworker/reports/[0-9a-f-]*' | head -1)
shot "$caseworker" "$report?culture=ar" "report-detail-ar-390" 2000
