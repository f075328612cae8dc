package id.kinerja.whatif;

/**
 * Which of a what-if's changed employees to list.
 *
 * @param agency one OPD, or null for every OPD of the what-if
 * @param moved only those whose predikat differs between the active policy and the draft
 */
public record ChangeFilter(String agency, boolean moved) {

	static final ChangeFilter ALL = new ChangeFilter(null, false);

	/** The SQL condition on {@code what_if_change}, with the parameters {@code :id} and {@code :agency}. */
	String where() {
		return " where what_if_id = :id" + (agency == null ? "" : " and agency_code = :agency")
				+ (moved ? " and coalesce(predikat_before, '-') <> coalesce(predikat_after, '-')" : "");
	}

}
