package id.kinerja.policy.fact;

/**
 * The evaluation in which an employee's awards are decided: the annual one, or every periodic one where a
 * region's policy says so. Award rules join it, so a quarterly run does not give a yearly award four times.
 */
public record AwardRound(String nip) implements Conclusion {
	public AwardRound {
		nip = Texts.bounded(nip);
	}
}
