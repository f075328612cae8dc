package id.kinerja.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.demo.DemoGenerator;
import id.kinerja.demo.GeneratedAgency;
import id.kinerja.policy.fact.Employee;

/** Generated employees of one region and period as rule facts, grouped by agency (each has its own scope). */
record Workload(List<AgencyGroup> groups, int size) {

	static final String REGION = "makassar";

	static final String PERIOD = "2025";

	/** The demo's seed, so figures are about the same people the demo database holds. */
	static final long SEED = 20251231L;

	record AgencyGroup(String agency, List<Employee> employees) {
	}

	/** Employees from..from+count-1, mapped exactly as the database loader maps rows. */
	static Workload generate(DemoGenerator generator, Map<String, GeneratedAgency> agencies, int from, int count) {
		Map<String, List<Employee>> byAgency = new LinkedHashMap<>();
		generator.employees(REGION, from, count, PERIOD, e -> {
			GeneratedAgency agency = agencies.get(e.agencyCode());
			Employee fact = DemoGenerator.toFact(e, DemoGenerator.citizenSatisfaction(agency), agency.rating());
			byAgency.computeIfAbsent(e.agencyCode(), a -> new ArrayList<>()).add(fact);
		});
		List<AgencyGroup> groups = new ArrayList<>(byAgency.size());
		byAgency.forEach((agency, employees) -> groups.add(new AgencyGroup(agency, employees)));
		return new Workload(groups, count);
	}

	static Map<String, GeneratedAgency> agencies(DemoGenerator generator) {
		Map<String, GeneratedAgency> agencies = new LinkedHashMap<>();
		generator.agencies(REGION, PERIOD).forEach(a -> agencies.put(a.agencyCode(), a));
		return agencies;
	}

	/** The first employees of each agency, about {@code count} in all, for warming up. */
	Workload subset(int count) {
		List<AgencyGroup> part = new ArrayList<>(groups.size());
		int total = 0;
		for (AgencyGroup group : groups) {
			int take = (int) Math.max(1, (long) group.employees().size() * count / Math.max(size, 1));
			List<Employee> employees = group.employees().subList(0, Math.min(take, group.employees().size()));
			part.add(new AgencyGroup(group.agency(), employees));
			total += employees.size();
		}
		return new Workload(part, total);
	}

}
