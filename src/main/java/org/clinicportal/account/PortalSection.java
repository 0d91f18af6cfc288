package org.clinicportal.account;

import java.util.regex.Pattern;

/**
 * A section of the patient portal, declared as a bean by the module that owns its pages and
 * collected into the one {@link PortalSections} catalogue. From it come the *Account Permissions*
 * checkboxes, the portal's menu and home tiles, the access check, the account page, the export and
 * the audit.
 *
 * @param key what a grant stores when it permits the section ({@code PROFILE}); capitals and _
 * @param labelCode message code of the section's name
 * @param descriptionCode message code of what the section holds
 * @param startPage the section's first page, below {@code /portal/patients/{patientId}/}
 * @param selfDefault whether a new Self grant starts with the section (a representative's starts
 * with none), and whether existing Self grants get it when it is introduced ({@link SectionRollout})
 * @param order where the section stands among the others, smallest first
 */
public record PortalSection(String key, String labelCode, String descriptionCode, String startPage,
		boolean selfDefault, int order) {

	private static final Pattern KEY = Pattern.compile("[A-Z][A-Z_]{0,29}");

	public PortalSection {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("A section key is 1 to 30 capitals and _, not " + key);
		}
	}

}
