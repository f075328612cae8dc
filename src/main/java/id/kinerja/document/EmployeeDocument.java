package id.kinerja.document;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.evaluation.EmployeeResult;

/**
 * The Dokumen Evaluasi Kinerja Pegawai of one employee for one run (PermenPANRB 6/2022's layout): who is
 * assessed and by whom, the SKP indicators, the two ratings, the predikat and, where an accepted calibration
 * move changed it, the calibrated predikat beside the original.
 *
 * @param official the assessing official (the employee's supervisor), null when the data names none
 * @param calibratedPredikat the predikat of an accepted calibration move, null when none was accepted
 */
record EmployeeDocument(DocumentHeader header, Person employee, Person official, EmployeeResult result,
		String calibratedPredikat, List<IndicatorLine> indicators, List<ValueLine> behaviour) {

	/**
	 * One SKP line: what was planned, the target and what was realised, with the achievement as the run's
	 * parameters count it (null while nothing is realised).
	 */
	record IndicatorLine(String kind, String name, String aspect, String unit, BigDecimal weight, BigDecimal target,
			BigDecimal realisation, Double achievement, boolean higherIsBetter) {
	}

	/** One BerAKHLAK value: the mean of the scores (1-5) its assessors gave, null when none scored it. */
	record ValueLine(String label, Double score, int assessors) {
	}

	public boolean calibrated() {
		return calibratedPredikat != null && !calibratedPredikat.equals(result.predikat());
	}

}
