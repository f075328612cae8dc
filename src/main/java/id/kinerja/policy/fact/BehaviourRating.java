package id.kinerja.policy.fact;

/** The rating of an employee's perilaku kerja. */
public record BehaviourRating(String nip, Rating rating) implements Conclusion {

	public BehaviourRating {
		nip = Texts.bounded(nip);
	}

}
