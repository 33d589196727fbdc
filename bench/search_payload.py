#!/usr/bin/env python3
"""What the offline search of a built site downloads, in bytes.

    bench/search_payload.py SITE [SAMPLE]

initial: the search page with the files it loads before anything is typed (stylesheet, scripts,
the manifest search/index.js). one-word query: for SAMPLE words taken from the headlines of
documents spread evenly over the archive, the word shard the query loads plus the document shards
of the first page of results, ranked as search.js ranks them (prefix match, best weight x idf,
then newest). Prints the median, quartiles and largest.
"""
import json, math, os, re, statistics, sys

PAGE = 10  # results shown at once, as in search.js


def register_payload(path):
    text = open(path, encoding="utf-8").read()
    start = text.index(",", text.index(",") + 1) + 1  # after Clippings.register("kind","key",
    return json.loads(text[start:text.rindex(")")])


def key(word, length=2):
    out, taken = [], 0
    for ch in word:
        if taken == length or ch == " ":
            break
        out.append(ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else "_%x" % ord(ch))
        taken += 1
    return "".join(out)


def decode(arr):
    doc, out = 0, []
    for i in range(0, len(arr), 2):
        doc += arr[i]
        out.append((doc, arr[i + 1]))
    return out


def main():
    site = sys.argv[1]
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    size = lambda rel: os.path.getsize(os.path.join(site, rel))
    page = open(os.path.join(site, "search/index.html"), encoding="utf-8").read()
    initial = ["search/index.html", "search/index.js"]
    for ref in re.findall(r'(?:src|href)="([^"#?]+\.(?:js|css))"', page):
        rel = os.path.normpath(os.path.join("search", ref))
        if os.path.isfile(os.path.join(site, rel)) and rel not in initial:
            initial.append(rel)
    initial_bytes = sum(size(f) for f in initial)
    manifest = register_payload(os.path.join(site, "search/index.js"))
    docs, per_shard, stop = manifest["docs"], manifest["docsPerShard"], set(manifest["stop"])

    words = []
    step = max(1, docs // sample)
    for d in range(0, docs, step):
        title = register_payload(os.path.join(site, "search/d/%d.js" % (d // per_shard)))[d % per_shard][0]
        for w in re.findall(r"[\w]+", title.lower()):
            if len(w) >= 3 and w not in stop and not w.isdigit():
                words.append(w)
                break
        if len(words) == sample:
            break

    loads, shard_bytes, doc_bytes, shard_cache = [], [], [], {}
    key_length = manifest.get("keyLength", 2)
    for w in words:
        # the shards search.js loads: every key that is a prefix of the word's key or starts with it
        k = key(w, key_length)
        keys = [s for s in manifest["shards"] if s.startswith(k) or k.startswith(s)]
        if not keys:
            continue
        sh = {"w": {}, "p": {}}
        for s in keys:
            part = shard_cache.get(s) or shard_cache.setdefault(s, register_payload(os.path.join(site, "search/w/%s.js" % s)))
            sh["w"].update(part["w"])
            sh["p"].update(part["p"])
        stems = {stem for word, stem in sh["w"].items() if word.startswith(w)}
        scores = {}
        for stem in stems:
            p = sh["p"].get(stem, [])
            idf = math.log(1 + docs / (len(p) / 2)) if p else 0
            for doc, weight in decode(p):
                scores[doc] = max(scores.get(doc, 0), weight * idf)
        shown = sorted(scores, key=lambda d: (-scores[d], d))[:PAGE]
        doc_shards = {d // per_shard for d in shown}
        shard_bytes.append(sum(size("search/w/%s.js" % s) for s in keys))
        doc_bytes.append(sum(size("search/d/%d.js" % s) for s in doc_shards))
        loads.append(shard_bytes[-1] + doc_bytes[-1])

    loads.sort()
    q = statistics.quantiles(loads, n=4) if len(loads) > 1 else loads * 3
    print("site: %s (%d documents)" % (site, docs))
    print("initial payload: %.1f KB (%s)" % (initial_bytes / 1024, ", ".join("%s %.1f KB" % (f, size(f) / 1024) for f in initial)))
    print("one-word query (%d words from headlines): median %.1f KB, quartiles %.1f / %.1f KB, largest %.1f KB"
          % (len(loads), statistics.median(loads) / 1024, q[0] / 1024, q[2] / 1024, loads[-1] / 1024))
    print("  of which the word shard: median %.1f KB; the first page of results (%d): median %.1f KB"
          % (statistics.median(shard_bytes) / 1024, PAGE, statistics.median(doc_bytes) / 1024))


if __name__ == "__main__":
    main()
