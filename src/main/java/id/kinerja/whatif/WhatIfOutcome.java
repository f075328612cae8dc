package id.kinerja.whatif;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.CaseFailure;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;

/**
 * A what-if's answer: how many moved and where to, per agency the spread and curve findings before and
 * after, awards gained and lost, training demand; and what it used, so it can be reproduced.
 */
public record WhatIfOutcome(long id, String name, String status, int done, int total, String region,
		List<String> requestedAgencies, String period, Provenance provenance, Summary summary,
		List<AgencyComparison> agencies, List<AwardComparison> awards, List<CaseFailure> failedCases, String error) {

	/** Waiting in the background queue or running: its progress is what there is to show. */
	public boolean inProgress() {
		return status.equals("QUEUED") || status.equals("RUNNING");
	}

	/** The policy versions, overrides and data time the what-if used. */
	public record Provenance(String activeVersion, String draftVersion, Map<String, Double> overrides, List<String> files,
			OffsetDateTime dataAsOf, String requestedBy, OffsetDateTime requestedAt) {
	}

	public record Summary(int evaluated, int changed, List<Migration> migration) {
	}

	/** How many employees went from one predikat to another (the same one: unchanged). */
	public record Migration(String from, String to, int count) {
	}

	/**
	 * One agency under both policies; {@code limitsBefore} and {@code limitsAfter} are the curve limits of
	 * each (absent from what-ifs stored before they were kept).
	 */
	public record AgencyComparison(String agency, OrganisationRating organisationRating, Map<Predikat, Integer> before,
			Map<Predikat, Integer> after, List<CurveOutcome> findingsBefore, List<CurveOutcome> findingsAfter,
			TrainingDemand trainingBefore, TrainingDemand trainingAfter, Map<String, Double> limitsBefore,
			Map<String, Double> limitsAfter) {
	}

	public record AwardComparison(String code, String name, int before, int after, int gained, int lost) {
	}

	/** People with at least one training need, and the hours (JP) of all their needs. */
	public record TrainingDemand(int people, double hours) {

		static final class Builder {

			private int people;

			private double hours;

			void add(Snapshot snapshot) {
				if (!snapshot.trainings().isEmpty()) {
					people++;
					hours += snapshot.trainingHours();
				}
			}

			TrainingDemand build() {
				return new TrainingDemand(people, hours);
			}

		}

	}

}
