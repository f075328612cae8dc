package id.kinerja.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.kinerja.policy.fact.Predikat;

/**
 * The what-if's predikat migration as a heat map: a row per predikat before, a column per predikat after,
 * each cell shaded by its count relative to the largest (levels 0-5); the diagonal is who stays.
 */
record MigrationMatrix(List<String> predikats, List<Row> rows) {

	record Cell(String from, String to, int count, int level) {

		public boolean moved() {
			return count > 0 && !Objects.equals(from, to);
		}

	}

	record Row(String from, List<Cell> cells) {
	}

	/** A move as the what-if reports it; null is "without a predikat". */
	record Move(String from, String to, int count) {
	}

	static MigrationMatrix of(List<Move> moves) {
		List<String> predikats = new ArrayList<>();
		for (Predikat predikat : Predikat.values()) {
			predikats.add(predikat.name());
		}
		if (moves.stream().anyMatch(move -> move.from() == null || move.to() == null)) {
			predikats.add(null);
		}
		int max = moves.stream().mapToInt(Move::count).max().orElse(0);
		List<Row> rows = new ArrayList<>();
		for (String from : predikats) {
			List<Cell> cells = new ArrayList<>();
			for (String to : predikats) {
				int count = moves.stream().filter(m -> Objects.equals(m.from(), from) && Objects.equals(m.to(), to))
					.mapToInt(Move::count).sum();
				cells.add(new Cell(from, to, count, count == 0 ? 0 : (int) Math.ceil(5.0 * count / max)));
			}
			rows.add(new Row(from, cells));
		}
		return new MigrationMatrix(predikats, rows);
	}

}
