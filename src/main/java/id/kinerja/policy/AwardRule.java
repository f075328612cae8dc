package id.kinerja.policy;

import java.util.List;
import java.util.Set;

/**
 * A rule that gives an award, read from the policy's files without running them.
 *
 * @param agency the agency whose file states the rule, null for a national or region rule
 * @param replacedIn agencies whose own rule of the same name replaces this one
 * @param conditions the comparisons of its conditions on a parameter or a number
 */
public record AwardRule(String code, String name, FiredRule rule, String agency, Set<String> replacedIn,
		List<Condition> conditions) {

	public AwardRule {
		replacedIn = Set.copyOf(replacedIn);
		conditions = List.copyOf(conditions);
	}

	/** Whether the rule applies to the employees of an agency. */
	public boolean appliesTo(String employeeAgency) {
		return agency == null ? !replacedIn.contains(employeeAgency) : agency.equals(employeeAgency);
	}

	/** The parameters its conditions use, in order of first use. */
	public List<String> parameters() {
		return conditions.stream().map(Condition::parameter).filter(p -> p != null).distinct().toList();
	}

	/**
	 * One comparison in a condition, on a parameter ({@code value >= $minimal}) or a number
	 * ({@code yearsOfService == 10}).
	 *
	 * @param fact the fact type of the pattern, e.g. {@code WorkScore}, {@code Indicator}, {@code Employee}
	 * @param field the field on the left, null when the expression does not start with one
	 * @param parameter the parameter the comparison uses, null for a number
	 * @param number the number compared with, null for a parameter
	 * @param indicator for an {@code Indicator} pattern, the code it is restricted to
	 * @param text the constraint as written
	 */
	public record Condition(String fact, String field, String operator, String parameter, Double number,
			String indicator, String text) {
	}

}
