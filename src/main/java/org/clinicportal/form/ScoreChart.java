package org.clinicportal.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One scored measure's totals over time, laid out for an SVG line chart drawn by the page itself
 * (no script, no outside service): the x axis is the order of the submissions, the y axis the total
 * from 0 to the highest possible.
 *
 * @param title the measure, such as "PHQ-9"
 * @param max the highest possible total
 * @param points the submissions, oldest first
 */
public record ScoreChart(String title, int max, List<Point> points) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 220;

	static final int LEFT = 40;

	static final int RIGHT = 20;

	static final int TOP = 20;

	static final int BOTTOM = 30;

	/** The charts of every scored measure the patient completed, by title. */
	static List<ScoreChart> of(List<RequestedForm> requests, FormCatalogue catalogue) {
		Map<String, List<RequestedForm>> byForm = requests.stream()
			.filter((r) -> r.completed() && r.response().total() != null)
			.sorted(Comparator.comparing((RequestedForm r) -> r.response().submittedAt()))
			.collect(Collectors.groupingBy(RequestedForm::formKey, LinkedHashMap::new, Collectors.toList()));
		List<ScoreChart> charts = new ArrayList<>();
		byForm.forEach((key, completed) -> catalogue.find(key).filter(FormDefinition::scored).ifPresent((form) -> {
			int max = form.maxTotal();
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < completed.size(); i++) {
				var response = completed.get(i).response();
				points.add(new Point(x(i, completed.size()), y(response.total(), max), response.total(),
						response.band(), response.submittedAt(), response.flagged()));
			}
			charts.add(new ScoreChart(form.title(), max, points));
		}));
		charts.sort(Comparator.comparing(ScoreChart::title));
		return charts;
	}

	/** The points joined, for the {@code points} attribute of a polyline. */
	public String line() {
		return this.points.stream().map((p) -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
	}

	/** The y of a total, for the axis labels. */
	public int yOf(int total) {
		return y(total, this.max);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	private static int x(int index, int count) {
		int span = WIDTH - LEFT - RIGHT;
		return (count == 1) ? LEFT + span / 2 : LEFT + span * index / (count - 1);
	}

	private static int y(int total, int max) {
		int span = HEIGHT - TOP - BOTTOM;
		return HEIGHT - BOTTOM - span * total / Math.max(max, 1);
	}

	/**
	 * One submission on the chart.
	 *
	 * @param x where it is drawn across
	 * @param y where it is drawn up
	 * @param total its total
	 * @param band its severity band
	 * @param submittedAt when it was submitted
	 * @param flagged whether it raised a flag
	 */
	public record Point(int x, int y, int total, String band, Instant submittedAt, boolean flagged) {
	}

}
