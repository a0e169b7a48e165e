// Shares an event: a card's share link (data-share) opens the system's share sheet where the browser has
// the Web Share API, and otherwise copies the link, and says so in the status beside it (where the
// clipboard is refused too, it shows the link to copy). Inlined into every page: it needs no wasm, so it
// works on the page the build wrote, before the app and without it. A click with a modifier key, or
// without script, follows the link: the event's own page.
(function () {
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a[data-share]') : null;
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    var url = link.href, status = link.parentNode.querySelector('[role="status"]');
    function say(text) {
      if (status) status.textContent = text;
    }
    function copy() {
      if (!navigator.clipboard || !navigator.clipboard.writeText) return Promise.reject(new Error('no clipboard'));
      return navigator.clipboard.writeText(url).then(function () {
        say(link.getAttribute('data-copied'));
      });
    }
    function byHand() {
      say(link.getAttribute('data-copy') + ' ' + url);
    }
    say('');
    if (!navigator.share) return void copy().catch(byHand);
    navigator.share({ title: link.getAttribute('data-title') || document.title, url: url }).catch(function (err) {
      if (!err || err.name !== 'AbortError') copy().catch(byHand);
    });
  });
})();
