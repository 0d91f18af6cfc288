package org.clinicportal.messaging;

import org.clinicportal.staff.StaffMember;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a staff conversation page: Assign to, Close, Reopen, Mark patient only. Each says on
 * the page what it did, or that someone had done it already.
 */
@Controller
@PreAuthorize(InboxController.STAFF)
class ConversationActionsController {

	private static final String BACK = "redirect:" + StaffConversationController.ADDRESS;

	private final PoolAccess access;

	private final Pools pools;

	private final ConversationActions actions;

	ConversationActionsController(PoolAccess access, Pools pools, ConversationActions actions) {
		this.access = access;
		this.pools = pools;
		this.actions = actions;
	}

	@PostMapping(StaffConversationController.ADDRESS + "/assign")
	String assign(@PathVariable long conversationId, @RequestParam(required = false) Long staffId,
			Authentication authentication, RedirectAttributes redirect) {
		StaffMember member = this.access.staff(authentication);
		Conversation conversation = this.access.conversation(conversationId, member);
		if (staffId != null && !this.pools.isMember(staffId, conversation.poolId())) {
			redirect.addFlashAttribute("messageCode", "messaging.assign.notMember");
			return BACK;
		}
		boolean changed = this.actions.assign(conversation, staffId);
		redirect.addFlashAttribute("messageCode", changed ? "messaging.assign.done" : "messaging.assign.already");
		return BACK;
	}

	@PostMapping(StaffConversationController.ADDRESS + "/close")
	String close(@PathVariable long conversationId, Authentication authentication, RedirectAttributes redirect) {
		boolean changed = this.actions.close(conversation(conversationId, authentication));
		redirect.addFlashAttribute("messageCode", changed ? "messaging.close.done" : "messaging.close.already");
		return BACK;
	}

	@PostMapping(StaffConversationController.ADDRESS + "/reopen")
	String reopen(@PathVariable long conversationId, Authentication authentication, RedirectAttributes redirect) {
		boolean changed = this.actions.reopen(conversation(conversationId, authentication));
		redirect.addFlashAttribute("messageCode", changed ? "messaging.reopen.done" : "messaging.reopen.already");
		return BACK;
	}

	@PostMapping(StaffConversationController.ADDRESS + "/patient-only")
	String patientOnly(@PathVariable long conversationId, @RequestParam(defaultValue = "false") boolean only,
			Authentication authentication, RedirectAttributes redirect) {
		boolean changed = this.actions.patientOnly(conversation(conversationId, authentication), only);
		redirect.addFlashAttribute("messageCode", !changed ? "messaging.patientOnly.already"
				: only ? "messaging.patientOnly.on" : "messaging.patientOnly.off");
		return BACK;
	}

	private Conversation conversation(long conversationId, Authentication authentication) {
		return this.access.conversation(conversationId, this.access.staff(authentication));
	}

}
