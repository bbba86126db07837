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
// The navigation's areas open one at a time, and close on a click elsewhere or Escape.
(function () {
  "use strict";
  var areas = function () { return document.querySelectorAll("header.top nav details.area"); };
  document.addEventListener("click", function (event) {
    areas().forEach(function (area) {
      if (!area.contains(event.target)) {
        area.removeAttribute("open");
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      areas().forEach(function (area) { area.removeAttribute("open"); });
    }
  });
})();
// A button marked data-print prints the page (the recovery codes' sheet: its print style leaves only the codes).
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) {
    window.print();
  }
});
