"""Safety on a phone (390x844) in headless Chromium: an emergency logged, seen first, a symptom removed by mistake;
then, on a server whose clock is 25 hours later, the emergency seen as a follow-up, marked "I got help" and gone.

Usage: python3 phone_safety.py BASE_URL SCREENSHOT_DIR PHASE   (PHASE: log, or later)
The log phase creates the owner account; the later phase signs in with it. Each page gets the phone checks of
phone_flow.py. Prints {"steps": [...], "problems": [...]} as JSON; exits 1 when there are problems.
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
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, SHOTS, PHASE = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(SHOTS, exist_ok=True)
problems, steps = [], []
EMAIL, PASSWORD = "sam@example.org", "a calm long password"

options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844"]:
    options.add_argument(argument)
options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0}})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def check_page(name):
    """Phone-sized checks on the current page, then a screenshot."""
    phone_checks.check_page(driver, name, steps, problems, os.path.join(SHOTS, f"{PHASE}-{len(steps) + 1:02d}-{name}.png"))


def notices():
    """The notices on the page, in order: (class, text)."""
    return [(e.get_attribute("class"), e.text) for e in driver.find_elements(By.CSS_SELECTOR, "div.notice")]


def log_symptom(key):
    driver.get(BASE + "/log#symptom")
    select = Select(driver.find_element(By.ID, "symptom-key"))
    if select.first_selected_option.get_attribute("value") != "":
        problems.append("the symptom list does not start with no choice made")
    select.select_by_value(key)
    driver.find_element(By.XPATH, "//button[normalize-space()='Log the symptom']").click()
    WebDriverWait(driver, 10).until(lambda d: "Logged" in d.page_source)


try:
    if PHASE == "log":
        driver.get(BASE + "/setup")
        driver.find_element(By.ID, "name").send_keys("Sam")
        driver.find_element(By.ID, "email").send_keys(EMAIL)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "Log a twitch now" in d.page_source)
        # The country gives the emergency number.
        driver.get(BASE + "/profile")
        Select(driver.find_element(By.ID, "country")).select_by_value("GB")
        driver.find_element(By.XPATH, "//form[@action='/profile']//button[@type='submit']").click()
        WebDriverWait(driver, 10).until(lambda d: "Your profile is saved" in d.page_source)
        check_page("profile-country")

        # A symptom logged by mistake, then removed with its flag.
        log_symptom("muscle_wasting")
        check_page("symptom-logged")
        driver.get(BASE + "/log#logged-symptoms")
        links = driver.find_elements(By.XPATH, "//a[contains(@href, '/log/symptom/') and contains(@href, '/remove')]")
        if not links:
            problems.append("the logged symptom has no remove link")
        else:
            links[0].click()
            WebDriverWait(driver, 10).until(lambda d: "Remove this symptom?" in d.page_source)
            check_page("symptom-remove-question")
            driver.find_element(By.XPATH, "//form[contains(@action, '/log/symptom/')]//button").click()
            WebDriverWait(driver, 10).until(lambda d: "Removed" in d.page_source)
            check_page("symptom-removed")
        driver.get(BASE + "/notices")
        if "RF08" in driver.page_source or "thinner" in driver.page_source:
            problems.append("the removed symptom's red flag is still on Notices")

        # An emergency: seen first on Today, with the number as a tel: link.
        log_symptom("breathing_difficulty")
        check_page("emergency-logged")
        driver.get(BASE + "/")
        check_page("today-emergency")
        shown = notices()
        if not shown or "emergency" not in shown[0][0] or "Get help now" not in shown[0][1]:
            problems.append(f"Today does not show the emergency first: {shown[:2]}")
        first_notice = driver.find_elements(By.CSS_SELECTOR, "div.notice")
        quick = driver.find_elements(By.ID, "quick")
        if first_notice and quick and first_notice[0].location["y"] > quick[0].location["y"]:
            problems.append("the emergency is below the one-tap logging")
        if not driver.find_elements(By.CSS_SELECTOR, "div.notice.emergency a[href='tel:999']"):
            problems.append("the emergency has no tel: link to 999")
    else:
        driver.get(BASE + "/login")
        driver.find_element(By.ID, "email").send_keys(EMAIL)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "Log a twitch now" in d.page_source)
        check_page("today-later")
        shown = notices()
        if any("Get help now" in text for _, text in shown):
            problems.append("25 hours later Today still says 'Get help now'")
        if not any("urgent" in cls and "If it is happening now or comes back, call 999 at once" in text for cls, text in shown):
            problems.append(f"25 hours later Today shows no follow-up: {shown[:2]}")
        driver.get(BASE + "/notices")
        check_page("notices-follow-up")
        buttons = driver.find_elements(By.XPATH, "//button[normalize-space()='I got help']")
        if not buttons:
            problems.append("the follow-up has no 'I got help' button")
        else:
            buttons[0].click()
            WebDriverWait(driver, 10).until(lambda d: "Noted that you got help" in d.page_source)
            check_page("marked")
        driver.get(BASE + "/")
        check_page("today-after-marking")
        if "breathing" in driver.page_source.lower():
            problems.append("the marked emergency is still on Today")
finally:
    driver.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
