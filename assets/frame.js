// Auto-height for the framed page, from its first paint and whether or not the app ever starts: whenever
// the content's height changes, post it to the parent in every protocol (pym.js with our childId,
// Datawrapper, AMP, Embedly / Medium); again each second for the first ten, after each pym.js `width`
// message for our childId, and when the page becomes visible again (pym.js issue #55). Accepts no other
// message, never navigates the parent, and sends nothing when the page is not framed. Inlined into each
// page by the build.
(function () {
  var w = window;
  try {
    if (w.top === w) return;
  } catch (e) {
    // A sandbox that will not say: take it for a frame.
  }
  var parent = w.parent;
  // pym.js's id for this frame: 1 to 64 letters, digits, '-', '_' or '.' (the rule of `id` in
  // src/embed/options.rs), or none.
  var match = /[?&]childId=([A-Za-z0-9._-]{1,64})(?=&|$)/.exec(location.search);
  var id = match ? match[1] : null;
  var last = 0;
  function send(force) {
    var height = document.body ? document.body.offsetHeight : 0;
    if (!height || (!force && height === last)) return;
    last = height;
    if (id) parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + height, '*');
    var heights = {};
    heights[id || 'explainer'] = height;
    parent.postMessage({ 'datawrapper-height': heights }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    parent.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: height }), '*');
  }
  w.addEventListener('message', function (e) {
    var data = e.data, width = 'pymxPYMx' + id + 'xPYMxwidthxPYMx';
    if (id && typeof data === 'string' && data.length <= 256 && data.indexOf(width) === 0 &&
        /^\d{1,6}(\.\d+)?$/.test(data.slice(width.length))) send(true);
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') send(true);
  });
  // Without ResizeObserver (old browsers), measure a few times a second instead, as pym.js's polling does.
  if (w.ResizeObserver) new ResizeObserver(function () { send(false); }).observe(document.body);
  else setInterval(function () { send(false); }, 300);
  send(true);
  // A host's resize script may arrive after our first messages (loaded async, as the embed code's often
  // is): say the height again each second for the first ten, as Datawrapper's embeds keep doing.
  var again = 0, timer = setInterval(function () {
    send(true);
    if (++again >= 10) clearInterval(timer);
  }, 1000);
})();
