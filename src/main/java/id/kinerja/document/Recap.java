package id.kinerja.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The recapitulation of an agency's results in a run for the head of the agency to sign: every employee with
 * the ratings and the predikat (the calibrated one beside it where a move was accepted), and the count per
 * predikat as the run gave it and after calibration.
 *
 * @param head the head of the agency, null when the data names none
 * @param counts employees per predikat code (TANPA_PREDIKAT for none), as the run gave them
 * @param calibratedCounts the same after the accepted calibration moves
 */
record Recap(DocumentHeader header, Person head, List<Row> rows, Map<String, Long> counts,
		Map<String, Long> calibratedCounts) {

	record Row(int number, String nip, String name, String workResultRating, BigDecimal workScore,
			String behaviourRating, BigDecimal behaviourIndex, BigDecimal score, String predikat,
			String calibratedPredikat) {

		public boolean calibrated() {
			return calibratedPredikat != null && !calibratedPredikat.equals(predikat);
		}

	}

	public boolean anyCalibrated() {
		return rows.stream().anyMatch(Row::calibrated);
	}

}
