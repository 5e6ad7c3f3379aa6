"""Correcting and logging the past on a phone (390x844) in headless Chromium, the way a person would, with a
screenshot of each step: a one-tap twitch undone; another given details instead of a second one; a twitch logged for
"yesterday 21:15" and found on yesterday's page; that one deleted after the question; the trial stopped early with a
reason; dark colours chosen in Settings. The database holds a running trial (started from the command line).
Prints {"steps": [...], "problems": [...]} as JSON; exits 1 when there are problems.
Usage: python3 phone_edits.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_checks  # noqa: E402

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
problems, steps = [], []

driver = phone_checks.phone_driver()


def step(name):
    steps.append(name)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 390:
        problems.append(f"{name}: the page scrolls sideways ({width} px)")
    driver.save_screenshot(os.path.join(SHOTS, f"{len(steps):02d}-{name}.png"))


def wait_for(text):
    WebDriverWait(driver, 10).until(lambda d: text in d.page_source)


def button(label):
    return driver.find_element(By.XPATH, f"//button[normalize-space()='{label}'] | //a[normalize-space()='{label}']")


def tap_left_eyelid():
    [b for b in driver.find_elements(By.CSS_SELECTOR, ".tap-grid button") if b.text.strip() == "Left eyelid"][0].click()
    wait_for("Undo")


def episodes_on(date):
    driver.get(f"{BASE}/days/{date}")
    return len(re.findall(r"/episodes/[0-9a-f-]{36}/edit", driver.page_source))


try:
    driver.get(BASE + "/setup")
    driver.find_element(By.ID, "name").send_keys("Sam")
    driver.find_element(By.ID, "email").send_keys("sam@example.org")
    driver.find_element(By.ID, "password").send_keys("a calm long password")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for("Log a twitch now")

    # Undo: a mistaken tap is taken back from the message that follows it.
    tap_left_eyelid()
    step("tapped")
    button("Undo").click()
    wait_for("Undone")
    step("undone")
    if episodes_on("2026-11-24") != 0:
        problems.append("after Undo the day still has an episode")

    # Add details: the twitch just logged is changed, not logged again.
    driver.get(BASE + "/")
    tap_left_eyelid()
    button("Add details").click()
    intensity = driver.find_element(By.ID, "intensity")
    intensity.clear()
    intensity.send_keys("3")
    driver.find_element(By.ID, "duration").send_keys("20s")
    step("details")
    button("Save changes").click()
    wait_for("intensity 3")
    step("details-saved")
    if episodes_on("2026-11-24") != 1:
        problems.append("Add details logged a second twitch instead of changing the first")

    # The past: a twitch last night, typed as "yesterday 21:15".
    driver.get(BASE + "/log#episode")
    Select(driver.find_element(By.ID, "site")).select_by_value("calf_right")
    driver.find_element(By.ID, "at-text").send_keys("yesterday 21:15")
    step("past")
    button("Log the episode").click()
    WebDriverWait(driver, 10).until(lambda d: "/log" not in d.current_url or "Logged" in d.page_source)
    if episodes_on("2026-11-23") != 1 or "21:15" not in driver.page_source:
        problems.append("the twitch logged for yesterday 21:15 is not on yesterday's page")
    step("yesterday")

    # Delete: asked once, then gone, and nothing else.
    driver.find_element(By.CSS_SELECTOR, "a[href$='/edit'][href^='/episodes/']").click()
    button("Delete this episode").click()
    wait_for("Delete this episode?")
    step("delete-question")
    button("Delete it").click()
    WebDriverWait(driver, 10).until(lambda d: "saved=deleted" in d.current_url)
    step("deleted")
    if episodes_on("2026-11-23") != 0 or episodes_on("2026-11-24") != 1:
        problems.append("deleting yesterday's twitch changed more than that twitch")

    # The trial stopped early, with its reason, which its page then says.
    driver.get(BASE + "/trial")
    driver.find_element(By.XPATH, "//summary[normalize-space()='Stop the trial early']").click()
    driver.find_element(By.ID, "reason").send_keys("I started a new medicine")
    step("trial-stopping")
    button("Stop the trial").click()
    wait_for("I started a new medicine")
    step("trial-stopped")
    if "stopped" not in driver.page_source.lower():
        problems.append("the trial page does not say the trial was stopped")

    # Dark colours, chosen for this phone.
    driver.get(BASE + "/settings")
    driver.find_element(By.CSS_SELECTOR, "input[name=theme][value=dark]").click()
    button("Save the colours").click()
    wait_for("dark colours")
    driver.get(BASE + "/")
    if driver.execute_script("return document.documentElement.dataset.theme") != "dark":
        problems.append("dark colours chosen in Settings are not on Today")
    step("dark")
finally:
    driver.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
