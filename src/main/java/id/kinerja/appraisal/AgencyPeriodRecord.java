package id.kinerja.appraisal;

import id.kinerja.staff.Agency;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row about one agency in one period: citizen feedback, organisation ratings. */
@MappedSuperclass
public abstract class AgencyPeriodRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id", nullable = false)
	private Agency agency;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "period_code", nullable = false)
	private Period period;

	protected AgencyPeriodRecord() {
	}

	protected AgencyPeriodRecord(Agency agency, Period period) {
		this.agency = agency;
		this.period = period;
	}

	public Long getId() {
		return id;
	}

	public Agency getAgency() {
		return agency;
	}

	public Period getPeriod() {
		return period;
	}

}
