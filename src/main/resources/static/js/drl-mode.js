// DRL highlighting for CodeMirror 5's simple mode: keywords, strings, comments, $bindings, fact types.
(function () {
	'use strict';
	if (!window.CodeMirror || !CodeMirror.defineSimpleMode) {
		return;
	}
	CodeMirror.defineSimpleMode('drl', {
		start: [
			{ regex: /\/\/.*/, token: 'comment' },
			{ regex: /#.*/, token: 'comment' },
			{ regex: /\/\*/, token: 'comment', next: 'comment' },
			{ regex: /"(?:[^\\"]|\\.)*"?/, token: 'string' },
			{ regex: /\b(?:rule|when|then|end|salience|no-loop|not|exists|from|accumulate|collect|eval|and|or|insert|insertLogical|modify|retract|true|false|null)\b/, token: 'keyword' },
			{ regex: /\$[A-Za-z_][\w]*/, token: 'variable-2' },
			{ regex: /\b[A-Z][A-Za-z0-9_]*\b/, token: 'def' },
			{ regex: /-?\d+(?:\.\d+)?/, token: 'number' },
			{ regex: /[-+\/*=<>!&|]+/, token: 'operator' }
		],
		comment: [
			{ regex: /.*?\*\//, token: 'comment', next: 'start' },
			{ regex: /.*/, token: 'comment' }
		],
		meta: { lineComment: '//' }
	});
})();
