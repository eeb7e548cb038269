// Demarc web app: the CSRF token on every htmx request, the report form's copy of the editor's document, and a
// message when a request fails (htmx does not swap error answers).
(function () {
  'use strict';
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      e.detail.headers[header] = token;
    }
    // which control changed (the flow editor keeps the text or the form, whichever the user edited)
    var ev = e.detail.triggeringEvent;
    if (ev && ev.type === 'change' && ev.target && ev.target.name) {
      e.detail.parameters['changed'] = ev.target.name;
    }
  });
  document.addEventListener('htmx:responseError', function (e) {
    var status = e.detail.xhr ? e.detail.xhr.status : 0;
    var box = document.getElementById('request-error');
    if (!box) {
      box = document.createElement('div');
      box.id = 'request-error';
      box.className = 'alert error';
      box.setAttribute('role', 'alert');
      var main = document.getElementById('main');
      (main || document.body).insertBefore(box, main ? main.firstChild : null);
    }
    var ja = document.documentElement.lang === 'ja';
    box.textContent = status === 503 || status === 429
      ? (ja ? '混み合っています。しばらくしてからもう一度お試しください。' : 'The service is busy: try again in a moment.')
      : (ja ? 'リクエストに失敗しました（' + status + '）。' : 'The request failed (' + status + ').');
  });
  // the region being updated tells assistive technology it is busy until the answer is in
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (e.detail.target) {
      e.detail.target.setAttribute('aria-busy', 'true');
    }
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    if (e.detail.target) {
      e.detail.target.removeAttribute('aria-busy');
    }
    if (e.detail.successful) {
      var box = document.getElementById('request-error');
      if (box) {
        box.remove();
      }
    }
  });
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.id !== 'report-form') {
      return;
    }
    var source = document.getElementById('flow-form');
    ['document', 'format', 'edition'].forEach(function (name) {
      var from = source ? source.querySelector('[name="' + name + '"]') : null;
      var to = form.querySelector('input[name="' + name + '"]');
      if (from && to) {
        to.value = from.value;
      }
    });
  });
})();
