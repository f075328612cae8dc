package id.kinerja.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Maker-checker: the officer who submitted a change cannot approve it. */
class OwnChange extends ErrorResponseException {

	OwnChange(long changeId) {
		super(HttpStatus.FORBIDDEN, problem(changeId), null);
	}

	private static ProblemDetail problem(long changeId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Perubahan " + changeId
				+ " diajukan oleh Anda sendiri; persetujuan harus dari petugas kebijakan lain di wilayah ini");
		problem.setTitle("Own change");
		return problem;
	}

}
