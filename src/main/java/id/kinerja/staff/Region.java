package id.kinerja.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A city or regency whose BKPSDM owns an evaluation policy. */
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

	protected Region() {
	}

	public Region(String id, String bpsCode, String name, RegionKind kind, String province) {
		this.id = id;
		this.bpsCode = bpsCode;
		this.name = name;
		this.kind = kind;
		this.province = province;
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

}
