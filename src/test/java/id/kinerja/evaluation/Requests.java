package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as mutable maps, so a test can break exactly one field. */
final class Requests {

	/** The example from the issue: Siti, a nurse of Dinkes Makassar, work above and behaviour as expected. */
	static final String ISSUE_PREVIEW = """
			{"region": "makassar", "agency": "dinkes", "organisationRating": "BAIK", "employees": [{"nip": "197303141997022002", "name": "Siti", "position": "FUNGSIONAL", "workResultRating": "DI_ATAS_EKSPEKTASI", "behaviourRating": "SESUAI_EKSPEKTASI", "indicators": [{"code": "WAKTU_TUNGGU", "weight": 60, "target": 30, "realisation": 24, "higherIsBetter": false}], "behaviour": [{"value": "BERORIENTASI_PELAYANAN", "assessor": "SUPERVISOR", "score": 4}], "citizenSatisfaction": 86.0, "developmentHours": 12}]}""";

	private Requests() {
	}

	static Map<String, Object> evaluation(String region, String agency, String period) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("region", region);
		body.put("agency", agency);
		body.put("period", period);
		return body;
	}

	/** A preview of the given employees in a unit rated BAIK; region and agency may be null. */
	@SafeVarargs
	static Map<String, Object> preview(String region, String agency, Map<String, Object>... employees) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("region", region);
		body.put("agency", agency);
		body.put("organisationRating", "BAIK");
		body.put("employees", new ArrayList<>(List.of(employees)));
		return body;
	}

	/** Siti from the issue's example. */
	static Map<String, Object> siti() {
		Map<String, Object> employee = new LinkedHashMap<>();
		employee.put("nip", "197303141997022002");
		employee.put("name", "Siti");
		employee.put("position", "FUNGSIONAL");
		employee.put("workResultRating", "DI_ATAS_EKSPEKTASI");
		employee.put("behaviourRating", "SESUAI_EKSPEKTASI");
		employee.put("indicators", new ArrayList<>(List.of(waitingTime())));
		employee.put("behaviour", new ArrayList<>(List.of(Map.of("value", "BERORIENTASI_PELAYANAN", "assessor",
				"SUPERVISOR", "score", 4))));
		employee.put("citizenSatisfaction", 86.0);
		employee.put("developmentHours", 12);
		return employee;
	}

	static Map<String, Object> siti(String field, Object value) {
		Map<String, Object> employee = siti();
		employee.put(field, value);
		return employee;
	}

	/** Siti with her one indicator changed. */
	static Map<String, Object> sitiWithIndicator(String field, Object value) {
		Map<String, Object> indicator = waitingTime();
		if (value == null) {
			indicator.remove(field);
		}
		else {
			indicator.put(field, value);
		}
		return siti("indicators", List.of(indicator));
	}

	/** Waiting time in minutes: 24 against a target of 30, lower is better. */
	static Map<String, Object> waitingTime() {
		Map<String, Object> indicator = new LinkedHashMap<>();
		indicator.put("code", "WAKTU_TUNGGU");
		indicator.put("weight", 60);
		indicator.put("target", 30);
		indicator.put("realisation", 24);
		indicator.put("higherIsBetter", false);
		return indicator;
	}

}
