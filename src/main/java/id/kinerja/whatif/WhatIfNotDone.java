package id.kinerja.whatif;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A what-if still running (or failed) has nothing to export yet. */
class WhatIfNotDone extends ErrorResponseException {

	WhatIfNotDone(long id, String status) {
		super(HttpStatus.CONFLICT, problem(id, status), null);
	}

	private static ProblemDetail problem(long id, String status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"What-if " + id + " belum selesai (" + status + ")");
		problem.setTitle("What-if not done");
		return problem;
	}

}
