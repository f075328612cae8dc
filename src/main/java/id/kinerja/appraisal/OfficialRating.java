package id.kinerja.appraisal;

import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The assessing official's explicit rating of one or both axes, which overrides derived ratings. */
@Entity
@Table(name = "official_rating")
public class OfficialRating extends EmployeePeriodRecord {

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "work_result_rating", length = 25)
	private Rating workResultRating;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "behaviour_rating", length = 25)
	private Rating behaviourRating;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "official_nip", length = 18, nullable = false)
	private String officialNip;

	protected OfficialRating() {
	}

	public OfficialRating(Employee employee, Period period, Rating workResultRating, Rating behaviourRating,
			String officialNip) {
		super(employee, period);
		this.workResultRating = workResultRating;
		this.behaviourRating = behaviourRating;
		this.officialNip = officialNip;
	}

	public Rating getWorkResultRating() {
		return workResultRating;
	}

	public Rating getBehaviourRating() {
		return behaviourRating;
	}

	public String getOfficialNip() {
		return officialNip;
	}

}
