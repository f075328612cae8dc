// The document pages' print button: the browser's print dialog, which the print style sheet leaves the document to.
(function () {
	'use strict';
	var button = document.getElementById('print');
	if (button) {
		button.addEventListener('click', function () {
			window.print();
		});
	}
}());
