package id.kinerja.appraisal;

import java.math.BigDecimal;

import id.kinerja.staff.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One competence development activity of an employee, in JP (1 JP = 45 minutes). */
@Entity
@Table(name = "development_hours")
public class DevelopmentHours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "employee_id", nullable = false)
	private Employee employee;

	@Column(name = "calendar_year", nullable = false)
	private int year;

	@Column(length = 200, nullable = false)
	private String activity;

	@Column(precision = 6, scale = 2, nullable = false)
	private BigDecimal hours;

	protected DevelopmentHours() {
	}

	public DevelopmentHours(Employee employee, int year, String activity, BigDecimal hours) {
		this.employee = employee;
		this.year = year;
		this.activity = activity;
		this.hours = hours;
	}

	public Long getId() {
		return id;
	}

	public Employee getEmployee() {
		return employee;
	}

	public int getYear() {
		return year;
	}

	public String getActivity() {
		return activity;
	}

	public BigDecimal getHours() {
		return hours;
	}

}
