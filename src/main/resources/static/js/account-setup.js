// Conveniences of the Patient Portal Account Setup page; the page works without them.
(function () {
  'use strict';

  // Credentials: the password goes to the clipboard at once, and the whole message is selected for Ctrl+C.
  var panel = document.querySelector('[data-credentials]');
  if (panel) {
    var message = panel.querySelector('textarea');
    var status = panel.querySelector('[data-copy-status]');
    var say = function (text, refused) {
      status.textContent = text;
      status.classList.toggle('refused', refused);
    };
    var copy = function (text, done) {
      if (!navigator.clipboard || !window.isSecureContext) {
        say(panel.dataset.refused, true);
        return;
      }
      navigator.clipboard.writeText(text).then(function () { say(done, false); },
        function () { say(panel.dataset.refused, true); });
    };
    message.focus();
    message.select();
    copy(panel.dataset.password, panel.dataset.copied);
    panel.querySelector('[data-copy-message]').addEventListener('click', function () {
      message.select();
      copy(message.value, panel.dataset.messageCopied);
    });
  }

  // A new account's sections follow its access type: every section for Self, none for a representative.
  var accessType = document.getElementById('accessType');
  var defaultsFor = document.querySelector('[data-defaults-for]');
  var accountId = document.getElementById('accountId');
  if (accessType && defaultsFor && accountId && !accountId.value) {
    accessType.addEventListener('change', function () {
      var self = accessType.value === 'SELF';
      document.querySelectorAll('[data-permission]').forEach(function (box) { box.checked = self; });
      defaultsFor.value = accessType.value;
    });
  }
}());
