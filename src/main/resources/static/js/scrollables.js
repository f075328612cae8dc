// A table wider than the screen scrolls sideways in its .scroll box. While it does, the box is a stop for the
// Tab key (the arrow keys then scroll it) and a region named after its table, so a keyboard can reach all of it.
(function () {
	'use strict';

	function name(box) {
		var caption = box.querySelector('caption');
		var heading = caption || document.evaluate('preceding::*[self::h1 or self::h2 or self::h3 or self::h4][1]', box,
			null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
		return heading ? heading.textContent.trim() : '';
	}

	function update(box) {
		if (box.scrollWidth > box.clientWidth) {
			box.tabIndex = 0;
			box.setAttribute('role', 'region');
			box.setAttribute('aria-label', name(box));
		} else {
			box.removeAttribute('tabindex');
			box.removeAttribute('role');
			box.removeAttribute('aria-label');
		}
	}

	var observer = new ResizeObserver(function (entries) {
		entries.forEach(function (entry) { update(entry.target); });
	});

	function watch(root) {
		root.querySelectorAll('.scroll').forEach(function (box) { observer.observe(box); });
	}

	watch(document);
	// htmx swaps in new content, which may hold tables too
	document.addEventListener('htmx:load', function (event) { watch(event.target); });
})();
