package id.kinerja.appraisal;

import java.math.BigDecimal;

import id.kinerja.staff.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One SKP work-result line of an employee for a period: indicator, target, realisation. */
@Entity
@Table(name = "skp_line")
public class SkpLine extends EmployeePeriodRecord {

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10, nullable = false)
	private LineKind kind;

	@Column(name = "indicator_code", length = 40, nullable = false)
	private String indicatorCode;

	@Column(name = "indicator_name", length = 200, nullable = false)
	private String indicatorName;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10, nullable = false)
	private Aspect aspect;

	@Column(length = 30, nullable = false)
	private String unit;

	@Column(precision = 14, scale = 4, nullable = false)
	private BigDecimal target;

	/** Null while not reported. */
	@Column(precision = 14, scale = 4)
	private BigDecimal realisation;

	@Column(precision = 5, scale = 2, nullable = false)
	private BigDecimal weight;

	@Column(name = "higher_is_better", nullable = false)
	private boolean higherIsBetter;

	@Column(name = "evidence_url", length = 300)
	private String evidenceUrl;

	protected SkpLine() {
	}

	public SkpLine(Employee employee, Period period, LineKind kind, String indicatorCode, String indicatorName,
			Aspect aspect, String unit, BigDecimal target, BigDecimal realisation, BigDecimal weight,
			boolean higherIsBetter, String evidenceUrl) {
		super(employee, period);
		this.kind = kind;
		this.indicatorCode = indicatorCode;
		this.indicatorName = indicatorName;
		this.aspect = aspect;
		this.unit = unit;
		this.target = target;
		this.realisation = realisation;
		this.weight = weight;
		this.higherIsBetter = higherIsBetter;
		this.evidenceUrl = evidenceUrl;
	}

	public LineKind getKind() {
		return kind;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public String getIndicatorName() {
		return indicatorName;
	}

	public Aspect getAspect() {
		return aspect;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public BigDecimal getRealisation() {
		return realisation;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public String getEvidenceUrl() {
		return evidenceUrl;
	}

}
