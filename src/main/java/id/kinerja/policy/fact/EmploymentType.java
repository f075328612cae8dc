package id.kinerja.policy.fact;

/** PNS (civil servant) or PPPK (government employee with a work agreement). */
public enum EmploymentType {
	PNS, PPPK
}
