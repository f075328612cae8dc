package id.kinerja.policy;

/** Where a rule comes from: the national baseline, a region's policy or one agency's policy. */
public enum Layer {
	NATIONAL, REGION, AGENCY
}
