package org.clinicportal.messaging;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.clinicportal.messaging.AttachmentRules.Accepted;
import org.clinicportal.patient.PatientMatches;
import org.clinicportal.system.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What messaging needs of its database, on every database the clinic may run: the inbox's lists and
 * searches in their order and pages, the portal's list with unread marks, read marks that count a
 * first reading once, attachments streamed in chunks, and a digest hour sent by one node only.
 */
abstract class MessagingContractTests {

	private static final Author PATIENT = new Author("portal:contract", "Pat Contract", null);

	private static final Author STAFF = new Author("admin", "Ada Admin", null);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Pools pools;

	@Autowired
	private Conversations conversations;

	@Autowired
	private ConversationActions actions;

	@Autowired
	private ConversationQueries queries;

	@Autowired
	private InboxQueries inbox;

	@Autowired
	private ReadMarks reads;

	@Autowired
	private Attachments attachments;

	@Autowired
	private MessageDigest digest;

	@Autowired
	private PatientMatches matches;

	private MessagingFixtures fixtures;

	private Pool pool;

	@BeforeEach
	void setUp() {
		this.fixtures = new MessagingFixtures(this.mvc, this.context);
		String name = MessagingFixtures.unique("Contract pool");
		this.pool = this.pools.find(this.pools.create(name, null)).orElseThrow();
	}

	@Test
	void eachInboxListIsNewestFirstAndItsPagesNeitherOverlapNorSkip() throws Exception {
		long patient = this.fixtures.patient("Paging");
		List<Long> started = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			started.add(start(patient, "Question " + i, PATIENT, MessageKind.PATIENT));
		}
		long answered = start(patient, "Answered", STAFF, MessageKind.CLINIC);
		Paging.Rows<Conversation> first = this.inbox.page(this.pool.id(), InboxFilter.WAITING_CLINIC, 0, Instant.now(),
				new Paging(0, 4));
		Paging.Rows<Conversation> second = this.inbox.page(this.pool.id(), InboxFilter.WAITING_CLINIC, 0, Instant.now(),
				new Paging(1, 4));
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		List<Long> both = new ArrayList<>(first.rows().stream().map(Conversation::id).toList());
		both.addAll(second.rows().stream().map(Conversation::id).toList());
		java.util.Collections.reverse(started);
		assertThat(both).containsExactlyElementsOf(started);
		assertThat(ids(this.inbox.page(this.pool.id(), InboxFilter.WAITING_PATIENT, 0, Instant.now(), new Paging(0, 10))))
			.containsExactly(answered);
		this.actions.close(this.queries.find(answered).orElseThrow());
		assertThat(ids(this.inbox.page(this.pool.id(), InboxFilter.CLOSED, 0, Instant.now(), new Paging(0, 10))))
			.containsExactly(answered);
	}

	@Test
	void overdueListsThoseWaitingLongerThanTheCutoffLongestFirstAndMineTheOpenOnesAssigned() throws Exception {
		long patient = this.fixtures.patient("Overdue");
		long recent = start(patient, "Recent", PATIENT, MessageKind.PATIENT);
		long old = start(patient, "Old", PATIENT, MessageKind.PATIENT);
		long older = start(patient, "Older", PATIENT, MessageKind.PATIENT);
		Instant now = Instant.now();
		waitingSince(old, now.minus(3, ChronoUnit.DAYS));
		waitingSince(older, now.minus(5, ChronoUnit.DAYS));
		Instant cutoff = now.minus(2, ChronoUnit.DAYS);
		assertThat(ids(this.inbox.page(this.pool.id(), InboxFilter.OVERDUE, 0, cutoff, new Paging(0, 10))))
			.containsExactly(older, old);
		long admin = this.jdbc.sql("SELECT id FROM staff_user WHERE username = 'admin'").query(Long.class).single();
		this.actions.assign(this.queries.find(recent).orElseThrow(), admin);
		this.actions.assign(this.queries.find(old).orElseThrow(), admin);
		this.actions.close(this.queries.find(old).orElseThrow());
		assertThat(ids(this.inbox.page(this.pool.id(), InboxFilter.MINE, admin, cutoff, new Paging(0, 10))))
			.containsExactly(recent);
	}

	@Test
	void searchBySubjectFindsEveryWordFoldedWithinThePool() throws Exception {
		long patient = this.fixtures.patient("Subject");
		long refill = start(patient, "Médication refill for June", PATIENT, MessageKind.PATIENT);
		long other = start(patient, "Medication side effects", PATIENT, MessageKind.PATIENT);
		assertThat(ids(this.inbox.withWords(this.pool.id(), SubjectWords.of("MEDICATION"), new Paging(0, 10))))
			.containsExactly(other, refill);
		assertThat(ids(this.inbox.withWords(this.pool.id(), SubjectWords.of("refill medication"), new Paging(0, 10))))
			.containsExactly(refill);
		long elsewhere = this.pools.create(MessagingFixtures.unique("Elsewhere"), null);
		assertThat(ids(this.inbox.withWords(elsewhere, SubjectWords.of("medication"), new Paging(0, 10)))).isEmpty();
	}

	@Test
	void searchByPatientFindsTheirConversationsByNamePrefixBothNamesOrMrn() throws Exception {
		long patient = this.fixtures.patient("Zelda");
		long conversation = start(patient, "Hello", PATIENT, MessageKind.PATIENT);
		String last = this.fixtures.lastName(patient);
		String mrn = this.jdbc.sql("SELECT mrn FROM patient WHERE id = ?").param(patient).query(String.class).single();
		for (String query : new String[] { last.substring(0, 7), "zelda " + last, last + ", Zel", mrn }) {
			assertThat(this.matches.ids(query, 500)).as(query).contains(patient);
		}
		assertThat(ids(this.inbox.ofPatients(this.pool.id(), this.matches.ids(last, 500), new Paging(0, 10))))
			.containsExactly(conversation);
		assertThat(this.matches.ids("%", 500)).doesNotContain(patient);
	}

	@Test
	void theFirstReadingOfNewMessagesCountsOnceEvenWhenTwoRequestsReadAtOnce() throws Exception {
		long patient = this.fixtures.patient("Reader");
		long id = start(patient, "Read me", STAFF, MessageKind.CLINIC);
		Conversation conversation = this.queries.find(id).orElseThrow();
		long last = this.queries.thread(id, false).get(0).id();
		String reader = ReadMarks.portalReader(424242);
		assertThat(this.queries.unread(patient, reader, true)).isEqualTo(1);
		var first = CompletableFuture.supplyAsync(() -> this.reads.read(conversation, reader, last, "portal:reader"));
		var second = CompletableFuture.supplyAsync(() -> this.reads.read(conversation, reader, last, "portal:reader"));
		assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
		assertThat(this.reads.read(conversation, reader, last, "portal:reader")).isFalse();
		assertThat(this.queries.unread(patient, reader, true)).isZero();
		assertThat(this.queries.portalPage(patient, reader, true, new Paging(0, 10)).rows())
			.singleElement()
			.satisfies((row) -> assertThat(row.unread()).isFalse());
	}

	@Test
	void aConversationMarkedPatientOnlyIsLeftOutOfARepresentativesListAndCount() throws Exception {
		long patient = this.fixtures.patient("Hidden");
		long id = start(patient, "Only for the patient", STAFF, MessageKind.CLINIC);
		this.actions.patientOnly(this.queries.find(id).orElseThrow(), true);
		assertThat(this.queries.portalPage(patient, "portal:1", false, new Paging(0, 10)).rows()).isEmpty();
		assertThat(this.queries.unread(patient, "portal:1", false)).isZero();
		assertThat(this.queries.findForPortal(patient, id, false)).isEmpty();
		assertThat(this.queries.findForPortal(patient, id, true)).isPresent();
	}

	@Test
	void anAttachmentIsStoredInChunksAndReadBackExactly() throws Exception {
		long patient = this.fixtures.patient("Files");
		byte[] content = new byte[Attachments.CHUNK * 2 + 12345];
		new Random(7).nextBytes(content);
		System.arraycopy(AttachmentRulesTests.PDF, 0, content, 0, AttachmentRulesTests.PDF.length);
		var file = new Accepted("scan.pdf", content.length, AttachmentType.PDF,
				new Upload("scan.pdf", content.length, new ByteArrayResource(content)));
		long id = this.conversations.start(patient, this.pool, "With a file", "See attached", List.of(file), PATIENT,
				MessageKind.PATIENT);
		AttachmentInfo stored = this.queries.thread(id, false).get(0).attachments().get(0);
		assertThat(stored.chunks()).isEqualTo(3);
		var out = new ByteArrayOutputStream();
		this.attachments.copy(stored, out);
		assertThat(out.toByteArray()).isEqualTo(content);
	}

	@Test
	void anHourOfTheDigestIsSentByOneOfTwoNodesAtOnce() throws Exception {
		// an hour of its own, which the scheduled digest never reaches
		Instant hour = Instant.parse("2001-01-01T00:00:00Z").plus(new Random().nextInt(100_000), ChronoUnit.HOURS);
		var first = CompletableFuture.supplyAsync(() -> this.digest.send(hour));
		var second = CompletableFuture.supplyAsync(() -> this.digest.send(hour));
		assertThat(List.of(first.get(), second.get())).filteredOn((sent) -> sent >= 0).hasSize(1);
		assertThat(this.digest.send(hour)).isEqualTo(-1);
	}

	/** A new conversation of a new patient, with one message from the clinic and one attachment; returns its message. */
	long sentMessage() throws Exception {
		long patient = this.fixtures.patient("Immutable");
		var file = new Accepted("a.png", AttachmentRulesTests.PNG.length, AttachmentType.PNG,
				new Upload("a.png", AttachmentRulesTests.PNG.length, new ByteArrayResource(AttachmentRulesTests.PNG)));
		long id = this.conversations.start(patient, this.pool, "Fixed", "Never changes", List.of(file), STAFF,
				MessageKind.CLINIC);
		return this.queries.thread(id, true).get(0).id();
	}

	private long start(long patient, String subject, Author author, MessageKind kind) {
		return this.conversations.start(patient, this.pool, subject, "Text of " + subject, List.of(), author, kind);
	}

	private void waitingSince(long conversation, Instant since) {
		this.jdbc.sql("UPDATE conversation SET waiting_since = ? WHERE id = ?")
			.params(OffsetDateTime.ofInstant(since, ZoneOffset.UTC), conversation)
			.update();
	}

	private static List<Long> ids(Paging.Rows<Conversation> rows) {
		return rows.rows().stream().map(Conversation::id).toList();
	}

}
