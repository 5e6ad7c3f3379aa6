"""Keyed API requests survive a crash: each is done exactly once, however it is retried.

Phases (the test kills and restarts the server between them):
  setup URL STATE        create the owner account and an API token; write them to STATE (JSON)
  fire URL STATE N       send N keyed POST /api/v1/episodes at once (the server is killed meanwhile); record answers
  retry URL STATE        send every request again with its key; check each answer, the stored episodes and
                         simultaneous duplicates of one key
Prints {"ok": true, ...} or the problems as JSON.
"""
import concurrent.futures
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

phase, base, state_path = sys.argv[1], sys.argv[2].rstrip("/"), sys.argv[3]


def api(method, path, token, body=None, key=None):
    """(status, parsed JSON or text); (None, error) when the connection fails."""
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, text
    except Exception as error:  # cut off by the kill
        return None, str(error)


def episode(i):
    # Distinct minutes on 2026-11-24, before the server's fixed now.
    return {"site": "face", "kind": "twitch", "started_at": "2026-11-24T%02d:%02d:00Z" % (10 + i // 60, i % 60), "intensity": 1 + i % 10}


if phase == "setup":
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def csrf(page):
        match = re.search(r'name="csrf" value="([^"]*)"', page)
        return match.group(1) if match else ""

    page = opener.open(base + "/setup").read().decode()
    opener.open(urllib.request.Request(base + "/setup", data=urllib.parse.urlencode(
        {"csrf": csrf(page), "name": "Sam", "email": "sam@example.org", "password": "keyed requests survive"}).encode(), method="POST"))
    settings = opener.open(base + "/settings").read().decode()
    created = opener.open(urllib.request.Request(base + "/settings/tokens", data=urllib.parse.urlencode(
        {"csrf": csrf(settings), "name": "crash test"}).encode(), method="POST")).read().decode()
    token = re.search(r"it won't be shown again.</p><p><code>([^<]+)</code>", created).group(1)
    json.dump({"token": token}, open(state_path, "w"))
    print(json.dumps({"ok": True}))
    sys.exit(0)

state = json.load(open(state_path))
token = state["token"]

if phase == "fire":
    count = int(sys.argv[4])
    answers = [None] * count
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        futures = {pool.submit(api, "POST", "/api/v1/episodes", token, episode(i), "crash-%d" % i): i for i in range(count)}
        for future in concurrent.futures.as_completed(futures):
            answers[futures[future]] = future.result()
            if answers[futures[future]][0]:
                done += 1
                # The test kills the server once some requests have their answer.
                print("answered %d" % done, flush=True)
    state["count"] = count
    state["answers"] = [{"status": status, "body": body if status else None} for status, body in answers]
    json.dump(state, open(state_path, "w"))
    print(json.dumps({"ok": True, "answered": done}))
    sys.exit(0)

problems = []
count = state["count"]
answered_before = 0
for i in range(count):
    status, body = api("POST", "/api/v1/episodes", token, episode(i), "crash-%d" % i)
    earlier = state["answers"][i]
    if status not in (200, 201):
        problems.append("retry %d answered %s: %s" % (i, status, body))
        continue
    if earlier["status"] in (200, 201):
        answered_before += 1
        if earlier["body"] != body or earlier["status"] != status:
            problems.append("retry %d got %s %s, not the first answer %s %s" % (i, status, body, earlier["status"], earlier["body"]))
# The same key with another request is refused.
status, body = api("POST", "/api/v1/episodes", token, {"site": "arm"}, "crash-0")
if status != 409:
    problems.append("the key crash-0 with another request answered %s, not 409" % status)
# Every request's episode is stored once: the episodes of the day, one per minute used.
status, page = api("GET", "/api/v1/episodes?limit=100", token)
minutes = sorted(item["started_at"] for item in page["items"]) if status == 200 else []
expected = sorted(episode(i)["started_at"] for i in range(count))
if minutes != expected:
    problems.append("stored %d episodes, expected %d, one per request" % (len(minutes), count))
# Simultaneous requests with one key: one does the work; the others get its answer or are told it is being handled.
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    same = list(pool.map(lambda _: api("POST", "/api/v1/episodes", token, {"site": "calf_left", "started_at": "2026-11-24T09:00:00Z"}, "together"), range(8)))
statuses = [status for status, _ in same]
bodies = [json.dumps(body, sort_keys=True) for status, body in same if status in (200, 201)]
if not bodies or len(set(bodies)) != 1 or any(status not in (200, 201, 409) for status in statuses):
    problems.append("simultaneous requests with one key answered %s" % statuses)
status, page = api("GET", "/api/v1/episodes?limit=100", token)
if status != 200 or sum(1 for item in page["items"] if item["site"] == "calf_left") != 1:
    problems.append("simultaneous requests with one key stored the episode %s times" % (
        sum(1 for item in page["items"] if item["site"] == "calf_left") if status == 200 else "?"))
print(json.dumps({"ok": not problems, "problems": problems[:20], "answered_before_the_kill": answered_before, "statuses_together": statuses}))
sys.exit(1 if problems else 0)
