// After a page change the focus lands where the page starts: on the error summary when the form
// came back with problems, else on the page's heading, so keyboard and screen-reader users do not
// start from the top of the document. A field marked autofocus keeps the focus.
document.addEventListener('DOMContentLoaded', () => {
  if (document.activeElement && document.activeElement !== document.body) {
    return;
  }
  const target = document.querySelector('.error-summary') || document.querySelector('main h1');
  if (!target) {
    return;
  }
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
});

// A link in the error summary takes the focus to its field, not only the view.
document.addEventListener('click', (event) => {
  const link = event.target.closest('.error-summary a[href^="#"]');
  const field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
});
