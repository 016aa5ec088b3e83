// The only script of the console: the unread count beside 消息, kept current while a page is open.
// Every page works without it (the inbox itself is rendered on the server).
(function () {
  var badge = document.querySelector('[data-unread]');
  if (!badge || !window.fetch) { return; }
  function refresh() {
    fetch('/app/inbox/unread-count', {credentials: 'same-origin', headers: {'Accept': 'application/json'}, redirect: 'error'})
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (body) {
        var n = body && typeof body.unread === 'number' ? body.unread : 0;
        badge.textContent = n > 0 ? String(n) : '';
        if (n > 0) {
          var words = document.createElement('span');
          words.className = 'visually-hidden';
          words.textContent = ' 条未读';
          badge.appendChild(words);
        }
        badge.hidden = n === 0;
        timer = setTimeout(refresh, 30000);
      })
      // a lost session or a stopped service: stop asking until the next page
      .catch(function () { badge.hidden = true; });
  }
  var timer = null;
  refresh();
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') { clearTimeout(timer); refresh(); }
  });
})();
