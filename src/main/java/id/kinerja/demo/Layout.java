package id.kinerja.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Places a region's employee stream into agencies: each block of 100 indexes holds every agency its number
 * of slots, in a shuffled order. An index's agency and rank within the agency (member number) follow from
 * the index alone, so nothing depends on how many employees are generated.
 */
final class Layout {

	static final int BLOCK = 100;

	private final int[] slotAgency = new int[BLOCK];

	private final int[] slotRank = new int[BLOCK];

	private final int[][] slotsOf;

	Layout(List<AgencySpec> agencies, SplittableRandom random) {
		int[] order = new int[BLOCK];
		int next = 0;
		for (int a = 0; a < agencies.size(); a++) {
			for (int s = 0; s < agencies.get(a).slots(); s++) {
				order[next++] = a;
			}
		}
		if (next != BLOCK) {
			throw new IllegalStateException("Agency slots must add up to " + BLOCK + ", got " + next);
		}
		shuffle(order, random);
		slotsOf = new int[agencies.size()][];
		for (int a = 0; a < agencies.size(); a++) {
			slotsOf[a] = new int[agencies.get(a).slots()];
		}
		int[] seen = new int[agencies.size()];
		for (int p = 0; p < BLOCK; p++) {
			int a = order[p];
			slotAgency[p] = a;
			slotRank[p] = seen[a];
			slotsOf[a][seen[a]++] = p;
		}
	}

	int agencyOf(int index) {
		return slotAgency[index % BLOCK];
	}

	/** Member number within the agency: 0 is the unit head. */
	int memberOf(int index) {
		int a = agencyOf(index);
		return (index / BLOCK) * slotsOf[a].length + slotRank[index % BLOCK];
	}

	int indexOf(int agency, int member) {
		int slots = slotsOf[agency].length;
		return (member / slots) * BLOCK + slotsOf[agency][member % slots];
	}

	private static void shuffle(int[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

}
