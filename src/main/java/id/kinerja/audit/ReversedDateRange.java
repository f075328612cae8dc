package id.kinerja.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A date range that ends before it starts: 422 naming {@code to}. */
class ReversedDateRange extends Refusal {

	ReversedDateRange(LocalDate from, LocalDate to) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", "reversedDates", from, to);
		with("errors", List.of(Map.of("field", "to", "reason", getMessage())));
	}

}
