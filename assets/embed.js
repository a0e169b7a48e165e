// Resizes embedded explainer iframes from the height messages they post. Include once per host page.
// For our iframes, marked data-explainer="<story id>", it also tells each frame the host page's address,
// as parentUrl: the frame's share links name it; and opens the frame at the event the host's address
// names, ?explainer-event=<story id>.<event id>. Nothing else of the host's address or history is touched.
(function () {
  var key = 'explainer-event';
  function open(frame) {
    if (frame.getAttribute('data-explainer-ready')) return;
    frame.setAttribute('data-explainer-ready', '1');
    var given = frame.getAttribute('src');
    if (!given || !/^https?:/.test(given)) return;
    try {
      var src = new URL(given), host = new URL(location.href);
      var want = host.searchParams.get(key) || '', story = frame.getAttribute('data-explainer') + '.';
      if (want.indexOf(story) === 0) src.searchParams.set('event', want.slice(story.length));
      if (host.searchParams.has(key)) host.searchParams.delete(key);
      host.hash = '';
      src.searchParams.set('parentUrl', host.href);
      src.searchParams.set('hostEvents', '1');
      frame.setAttribute('src', src.href);
    } catch (e) {}
  }
  var frames = document.querySelectorAll('iframe[data-explainer]');
  for (var i = 0; i < frames.length; i++) open(frames[i]);
  if (window.explainerEmbedResize) return;
  window.explainerEmbedResize = true;
  window.addEventListener('message', function (e) {
    var data = e.data, heights = data && typeof data === 'object' && data['datawrapper-height'];
    if (!heights || typeof heights !== 'object') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      for (var id in heights) {
        var h = heights[id];
        if (typeof h === 'number' && h > 0 && h < 100000) frames[i].style.height = Math.ceil(h) + 'px';
      }
    }
  });
})();
