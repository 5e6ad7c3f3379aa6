"""Two Twitchless servers on one PostgreSQL database act as one app.

Creates the owner account on server A, then with the same session cookie logs an episode through server B, and
checks that both servers show it on Today. Prints {"ok": true} or the problems as JSON.
Usage: python3 two_servers.py URL_A URL_B
"""
import http.cookiejar
import json
import re
import sys
import urllib.parse
import urllib.request

A, B = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
problems = []


def get(url):
    with opener.open(url) as response:
        return response.read().decode()


def post(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    with opener.open(urllib.request.Request(url, data=data, method="POST")) as response:
        return response.read().decode()


def csrf(page):
    match = re.search(r'name="csrf" value="([^"]*)"', page)
    return match.group(1) if match else ""


setup = get(A + "/setup")
post(A + "/setup", {"csrf": csrf(setup), "name": "Sam", "email": "sam@example.org", "password": "two servers, one log"})
# The session lives in the database, so server B knows it; cookies are per host name, not per port.
today_b = get(B + "/")
if "Log a twitch now" not in today_b:
    problems.append("server B did not accept the session made on server A")
post(B + "/log/episode", {"csrf": csrf(today_b), "site": "calf_right", "kind": "cramp"})
for name, url in [("A", A), ("B", B)]:
    if "cramp · right calf" not in get(url + "/"):
        problems.append(f"server {name} does not show the episode logged through B")
print(json.dumps({"ok": not problems, "problems": problems}))
sys.exit(1 if problems else 0)
