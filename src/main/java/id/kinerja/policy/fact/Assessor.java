package id.kinerja.policy.fact;

/** Who gave a behaviour score (360 degree sources). */
public enum Assessor {
	SELF, SUPERVISOR, PEER, SUBORDINATE
}
