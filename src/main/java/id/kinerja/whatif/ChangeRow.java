package id.kinerja.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;


import org.springframework.context.MessageSource;

/**
 * One employee a what-if changes, as its page lists them: besides the predikat, every rating, score, award
 * and training that differs between the active policy and the draft, in the reader's language. Most of a
 * what-if's changes move no predikat (a changed 360 weight changes everyone's behaviour index), so this
 * is what tells an analyst what moved.
 */
record ChangeRow(EmployeeChange change, List<Difference> differences) {

	/** A figure that differs: its name, and its value before and after, as shown. */
	record Difference(String label, String before, String after) {
	}

	static ChangeRow of(EmployeeChange change, MessageSource messages, Locale locale) {
		Differences found = new Differences(messages, locale);
		Snapshot was = change.before();
		Snapshot is = change.after();
		found.rating("whatif.field.work", was.workResultRating(), is.workResultRating());
		found.rating("whatif.field.behaviour", was.behaviourRating(), is.behaviourRating());
		found.number("whatif.field.behaviourIndex", was.behaviourIndex(), is.behaviourIndex());
		found.number("whatif.field.workScore", was.workScore(), is.workScore());
		found.number("whatif.field.score", was.score(), is.score());
		found.list("whatif.field.awards", was.awards(), is.awards());
		found.list("whatif.field.trainings", was.trainings(), is.trainings());
		found.number("whatif.field.trainingHours", was.trainingHours(), is.trainingHours());
		return new ChangeRow(change, found.list);
	}

	private record Differences(MessageSource messages, Locale locale, List<Difference> list) {

		private static final String NONE = "–";

		Differences(MessageSource messages, Locale locale) {
			this(messages, locale, new ArrayList<>());
		}

		void rating(String label, String before, String after) {
			if (!Objects.equals(before, after)) {
				add(label, rating(before), rating(after));
			}
		}

		void number(String label, Double before, Double after) {
			if (!Objects.equals(before, after)) {
				add(label, number(before), number(after));
			}
		}

		void list(String label, List<String> before, List<String> after) {
			if (!before.equals(after)) {
				add(label, before.isEmpty() ? NONE : String.join(", ", before),
						after.isEmpty() ? NONE : String.join(", ", after));
			}
		}

		private void add(String label, String before, String after) {
			list.add(new Difference(messages.getMessage(label, null, locale), before, after));
		}

		private String rating(String value) {
			return value == null ? NONE : messages.getMessage("rating." + value, null, value, locale);
		}

		private String number(Double value) {
			return value == null ? NONE : String.format(locale, "%.2f", value);
		}

	}

}
