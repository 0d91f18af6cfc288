// Staff console and patient portal: a warning one minute before a signed-in session ends for
// inactivity, with a button that keeps it alive. Loaded from a file because the Content Security
// Policy allows no inline script; without JavaScript the session simply ends at its idle timeout.
(function () {
  'use strict';

  function idleWarning(body) {
    var seconds = parseInt(body.dataset.idleSeconds, 10);
    var warning = document.querySelector('.idle-warning');
    if (!seconds || !warning) return;
    var warnTimer, endTimer;
    function schedule() {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      warning.hidden = true;
      warnTimer = setTimeout(function () { warning.hidden = false; }, Math.max(seconds - 60, 0) * 1000);
      endTimer = setTimeout(function () { window.location.assign(body.dataset.timedOut); }, seconds * 1000);
    }
    warning.querySelector('[data-stay]').addEventListener('click', function () {
      fetch(body.dataset.keepAlive, { credentials: 'same-origin' }).then(function (response) {
        if (response.ok && !response.redirected) schedule();
        else window.location.assign(body.dataset.timedOut);
      });
    });
    schedule();
  }

  document.addEventListener('DOMContentLoaded', function () {
    idleWarning(document.body);
  });
})();
