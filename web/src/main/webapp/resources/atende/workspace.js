/*
 * Keyboard use of the agent's workspace (case page and queue). Single keys act only when the agent is not typing
 * in a field; "?" lists them. The queue remembers the cases of the page it shows (sessionStorage, ids only), so
 * that j/k on a case page go to the next or previous case of that queue page.
 */
var Atende = window.Atende || {};
(function (A) {
  'use strict';

  function typing(e) {
    var t = e.target;
    if (!t || !t.tagName) { return false; }
    var tag = t.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || t.isContentEditable;
  }

  function widget(name) {
    try { return window.PF ? PF(name) : null; } catch (ignored) { return null; }
  }

  function context() {
    return document.body.getAttribute('data-context') || '';
  }

  function go(path) {
    window.location.href = context() + path;
  }

  /** Opens the composer for a reply (internal = false) or an internal note (internal = true). */
  A.compose = function (internal) {
    var box = widget('noteInternal');
    if (box) { if (internal) { box.check(); } else { box.uncheck(); } }
    var editor = widget('noteText');
    var composer = document.getElementById('caseForm:composer');
    if (composer) { composer.scrollIntoView({block: 'center'}); }
    if (editor && editor.editor) { editor.editor.focus(); }
  };

  /** Opens a tab of the case page by its id (caseForm:tabs:<id>) and brings it into view. */
  A.tab = function (id) {
    var link = document.querySelector('a[href="#caseForm:tabs:' + id + '"]');
    if (!link) { return; }
    link.click();
    link.scrollIntoView({block: 'start'});
    link.focus();
  };

  A.rememberQueue = function (ids) {
    try { sessionStorage.setItem('atende.queue', JSON.stringify(ids)); } catch (ignored) { /* private mode */ }
  };

  function neighbour(step) {
    var current = new URLSearchParams(window.location.search).get('id');
    var ids;
    try { ids = JSON.parse(sessionStorage.getItem('atende.queue') || '[]'); } catch (ignored) { ids = []; }
    var at = ids.indexOf(Number(current));
    if (at < 0 || !ids[at + step]) { return; }
    go('/cases/view.xhtml?id=' + ids[at + step]);
  }

  function queueRows() {
    return Array.prototype.slice.call(document.querySelectorAll('[id="queueForm:queue_data"] > tr[data-ri]'));
  }

  function moveInQueue(step) {
    var rows = queueRows();
    if (!rows.length) { return; }
    var at = rows.indexOf(document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('tr') : null);
    var next = rows[Math.max(0, Math.min(rows.length - 1, at + step))];
    next.setAttribute('tabindex', '0');
    next.focus();
  }

  function focusedRow() {
    return document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('[id="queueForm:queue_data"] > tr[data-ri]') : null;
  }

  function toggleShortcuts() {
    var overlay = document.getElementById('shortcuts');
    if (!overlay) { return; }
    overlay.hidden = !overlay.hidden;
    if (!overlay.hidden) { overlay.querySelector('button').focus(); }
  }
  A.toggleShortcuts = toggleShortcuts;

  var keys = {
    '?': toggleShortcuts,
    'q': function () { go('/cases/queue.xhtml'); },
    '/': function () { go('/cases/search.xhtml'); },
    'r': function () { if (document.getElementById('caseForm:composer')) { A.compose(false); } },
    'n': function () { if (document.getElementById('caseForm:composer')) { A.compose(true); } },
    's': function () { var d = widget('statusDialog'); if (d) { d.show(); } },
    'f': function () { var d = widget('forwardDialog'); if (d) { d.show(); } },
    'j': function () { if (queueRows().length) { moveInQueue(1); } else { neighbour(1); } },
    'k': function () { if (queueRows().length) { moveInQueue(-1); } else { neighbour(-1); } },
    'x': function () {
      var row = focusedRow();
      var box = row && row.querySelector('.ui-chkbox-box');
      if (box) { box.click(); }
    }
  };

  /** Keeps the cases of the queue page on screen, for j/k on the case pages opened from it. */
  function rememberShownQueue() {
    var rows = queueRows();
    if (rows.length) {
      A.rememberQueue(rows.map(function (row) { return Number(row.getAttribute('data-rk')); }));
    }
  }
  document.addEventListener('DOMContentLoaded', rememberShownQueue);

  // Our markup carries no inline event handlers (the Content-Security-Policy allows only scripts with the page's
  // nonce): buttons and links name what they do in data-atende-* attributes, acted on here.
  document.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-atende-tab],[data-atende-compose],[data-atende-show],'
      + '[data-atende-hide],[data-atende-shortcuts],[data-atende-go]');
    if (!el) { return; }
    var d;
    if (el.hasAttribute('data-atende-tab')) { e.preventDefault(); A.tab(el.getAttribute('data-atende-tab')); }
    else if (el.hasAttribute('data-atende-compose')) { A.compose(el.getAttribute('data-atende-compose') === 'note'); }
    else if (el.hasAttribute('data-atende-show')) { d = widget(el.getAttribute('data-atende-show')); if (d) { d.show(); } }
    else if (el.hasAttribute('data-atende-hide')) { d = widget(el.getAttribute('data-atende-hide')); if (d) { d.hide(); } }
    else if (el.hasAttribute('data-atende-shortcuts')) { toggleShortcuts(); }
    else if (el.hasAttribute('data-atende-go')) { window.location.assign(el.getAttribute('data-href')); }
  });

  // Capturing, so that a refused confirmation stops the click before the button's own (ajax) listener sees it.
  document.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-atende-confirm]');
    if (el && !window.confirm(el.getAttribute('data-atende-confirm'))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  // The case header's "Mais" menu (a <details>) closes once an item is chosen or the agent clicks elsewhere.
  document.addEventListener('click', function (e) {
    var more = document.getElementById('case-more');
    if (more && more.open && (!more.contains(e.target) || e.target.closest('.case-more-menu'))) { more.open = false; }
  });
  if (window.jQuery) { jQuery(document).on('pfAjaxComplete', rememberShownQueue); }

  // Capturing: the editor's own key handling (Enter makes a new line) must not see Ctrl+Enter first.
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target.closest && e.target.closest('[id="caseForm:composer"]')) {
      var send = document.getElementById('caseForm:addNote');
      var editor = widget('noteText');
      // The editor copies its text to the posted field only when it loses focus; it has not yet.
      if (editor && editor.input) { editor.input.val(editor.getEditorValue()); }
      if (send) { e.preventDefault(); e.stopPropagation(); send.click(); }
      return;
    }
    if (e.key === 'Escape') {
      var overlay = document.getElementById('shortcuts');
      if (overlay && !overlay.hidden) { overlay.hidden = true; }
      var more = document.getElementById('case-more');
      if (more && more.open) { more.open = false; more.querySelector('summary').focus(); }
      return;
    }
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === 'Enter') {
      var row = focusedRow();
      var link = row && row.querySelector('a.case-link');
      if (link) { e.preventDefault(); link.click(); }
      return;
    }
    var action = keys[e.key];
    if (action) { e.preventDefault(); action(); }
  }, true);
})(Atende);
