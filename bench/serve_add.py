#!/usr/bin/env python3
"""Times `clippings serve` rebuilding after one article is added, again and again.

    bench/serve_add.py LAUNCHER CORPUS OUT CONFIG [COUNT]

Starts `LAUNCHER serve --verbose` on the corpus (whose site and cache should be up to date, so the
first build is a no-op), waits until serve has prepared (rendered that site into nothing, to fill
its memory), then COUNT times (default 5) writes one new article (a copy of the first
article in path order, dated 2025-12-30) into CORPUS/zz-serve/ and waits for the server to report
the rebuild. Prints, per added article, the wall time from writing the file to the end of the
rebuild as the server measured it (settling included) and the server's stage times; at the end
the added articles are removed and the server stopped. The serve-side figure is what a reader of
the live preview waits for after saving an article.
"""
import os
import queue
import re
import subprocess
import sys
import threading
import time

launcher, corpus, out, config = sys.argv[1:5]
count = int(sys.argv[5]) if len(sys.argv) > 5 else 5
extra = os.path.join(corpus, "zz-serve")
os.makedirs(extra, exist_ok=True)
first = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) if not d.startswith(extra)
               for f in fs if f.endswith(".txt"))[0]
with open(first, encoding="utf-8") as f:
    text = re.sub(r"^date [0-9-]+", "date 2025-12-30", f.read(), count=1)

proc = subprocess.Popen([launcher, "serve", "--verbose", "--port", "0", "--articles", corpus, "--out", out,
                         "--config", config], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


lines = queue.Queue()


def read_all():
    for line in proc.stdout:
        lines.put(line)
    lines.put(None)


threading.Thread(target=read_all, daemon=True).start()


def next_line(timeout=None):
    """The server's next line; None when it stopped, or when nothing came within the timeout."""
    try:
        line = lines.get(timeout=timeout)
    except queue.Empty:
        return None
    if line is None:
        raise SystemExit("serve stopped: " + str(proc.wait()))
    return line


def next_rebuild():
    """The next 'rebuilt' line and the stage line after it."""
    while True:
        line = next_line()
        if line.startswith("rebuilt"):
            return line.strip(), next_line().strip()


try:
    first_build, stages = next_rebuild()
    print("first build:", first_build, "|", stages, flush=True)
    while not next_line().startswith("Serving"):
        pass
    # after a first build that found the site up to date, serve renders it once into nothing to
    # fill its memory (saying so first); a change saved meanwhile would wait for that, so the adds
    # start after it. A Clippings that does not prepare says nothing.
    line = next_line(timeout=5)
    if line is not None and line.startswith("preparing"):
        while not line.startswith("prepared"):
            line = next_line()
        print(line.strip(), flush=True)
    for i in range(count):
        time.sleep(1.0)
        start = time.monotonic()
        with open(os.path.join(extra, "added%d.txt" % i), "w", encoding="utf-8") as f:
            f.write(text.replace("\n\n", "\n\nAdded for the serve benchmark, copy %d.\n\n" % i, 1))
        line, stages = next_rebuild()
        took = time.monotonic() - start
        print("add %d: %.2f s after saving | %s | %s" % (i + 1, took, line, stages), flush=True)
    with open("/proc/%d/status" % proc.pid) as f:
        peak = [l.split()[1] for l in f if l.startswith("VmHWM:")]
    if peak:
        print("serve peak RSS: %d MB" % (int(peak[0]) // 1024), flush=True)
    # the added articles go again, and the server rebuilds once more, so the site matches the corpus
    for f in os.listdir(extra):
        os.remove(os.path.join(extra, f))
    os.rmdir(extra)
    line, stages = next_rebuild()
    print("removed again:", line, flush=True)
finally:
    proc.terminate()
    proc.wait()
    if os.path.isdir(extra):
        for f in os.listdir(extra):
            os.remove(os.path.join(extra, f))
        os.rmdir(extra)
