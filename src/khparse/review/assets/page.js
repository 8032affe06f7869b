/* khparse review page: tabs, kind toggles, pop-ups on marks, jumps from rows to spans. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('khparse-data').textContent);
  var docEl = document.getElementById('doc');
  var panel = document.getElementById('panel');
  var pop = document.getElementById('pop');
  var smooth = !(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // ---- tabs
  var tabs = document.querySelectorAll('.tabs [role=tab]');
  function showTab(name) {
    each(tabs, function (t) {
      var on = t.dataset.tab === name;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      document.getElementById('tab-' + t.dataset.tab).hidden = !on;
    });
  }
  each(tabs, function (t) { t.addEventListener('click', function () { showTab(t.dataset.tab); }); });
  showTab(document.querySelector('.tabs').dataset.default);

  // ---- legend: one toggle per kind
  each(document.querySelectorAll('.legend input[data-kind]'), function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('show-' + box.dataset.kind, box.checked);
    });
  });

  // ---- from a row to its span in the text
  function flash(els) {
    each(els, function (el) {
      el.classList.remove('flash');
      void el.offsetWidth;  // restart the animation
      el.classList.add('flash');
    });
    setTimeout(function () { each(els, function (el) { el.classList.remove('flash'); }); }, 2200);
  }
  function goTo(id) {
    var marks = docEl.querySelectorAll('mark[data-id="' + id + '"]');
    if (!marks.length) return false;
    marks[0].scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    flash(marks);
    return true;
  }
  var selected = null;
  function activate(el) {
    if (selected) selected.classList.remove('selected');
    selected = el;
    el.classList.add('selected');
    goTo(el.dataset.target);
  }
  panel.addEventListener('click', function (e) {
    if (e.target.closest('button, a, select, input, label')) return;
    var row = e.target.closest('[data-target]');
    if (row) activate(row);
  });
  panel.addEventListener('keydown', function (e) {
    var row = e.target.closest && e.target.closest('[data-target]');
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); activate(row); }
  });

  // ---- from a span to its row in the panel
  function showRow(id) {
    var row = panel.querySelector('[data-target="' + id + '"]');
    if (!row) return;
    showTab(row.closest('.tab').id.slice(4));
    if (row.hidden) { filter(''); }
    if (selected) selected.classList.remove('selected');
    selected = row;
    row.classList.add('selected');
    row.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }

  // ---- pop-up: every item covering the clicked or hovered point, innermost first
  var pinned = false, timer = null;
  function itemsAt(el) {
    var ids = [];
    for (var m = el.closest('mark'); m && docEl.contains(m); m = m.parentElement.closest('mark')) {
      var item = data.items[m.dataset.id];
      if (item && ids.indexOf(m.dataset.id) < 0 && document.body.classList.contains('show-' + item[0])) {
        ids.push(m.dataset.id);
      }
    }
    return ids;
  }
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function hidePop() { clearTimeout(timer); pop.hidden = true; pinned = false; }
  function showPop(mark, x, y) {
    var ids = itemsAt(mark);
    if (!ids.length) { hidePop(); return; }
    pop.textContent = '';
    var close = add(pop, 'button', '×', 'close');
    close.title = data.close;
    close.addEventListener('click', hidePop);
    ids.forEach(function (id) {
      var it = data.items[id];
      var box = add(pop, 'div', undefined, 'pop-item');
      var h = add(box, 'h4');
      var chip = add(h, 'mark', data.kinds[it[0]]);
      chip.dataset.kind = it[0];
      h.appendChild(document.createTextNode(it[1]));
      h.addEventListener('click', function () { showRow(id); });
      if (it[2].length) {
        var dl = add(box, 'dl');
        it[2].forEach(function (row) { add(dl, 'dt', row[0]); add(dl, 'dd', row[1]); });
      }
      if (it[3]) add(box, 'q', it[3]);
    });
    // below the pointer if it fits, else above, else on the roomier side, scrolling inside
    pop.style.maxHeight = '';
    pop.hidden = false;
    var w = pop.offsetWidth, h = pop.offsetHeight;
    var below = window.innerHeight - y - 22, above = y - 18;
    var down = h <= below || (h > above && below >= above);
    if (h > (down ? below : above)) { pop.style.maxHeight = (down ? below : above) + 'px'; h = pop.offsetHeight; }
    pop.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - w - 8)) + 'px';
    pop.style.top = (down ? y + 14 : y - 10 - h) + 'px';
  }
  docEl.addEventListener('click', function (e) {
    clearTimeout(timer);
    var mark = e.target.closest('mark');
    if (!mark) { hidePop(); return; }
    showPop(mark, e.clientX, e.clientY);
    pinned = !pop.hidden;
  });
  docEl.addEventListener('mouseover', function (e) {
    if (pinned) return;
    clearTimeout(timer);
    var mark = e.target.closest('mark');
    timer = setTimeout(function () {
      if (mark) showPop(mark, e.clientX, e.clientY); else hidePop();
    }, mark ? 250 : 120);
  });
  docEl.addEventListener('mouseleave', function () { clearTimeout(timer); if (!pinned) hidePop(); });
  docEl.addEventListener('scroll', function () { if (!pinned) hidePop(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hidePop(); });

  // ---- task table: filter by a body (lead or partner)
  var select = document.getElementById('task-filter');
  var shown = document.querySelector('#tab-tasks .shown');
  function filter(name) {
    if (!select) return;
    select.value = name;
    var rows = document.querySelectorAll('#task-table tbody tr'), n = 0;
    each(rows, function (row) {
      var hit = !name || JSON.parse(row.dataset.bodies).indexOf(name) >= 0;
      row.hidden = !hit;
      if (hit) n++;
    });
    shown.textContent = n + ' ' + shown.dataset.of + ' ' + rows.length;
  }
  if (select) {
    select.addEventListener('change', function () { filter(select.value); });
    filter('');
  }
  each(document.querySelectorAll('.to-tasks'), function (b) {
    b.addEventListener('click', function () { filter(b.dataset.body); showTab('tasks'); });
  });
})();
