package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.demo.GeneratedEmployee.Score;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;

/** The generator's behaviour scores as the BerAKHLAK forms the assessors filled in. */
final class Forms {

	/** One form: scores in {@link CoreValue} order, null where not scored. */
	record Form(Assessor assessor, String assessorNip, BigDecimal[] scores) {
	}

	private record Key(Assessor assessor, String assessorNip) {
	}

	private Forms() {
	}

	/**
	 * One form per assessor in order of appearance; an assessor whose value repeats (anonymous
	 * subordinates share a null NIP) starts another form, as the V5 migration splits them.
	 */
	static List<Form> of(List<Score> scores) {
		Map<Key, List<Form>> byAssessor = new LinkedHashMap<>();
		for (Score s : scores) {
			List<Form> forms = byAssessor.computeIfAbsent(new Key(s.assessor(), s.assessorNip()),
					k -> new ArrayList<>(1));
			Form form = forms.stream().filter(f -> f.scores()[s.value().ordinal()] == null).findFirst().orElse(null);
			if (form == null) {
				form = new Form(s.assessor(), s.assessorNip(), new BigDecimal[CoreValue.values().length]);
				forms.add(form);
			}
			form.scores()[s.value().ordinal()] = s.score();
		}
		List<Form> all = new ArrayList<>();
		byAssessor.values().forEach(all::addAll);
		return all;
	}

}
