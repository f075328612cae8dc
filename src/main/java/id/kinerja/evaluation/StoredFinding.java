package id.kinerja.evaluation;

import java.math.BigDecimal;

/** A stored breach of the distribution curve. */
public record StoredFinding(String agency, String organisationRating, String constraint, BigDecimal actual,
		BigDecimal limit, String rule, String file, String layer) {
}
