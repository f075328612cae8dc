package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import id.kinerja.appraisal.Channel;
import id.kinerja.demo.GeneratedAgency.Feedback;
import id.kinerja.demo.GeneratedAgency.Input;
import id.kinerja.demo.GeneratedEmployee.Activity;
import id.kinerja.policy.fact.OrganisationRating;

/** Development hours of an employee, and citizens' feedback and organisation rating of an agency. */
final class Outcomes {

	private static final List<String> ACTIVITIES = List.of("Pelatihan Teknologi Informasi",
			"Workshop Pelayanan Publik Prima", "Seminar Manajemen Kinerja ASN", "E-learning ASN Belajar",
			"Pelatihan Teknis Substantif", "Bimbingan Teknis SAKIP", "Coaching dan Mentoring",
			"Pelatihan Kepemimpinan Pengawas", "Sosialisasi Nilai BerAKHLAK", "Pelatihan Literasi Digital");

	private Outcomes() {
	}

	/** 0-4 activities, 0-40 JP in total, about a third under the 20 JP right. */
	static List<Activity> development(SplittableRandom r, String agencyActivity) {
		int count = r.nextInt(100) < 5 ? 0 : 1 + r.nextInt(4);
		if (count == 0) {
			return List.of();
		}
		int total = r.nextInt(100) < 30 ? count + r.nextInt(20 - count) : 20 + r.nextInt(21);
		List<Activity> activities = new ArrayList<>(count);
		int left = total;
		for (int i = 0; i < count; i++) {
			int hours = i == count - 1 ? left : 1 + r.nextInt(left - (count - i) + 1);
			left -= hours;
			String name = i == 0 && r.nextBoolean() ? agencyActivity : Names.pick(r, ACTIVITIES);
			activities.add(new Activity(name, BigDecimal.valueOf(hours).setScale(2)));
		}
		return activities;
	}

	static GeneratedAgency agency(String regionId, AgencySpec agency, String periodCode, List<Channel> channels,
			SplittableRandom r) {
		List<String> services = new ArrayList<>(agency.services());
		int count = Math.min(services.size() + channels.size() - 1, 2 + r.nextInt(3));
		List<Feedback> feedback = new ArrayList<>(count);
		List<Input> input = new ArrayList<>();
		// besides the survey, a region that hears citizens in forums and on social media hears them there
		List<Channel> others = channels.size() > 1 ? channels.subList(1, channels.size()) : channels;
		for (int i = 0; i < count; i++) {
			Channel channel = i == 0 ? Channel.SURVEI : Names.pick(r, others);
			// forums and social media speak of each service in turn, from the first
			String service = services.get((channel == Channel.SURVEI ? i : i - 1) % services.size());
			double index = Streams.clamp(80 + 6 * r.nextGaussian(), 65, 95);
			int respondents = respondents(channel, r);
			if (channel == Channel.SURVEI) {
				feedback.add(new Feedback(service, channel, Performance.round(index, 2), respondents));
			}
			else {
				// forums and social media give complaints and suggestions, never an index: the lower the
				// satisfaction drawn, the larger the share of complaints among those who spoke
				int complaints = (int) Math.round(respondents * (100 - index) / 50);
				input.add(new Input(service, channel, complaints, respondents - Math.min(complaints, respondents)));
			}
		}
		int roll = r.nextInt(100);
		OrganisationRating rating = roll < 15 ? OrganisationRating.ISTIMEWA
				: roll < 85 ? OrganisationRating.BAIK : OrganisationRating.BUTUH_PERBAIKAN;
		return new GeneratedAgency(regionId, agency.code(), periodCode, feedback, input, rating, sakip(rating, r));
	}

	private static int respondents(Channel channel, SplittableRandom r) {
		return switch (channel) {
			case SURVEI -> 100 + r.nextInt(500);
			case FORUM -> 20 + r.nextInt(60);
			case MEDIA_SOSIAL -> 50 + r.nextInt(250);
		};
	}

	/** A SAKIP score that the default mapping (AA Istimewa; A, BB Baik; B, CC Butuh Perbaikan) turns into the rating. */
	private static BigDecimal sakip(OrganisationRating rating, SplittableRandom r) {
		double low = switch (rating) {
			case ISTIMEWA -> 90.5;
			case BAIK -> 70.5;
			case BUTUH_PERBAIKAN -> 50.5;
			case KURANG -> 30.5;
			case SANGAT_KURANG -> 10;
		};
		double width = rating == OrganisationRating.ISTIMEWA ? 5.5 : 19.4;
		return Performance.round(low + width * r.nextDouble(), 2);
	}

}
