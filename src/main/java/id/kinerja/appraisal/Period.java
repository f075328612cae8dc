package id.kinerja.appraisal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An evaluation period loaded in the database. */
@Entity
@Table(name = "evaluation_period")
public class Period {

	@Id
	@Column(length = 7)
	private String code;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10, nullable = false)
	private PeriodKind kind;

	@Column(name = "calendar_year", nullable = false)
	private int year;

	@Column(name = "start_date", nullable = false)
	private LocalDate start;

	@Column(name = "end_date", nullable = false)
	private LocalDate end;

	protected Period() {
	}

	public Period(PeriodCode code) {
		this.code = code.code();
		this.kind = code.kind();
		this.year = code.year();
		this.start = code.start();
		this.end = code.end();
	}

	public String getCode() {
		return code;
	}

	public PeriodKind getKind() {
		return kind;
	}

	public int getYear() {
		return year;
	}

	public LocalDate getStart() {
		return start;
	}

	public LocalDate getEnd() {
		return end;
	}

	public PeriodCode toCode() {
		return new PeriodCode(code, kind, year, start, end);
	}

}
