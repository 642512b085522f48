/**
 * The review page's only script, inlined (and allowed by its hash in the page's Content
 * Security Policy). It reads the data block, then handles filters, selecting a claim (the side
 * panel or bottom sheet), next/previous problem (`j`/`k`), Escape, and "copy the repaired
 * citation". It builds every element with `textContent`, never from markup.
 */

/** The script's source: plain ES2019, no template placeholders. */
export const clientScript = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('citecheck-data').textContent);
  var claims = data.claims;
  var body = document.body;
  var panel = document.getElementById('panel');
  var panelBody = document.getElementById('panel-body');
  var panelStatus = document.getElementById('panel-status');
  var position = document.getElementById('position');
  var paperText = document.querySelector('.paper-text');
  var claimElements = [];
  var markers = [];
  var filter = 'all';
  var selected = -1;
  var glyphs = { live: '\u2713', dead: '\u2717', missing: '!', unverified: '?', excluded: '\u2013' };

  document.documentElement.classList.add('js');
  Array.prototype.forEach.call(document.querySelectorAll('.claim[data-claim]'), function (element) {
    claimElements[Number(element.getAttribute('data-claim'))] = element;
  });
  Array.prototype.forEach.call(document.querySelectorAll('.marker'), function (element) {
    var index = Number(element.getAttribute('data-claim'));
    (markers[index] = markers[index] || []).push(element);
  });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function badge(status, words) {
    var node = element('span', 'badge st-' + status);
    var glyph = element('span', 'glyph', glyphs[status] || '\u26A0');
    glyph.setAttribute('aria-hidden', 'true');
    node.appendChild(glyph);
    node.appendChild(document.createTextNode(' ' + words));
    return node;
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function matches(index, which) {
    var claim = claims[index];
    if (which === 'all') return true;
    if (which === 'warnings') return claim.warnings.length > 0;
    return claim.status === which;
  }

  function isStop(index) {
    if (!claimElements[index]) return false;
    if (filter !== 'all') return matches(index, filter);
    return claims[index].status !== 'live' || claims[index].warnings.length > 0;
  }

  function stops() {
    var list = [];
    for (var index = 0; index < claims.length; index++) if (isStop(index)) list.push(index);
    return list;
  }

  var names = { all: 'problem', dead: 'dead claim', missing: 'missing claim', unverified: 'unverified claim', warnings: 'claim with warnings' };
  var pluralNames = { all: 'problems', dead: 'dead claims', missing: 'missing claims', unverified: 'unverified claims', warnings: 'claims with warnings' };

  function updatePosition() {
    var list = stops();
    var at = list.indexOf(selected);
    var name = names[filter];
    var title = name.charAt(0).toUpperCase() + name.slice(1);
    position.textContent = at === -1
      ? list.length + ' ' + (list.length === 1 ? name : pluralNames[filter])
      : title + ' ' + (at + 1) + ' of ' + list.length;
  }

  function applyFilter(which) {
    filter = which;
    body.setAttribute('data-filter', which);
    Array.prototype.forEach.call(document.querySelectorAll('button.filter'), function (button) {
      button.setAttribute('aria-pressed', button.getAttribute('data-filter') === which ? 'true' : 'false');
    });
    claimElements.forEach(function (node, index) {
      node.classList.toggle('dim', which !== 'all' && !matches(index, which));
    });
    if (paperText) {
      var heading = null;
      var headingShown = false;
      Array.prototype.forEach.call(paperText.children, function (child) {
        if (child.tagName === 'H2') {
          if (heading) heading.hidden = !headingShown;
          heading = child;
          headingShown = which === 'all';
          return;
        }
        if (!child.classList.contains('para')) return;
        var shown = which === 'all' || child.querySelector('.claim:not(.dim)') !== null;
        child.hidden = !shown;
        if (shown) headingShown = true;
      });
      if (heading) heading.hidden = !headingShown;
    }
    updatePosition();
  }

  function clearSelection() {
    if (selected === -1) return;
    if (claimElements[selected]) claimElements[selected].classList.remove('selected');
    (markers[selected] || []).forEach(function (marker) { marker.setAttribute('aria-pressed', 'false'); });
  }

  function renderWarnings(claim) {
    var list = element('ul', 'warnings');
    claim.warnings.forEach(function (warning) {
      var item = element('li');
      item.setAttribute('data-warning', warning.kind);
      item.appendChild(badge('warning', warning.title));
      var where = warning.footnote === null ? ' ' : ' Footnote ' + warning.footnote + ': ';
      item.appendChild(document.createTextNode(where + warning.words));
      if (warning.target) {
        item.appendChild(document.createTextNode(' New address: '));
        var safe = /^https?:\/\//i.test(warning.target);
        var link = element(safe ? 'a' : 'span', 'url', warning.target);
        if (safe) {
          link.href = warning.target;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
        }
        item.appendChild(link);
      }
      list.appendChild(item);
    });
    return list;
  }

  function renderSupport(support) {
    var box = element('section', 'support lv-' + support.level);
    box.setAttribute('data-support', support.level);
    box.setAttribute('aria-label', 'Support');
    var head = element('p', 'support-head');
    head.appendChild(element('strong', null, 'Support: ' + support.title));
    if (support.level === 'not-checked' || !support.url) {
      head.appendChild(document.createTextNode(' \u2014 ' + support.detail + '.'));
    } else {
      head.appendChild(document.createTextNode(' (' + support.detail + ') \u2014 ' + (support.passage ? support.from : 'no passage of') + ' '));
      head.appendChild(element('span', 'url', support.url));
      head.appendChild(document.createTextNode(support.passage ? ':' : ' shares its terms.'));
    }
    box.appendChild(head);
    if (support.passage) {
      var quote = element('blockquote', 'passage');
      var at = 0;
      support.highlights.forEach(function (range) {
        if (range[0] < at || range[1] <= range[0] || range[1] > support.passage.length) return;
        quote.appendChild(document.createTextNode(support.passage.slice(at, range[0])));
        quote.appendChild(element('mark', null, support.passage.slice(range[0], range[1])));
        at = range[1];
      });
      quote.appendChild(document.createTextNode(support.passage.slice(at)));
      box.appendChild(quote);
    }
    if (support.numbers) {
      var numbers = element('p', 'numbers-missing');
      numbers.appendChild(badge('warning', 'numbers'));
      numbers.appendChild(document.createTextNode(' ' + support.numbers + '.'));
      box.appendChild(numbers);
    }
    return box;
  }

  function renderPanel(index) {
    var claim = claims[index];
    while (panelBody.firstChild) panelBody.removeChild(panelBody.firstChild);
    var head = element('p', 'claim-head');
    head.appendChild(badge(claim.status, claim.status));
    head.appendChild(document.createTextNode(' Claim ' + claim.id + ' \u00B7 ' + claim.where));
    panelBody.appendChild(head);
    panelBody.appendChild(element('blockquote', 'claim-quote', claim.text));
    if (claim.warnings.length > 0) panelBody.appendChild(renderWarnings(claim));
    if (claim.support) panelBody.appendChild(renderSupport(claim.support));
    var cards = element('ol', 'fn-cards');
    claim.footnotes.forEach(function (footnote) {
      if (footnote.position === null) {
        var missing = element('li', 'fn-card st-missing');
        var title = element('h3', 'fn-head');
        title.appendChild(badge('missing', 'missing'));
        title.appendChild(document.createTextNode(' Footnote ' + footnote.label));
        missing.appendChild(title);
        missing.appendChild(element('p', 'note', 'The paper has no footnote with this number or label.'));
        cards.appendChild(missing);
        return;
      }
      var original = document.getElementById('fn-' + footnote.position);
      if (!original) return;
      var copy = original.cloneNode(true);
      copy.removeAttribute('id');
      Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (node) { node.removeAttribute('id'); });
      cards.appendChild(copy);
    });
    panelBody.appendChild(cards);
    panelStatus.textContent = 'Claim ' + claim.id + ': ' + claim.status + ', ' + plural(claim.footnotes.length, 'footnote') +
      (claim.warnings.length > 0 ? ', ' + plural(claim.warnings.length, 'warning') : '') + '.';
  }

  function isHidden(node) {
    var box = node.getBoundingClientRect();
    var bottom = window.getComputedStyle(panel).position === 'fixed'
      ? panel.getBoundingClientRect().top
      : window.innerHeight;
    return box.bottom < 0 || box.top > bottom - 40;
  }

  function select(index, options) {
    options = options || {};
    if (!claims[index]) return;
    clearSelection();
    selected = index;
    var node = claimElements[index];
    if (node) node.classList.add('selected');
    (markers[index] || []).forEach(function (marker) { marker.setAttribute('aria-pressed', 'true'); });
    renderPanel(index);
    panel.classList.add('open');
    body.classList.add('sheet-open');
    try { history.replaceState(null, '', '#' + encodeURIComponent(claims[index].id)); } catch (error) { /* file: URLs may refuse */ }
    panel.scrollTop = 0;
    var card = options.footnote === undefined || claims[index].footnotes.length < 2
      ? null
      : panelBody.querySelector('[data-footnote="' + options.footnote + '"]');
    if (card) panel.scrollTop = Math.max(0, card.offsetTop - 8);
    if (options.focus && markers[index] && markers[index][0]) {
      markers[index][0].focus({ preventScroll: true });
    }
    if (node && (options.scroll || isHidden(node))) node.scrollIntoView({ block: 'start' });
    updatePosition();
  }

  function step(direction) {
    var list = stops();
    if (list.length === 0) { position.textContent = 'No ' + pluralNames[filter] + ' to show'; return; }
    var at = list.indexOf(selected);
    var next;
    if (at !== -1) {
      next = list[(at + direction + list.length) % list.length];
    } else if (direction > 0) {
      next = list.filter(function (index) { return index > selected; })[0];
      if (next === undefined) next = list[0];
    } else {
      var before = list.filter(function (index) { return index < selected || selected === -1; });
      next = before.length > 0 ? before[before.length - 1] : list[list.length - 1];
    }
    select(next, { focus: true, scroll: true });
  }

  function closePanel() {
    panel.classList.remove('open');
    body.classList.remove('sheet-open');
    if (selected !== -1 && markers[selected] && markers[selected][0]) markers[selected][0].focus();
  }

  function copyRepair(button) {
    var text = data.repairs[Number(button.getAttribute('data-repair'))];
    var row = button.parentNode;
    var status = row.querySelector('.copy-status');
    function fallback() {
      var area = row.querySelector('textarea') || element('textarea', 'copy-text');
      area.value = text;
      area.readOnly = true;
      area.setAttribute('aria-label', 'Repaired citation');
      if (!area.parentNode) row.appendChild(area);
      area.focus();
      area.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
      status.textContent = copied ? 'Copied.' : 'Select the text below and copy it.';
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { status.textContent = 'Copied.'; }, fallback);
    } else {
      fallback();
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var control = target.closest('button, a[data-claim]');
    if (control) {
      if (control.classList.contains('marker')) {
        var footnote = control.getAttribute('data-footnote');
        select(Number(control.getAttribute('data-claim')), footnote === '' ? {} : { footnote: footnote });
      } else if (control.classList.contains('filter')) applyFilter(control.getAttribute('data-filter'));
      else if (control.classList.contains('step')) step(Number(control.getAttribute('data-step')));
      else if (control.classList.contains('copy')) copyRepair(control);
      else if (control.classList.contains('close')) closePanel();
      else if (control.tagName === 'A') {
        event.preventDefault();
        select(Number(control.getAttribute('data-claim')), { focus: true, scroll: true });
      }
      return;
    }
    if (target.closest('a')) return;
    var claim = target.closest('.claim[data-claim]');
    if (claim) select(Number(claim.getAttribute('data-claim')));
  });

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'j' || event.key === 'n') { event.preventDefault(); step(1); }
    else if (event.key === 'k' || event.key === 'p') { event.preventDefault(); step(-1); }
    else if (event.key === 'Escape') closePanel();
  });

  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (details) { details.open = true; });
  });

  applyFilter('all');
  var wanted = decodeURIComponent(location.hash.slice(1));
  if (wanted) {
    for (var index = 0; index < claims.length; index++) {
      if (claims[index].id === wanted) { select(index, { scroll: true }); break; }
    }
  }
})();
`
