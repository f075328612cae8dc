package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.appraisal.Channel;
import id.kinerja.policy.fact.OrganisationRating;

/**
 * An agency's citizen feedback (the survey's IKM), citizen input (forums, social media) and organisation rating
 * for one period.
 */
public record GeneratedAgency(String regionId, String agencyCode, String periodCode, List<Feedback> feedback,
		List<Input> input, OrganisationRating rating, BigDecimal sakipScore) {

	/** Satisfaction index (IKM 0-100) of one service from the survey. */
	public record Feedback(String service, Channel channel, BigDecimal satisfactionIndex, int respondents) {
	}

	/** Complaints and suggestions on one service from a forum or social media. */
	public record Input(String service, Channel channel, int complaints, int suggestions) {
	}

}
