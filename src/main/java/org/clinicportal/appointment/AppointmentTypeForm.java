package org.clinicportal.appointment;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrators' form for an appointment type. */
public class AppointmentTypeForm {

	@NotBlank(message = "{appointments.type.nameRequired}")
	@Size(max = 100, message = "{appointments.type.nameTooLong}")
	private String name;

	@NotNull(message = "{appointments.type.minutesRequired}")
	@Min(value = 5, message = "{appointments.type.minutesRange}")
	@Max(value = 480, message = "{appointments.type.minutesRange}")
	private Integer minutes = 50;

	private boolean telehealth;

	@NotNull(message = "{appointments.type.colourRequired}")
	@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{appointments.type.colourRequired}")
	private String colour = "#2e7d6b";

	private List<String> forms = new ArrayList<>();

	@NotNull(message = "{appointments.type.daysRange}")
	@Min(value = 0, message = "{appointments.type.daysRange}")
	@Max(value = 30, message = "{appointments.type.daysRange}")
	private Integer formsDaysBefore = 3;

	private boolean active = true;

	private int version;

	static AppointmentTypeForm of(AppointmentType type) {
		var form = new AppointmentTypeForm();
		form.setName(type.name());
		form.setMinutes(type.minutes());
		form.setTelehealth(type.telehealth());
		form.setColour(type.colour());
		form.setForms(type.formKeys());
		form.setFormsDaysBefore(type.formsDaysBefore());
		form.setActive(type.active());
		form.setVersion(type.version());
		return form;
	}

	AppointmentType toType(long id) {
		return new AppointmentType(id, this.name, this.minutes, this.telehealth, this.colour.toLowerCase(), this.forms,
				this.formsDaysBefore, this.active, this.version);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name.strip() : null;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public boolean isTelehealth() {
		return this.telehealth;
	}

	public void setTelehealth(boolean telehealth) {
		this.telehealth = telehealth;
	}

	public String getColour() {
		return this.colour;
	}

	public void setColour(String colour) {
		this.colour = colour;
	}

	public List<String> getForms() {
		return this.forms;
	}

	public void setForms(List<String> forms) {
		this.forms = (forms != null) ? new ArrayList<>(forms) : new ArrayList<>();
	}

	public Integer getFormsDaysBefore() {
		return this.formsDaysBefore;
	}

	public void setFormsDaysBefore(Integer formsDaysBefore) {
		this.formsDaysBefore = formsDaysBefore;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
