/*
 * The header's notification bell (WEB-INF/templates/bell.xhtml), kept in a file so that the Content-Security-Policy
 * needs no inline script of ours. Loaded in the head: the bell's socket names these functions when it opens.
 * atendeBellRefresh is the bell's p:remoteCommand: it reads the capped unread count and re-renders the bell.
 */
(function () {
  'use strict';

  var refreshTimer = null;
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(function () {
      if (window.atendeBellRefresh) { window.atendeBellRefresh(); }
    }, 150);
  }

  /**
   * The socket is open: nothing rung from now on is missed, so the count is read now, and the agent checks in (its
   * availability's "last seen"); atendeCheckIn is the header's p:remoteCommand that does both.
   */
  window.atendeBellOpened = function () {
    if (window.atendeCheckIn) { window.atendeCheckIn(); }
  };

  /** A notification for this agent was committed; a burst of them is read once. */
  window.atendeBellRang = refreshSoon;
})();
