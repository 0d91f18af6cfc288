package org.clinicportal.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientMatches;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff Messages inbox: one pool at a time (among those the user belongs to), a list per filter,
 * or a search by patient or subject; paged, newest first.
 */
@Controller
@PreAuthorize(InboxController.STAFF)
class InboxController {

	static final String STAFF = "hasAnyRole('ADMIN','FRONT_DESK','CLINICIAN')";

	static final String VIEW = "messaging/inbox";

	static final int PAGE_SIZE = 25;

	/** How many matching patients a search by patient looks at. */
	static final int PATIENTS_SEARCHED = 500;

	private final PoolAccess access;

	private final Pools pools;

	private final InboxQueries inbox;

	private final PatientMatches matches;

	private final PatientDirectory patients;

	private final StaffDirectory staff;

	private final ReplyTime replyTime;

	private final DigestSubscriptions digests;

	InboxController(PoolAccess access, Pools pools, InboxQueries inbox, PatientMatches matches,
			PatientDirectory patients, StaffDirectory staff, ReplyTime replyTime, DigestSubscriptions digests) {
		this.access = access;
		this.pools = pools;
		this.inbox = inbox;
		this.matches = matches;
		this.patients = patients;
		this.staff = staff;
		this.replyTime = replyTime;
		this.digests = digests;
	}

	@GetMapping("/staff/messages")
	String showInbox(@RequestParam(required = false) Long pool,
			@RequestParam(defaultValue = "WAITING_CLINIC") InboxFilter filter,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "PATIENT") SearchBy by, @RequestParam(required = false) Integer page,
			Authentication authentication, Model model) {
		StaffMember member = this.access.staff(authentication);
		List<Pool> mine = this.pools.of(member.id());
		model.addAttribute("pools", mine);
		model.addAttribute("filters", InboxFilter.values());
		model.addAttribute("filter", filter);
		model.addAttribute("by", by);
		model.addAttribute("q", query);
		model.addAttribute("digestEmail", this.digests.of(member.id()).orElse(null));
		if (mine.isEmpty()) {
			return VIEW;
		}
		Pool current = mine.stream().filter((p) -> pool != null && p.id() == pool).findFirst().orElse(mine.get(0));
		model.addAttribute("pool", current);
		Paging paging = Paging.of(page, PAGE_SIZE);
		Instant cutoff = this.replyTime.overdueCutoff();
		Paging.Rows<Conversation> found;
		if (StringUtils.hasText(query) && by == SearchBy.SUBJECT) {
			found = this.inbox.withWords(current.id(), SubjectWords.of(query), paging);
		}
		else if (StringUtils.hasText(query)) {
			List<Long> ids = this.matches.ids(query, PATIENTS_SEARCHED + 1);
			model.addAttribute("manyPatients", ids.size() > PATIENTS_SEARCHED);
			found = this.inbox.ofPatients(current.id(), ids.subList(0, Math.min(ids.size(), PATIENTS_SEARCHED)), paging);
		}
		else {
			found = this.inbox.page(current.id(), filter, member.id(), cutoff, paging);
		}
		model.addAttribute("rows", found);
		model.addAttribute("lines", lines(found.rows(), cutoff));
		return VIEW;
	}

	private List<InboxLine> lines(List<Conversation> conversations, Instant cutoff) {
		Map<Long, PatientSummary> byId = this.patients
			.findAll(conversations.stream().map(Conversation::patientId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PatientSummary::id, Function.identity()));
		Map<Long, String> names = conversations.stream().anyMatch((c) -> c.assignedTo() != null)
				? this.staff.all().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName)) : Map.of();
		return conversations.stream()
			.map((c) -> new InboxLine(c, byId.get(c.patientId()),
					(c.assignedTo() != null) ? names.get(c.assignedTo()) : null, c.overdue(cutoff)))
			.toList();
	}

	/**
	 * A line of the inbox.
	 *
	 * @param conversation the conversation
	 * @param patient its patient
	 * @param assignee the name of the staff user it is assigned to, or {@code null}
	 * @param overdue whether the patient has waited longer than the clinic's reply time
	 */
	record InboxLine(Conversation conversation, PatientSummary patient, String assignee, boolean overdue) {
	}

}
