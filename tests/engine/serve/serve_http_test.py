"""HTTP-level tests of `jixiao serve`: the answers of the interface equal the CLI's,
and every hostile request gets the right status without hurting the others.
usage: serve_http_test.py JIXIAO_BINARY"""
import concurrent.futures
import html.parser
import io
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from serve_util import SEED, SOURCE, Server, case_seconds, multipart, raw_exchange, seed, status_of, wait_until

JIXIAO = None


def cli(*args):
    return subprocess.run([JIXIAO, *args], cwd=SOURCE, capture_output=True)


# The English words of the Chinese page: the names of fields, formats, files and the program.
PAGE_NAMES = {"jixiao", "import", "targets", "actuals", "review", "policy", "format", "YAML", "CSV", "Excel", "xlsx",
              "html", "json", "csv", "markdown", "HTML", "JSON", "English"}


class VisibleText(html.parser.HTMLParser):
    """The text a person sees: no script, no style, no tags."""

    def __init__(self):
        super().__init__()
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(page):
    parser = VisibleText()
    parser.feed(page)
    return " ".join(parser.parts)


def english_words(page):
    return re.findall(r"[A-Za-z]{2,}", visible_text(page))


def chinese_words(page):
    return re.findall(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", visible_text(page))


class ServeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # 256 KiB per file: the seed files (20 KB) pass; the body limit is 4 x 256 KiB + 1 MiB = 2 MiB.
        cls.server = Server(JIXIAO, "--max-file-size", "256K", "--timeout", "2")

    @classmethod
    def tearDownClass(cls):
        status, err = cls.server.stop()  # after every hostile request: a clean exit (and no sanitizer report)
        cls.server.close()
        if status != 0 or "Sanitizer" in err or "runtime error" in err:
            raise AssertionError("the server did not stop cleanly (%d):\n%s" % (status, err))

    def score_fields(self, fmt):
        return [("targets", "targets.yaml", seed("targets.yaml")), ("actuals", "actuals.yaml", seed("actuals.yaml")),
                ("format", fmt)]

    # --- the pages ---------------------------------------------------------------------------

    def test_pages_in_chinese_and_english_with_security_headers(self):
        status, headers, body = self.server.request("GET", "/")
        self.assertEqual(200, status)
        self.assertIn("<h1>目标表</h1>", body.decode())
        self.assertIn('name="targets"', body.decode())
        self.assertEqual("nosniff", headers["x-content-type-options"])
        self.assertIn("default-src 'none'", headers["content-security-policy"])
        self.assertIn("script-src 'sha256-", headers["content-security-policy"])
        status, _, body = self.server.request("GET", "/score?lang=en")
        self.assertEqual(200, status)
        self.assertIn("<h1>Scoring</h1>", body.decode())
        for name in ("targets", "actuals", "review", "policy", "format"):
            self.assertIn('name="%s"' % name, body.decode())

    def test_chinese_page_has_no_english_words_and_english_page_no_chinese(self):
        for path in ("/", "/score", "/?lang=zh"):
            status, _, body = self.server.request("GET", path)
            self.assertEqual(200, status, path)
            page = body.decode()
            self.assertIn('<html lang="zh-CN">', page)
            # Every English word a person reads on the Chinese page is a name: a field, a format, the program.
            self.assertEqual(set(), set(english_words(page)) - PAGE_NAMES, path)
        for path, heading in (("/?lang=en", "<h1>Target table</h1>"), ("/score?lang=en", "<h1>Scoring</h1>")):
            status, _, body = self.server.request("GET", path)
            page = body.decode()
            self.assertEqual(200, status, path)
            self.assertIn('<html lang="en">', page)
            self.assertIn(heading, page)
            self.assertIn('<nav class="site"><a href="/?lang=en"', page)
            self.assertIn("jixiao works on this computer: the data never leaves it.", page)
            # The one Chinese word: the link to the Chinese page, in its own language.
            self.assertEqual(["中文"], chinese_words(page), path)
        status, _, body = self.server.request("GET", "/score?lang=en")
        self.assertIn("<option value=\"hubei\">Policy of Hubei for the self-evaluation of departments</option>", body.decode())

    def test_each_request_in_its_own_language_while_others_run(self):
        # 24 requests on 6 threads, Chinese and English interleaved: each answer in its own language.
        def fetch(k):
            lang = ("zh", "en")[k % 2]
            status, _, body = self.server.post_form("/score?lang=" + lang, self.score_fields("html"))
            return lang, status, body.decode()
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(fetch, range(24)))
        for lang, status, page in answers:
            self.assertEqual(200, status)
            if lang == "zh":
                self.assertIn("<h2>评分报告</h2>", page)
                self.assertIn('download="绩效自评报告.xlsx"', page)
            else:
                self.assertIn("<h2>Scored report</h2>", page)
                self.assertIn('download="self-evaluation report.xlsx"', page)
                self.assertIn("Excel form to file (xlsx)", page)
        # The server's own language is still Chinese.
        self.assertIn("<h1>目标表</h1>", self.server.request("GET", "/")[2].decode())

    def test_report_in_the_requested_language_is_the_cli_report_in_it(self):
        # The report on the page and from the interface is the one `jixiao --lang en score` writes.
        expected = cli("--lang", "en", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format",
                       "html").stdout.replace(b"fixtures/seed/", b"")
        status, _, body = self.server.post_form("/api/score?lang=en", self.score_fields("html"))
        self.assertEqual(200, status)
        self.assertEqual(expected, body)
        status, _, body = self.server.post_form("/score?lang=en", self.score_fields("html"))
        self.assertEqual(200, status)
        body_of = lambda html: html[html.index("<body>") + len("<body>"):html.index("</body>")]
        self.assertIn(body_of(expected.decode()), body.decode())
        # The form field lang= sets it as well.
        status, _, body = self.server.post_form("/score", self.score_fields("html") + [("lang", "en")])
        self.assertIn(body_of(expected.decode()), body.decode())
        self.assertIn("<h2>Scored report</h2>", body.decode())

    def test_review_page_in_both_languages(self):
        fields = [("targets", "targets.yaml", seed("targets.yaml"))]
        status, _, body = self.server.post_form("/check", fields)
        page = body.decode()
        self.assertEqual(200, status)
        self.assertIn("<h2>审核意见</h2>", page)
        self.assertIn("<th>级别</th><th>位置</th><th>项目</th><th>指标</th><th>问题</th><th>类别</th>", page)
        self.assertIn("<td>警告</td>", page)
        self.assertIn(">目标表 YAML</a>", page)
        self.assertIn('download="实际完成值.xlsx"', page)
        status, _, body = self.server.post_form("/check?lang=en", fields)
        page = body.decode()
        self.assertEqual(200, status)
        self.assertIn("<h2>Review findings</h2>", page)
        self.assertIn("<th>Severity</th><th>Place in the file</th><th>Project</th><th>Indicator</th><th>Finding</th>"
                      "<th>Kind of finding</th>", page)
        self.assertIn("<td>warning</td>", page)
        self.assertIn(">Targets YAML</a>", page)
        self.assertIn('download="actuals.xlsx"', page)
        self.assertIn(">Collection workbook (Excel)</a>", page)

    def test_score_page_shows_the_report(self):
        status, _, body = self.server.post_form("/score", self.score_fields("html"))
        self.assertEqual(200, status)
        page = body.decode()
        self.assertIn('<section class="result" id="report">', page)
        self.assertIn('download="绩效自评报告.xlsx" href="data:application/vnd.openxmlformats', page)

    def cli_error_place(self, targets, actuals):
        """(line, column) of the CLI's message for these files (written to a temporary folder)."""
        with tempfile.TemporaryDirectory() as work:
            paths = []
            for name, data in (("t.yaml", targets), ("a.yaml", actuals)):
                paths.append(os.path.join(work, name))
                with open(paths[-1], "wb") as f:
                    f.write(data)
            err = cli("score", *paths).stderr.decode()
            match = re.match(r".*?\.yaml:(\d+):(\d+): ", err)
            self.assertIsNotNone(match, err)
            return int(match.group(1)), int(match.group(2))

    def test_input_error_on_the_page_in_chinese_with_line_and_column(self):
        bad = "department: x\nyear: 2023\nprojects:\n  - id: 1\n    name: a\n    budget: 10\n    indicators:\n" \
              "      - name: n\n        target: '>= 5 %% %%'\n".encode()
        line, column = self.cli_error_place(bad, seed("actuals.yaml"))
        self.assertEqual(9, line)
        status, _, body = self.server.post_form("/score", [("targets", "坏目标.yaml", bad),
                                                            ("actuals", "actuals.yaml", seed("actuals.yaml"))])
        page = body.decode()
        self.assertEqual(422, status, page)
        self.assertIn('<section class="error" id="error" role="alert">', page)
        self.assertIn("文件“坏目标.yaml” 第 9 行第 %d 列" % column, page)
        self.assertIn("请按上面的说明在该处改正，保存后重新上传。", page)
        self.assertNotIn("Traceback", page)

    # --- the interface equals the CLI -----------------------------------------------------------

    def test_api_score_json_is_the_cli_report(self):
        status, headers, body = self.server.post_form("/api/score", self.score_fields("json"))
        self.assertEqual(200, status)
        self.assertTrue(headers["content-type"].startswith("application/json"))
        expected = cli("score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "json").stdout
        expected = expected.replace(b'"fixtures/seed/targets.yaml"', b'"targets.yaml"')
        expected = expected.replace(b'"fixtures/seed/actuals.yaml"', b'"actuals.yaml"')
        self.assertEqual(expected, body)

    def test_api_score_csv_markdown_html_are_the_cli_reports(self):
        for fmt in ("csv", "markdown", "html"):
            status, _, body = self.server.post_form("/api/score", self.score_fields(fmt))
            self.assertEqual(200, status, fmt)
            expected = cli("score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", fmt).stdout
            self.assertEqual(expected.replace(b"fixtures/seed/", b""), body, fmt)

    def test_api_score_xlsx_downloads_with_utf8_file_name(self):
        status, headers, body = self.server.post_form("/api/score", self.score_fields("xlsx"))
        self.assertEqual(200, status)
        disposition = headers["content-disposition"]
        self.assertTrue(disposition.startswith('attachment; filename="jixiao.xlsx"; filename*=UTF-8\'\''), disposition)
        self.assertEqual("绩效自评报告.xlsx", urllib.parse.unquote(disposition.split("''", 1)[1]))
        with zipfile.ZipFile(io.BytesIO(body)) as book:
            self.assertIn("xl/workbook.xml", book.namelist())
        self.assertEqual([], os.listdir(self.server.tmp.name))  # the private directory is gone

    def test_api_check_json_is_the_cli_findings(self):
        status, _, body = self.server.post_form("/api/check", [("targets", "targets.yaml", seed("targets.yaml")),
                                                               ("actuals", "actuals.yaml", seed("actuals.yaml"))])
        self.assertEqual(200, status)
        expected = cli("check", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "json").stdout
        self.assertEqual(expected.replace(b"fixtures/seed/", b""), body)

    def test_api_check_reads_a_csv_table_as_import_does(self):
        status, _, body = self.server.post_form("/api/import", [("targets", "targets.csv", seed("targets.csv"))])
        self.assertEqual(200, status)
        self.assertEqual(cli("import", "fixtures/seed/targets.csv").stdout, body)

    def test_api_template_yaml_and_xlsx(self):
        status, headers, body = self.server.post_form("/api/template", [("targets", "targets.yaml", seed("targets.yaml")),
                                                                        ("format", "yaml")])
        self.assertEqual(200, status)
        self.assertEqual(cli("template", "fixtures/seed/targets.yaml").stdout, body)
        self.assertIn("filename*=UTF-8''", headers["content-disposition"])
        status, headers, body = self.server.post_form("/api/template", [("targets", "targets.yaml", seed("targets.yaml")),
                                                                        ("format", "xlsx")])
        self.assertEqual(200, status)
        self.assertIn("filename*=UTF-8''%E5%AE%9E%E9%99%85%E5%AE%8C%E6%88%90%E5%80%BC.xlsx", headers["content-disposition"])
        with zipfile.ZipFile(io.BytesIO(body)) as book:
            workbook = book.read("xl/workbook.xml").decode()
        for sheet in ("填报说明", "实际完成值", "预算执行"):
            self.assertIn(sheet, workbook)

    def test_api_score_takes_the_workbook_a_review_and_a_named_policy(self):
        status, _, body = self.server.post_form("/api/score", [("targets", "targets.yaml", seed("targets.yaml")),
                                                               ("actuals", "actuals.xlsx", seed("actuals.xlsx")),
                                                               ("review", "review.yaml", seed("review.yaml")),
                                                               ("policy", "hubei"), ("format", "json")])
        self.assertEqual(200, status, body[:400])
        got = json.loads(body)
        expected = json.loads(cli("score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.xlsx", "--review",
                                  "fixtures/seed/review.yaml", "--policy", "hubei", "--format", "json").stdout)
        self.assertEqual(expected["projects"], got["projects"])
        self.assertEqual(expected["summary"], got["summary"])

    def test_api_input_error_names_file_line_column(self):
        bad = 'year: 2023\nprojects:\n  "1":\n    indicators:\n      n: 1.2.3\n'.encode()
        line, column = self.cli_error_place(seed("targets.yaml"), bad)
        self.assertEqual(5, line)
        status, _, body = self.server.post_form("/api/score", [("targets", "targets.yaml", seed("targets.yaml")),
                                                               ("actuals", "实际.yaml", bad)])
        self.assertEqual(422, status)
        self.assertTrue(body.decode().startswith("文件“实际.yaml” 第 5 行第 %d 列" % column), body.decode())

    # --- hostile requests -------------------------------------------------------------------

    def test_unknown_path_404(self):
        for path in ("/nope", "/../etc/passwd", "/api", "/api/score/x"):
            self.assertEqual(404, self.server.request("GET", path)[0], path)

    def test_wrong_method_405(self):
        status, headers, _ = self.server.request("DELETE", "/")
        self.assertEqual(405, status)
        self.assertEqual("GET, HEAD", headers["allow"])
        self.assertEqual(405, self.server.request("GET", "/api/score")[0])
        self.assertEqual(405, self.server.request("PUT", "/api/check", b"x")[0])

    def test_foreign_origin_or_host_403(self):
        fields = self.score_fields("json")
        self.assertEqual(403, self.server.post_form("/api/score", fields, {"Origin": "http://evil.example"})[0])
        self.assertEqual(403, self.server.post_form("/api/score", fields, {"Origin": "null"})[0])
        self.assertEqual(403, self.server.post_form("/api/score", fields, {"Host": "evil.example:%d" % self.server.port})[0])
        self.assertEqual(403, self.server.request("GET", "/", headers={"Host": "rebound.example"})[0])
        self.assertEqual(200, self.server.post_form("/api/score", fields, {"Origin": "http://" + self.server.host})[0])
        self.assertEqual(200, self.server.post_form("/api/score", fields,
                                                    {"Origin": "http://localhost:%d" % self.server.port,
                                                     "Host": "localhost:%d" % self.server.port})[0])

    def test_oversized_file_413(self):
        big = b"# " + b"x" * (300 * 1024) + b"\n"  # over the 256 KiB per file, under the body limit
        status, _, body = self.server.post_form("/api/score", [("targets", "big.yaml", big),
                                                               ("actuals", "actuals.yaml", seed("actuals.yaml"))])
        self.assertEqual(413, status)
        self.assertIn("超过上限 256 KiB", body.decode())
        page_status, _, page = self.server.post_form("/check", [("targets", "big.yaml", big)])
        self.assertEqual(413, page_status)
        self.assertIn("超过上限 256 KiB", page.decode())

    def test_oversized_body_413(self):
        big = b"x" * (3 * 1024 * 1024)  # over the 2 MiB body limit: refused from Content-Length, then drained
        status, _, body = self.server.post_form("/api/score", [("targets", "big.yaml", big)])
        self.assertEqual(413, status)
        self.assertIn("上传的内容过大", body.decode())

    def test_malformed_multipart_400(self):
        headers = {"Content-Type": "multipart/form-data; boundary=abc"}
        cases = [b"", b"garbage", b"--abc\r\nContent-Disposition: form-data; name=\"targets\"\r\n\r\nno end",
                 b"--abc\r\nContent-Type: text/plain\r\n\r\nx\r\n--abc--", b"--abcX",
                 b"--abc\r\nContent-Disposition: form-data; name=\"targets\r\n\r\nx\r\n--abc--",
                 b"--abc\r\nContent-Disposition: attachment; name=\"targets\"\r\n\r\nx\r\n--abc--"]
        for body in cases:
            status, _, text = self.server.request("POST", "/api/score", body, headers)
            self.assertEqual(400, status, body)
            self.assertTrue(text.decode().startswith("请求格式有误（multipart/form-data）："), text)
        status, _, _ = self.server.request("POST", "/api/score", b"x", {"Content-Type": "multipart/form-data"})
        self.assertEqual(400, status)
        status, _, _ = self.server.request("POST", "/api/score", b"x", {"Content-Type": "application/json"})
        self.assertEqual(415, status)
        status, _, text = self.server.post_form("/api/score", [("targets", "a.yaml", b"x"), ("evil", "y")])
        self.assertEqual(400, status)
        self.assertIn("未知的字段“evil”", text.decode())
        status, _, text = self.server.post_form("/api/score", [("targets", "a.yaml", b"x")])
        self.assertEqual(400, status)
        self.assertEqual("缺少字段 actuals：请上传实际完成值。\n", text.decode())
        status, _, text = self.server.post_form("/api/score?lang=en", [("targets", "t.yaml", b"x")])
        self.assertEqual(400, status)
        self.assertEqual("The field actuals is missing: upload the actuals.\n", text.decode())

    def test_malformed_http_400_and_long_headers_431(self):
        self.assertEqual(400, status_of(raw_exchange(self.server.port, b"GARBAGE\r\n\r\n")))
        self.assertEqual(400, status_of(raw_exchange(self.server.port, b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")))
        self.assertEqual(400, status_of(raw_exchange(self.server.port, b"GET / HTTP/1.1\r\nBad Header\r\n\r\n")))
        long_header = b"GET / HTTP/1.1\r\nHost: " + self.server.host.encode() + b"\r\nX: " + b"a" * 20000 + b"\r\n\r\n"
        self.assertEqual(431, status_of(raw_exchange(self.server.port, long_header)))
        long_target = b"GET /" + b"a" * 3000 + b" HTTP/1.1\r\nHost: " + self.server.host.encode() + b"\r\n\r\n"
        self.assertEqual(414, status_of(raw_exchange(self.server.port, long_target)))

    def test_expect_100_continue_is_answered_before_the_body(self):
        body, content_type = multipart(self.score_fields("json"))
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=4 * case_seconds()) as s:
            s.sendall(("POST /api/score HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
                       "Expect: 100-continue\r\nConnection: close\r\n\r\n" % (self.server.host, content_type, len(body))).encode())
            self.assertEqual(b"HTTP/1.1 100 Continue\r\n\r\n", s.recv(25))
            s.sendall(body)
            answer = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                answer += chunk
        self.assertEqual(200, status_of(answer))
        self.assertIn(b'"projects"', answer)

    def test_path_tricks_in_file_names_are_labels_only(self):
        marker = "jixiao-pwn-%d" % os.getpid()
        for trick in ("../../../../../../tmp/%s.yaml" % marker, "..\\..\\..\\tmp\\%s.yaml" % marker,
                      "/tmp/%s.yaml" % marker):
            fields = [("targets", trick, seed("targets.yaml")), ("actuals", "actuals.yaml", seed("actuals.yaml")),
                      ("format", "json")]
            status, _, body = self.server.post_form("/api/score", fields)
            self.assertEqual(200, status, trick)
            inputs = json.loads(body)["source"]["inputs"]
            self.assertEqual(marker + ".yaml", inputs[0]["path"], trick)
        for weird in ("..", ".", "a\x01b\x7f.yaml"):
            fields = [("targets", weird, seed("targets.yaml")), ("actuals", "actuals.yaml", seed("actuals.yaml")),
                      ("format", "json")]
            status, _, body = self.server.post_form("/api/score", fields)
            self.assertEqual(200, status, weird)
            self.assertEqual({"..": "targets.yaml", ".": "targets.yaml"}.get(weird, "ab.yaml"),
                             json.loads(body)["source"]["inputs"][0]["path"])
        self.assertFalse(os.path.exists("/tmp/%s.yaml" % marker))
        self.assertFalse(os.path.exists(os.path.join(SOURCE, marker + ".yaml")))
        self.assertEqual([], os.listdir(self.server.tmp.name))

    def test_slow_client_timed_out_while_others_are_served(self):
        slow = socket.create_connection(("127.0.0.1", self.server.port))
        slow.sendall(b"POST /api/score HTTP/1.1\r\nHost: " + self.server.host.encode() + b"\r\nContent-Length: 100\r\n\r\nabc")
        started = time.time()
        for _ in range(5):  # served meanwhile
            self.assertEqual(200, self.server.request("GET", "/")[0])
        served = time.time()
        slow.settimeout(4 * case_seconds())
        answer = b""
        while True:
            chunk = slow.recv(65536)
            if not chunk:
                break
            answer += chunk
        closed = time.time()
        slow.close()
        self.assertEqual(b"", answer)  # closed, not answered: it never finished its request
        self.assertLess(served, closed)
        self.assertGreaterEqual(closed - started, 1.5)  # --timeout 2
        self.assertLess(closed - started, 2 + 2 * case_seconds())
        idle = socket.create_connection(("127.0.0.1", self.server.port))  # says nothing: closed without an answer
        idle.settimeout(4 * case_seconds())
        self.assertEqual(b"", idle.recv(100))
        idle.close()


class StopTest(unittest.TestCase):
    def test_sigterm_finishes_the_request_in_flight_then_stops(self):
        server = Server(JIXIAO, "--timeout", "5")
        try:
            body, content_type = multipart([("targets", "targets.yaml", seed("targets.yaml")),
                                            ("actuals", "actuals.yaml", seed("actuals.yaml")), ("format", "json")])
            conn = server.connection()
            conn.putrequest("POST", "/api/score")
            conn.putheader("Content-Type", content_type)
            conn.putheader("Content-Length", str(len(body)))
            conn.endheaders()
            conn.send(body[:100])  # under way when the signal comes
            idle = socket.create_connection(("127.0.0.1", server.port))  # waiting: closed at once
            time.sleep(0.3)
            server.process.send_signal(15)
            time.sleep(0.3)
            conn.send(body[100:])
            response = conn.getresponse()
            self.assertEqual(200, response.status)
            self.assertEqual("close", response.getheader("Connection"))
            self.assertIn(b'"projects"', response.read())
            conn.close()
            idle.settimeout(4 * case_seconds())
            self.assertEqual(b"", idle.recv(100))
            idle.close()
            status, err = server.stop(signal_sent=True)  # a second SIGTERM could hit the exit under way
            self.assertEqual(0, status)
            self.assertIn("jixiao serve：已停止", err)
        finally:
            server.close()

    def test_every_address_when_asked_with_a_warning_and_ip_hosts_only(self):
        server = Server(JIXIAO, "--host", "0.0.0.0")
        try:
            self.assertEqual(200, server.request("GET", "/", headers={"Host": "192.0.2.7:%d" % server.port})[0])
            self.assertEqual(403, server.request("GET", "/", headers={"Host": "192.0.2.7:1"})[0])
            self.assertEqual(403, server.request("GET", "/", headers={"Host": "evil.example:%d" % server.port})[0])
            body, content_type = multipart([("targets", "targets.yaml", seed("targets.yaml")), ("format", "yaml")])
            lan = "192.0.2.7:%d" % server.port
            self.assertEqual(200, server.request("POST", "/api/template", body, {
                "Content-Type": content_type, "Host": lan, "Origin": "http://" + lan})[0])
            self.assertEqual(403, server.request("POST", "/api/template", body, {
                "Content-Type": content_type, "Host": lan, "Origin": "http://127.0.0.1:%d" % server.port})[0])
            status, err = server.stop()
            self.assertEqual(0, status)
            self.assertIn("jixiao serve：警告：正在监听 0.0.0.0，同一网络中的其他电脑也能打开此页面并上传文件；页面没有登录验证。", err)
        finally:
            server.close()

    def test_open_starts_the_browser_with_the_page(self):
        with tempfile.TemporaryDirectory() as bin_dir:
            opened = os.path.join(bin_dir, "opened")
            with open(os.path.join(bin_dir, "xdg-open"), "w") as f:
                f.write("#!/bin/sh\nprintf '%%s' \"$1\" > %s\n" % opened)
            os.chmod(os.path.join(bin_dir, "xdg-open"), 0o755)
            path = os.environ["PATH"]
            os.environ["PATH"] = bin_dir + os.pathsep + path
            try:
                server = Server(JIXIAO, "--open")
            finally:
                os.environ["PATH"] = path
            try:
                self.assertTrue(wait_until(lambda: os.path.exists(opened) and os.path.getsize(opened) > 0,
                                           4 * case_seconds()))
                with open(opened) as f:
                    self.assertEqual("http://127.0.0.1:%d/" % server.port, f.read())
                self.assertEqual(0, server.stop()[0])
            finally:
                server.close()

    def test_listens_on_loopback_only_by_default(self):
        server = Server(JIXIAO)
        try:
            with self.assertRaises(OSError):
                address = socket.gethostbyname(socket.gethostname())
                if address.startswith("127."):
                    raise OSError("no other address on this machine")
                socket.create_connection((address, server.port), timeout=2).close()
            self.assertEqual(0, server.stop()[0])
        finally:
            server.close()


if __name__ == "__main__":
    JIXIAO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
