// Drafts kept in this browser (localStorage, keyed by region and path) until they are published.
(function () {
	'use strict';
	var clear = document.querySelector('[data-clear-draft]');
	if (clear && clear.getAttribute('data-clear-draft')) {
		try { localStorage.removeItem(clear.getAttribute('data-clear-draft')); } catch (e) { /* storage off */ }
	}
})();
