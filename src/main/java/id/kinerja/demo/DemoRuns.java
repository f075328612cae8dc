package id.kinerja.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.kinerja.evaluation.OfficialRuns;

import org.springframework.stereotype.Component;

/**
 * The demo's official runs, so the trend pages show a real trend from the first start: Medan's Dinas
 * Kesehatan (its document asks for real-time monitoring) for the month, the quarter and the year of the demo.
 */
@Component
public class DemoRuns {

	static final String REGION = "medan";

	static final String AGENCY = "dinkes";

	private final OfficialRuns runs;

	DemoRuns(OfficialRuns runs) {
		this.runs = runs;
	}

	/** Queues one run per demo period, the month first; the job engine runs them in the background. */
	public List<Long> start() {
		List<String> periods = new ArrayList<>(DemoGenerator.DEMO_PERIODS);
		Collections.reverse(periods);
		return periods.stream().map(period -> runs.start(REGION, AGENCY, period)).toList();
	}

}
