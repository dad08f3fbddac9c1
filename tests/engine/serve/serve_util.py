"""What the `jixiao serve` tests share: starting the server on a free port (it prints
the port it bound), multipart bodies, raw requests. Python standard library only."""
import http.client
import os
import re
import signal
import socket
import subprocess
import tempfile
import time
import uuid

SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEED = os.path.join(SOURCE, "fixtures", "seed")


def case_seconds(default=10.0):
    """The time one step may take: JIXIAO_CASE_SECONDS (raised for sanitizer builds)."""
    return float(os.environ.get("JIXIAO_CASE_SECONDS", default))


class Server:
    """`jixiao serve --port 0 ARGS` with a private TMPDIR; stopped with SIGTERM."""

    def __init__(self, binary, *args):
        self.tmp = tempfile.TemporaryDirectory(prefix="jixiao-serve-test-")
        env = dict(os.environ, TMPDIR=self.tmp.name)
        self.process = subprocess.Popen([binary, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, env=env, cwd=SOURCE)
        line = self.process.stdout.readline().decode()
        match = re.match(r"jixiao serve: http://[^/]*:(\d+)/", line)
        if not match:
            self.process.kill()
            raise RuntimeError("the server did not start: %r %r" % (line, self.process.stderr.read()))
        self.port = int(match.group(1))
        self.host = "127.0.0.1:%d" % self.port  # where the tests connect: every address includes it

    def connection(self, timeout=None):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout or 4 * case_seconds())

    def request(self, method, path, body=None, headers=None):
        """(status, headers dict with lower-case names, body bytes) on a new connection."""
        conn = self.connection()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def post_form(self, path, fields, headers=None):
        body, content_type = multipart(fields)
        return self.request("POST", path, body, dict({"Content-Type": content_type}, **(headers or {})))

    def rss_kib(self):
        with open("/proc/%d/status" % self.process.pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def sanitized(self):
        with open("/proc/%d/maps" % self.process.pid) as maps:
            return "libasan" in maps.read()

    def stop(self, signal_sent=False):
        """SIGTERM (unless `signal_sent`), then waits; returns (exit status, stderr)."""
        if not signal_sent and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _, err = self.process.communicate(timeout=6 * case_seconds())
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
            raise
        return self.process.returncode, err.decode(errors="replace")

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()
        self.tmp.cleanup()


def multipart(fields):
    """fields: list of (name, value) or (name, filename, bytes) -> (body, content type)."""
    boundary = "----jixiao" + uuid.uuid4().hex
    out = bytearray()
    for field in fields:
        out += b"--" + boundary.encode() + b"\r\n"
        if len(field) == 2:
            out += ('Content-Disposition: form-data; name="%s"\r\n\r\n' % field[0]).encode()
            out += field[1].encode() if isinstance(field[1], str) else field[1]
        else:
            name, filename, data = field
            out += ('Content-Disposition: form-data; name="%s"; filename="%s"\r\n' % (name, filename)).encode()
            out += b"Content-Type: application/octet-stream\r\n\r\n" + data
        out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return bytes(out), "multipart/form-data; boundary=" + boundary


def seed(name):
    with open(os.path.join(SEED, name), "rb") as f:
        return f.read()


def raw_exchange(port, data, timeout=None):
    """Sends raw bytes, returns what comes back until the server closes (or times out)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout or 4 * case_seconds()) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except socket.timeout:
            pass
        return b"".join(chunks)


def status_of(raw):
    match = re.match(rb"HTTP/1\.[01] (\d{3})", raw)
    return int(match.group(1)) if match else None


def wait_until(predicate, seconds):
    end = time.time() + seconds
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
