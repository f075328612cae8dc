package id.kinerja.evaluation;

import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Medan's real-time monitoring: an employee's and an agency's predikat and scores across the official runs
 * of a year, as a chart (Chart.js, served by the app) over a table of the same figures.
 */
@PageController
@RequestMapping("/evaluations/trends")
class TrendPages {

	private final EvaluationResults results;

	private final Periods periods;

	TrendPages(EvaluationResults results, Periods periods) {
		this.results = results;
		this.periods = periods;
	}

	@GetMapping("/employees/{nip}")
	String employee(@PathVariable String nip, @RequestParam String region,
			@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("trend", results.employeeTrend(region, nip, shown));
		return page(shown, model, "evaluation/trend-employee");
	}

	@GetMapping("/agencies/{agency}")
	String agency(@PathVariable String agency, @RequestParam String region,
			@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("trend", results.agencyTrend(region, agency, shown));
		model.addAttribute("predikats", Predikat.values());
		return page(shown, model, "evaluation/trend-agency");
	}

	private String page(int year, Model model, String view) {
		model.addAttribute("year", year);
		model.addAttribute("years", years());
		// a predikat level's name, worst first, for the chart's axis
		model.addAttribute("levels", List.of(Predikat.SANGAT_KURANG, Predikat.KURANG, Predikat.BUTUH_PERBAIKAN,
				Predikat.BAIK, Predikat.SANGAT_BAIK));
		return view;
	}

	/** The year asked for, else the newest year that has periods. */
	private int year(Integer asked) {
		if (asked != null) {
			return asked;
		}
		TreeSet<Integer> years = years();
		return years.isEmpty() ? Year.now().getValue() : years.last();
	}

	private TreeSet<Integer> years() {
		return periods.findAllByOrderByCodeAsc().stream().map(Period::getYear)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
