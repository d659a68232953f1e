package io.migrate.bench;

import java.util.ArrayList;
import java.util.List;

/** Timings of one tool and measure, in milliseconds, in the order they were taken. */
public final class Samples {

	private final List<Double> values = new ArrayList<>();

	/** Adds one timing. */
	public void add(double millis) {
		this.values.add(millis);
	}

	/** @return the timings in the order taken */
	public List<Double> values() {
		return this.values;
	}

	/** @return whether there is no timing */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** @return the median */
	public double median() {
		return median(this.values);
	}

	/** @return the smallest timing */
	public double min() {
		return this.values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	/** @return the largest timing */
	public double max() {
		return this.values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	/**
	 * The ratio taken pair by pair: the i-th timing of this to the i-th of {@code other}, which ran
	 * right beside it, then the median of those ratios. Drift of the machine cancels out.
	 * @return the median ratio, or null when either has no timing
	 */
	public Double ratioTo(Samples other) {
		int pairs = Math.min(this.values.size(), other.values.size());
		if (pairs == 0) {
			return null;
		}
		List<Double> ratios = new ArrayList<>(pairs);
		for (int i = 0; i < pairs; i++) {
			ratios.add(this.values.get(i) / other.values.get(i));
		}
		return median(ratios);
	}

	/** @return the median of {@code values}, NaN when empty */
	public static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
