"""Twitchless through a database failover: nothing acknowledged is lost, nothing is saved twice.

Usage: failover.py CLUSTER_DIR HA_SCRIPT APP_URL [APP_URL ...]

CLUSTER_DIR is a cluster started by `scripts/ha-cluster start`, and every APP_URL a Twitchless server on it. The
script signs up one person, then first measures what synchronous replication costs a write (sequential POST
/api/v1/episodes with the standby synchronous, then with it asynchronous). Then writers log episodes through all the
servers at once, each request with its own Idempotency-Key, sent again with that key after a 503 or a cut connection
until it is answered. Meanwhile the primary is killed (kill -9 of its Patroni and PostgreSQL) at a random moment, the
old primary is started again and rejoins as a standby, and the new primary is killed in turn. Finally every
acknowledged episode is looked for in the database.

Prints one JSON object: the figures, and "ok" (false with "problems" when something acknowledged is missing or
stored twice, a server answered anything but 2xx, 409 or 503, or readiness did not follow the primary).
"""
import datetime
import http.cookiejar
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

cluster, ha_script, bases = sys.argv[1], sys.argv[2], [base.rstrip("/") for base in sys.argv[3:]]
ports = dict(line.strip().split("=", 1) for line in open(cluster + "/ports") if "=" in line)
database_url = open(cluster + "/url").read().strip()
rng = random.Random(int(time.time()))
problems = []
problems_lock = threading.Lock()


def problem(text):
    with problems_lock:
        if len(problems) < 30:
            problems.append(text)


def csrf(page):
    match = re.search(r'name="csrf" value="([^"]*)"', page)
    return match.group(1) if match else ""


def sign_up(base):
    """The owner account and an API token, through the web pages."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/setup").read().decode()
    opener.open(urllib.request.Request(base + "/setup", data=urllib.parse.urlencode(
        {"csrf": csrf(page), "name": "Sam", "email": "sam@example.org", "password": "failover keeps every write"}).encode(), method="POST"))
    settings = opener.open(base + "/settings").read().decode()
    created = opener.open(urllib.request.Request(base + "/settings/tokens", data=urllib.parse.urlencode(
        {"csrf": csrf(settings), "name": "failover"}).encode(), method="POST")).read().decode()
    return re.search(r"it won't be shown again.</p><p><code>([^<]+)</code>", created).group(1)


def post(base, token, body, key, timeout=30):
    """(status, parsed body, Retry-After); status None when the connection failed."""
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": key}
    request = urllib.request.Request(base + "/api/v1/episodes", data=json.dumps(body).encode(), method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read().decode()), None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = text
        return error.code, parsed, error.headers.get("Retry-After")
    except Exception as error:
        return None, type(error).__name__, None


def rest(node, path, method="GET", body=None):
    """A Patroni member's REST answer: (status, parsed body), (None, None) when it doesn't answer."""
    request = urllib.request.Request("http://127.0.0.1:%s%s" % (ports["rest_" + node], path), method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    try:
        with urllib.request.urlopen(request, timeout=1) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text.startswith("{") else text
    except urllib.error.HTTPError as error:
        return error.code, None
    except Exception:
        return None, None


def leader():
    for node in ("node1", "node2"):
        if rest(node, "/primary")[0] == 200:
            return node
    return None


def sync_standby():
    """The member that is the synchronous standby now, if any."""
    for node in ("node1", "node2"):
        status, body = rest(node, "/cluster")
        if status == 200 and isinstance(body, dict):
            for member in body.get("members", []):
                if member.get("role") == "sync_standby" and member.get("state") in ("running", "streaming"):
                    return member["name"]
    return None


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    problem("%s did not happen within %d seconds" % (what, seconds))
    return False


counter = 0
counter_lock = threading.Lock()


def next_episode():
    """A new episode with its own minute, going back from 2026-11-20 (distinct minutes: never the same episode)."""
    global counter
    with counter_lock:
        counter += 1
        i = counter
    at = datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc) - datetime.timedelta(minutes=i)
    return {"site": "face", "kind": "twitch", "intensity": 1 + i % 10, "note": "failover %d" % i,
            "started_at": at.strftime("%Y-%m-%dT%H:%M:%SZ")}


def write_once(base, token, seen, deadline=None):
    """One keyed write, sent again with its key until it is answered; (started_at, id, seconds) once acknowledged."""
    body, key = next_episode(), str(uuid.uuid4())
    started = time.monotonic()
    while True:
        status, answer, retry_after = post(base, token, body, key)
        label = str(status) if status else "connection: %s" % answer
        if status in (200, 201):
            return body["started_at"], answer.get("id"), time.monotonic() - started
        with seen_lock:
            seen[label] = seen.get(label, 0) + 1
        if status not in (None, 409, 503):
            problem("a write answered %s: %s" % (status, str(answer)[:300]))
            return None
        if deadline and time.monotonic() > deadline:
            problem("a write was still unanswered after the writers stopped (%s)" % label)
            return None
        time.sleep(min(float(retry_after or 0.2), 0.5) * rng.uniform(0.5, 1.0))


seen_lock = threading.Lock()


def latency_ms(token, count):
    """Median and 99th percentile of sequential writes through the first server, in milliseconds."""
    seen = {}
    times = sorted(write_once(bases[0], token, seen)[2] * 1000 for _ in range(count))
    return {"median": round(statistics.median(times), 2), "p99": round(times[int(len(times) * 0.99) - 1], 2)}


token = sign_up(bases[0])
failover_started = time.monotonic()

# What synchronous replication costs a write, on this machine (both PostgreSQL servers on loopback).
for _ in range(50):
    write_once(bases[0], token, {})
synchronous = latency_ms(token, 300)
status, _ = rest(leader(), "/config", "PATCH", {"synchronous_mode": False})
if status != 200:
    problem("Patroni did not turn synchronous replication off (%s)" % status)
wait_for(lambda: sync_standby() is None, 30, "the standby becoming asynchronous")
asynchronous = latency_ms(token, 300)
rest(leader(), "/config", "PATCH", {"synchronous_mode": True})
wait_for(lambda: sync_standby() is not None, 60, "the standby becoming synchronous again")

# Writers through every server, readiness and the primary watched, while the primary is killed twice.
stop = threading.Event()
acknowledged = []
acknowledged_lock = threading.Lock()
seen = {}


def writer(number):
    base = bases[number % len(bases)]
    while not stop.is_set():
        result = write_once(base, token, seen, deadline=None)
        if result is None:
            continue
        with acknowledged_lock:
            acknowledged.append(result)


ready_log = {base: [] for base in bases}
primary_log = []


def watcher():
    while not stop.is_set():
        now = time.monotonic()
        primary_log.append((now, leader()))
        for base in bases:
            try:
                with urllib.request.urlopen(base + "/health/ready", timeout=5) as response:
                    ready = response.status == 200
            except Exception:
                ready = False
            log = ready_log[base]
            if not log or log[-1][1] != ready:
                log.append((time.monotonic(), ready))
        time.sleep(0.1)


threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)] + [threading.Thread(target=watcher)]
for thread in threads:
    thread.start()
kills = []
try:
    for round_number in range(2):
        time.sleep(rng.uniform(2, 6))
        before = len(acknowledged)
        killed = subprocess.run([ha_script, "kill-primary", cluster], capture_output=True, text=True)
        if killed.returncode != 0:
            problem("kill-primary failed: " + killed.stderr.strip())
            break
        node = killed.stdout.strip()
        kills.append({"node": node, "at": time.monotonic(), "acknowledged_before": before})
        wait_for(lambda: leader() not in (None, node), 60, "a new primary after killing %s" % node)
        # Writes go on through the new primary.
        goal = len(acknowledged) + 20
        wait_for(lambda: len(acknowledged) >= goal, 60, "writes through the new primary")
        time.sleep(rng.uniform(1, 3))
        restarted = subprocess.run([ha_script, "restart", node, cluster], capture_output=True, text=True)
        if restarted.returncode != 0:
            problem("restart %s failed: %s" % (node, restarted.stderr.strip()))
            break
        wait_for(lambda: sync_standby() == node, 120, "%s rejoining as the synchronous standby" % node)
    time.sleep(3)
finally:
    stop.set()
    for thread in threads:
        thread.join(timeout=120)

# Seconds without a primary after each kill, and readiness meanwhile.
outages = []
for kill in kills:
    after = [(at, node) for at, node in primary_log if at >= kill["at"]]
    back = next((at for at, node in after if node not in (None, kill["node"])), None)
    outages.append(round(back - kill["at"], 2) if back else None)
    for base in bases:
        changes = [(at, ready) for at, ready in ready_log[base] if at >= kill["at"]]
        if not any(not ready for _, ready in changes):
            problem("%s stayed ready while %s was down" % (base, kill["node"]))
        elif not any(ready for _, ready in changes):
            problem("%s was not ready again after %s came back" % (base, kill["node"]))

# Every acknowledged episode, stored once, with the id its answer gave.
listing = subprocess.run(["psql", "-qAtX", "-F", "\t", database_url, "-c",
                          "SELECT to_char(to_timestamp(started_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), id, note FROM episodes"],
                         capture_output=True, text=True)
if listing.returncode != 0:
    problem("the episodes could not be listed: " + listing.stderr.strip())
rows = [line.split("\t") for line in listing.stdout.splitlines() if line]
stored = {}
by_note = {}
for started_at, row_id, note in rows:
    stored.setdefault(started_at, []).append(row_id)
    by_note[note] = by_note.get(note, 0) + 1
lost = [started_at for started_at, _, _ in acknowledged if started_at not in stored]
mismatched = [started_at for started_at, row_id, _ in acknowledged if started_at in stored and row_id not in stored[started_at]]
duplicates = sum(count - 1 for count in by_note.values() if count > 1)
if lost:
    problem("%d acknowledged writes are missing, e.g. %s" % (len(lost), lost[:3]))
if mismatched:
    problem("%d acknowledged writes answered an id that isn't stored, e.g. %s" % (len(mismatched), mismatched[:3]))
if duplicates:
    problem("%d episodes are stored twice" % duplicates)
unanswered = sum(count for label, count in seen.items() if label.startswith("connection: Timeout"))
if unanswered:
    problem("%d requests were not answered within 30 seconds" % unanswered)
if len(kills) < 2:
    problem("the primary was killed %d times, not twice" % len(kills))

print(json.dumps({
    "ok": not problems,
    "problems": problems,
    "acknowledged": len(acknowledged),
    "lost": len(lost),
    "duplicates": duplicates,
    "stored_episodes": len(rows),
    "seconds_without_primary": outages,
    "killed": [kill["node"] for kill in kills],
    "errors_seen_by_clients": seen,
    "write_latency_ms": {"synchronous_standby": synchronous, "asynchronous_standby": asynchronous},
    "seconds": round(time.monotonic() - failover_started, 1),
}))
sys.exit(1 if problems else 0)
