package id.kinerja.policy.fact;

/**
 * A breach of the distribution curve: the constraint, the share found and the limit, both in percent.
 */
public record CurveFinding(String agency, String constraint, double actual, double limit) {

	public CurveFinding {
		agency = Texts.bounded(agency);
		constraint = Texts.bounded(constraint);
	}

}
