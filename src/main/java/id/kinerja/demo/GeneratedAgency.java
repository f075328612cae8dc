package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.appraisal.Channel;
import id.kinerja.policy.fact.OrganisationRating;

/** An agency's citizen feedback and organisation rating for one period. */
public record GeneratedAgency(String regionId, String agencyCode, String periodCode, List<Feedback> feedback,
		OrganisationRating rating, BigDecimal sakipScore) {

	/** Satisfaction index (IKM 0-100) of one service from one channel. */
	public record Feedback(String service, Channel channel, BigDecimal satisfactionIndex, int respondents) {
	}

}
