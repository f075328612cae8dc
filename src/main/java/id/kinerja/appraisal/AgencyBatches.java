package id.kinerja.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Employee;

/**
 * Employees read in id order, agencies interleaved, handed to a sink in batches of one agency each. At most
 * {@code size} employees are held: when they are reached, the agency with the most goes out.
 */
final class AgencyBatches {

	private static final Comparator<List<Employee>> BY_SIZE = Comparator.comparingInt(List::size);

	private final Map<Long, AppraisalFacts.AgencyRow> agencies;

	private final int size;

	private final BatchSink sink;

	private final Map<Long, List<Employee>> pending = new HashMap<>();

	private int held;

	/** {@code agencies} by id, in code order. */
	AgencyBatches(Map<Long, AppraisalFacts.AgencyRow> agencies, int size, BatchSink sink) {
		this.agencies = agencies;
		this.size = size;
		this.sink = sink;
	}

	void add(long agencyId, Employee employee) {
		pending.computeIfAbsent(agencyId, id -> new ArrayList<>()).add(employee);
		if (++held == size) {
			send(pending.entrySet().stream().max(Map.Entry.comparingByValue(BY_SIZE)).orElseThrow().getKey());
		}
	}

	/** The last batch of every agency, then every agency is done, in code order. */
	void finish() {
		agencies.keySet().forEach(this::send);
		agencies.values().forEach(a -> sink.agencyDone(a.code(), a.rating()));
	}

	private void send(long agencyId) {
		List<Employee> batch = pending.remove(agencyId);
		if (batch != null) {
			held -= batch.size();
			AppraisalFacts.AgencyRow agency = agencies.get(agencyId);
			sink.batch(new AgencyBatch(agency.code(), agency.rating(), batch));
		}
	}

}
