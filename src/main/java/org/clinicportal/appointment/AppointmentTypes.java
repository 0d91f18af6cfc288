package org.clinicportal.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The appointment types administrators set up: name, length, in person or video, colour, forms before visits. */
@Service
@Transactional
class AppointmentTypes {

	private static final String SELECT = """
			SELECT id, name, minutes, telehealth, colour, forms, forms_days_before, active, version FROM appointment_type
			""";

	private static final String INSERT = """
			INSERT INTO appointment_type (name, name_key, minutes, telehealth, colour, forms, forms_days_before, active, version)
			VALUES (:name, :key, :minutes, :telehealth, :colour, :forms, :daysBefore, :active, 0)
			""";

	private static final String UPDATE = """
			UPDATE appointment_type SET name = :name, name_key = :key, minutes = :minutes, telehealth = :telehealth,
			    colour = :colour, forms = :forms, forms_days_before = :daysBefore, active = :active, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AppointmentTypes(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every type, active ones first, by name. */
	@Transactional(readOnly = true)
	List<AppointmentType> all() {
		return this.jdbc.sql(SELECT + " ORDER BY active DESC, name_key").query(AppointmentTypes::type).list();
	}

	/** The types that can be booked, by name. */
	@Transactional(readOnly = true)
	List<AppointmentType> active() {
		return this.jdbc.sql(SELECT + " WHERE active = TRUE ORDER BY name_key").query(AppointmentTypes::type).list();
	}

	@Transactional(readOnly = true)
	Optional<AppointmentType> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(AppointmentTypes::type).optional();
	}

	/**
	 * Saves a new type (id 0) or a change to one.
	 * @return the type's id
	 * @throws DuplicateKeyException when another type has the name
	 * @throws StaleChangeException when someone else changed the type since it was read
	 */
	long save(AppointmentType type) {
		var query = this.jdbc.sql((type.id() == 0) ? INSERT : UPDATE)
			.param("name", type.name())
			.param("key", type.name().toLowerCase(Locale.ROOT))
			.param("minutes", type.minutes())
			.param("telehealth", type.telehealth())
			.param("colour", type.colour())
			.param("forms", type.formKeys().isEmpty() ? null : String.join(",", type.formKeys()))
			.param("daysBefore", type.formsDaysBefore())
			.param("active", type.active());
		long id = type.id();
		if (id == 0) {
			var keys = new GeneratedKeyHolder();
			query.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		else if (query.param("id", id).param("version", type.version()).update() != 1) {
			throw new StaleChangeException();
		}
		this.audit.record(AuditAction.APPOINTMENT_TYPE_SAVED, null, type.name() + " (" + type.minutes() + " min"
				+ (type.telehealth() ? ", video" : "") + (type.active() ? "" : ", inactive") + ", forms before: "
				+ (type.formKeys().isEmpty() ? "none" : String.join(" ", type.formKeys())) + ")");
		return id;
	}

	private static AppointmentType type(ResultSet rs, int n) throws SQLException {
		String forms = rs.getString("forms");
		return new AppointmentType(rs.getLong("id"), rs.getString("name"), rs.getInt("minutes"),
				rs.getBoolean("telehealth"), rs.getString("colour"),
				(forms == null) ? List.of() : Arrays.asList(forms.split(",")), rs.getInt("forms_days_before"),
				rs.getBoolean("active"), rs.getInt("version"));
	}

}
