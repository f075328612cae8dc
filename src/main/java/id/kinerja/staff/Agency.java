package id.kinerja.staff;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A regional agency (OPD), e.g. Dinas Kesehatan with code {@code dinkes}. */
@Entity
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@Column(length = 40, nullable = false)
	private String code;

	@Column(length = 120, nullable = false)
	private String name;

	@Column(name = "retired_at")
	private OffsetDateTime retiredAt;

	protected Agency() {
	}

	public Agency(Region region, String code, String name) {
		this.region = region;
		this.code = code;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public Region getRegion() {
		return region;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public OffsetDateTime getRetiredAt() {
		return retiredAt;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	void rename(String name) {
		this.name = name;
	}

	void retire(OffsetDateTime at) {
		this.retiredAt = at;
	}

}
