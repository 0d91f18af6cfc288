package org.clinicportal.audit;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.CsvWriter;
import org.clinicportal.system.Paging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit trail viewer for administrators: filter, page, export. */
@Controller
@RequestMapping("/staff/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final String VIEW_AUDIT = "audit/auditTrail";

	static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	private final AuditTrail trail;

	private final ObjectProvider<PatientReferences> patients;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	AuditController(AuditQueries queries, AuditTrail trail, ObjectProvider<PatientReferences> patients,
			ClinicProperties clinic, MessageSource messages) {
		this.queries = queries;
		this.trail = trail;
		this.patients = patients;
		this.clinic = clinic;
		this.messages = messages;
	}

	@GetMapping
	String showAuditTrail(@ModelAttribute("filter") AuditFilter filter, BindingResult unreadable, Model model) {
		if (unreadable.hasErrors()) {
			model.addAttribute("error", message("audit.unreadableFilter"));
		}
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(this.clinic.zone()));
		Optional<Long> patientId = patientId(filter);
		Paging paging = Paging.of(filter.getPage(), PAGE_SIZE);
		if (filter.hasPatient() && patientId.isEmpty()) {
			model.addAttribute("error", message("audit.unknownPatient", filter.getPatient().strip()));
			model.addAttribute("entries", List.of());
			model.addAttribute("pager", new Paging(0, PAGE_SIZE).rows(List.of()));
			return VIEW_AUDIT;
		}
		Paging.Rows<AuditEntry> entries = this.queries.page(filter, patientId.orElse(null), this.clinic.zone(), paging);
		model.addAttribute("entries", entries.rows());
		model.addAttribute("patientLabels", labels(entries.rows()));
		model.addAttribute("pager", entries);
		return VIEW_AUDIT;
	}

	@GetMapping("/export.csv")
	@Transactional
	void exportCsv(@ModelAttribute("filter") AuditFilter filter, BindingResult unreadable, HttpServletResponse response) throws IOException {
		Optional<Long> patientId = patientId(filter);
		this.trail.recordCoded(AuditAction.AUDIT_EXPORTED, patientId.orElse(null),
				AuditDetail.of("audit.detail.filter", filter));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
		var csv = new CsvWriter(response.getWriter());
		csv.row(Stream.of("id", "time", "user", "action", "patient_id", "detail", "address")
			.map((column) -> message("audit.csv." + column))
			.toArray());
		if (filter.hasPatient() && patientId.isEmpty()) {
			return;
		}
		var time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(this.clinic.zone());
		this.queries.forEach(filter, patientId.orElse(null), this.clinic.zone(),
				(entry) -> csv.row(entry.id(), time.format(entry.occurredAt()), entry.actor(), entry.action(),
						entry.patientId(), entry.detail(), entry.remoteAddress()));
		response.getWriter().flush();
	}

	private Optional<Long> patientId(AuditFilter filter) {
		if (!filter.hasPatient()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.patients.getIfAvailable())
			.flatMap((references) -> references.idOfMrn(filter.getPatient().strip()));
	}

	private Map<Long, String> labels(List<AuditEntry> entries) {
		var ids = entries.stream().map(AuditEntry::patientId).filter(Objects::nonNull).distinct().toList();
		PatientReferences references = this.patients.getIfAvailable();
		return (references == null || ids.isEmpty()) ? Map.of() : references.labels(ids);
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
