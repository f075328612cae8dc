package id.kinerja.policy;

import java.util.List;

/** One row of a case table: a situation and what the policy must conclude about it. */
interface PolicyCase {

	String file();

	int line();

	String name();

	/** The mismatches between the row's expectations and what the policy concludes; empty if none. */
	List<CaseFailure> check(CompiledPolicy policy);

	default String displayName() {
		return file() + ":" + line() + " " + name();
	}

}
