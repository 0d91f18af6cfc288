// Patient portal: a password strength meter and a way to show the passwords being typed.
// Loaded from a file because the Content Security Policy allows no inline script.
(function () {
  'use strict';

  // A rough estimate while typing; the server's password policy has the last word.
  function strength(password, minLength) {
    var length = Array.from(password).length;
    if (length < minLength) return { score: Math.min(1, Math.floor(length / minLength * 2)), missing: minLength - length };
    var words = password.trim().split(/\s+/).filter(function (w) { return w.length >= 3; });
    var distinct = new Set(Array.from(password.toLowerCase())).size;
    var score = 2 + (distinct >= 10 ? 1 : 0) + (words.length >= 4 || length >= minLength + 8 ? 1 : 0);
    return { score: score, missing: 0 };
  }

  function meter(input) {
    var box = document.querySelector('.meter');
    var bar = document.getElementById('password-meter');
    var text = document.getElementById('password-meter-text');
    if (!box || !bar || !text) return;
    var minLength = parseInt(input.dataset.minLength, 10) || 15;
    box.hidden = false;
    function update() {
      var result = strength(input.value, minLength);
      bar.value = input.value ? result.score : 0;
      text.textContent = !input.value ? '' : result.missing > 0 ? text.dataset.short.replace('{0}', result.missing)
        : result.score >= 3 ? text.dataset.good : text.dataset.weak;
    }
    input.addEventListener('input', update);
    update();
  }

  function showPasswords(box) {
    box.addEventListener('change', function () {
      document.querySelectorAll('input[autocomplete="new-password"], input[id="confirmPassword"], input[id="currentPassword"]')
        .forEach(function (field) { field.type = box.checked ? 'text' : 'password'; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-strength-meter]').forEach(meter);
    document.querySelectorAll('[data-show-passwords]').forEach(showPasswords);
  });
})();
