package id.kinerja.policy;

import java.util.List;

/** A row (or header) of a case table that cannot be read: it fails with the problems found in it. */
record MalformedCase(String file, int line, String name, List<CaseFailure> problems) implements PolicyCase {

	MalformedCase {
		problems = List.copyOf(problems);
	}

	@Override
	public List<CaseFailure> check(CompiledPolicy policy) {
		return problems;
	}

}
