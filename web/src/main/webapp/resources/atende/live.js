/*
 * Live updates (OmniFaces <o:socket>) of the case and queue pages, kept in a file so that the Content-Security-Policy
 * needs no inline script of ours. Loaded in the head: the sockets name these functions when they open.
 */
(function () {
  'use strict';

  /**
   * Case page: shows who changed the case, with a reload offer; the name is inserted as text, never as markup. The
   * agent's socket carries the changes of all the cases it has open: this page keeps those of its own.
   */
  window.atendeLiveCase = function (message) {
    var region = document.getElementById('live-case');
    if (!region || String(message.case) !== region.getAttribute('data-case')) { return; }
    var pattern = message.by ? region.getAttribute('data-changed-by')
                             : region.getAttribute('data-changed-by-client');
    document.getElementById('live-case-text').textContent = pattern.replace('{0}', message.by);
    document.getElementById('live-case-banner').hidden = false;
  };

  var recountTimer = null;
  /** Queue page: a burst of changes is recounted once (atendeRecountQueue is the page's p:remoteCommand). */
  window.atendeLiveQueue = function () {
    clearTimeout(recountTimer);
    recountTimer = setTimeout(function () { window.atendeRecountQueue(); }, 300);
  };
})();
