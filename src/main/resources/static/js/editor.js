// The rule-file editor: CodeMirror with line numbers and DRL highlighting over a plain textarea, which
// stays the form field (and what a keyboard or a test can use: "plain text editor" switches back).
// Every change is kept in localStorage, so no draft is lost to a failed validation, a refused publish,
// a reload or an expired login.
(function () {
	'use strict';
	var form = document.getElementById('editor-form');
	if (!form) {
		return;
	}
	var area = document.getElementById('content');
	var key = form.getAttribute('data-draft-key');
	var active = form.getAttribute('data-active');
	var submitted = form.getAttribute('data-submitted') === 'true';
	var toggle = document.getElementById('toggle-editor');
	var table = document.getElementById('case-table-form');
	var editor = null;

	function store(text) {
		try {
			if (text === active) { localStorage.removeItem(key); } else { localStorage.setItem(key, text); }
		} catch (e) { /* storage off: the form still works */ }
	}

	function stored() {
		try { return localStorage.getItem(key); } catch (e) { return null; }
	}

	function text() {
		return editor ? editor.getValue() : area.value;
	}

	function setText(value) {
		if (editor) { editor.setValue(value); } else { area.value = value; }
	}

	// The server re-shows what was submitted; otherwise a draft kept here wins over the active file.
	if (submitted) {
		store(area.value);
	} else {
		var draft = stored();
		if (draft !== null && draft !== area.value) {
			area.value = draft;
			document.getElementById('restored').hidden = false;
			tableShowsActive();
		}
	}
	document.getElementById('discard-draft').addEventListener('click', function () {
		setText(active);
		store(active);
		document.getElementById('restored').hidden = true;
		if (table) {
			table.hidden = false;
			document.getElementById('table-draft').hidden = true;
		}
	});

	area.addEventListener('input', function () { store(area.value); });

	// A case table edited as a table is kept as text too: the same draft, in the same place.

	function tableText() {
		var separator = table.querySelector('input[name=separator]').value;
		var lines = [];
		table.querySelectorAll('#case-table tbody tr').forEach(function (row) {
			var comment = row.querySelector('input.comment');
			if (comment) {
				lines.push(comment.value);
				return;
			}
			var cells = Array.prototype.map.call(row.querySelectorAll('input[type=text]'), function (i) { return i.value; });
			lines.push(cells.join(separator).replace(/\s+$/, ''));
		});
		return lines.join('\n') + '\n';
	}

	// A draft restored from this browser lives in the text editor; the table still shows the active file.
	function tableShowsActive() {
		if (table) {
			table.hidden = true;
			document.getElementById('table-draft').hidden = false;
		}
	}

	if (table) {
		table.addEventListener('input', function () {
			var draft = tableText();
			setText(draft);
			store(draft);
		});
	}

	function problemLines() {
		var lines = [];
		document.querySelectorAll('#problems li.here').forEach(function (li) {
			var line = parseInt(li.getAttribute('data-line'), 10);
			if (line > 0) { lines.push(line); }
		});
		return lines;
	}

	function rich() {
		if (!window.CodeMirror) {
			return;
		}
		editor = CodeMirror.fromTextArea(area, {
			mode: 'drl', lineNumbers: true, indentUnit: 4, tabSize: 4, lineWrapping: false,
			extraKeys: { 'Esc': function (cm) { cm.getInputField().blur(); }, 'Tab': false, 'Shift-Tab': false },
			screenReaderLabel: document.querySelector('label[for=content]').textContent
		});
		editor.on('change', function () { editor.save(); store(editor.getValue()); });
		problemLines().forEach(function (line) { editor.addLineClass(line - 1, 'background', 'problem-line'); });
		toggle.textContent = toggle.getAttribute('data-plain');
	}

	function plain() {
		if (editor) {
			editor.toTextArea();
			editor = null;
		}
		toggle.textContent = toggle.getAttribute('data-rich');
	}

	function goTo(line) {
		if (editor) {
			editor.focus();
			editor.setCursor({ line: line - 1, ch: 0 });
			editor.scrollIntoView({ line: line - 1, ch: 0 }, 100);
			return;
		}
		var offset = area.value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
		area.focus();
		area.setSelectionRange(offset, offset);
	}

	document.querySelectorAll('#problems a.goto').forEach(function (link) {
		link.addEventListener('click', function (event) {
			event.preventDefault();
			goTo(parseInt(link.parentElement.getAttribute('data-line'), 10));
		});
	});

	var wantPlain = false;
	try { wantPlain = localStorage.getItem('kinerja-editor') === 'plain'; } catch (e) { /* default */ }
	if (!wantPlain) { rich(); } else { toggle.textContent = toggle.getAttribute('data-rich'); }
	toggle.addEventListener('click', function () {
		var toPlain = editor !== null;
		if (toPlain) { plain(); } else { rich(); }
		try { localStorage.setItem('kinerja-editor', toPlain ? 'plain' : 'rich'); } catch (e) { /* ignore */ }
	});
	form.addEventListener('submit', function () { if (editor) { editor.save(); } store(text()); });
})();
