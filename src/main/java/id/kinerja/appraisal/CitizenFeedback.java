package id.kinerja.appraisal;

import java.math.BigDecimal;

import id.kinerja.staff.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Citizens' satisfaction (IKM, 0-100) with one service of an agency in a period. */
@Entity
@Table(name = "citizen_feedback")
public class CitizenFeedback extends AgencyPeriodRecord {

	@Column(length = 120, nullable = false)
	private String service;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20, nullable = false)
	private Channel channel;

	@Column(name = "satisfaction_index", precision = 5, scale = 2, nullable = false)
	private BigDecimal satisfactionIndex;

	@Column(nullable = false)
	private int respondents;

	protected CitizenFeedback() {
	}

	public CitizenFeedback(Agency agency, Period period, String service, Channel channel,
			BigDecimal satisfactionIndex, int respondents) {
		super(agency, period);
		this.service = service;
		this.channel = channel;
		this.satisfactionIndex = satisfactionIndex;
		this.respondents = respondents;
	}

	public String getService() {
		return service;
	}

	public Channel getChannel() {
		return channel;
	}

	public BigDecimal getSatisfactionIndex() {
		return satisfactionIndex;
	}

	public int getRespondents() {
		return respondents;
	}

}
