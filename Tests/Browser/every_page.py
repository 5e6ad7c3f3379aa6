"""Every page of the web app, signed in with data, on a phone in headless Chromium: axe-core and the phone checks.

Creates the owner account (the database already holds the owner's log), then visits every page it can reach by
following same-site links and GET forms from Today, plus the pages in START. On each page, in light and in dark
colours (the system setting, emulated): axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules must find no
violation; chart text must be at least 12 px and chart marks at least 3:1 against the chart's background at 390 px;
and the page must not scroll sideways at 390 px or at 320 px. Saves a screenshot of each page in each colour.
Then chooses dark colours in Settings and checks that a page follows the choice, and turns on two-step sign-in (the
setup page, the recovery codes, the sign-in's code page are checked the same way) with a code made from the setup
page's otpauth address for the server's time.
Prints {"pages": [...], "problems": [...]} as JSON; exits 1 when there are problems.
Usage: python3 every_page.py BASE_URL SCREENSHOT_DIR AXE_JS SERVER_NOW
"""
import base64
import datetime
import hashlib
import hmac
import json
import os
import re
import struct
import sys
from urllib.parse import parse_qs, urljoin, urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_checks  # noqa: E402

from selenium.webdriver.common.by import By

BASE, SHOTS, AXE, NOW = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4]
os.makedirs(SHOTS, exist_ok=True)
AXE_SOURCE = open(AXE, encoding="utf-8").read()
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
START = ["/", "/history?days=365", "/history?range=all", "/history?from=2026-10-01&to=2026-11-24", "/analysis?lags=yes",
         "/days/2026-11-20", "/import", "/settings", "/more", "/guide"]
# Links that are not pages: downloads, the API, signing out.
SKIP = re.compile(r"^/(api/|export/|logout|report/download|report\.html)|\.(csv|ics|json|html|zip)$")
LIMIT = 120
# Pages of one shape (a day, an episode) are checked twice at most: the rest are the same page with other data.
PER_SHAPE = 2
problems, pages = [], []

driver = phone_checks.phone_driver()


def set_width(width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 844, "deviceScaleFactor": 2, "mobile": True})


def set_colours(scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def shot(name):
    safe = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "today"
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.execute_script("return document.documentElement.clientWidth")
    image = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}})
    with open(os.path.join(SHOTS, f"{len(pages):03d}-{safe}.png"), "wb") as file:
        file.write(base64.b64decode(image["data"]))


def axe(name):
    """Runs axe-core on the page and records each violation with its first few elements."""
    driver.execute_script(AXE_SOURCE)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').slice(0, 160))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));", TAGS)
    for violation in result:
        problems.append(f"{name}: axe {violation['id']} ({violation.get('impact')}): {violation['help']} {violation['nodes']}")


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def charts(name):
    """Chart text of at least 12 px on screen, and chart marks of at least 3:1 against the chart's background."""
    found = driver.execute_script("""
        const rgb = s => (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
        const background = e => { for (let n = e; n; n = n.parentElement) {
            const c = getComputedStyle(n).backgroundColor; if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return rgb(c); }
            return [255, 255, 255]; };
        return [...document.querySelectorAll('svg.chart')].map(svg => ({
          title: (svg.querySelector('title') || {}).textContent,
          text: [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a),
          background: background(svg),
          marks: [...svg.querySelectorAll('rect.bar, rect.bar2, rect.missing, rect.outlined, path.line, line.ref')].map(m => {
              const s = getComputedStyle(m);
              return {cls: m.getAttribute('class'), colour: rgb(m.classList.contains('outlined') || m.tagName !== 'rect' ? s.stroke : s.fill)}; })
        }));""")
    for chart in found:
        if chart["text"] and min(chart["text"]) < 12:
            problems.append(f"{name}: chart '{chart['title']}' has text of {min(chart['text']):.1f} px (under 12 px)")
        seen = set()
        for mark in chart["marks"]:
            key = (mark["cls"], tuple(mark["colour"]))
            if key in seen or len(mark["colour"]) != 3:
                continue
            seen.add(key)
            ratio = contrast(mark["colour"], chart["background"])
            if ratio < 3:
                problems.append(f"{name}: chart '{chart['title']}' mark {mark['cls']} has {ratio:.2f}:1 against its background")


def overflow(name, width):
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    if scroll > width:
        wide = driver.execute_script("""
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1
              && !e.closest('.table-scroll')).slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40));""", width)
        problems.append(f"{name}: scrolls sideways at {width} px ({scroll} px wide): {wide}")
    # The brand and "Sign out" side by side must not overlap.
    overlap = driver.execute_script("""
        const a = document.querySelector('.brand'), b = document.querySelector('.signout');
        if (!a || !b) return false; const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
        return !(r.right <= s.left || s.right <= r.left || r.bottom <= s.top || s.bottom <= r.top);""")
    if overlap:
        problems.append(f"{name}: 'Sign out' overlaps the title at {width} px")


def links():
    """Same-site page links and the GET forms' targets on the current page."""
    found = driver.execute_script("""
        return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
          .concat([...document.querySelectorAll('form[method=get]')].map(f => {
              const d = new URLSearchParams(new FormData(f)).toString(); return f.getAttribute('action') + (d ? '?' + d : ''); }));""")
    result = []
    for href in found:
        url = urlparse(urljoin(driver.current_url, href))
        if url.netloc != urlparse(BASE).netloc or not url.path.startswith("/"):
            continue
        path = url.path + (("?" + url.query) if url.query else "")
        if not SKIP.search(url.path):
            result.append(path)
    return result


def check_signed_out(path):
    """A page for someone not signed in: the same checks."""
    for width in [390, 320]:
        set_width(width)
        driver.get(BASE + path)
        overflow(f"{path} ({width} px)", width)
    pages.append(path)
    for scheme in ["light", "dark"]:
        set_colours(scheme)
        axe(f"{path} ({scheme})")
        shot(f"{path}-{scheme}")


def check_here(name):
    """The page a form answered with, without loading it again: the same checks at 390 and 320 px."""
    pages.append(name)
    for width in [390, 320]:
        set_width(width)
        overflow(f"{name} ({width} px)", width)
    set_width(390)
    for scheme in ["light", "dark"]:
        set_colours(scheme)
        axe(f"{name} ({scheme})")
        shot(f"{name}-{scheme}")
    set_colours("light")


def totp(url, at):
    """The code an authenticator app makes from an otpauth:// address (RFC 6238, SHA-1, 6 digits, 30 s) at `at`."""
    secret = parse_qs(urlparse(url).query)["secret"][0]
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def submit(text):
    """Taps the button and waits for the page the form answers with."""
    phone_checks.submit(driver, f"//button[normalize-space()='{text}']")


try:
    check_signed_out("/setup")
    set_width(390)
    set_colours("light")
    driver.get(BASE + "/")
    driver.find_element(By.ID, "name").send_keys("Sam")
    driver.find_element(By.ID, "email").send_keys("sam@example.org")
    driver.find_element(By.ID, "password").send_keys("a calm long password")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()

    set_width(390)
    queue, seen, shapes = list(START), set(), {}
    while queue and len(pages) < LIMIT:
        path = queue.pop(0)
        key = path.split("#")[0]
        shape = re.sub(r"\d{4}-\d{2}-\d{2}", "DATE", re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "ID", key))
        if key in seen or (shapes.get(shape, 0) >= PER_SHAPE and key not in START):
            continue
        seen.add(key)
        shapes[shape] = shapes.get(shape, 0) + 1
        set_width(390)
        set_colours("light")
        driver.get(BASE + key)
        if "That didn't work" in driver.page_source or "<h1>Page not found" in driver.page_source:
            problems.append(f"{key}: an error page was reached by a link: {driver.find_element(By.TAG_NAME, 'main').text[:200]}")
        pages.append(key)
        queue.extend(link for link in links() if link.split("#")[0] not in seen)
        for scheme in ["light", "dark"]:
            set_colours(scheme)
            name = f"{key} ({scheme})"
            axe(name)
            charts(name)
            overflow(name, 390)
            shot(f"{key}-{scheme}")
        set_width(320)
        driver.get(BASE + key)
        overflow(f"{key} (320 px)", 320)
    if len(pages) >= LIMIT:
        problems.append(f"more than {LIMIT} pages were found; raise the limit so every page is checked")

    # Dark colours chosen in Settings win over a light system setting.
    set_width(390)
    set_colours("light")
    driver.get(BASE + "/settings")
    driver.find_element(By.CSS_SELECTOR, "input[name=theme][value=dark]").click()
    phone_checks.submit(driver, "//button[normalize-space()='Save the colours']")
    driver.get(BASE + "/history")
    paper = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    if luminance([float(x) for x in re.findall(r"[\d.]+", paper)[:3]]) > 0.2:
        problems.append(f"after choosing dark colours in Settings the page is still light ({paper})")
    axe("/history (dark chosen in Settings)")
    shot("history-dark-chosen")

    # Two-step sign-in: set up, recovery codes, then signing in with a recovery code.
    set_colours("light")
    driver.get(BASE + "/settings")
    driver.find_element(By.ID, "two-factor-start-password").send_keys("a calm long password")
    submit("Set up two-step sign-in")
    check_here("/settings/two-factor")
    address = driver.find_element(By.CSS_SELECTOR, "a[href^='otpauth:']").get_attribute("href")
    now = datetime.datetime.fromisoformat(NOW.replace("Z", "+00:00")).timestamp()
    driver.find_element(By.ID, "code").send_keys(totp(address, now))
    submit("Turn on two-step sign-in")
    codes = [c.text for c in driver.find_elements(By.CSS_SELECTOR, ".recovery-codes code")]
    if len(codes) != 10:
        problems.append(f"two-step sign-in: {len(codes)} recovery codes shown, not 10 ({driver.find_element(By.TAG_NAME, 'main').text[:200]})")
    check_here("recovery codes")
    driver.get(BASE + "/settings")
    phone_checks.submit(driver, "//form[@action='/logout']//button")
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "email").send_keys("sam@example.org")
    driver.find_element(By.ID, "password").send_keys("a calm long password")
    submit("Sign in")
    if not driver.current_url.endswith("/login/code"):
        problems.append(f"two-step sign-in: the password led to {driver.current_url}, not the code page")
    check_here("/login/code")
    driver.find_element(By.ID, "code").send_keys(codes[0] if codes else "")
    submit("Sign in")
    if "recovery_left=9" not in driver.current_url:
        problems.append(f"two-step sign-in: a recovery code led to {driver.current_url}")

    # Signed out: the sign-in page.
    driver.find_element(By.XPATH, "//form[@action='/logout']//button").click()
    check_signed_out("/login")
except Exception as error:  # noqa: BLE001 - the pages checked so far are still reported, beside what broke
    problems.append(f"the walk stopped at {driver.current_url}: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
finally:
    driver.quit()

print(json.dumps({"pages": pages, "problems": problems}))
sys.exit(1 if problems else 0)
