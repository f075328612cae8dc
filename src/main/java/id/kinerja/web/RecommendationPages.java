package id.kinerja.web;

import id.kinerja.evaluation.EvaluationResults;
import id.kinerja.evaluation.RunDetail;
import id.kinerja.recommendation.Recommendations;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static id.kinerja.web.EvaluationPages.blankToNull;

/** An HR analyst's pages for what an official run recommends: award candidates with near-misses, and the
 * training plan per agency (CSV and XLSX as the API's). */
@Controller
@RequestMapping("/evaluations/{id}")
class RecommendationPages {

	private final Recommendations recommendations;

	private final EvaluationResults results;

	RecommendationPages(Recommendations recommendations, EvaluationResults results) {
		this.recommendations = recommendations;
		this.results = results;
	}

	@GetMapping("/awards")
	String awards(@PathVariable long id, @RequestParam(required = false) String agency, Model model) {
		runAndAgency(id, agency, model);
		model.addAttribute("awards", recommendations.awardCandidates(id, null, blankToNull(agency), true));
		return "evaluation/awards";
	}

	@GetMapping("/training")
	String training(@PathVariable long id, @RequestParam(required = false) String agency, Model model) {
		runAndAgency(id, agency, model);
		model.addAttribute("plan", recommendations.trainingPlan(id, blankToNull(agency)));
		return "evaluation/training";
	}

	@GetMapping("/training/export")
	ResponseEntity<byte[]> trainingExport(@PathVariable long id, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "csv") String format) {
		return Recommendations.download(recommendations.trainingPlanFile(id, blankToNull(agency), format));
	}

	/** The run, its agencies and the one asked for: what every run page's agency filter needs. */
	private void runAndAgency(long id, String agency, Model model) {
		RunDetail detail = results.detail(id);
		model.addAttribute("run", detail.run());
		model.addAttribute("agencies", detail.distribution().keySet());
		model.addAttribute("agency", blankToNull(agency));
	}

}
