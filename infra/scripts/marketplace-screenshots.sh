#!/usr/bin/env bash
# Screenshots of the Marketplace pages on a phone (390x844) in Arabic and Turkish, written to docs/screenshots.
# Starts the portal with demo data in a temporary data folder, walks through it with curl as a worker and as a
# recruiter, and renders each page with Debian's Chromium (headless). Rerun from the repository root:
#   infra/scripts/marketplace-screenshots.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
port=${PORT:-5191}
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
# post JAR PATH [curl --data-urlencode arguments...]: posts a form with the page's antiforgery token.
post() {
  local jar=$1 path=$2; shift 2
  local t; t=$(curl -fs -c "$jar" -b "$jar" "$base$path" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base$path" --data-urlencode "__RequestVerificationToken=$t" "$@"
}
# shot JAR PATH NAME: renders the page as the jar's owner sees it.
shot() {
  local jar=$1 path=$2 name=$3
  curl -fs -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,844 \
    --screenshot="$out/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "$out/$name.png"
}

mkdir -p "$out"
worker="$work/worker.jar"
post "$worker" /account/register --data-urlencode "Login=screens-$(date +%s)@example.org" \
  --data-urlencode "Password=a long screenshot passphrase" --data-urlencode "ConfirmPassword=a long screenshot passphrase" --data-urlencode "Culture=ar"
for culture in ar tr; do shot "$worker" "/my/profile?culture=$culture" "profile-overview-$culture-390"; done
post "$worker" /my/profile/basics --data-urlencode "DisplayName=Ahmad Haddad" --data-urlencode "NationalityCode=" --data-urlencode "Phone=12"
post "$worker" /my/profile/basics --data-urlencode "DisplayName=أحمد حداد" --data-urlencode "NationalityCode=SY" --data-urlencode "Phone=0532 123 45 67"
post "$worker" /my/profile/protection --data-urlencode "ProtectionStatus=TemporaryProtection" --data-urlencode "ProtectionRegisteredOn=2022-03-01" --data-urlencode "RegisteredProvinceCode=27"
post "$worker" /my/profile/languages --data-urlencode "Languages[0].Code=ar" --data-urlencode "Languages[0].Level=C2" --data-urlencode "Languages[1].Code=tr" --data-urlencode "Languages[1].Level=B1"
post "$worker" /my/profile/occupations --data-urlencode "Occupations=7212"
for culture in ar tr; do
  shot "$worker" "/my/profile/basics?culture=$culture" "profile-basics-$culture-390"
  shot "$worker" "/my/profile/languages?culture=$culture" "profile-languages-$culture-390"
  shot "$worker" "/my/profile/skills?culture=$culture" "profile-skills-$culture-390"
  shot "$worker" "/my/profile?culture=$culture" "profile-meter-$culture-390"
done
shot "$worker" "/my/profile/documents?culture=ar" "profile-documents-ar-390"

vacancy=$(curl -fs "$base/api/v1/vacancies?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
for culture in ar tr; do shot "$worker" "/vacancies/$vacancy?culture=$culture" "vacancy-$culture-390"; done

recruiter="$work/recruiter.jar"
post "$recruiter" /account/login --data-urlencode "Login=recruiter@demo.labourhub.example" --data-urlencode "Password=Demo-LabourHub-2026" --data-urlencode "ReturnUrl=/"
with_applicants=$(curl -fs -b "$recruiter" "$base/employer/vacancies" | grep -o '/employer/vacancies/[0-9a-f-]*/applicants' | head -1)
for culture in ar tr; do shot "$recruiter" "$with_applicants?culture=$culture" "applicants-$culture-390"; done
thread=$(curl -fs -b "$recruiter" "$base$with_applicants" | grep -o '/employer/applications/[0-9a-f-]*/messages' | head -1)
post "$recruiter" "$thread" --data-urlencode "body=Merhaba, yarın saat 10'da görüşmeye gelebilir misiniz? <b>Adres</b> Şahinbey."
for culture in ar tr; do shot "$recruiter" "$thread?culture=$culture" "messages-employer-$culture-390"; done

# Workflow: the recruiter invites applicants to interview and offers the job until the rules allow one (the
# eligibility rules refuse some: another province, the waiting period); then the placement page and the contract.
placement=""
for list in $(curl -fs -b "$recruiter" "$base/employer/vacancies" | grep -o '/employer/vacancies/[0-9a-f-]*/applicants' | sort -u); do
  page=$(curl -fs -b "$recruiter" "$base$list")
  for form in $(printf '%s' "$page" | python3 -c '
import re, sys
html = sys.stdin.read()
for m in re.finditer(r"<form method=\"post\" action=\"([^\"]+)\">\s*<input type=\"hidden\" name=\"version\" value=\"([^\"]+)\" />\s*<button[^>]*value=\"Interview\"", html):
    print(m.group(1) + "|" + m.group(2))'); do
    curl -s -o /dev/null -c "$recruiter" -b "$recruiter" -X POST "$base${form%|*}" --data-urlencode "__RequestVerificationToken=$(curl -fs -b "$recruiter" "$base$list" | token)" \
      --data-urlencode "version=${form#*|}" --data-urlencode "action=Interview"
  done
  for offer in $(curl -fs -b "$recruiter" "$base$list" | grep -o '/employer/applications/[0-9a-f-]*/offer' | sort -u); do
    [ -f "$out/offer-ar-390.png" ] || shot "$recruiter" "$offer?culture=ar" "offer-ar-390"
    post "$recruiter" "$offer" --data-urlencode "PositionTitle=Kasap" --data-urlencode "Wage=32000" \
      --data-urlencode "StartDate=$(date -d '+30 days' +%F)" --data-urlencode "OfferValidUntil=$(date -d '+7 days' +%F)" \
      --data-urlencode "IdempotencyKey=$(cat /proc/sys/kernel/random/uuid)"
    placement=$(curl -fs -b "$recruiter" "$base/placements" | grep -o '/placements/[0-9a-f-]\{36\}' | head -1 || true)
    if [ -n "$placement" ]; then break 2; fi
  done
done
if [ -n "$placement" ]; then
  for culture in ar tr; do shot "$recruiter" "$placement?culture=$culture" "placement-$culture-390"; done
  shot "$recruiter" "/placements?culture=tr" "placements-tr-390"
  shot "$recruiter" "$placement/contract?lang=ar" "contract-ar-390"
  shot "$recruiter" "$placement/audit?culture=ar" "audit-ar-390"
  shot "$recruiter" "/notifications?culture=ar" "notifications-ar-390"
else
  echo "no offer could be made for the workflow screenshots"
fi
