"""A person on a phone (390x844) uses the web app in headless Chromium, the way they would.

Creates the owner account, logs an episode in one tap from Today, sees it on Today, checks in for the day, adds a
supplement and sees the notice it raises, opens the history charts, downloads the doctor report, opens settings and
the API description, and checks the things a phone user needs: no sideways scrolling, touch
targets of at least 44 px, a label for every field, `lang` and one h1 per page. Saves a screenshot of every step.
Prints {"steps": [...], "problems": [...]} as JSON; exits 1 when there are problems.
Usage: python3 phone_flow.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_checks  # noqa: E402

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
problems, steps = [], []

options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844"]:
    options.add_argument(argument)
options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0}})
options.add_experimental_option("prefs", {"download.default_directory": os.path.abspath(SHOTS), "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def check_page(name):
    """Phone-sized checks on the current page, then a screenshot."""
    phone_checks.check_page(driver, name, steps, problems, os.path.join(SHOTS, f"{len(steps) + 1:02d}-{name}.png"))


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
    WebDriverWait(driver, 10).until(lambda d: "You checked in today" in d.page_source)
    check_page("today-checked-in")
    if "You checked in today" not in driver.page_source:
        problems.append("the check-in is not shown on Today")

    # A profile with a birth year, so the reference values are the adult ones.
    driver.get(BASE + "/profile")
    check_page("profile")
    birth = driver.find_element(By.ID, "birth")
    birth.clear()
    birth.send_keys("1988")
    driver.find_element(By.XPATH, "//form[@action='/profile']//button[@type='submit']").click()
    WebDriverWait(driver, 10).until(lambda d: "Your profile is saved" in d.page_source)

    # A supplement above the upper limit raises a notice right after it is logged.
    driver.get(BASE + "/magnesium")
    check_page("magnesium")
    driver.find_element(By.ID, "name").send_keys("Strong magnesium")
    driver.find_element(By.ID, "elemental").send_keys("500")
    driver.find_element(By.XPATH, "//button[normalize-space()='Add the product']").click()
    WebDriverWait(driver, 10).until(lambda d: "Strong magnesium" in d.page_source)
    driver.get(BASE + "/log#supplement")
    driver.find_element(By.XPATH, "//button[normalize-space()='Log the supplement']").click()
    WebDriverWait(driver, 10).until(lambda d: "/log/supplement" in d.current_url or "Logged" in d.page_source)
    check_page("supplement-logged")
    if "upper limit" not in driver.page_source.lower():
        problems.append("logging 500 mg of magnesium raised no upper-limit notice")
    driver.get(BASE + "/")
    if "upper limit" not in driver.page_source.lower():
        problems.append("Today does not show the upper-limit notice")
    check_page("today-with-notice")

    # History with its charts.
    driver.find_element(By.CSS_SELECTOR, "nav a[href='/history']").click()
    check_page("history")
    if not driver.find_elements(By.CSS_SELECTOR, "svg[role='img']"):
        problems.append("history has no charts")

    # The doctor report downloads as a file.
    driver.get(BASE + "/report")
    check_page("report")
    driver.find_element(By.XPATH, "//button[normalize-space()='Download the report']").click()
    import glob
    import time
    deadline = time.time() + 15
    while time.time() < deadline and not [f for f in glob.glob(os.path.join(SHOTS, "twitchless-report-*.html"))]:
        time.sleep(0.2)
    files = glob.glob(os.path.join(SHOTS, "twitchless-report-*.html"))
    if not files:
        problems.append("the doctor report did not download")
    elif "Strong magnesium" not in open(files[0], encoding="utf-8").read():
        problems.append("the downloaded report does not list the product")

    for path, name in [("/settings", "settings"), ("/more", "more")]:
        driver.get(BASE + path)
        check_page(name)
    driver.get(BASE + "/api/v1/openapi.json")
    if '"openapi": "3.1.0"' not in driver.page_source:
        problems.append("the API description is not served")
finally:
    driver.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
