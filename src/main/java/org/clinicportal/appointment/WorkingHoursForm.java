package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A clinician's working hours: two periods for each day of the week (morning and afternoon, say),
 * each a from and a to time typed as HH:MM; a period left empty is not worked.
 */
public class WorkingHoursForm {

	/** The periods, two a day from Monday to Sunday: index {@code 2 * (day - 1)} and the one after it. */
	private List<Period> periods = new ArrayList<>();

	public WorkingHoursForm() {
		for (int i = 0; i < 14; i++) {
			this.periods.add(new Period());
		}
	}

	static WorkingHoursForm of(List<WorkingHours> hours) {
		var form = new WorkingHoursForm();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingHours> ofDay = hours.stream().filter((h) -> h.day() == day).limit(2).toList();
			for (int i = 0; i < ofDay.size(); i++) {
				Period period = form.periods.get(2 * (day.getValue() - 1) + i);
				period.setFrom(ofDay.get(i).from().toString());
				period.setTo(ofDay.get(i).to().toString());
			}
		}
		return form;
	}

	/** The day of the week of a period, by its index. */
	static DayOfWeek day(int index) {
		return DayOfWeek.of(index / 2 + 1);
	}

	public List<Period> getPeriods() {
		return this.periods;
	}

	public void setPeriods(List<Period> periods) {
		this.periods = (periods != null) ? periods : new ArrayList<>();
	}

	/** One period as typed. */
	public static class Period {

		private String from;

		private String to;

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = (from != null && !from.isBlank()) ? from.strip() : null;
		}

		public String getTo() {
			return this.to;
		}

		public void setTo(String to) {
			this.to = (to != null && !to.isBlank()) ? to.strip() : null;
		}

	}

}
