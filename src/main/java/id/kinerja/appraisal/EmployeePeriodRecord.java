package id.kinerja.appraisal;

import id.kinerja.staff.Employee;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row about one employee in one period: SKP lines, behaviour assessments, official ratings. */
@MappedSuperclass
public abstract class EmployeePeriodRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "employee_id", nullable = false)
	private Employee employee;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "period_code", nullable = false)
	private Period period;

	protected EmployeePeriodRecord() {
	}

	protected EmployeePeriodRecord(Employee employee, Period period) {
		this.employee = employee;
		this.period = period;
	}

	public Long getId() {
		return id;
	}

	public Employee getEmployee() {
		return employee;
	}

	public Period getPeriod() {
		return period;
	}

}
