"""Offline on a phone (390x844) in headless Chromium: the app installs its service worker, the network goes offline, a
twitch is logged in one tap and kept on the phone, the network comes back, and the twitch is sent once.

Also checks what installing to the home screen needs: a manifest with a name, a standalone display, a start address,
192 and 512 px icons (one maskable) and the two shortcuts.
Prints {"steps": [...], "problems": [...]} as JSON; exits 1 when there are problems.
Usage: python3 offline.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import sys
import time
import urllib.request

import websocket

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_checks  # noqa: E402

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
problems, steps = [], []

driver = phone_checks.phone_driver()


def step(name):
    steps.append(name)
    driver.save_screenshot(os.path.join(SHOTS, f"{len(steps):02d}-{name}.png"))


class DevTools:
    """The browser's own DevTools connection, to reach the service worker, which the page's commands don't cover."""

    def __init__(self):
        address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
        version = json.load(urllib.request.urlopen(f"http://{address}/json/version"))
        self.socket = websocket.create_connection(version["webSocketDebuggerUrl"], timeout=10, suppress_origin=True)
        self.next = 0
        self.sessions = {}

    def send(self, method, params=None, session=None):
        self.next += 1
        message = {"id": self.next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(self.socket.recv())
            if answer.get("id") == self.next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})


def network(offline):
    """Takes the page and the service worker offline, or back online."""
    conditions = {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", conditions)
    workers = [t for t in tools.send("Target.getTargets")["targetInfos"] if t["type"] == "service_worker"]
    if not workers:
        problems.append("no service worker to take offline")
    for worker in workers:
        target = worker["targetId"]
        if target not in tools.sessions:
            tools.sessions[target] = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            tools.send("Network.enable", {}, tools.sessions[target])
        tools.send("Network.emulateNetworkConditions", conditions, tools.sessions[target])


def episodes_on_today():
    return driver.page_source.count("twitch · left eyelid")


try:
    manifest = json.load(urllib.request.urlopen(BASE + "/manifest.webmanifest"))
    if manifest.get("display") != "standalone" or manifest.get("start_url") != "/" or not manifest.get("name"):
        problems.append(f"the manifest lacks a name, a standalone display or a start address: {manifest}")
    sizes = {(icon["sizes"], icon.get("purpose")) for icon in manifest.get("icons", [])}
    for wanted in [("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")]:
        if wanted not in sizes:
            problems.append(f"the manifest has no {wanted} icon")
    for icon in manifest.get("icons", []):
        data = urllib.request.urlopen(BASE + icon["src"]).read()
        if icon["type"] == "image/png" and data[:8] != b"\x89PNG\r\n\x1a\n":
            problems.append(f"{icon['src']} is not a PNG")
    if [s["name"] for s in manifest.get("shortcuts", [])] != ["Log a twitch", "Check in"]:
        problems.append(f"the shortcuts are {manifest.get('shortcuts')}")

    driver.get(BASE + "/setup")
    driver.find_element(By.ID, "name").send_keys("Sam")
    driver.find_element(By.ID, "email").send_keys("sam@example.org")
    driver.find_element(By.ID, "password").send_keys("a calm long password")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "Log a twitch now" in d.page_source)
    # The service worker takes charge of the page; Today is then opened through it, so a copy is kept.
    deadline = time.time() + 20
    while time.time() < deadline and not driver.execute_script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)"):
        time.sleep(0.3)
        driver.get(BASE + "/")
    if not driver.execute_script("return !!navigator.serviceWorker.controller"):
        problems.append("the service worker never took charge of the page")
    driver.get(BASE + "/")
    step("online")
    tools = DevTools()

    network(True)
    driver.get(BASE + "/")
    if "Log a twitch now" not in driver.page_source:
        problems.append("Today does not open offline")
    step("offline-today")
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, ".tap-grid button") if b.text.strip() == "Left eyelid"]
    if not buttons:
        problems.append("no Left eyelid button on Today offline")
    else:
        buttons[0].click()
        WebDriverWait(driver, 10).until(lambda d: "Saved on this phone" in d.page_source or "Logged a twitch" in d.page_source)
    if "Saved on this phone" not in driver.page_source:
        problems.append(f"logging offline did not say it was kept: {driver.find_element(By.TAG_NAME, 'body').text[:200]}")
    step("offline-logged")
    outbox = """
        const done = arguments[arguments.length - 1];
        const request = indexedDB.open('twitchless', 1);
        request.onsuccess = () => { const t = request.result.transaction('outbox', 'readonly');
          const all = t.objectStore('outbox').getAll(); all.onsuccess = () => done(all.result.map(e => e.body)); };
        request.onerror = () => done(null);"""
    kept = driver.execute_async_script(outbox)
    if not kept or len(kept) != 1 or "at=" not in kept[0]:
        problems.append(f"the phone does not keep exactly one entry with its time: {kept}")

    network(False)
    driver.get(BASE + "/")
    if os.environ.get("DEBUG_OFFLINE"):
        time.sleep(3)
        print("outbox after online:", driver.execute_async_script(outbox), file=sys.stderr)
        print("targets:", tools.send("Target.getTargets"), file=sys.stderr)
    deadline = time.time() + 20
    while time.time() < deadline and episodes_on_today() == 0:
        time.sleep(0.5)
        driver.get(BASE + "/")
    # A second page load (and its "send") must not send it again.
    driver.get(BASE + "/log")
    time.sleep(1)
    driver.get(BASE + "/")
    count = episodes_on_today()
    if count != 1:
        problems.append(f"after going online Today shows {count} left-eyelid twitches, not 1")
    step("online-again")
finally:
    driver.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
