package id.kinerja.recommendation;

import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import id.kinerja.evaluation.EvaluationResults;
import id.kinerja.system.PageOf;
import id.kinerja.evaluation.RunDetail;
import id.kinerja.recommendation.AwardsView.AwardView;
import id.kinerja.recommendation.AwardsView.Candidate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static id.kinerja.system.TableQuery.blankToNull;

/** An HR analyst's pages for what an official run recommends: award candidates with near-misses, and the
 * training plan per agency (CSV and XLSX as the API's). */
@PageController
@RequestMapping("/evaluations/{id}")
class RecommendationPages {

	private final Recommendations recommendations;

	private final EvaluationResults results;

	RecommendationPages(Recommendations recommendations, EvaluationResults results) {
		this.recommendations = recommendations;
		this.results = results;
	}

	/** One award with a page of its candidates and a page of its near-misses, each in the order asked. */
	record AwardTables(AwardView award, TableQuery<CandidateSort> candidatesTable, PageOf<Candidate> candidates,
			TableQuery<NearMissSort> nearMissesTable, PageOf<NearMiss> nearMisses) {
	}

	@GetMapping("/awards")
	String awards(@PathVariable long id, @RequestParam(required = false) String agency, HttpServletRequest request,
			Model model) {
		runAndAgency(id, agency, model);
		AwardsView awards = recommendations.awardCandidates(id, null, blankToNull(agency), true);
		model.addAttribute("awards", awards);
		model.addAttribute("tables", awards.awards().stream().map(award -> tables(id, award, request)).toList());
		return "evaluation/awards";
	}

	/** Each award's two tables page and sort on their own: their parameters begin with the award's code. */
	private static AwardTables tables(long run, AwardView award, HttpServletRequest request) {
		String path = "/evaluations/" + run + "/awards";
		TableQuery<CandidateSort> candidates = TableQuery.of(request, path, award.code() + ".",
				"candidates-" + award.code(), CandidateSort.RANK, false);
		TableQuery<NearMissSort> nearMisses = TableQuery.of(request, path, award.code() + ".near.",
				"near-misses-" + award.code(), NearMissSort.CLOSEST, false);
		return new AwardTables(award, candidates,
				Recommendations.candidates(award, candidates.sort(), candidates.descending(), candidates.page(),
						TableQuery.PAGE_SIZE),
				nearMisses, Recommendations.nearMisses(award, nearMisses.sort(), nearMisses.descending(),
						nearMisses.page(), TableQuery.PAGE_SIZE));
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
