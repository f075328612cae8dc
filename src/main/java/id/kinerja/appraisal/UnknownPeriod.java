package id.kinerja.appraisal;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A period code with no data loaded: answered with 404. */
public class UnknownPeriod extends Refusal {

	public UnknownPeriod(String periodCode) {
		super(HttpStatus.NOT_FOUND, "Not found", "unknownPeriod", periodCode);
		field("period");
	}

}
