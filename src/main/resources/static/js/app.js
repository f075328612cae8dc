// Small helpers shared by the pages: a form that takes a while says so and cannot be sent twice.
(function () {
	'use strict';
	document.querySelectorAll('form[data-busy]').forEach(function (form) {
		form.addEventListener('submit', function () {
			var button = form.querySelector('button[type=submit][data-busy-text]');
			if (button) {
				button.disabled = true;
				button.textContent = button.getAttribute('data-busy-text');
			}
			form.setAttribute('aria-busy', 'true');
		});
	});
})();
