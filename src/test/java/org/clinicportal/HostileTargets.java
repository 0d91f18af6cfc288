package org.clinicportal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalSection;
import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.appointment.AppointmentTargets;
import org.clinicportal.form.Answers;
import org.clinicportal.form.FormCatalogue;
import org.clinicportal.form.FormItem;
import org.clinicportal.form.FormRequests;
import org.clinicportal.form.FormResponses;
import org.clinicportal.form.ItemType;
import org.clinicportal.form.RequestedForm;
import org.clinicportal.form.Respondent;
import org.clinicportal.portal.PortalMvc;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Records of their own for {@link HostileInputTests}, so that handlers find what an address names and
 * run to the end, and whatever hostile input changes touches nothing other tests rely on: a patient
 * with a portal account signed in with every section, a second account for the staff pages, form
 * requests open and completed, a submitted response, a proposed profile change, a staff user, an email
 * in the Dev Mailbox, a finished bulk job, a conversation with a file ({@link HostileMessages}), and a
 * clinician with a booked visit, a request and a day off.
 */
final class HostileTargets {

	/**
	 * An administrator who also holds every other staff role, so that every staff handler runs; a name
	 * of its own, so that hostile current passwords lock no staff user other tests sign in as.
	 */
	static final RequestPostProcessor STAFF = user("hostile-admin").roles("ADMIN", "CLINICIAN", "FRONT_DESK");

	private static final String PASSWORD = "hostile input harbour lantern";

	/** The open form request's form: it has a question of every type. */
	private static final String OPEN_FORM = "adult-intake";

	final long patient;

	final long staffAccount;

	final long openRequest;

	final long completedRequest;

	/** The patient's request to add someone (representative module). */
	final long representativeRequest;

	final long response;

	final long profileChange;

	final long staffUser;

	final long email;

	final String job;

	final HostileMessages messages;

	final Cookie portal;

	/** A booked visit, a pending request, their type, a clinician and a day off, by path variable. */
	final Map<String, Long> appointments;

	private final FormCatalogue catalogue;

	HostileTargets(MockMvc mvc, ApplicationContext context) throws Exception {
		this.catalogue = context.getBean(FormCatalogue.class);
		var jdbc = context.getBean(JdbcClient.class);
		var accounts = new PortalTestAccounts(context);
		String name = "Hostile" + UUID.randomUUID().toString().substring(0, 8);
		this.patient = patient(mvc, jdbc, name);
		String holder = PortalMvc.username();
		String[] everySection = context.getBean(PortalSections.class)
			.all()
			.stream()
			.map(PortalSection::key)
			.toArray(String[]::new);
		accounts.create(holder, PASSWORD, false, this.patient, AccessType.SELF, everySection);
		this.staffAccount = accounts.create(PortalMvc.username(), PASSWORD, false, this.patient,
				AccessType.AUTHORIZED_REP, everySection);
		this.portal = PortalMvc.signIn(mvc, holder, PASSWORD);
		assertThat(this.portal).as("portal session of the hostile input tests").isNotNull();
		var requests = context.getBean(FormRequests.class);
		this.openRequest = requests.request(this.patient, List.of(OPEN_FORM), LocalDate.now().plusDays(7), null)
			.requestIds()
			.get(0);
		this.completedRequest = requests.request(this.patient, List.of("gad-7"), null, null).requestIds().get(0);
		this.response = submitted(context.getBean(FormResponses.class), requests);
		mvc.perform(post("/portal/patients/{p}/profile", this.patient).with(csrf()).cookie(this.portal)
			.param("city", "Hostile Springs"));
		mvc.perform(post("/portal/patients/{p}/representatives/ask", this.patient).with(csrf()).cookie(this.portal)
			.param("firstName", "Hugo")
			.param("lastName", "Hostile")
			.param("email", "hugo.hostile@example.org")
			.param("relationship", "OTHER_CAREGIVER")
			.param("sections", "PROFILE"));
		this.representativeRequest = jdbc.sql("SELECT id FROM representative_request WHERE patient_id = ?")
			.param(this.patient)
			.query(Long.class)
			.single();
		this.profileChange = jdbc.sql("SELECT id FROM profile_change WHERE pending_patient_id = ?")
			.param(this.patient)
			.query(Long.class)
			.single();
		String staffUrl = mvc.perform(post("/staff/users/new").with(STAFF).with(csrf())
			.param("username", name.toLowerCase())
			.param("fullName", "Hal Hostile")
			.param("roles", "FRONT_DESK")).andReturn().getResponse().getRedirectedUrl();
		this.staffUser = Long.parseLong(staffUrl.substring(staffUrl.lastIndexOf('/') + 1));
		String clinicianUrl = mvc.perform(post("/staff/users/new").with(STAFF).with(csrf())
			.param("username", name.toLowerCase() + "-clinician")
			.param("fullName", "Dr. Hostile")
			.param("roles", "CLINICIAN")).andReturn().getResponse().getRedirectedUrl();
		this.appointments = AppointmentTargets.make(context, this.patient,
				Long.parseLong(clinicianUrl.substring(clinicianUrl.lastIndexOf('/') + 1)));
		this.email = mailboxEmail(jdbc, holder);
		this.job = UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO bulk_job (id, action, total, done, changed, status, started_by, created_at, finished_at) "
				+ "VALUES (?, 'DISABLE', 1, 1, 0, 'DONE', 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.param(this.job)
			.update();
		this.messages = new HostileMessages(mvc, jdbc, this.patient, this.portal);
	}

	/** The session of the portal account holder, or nothing outside the portal. */
	Cookie portalSession(String pattern) {
		return pattern.startsWith("/portal") ? this.portal : null;
	}

	/** What a page is opened with to show a form filled in: the setup form with the staff pages' account. */
	Map<String, String> pageParams() {
		return Map.of("account", String.valueOf(this.staffAccount));
	}

	/**
	 * The parameters a handler that takes them all in a map reads: the answers of the open form, each
	 * question's as {@code a.<linkId>} and a typed choice's as {@code a.<linkId>.other}.
	 */
	List<String> anyParameters(String pattern) {
		if (!pattern.equals("/portal/patients/{patientId}/forms/{requestId}")) {
			throw new AssertionError(pattern + " takes any parameter: name those it reads in HostileTargets");
		}
		return this.catalogue.find(OPEN_FORM)
			.orElseThrow()
			.items()
			.stream()
			.filter(FormItem::asked)
			.flatMap((item) -> (item.type() == ItemType.OPEN_CHOICE)
					? Stream.of("a." + item.linkId(), "a." + item.linkId() + ".other") : Stream.of("a." + item.linkId()))
			.toList();
	}

	/** A value for a path variable that names one of these records. */
	String pathValue(String pattern, String variable) {
		Object value = switch (variable) {
			case "patientId" -> this.patient;
			case "accountId" -> this.staffAccount;
			case "requestId" -> pattern.contains("/representative-requests/") ? this.representativeRequest
					: pattern.endsWith("/copy") ? this.completedRequest : this.openRequest;
			case "responseId" -> this.response;
			case "changeId" -> this.profileChange;
			case "jobId" -> this.job;
			case "conversationId" -> this.messages.conversation;
			case "attachmentId" -> this.messages.attachment;
			case "poolId" -> this.messages.pool;
			case "id" -> idIn(pattern);
			default -> this.appointments.get(variable);
		};
		if (value == null) {
			throw new AssertionError("No record for {" + variable + "} of " + pattern + ": add one to HostileTargets");
		}
		return String.valueOf(value);
	}

	private Object idIn(String pattern) {
		// a passkey id names no passkey of the hostile holders: removing it is refused quietly
		Map<String, Object> byAddress = Map.of("/staff/patients/", this.patient, "/staff/users/", this.staffUser,
				"/staff/outbox/", this.email, "/staff/mailbox/", this.email, "/portal/security/passkeys/", "bm8tc3VjaC1rZXk",
				"/staff/security/passkeys/", "bm8tc3VjaC1rZXk");
		return byAddress.entrySet()
			.stream()
			.filter((entry) -> pattern.startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static long patient(MockMvc mvc, JdbcClient jdbc, String lastName) throws Exception {
		mvc.perform(post("/staff/patients/new").with(STAFF).with(csrf())
			.param("firstName", "Hana")
			.param("lastName", lastName)
			.param("dateOfBirth", "1980-04-05")
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en"));
		return jdbc.sql("SELECT id FROM patient WHERE last_name = ?").param(lastName).query(Long.class).single();
	}

	private long submitted(FormResponses responses, FormRequests requests) {
		var respondent = new Respondent("portal:hostile", "Hana Hostile", false);
		RequestedForm request = requests.find(this.patient, this.completedRequest).orElseThrow();
		var answers = new java.util.HashMap<String, String>();
		for (int i = 1; i <= 7; i++) {
			answers.put("gad7-" + i, "LA6570-1");
		}
		assertThat(responses.saveDraft(request, new Answers(answers), respondent)).isEmpty();
		assertThat(responses.submit(requests.find(this.patient, this.completedRequest).orElseThrow(), respondent))
			.isEmpty();
		return requests.find(this.patient, this.completedRequest).orElseThrow().response().id();
	}

	/** The email telling the holder about the forms, once the dispatcher has put it in the Dev Mailbox. */
	private static long mailboxEmail(JdbcClient jdbc, String recipient) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			List<Long> ids = jdbc.sql("SELECT id FROM outbox_email WHERE recipient = ? AND transport = 'MAILBOX'")
				.param(recipient)
				.query(Long.class)
				.list();
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no email to " + recipient + " reached the Dev Mailbox");
	}

}
