"""A share link, made in one browser and opened in another that has no account, on a phone (390x844).

The person creates the owner account, logs a twitch in one tap, makes a share link with a passcode on the Report
page and copies it. A second browser, with no cookies, opens the link: it asks for the passcode, a wrong one is
refused, the right one opens the doctor report (with its charts), and from there nothing else of the app opens:
no navigation, and the app's pages send it to sign in. Prints {"steps": [...], "problems": [...]} as JSON.
Usage: python3 share_link.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_checks  # noqa: E402

from selenium.webdriver.common.by import By

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
problems, steps = [], []
person, doctor = phone_checks.phone_driver(), phone_checks.phone_driver()


def submit(driver, xpath):
    """Taps a form's button and waits for the page it answers with, so the next look is at the new page."""
    phone_checks.submit(driver, xpath)


def check(driver, name):
    phone_checks.check_page(driver, name, steps, problems, os.path.join(SHOTS, f"share-{len(steps) + 1:02d}-{name}.png"))


try:
    person.get(BASE + "/setup")
    person.find_element(By.ID, "name").send_keys("Sam")
    person.find_element(By.ID, "email").send_keys("sam@example.org")
    person.find_element(By.ID, "password").send_keys("a calm long password")
    submit(person, "//form//button[@type='submit']")
    left_eyelid = "//*[contains(@class, 'tap-grid')]//button[normalize-space()='Left eyelid']"
    if person.find_elements(By.XPATH, left_eyelid):
        submit(person, left_eyelid)
    else:
        problems.append("no Left eyelid button on Today")

    person.get(BASE + "/report")
    check(person, "report")
    person.find_element(By.ID, "share-passcode").send_keys("482913")
    submit(person, "//button[normalize-space()='Make a share link']")
    codes = [c.text for c in person.find_elements(By.CSS_SELECTOR, ".message code") if "/s/" in c.text]
    check(person, "share-made")
    if not codes:
        raise RuntimeError("no share link was shown after making one")
    link = codes[0].strip()

    doctor.get(link)
    check(doctor, "passcode")
    if "Please type it" not in doctor.page_source:
        problems.append("the link did not ask for its passcode")
    doctor.find_element(By.ID, "passcode").send_keys("000000")
    submit(doctor, "//button[normalize-space()='Open the report']")
    if "<svg" in doctor.page_source:
        problems.append("a wrong passcode opened the report")
    doctor.find_element(By.ID, "passcode").send_keys("482913")
    submit(doctor, "//button[normalize-space()='Open the report']")
    check(doctor, "shared-report")
    if "<svg" not in doctor.page_source:
        problems.append("the right passcode did not open the report with its charts")
    links = [a.get_attribute("href") or "" for a in doctor.find_elements(By.CSS_SELECTOR, "a")]
    elsewhere = [href for href in links if href.startswith(BASE) and "/s/" not in href]
    if elsewhere:
        problems.append(f"the shared report links to the app: {elsewhere[:3]}")
    if doctor.find_elements(By.CSS_SELECTOR, "nav a[href='/log']"):
        problems.append("the shared report shows the app's navigation")
    for page in ["/", "/history", "/settings", "/export/backup"]:
        doctor.get(BASE + page)
        if not doctor.current_url.endswith("/login"):
            problems.append(f"{page} opened for the doctor's browser (at {doctor.current_url})")
    steps.append("nothing else opens")
except Exception as error:  # a missing element or a page that didn't load
    problems.append(f"stopped: {type(error).__name__}: {error}")
finally:
    person.quit()
    doctor.quit()

print(json.dumps({"steps": steps, "problems": problems}))
sys.exit(1 if problems else 0)
