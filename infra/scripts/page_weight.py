#!/usr/bin/env python3
"""Measures what worker pages transfer on a first and a repeat visit, against a running portal.

First visit: the page's HTML and every stylesheet, script and image it links, as sent (compressed bytes on the wire,
headers excluded), with an empty cache. Repeat visit: the HTML again, plus every linked asset that the first visit
did not allow the browser to keep (no max-age). Budgets (issue "E2E"): first <= 100 KB, repeat <= 20 KB.

  python3 infra/scripts/page_weight.py http://127.0.0.1:5080 [--write docs/benchmarks.md]
"""
import http.cookiejar, re, sys, urllib.parse, urllib.request

FIRST_BUDGET, REPEAT_BUDGET = 100 * 1024, 20 * 1024
base = sys.argv[1].rstrip("/")
write = sys.argv[sys.argv.index("--write") + 1] if "--write" in sys.argv else None

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(path, data=None):
    request = urllib.request.Request(base + path if path.startswith("/") else path, data=data,
                                     headers={"Accept-Encoding": "br, gzip", "Accept-Language": "ar"})
    with opener.open(request) as response:
        return response.read(), response.headers


def text(path):
    plain = urllib.request.Request(base + path, headers={"Accept-Language": "ar"})
    with opener.open(plain) as response:
        return response.read().decode("utf-8")


def sign_in(login, password):
    page = text("/account/login")
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"Login": login, "Password": password, "ReturnUrl": "/", "__RequestVerificationToken": token}).encode()
    opener.open(urllib.request.Request(base + "/account/login", data=form))


def assets(html):
    found = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    found += re.findall(r'<script[^>]+src="([^"]+)"', html)
    found += re.findall(r'<img[^>]+src="([^"]+)"', html)
    return [a.replace("&amp;", "&") for a in found]


def measure(path):
    body, headers = fetch(path)
    html = text(path)
    first, repeat, encoding = len(body), len(body), headers.get("Content-Encoding", "none")
    for asset in assets(html):
        data, asset_headers = fetch(asset)
        first += len(data)
        cache = asset_headers.get("Cache-Control", "")
        if "max-age" not in cache or "max-age=0" in cache:
            repeat += len(data)
    return first, repeat, encoding


sign_in("worker@demo.labourhub.example", "Demo-LabourHub-2026")
vacancy = re.search(r'href="(/vacancies/[0-9a-f-]{36})"', text("/vacancies")).group(1)
pages = ["/", "/vacancies", vacancy, "/worker/jobs", "/my/applications", "/my/profile", "/my/profile/basics", "/rights"]
rows, failed = [], False
for page in pages:
    try:
        first, repeat, encoding = measure(page)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            continue
        raise
    ok = first <= FIRST_BUDGET and repeat <= REPEAT_BUDGET
    failed |= not ok
    label = "/vacancies/{id}" if page == vacancy else page
    rows.append(f"| `{label}` | {first / 1024:.1f} KB | {repeat / 1024:.1f} KB | {encoding} | {'met' if ok else 'MISSED'} |")

table = "\n".join(["| worker page (Arabic, signed in) | first visit | repeat visit | HTML encoding | budget |",
                   "| --- | ---: | ---: | --- | --- |", *rows])
print(table)
if write:
    marker_start, marker_end = "<!-- page-weight:start -->", "<!-- page-weight:end -->"
    document = open(write, encoding="utf-8").read()
    section = f"{marker_start}\n{table}\n{marker_end}"
    if marker_start in document:
        document = re.sub(re.escape(marker_start) + ".*?" + re.escape(marker_end), lambda _: section, document, flags=re.S)
    else:
        document += "\n" + section + "\n"
    open(write, "w", encoding="utf-8").write(document)
sys.exit(1 if failed else 0)
