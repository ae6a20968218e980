// launchlint serve: the page. Plain script, no framework, no build step. Every piece of text that
// comes from a kit is put into the page with textContent (el() below), never parsed as markup.
'use strict';

(function () {
  const FUNCTIONS = ['product', 'marketing', 'sales', 'strategy'];
  const SEVERITIES = ['high', 'medium', 'low'];
  const TYPES = {
    'contradiction': 'Contradiction',
    'unsupported-claim': 'Unsupported claim',
    'omission': 'Omission',
    'overpromise': 'Overpromise',
    'terminology-drift': 'Terminology drift',
    'positioning-drift': 'Positioning drift'
  };
  const STAGES = {
    'aligned': ['Aligned', 'The teams tell one story.'],
    'fragmented-interpretation': ['Fragmented interpretation', 'Words and emphasis differ, but no team contradicts another.'],
    'conflicting-execution': ['Conflicting execution', 'The teams state facts that contradict each other, or claim what product does not back.'],
    'market-confusion': ['Market confusion', 'Customer-facing material contradicts itself: marketing and sales tell customers different facts.']
  };
  const MAX_UPLOAD = 256 * 1024 * 1024;

  const $ = (id) => document.getElementById(id);
  let current = null;      // {kit, report, onDisk}
  let poller = null;
  let watching = 0;         // the newest watch(); an older one's answer in flight stops there
  let files = null;        // rows of the files step

  // ---- small helpers

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function api(path, options) {
    return fetch('api/' + path, Object.assign({cache: 'no-store'}, options || {})).then(async (r) => {
      const type = r.headers.get('Content-Type') || '';
      const body = type.includes('json') ? await r.json() : await r.text();
      if (!r.ok) throw new Error((body && body.error) || ('the server answered ' + r.status));
      return body;
    });
  }

  function post(path, body) {
    return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
  }

  function say(text, info) {
    const m = $('message');
    m.textContent = text || '';
    m.classList.toggle('shown', !!text);
    m.classList.toggle('info', !!info);
  }

  function show(view) {
    for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + view;
  }

  function stopPolling() {
    if (poller) clearTimeout(poller);
    poller = null;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function pairLabel(fs) {
    return fs.join(' and ');
  }

  // ---- routing: #/ lists kits, #/kit/ID works on one

  function route() {
    stopPolling();
    say('');
    const m = location.hash.match(/^#\/kit\/([A-Za-z0-9_-]+)$/);
    if (m) openKit(m[1]);
    else home();
  }

  function home() {
    current = null;
    document.title = 'launchlint';
    show('home');
    api('kits').then((body) => {
      const served = body.kits.filter((k) => k.source !== 'upload');
      const list = $('kit-list');
      list.replaceChildren();
      $('served').hidden = served.length === 0;
      for (const k of body.kits) {
        const label = k.source === 'upload' ? 'uploaded' : k.source === 'zip' ? 'zip file' : 'folder';
        const state = k.status === 'done' ? ', audited' : k.status === 'failed' ? ', audit failed' : '';
        list.append(el('li', {},
          el('div', {}, el('div', {class: 'kname', text: k.name}), el('div', {class: 'kmeta', text: (k.shown === k.name ? '' : k.shown + ' \u00b7 ') + label + state})),
          el('a', {class: 'button', href: '#/kit/' + k.id, 'aria-label': 'Audit ' + k.name}, k.status === 'done' ? 'Open' : 'Audit')));
      }
      $('served').hidden = body.kits.length === 0;
    }).catch((e) => say(e.message));
  }

  function openKit(id) {
    api('kits/' + id).then((kit) => {
      document.title = kit.name + ' \u00b7 launchlint';
      if (kit.status === 'done') return loadReport(id);
      if (kit.status === 'reading' || kit.status === 'comparing') return follow(id);
      return prepare(kit);
    }).catch((e) => { show('home'); say(e.message); });
  }

  // ---- step 1: which team wrote each file

  function prepare(kit) {
    show('progress');
    $('progress-title').textContent = 'Looking at ' + kit.name;
    $('progress-label').textContent = 'Reading the file names';
    $('progress-bar').removeAttribute('value');
    $('progress-text').textContent = 'Finding which team wrote each file\u2026';
    api('kits/' + kit.id + '/files').then((body) => {
      files = body.files;
      const open = files.filter((f) => !f.problem && f.origin !== 'layout');
      if (open.length === 0) return startAudit(kit.id);
      showFiles(kit);
    }).catch((e) => { show('home'); say(e.message); });
  }

  function showFiles(kit) {
    show('files');
    const rows = $('file-rows');
    rows.replaceChildren();
    files.forEach((f, i) => {
      if (f.problem) return;
      const select = el('select', {id: 'fn-' + i, 'data-path': f.path, 'aria-label': 'Team that wrote ' + f.path},
        el('option', {value: 'none', text: 'no team (leave out)'}),
        FUNCTIONS.map((fn) => el('option', {value: fn, text: fn, selected: f.function === fn})));
      if (!f.function) select.value = 'none';
      rows.append(el('tr', {class: f.origin === 'inferred' ? 'proposed' : null},
        el('td', {}, el('code', {text: f.path})),
        el('td', {}, select),
        el('td', {class: 'why', text: (f.origin === 'inferred' ? 'Proposed: ' : '') + f.reason})));
    });
    $('files-audit').onclick = () => {
      const chosen = {};
      for (const s of rows.querySelectorAll('select')) chosen[s.dataset.path] = s.value === 'none' ? null : s.value;
      startAudit(kit.id, chosen);
    };
  }

  // ---- step 2: the audit, with its progress

  function startAudit(id, functions) {
    post('kits/' + id + '/audit', {functions: functions || {}}).then(() => follow(id)).catch((e) => say(e.message));
  }

  function follow(id) {
    show('progress');
    const tick = () => api('kits/' + id).then((kit) => {
      $('progress-title').textContent = 'Auditing ' + kit.name;
      progress($('progress-bar'), $('progress-label'), kit);
      $('progress-text').textContent = kit.status === 'comparing'
        ? 'Lining up what each team says\u2026' : plural(kit.done, 'document') + ' of ' + kit.total + ' read';
      if (kit.status === 'done') return loadReport(id);
      if (kit.status === 'failed') { show('home'); say(kit.error || 'the audit failed'); return; }
      poller = setTimeout(tick, 400);
    }).catch((e) => say(e.message));
    tick();
  }

  function progress(bar, label, kit) {
    if (kit.status === 'comparing') {
      bar.removeAttribute('value');
      label.textContent = 'Comparing';
    } else {
      bar.max = Math.max(1, kit.total);
      bar.value = kit.done;
      label.textContent = 'Reading documents';
    }
  }

  // ---- step 3: the report

  function loadReport(id) {
    return api('kits/' + id + '/report').then((body) => {
      const keep = current && current.kit.id === id ? filters() : null;
      current = body;
      renderReport(keep);
      watch(id, body.kit.version);
    }).catch((e) => say(e.message));
  }

  /** Follows the kit while its report is shown: a change in its folder audits it again. */
  function watch(id, version) {
    const mine = ++watching;
    const tick = () => api('kits/' + id).then((kit) => {
      if (mine !== watching) return;
      const box = $('reaudit');
      if (kit.status === 'reading' || kit.status === 'comparing') {
        const bar = el('progress', {'aria-label': 'Audit progress'});
        progress(bar, {}, kit);
        box.replaceChildren(el('span', {text: (kit.note || 'Auditing again') + ' \u2026'}), bar);
      } else if (kit.version !== version) {
        if (kit.status === 'failed') box.replaceChildren(el('span', {text: kit.error || 'the audit failed'}));
        else return loadReport(id).then(() => {
          if (kit.note) $('reaudit').replaceChildren(el('span', {text: kit.note.charAt(0).toUpperCase() + kit.note.slice(1) + '.'}));
        });
        version = kit.version;
      }
      poller = setTimeout(tick, 1500);
    }).catch(() => { if (mine === watching) poller = setTimeout(tick, 3000); });
    poller = setTimeout(tick, 1500);
  }

  function renderReport(keep) {
    const r = current.report;
    const kit = current.kit;
    show('report');
    $('reaudit').replaceChildren();
    $('report-title').textContent = kit.name;
    $('report-where').textContent = kit.source === 'upload' ? 'uploaded kit' : r.kit.root === kit.name ? '' : r.kit.root;
    $('dl-html').href = 'api/kits/' + kit.id + '/report.html';
    $('dl-yml').hidden = current.onDisk;
    $('dl-yml').href = 'api/kits/' + kit.id + '/launchlint.yml';
    const stage = STAGES[r.scores.stage] || [r.scores.stage, ''];
    $('stage').textContent = stage[0];
    $('stage-explain').textContent = stage[1];
    $('index-value').textContent = r.scores.alignmentIndex;
    const counts = $('counts');
    counts.replaceChildren();
    for (const s of SEVERITIES) {
      const n = r.findings.filter((f) => f.severity === s).length;
      counts.append(el('span', {class: 'count ' + (n ? s : ''), text: n + ' ' + s}));
    }
    counts.append(el('span', {class: 'count', text: plural(r.documents.length, 'document')}));
    heatmap(r);
    filterOptions(r, keep);
    documents(r);
    applyFilters();
  }

  function heatmap(r) {
    const box = $('heat');
    box.replaceChildren();
    const fs = FUNCTIONS.filter((f) => r.scores.pairs.some((p) => p.functions.includes(f)));
    if (fs.length < 2) {
      box.append(el('p', {class: 'muted', text: 'Divergence needs material from at least two teams.'}));
      return;
    }
    const byPair = {};
    for (const p of r.scores.pairs) byPair[p.functions.join('|')] = p;
    const head = el('tr', {}, el('td', {}), fs.map((f) => el('th', {scope: 'col'}, el('span', {class: 'chip ' + f, text: f}))));
    const body = fs.map((row) => el('tr', {},
      el('th', {scope: 'row'}, el('span', {class: 'chip ' + row, text: row})),
      fs.map((col) => {
        if (row === col) return el('td', {class: 'self'}, el('span', {class: 'visually-hidden', text: 'same team'}));
        const key = [row, col].sort((a, b) => FUNCTIONS.indexOf(a) - FUNCTIONS.indexOf(b)).join('|');
        const p = byPair[key];
        if (!p) return el('td', {text: '\u2013'});
        return el('td', {}, el('button', {
          type: 'button', class: 'heat-cell', 'data-pair': key,
          onclick: () => { $('f-pair').value = key; applyFilters(); $('findings-title').scrollIntoView({behavior: 'smooth'}); }
        }, el('span', {class: 'visually-hidden', text: 'Show the findings of ' + row + ' and ' + col + ', divergence '}),
        el('b', {text: p.divergence}), el('span', {text: plural(p.findings, 'finding')})));
      })));
    box.append(el('table', {class: 'heat', 'aria-labelledby': 'heat-title'}, el('thead', {}, head), el('tbody', {}, body)));
    // Colour through the CSSOM: the policy allows no inline style attributes.
    for (const b of box.querySelectorAll('button[data-pair]')) b.style.background = heat(byPair[b.dataset.pair].divergence);
  }

  /** Pale green (0) through sand to soft red (100), as the HTML report; dark text stays readable on each. */
  function heat(d) {
    const stops = [[0, 0xe6, 0xf4, 0xec], [35, 0xfb, 0xf0, 0xd2], [70, 0xf8, 0xd3, 0xc2], [100, 0xee, 0x9f, 0x93]];
    d = Math.max(0, Math.min(100, d));
    for (let i = 1; i < stops.length; i++) {
      if (d <= stops[i][0]) {
        const t = (d - stops[i - 1][0]) / (stops[i][0] - stops[i - 1][0]);
        const c = [1, 2, 3].map((k) => Math.round(stops[i - 1][k] + t * (stops[i][k] - stops[i - 1][k])));
        return 'rgb(' + c.join(',') + ')';
      }
    }
    return '#fff';
  }

  function options(select, list, keep) {
    select.replaceChildren(...list.map(([v, label]) => el('option', {value: v, text: label})));
    if (keep !== undefined && list.some(([v]) => v === keep)) select.value = keep;
  }

  function filterOptions(r, keep) {
    keep = keep || {};
    options($('f-severity'), [['', 'All severities'], ['high', 'High'], ['medium', 'Medium or higher'], ['low', 'Low or higher']], keep.severity);
    const types = Object.keys(TYPES).filter((t) => r.findings.some((f) => f.type === t));
    options($('f-type'), [['', 'All types'], ...types.map((t) => [t, TYPES[t]])], keep.type);
    const pairs = r.scores.pairs.map((p) => p.functions.join('|'));
    options($('f-pair'), [['', 'All teams'], ...pairs.map((p) => [p, pairLabel(p.split('|'))])], keep.pair);
    const docs = [...new Set(r.findings.flatMap((f) => f.evidence.map((e) => e.path)))].sort();
    options($('f-doc'), [['', 'All documents'], ...docs.map((d) => [d, d])], keep.doc);
    $('f-search').value = keep.search || '';
  }

  function filters() {
    return {severity: $('f-severity').value, type: $('f-type').value, pair: $('f-pair').value,
      doc: $('f-doc').value, search: $('f-search').value};
  }

  function matches(f, q) {
    if (q.severity && SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(q.severity)) return false;
    if (q.type && f.type !== q.type) return false;
    if (q.pair && !q.pair.split('|').every((fn) => f.functions.includes(fn))) return false;
    if (q.doc && !f.evidence.some((e) => e.path === q.doc)) return false;
    if (q.search) {
      const words = q.search.toLowerCase();
      const hay = [f.summary, f.attribute || '', ...f.evidence.map((e) => e.text + ' ' + e.path)].join(' ').toLowerCase();
      if (!hay.includes(words)) return false;
    }
    return true;
  }

  function applyFilters() {
    if (!current) return;
    const q = filters();
    const all = current.report.findings;
    const open = [];
    const waived = [];
    // The audit weighs each finding against the kit's waivers: its status says where it stands.
    for (const f of all) (f.status === 'waived' ? waived : open).push(f);
    const shown = open.filter((f) => matches(f, q));
    const box = $('findings');
    box.replaceChildren();
    if (shown.length === 0) {
      box.append(el('div', {class: 'empty', text: open.length === 0
        ? 'No open findings: the teams agree on everything launchlint can compare.' : 'No finding matches these filters.'}));
    }
    for (const f of shown) box.append(finding(f, null));
    $('shown-count').textContent = 'Showing ' + shown.length + ' of ' + plural(open.length, 'open finding')
      + (waived.length ? ' (' + waived.length + ' waived)' : '') + '.';
    for (const b of document.querySelectorAll('#heat button[data-pair]')) {
      b.setAttribute('aria-pressed', String(b.dataset.pair === q.pair));
    }
    $('waived-section').hidden = waived.length === 0;
    $('waived').replaceChildren(...waived.map((f) => finding(f, f.waiver)));
  }

  function finding(f, waiver) {
    const art = el('article', {class: 'finding ' + f.severity + (waiver ? ' waived' : ''), id: 'f-' + f.id,
      'data-id': f.id, 'data-severity': f.severity, 'aria-label': TYPES[f.type] + ': ' + f.summary});
    art.append(el('header', {},
      el('span', {class: 'sev ' + f.severity, text: f.severity}),
      el('span', {class: 'ftype', text: TYPES[f.type] || f.type}),
      f.attribute ? el('span', {class: 'attr', text: f.attribute}) : null,
      el('span', {class: 'fns'}, f.functions.map((fn) => el('span', {class: 'chip ' + fn, text: fn})))));
    art.append(el('p', {class: 'summary', text: f.summary}));
    art.append(el('p', {class: 'reason', text: 'Why: ' + f.reason + ' (confidence ' + Math.round(f.confidence * 100) + '%)'}));
    if (f.evidence.length) {
      art.append(el('div', {class: 'evidence'}, f.evidence.map((e) => evidence(e))));
    }
    if (waiver) {
      art.append(el('p', {class: 'waiver-note', text: 'Waived by ' + waiver.owner + ' until ' + waiver.expires + ': ' + waiver.reason}));
    }
    const foot = el('footer', {}, el('span', {class: 'fid', text: 'id ' + f.id}));
    if (!waiver) {
      if (f.waiverExpired) foot.append(el('span', {class: 'fid', text: 'a waiver expired on ' + f.waiverExpired}));
      foot.append(el('button', {type: 'button', class: 'button small waive', 'aria-expanded': 'false',
        onclick: (ev) => waiveForm(art, f, ev.currentTarget)}, 'Waive\u2026'));
    }
    art.append(foot);
    return art;
  }

  function evidence(e) {
    const where = [e.location.page ? 'p. ' + e.location.page : null,
      e.location.slide ? 'slide ' + e.location.slide + (e.location.notes ? ' (notes)' : '') : null,
      e.location.sheet ? 'sheet ' + e.location.sheet + (e.location.row ? ' row ' + e.location.row : '') : null,
      !e.location.page && !e.location.slide && !e.location.sheet && e.location.heading ? '\u00a7 ' + e.location.heading : null]
      .filter(Boolean).join(', ');
    const quote = el('blockquote', {});
    let at = 0;
    const marks = (e.marks || []).slice().sort((a, b) => a[0] - b[0]);
    for (const [s, t] of marks) {
      if (s < at) continue;
      quote.append(e.text.slice(at, s), el('mark', {text: e.text.slice(s, t)}));
      at = t;
    }
    quote.append(e.text.slice(at));
    return el('figure', {class: 'ev ' + e.function},
      el('figcaption', {},
        el('span', {class: 'chip ' + e.function, text: e.function}),
        el('span', {class: 'src'}, el('code', {text: e.path}), where ? el('span', {class: 'muted', text: ' ' + where}) : null),
        el('button', {type: 'button', class: 'button small open-doc',
          'aria-label': 'Open ' + e.path + ' at this quotation', onclick: () => openDocument(e.path, e.text)}, 'Open')),
      quote);
  }

  function waiveForm(art, f, button) {
    const open = art.querySelector('.waive-form');
    if (open) { open.remove(); button.setAttribute('aria-expanded', 'false'); return; }
    button.setAttribute('aria-expanded', 'true');
    const expires = new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);
    const id = 'w-' + f.id;
    const form = el('form', {class: 'waive-form', novalidate: true},
      el('fieldset', {},
        el('legend', {text: 'Waive this finding'}),
        el('div', {class: 'field'}, el('label', {for: id + '-reason', text: 'Reason'}),
          el('input', {id: id + '-reason', name: 'reason', required: true, autocomplete: 'off'})),
        el('div', {class: 'field'}, el('label', {for: id + '-owner', text: 'Owner'}),
          el('input', {id: id + '-owner', name: 'owner', required: true, autocomplete: 'name'})),
        el('div', {class: 'field'}, el('label', {for: id + '-expires', text: 'Expires'}),
          el('input', {id: id + '-expires', name: 'expires', type: 'date', value: expires, required: true}))),
      el('p', {class: 'muted', text: current.onDisk
        ? 'The waiver is added to this kit\u2019s launchlint.yml; no document is changed.'
        : 'This kit was uploaded: the waiver goes into the launchlint.yml you can download above.'}),
      el('div', {class: 'actions'},
        el('button', {type: 'submit', class: 'button primary'}, 'Waive finding'),
        el('button', {type: 'button', class: 'button', onclick: () => { form.remove(); button.setAttribute('aria-expanded', 'false'); button.focus(); }}, 'Cancel')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = {id: f.id, reason: form.reason.value.trim(), owner: form.owner.value.trim(), expires: form.expires.value};
      if (!data.reason || !data.owner || !data.expires) { say('A waiver needs a reason, an owner and an expiry date.'); return; }
      post('kits/' + current.kit.id + '/waivers', data).then((r) => {
        say(r.written ? 'Waived; written to ' + r.written + '.' : 'Waived; download launchlint.yml to keep it with the kit.', true);
        // The server weighed the report against the waivers again (or audits again): show its word.
        if (poller) clearTimeout(poller);
        poller = null;
        loadReport(current.kit.id);
      }).catch((e) => say(e.message));
    });
    art.append(form);
    form.reason.focus();
  }

  function documents(r) {
    const rows = $('doc-rows');
    rows.replaceChildren();
    for (const d of r.documents) {
      const tone = d.status === 'parsed' ? '' : ['corrupt', 'timeout'].includes(d.status) ? 'bad' : 'warn';
      rows.append(el('tr', {},
        el('td', {}, el('code', {text: d.path})),
        el('td', {}, d.function ? el('span', {class: 'chip ' + d.function, text: d.function}) : el('span', {class: 'chip', text: 'none'})),
        el('td', {}, el('span', {class: 'status ' + tone, text: d.status}), d.error ? el('div', {class: 'muted', text: d.error}) : null),
        el('td', {class: 'num', text: d.claims}),
        el('td', {}, d.status === 'parsed' ? el('button', {type: 'button', class: 'button small',
          'aria-label': 'Read the text of ' + d.path, onclick: () => openDocument(d.path, null)}, 'Read') : null)));
    }
  }

  // ---- a document's text, opened at the quoted sentence

  function squash(s) {
    return s.replace(/\s+/g, ' ').trim().toLowerCase();
  }

  function openDocument(path, quote) {
    const dialog = $('doc');
    $('doc-title').textContent = path;
    $('doc-status').textContent = 'Reading\u2026';
    $('doc-units').replaceChildren();
    if (!dialog.open) dialog.showModal();
    api('kits/' + current.kit.id + '/text?path=' + encodeURIComponent(path)).then((body) => {
      const want = quote ? squash(quote) : null;
      let hit = null;
      const items = body.units.map((u) => {
        const li = el('li', {}, u.where ? el('span', {class: 'where', text: u.where}) : null);
        const text = squash(u.text);
        if (want && !hit && (text.includes(want) || (want.includes(text) && text.length > 12))) {
          hit = li;
          li.classList.add('hit');
          const start = u.text.toLowerCase().indexOf(quote.toLowerCase());
          if (start >= 0) li.append(u.text.slice(0, start), el('mark', {text: u.text.slice(start, start + quote.length)}), u.text.slice(start + quote.length));
          else li.append(u.text);
        } else {
          li.append(u.text);
        }
        return li;
      });
      $('doc-units').replaceChildren(...items);
      $('doc-status').textContent = plural(body.units.length, 'unit') + ' of text'
        + (want ? (hit ? '; the quotation is highlighted.' : '; the quotation was not found as one unit.') : '.');
      if (hit) {
        hit.setAttribute('tabindex', '-1');
        hit.scrollIntoView({block: 'center'});
      }
    }).catch((e) => { $('doc-status').textContent = e.message; });
  }

  // ---- uploads: a zip, a folder, or dropped files

  function upload(list) {
    const all = Array.from(list);
    if (all.length === 0) return;
    const size = all.reduce((n, x) => n + x.file.size, 0);
    if (size > MAX_UPLOAD) { say('That is ' + Math.round(size / 1048576) + ' MB, more than the upload limit of 256 MB.'); return; }
    say('Uploading ' + plural(all.length, 'file') + '\u2026', true);
    let done;
    if (all.length === 1 && /\.zip$/i.test(all[0].path)) {
      done = api('uploads/zip?name=' + encodeURIComponent(all[0].file.name), {method: 'POST', body: all[0].file});
    } else {
      const first = all[0].path.split('/');
      const name = first.length > 1 ? first[0] : 'dropped files';
      done = post('uploads?name=' + encodeURIComponent(name)).then(async (u) => {
        for (const x of all) {
          await api('uploads/' + u.upload + '/file?path=' + encodeURIComponent(x.path), {method: 'POST', body: x.file});
        }
        return post('uploads/' + u.upload + '/done');
      });
    }
    done.then((kit) => { say(''); location.hash = '#/kit/' + kit.id; }).catch((e) => say('Upload refused: ' + e.message));
  }

  function fromInput(input) {
    const list = Array.from(input.files).map((f) => ({file: f, path: f.webkitRelativePath || f.name}));
    input.value = '';
    upload(list);
  }

  /** The files of a drop, folders walked through the entries API. */
  async function fromDrop(items) {
    const out = [];
    const walk = async (entry, prefix) => {
      if (entry.isFile) {
        const file = await new Promise((ok, no) => entry.file(ok, no));
        out.push({file, path: prefix + entry.name});
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        let batch;
        do {
          batch = await new Promise((ok, no) => reader.readEntries(ok, no));
          for (const e of batch) await walk(e, prefix + entry.name + '/');
        } while (batch.length > 0);
      }
    };
    const entries = Array.from(items).map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    for (const e of entries) await walk(e, '');
    return out;
  }

  function setUp() {
    $('pick-zip').addEventListener('change', (e) => fromInput(e.target));
    $('pick-folder').addEventListener('change', (e) => fromInput(e.target));
    $('pick-files').addEventListener('change', (e) => fromInput(e.target));
    const drop = $('drop');
    ['dragenter', 'dragover'].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); }));
    ['dragleave', 'drop'].forEach((t) => drop.addEventListener(t, () => drop.classList.remove('over')));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      fromDrop(e.dataTransfer.items).then(upload).catch((err) => say('Cannot read what was dropped: ' + err.message));
    });
    for (const id of ['f-severity', 'f-type', 'f-pair', 'f-doc']) $(id).addEventListener('change', applyFilters);
    $('f-search').addEventListener('input', applyFilters);
    $('f-clear').addEventListener('click', () => {
      for (const id of ['f-severity', 'f-type', 'f-pair', 'f-doc', 'f-search']) $(id).value = '';
      applyFilters();
    });
    $('doc-close').addEventListener('click', () => $('doc').close());
    window.addEventListener('hashchange', route);
    route();
  }

  setUp();
})();
