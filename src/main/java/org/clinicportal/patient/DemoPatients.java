package org.clinicportal.patient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.DemoClinic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo clinic's fictional patients (demo/patients.csv) into an empty database. */
@Component
@Order(20)
class DemoPatients implements ApplicationRunner {

	static final String FILE = "demo/patients.csv";

	private final PatientRepository repository;

	private final Patients patients;

	private final StaffDirectory staff;

	private final DemoClinic demo;

	DemoPatients(PatientRepository repository, Patients patients, StaffDirectory staff, DemoClinic demo) {
		this.repository = repository;
		this.patients = patients;
		this.staff = staff;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || this.repository.count() > 0) {
			return;
		}
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter((line) -> !line.isBlank()).forEach(this::seed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void seed(String line) {
		String[] f = line.split(",", -1);
		var demographics = new Demographics(f[0], f[1], blank(f[2]), LocalDate.parse(f[3]), Sex.valueOf(f[4]),
				blank(f[5]), blank(f[6]), blank(f[7]), null, blank(f[8]), blank(f[9]), blank(f[10]), f[11]);
		Set<Long> clinician = this.staff.byUsername(f[12]).map(StaffMember::id).map(Set::of).orElse(Set.of());
		this.patients.create(demographics, clinician);
	}

	private static String blank(String value) {
		return value.isBlank() ? null : value;
	}

}
