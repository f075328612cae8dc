// A trend chart drawn with Chart.js (served by the app) from the figures of the table below it, so the
// chart and its accessible table never disagree: each th[data-series] is a series, each body row a period.
(function () {
	'use strict';

	var COLOURS = {
		SANGAT_BAIK: '#1b7f3b', BAIK: '#5aa469', BUTUH_PERBAIKAN: '#e0a100', KURANG: '#d9622b',
		SANGAT_KURANG: '#b3261e', level: '#1f4e99', score: '#6a3d9a', work: '#2a9d8f', behaviour: '#8c564b'
	};

	function values(table, column) {
		return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
			var text = row.cells[column].getAttribute('data-value');
			return text === null || text === '' ? null : Number(text);
		});
	}

	function dataset(table, th, levels) {
		var series = th.getAttribute('data-series');
		var axis = th.getAttribute('data-axis');
		var colour = COLOURS[series] || '#444';
		var bar = axis === 'count';
		return {
			label: th.textContent.trim(), data: values(table, th.cellIndex), yAxisID: axis,
			type: bar ? 'bar' : 'line', stack: bar ? 'predikat' : undefined, order: bar ? 2 : 1,
			backgroundColor: colour, borderColor: colour, spanGaps: true, pointRadius: 4
		};
	}

	function axes(sets, levels) {
		var scales = { x: {} };
		sets.forEach(function (set) {
			var id = set.yAxisID;
			if (scales[id]) {
				return;
			}
			var left = Object.keys(scales).length === 1;
			scales[id] = { position: left ? 'left' : 'right', grid: { drawOnChartArea: left } };
			if (id === 'level') {
				scales[id].min = 1;
				scales[id].max = levels.length;
				scales[id].ticks = { stepSize: 1, callback: function (v) { return levels[v - 1]; } };
			} else if (id === 'count') {
				scales[id].stacked = true;
				scales[id].beginAtZero = true;
				scales.x.stacked = true;
			}
		});
		return scales;
	}

	function draw(table) {
		var canvas = document.getElementById('trend-chart');
		if (!canvas || typeof Chart === 'undefined') {
			return;
		}
		var levels = (table.getAttribute('data-levels') || '').split('|');
		var labels = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
			return row.cells[0].textContent.trim();
		});
		var sets = Array.prototype.map.call(table.querySelectorAll('th[data-series]'), function (th) {
			return dataset(table, th, levels);
		});
		new Chart(canvas, {
			data: { labels: labels, datasets: sets },
			options: { responsive: true, maintainAspectRatio: false, animation: false, scales: axes(sets, levels) }
		});
	}

	var table = document.querySelector('table[data-trend]');
	if (table) {
		draw(table);
	}
}());
