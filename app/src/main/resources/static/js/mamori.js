// Mamori's only script of its own. No inline scripts anywhere: the CSP forbids them.
(function () {
  "use strict";
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms and buttons marked data-confirm ask before anything destructive.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
})();
