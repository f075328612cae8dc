package id.kinerja.appraisal;

import java.math.BigDecimal;

import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.staff.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's predikat kinerja organisasi for a period, set one level up (often from SAKIP). */
@Entity
@Table(name = "organisation_rating")
public class OrganisationRatingEntry extends AgencyPeriodRecord {

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20, nullable = false)
	private OrganisationRating rating;

	@Column(name = "sakip_score", precision = 5, scale = 2)
	private BigDecimal sakipScore;

	protected OrganisationRatingEntry() {
	}

	public OrganisationRatingEntry(Agency agency, Period period, OrganisationRating rating, BigDecimal sakipScore) {
		super(agency, period);
		this.rating = rating;
		this.sakipScore = sakipScore;
	}

	public OrganisationRating getRating() {
		return rating;
	}

	public BigDecimal getSakipScore() {
		return sakipScore;
	}

}
