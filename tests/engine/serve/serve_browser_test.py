"""`jixiao serve` driven in a real browser: Debian's Chromium, headless, through
chromium-driver and python3-selenium. Uploads the bundled example (its filled
collection workbook fixtures/seed/actuals.xlsx when there is one, else actuals.yaml),
reads every project's total and grade from the page and compares them with
`jixiao score --format json`, downloads the xlsx report and opens it; reviews the CSV
target table on the 目标表 page; shows an input error on the page.
usage: serve_browser_test.py JIXIAO_BINARY"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from serve_util import SEED, SOURCE, Server, case_seconds

JIXIAO = None
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,2000"]


def start_browser(profile, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + profile)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(12 * case_seconds())
    return driver


class BrowserTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.TemporaryDirectory(prefix="jixiao-browser-")
        cls.downloads = os.path.join(cls.work.name, "downloads")
        os.mkdir(cls.downloads)
        cls.server = Server(JIXIAO)
        try:
            cls.driver = start_browser(os.path.join(cls.work.name, "profile"), cls.downloads)
        except Exception:
            cls.server.close()
            raise
        cls.url = "http://%s" % cls.server.host

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        status, err = cls.server.stop()
        cls.server.close()
        cls.work.cleanup()
        if status != 0 or "Sanitizer" in err or "runtime error" in err:
            raise AssertionError("the server did not stop cleanly (%d):\n%s" % (status, err))

    def wait_for(self, css):
        return WebDriverWait(self.driver, 12 * case_seconds()).until(
            expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))

    def upload(self, form, name, path):
        self.driver.find_element(By.CSS_SELECTOR, "#%s input[type=file][name=%s]" % (form, name)).send_keys(path)

    def test_score_page_equals_the_cli_and_the_xlsx_opens(self):
        targets = os.path.join(SEED, "targets.yaml")
        actuals = os.path.join(SEED, "actuals.xlsx")
        if not os.path.exists(actuals):
            actuals = os.path.join(SEED, "actuals.yaml")
        expected = json.loads(subprocess.run([JIXIAO, "score", targets, actuals, "--format", "json"], cwd=SOURCE,
                                             capture_output=True, check=True).stdout)
        self.driver.get(self.url + "/score")
        self.upload("score-form", "targets", targets)
        self.upload("score-form", "actuals", actuals)
        self.driver.find_element(By.CSS_SELECTOR, "#score-form button[type=submit]").click()
        self.wait_for("#report")
        articles = self.driver.find_elements(By.CSS_SELECTOR, "#report article.project")
        self.assertEqual(len(expected["projects"]), len(articles))
        self.assertGreater(len(articles), 0)
        for article, project in zip(articles, expected["projects"]):
            total = article.find_element(By.CSS_SELECTOR, "td.project-total").text
            grade = article.find_element(By.CSS_SELECTOR, "h3 span.grade").text
            self.assertAlmostEqual(project["total"], float(total), places=9, msg=project["name"])
            self.assertEqual(project["grade"], grade, project["name"])
        self.driver.find_element(By.CSS_SELECTOR, "#report p.downloads a[download$='.xlsx']").click()
        book = os.path.join(self.downloads, "绩效自评报告.xlsx")
        # Chromium puts an empty file at the final name while it writes the download
        # to a .crdownload file beside it: done when that one is gone and the book
        # has bytes (under the sanitizers the server takes a while to write it).
        def downloaded():
            names = os.listdir(self.downloads)
            return (os.path.exists(book) and os.path.getsize(book) > 0
                    and not any(name.endswith(".crdownload") for name in names))
        end = time.time() + 12 * case_seconds()
        while not downloaded() and time.time() < end:
            time.sleep(0.1)
        self.assertTrue(downloaded(), os.listdir(self.downloads))
        with zipfile.ZipFile(book) as workbook:
            self.assertIsNone(workbook.testzip())
            self.assertIn("xl/workbook.xml", workbook.namelist())

    def test_targets_page_reviews_the_csv_table(self):
        table = os.path.join(SEED, "targets.csv")
        yaml = subprocess.run([JIXIAO, "import", table], cwd=SOURCE, capture_output=True, check=True).stdout
        with open(os.path.join(self.work.name, "targets.yaml"), "wb") as f:  # as the page names the imported table
            f.write(yaml)
        findings = json.loads(subprocess.run([JIXIAO, "check", "targets.yaml", "--format", "json"], cwd=self.work.name,
                                             capture_output=True).stdout)
        self.driver.get(self.url + "/")
        self.upload("targets-form", "targets", table)
        self.driver.find_element(By.CSS_SELECTOR, "#targets-form button[type=submit]").click()
        self.wait_for("#review")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#review table.review tbody tr")
        self.assertEqual(len(findings), len(rows))
        cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
        self.assertEqual(["%s:%d:%d" % (f["file"], f["line"], f["column"]) for f in findings], [c[1] for c in cells])
        self.assertEqual([f["message"] for f in findings], [c[4] for c in cells])
        self.assertEqual([f["indicator"] or "" for f in findings], [c[3] for c in cells])
        links = [a.text for a in self.driver.find_elements(By.CSS_SELECTOR, "#review p.downloads a")]
        self.assertEqual(["目标表 YAML", "实际完成值填报模板（YAML）"], links[:2])

    def test_the_language_link_switches_the_page(self):
        self.driver.get(self.url + "/score")
        self.assertEqual("评分", self.driver.find_element(By.TAG_NAME, "h1").text)
        self.driver.find_element(By.CSS_SELECTOR, "nav.site a.lang").click()
        self.assertEqual("Scoring", self.wait_for("h1").text)
        self.assertEqual("Score the actuals", self.driver.find_element(By.CSS_SELECTOR, "#score-form button").text)
        self.assertEqual("中文", self.driver.find_element(By.CSS_SELECTOR, "nav.site a.lang").text)
        self.driver.find_element(By.CSS_SELECTOR, "nav.site a.lang").click()
        self.assertEqual("评分", self.wait_for("h1").text)

    def test_an_input_error_shows_on_the_page(self):
        bad = os.path.join(self.work.name, "错误.yaml")
        with open(bad, "w") as f:
            f.write("department: x\nprojects: [\n")
        self.driver.get(self.url + "/?lang=zh")
        self.upload("targets-form", "targets", bad)
        self.driver.find_element(By.CSS_SELECTOR, "#targets-form button[type=submit]").click()
        error = self.wait_for("#error").text
        self.assertIn("无法处理上传的文件", error)
        self.assertIn("文件“错误.yaml” 第 ", error)
        self.assertIn("请按上面的说明在该处改正", error)


if __name__ == "__main__":
    JIXIAO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
