// Messages: says at once which chosen files cannot be sent (more than 5, or larger than 10 MB),
// before anything is uploaded. The server checks again, and also reads each file's type.
(function () {
  'use strict';

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1);
  }

  function check(input) {
    var problem = document.getElementById('files-problem');
    var maxFiles = parseInt(input.dataset.maxFiles, 10);
    var maxBytes = parseInt(input.dataset.maxBytes, 10);
    var files = Array.from(input.files || []);
    var text = '';
    if (files.length > maxFiles) {
      text = problem.dataset.tooMany.replace('{0}', files.length);
    } else {
      var large = files.find(function (file) { return file.size > maxBytes; });
      if (large) text = problem.dataset.tooLarge.replace('{0}', large.name).replace('{1}', megabytes(large.size));
    }
    problem.textContent = text;
    problem.hidden = !text;
    input.setCustomValidity(text);
    input.setAttribute('aria-invalid', text ? 'true' : 'false');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[type=file][data-max-files]').forEach(function (input) {
      input.addEventListener('change', function () { check(input); });
    });
  });
})();
