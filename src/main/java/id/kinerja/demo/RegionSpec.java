package id.kinerja.demo;

import java.util.List;

import id.kinerja.staff.RegionKind;
import id.kinerja.staff.TimeZoneName;

/** A seed region of the demo catalogue with its agencies in code order. */
public record RegionSpec(String id, String bpsCode, String name, RegionKind kind, String province,
		TimeZoneName timeZone, int demoEmployees, List<AgencySpec> agencies) {

	public AgencySpec agency(String code) {
		return agencies.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
	}

}
