"""The phone-sized checks every browser test makes on a page, then a screenshot of it."""
import os

from selenium.webdriver.common.by import By


def check_page(driver, name, steps, problems, shot_path, check_lang=True):
    """Records `name` as a step and any problem a phone user would meet on the current page."""
    steps.append(name)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 390:
        wide = driver.execute_script("""
            return [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > 391 && e.getBoundingClientRect().width > 0)
              .map(e => e.outerHTML.slice(0, 80)).slice(-3);""")
        problems.append(f"{name}: the page scrolls sideways ({width} px wide): {wide}")
    if check_lang and driver.execute_script("return document.documentElement.lang") != "en":
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
    os.makedirs(os.path.dirname(shot_path), exist_ok=True)
    driver.save_screenshot(shot_path)


def phone_driver():
    """Headless Chromium as a 390x844 phone, its width set through DevTools so a test can change it later."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    driver.implicitly_wait(2)
    return driver


def submit(driver, xpath, timeout=10):
    """Taps a form's button and waits until the page it answers with has replaced this one.

    The old page is marked before the tap and the wait ends once a document without the mark is loaded. Waiting on
    the button going stale is not enough: while Chromium swaps documents it may answer "node does not belong to the
    document", which is neither stale nor present, and a wait on it fails at random.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.__twitchlessBefore = true")
    driver.find_element(By.XPATH, xpath).click()

    def replaced(d):
        try:
            return d.execute_script("return window.__twitchlessBefore !== true && document.readyState === 'complete'")
        except WebDriverException:
            return False

    WebDriverWait(driver, timeout).until(replaced)
