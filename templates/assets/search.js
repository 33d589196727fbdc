/*
 * Clippings offline search. Works from file:// and any static host: index files are scripts that
 * call Clippings.register(kind, key, data) when a <script> element loads them (no fetch, no XHR).
 * Article text is only ever inserted with textContent, never as HTML.
 */
(function () {
  'use strict';
  var C = window.Clippings = window.Clippings || {};
  var loaded = {};
  var waiting = {};
  var PAGE = 10; // results shown at once: each one loads a document shard, so the first page stays small

  C.register = function (kind, key, data) {
    var id = kind + ':' + key;
    loaded[id] = data;
    (waiting[id] || []).forEach(function (cb) { cb(data); });
    delete waiting[id];
  };

  var root = (document.querySelector('meta[name="clippings-root"]') || {}).content || '../';

  function load(kind, key, path) {
    var id = kind + ':' + key;
    if (id in loaded) return Promise.resolve(loaded[id]);
    return new Promise(function (resolve) {
      var first = !waiting[id];
      (waiting[id] = waiting[id] || []).push(resolve);
      if (!first) return;
      var s = document.createElement('script');
      s.src = root + path;
      s.async = true;
      s.onerror = function () { C.register(kind, key, null); };
      document.head.appendChild(s);
    });
  }

  /* The same tokens as the build's Stems.words: letters and digits, lower case; hyphens join,
     an apostrophe ends the word ("Korea's" -> "korea"). */
  function words(text) {
    var out = [], cur = '', s = text.toLowerCase(), i, c, n = s.length;
    for (i = 0; i < n; i++) {
      c = s.charAt(i);
      if (/[\p{L}\p{N}]/u.test(c)) { cur += c; continue; }
      if ((c === "'" || c === '\u2019' || c === '-') && cur && i + 1 < n && /[\p{L}\p{N}]/u.test(s.charAt(i + 1))) {
        if (c === '-') continue;
        while (i + 1 < n && /\p{L}/u.test(s.charAt(i + 1))) i++;
      }
      if (cur) { out.push(cur); cur = ''; }
    }
    if (cur) out.push(cur);
    return out;
  }

  function key(word, length) {
    var out = '', taken = 0;
    for (var ch of word) {
      if (taken === (length || 2) || ch === ' ') break;
      out += /[a-z0-9]/.test(ch) ? ch : '_' + ch.codePointAt(0).toString(16);
      taken++;
    }
    return out;
  }

  function decode(arr) {
    var m = new Map(), doc = 0;
    for (var i = 0; i < arr.length; i += 2) { doc += arr[i]; m.set(doc, arr[i + 1]); }
    return m;
  }

  var stop = {};

  /* Query words without the stopwords the index leaves out; quoted phrases kept apart. */
  function parse(q) {
    function keep(ws) { return ws.filter(function (w, i) { return !stop[w] || (i === ws.length - 1 && !/\s$/.test(q)); }); }
    var phrases = [], rest = q.replace(/"([^"]*)"?/g, function (_, p) {
      phrases.push(words(p).filter(function (w) { return !stop[w] && w.length > 1; }));
      return ' ';
    });
    return { terms: keep(words(rest)), phrases: phrases.filter(function (p) { return p.length; }) };
  }

  /* The words of the index that may start with `word`, merged from every shard that can hold
     them: large shards are split by a third or fourth character, so a word lives under the
     longest key that is a prefix of it, and a short typed prefix spans the split shards. */
  function shard(manifest, word) {
    if (Array.from(word).length < 2) return Promise.resolve(null); // one letter would load a whole letter's shards
    var k = key(word, manifest.keyLength || 2);
    var keys = manifest.shards.filter(function (s) { return s.lastIndexOf(k, 0) === 0 || k.lastIndexOf(s, 0) === 0; });
    if (!keys.length) return Promise.resolve(null);
    return Promise.all(keys.map(function (s) { return load('shard', s, 'search/w/' + s + '.js'); })).then(function (list) {
      var sh = { w: {}, p: {}, b: {} }, any = false;
      list.forEach(function (s) {
        if (!s) return;
        any = true;
        Object.assign(sh.w, s.w);
        Object.assign(sh.p, s.p);
        Object.assign(sh.b, s.b);
      });
      return any ? sh : null;
    });
  }

  /* Documents matching one typed word (as a prefix), each with its best weight x idf. */
  function termScores(manifest, term) {
    return shard(manifest, term).then(function (sh) {
      var scores = new Map(), matched = [];
      if (!sh) return { scores: scores, matched: matched };
      var stems = {};
      Object.keys(sh.w).forEach(function (w) {
        if (w.lastIndexOf(term, 0) === 0) { stems[sh.w[w]] = true; matched.push(w); }
      });
      Object.keys(stems).forEach(function (stem) {
        var p = sh.p[stem];
        if (!p) return;
        var idf = Math.log(1 + manifest.docs / (p.length / 2));
        decode(p).forEach(function (w, doc) {
          var s = w * idf;
          if (!(scores.get(doc) >= s)) scores.set(doc, s);
        });
      });
      return { scores: scores, matched: matched };
    });
  }

  /* Documents containing a quoted phrase in a headline, summary or name (two-word steps). */
  function phraseScores(manifest, phrase) {
    return Promise.all(phrase.map(function (w) { return shard(manifest, w); })).then(function (shards) {
      var stems = phrase.map(function (w, i) { return shards[i] && shards[i].w[w]; });
      if (stems.some(function (s) { return !s; })) return { scores: new Map(), matched: phrase };
      if (stems.length === 1) {
        var p = shards[0].p[stems[0]] || [];
        return { scores: decode(p), matched: phrase };
      }
      var result = null;
      for (var i = 0; i + 1 < stems.length; i++) {
        var b = shards[i].b[stems[i] + ' ' + stems[i + 1]];
        var m = b ? decode(b) : new Map();
        if (result === null) result = m;
        else { var next = new Map(); result.forEach(function (v, d) { if (m.has(d)) next.set(d, v + m.get(d)); }); result = next; }
      }
      result.forEach(function (v, d) { result.set(d, v * 4); });
      return { scores: result, matched: phrase };
    });
  }

  function filterDocs(kind, slug) {
    var k = kind + '-' + key(slug);
    return load('filter', k, 'search/f/' + k + '.js').then(function (f) {
      return new Set(f && f[kind + '/' + slug] ? Array.from(decode(f[kind + '/' + slug]).keys()) : []);
    });
  }

  function docsFor(manifest, ids) {
    var shards = Array.from(new Set(ids.map(function (d) { return Math.floor(d / manifest.docsPerShard); })));
    return Promise.all(shards.map(function (s) { return load('docs', String(s), 'search/d/' + s + '.js'); }))
      .then(function () {
        return ids.map(function (d) {
          var sh = loaded['docs:' + Math.floor(d / manifest.docsPerShard)];
          return sh ? sh[d % manifest.docsPerShard] : null;
        });
      });
  }

  var FILTERS = ['person', 'place', 'organization', 'topic'];
  var TAXONOMY = { person: 'people', place: 'places', organization: 'organizations', topic: 'topics' };

  function search(manifest, params) {
    var started = performance.now();
    var q = parse(params.get('q') || '');
    var jobs = q.terms.map(function (t) { return termScores(manifest, t); })
      .concat(q.phrases.map(function (p) { return phraseScores(manifest, p); }));
    var filters = FILTERS.filter(function (f) { return params.get(f); })
      .map(function (f) { return filterDocs(TAXONOMY[f], params.get(f)); });
    if (!jobs.length && !filters.length && !params.get('year')) {
      return Promise.resolve({ ids: [], matched: [], ms: 0, empty: true });
    }
    return Promise.all([Promise.all(jobs), Promise.all(filters)]).then(function (r) {
      var parts = r[0], sets = r[1], total = null, matched = [];
      parts.forEach(function (p) {
        matched = matched.concat(p.matched);
        if (total === null) { total = new Map(p.scores); return; }
        var next = new Map();
        total.forEach(function (v, d) { if (p.scores.has(d)) next.set(d, v + p.scores.get(d)); });
        total = next;
      });
      if (total === null) {
        total = new Map();
        var everything = sets.length ? Array.from(sets[0]) : [];
        if (!sets.length) for (var d = 0; d < manifest.docs; d++) everything.push(d);
        everything.forEach(function (d) { total.set(d, 0); });
      }
      var year = params.get('year'), range = year && manifest.years[year];
      var ids = [];
      total.forEach(function (v, d) {
        if (year && !(range && d >= range[0] && d <= range[1])) return;
        if (sets.some(function (s) { return !s.has(d); })) return;
        ids.push(d);
      });
      ids.sort(function (a, b) { return (total.get(b) - total.get(a)) || (b - a); }); // relevance, then newest (numbered oldest first)
      return { ids: ids, matched: matched, ms: performance.now() - started };
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* The summary as text nodes, with words the query matched in <mark>. */
  function snippet(text, terms) {
    var p = el('p', 'snippet'), re = /[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’-]+/gu, m;
    while ((m = re.exec(text)) !== null) {
      var w = m[0], lw = w.toLowerCase(), hit = /[\p{L}\p{N}]/u.test(w) && terms.some(function (t) {
        return t.length > 1 && lw.lastIndexOf(t, 0) === 0;
      });
      p.appendChild(hit ? el('mark', null, w) : document.createTextNode(w));
    }
    return p;
  }

  function link(params, name, value) {
    var p = new URLSearchParams(params);
    if (value) p.set(name, value); else p.delete(name);
    return 'index.html?' + p.toString();
  }

  function render(manifest, params, res, shown) {
    var out = document.getElementById('results'), status = document.getElementById('status');
    out.textContent = '';
    if (res.empty) { status.textContent = 'Type a word, a name or a "quoted phrase".'; return Promise.resolve(); }
    status.textContent = res.ids.length + (res.ids.length === 1 ? ' result' : ' results') + ' (' +
      Math.max(1, Math.round(res.ms)) + ' ms)';
    status.setAttribute('data-ms', String(res.ms));
    var page = res.ids.slice(0, shown);
    var terms = parse(params.get('q') || '').terms.concat(res.matched);
    return docsFor(manifest, page).then(function (docs) {
      var list = el('ol', 'articles results');
      var facets = {};
      docs.forEach(function (d) {
        if (!d) return;
        var li = el('li'), h = el('h2'), a = el('a', null, d[0]); // the list follows the page's h1
        a.href = root + d[1];
        h.appendChild(a);
        li.appendChild(h);
        var meta = el('p', 'meta');
        if (d[2]) { var t = el('time', null, d[3]); t.dateTime = d[2]; meta.appendChild(t); } else meta.textContent = 'Undated';
        li.appendChild(meta);
        li.appendChild(snippet(d[4], terms));
        if (d[5].length) {
          var names = el('p', 'names');
          d[5].slice(0, 8).forEach(function (n, i) {
            var f = Object.keys(TAXONOMY).filter(function (k) { return TAXONOMY[k] === n[0]; })[0];
            var fa = el('a', null, n[2]);
            fa.href = link(params, f, n[1]);
            if (i) names.appendChild(document.createTextNode(' · '));
            names.appendChild(fa);
            facets[f + '\u0000' + n[1]] = facets[f + '\u0000' + n[1]] || { f: f, slug: n[1], name: n[2], n: 0 };
            facets[f + '\u0000' + n[1]].n++;
          });
          li.appendChild(names);
        }
        list.appendChild(li);
      });
      out.appendChild(list);
      if (res.ids.length > shown) {
        var more = el('button', 'more', 'Show more results');
        more.type = 'button';
        more.addEventListener('click', function () { render(manifest, params, res, shown + PAGE); });
        out.appendChild(more);
      }
      renderFacets(params, facets);
    });
  }

  function renderFacets(params, facets) {
    var box = document.getElementById('facets');
    box.textContent = '';
    var active = FILTERS.concat(['year']).filter(function (f) { return params.get(f); });
    if (active.length) {
      var p = el('p', 'active');
      p.appendChild(document.createTextNode('Filtered by: '));
      active.forEach(function (f) {
        var a = el('a', null, f + ': ' + params.get(f) + ' ×');
        a.href = link(params, f, null);
        a.setAttribute('aria-label', 'Remove filter ' + f + ' ' + params.get(f));
        p.appendChild(a);
        p.appendChild(document.createTextNode(' '));
      });
      box.appendChild(p);
    }
    var top = Object.keys(facets).map(function (k) { return facets[k]; })
      .filter(function (x) { return params.get(x.f) !== x.slug; })
      .sort(function (a, b) { return (b.n - a.n) || a.name.localeCompare(b.name); }).slice(0, 12);
    if (!top.length) return;
    var ul = el('ul', 'links');
    top.forEach(function (x) {
      var li = el('li'), a = el('a', null, x.name);
      a.href = link(params, x.f, x.slug);
      li.appendChild(a);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'count', String(x.n)));
      ul.appendChild(li);
    });
    box.appendChild(el('h2', null, 'Narrow by'));
    box.appendChild(ul);
  }

  function fillForm(manifest, params) {
    var form = document.getElementById('search-form');
    form.q.value = params.get('q') || '';
    var years = form.year;
    Object.keys(manifest.years).sort().reverse().forEach(function (y) {
      var o = el('option', null, y);
      o.value = y;
      years.appendChild(o);
    });
    years.value = params.get('year') || '';
    FILTERS.forEach(function (f) {
      var input = form[f], key = params.get(f) || '';
      var known = (manifest.facets[TAXONOMY[f]] || []).filter(function (x) { return x[0] === key; })[0];
      if (input) input.value = known ? known[1] : key; // the name, as the suggestions show it
    });
    FILTERS.forEach(function (f) {
      var list = document.getElementById(TAXONOMY[f] + '-options');
      if (!list) return;
      (manifest.facets[TAXONOMY[f]] || []).forEach(function (x) {
        var o = el('option', null, x[1] + ' (' + x[2] + ')');
        o.value = x[1];
        list.appendChild(o);
      });
    });
  }

  /* The build's slug of a name (Slugs.of): accents dropped, apostrophes removed, & as "and",
     other runs of non-alphanumerics as one hyphen. */
  function slugOf(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/['\u2019]/g, '').replace(/&/g, ' and ')
      .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  /* What a filter field holds, as the key the index uses: a name from the suggestions (a topic's
     label differs from its key) or any name or key typed, as its slug. */
  function filterKey(manifest, f, value) {
    var wanted = value.toLowerCase(), known = (manifest.facets[TAXONOMY[f]] || []).filter(function (x) {
      return x[0] === value || x[1].toLowerCase() === wanted;
    })[0];
    return known ? known[0] : slugOf(value);
  }

  function start() {
    var form = document.getElementById('search-form');
    if (!form) return;
    load('manifest', '', 'search/index.js').then(function (manifest) {
      if (!manifest) { document.getElementById('status').textContent = 'The search index is missing.'; return; }
      (manifest.stop || []).forEach(function (w) { stop[w] = true; });
      var params = new URLSearchParams(location.search);
      fillForm(manifest, params);
      var timer = null, serial = 0;
      function run() {
        var p = new URLSearchParams();
        ['q', 'year'].concat(FILTERS).forEach(function (f) {
          var v = form[f] ? form[f].value.trim() : params.get(f);
          if (v && FILTERS.indexOf(f) >= 0) v = filterKey(manifest, f, v);
          if (v) p.set(f, v);
        });
        if (history.replaceState) {
          try { history.replaceState(null, '', '?' + p.toString()); } catch (e) { /* file:// in some browsers */ }
        }
        var mine = ++serial, started = performance.now();
        return search(manifest, p).then(function (res) {
          if (mine !== serial) return;
          return render(manifest, p, res, PAGE).then(function () {
            // the whole query, index shards to drawn results: what a reader waits for (read by the tests)
            document.getElementById('status').setAttribute('data-total-ms', String(performance.now() - started));
          });
        });
      }
      form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
      form.q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
      form.year.addEventListener('change', run);
      C.ready = run();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
