package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a preview's employees and stops at the limit while reading, so a request cannot make the app build
 * a list of millions of facts before it is refused.
 */
class PreviewEmployees extends ValueDeserializer<List<PreviewRequest.PreviewEmployee>> {

	static final int MAX = 5000;

	@Override
	public List<PreviewRequest.PreviewEmployee> deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartArrayToken()) {
			return context.reportInputMismatch(this, "a list of employees is expected");
		}
		List<PreviewRequest.PreviewEmployee> employees = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (employees.size() == MAX) {
				return context.reportInputMismatch(this, "at most %d employees per preview", MAX);
			}
			try {
				employees.add(context.readValue(parser, PreviewRequest.PreviewEmployee.class));
			}
			catch (JacksonException ex) {
				// named as the list's own reader names it: employees[3].position
				throw JacksonException.wrapWithPath(ex, employees, employees.size());
			}
		}
		return employees;
	}

}
