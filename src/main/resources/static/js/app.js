// Small helpers shared by the pages: a form that takes a while says so and cannot be sent twice; a form
// sent by htmx is usable again once its answer is in, and a refusal (e.g. a file over the size limit)
// shows the form's data-error-text in its target.
(function () {
	'use strict';
	document.querySelectorAll('form[data-busy]').forEach(function (form) {
		form.addEventListener('submit', function () {
			var button = form.querySelector('button[type=submit][data-busy-text]');
			if (button) {
				button.setAttribute('data-idle-text', button.textContent);
				button.disabled = true;
				button.textContent = button.getAttribute('data-busy-text');
			}
			form.setAttribute('aria-busy', 'true');
		});
		form.addEventListener('htmx:afterRequest', function (event) {
			var button = form.querySelector('button[type=submit][data-idle-text]');
			if (button) {
				button.disabled = false;
				button.textContent = button.getAttribute('data-idle-text');
			}
			form.removeAttribute('aria-busy');
			var target = document.querySelector(form.getAttribute('hx-target'));
			if (!event.detail.successful && target && form.getAttribute('data-error-text')) {
				var alert = document.createElement('p');
				alert.className = 'alert error';
				alert.setAttribute('role', 'alert');
				alert.textContent = form.getAttribute('data-error-text');
				target.replaceChildren(alert);
			}
		});
	});
})();
