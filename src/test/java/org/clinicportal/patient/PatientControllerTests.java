package org.clinicportal.patient;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PatientControllerTests {

	private static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PatientRepository patients;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PatientNameFolds folds;

	@Test
	void patientListHasSearchBoxAndIsPaged() throws Exception {
		this.mvc.perform(get("/staff/patients").with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"q\">Search</label>")))
			.andExpect(content().string(containsString("Page 1 of")))
			.andExpect(content().string(containsString("New Patient")));
		this.mvc.perform(get("/staff/patients").param("page", "1").with(FRONT_DESK))
			.andExpect(content().string(containsString("Page 2 of")));
		String pastTheEnd = this.mvc.perform(get("/staff/patients").param("page", "99999").with(FRONT_DESK))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pastTheEnd).doesNotContain("No patients match", "Page 100,000", ">Next</a>").containsPattern("Page (\\d+) of \\1 ");
		for (String farPastTheEnd : new String[] { "200000000", String.valueOf(Integer.MAX_VALUE) }) {
			this.mvc.perform(get("/staff/patients").param("page", farPastTheEnd).with(FRONT_DESK))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">Previous</a>")));
		}
	}

	@Test
	void searchByLastNameFindsTheFamilyOnly() throws Exception {
		this.mvc.perform(get("/staff/patients").param("q", "rIVer").with(FRONT_DESK))
			.andExpect(content().string(containsString("Rivera, Sofia")))
			.andExpect(content().string(containsString("Rivera, Mateo")))
			.andExpect(content().string(not(containsString("Nguyen"))));
	}

	@Test
	void datesOfBirthAreFoundAsTheStaffMembersLanguageWritesThem() throws Exception {
		this.mvc.perform(get("/staff/patients").param("q", "6/21/2013").with(FRONT_DESK).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Rivera, Sofia")));
		this.mvc.perform(get("/staff/patients").param("q", "21/6/2013").with(FRONT_DESK).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(content().string(containsString("Rivera, Sofia")));
		this.mvc.perform(get("/staff/patients").param("q", "21/6/2013").with(FRONT_DESK).header("Accept-Language", "en"))
			.andExpect(content().string(not(containsString("Rivera, Sofia"))));
	}

	@Test
	void namesAreFoundWithoutTheirAccentsAndPunctuation() throws Exception {
		this.mvc.perform(newPatientForm("Zoë", "O'Neil-Ünal", "1990-04-05", "FEMALE", "en")).andExpect(status().isFound());
		for (String query : new String[] { "zoe", "oneil", "O'Neil", "oneilun", "Zoë", "oneil, zoe", "zoe o'neil" }) {
			this.mvc.perform(get("/staff/patients").param("q", query).with(FRONT_DESK))
				.andExpect(content().string(containsString("O&#39;Neil-Ünal, Zoë")));
		}
	}

	@Test
	void patientsWrittenWithoutFoldedNamesGetThemAtStart() throws Exception {
		long id = 900_000_000L + System.nanoTime() % 1_000_000;
		this.jdbc.sql("INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, preferred_language,"
				+ " created_at, updated_at, version) VALUES (?, ?, 'Renée', 'Léger', DATE '1980-01-02', 'FEMALE', 'en',"
				+ " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
			.params(id, "9" + id)
			.update();
		this.folds.fillIn();
		assertThat(this.jdbc.sql("SELECT last_name_fold FROM patient WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("leger");
		this.mvc.perform(get("/staff/patients").param("q", "leger renee").with(FRONT_DESK))
			.andExpect(content().string(containsString("Léger, Renée")));
	}

	@Test
	void searchByFirstAndLastNameInEitherOrder() throws Exception {
		this.mvc.perform(get("/staff/patients").param("q", "Sofia Rivera").with(FRONT_DESK))
			.andExpect(content().string(containsString("Rivera, Sofia")))
			.andExpect(content().string(not(containsString("Rivera, Mateo"))));
		this.mvc.perform(get("/staff/patients").param("q", "Rivera, Mat").with(FRONT_DESK))
			.andExpect(content().string(containsString("Rivera, Mateo")))
			.andExpect(content().string(not(containsString("Rivera, Sofia"))));
	}

	@Test
	void searchByMrnAndByDateOfBirth() throws Exception {
		Patient sofia = sofia();
		this.mvc.perform(get("/staff/patients").param("q", sofia.getMrn()).with(FRONT_DESK))
			.andExpect(content().string(containsString("Rivera, Sofia")))
			.andExpect(content().string(not(containsString("Nguyen"))));
		this.mvc.perform(get("/staff/patients").param("q", "6/21/2013").with(FRONT_DESK))
			.andExpect(content().string(containsString("Rivera, Sofia")))
			.andExpect(content().string(not(containsString("Rivera, Mateo"))));
	}

	@Test
	void searchWithNoMatchSaysSo() throws Exception {
		this.mvc.perform(get("/staff/patients").param("q", "zzz%_").with(FRONT_DESK))
			.andExpect(content().string(containsString("No patients match your search.")));
	}

	@Test
	void processCreationFormCreatesPatientWithMrnAndAuditsIt() throws Exception {
		this.mvc
			.perform(newPatientForm("Quinn", "Creationtest", "1990-02-03", "OTHER", "es")
				.param("email", "quinn@example.org"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/staff/patients/*"));
		Patient quinn = this.patients.findAll()
			.stream()
			.filter((p) -> p.getLastName().equals("Creationtest"))
			.findFirst()
			.orElseThrow();
		assertThat(quinn.getMrn()).matches("\\d{7}");
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.isEqualTo("PATIENT_CREATED frontdesk " + quinn.getId() + " MRN " + quinn.getMrn());
	}

	@Test
	void newPatientFormMakesStaffChooseTheSex() throws Exception {
		this.mvc.perform(get("/staff/patients/new").with(FRONT_DESK))
			.andExpect(content().string(containsString("<option value=\"\">Choose…</option>")));
		this.mvc.perform(newPatientForm("Ira", "Unchosen", "2001-02-03", "", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sex-error\">Please fill this in.")));
	}

	@Test
	void processCreationFormHasErrors() throws Exception {
		this.mvc
			.perform(newPatientForm("", "Doe", "31/31/2020", "FEMALE", "klingon")
				.param("email", "not-an-email")
				.param("phone", "call me"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Please enter a date such as 6/21/2013 or 2013-06-21.")))
			.andExpect(content().string(containsString("Please enter an email address such as name@example.org.")))
			.andExpect(content().string(containsString("Please enter a phone number")))
			.andExpect(content().string(containsString("Please choose a language from the list.")));
	}

	@Test
	void processCreationFormRefusesFutureAndAncientBirthDates() throws Exception {
		this.mvc
			.perform(newPatientForm("Future", "Baby", "2999-01-01", "FEMALE", "en"))
			.andExpect(content().string(containsString("Please enter a date that is not in the future.")));
		this.mvc
			.perform(newPatientForm("Old", "Timer", "1850-01-01", "MALE", "en"))
			.andExpect(content().string(containsString("Please enter a date of birth after 1900.")));
	}

	@Test
	void dashboardHasPatientPortalPanelWithConfigureAccountAtTheTop() throws Exception {
		Patient sofia = sofia();
		String page = this.mvc.perform(get("/staff/patients/" + sofia.getId()).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Patient Portal", "Configure Account",
				"href=\"/staff/patients/" + sofia.getId() + "/portal-account\"", sofia.getMrn());
		assertThat(page.indexOf("Configure Account")).isLessThan(page.indexOf("Summary"));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.isEqualTo("PATIENT_VIEWED frontdesk " + sofia.getId() + " dashboard");
	}

	@Test
	void dashboardListsThePortalAccountsThatReachThePatient() throws Exception {
		Patient sofia = sofia();
		long account = new PortalTestAccounts(this.context).create("dashboard-rep@example.org",
				"quiet harbor lantern meadow", false, sofia.getId(), AccessType.AUTHORIZED_REP);
		String page = this.mvc.perform(get("/staff/patients/" + sofia.getId()).with(FRONT_DESK))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">dashboard-rep@example.org</a>", "Authorized Rep",
				"href=\"/staff/patients/" + sofia.getId() + "/portal-account?account=" + account + "\"");
		assertThat(page).doesNotContain("No portal account yet");
	}

	@Test
	void unknownOrMalformedPatientIdIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/patients/999999").with(FRONT_DESK)).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/patients/abc").with(FRONT_DESK)).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/patients/999999/demographics").with(FRONT_DESK)).andExpect(status().isNotFound());
	}

	@Test
	void demographicsHasStaffAssignmentsAndPatientPortalAccountButtonsBottomRight() throws Exception {
		Patient sofia = sofia();
		String page = this.mvc.perform(get("/staff/patients/" + sofia.getId() + "/demographics").with(FRONT_DESK))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int buttons = page.indexOf("class=\"bottom-right\"");
		assertThat(buttons).isPositive();
		assertThat(page.indexOf(">Staff Assignments<", buttons)).isPositive()
			.isLessThan(page.indexOf(">Patient Portal Account<", buttons));
	}

	@Test
	void processUpdateFormSavesAndAuditsWhichFieldsChanged() throws Exception {
		Patient patient = newPatient("Updatetest");
		this.mvc.perform(update(patient, patient.getVersion()).param("phone", "(555) 000-1111"))
			.andExpect(status().isFound());
		assertThat(this.patients.findById(patient.getId()).orElseThrow().getPhone()).isEqualTo("(555) 000-1111");
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.isEqualTo("PATIENT_UPDATED frontdesk " + patient.getId() + " changed: phone");
	}

	@Test
	void processUpdateFormWithStaleVersionGetsConflictAndNothingIsOverwritten() throws Exception {
		Patient patient = newPatient("Conflicttest");
		this.mvc.perform(update(patient, patient.getVersion()).param("phone", "(555) 000-2222"))
			.andExpect(status().isFound());
		this.mvc.perform(update(patient, patient.getVersion()).param("phone", "(555) 999-9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.patients.findById(patient.getId()).orElseThrow().getPhone()).isEqualTo("(555) 000-2222");
	}

	@Test
	void staffAssignmentsAreSavedAndAudited() throws Exception {
		Patient patient = newPatient("Assigntest");
		String page = this.mvc.perform(get("/staff/patients/" + patient.getId() + "/staff-assignments").with(FRONT_DESK))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Dr. Casey Lin", "Dr. Morgan Reyes").doesNotContain("Fran Desmond");
		long clinician = this.jdbc.sql("SELECT id FROM staff_user WHERE username = 'clinician'").query(Long.class).single();
		this.mvc
			.perform(post("/staff/patients/" + patient.getId() + "/staff-assignments").with(FRONT_DESK).with(csrf())
				.param("staffIds", String.valueOf(clinician))
				.param("version", String.valueOf(patient.getVersion())))
			.andExpect(status().isFound());
		this.mvc.perform(get("/staff/patients/" + patient.getId()).with(FRONT_DESK))
			.andExpect(content().string(containsString("Dr. Casey Lin")));
		assertThat(new AuditRecords(this.jdbc).latest(2))
			.contains("STAFF_ASSIGNMENT_CHANGED frontdesk " + patient.getId() + " [] -> [clinician]");
	}

	private Patient sofia() {
		return this.patients.findAll()
			.stream()
			.filter((p) -> p.getFirstName().equals("Sofia") && p.getLastName().equals("Rivera"))
			.findFirst()
			.orElseThrow();
	}

	private Patient newPatient(String lastName) throws Exception {
		this.mvc.perform(newPatientForm("Pat", lastName, "1980-01-01", "UNKNOWN", "en")).andExpect(status().isFound());
		return this.patients.findAll().stream().filter((p) -> p.getLastName().equals(lastName)).findFirst().orElseThrow();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder update(Patient patient,
			long version) {
		return post("/staff/patients/" + patient.getId() + "/demographics").with(FRONT_DESK).with(csrf())
			.param("firstName", patient.getFirstName())
			.param("lastName", patient.getLastName())
			.param("dateOfBirth", patient.getDateOfBirth().toString())
			.param("sex", patient.getSex().name())
			.param("preferredLanguage", patient.getPreferredLanguage())
			.param("version", String.valueOf(version));
	}

	/** Front desk's New Patient form with these fields; add others with {@code param}. */
	private static MockHttpServletRequestBuilder newPatientForm(String firstName, String lastName, String dateOfBirth,
			String sex, String language) {
		return post("/staff/patients/new").with(FRONT_DESK)
			.with(csrf())
			.param("firstName", firstName)
			.param("lastName", lastName)
			.param("dateOfBirth", dateOfBirth)
			.param("sex", sex)
			.param("preferredLanguage", language);
	}

}
