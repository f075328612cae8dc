package id.kinerja.evaluation;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluation of a region (or one agency) for a period under one policy version. */
@Entity
@Table(name = "evaluation_run")
class EvaluationRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_id")
	private String region;

	@Column(name = "agency_code")
	private String agency;

	@Column(name = "period_code")
	private String period;

	private String policyVersion;

	private OffsetDateTime startedAt;

	private OffsetDateTime finishedAt;

	private int employees;

	private int curveFindings;

	private String startedBy;

	/** QUEUED, RUNNING, DONE (official, visible) or FAILED. */
	private String status = "DONE";

	protected EvaluationRun() {
	}

	EvaluationRun(String region, String agency, String period, String policyVersion, String startedBy) {
		this.region = region;
		this.agency = agency;
		this.period = period;
		this.policyVersion = policyVersion;
		this.startedBy = startedBy;
		this.startedAt = now();
	}

	void finish(int employees, int curveFindings) {
		this.employees = employees;
		this.curveFindings = curveFindings;
		this.finishedAt = now();
	}

	/** To the microsecond the database keeps, so the created run reads back the same. */
	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	String status() {
		return status;
	}

	boolean official() {
		return "DONE".equals(status);
	}

	Long getId() {
		return id;
	}

	String getRegion() {
		return region;
	}

	RunSummary summary() {
		return new RunSummary(id, region, agency, period, policyVersion, startedBy, startedAt, finishedAt,
				employees, curveFindings);
	}

}
