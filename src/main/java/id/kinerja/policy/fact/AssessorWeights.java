package id.kinerja.policy.fact;

/** Weight of each kind of assessor in the behaviour score (360 weighting), in percent. */
public record AssessorWeights(double self, double supervisor, double peer, double subordinate) {

	public double of(Assessor assessor) {
		return switch (assessor) {
			case SELF -> self;
			case SUPERVISOR -> supervisor;
			case PEER -> peer;
			case SUBORDINATE -> subordinate;
		};
	}

}
