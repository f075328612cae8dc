package id.kinerja.staff;

import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A civil servant (PNS or PPPK) of one agency. */
@Entity
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 18, nullable = false, unique = true)
	private String nip;

	@Column(length = 120, nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id", nullable = false)
	private Agency agency;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "position_type", length = 20, nullable = false)
	private Position position;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "functional_level", length = 20)
	private FunctionalLevel functionalLevel;

	@Column(name = "job_title", length = 80, nullable = false)
	private String jobTitle;

	@Column(length = 10, nullable = false)
	private String rank;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "employment_type", length = 4, nullable = false)
	private EmploymentType employmentType;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supervisor_id")
	private Employee supervisor;

	@Column(name = "unit_head", nullable = false)
	private boolean unitHead;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10)
	private Sanction sanction;

	protected Employee() {
	}

	public Employee(Nip nip, String name, Agency agency, Position position, FunctionalLevel functionalLevel,
			String jobTitle, String rank, EmploymentType employmentType) {
		this.nip = nip.value();
		this.name = name;
		this.agency = agency;
		this.position = position;
		this.functionalLevel = functionalLevel;
		this.jobTitle = jobTitle;
		this.rank = rank;
		this.employmentType = employmentType;
	}

	public Long getId() {
		return id;
	}

	public String getNip() {
		return nip;
	}

	public String getName() {
		return name;
	}

	public Agency getAgency() {
		return agency;
	}

	public Position getPosition() {
		return position;
	}

	public FunctionalLevel getFunctionalLevel() {
		return functionalLevel;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getRank() {
		return rank;
	}

	public EmploymentType getEmploymentType() {
		return employmentType;
	}

	public Employee getSupervisor() {
		return supervisor;
	}

	public void setSupervisor(Employee supervisor) {
		this.supervisor = supervisor;
	}

	public boolean isUnitHead() {
		return unitHead;
	}

	public void setUnitHead(boolean unitHead) {
		this.unitHead = unitHead;
	}

	public Sanction getSanction() {
		return sanction;
	}

	public void setSanction(Sanction sanction) {
		this.sanction = sanction;
	}

}
