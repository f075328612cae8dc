package id.kinerja.appraisal;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens evaluation periods: data is imported, and runs started, only for a period that exists. */
@Service
public class PeriodAdministration {

	private final Periods periods;

	private final AuditLog audit;

	PeriodAdministration(Periods periods, AuditLog audit) {
		this.periods = periods;
		this.audit = audit;
	}

	/**
	 * @throws Refusal 409 for a period that exists, 422 for a code that is not one
	 */
	@Transactional
	public Period open(String code) {
		PeriodCode parsed;
		try {
			parsed = PeriodCode.parse(code);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", "periodShape", code).field("code");
		}
		if (periods.existsById(parsed.code())) {
			throw new Refusal(HttpStatus.CONFLICT, "Conflict", "periodExists", code).field("code");
		}
		Period period = periods.save(new Period(parsed));
		audit.recordInTransaction(AuditAction.PERIOD_CREATED, null, period.getCode(), AuditOutcome.SUCCESS, null);
		return period;
	}

}
