package org.clinicportal.messaging;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.patient.PatientDashboards;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.staff.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Messages panel of the Patient Dashboard: the patient's open conversations in the pools of the
 * staff user, and Message patient. The patient module only includes the panel's template when the
 * model holds it, so it does not depend on messaging.
 */
@ControllerAdvice(basePackageClasses = PatientDirectory.class)
class DashboardMessages {

	static final int SHOWN = 10;

	private final PoolAccess access;

	private final Pools pools;

	private final ConversationQueries conversations;

	DashboardMessages(PoolAccess access, Pools pools, ConversationQueries conversations) {
		this.access = access;
		this.pools = pools;
		this.conversations = conversations;
	}

	@ModelAttribute
	void panel(HttpServletRequest request, Authentication authentication, Model model) {
		var dashboard = PatientDashboards.patientId(request);
		if (dashboard.isEmpty()) {
			return;
		}
		long patientId = dashboard.getAsLong();
		StaffMember member = this.access.member(authentication).orElse(null);
		if (member == null) {
			return; // a signed-in user the staff list does not know belongs to no pool
		}
		var mine = this.pools.of(member.id()).stream().map(Pool::id).toList();
		List<Conversation> open = this.conversations.open(patientId, 100)
			.stream()
			.filter((c) -> mine.contains(c.poolId()))
			.limit(SHOWN)
			.toList();
		model.addAttribute("patientMessages", open);
	}

}
