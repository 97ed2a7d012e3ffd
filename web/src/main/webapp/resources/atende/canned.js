/*
 * Canned replies in the case page's composer (seed 004 §4.1): the "Respostas padrão" button, or "::" and a few
 * letters typed in the editor, lists the replies the agent may use (CannedReplyServlet, asked only now: the case
 * page reads none while it renders); choosing one inserts it filled for the case by the server, already
 * sanitized. Keyboard: arrows move, Enter inserts, Escape closes. No inline handlers (CSP): listeners only.
 */
(function () {
  'use strict';

  var TRIGGER = /::([^\s:]{0,30})$/;
  var state = { open: false, typed: null, items: [], at: -1, timer: null };

  function picker() { return document.getElementById('canned-picker'); }
  function list() { return document.getElementById('canned-list'); }
  function filter() { return document.getElementById('canned-filter'); }

  function quill() {
    try {
      var w = window.PF ? PF('noteText') : null;
      return w && w.editor ? w.editor : null;
    } catch (ignored) { return null; }
  }

  function endpoint(query) {
    return (document.body.getAttribute('data-context') || '') + '/cases/canned-replies?' + query;
  }

  function load(letters) {
    clearTimeout(state.timer);
    state.timer = setTimeout(function () {
      fetch(endpoint('q=' + encodeURIComponent(letters || '')), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(show);
    }, 120);
  }

  function show(items) {
    var ul = list();
    if (!ul) { return; }
    state.items = items;
    state.at = items.length ? 0 : -1;
    ul.textContent = '';
    items.forEach(function (item, i) {
      var li = document.createElement('li');
      li.id = 'canned-option-' + item.id;
      li.setAttribute('role', 'option');
      li.setAttribute('data-canned-id', String(item.id));
      li.className = 'canned-option';
      li.textContent = item.name + (item.group ? ' · ' + item.group : '');
      ul.appendChild(li);
    });
    var empty = document.getElementById('canned-empty');
    if (empty) { empty.hidden = items.length > 0; }
    mark();
  }

  function mark() {
    var options = list() ? list().querySelectorAll('li') : [];
    for (var i = 0; i < options.length; i++) {
      options[i].classList.toggle('ui-state-highlight', i === state.at);
      options[i].setAttribute('aria-selected', i === state.at ? 'true' : 'false');
    }
    if (options[state.at]) { filter().setAttribute('aria-activedescendant', options[state.at].id); }
  }

  /** Opens the picker: from the button (typed null, the filter takes the focus) or from "::" in the editor. */
  function open(typed) {
    var p = picker();
    if (!p) { return; }
    state.open = true;
    state.typed = typed;
    p.hidden = false;
    filter().value = typed ? typed.letters : '';
    if (!typed) { filter().focus(); }
    load(filter().value);
  }

  function close(refocus) {
    var p = picker();
    state.open = false;
    state.typed = null;
    if (p) { p.hidden = true; }
    var q = quill();
    if (refocus && q) { q.focus(); }
  }

  function choose(index) {
    var item = state.items[index];
    var q = quill();
    if (!item || !q) { return; }
    var caseId = picker().getAttribute('data-case');
    var typed = state.typed;
    fetch(endpoint('id=' + item.id + '&case=' + encodeURIComponent(caseId)), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (filled) {
        if (!filled) { return; }
        var at = q.getSelection(true).index;
        if (typed) {
          // Replaces what was typed to ask for it ("::" and the letters).
          q.deleteText(typed.start, typed.length, 'user');
          at = typed.start;
        }
        // Sanitized by the server against the same allow-list as a typed reply.
        q.clipboard.dangerouslyPasteHTML(at, filled.html, 'user');
        close(true);
        var editor = PF('noteText');
        // The editor copies its text to the posted field only when it loses focus.
        if (editor && editor.input) { editor.input.val(editor.getEditorValue()); }
      });
  }

  function watch(q) {
    if (q.__atendeCanned) { return; }
    q.__atendeCanned = true;
    q.on('text-change', function (delta, old, source) {
      if (source !== 'user') { return; }
      var sel = q.getSelection();
      if (!sel) { return; }
      var from = Math.max(0, sel.index - 40);
      var before = q.getText(from, sel.index - from);
      var m = TRIGGER.exec(before);
      if (m) {
        open({ start: sel.index - m[0].length, length: m[0].length, letters: m[1] });
      } else if (state.open && state.typed) {
        close(false);
      }
    });
  }

  document.addEventListener('focusin', function (e) {
    if (e.target.closest && e.target.closest('[id="caseForm:composer"]')) {
      var q = quill();
      if (q) { watch(q); }
    }
  });

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-atende-canned]');
    if (button) {
      e.preventDefault();
      var q = quill();
      if (q) { watch(q); }
      if (state.open) { close(true); } else { open(null); }
      return;
    }
    var option = e.target.closest && e.target.closest('#canned-list li');
    if (option) { choose(Array.prototype.indexOf.call(list().children, option)); }
  });

  document.addEventListener('input', function (e) {
    if (e.target && e.target.id === 'canned-filter') { state.typed = null; load(e.target.value); }
  });

  // Capturing: while the picker is open, the arrows, Enter and Escape are its own, in the editor too.
  document.addEventListener('keydown', function (e) {
    if (!state.open) { return; }
    var inPicker = e.target.closest && (e.target.closest('#canned-picker') || e.target.closest('.ql-editor'));
    if (!inPicker) { return; }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      if (state.items.length) {
        state.at = (state.at + (e.key === 'ArrowDown' ? 1 : -1) + state.items.length) % state.items.length;
        mark();
      }
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && state.at >= 0) {
      e.preventDefault();
      e.stopPropagation();
      choose(state.at);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  }, true);
})();
