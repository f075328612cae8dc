package id.kinerja.policy;

import java.util.List;

/** Files changed on disk do not validate: the previous version stays active and the problems are shown. */
public record PolicyRefused(String region, String activeVersion, List<PolicyProblem> problems) {

	public PolicyRefused {
		problems = List.copyOf(problems);
	}

}
