package org.clinicportal.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.clinicportal.messaging.AttachmentRules.Accepted;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A conversation as staff of its pool see it: the thread with internal notes and files, Reply,
 * Internal note, and the actions of {@link ConversationActionsController}. Opening it counts as
 * reading it, audited once per staff user and message.
 */
@Controller
@PreAuthorize(InboxController.STAFF)
class StaffConversationController {

	static final String VIEW = "messaging/conversation";

	static final String ADDRESS = "/staff/messages/{conversationId}";

	private final PoolAccess access;

	private final Pools pools;

	private final ConversationQueries conversations;

	private final Conversations writer;

	private final ReadMarks reads;

	private final PatientDirectory patients;

	private final StaffDirectory staff;

	private final AttachmentDownloads downloads;

	private final ReplyTime replyTime;

	StaffConversationController(PoolAccess access, Pools pools, ConversationQueries conversations,
			Conversations writer, ReadMarks reads, PatientDirectory patients, StaffDirectory staff,
			AttachmentDownloads downloads, ReplyTime replyTime) {
		this.access = access;
		this.pools = pools;
		this.conversations = conversations;
		this.writer = writer;
		this.reads = reads;
		this.patients = patients;
		this.staff = staff;
		this.downloads = downloads;
		this.replyTime = replyTime;
	}

	@GetMapping(ADDRESS)
	String showConversation(@PathVariable long conversationId, Authentication authentication, Model model) {
		StaffMember member = this.access.staff(authentication);
		Conversation conversation = this.access.conversation(conversationId, member);
		model.addAttribute("reply", ReplyForm.empty());
		model.addAttribute("note", ReplyForm.empty());
		return page(conversation, member, model);
	}

	@PostMapping(ADDRESS + "/reply")
	String processReplyForm(@PathVariable long conversationId, @Valid @ModelAttribute("reply") ReplyForm form,
			BindingResult result, @RequestParam(name = MessageFiles.PART, required = false) List<MultipartFile> files,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember member = this.access.staff(authentication);
		Conversation conversation = this.access.conversation(conversationId, member);
		List<Accepted> accepted = MessageFiles.check(files, result);
		if (result.hasErrors()) {
			model.addAttribute("note", ReplyForm.empty());
			return page(conversation, member, model);
		}
		this.writer.reply(conversation, form.body(), accepted, PoolAccess.author(member), MessageKind.CLINIC);
		redirect.addFlashAttribute("messageCode", "messaging.reply.sent");
		return "redirect:" + ADDRESS;
	}

	@PostMapping(ADDRESS + "/note")
	String processNoteForm(@PathVariable long conversationId, @Valid @ModelAttribute("note") ReplyForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember member = this.access.staff(authentication);
		Conversation conversation = this.access.conversation(conversationId, member);
		if (result.hasErrors()) {
			model.addAttribute("reply", ReplyForm.empty());
			return page(conversation, member, model);
		}
		this.writer.note(conversation, form.body(), PoolAccess.author(member));
		redirect.addFlashAttribute("messageCode", "messaging.note.added");
		return "redirect:" + ADDRESS;
	}

	@GetMapping(ADDRESS + "/attachments/{attachmentId}")
	void download(@PathVariable long conversationId, @PathVariable long attachmentId, Authentication authentication,
			HttpServletResponse response) {
		Conversation conversation = this.access.conversation(conversationId, this.access.staff(authentication));
		this.downloads.send(conversation, attachmentId, response, null);
	}

	private String page(Conversation conversation, StaffMember member, Model model) {
		List<Message> thread = this.conversations.thread(conversation.id(), true);
		model.addAttribute("conversation", conversation);
		model.addAttribute("thread", thread);
		model.addAttribute("pool", this.pools.find(conversation.poolId()).orElseThrow());
		model.addAttribute("patient", this.patients.find(conversation.patientId()).orElseThrow(NotFoundException::new));
		model.addAttribute("members", this.pools.members(conversation.poolId())
			.stream()
			.map(this.staff::byId)
			.flatMap(Optional::stream)
			.filter(StaffMember::enabled)
			.sorted(Comparator.comparing(StaffMember::fullName))
			.toList());
		model.addAttribute("overdue", conversation.overdue(this.replyTime.overdueCutoff()));
		if (!thread.isEmpty()) {
			this.reads.read(conversation, ReadMarks.staffReader(member.id()), thread.get(thread.size() - 1).id(),
					member.username());
		}
		return VIEW;
	}

}
