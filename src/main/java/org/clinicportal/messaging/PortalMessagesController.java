package org.clinicportal.messaging;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalUser;
import org.clinicportal.messaging.AttachmentRules.Accepted;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.portal.PortalPage;
import org.clinicportal.portal.PortalPaths;
import org.clinicportal.portal.PortalRequests;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's Messages section: the patient's conversations (newest first, unread marked), New
 * message to one of the pools the clinic offers, a conversation with its Reply. A representative
 * writes on the patient's behalf, and never sees a conversation marked patient only.
 */
@Controller
class PortalMessagesController {

	static final String VIEW_LIST = "messaging/portal/messages";

	static final String VIEW_NEW = "messaging/portal/newMessage";

	static final String VIEW_CONVERSATION = "messaging/portal/conversation";

	static final String LIST = PortalPaths.PATIENT + "/messages";

	static final String CONVERSATION = LIST + "/{conversationId}";

	static final int PAGE_SIZE = 20;

	private final Pools pools;

	private final ConversationQueries conversations;

	private final Conversations writer;

	private final ReadMarks reads;

	private final PatientDirectory patients;

	private final AttachmentDownloads downloads;

	PortalMessagesController(Pools pools, ConversationQueries conversations, Conversations writer, ReadMarks reads,
			PatientDirectory patients, AttachmentDownloads downloads) {
		this.pools = pools;
		this.conversations = conversations;
		this.writer = writer;
		this.reads = reads;
		this.patients = patients;
		this.downloads = downloads;
	}

	@GetMapping(LIST)
	@PortalPage(MessagesSection.KEY)
	String showMessages(@PathVariable long patientId, @RequestParam(required = false) Integer page,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model) {
		model.addAttribute("rows", this.conversations.portalPage(patientId, ReadMarks.portalReader(user.id()),
				self(user, patientId), Paging.of(page, PAGE_SIZE)));
		return VIEW_LIST;
	}

	@GetMapping(LIST + "/new")
	@PortalPage(MessagesSection.KEY)
	String initMessageForm(@PathVariable long patientId, Model model) {
		model.addAttribute("message", MessageForm.empty());
		return newMessage(model);
	}

	@PostMapping(LIST + "/new")
	@PortalPage(MessagesSection.KEY)
	String processMessageForm(@PathVariable long patientId, @Valid @ModelAttribute("message") MessageForm form,
			BindingResult result, @RequestParam(name = MessageFiles.PART, required = false) List<MultipartFile> files,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		Pool pool = form.poolAmong(this.pools.offered(), result);
		List<Accepted> accepted = MessageFiles.check(files, result);
		if (result.hasErrors()) {
			return newMessage(model);
		}
		long id = this.writer.start(patientId, pool, form.subject(), form.body(), accepted, author(user, patientId),
				MessageKind.PATIENT);
		redirect.addFlashAttribute("messageCode", "messaging.portal.sent");
		return "redirect:" + LIST + "/" + id;
	}

	@GetMapping(CONVERSATION)
	@PortalPage(MessagesSection.KEY)
	String showConversation(@PathVariable long patientId, @PathVariable long conversationId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model) {
		model.addAttribute("reply", ReplyForm.empty());
		return conversation(conversation(patientId, conversationId, user), user, model);
	}

	@PostMapping(CONVERSATION)
	@PortalPage(MessagesSection.KEY)
	String processReplyForm(@PathVariable long patientId, @PathVariable long conversationId,
			@Valid @ModelAttribute("reply") ReplyForm form, BindingResult result,
			@RequestParam(name = MessageFiles.PART, required = false) List<MultipartFile> files,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		Conversation conversation = conversation(patientId, conversationId, user);
		List<Accepted> accepted = MessageFiles.check(files, result);
		if (result.hasErrors()) {
			return conversation(conversation, user, model);
		}
		this.writer.reply(conversation, form.body(), accepted, author(user, patientId), MessageKind.PATIENT);
		redirect.addFlashAttribute("messageCode", "messaging.portal.sent");
		return "redirect:" + CONVERSATION;
	}

	@GetMapping(CONVERSATION + "/attachments/{attachmentId}")
	@PortalPage(MessagesSection.KEY)
	void download(@PathVariable long patientId, @PathVariable long conversationId, @PathVariable long attachmentId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, HttpServletResponse response) {
		this.downloads.send(conversation(patientId, conversationId, user), attachmentId, response, user.actor());
	}

	private Conversation conversation(long patientId, long conversationId, PortalUser user) {
		return this.conversations.findForPortal(patientId, conversationId, self(user, patientId))
			.orElseThrow(NotFoundException::new);
	}

	private String newMessage(Model model) {
		model.addAttribute("pools", this.pools.offered());
		return VIEW_NEW;
	}

	private String conversation(Conversation conversation, PortalUser user, Model model) {
		List<Message> thread = this.conversations.thread(conversation.id(), false);
		model.addAttribute("conversation", conversation);
		model.addAttribute("thread", thread);
		model.addAttribute("pool", this.pools.find(conversation.poolId()).orElseThrow());
		if (!thread.isEmpty()) {
			this.reads.read(conversation, ReadMarks.portalReader(user.id()), thread.get(thread.size() - 1).id(),
					user.actor());
		}
		return VIEW_CONVERSATION;
	}

	/** Who writes: the holder, for the patient when they are a representative. */
	private Author author(PortalUser user, long patientId) {
		String onBehalfOf = self(user, patientId) ? null
				: this.patients.find(patientId).map(PortalMessagesController::fullName).orElse(null);
		return new Author(user.actor(), user.firstName() + " " + user.lastName(), onBehalfOf);
	}

	private static boolean self(PortalUser user, long patientId) {
		return user.grantFor(patientId).map((grant) -> grant.accessType() == AccessType.SELF).orElse(false);
	}

	private static String fullName(PatientSummary patient) {
		return patient.firstName() + " " + patient.lastName();
	}

}
