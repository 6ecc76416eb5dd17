/* Have your say: a stale page tells the truth, as a progressive enhancement.

   A page built before a consultation opens or closes, or before a decision's call-in period
   ends, carries that instant on its hidden notice (data-stale-after). If the reader's clock has
   passed it (the hub has not been rebuilt yet, or the page came from a cache or was saved for
   reading offline), the notice is shown and, once a consultation has closed, the ways to respond
   (data-responding) are hidden. A page left open is checked again when the instant comes.
   Written for old browsers: no library, no modules, nothing fetched. Without JavaScript the page
   is exactly as built. */
(function () {
  "use strict";
  var notice = document.querySelector("[data-stale-after]");
  if (!notice || !("hidden" in notice)) {
    return;
  }
  var after = Date.parse(notice.getAttribute("data-stale-after"));
  if (isNaN(after)) {
    return;
  }
  var HOUR = 60 * 60 * 1000;

  function show() {
    notice.hidden = false;
    if (notice.hasAttribute("data-hides-responding")) {
      var parts = document.querySelectorAll("[data-responding]");
      for (var i = 0; i < parts.length; i += 1) {
        parts[i].hidden = true;
      }
    }
  }

  function check() {
    var wait = after - Date.now();
    if (wait <= 0) {
      show();
    } else {
      /* A sleeping phone delays timers, so look again at least every hour. */
      window.setTimeout(check, Math.min(wait, HOUR));
    }
  }

  check();
})();
