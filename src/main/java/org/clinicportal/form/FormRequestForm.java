package org.clinicportal.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/** The Request Forms part of a patient's Forms page: which forms, by when, with what note. */
public class FormRequestForm {

	private List<String> forms = new ArrayList<>();

	private LocalDate dueOn;

	@Size(max = 500, message = "{forms.request.noteTooLong}")
	private String note;

	public List<String> getForms() {
		return this.forms;
	}

	public void setForms(List<String> forms) {
		this.forms = (forms != null) ? forms : new ArrayList<>();
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

}
