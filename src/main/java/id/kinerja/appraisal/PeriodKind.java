package id.kinerja.appraisal;

/** Evaluation cycles: annual, and periodic (quarterly, monthly for allowances). */
public enum PeriodKind {
	ANNUAL, QUARTERLY, MONTHLY
}
