package id.kinerja.staff;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A city, regency or province whose BKPSDM owns an evaluation policy; retired ones stay for their history. */
@Entity
public class Region {

	@Id
	@Column(length = 40)
	private String id;

	@Column(name = "bps_code", length = 4, nullable = false, unique = true)
	private String bpsCode;

	@Column(length = 100, nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10, nullable = false)
	private RegionKind kind;

	@Column(length = 60, nullable = false)
	private String province;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "time_zone", length = 4, nullable = false)
	private TimeZoneName timeZone;

	@Column(name = "retired_at")
	private OffsetDateTime retiredAt;

	protected Region() {
	}

	public Region(String id, String bpsCode, String name, RegionKind kind, String province, TimeZoneName timeZone) {
		this.id = id;
		this.timeZone = timeZone;
		change(bpsCode, name, kind, province);
	}

	void change(String bpsCode, String name, RegionKind kind, String province) {
		this.bpsCode = bpsCode;
		this.name = name;
		this.kind = kind;
		this.province = province;
	}

	void moveTo(TimeZoneName timeZone) {
		this.timeZone = timeZone;
	}

	void retire(OffsetDateTime at) {
		this.retiredAt = at;
	}

	public String getId() {
		return id;
	}

	public String getBpsCode() {
		return bpsCode;
	}

	public String getName() {
		return name;
	}

	public RegionKind getKind() {
		return kind;
	}

	public String getProvince() {
		return province;
	}

	public TimeZoneName getTimeZone() {
		return timeZone;
	}

	public OffsetDateTime getRetiredAt() {
		return retiredAt;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

}
