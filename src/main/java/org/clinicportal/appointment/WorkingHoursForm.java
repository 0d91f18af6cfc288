package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clinician's working hours: two periods for each day of the week (morning and afternoon, say),
 * each a from and a to time typed as HH:MM; a period left empty is not worked. Period {@code i} is
 * {@code from[i]} to {@code to[i]}, on day {@code i / 2 + 1} (Monday is 1).
 */
public class WorkingHoursForm {

	static final int PERIODS = 14;

	private List<String> from = blank();

	private List<String> to = blank();

	static WorkingHoursForm of(List<WorkingHours> hours) {
		var form = new WorkingHoursForm();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingHours> ofDay = hours.stream().filter((h) -> h.day() == day).limit(2).toList();
			for (int i = 0; i < ofDay.size(); i++) {
				int index = 2 * (day.getValue() - 1) + i;
				form.from.set(index, ofDay.get(i).from().toString());
				form.to.set(index, ofDay.get(i).to().toString());
			}
		}
		return form;
	}

	/** The day of the week of a period, by its index. */
	static DayOfWeek day(int index) {
		return DayOfWeek.of(index / 2 + 1);
	}

	/** What was typed as the start of period {@code i}, or {@code null}. */
	String from(int i) {
		return typed(this.from, i);
	}

	/** What was typed as the end of period {@code i}, or {@code null}. */
	String to(int i) {
		return typed(this.to, i);
	}

	public List<String> getFrom() {
		return this.from;
	}

	public void setFrom(List<String> from) {
		this.from = padded(from);
	}

	public List<String> getTo() {
		return this.to;
	}

	public void setTo(List<String> to) {
		this.to = padded(to);
	}

	private static String typed(List<String> times, int i) {
		String time = (i < times.size()) ? times.get(i) : null;
		return (time == null || time.isBlank()) ? null : time.strip();
	}

	private static List<String> padded(List<String> times) {
		List<String> padded = new ArrayList<>((times != null) ? times : List.of());
		while (padded.size() < PERIODS) {
			padded.add(null);
		}
		return padded;
	}

	private static List<String> blank() {
		return new ArrayList<>(Collections.nCopies(PERIODS, null));
	}

}
