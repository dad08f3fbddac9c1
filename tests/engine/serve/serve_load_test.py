"""A bounded load test of `jixiao serve`: hundreds of requests from parallel clients
to 127.0.0.1, every one answered correctly, and the server's memory flat afterwards.
usage: serve_load_test.py JIXIAO_BINARY   (prints the figures it measured)"""
import concurrent.futures
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from serve_util import Server, multipart, seed

CLIENTS = 16
ROUNDS = 2
REQUESTS_PER_ROUND = 400  # half pages, half scored reports


def main(binary):
    server = Server(binary)
    try:
        body, content_type = multipart([("targets", "targets.yaml", seed("targets.yaml")),
                                        ("actuals", "actuals.yaml", seed("actuals.yaml")), ("format", "json")])
        expected = server.request("POST", "/api/score", body, {"Content-Type": content_type})[2]
        assert b'"projects"' in expected

        def one(i):
            if i % 2:
                status, _, answer = server.request("GET", "/score")
                return status == 200 and b"<h1>" in answer
            status, _, answer = server.request("POST", "/api/score", body, {"Content-Type": content_type})
            return status == 200 and answer == expected

        rss = [server.rss_kib()]
        for round_ in range(ROUNDS):
            started = time.time()
            with concurrent.futures.ThreadPoolExecutor(CLIENTS) as pool:
                results = list(pool.map(one, range(REQUESTS_PER_ROUND)))
            elapsed = time.time() - started
            rss.append(server.rss_kib())
            failed = results.count(False)
            print("round %d: %d requests from %d clients in %.2f s (%.0f/s), %d wrong; RSS %d KiB"
                  % (round_ + 1, len(results), CLIENTS, elapsed, len(results) / elapsed, failed, rss[-1]))
            if failed:
                print("FAIL: %d requests not answered correctly" % failed)
                return 1
        growth = rss[-1] - rss[1]
        print("RSS: at start %d KiB, after round 1 %d KiB, after round %d %d KiB (growth %d KiB)"
              % (rss[0], rss[1], ROUNDS, rss[-1], growth))
        if server.sanitized():
            print("AddressSanitizer build: its quarantine holds freed memory, RSS not checked")
        elif growth > 8 * 1024:
            print("FAIL: memory grew by %d KiB from round 1 to round %d" % (growth, ROUNDS))
            return 1
        status, err = server.stop()
        if status != 0:
            print("FAIL: exit status %d\n%s" % (status, err))
            return 1
        leftovers = os.listdir(server.tmp.name)
        if leftovers:
            print("FAIL: files left behind: %s" % leftovers)
            return 1
        return 0
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1])))
