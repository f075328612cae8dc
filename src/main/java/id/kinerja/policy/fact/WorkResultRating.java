package id.kinerja.policy.fact;

/** The rating of an employee's hasil kerja. */
public record WorkResultRating(String nip, Rating rating) implements Conclusion {

	public WorkResultRating {
		nip = Texts.bounded(nip);
	}

}
