"""A person on a phone (390x844) uses the web app in headless Chromium, the way they would.

Creates the owner account, logs an episode in one tap from Today, sees it on Today, checks in for the day, opens
history, settings and the API description, and checks the things a phone user needs: no sideways scrolling, touch
targets of at least 44 px, a label for every field, `lang` and one h1 per page. Saves a screenshot of every step.
Prints {"steps": [...], "problems": [...]} as JSON; exits 1 when there are problems.
Usage: python3 phone_flow.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
problems, steps = [], []

options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844"]:
    options.add_argument(argument)
options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0}})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def check_page(name):
    """Phone-sized checks on the current page, then a screenshot."""
    steps.append(name)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 390:
        problems.append(f"{name}: the page scrolls sideways ({width} px wide)")
    if driver.execute_script("return document.documentElement.lang") != "en":
        problems.append(f"{name}: no lang on <html>")
    if len(driver.find_elements(By.TAG_NAME, "h1")) != 1:
        problems.append(f"{name}: not exactly one h1")
    small = driver.execute_script("""
        return [...document.querySelectorAll('button, nav a, input[type=submit]')]
          .filter(e => e.offsetParent !== null)
          .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
          .filter(e => !e.classList.contains('link'))
          .map(e => e.textContent.trim() || e.outerHTML.slice(0, 60));""")
    if small:
        problems.append(f"{name}: touch targets under 44 px: {small[:5]}")
    unlabelled = driver.execute_script("""
        return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
          .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.closest('label') && !e.getAttribute('aria-label'))
          .map(e => e.name);""")
    if unlabelled:
        problems.append(f"{name}: fields without a label: {unlabelled}")
    driver.save_screenshot(os.path.join(SHOTS, f"{len(steps):02d}-{name}.png"))


try:
    driver.get(BASE + "/")
    if not driver.current_url.endswith("/setup"):
        problems.append(f"first visit went to {driver.current_url}, not /setup")
    check_page("setup")
    driver.find_element(By.ID, "name").send_keys("Sam")
    driver.find_element(By.ID, "email").send_keys("sam@example.org")
    driver.find_element(By.ID, "password").send_keys("a calm long password")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    check_page("today-empty")
    if "Log a twitch now" not in driver.page_source:
        problems.append("Today has no one-tap logging")

    # One tap: the "Left eyelid" button on Today logs a twitch at this minute.
    taps = 0
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, ".tap-grid button") if b.text.strip() == "Left eyelid"]
    if not buttons:
        problems.append("no Left eyelid button on Today")
    else:
        buttons[0].click()
        taps += 1
    check_page("today-logged")
    if "twitch · left eyelid" not in driver.page_source:
        problems.append("the episode logged in one tap is not on Today")
    if taps > 3:
        problems.append(f"logging an episode took {taps} taps")

    # Check in for the day with sleep and stress.
    driver.find_element(By.CSS_SELECTOR, "nav a[href='/log']").click()
    check_page("log")
    driver.find_element(By.ID, "sleep_hours").send_keys("6.5")
    driver.find_element(By.ID, "stress").send_keys("4")
    driver.find_element(By.XPATH, "//button[normalize-space()='Check in']").click()
    check_page("today-checked-in")
    if "You checked in today" not in driver.page_source:
        problems.append("the check-in is not shown on Today")

    for path, name in [("/settings", "settings")]:
        driver.get(BASE + path)
        check_page(name)
    driver.get(BASE + "/api/v1/openapi.json")
    if '"openapi": "3.1.0"' not in driver.page_source:
        problems.append("the API description is not served")
finally:
    driver.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
