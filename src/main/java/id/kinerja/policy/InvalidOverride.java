package id.kinerja.policy;

import java.util.List;
import java.util.Map;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** Overrides naming an unknown parameter or agency, or a value outside its range: 422 naming each. */
public class InvalidOverride extends Refusal {

	public InvalidOverride(List<OverrideProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid parameter override", "invalidOverride");
		with("errors", problems.stream()
			.map(p -> Map.of("field", "overrides." + p.field(), "reason", p.reason()))
			.toList());
	}

}
