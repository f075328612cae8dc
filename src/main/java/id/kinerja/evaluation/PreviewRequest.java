package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.appraisal.PeriodCode;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.ValidNip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Facts given inline, evaluated without writing anything. Without a region only the national baseline
 * applies; without an agency, the region's rules. Without a period the evaluation is annual; a quarter
 * ({@code 2025-Q4}) or a month ({@code 2025-11}) is a periodic one (its angka kredit a share of the year's).
 */
record PreviewRequest(String region, String agency, OrganisationRating organisationRating,
		@Pattern(regexp = EvaluationRequest.PERIOD, message = EvaluationRequest.PERIOD_MESSAGE) String period,
		@NotEmpty @JsonDeserialize(using = PreviewEmployees.class) List<@NotNull @Valid PreviewEmployee> employees) {

	/** Months the period covers, 12 without one. */
	int periodMonths() {
		return period == null || period.isBlank() ? Employee.YEAR : PeriodCode.parse(period).months();
	}

	record PreviewEmployee(@NotBlank @ValidNip String nip, String name, @NotNull Position position,
			FunctionalLevel functionalLevel, String jobTitle, String rank, EmploymentType employmentType,
			Boolean unitHead, @PositiveOrZero Integer yearsOfService, Boolean heavySanction,
			Rating workResultRating, Rating behaviourRating, @Size(max = 50) List<@NotNull @Valid PreviewIndicator> indicators,
			@Size(max = 200) List<@NotNull @Valid PreviewBehaviour> behaviour,
			@DecimalMin("0") @DecimalMax("100") Double citizenSatisfaction,
			@PositiveOrZero Double developmentHours) {

		Employee fact(String agency, OrganisationRating organisationRating, int periodMonths) {
			return new Employee(nip, name == null ? "" : name, agency, position, functionalLevel, jobTitle, rank,
					employmentType == null ? EmploymentType.PNS : employmentType, Boolean.TRUE.equals(unitHead),
					organisationRating, yearsOfService == null ? 0 : yearsOfService, Boolean.TRUE.equals(heavySanction),
					workResultRating, behaviourRating, citizenSatisfaction, developmentHours == null ? 0 : developmentHours,
					periodMonths, indicators == null ? List.of() : indicators.stream().map(PreviewIndicator::fact).toList(),
					behaviour == null ? List.of() : behaviour.stream().map(PreviewBehaviour::fact).toList());
		}

	}

	record PreviewIndicator(@NotBlank String code, @NotNull @DecimalMin("0") @DecimalMax("100") Double weight,
			@NotNull @PositiveOrZero Double target, @NotNull @PositiveOrZero Double realisation,
			@NotNull Boolean higherIsBetter) {

		Indicator fact() {
			return new Indicator(code, weight, target, realisation, higherIsBetter);
		}

	}

	record PreviewBehaviour(@NotNull CoreValue value, @NotNull Assessor assessor,
			@NotNull @DecimalMin("1") @DecimalMax("5") Double score) {

		BehaviourScore fact() {
			return new BehaviourScore(value, assessor, score);
		}

	}

}
