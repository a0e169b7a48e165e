// Resizes embedded explainer iframes from the height messages they post. Include once per host page.
(function () {
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
