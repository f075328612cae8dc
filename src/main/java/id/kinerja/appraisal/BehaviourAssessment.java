package id.kinerja.appraisal;

import java.math.BigDecimal;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.staff.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One assessor's score (1-5) of one BerAKHLAK value of an employee for a period. */
@Entity
@Table(name = "behaviour_assessment")
public class BehaviourAssessment extends EmployeePeriodRecord {

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "core_value", length = 30, nullable = false)
	private CoreValue coreValue;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "assessor_type", length = 12, nullable = false)
	private Assessor assessor;

	/** Null for anonymous 360 feedback. */
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "assessor_nip", length = 18)
	private String assessorNip;

	@Column(precision = 3, scale = 2, nullable = false)
	private BigDecimal score;

	protected BehaviourAssessment() {
	}

	public BehaviourAssessment(Employee employee, Period period, CoreValue coreValue, Assessor assessor,
			String assessorNip, BigDecimal score) {
		super(employee, period);
		this.coreValue = coreValue;
		this.assessor = assessor;
		this.assessorNip = assessorNip;
		this.score = score;
	}

	public CoreValue getCoreValue() {
		return coreValue;
	}

	public Assessor getAssessor() {
		return assessor;
	}

	public String getAssessorNip() {
		return assessorNip;
	}

	public BigDecimal getScore() {
		return score;
	}

}
