package id.kinerja.policy.fact;

/** Who gave a behaviour score (360 degree sources). */
public enum Assessor {

	SELF, SUPERVISOR, PEER, SUBORDINATE;

	/** Of the weights of the four kinds of assessor (360 weighting, in percent), the one of this kind. */
	public double weight(double self, double supervisor, double peer, double subordinate) {
		return switch (this) {
			case SELF -> self;
			case SUPERVISOR -> supervisor;
			case PEER -> peer;
			case SUBORDINATE -> subordinate;
		};
	}

}
