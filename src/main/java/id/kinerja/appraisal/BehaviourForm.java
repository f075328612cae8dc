package id.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.staff.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One assessor's BerAKHLAK form for an employee and period: a score (1-5) per core value, null where the
 * value was not scored. One row per form, not per score: evaluations read about 7 times fewer rows.
 */
@Entity
@Table(name = "behaviour_form")
public class BehaviourForm extends EmployeePeriodRecord {

	/** The score columns in {@link CoreValue} order, each named after its value. */
	public static final String VALUE_COLUMNS = Arrays.stream(CoreValue.values())
		.map(v -> v.name().toLowerCase(Locale.ROOT))
		.collect(Collectors.joining(", "));

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "assessor_type", length = 12, nullable = false)
	private Assessor assessor;

	/** Null for anonymous 360 feedback. */
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "assessor_nip", length = 18)
	private String assessorNip;

	@Column(name = "berorientasi_pelayanan", precision = 3, scale = 2)
	private BigDecimal berorientasiPelayanan;

	@Column(precision = 3, scale = 2)
	private BigDecimal akuntabel;

	@Column(precision = 3, scale = 2)
	private BigDecimal kompeten;

	@Column(precision = 3, scale = 2)
	private BigDecimal harmonis;

	@Column(precision = 3, scale = 2)
	private BigDecimal loyal;

	@Column(precision = 3, scale = 2)
	private BigDecimal adaptif;

	@Column(precision = 3, scale = 2)
	private BigDecimal kolaboratif;

	protected BehaviourForm() {
	}

	/** {@code scores} in {@link CoreValue} order, null where not scored. */
	public BehaviourForm(Employee employee, Period period, Assessor assessor, String assessorNip,
			BigDecimal... scores) {
		super(employee, period);
		this.assessor = assessor;
		this.assessorNip = assessorNip;
		berorientasiPelayanan = scores[0];
		akuntabel = scores[1];
		kompeten = scores[2];
		harmonis = scores[3];
		loyal = scores[4];
		adaptif = scores[5];
		kolaboratif = scores[6];
	}

	public Assessor getAssessor() {
		return assessor;
	}

	public String getAssessorNip() {
		return assessorNip;
	}

	/** The score of one value, null if the assessor did not score it. */
	public BigDecimal score(CoreValue value) {
		return switch (value) {
			case BERORIENTASI_PELAYANAN -> berorientasiPelayanan;
			case AKUNTABEL -> akuntabel;
			case KOMPETEN -> kompeten;
			case HARMONIS -> harmonis;
			case LOYAL -> loyal;
			case ADAPTIF -> adaptif;
			case KOLABORATIF -> kolaboratif;
		};
	}

}
