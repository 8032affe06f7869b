/* khparse review: sortable tables and the text filter (document page and archive index). */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function key(cell) {
    return cell ? (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim()) : '';
  }

  // A header click sorts the body rows by that column; a second click reverses the order.
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      th.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var numeric = th.dataset.type === 'num';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0)
                          : x.localeCompare(y, 'vi', { numeric: true, sensitivity: 'base' });
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // Diacritic- and case-blind matching, so "so y te" finds "Sở Y tế".
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  window.khparseFold = fold;

  document.querySelectorAll('input[data-filter-table]').forEach(function (input) {
    var table = document.getElementById(input.dataset.filterTable);
    input.addEventListener('input', function () {
      var q = fold(input.value.trim());
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = q !== '' && fold(row.textContent).indexOf(q) < 0;
      });
    });
  });
})();
